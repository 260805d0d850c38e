/**
 * yarn.lock, classic format (Yarn 1, `# yarn lockfile v1`; Bun writes the same
 * text beside bun.lockb).
 *
 * The format is an indentation language of its own (not YAML):
 *
 *   "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.16.7":   <- entry: specifier list
 *     version "7.29.7"                                          <- field: name value
 *     resolved "https://registry.yarnpkg.com/...tgz#sha1"
 *     integrity sha512-...
 *     dependencies:                                             <- field opening a map
 *       js-tokens "^4.0.0"                                      <- name range
 *
 * We read it with a small line-based reader instead of `@yarnpkg/lockfile`:
 * that parser reports several syntax errors without a line ("Invalid string
 * length", "Invalid number of spaces") and gives no line for entries at all, so
 * it would need a second scan. One pass here gives every entry its line.
 * `@yarnpkg/lockfile` stays the test oracle (test/lockfiles/yarn-classic.test.ts).
 */
import type { Importer, LockedPackage, Lockfile, Manifest, PackageSource } from '../core/model.js';
import { LockfileError, quote } from '../core/errors.js';
import yaml from 'js-yaml';
import { isRecord } from '../core/guards.js';
import { LineIndex } from '../core/lines.js';
import {
  applyPlan,
  DEFAULT_REGISTRIES,
  isGitReference,
  isHttpUrl,
  isProtocolRelative,
  isRegistryTarballOf,
  isTarballPath,
  registryFor,
  registryTarball,
  type Registries,
} from '../core/source.js';
import { checkIdLength } from './text.js';
import { SpecifierIndex, splitSpecifier, type Specifier } from './yarn-shared.js';

/** A field value: a string, or a map (dependencies, optionalDependencies). */
type FieldValue = string | Map<string, string>;

/** One top-level block of the file, as written. */
interface ClassicEntry {
  /** The key line without its trailing colon: the entry's id. */
  key: string;
  specifiers: string[];
  line: number;
  fields: Map<string, FieldValue>;
}

/**
 * The registry name behind a classic specifier: `real` for `alias@npm:real@^1`
 * (and for `alias@npm:real`, which means its latest version), else the name.
 */
function realNameOf(spec: Specifier): string {
  if (!spec.range.startsWith('npm:')) return spec.name;
  const inner = spec.range.slice(4);
  const at = inner.indexOf('@', 1);
  if (at > 0) return inner.slice(0, at);
  // `npm:^1.2.0` is a range of the same package; `npm:real` names another one.
  return /^(?:@[a-z0-9._~-]+\/)?[a-z._~-][a-z0-9._~-]*$/i.test(inner) ? inner : spec.name;
}

/**
 * A specifier without a range, as Yarn 1 wrote for a dependency asked for with none
 * (yarnpkg/yarn's own fixtures: `left-pad:`, `chokidar:`): Yarn reads it as the name at
 * `latest`. A GitHub shorthand (`owner/repo:`) is the range itself, and the entry's
 * `name` field, which Yarn writes for it, names the package.
 */
function bareSpecifier(file: string, entry: ClassicEntry, text: string): Specifier | undefined {
  if (!/^[a-z0-9][\w.~-]*(?:\/[\w.~-]+)?$/i.test(text)) return undefined;
  if (!text.includes('/')) return { name: text, range: 'latest' };
  const name = stringField(file, entry, 'name');
  return name === undefined || name === '' ? undefined : { name, range: text };
}

/**
 * Source of a classic entry, by Yarn 1's rule. An entry is the repository's own code (a
 * `link:` or a `file:` folder) only when every specifier is `file:`/`link:` and no remote
 * `resolved` exists: Yarn 1 installs an entry's `resolved` for every specifier that shares
 * it, so one extra `file:` specifier beside a registry range hides nothing. Such a mix, and
 * local specifiers with a remote `resolved`, are not what Yarn writes: errors naming the line.
 * Otherwise `resolved` decides (git, a registry tarball, another URL, a local file).
 */
function classicSource(
  file: string,
  entry: ClassicEntry,
  specs: Specifier[],
  name: string,
  version: string,
  resolved: string | undefined,
): PackageSource {
  const local = specs.filter((s) => s.range.startsWith('file:') || s.range.startsWith('link:'));
  if (local.length > 0) {
    const other = specs.find((s) => !local.includes(s));
    if (other) {
      fail(
        file,
        entry.line,
        `entry ${quote(entry.key)} lists the local specifier ${quote(`${local[0]!.name}@${local[0]!.range}`)} beside ${quote(`${other.name}@${other.range}`)}; Yarn installs the entry's "resolved" for both, so it is not the repository's own code: regenerate the lockfile`,
      );
    }
    if (resolved !== undefined && (isHttpUrl(resolved) || isGitReference(resolved) || isProtocolRelative(resolved))) {
      fail(
        file,
        entry.line,
        `entry ${quote(entry.key)} lists only local specifiers but resolves to ${quote(resolved)}, which Yarn does not write for a local package: regenerate the lockfile`,
      );
    }
    if (local.some((s) => s.range.startsWith('link:'))) return 'link';
    return isTarballPath(local[0]!.range) ? 'file' : 'directory';
  }
  if (resolved === undefined) {
    // GitHub shorthand (`user/repo#ref`) or git URLs in the specifier.
    return specs.some((s) => isGitReference(s.range) || /^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(s.range))
      ? 'git'
      : 'registry';
  }
  if (isGitReference(resolved)) return 'git';
  if (isRegistryTarballOf(resolved, name, version)) return 'registry';
  if (isHttpUrl(resolved)) return 'tarball';
  return 'file';
}

/**
 * `resolved` as Yarn 1 fetches it: an http(s) URL as written; a path without a scheme
 * (`name/-/name-1.0.0.tgz`) resolved against the registry, as its npm registry client does
 * (`url.resolve(registry, path)`). A protocol-relative URL Yarn reads as a local path, which
 * no lockfile Yarn writes holds: an error.
 */
function absoluteResolved(file: string, entry: ClassicEntry, name: string, resolved: string, registries: Registries) {
  if (isProtocolRelative(resolved)) {
    fail(
      file,
      entry.line,
      `entry ${quote(entry.key)} resolves to the protocol-relative ${quote(resolved)}, which Yarn reads as a path on the machine that installs: regenerate the lockfile`,
    );
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(resolved) || resolved.startsWith('/') || resolved.startsWith('.')) return resolved;
  return new URL(resolved, registryFor(name, registries)).href;
}

/** Throw a LockfileError for `line`. */
function fail(file: string, line: number, reason: string): never {
  throw new LockfileError(file, line, reason);
}

/** Read one token at `pos`: a JSON double-quoted string, or a bare word ending at space, `:` or `,`. */
function readToken(file: string, lineNo: number, text: string, pos: number): { value: string; end: number } {
  if (text[pos] === '"') {
    let i = pos + 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail(file, lineNo, 'unterminated quoted string');
    try {
      const value: unknown = JSON.parse(text.slice(pos, i + 1));
      if (typeof value === 'string') return { value, end: i + 1 };
    } catch {
      // fall through to the error below
    }
    fail(file, lineNo, `invalid quoted string ${quote(text.slice(pos, i + 1))}`);
  }
  let i = pos;
  while (i < text.length && text[i] !== ' ' && text[i] !== ':' && text[i] !== ',') i++;
  if (i === pos) fail(file, lineNo, `expected a name or a quoted string, found ${quote(text.slice(pos, pos + 20))}`);
  return { value: text.slice(pos, i), end: i };
}

function skipSpaces(text: string, pos: number): number {
  while (text[pos] === ' ') pos++;
  return pos;
}

/** `"a@^1", a@^1.2:` → the specifiers. */
function readKeyLine(file: string, lineNo: number, text: string): string[] {
  const specifiers: string[] = [];
  let pos = 0;
  for (;;) {
    const token = readToken(file, lineNo, text, pos);
    specifiers.push(token.value);
    pos = skipSpaces(text, token.end);
    if (text[pos] === ',') {
      pos = skipSpaces(text, pos + 1);
      continue;
    }
    if (text[pos] === ':' && text.slice(pos + 1).trim() === '') return specifiers;
    fail(file, lineNo, `an entry key must be a list of specifiers ending in ':', found ${quote(text)}`);
  }
}

/** `name value`, `name: value` or `name:` (opening a map; value undefined). */
function readField(file: string, lineNo: number, text: string): { name: string; value: string | undefined } {
  const key = readToken(file, lineNo, text, 0);
  let pos = skipSpaces(text, key.end);
  if (text[pos] === ':') pos = skipSpaces(text, pos + 1);
  if (pos >= text.length) return { name: key.value, value: undefined };
  let value: string;
  let end: number;
  if (text[pos] === '"') {
    ({ value, end } = readToken(file, lineNo, text, pos));
  } else {
    end = text.indexOf(' ', pos);
    if (end === -1) end = text.length;
    value = text.slice(pos, end);
  }
  if (text.slice(end).trim() !== '') fail(file, lineNo, `unexpected text after the value of ${quote(key.value)}`);
  return { name: key.value, value };
}

/**
 * A key line without its final `:` and the spaces around it (a scan from the end: a regex
 * such as /\s*:\s*$/ retries every space of a long run and is quadratic in it).
 */
function withoutColon(line: string): string {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  if (line.charCodeAt(end - 1) === COLON) end--;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  return line.slice(0, end);
}

const COLON = 58;

/** Whether a character is one /\s/ matches. */
function isSpace(code: number): boolean {
  return SPACE.test(String.fromCharCode(code));
}

const SPACE = /\s/;

/** One pass over the lines: every entry with its fields and its 1-based line. */
function readEntries(file: string, text: string): ClassicEntry[] {
  const entries: ClassicEntry[] = [];
  let entry: ClassicEntry | undefined;
  let map: Map<string, string> | undefined;
  let lineNo = 0;
  for (let start = text.startsWith('\ufeff') ? 1 : 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    lineNo++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    const rest = indent === 0 ? line : line.slice(indent);
    if (rest.trim() === '' || rest.startsWith('#')) continue;
    if (rest.startsWith('\t')) fail(file, lineNo, 'tab indentation; yarn.lock is indented with spaces');
    if (indent === 0) {
      const key = withoutColon(rest);
      checkIdLength(file, lineNo, key); // before splitting a huge key into specifiers
      const specifiers = readKeyLine(file, lineNo, rest);
      entry = { key, specifiers, line: lineNo, fields: new Map() };
      map = undefined;
      entries.push(entry);
    } else if (indent === 2) {
      if (!entry) fail(file, lineNo, 'indented line before the first entry');
      const field = readField(file, lineNo, rest);
      if (field.value === undefined) {
        map = new Map();
        entry.fields.set(field.name, map);
      } else {
        map = undefined;
        entry.fields.set(field.name, field.value);
      }
    } else if (indent === 4) {
      if (!map) fail(file, lineNo, 'line indented by 4 spaces outside a dependency list');
      const field = readField(file, lineNo, rest);
      if (field.value === undefined) fail(file, lineNo, `dependency ${quote(field.name)} has no range`);
      map.set(field.name, field.value);
    } else {
      fail(file, lineNo, `unexpected indentation of ${indent} spaces`);
    }
  }
  return entries;
}

/**
 * The entries as Yarn 1 reads them: its own syntax, and when that fails, its fallback,
 * js-yaml with the failsafe schema (every scalar a string). A yarn.lock written as JSON
 * (`{"name@1.0.0": {"version": "1.0.0", "resolved": …}}`) is read through that fallback
 * and installed; so it is read here too, as Yarn reads it. Only a document that starts
 * like JSON is tried that way; any other text Yarn's parser refuses stays refused.
 */
function readClassicOrYaml(file: string, text: string): ClassicEntry[] {
  try {
    return readEntries(file, text);
  } catch (error) {
    if (!(error instanceof LockfileError) || !/^\s*\{/.test(text)) throw error;
    let doc: unknown;
    try {
      doc = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA });
    } catch {
      throw error;
    }
    if (!isRecord(doc)) throw error;
    return entriesOfDocument(file, text, doc);
  }
}

/** The entries of a yarn.lock read through the YAML fallback: each key an entry, its fields strings or maps of strings. */
function entriesOfDocument(file: string, text: string, doc: Record<string, unknown>): ClassicEntry[] {
  const index = new LineIndex(text);
  let cursor = 0;
  const lineOf = (key: string): number => {
    const at = text.indexOf(JSON.stringify(key), cursor);
    if (at === -1) return 1;
    cursor = at + 1;
    return index.lineOf(at);
  };
  const entries: ClassicEntry[] = [];
  for (const [key, value] of Object.entries(doc)) {
    const line = lineOf(key);
    checkIdLength(file, line, key);
    if (!isRecord(value)) fail(file, line, `entry ${quote(key)} is not a mapping of fields`);
    const fields = new Map<string, FieldValue>();
    for (const [name, field] of Object.entries(value)) {
      if (typeof field === 'string') {
        fields.set(name, field);
      } else if (isRecord(field) && Object.values(field).every((v) => typeof v === 'string')) {
        fields.set(name, new Map(Object.entries(field as Record<string, string>)));
      } else {
        fail(file, line, `field ${quote(name)} of entry ${quote(key)} is neither a string nor a map of strings`);
      }
    }
    // Yarn's own syntax lists several specifiers in one key; the fallback keeps the key whole.
    entries.push({ key, specifiers: key.split(/ *, */), line, fields });
  }
  return entries;
}

/** A string field, or undefined; a map where a string belongs is an error. */
function stringField(file: string, entry: ClassicEntry, name: string): string | undefined {
  const value = entry.fields.get(name);
  if (value instanceof Map) fail(file, entry.line, `${name} of entry ${quote(entry.key)} is a list, expected a string`);
  return value;
}

/** A map field, or undefined; a string where a map belongs is an error. */
function mapField(file: string, entry: ClassicEntry, name: string): Map<string, string> | undefined {
  const value = entry.fields.get(name);
  if (typeof value === 'string')
    fail(file, entry.line, `${name} of entry ${quote(entry.key)} is a string, expected a list`);
  return value;
}

/**
 * The registry name of an entry. Its specifiers usually agree; with a
 * `resolutions` override to an npm alias (`"ms": "npm:dry-uninstall@0.3.0"`),
 * Yarn 1 writes the overridden specifiers and the alias in one entry
 * (`ms@2.1.2, "ms@npm:dry-uninstall@0.3.0":`), and the registry tarball it
 * resolved to says which package is installed.
 */
function entryName(file: string, entry: ClassicEntry, realNames: readonly string[], resolved: string | undefined) {
  const name = realNames[0]!;
  const other = realNames.find((n) => n !== name);
  if (other === undefined) return name;
  const tarball = resolved === undefined ? undefined : registryTarball(resolved);
  if (tarball && realNames.includes(tarball.name)) return tarball.name;
  fail(file, entry.line, `entry lists specifiers of two packages, ${quote(name)} and ${quote(other)}`);
}

/** Entry → package (without deps). */
function toPackage(
  file: string,
  entry: ClassicEntry,
  registries: Registries,
): { pkg: LockedPackage; specs: Specifier[] } {
  const specs: Specifier[] = [];
  const realNames: string[] = [];
  for (const text of entry.specifiers) {
    const spec = splitSpecifier(text) ?? bareSpecifier(file, entry, text);
    if (!spec) fail(file, entry.line, `cannot read a package name from specifier ${quote(text)}`);
    specs.push(spec);
    realNames.push(realNameOf(spec));
  }
  const first = specs[0];
  if (!first || realNames[0] === undefined) fail(file, entry.line, 'entry has no specifier');
  const version = stringField(file, entry, 'version');
  if (version === undefined || version.trim() === '') {
    fail(file, entry.line, `entry ${quote(entry.key)} has no version`);
  }
  const written = stringField(file, entry, 'resolved');
  const name = entryName(file, entry, realNames, written);
  const local = specs.some((s) => s.range.startsWith('file:') || s.range.startsWith('link:'));
  const resolved = written === undefined || local ? written : absoluteResolved(file, entry, name, written, registries);
  const integrity = stringField(file, entry, 'integrity');
  const pkg: LockedPackage = {
    id: entry.key,
    name,
    version,
    source: classicSource(file, entry, specs, name, version, resolved),
    line: entry.line,
  };
  if (resolved !== undefined) pkg.resolved = resolved;
  if (integrity !== undefined) pkg.integrity = integrity;
  applyPlan(pkg, registries);
  if (!specs.some((s) => s.name === name)) pkg.alias = first.name;
  return { pkg, specs };
}

/**
 * Parse a classic yarn.lock. Every entry (one key line, possibly several
 * specifiers) is one package; `dependencies` and `optionalDependencies` resolve
 * to the entry whose key lists `name@range`.
 *
 * Importers are always []: a classic yarn.lock does not record the root's or
 * the workspaces' direct dependencies (only package.json does), and an entry
 * that nothing depends on is not enough to tell which package.json asks for
 * it, nor are entries that something depends on never direct. This parser reads
 * no file but the lockfile, so it does not guess.
 */
export function parseYarnClassic(file: string, text: string, options: { registries?: Registries } = {}): Lockfile {
  const registries = options.registries ?? DEFAULT_REGISTRIES;
  const entries = readClassicOrYaml(file, text);
  const berryLike = /^# yarn lockfile v1\r?$/m.test(text.slice(0, 4096))
    ? undefined
    : entries.find((e) => e.fields.has('resolution'));
  if (berryLike) {
    fail(file, berryLike.line, 'entry has a Yarn Berry `resolution` field, but the file has no `__metadata` block');
  }
  const seen = new Map<string, ClassicEntry>();
  const index = new SpecifierIndex();
  const built: { pkg: LockedPackage; entry: ClassicEntry }[] = [];
  const notes: { line: number; message: string }[] = [];
  for (const entry of entries) {
    const earlier = seen.get(entry.key);
    if (earlier !== undefined) {
      // A merge of two branches leaves an entry twice; Yarn 1 reads the file (the last copy wins,
      // also under --frozen-lockfile). The same fields twice lock one thing: read once. Two
      // different copies are ambiguous: a reader of the first is shown what is not installed.
      if (!sameFields(earlier.fields, entry.fields)) {
        fail(
          file,
          entry.line,
          `entry ${quote(entry.key)} appears twice with different fields (first at line ${earlier.line}); Yarn 1 installs the last copy while a reader of the first sees another, so the file is ambiguous; regenerate it`,
        );
      }
      notes.push({
        line: entry.line,
        message: `entry ${quote(entry.key, 100)} appears twice with the same fields (first at line ${earlier.line}), as a merge leaves it; it is read once, as Yarn 1 reads it`,
      });
      continue;
    }
    seen.set(entry.key, entry);
    const { pkg, specs } = toPackage(file, entry, registries);
    for (const spec of specs) index.add(`${spec.name}@${spec.range}`, spec.name, pkg.id);
    built.push({ pkg, entry });
  }
  let unresolved: { entry: ClassicEntry; dependency: string } | undefined;
  for (const { pkg, entry } of built) {
    const deps = new Set<string>();
    for (const field of ['dependencies', 'optionalDependencies']) {
      const map = mapField(file, entry, field);
      if (!map) continue;
      for (const [name, range] of map) {
        const id = index.exact(`${name}@${range}`) ?? index.only(name);
        if (id !== undefined) deps.add(id);
        else if (!aliasResolves(index, range)) unresolved ??= { entry, dependency: `${name}@${range}` };
      }
    }
    pkg.deps = [...deps];
  }
  if (!text.endsWith('\n') && !/^\s*\{/.test(text)) checkComplete(file, text, entries, unresolved);
  // yarn.lock records neither the root's nor the workspaces' dependencies: see importersFromManifests.
  const importers: Importer[] = [];
  return {
    path: file,
    format: 'yarn-classic',
    formatVersion: '1',
    packages: built.map((b) => b.pkg),
    importers,
    ...(notes.length ? { notes } : {}),
  };
}

/** Do two entries write the same fields with the same values (in any order)? */
function sameFields(a: ReadonlyMap<string, FieldValue>, b: ReadonlyMap<string, FieldValue>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, value] of a) {
    const other = b.get(name);
    if (typeof value === 'string' || typeof other === 'string' || other === undefined) {
      if (value !== other) return false;
    } else if (value.size !== other.size || [...value].some(([k, v]) => other.get(k) !== v)) {
      return false;
    }
  }
  return true;
}

/**
 * Yarn writes a final line break, but reads a file without one; a file cut short often still
 * reads (a cut at a field's end, an integrity cut mid-hash). Without a final line break the file
 * must be complete: every dependency resolves to an entry, and the last entry is whole (its last
 * list is not empty, its integrity hashes have their full length).
 */
function checkComplete(
  file: string,
  text: string,
  entries: readonly ClassicEntry[],
  unresolved: { entry: ClassicEntry; dependency: string } | undefined,
): void {
  const lastLine = text.split('\n').length;
  const cut = (why: string): never =>
    fail(file, lastLine, `the file does not end with a line break and ${why}, so it looks truncated; regenerate it`);
  if (unresolved) {
    cut(`the dependency ${quote(unresolved.dependency)} of the entry at line ${unresolved.entry.line} has no entry`);
  }
  const last = entries[entries.length - 1];
  if (!last) return;
  const fields = [...last.fields];
  const [name, value] = fields[fields.length - 1] ?? [];
  if (value instanceof Map && value.size === 0) cut(`the last entry's ${quote(name)} list is empty`);
  if (name === 'integrity' && typeof value === 'string' && !value.split(/\s+/).every(wholeHash)) {
    cut("the last entry's integrity hash is shorter than its algorithm's");
  }
}

/** An alias range (`npm:real@^1`) whose real specifier has an entry (Bun's print of bun.lockb keys it so). */
function aliasResolves(index: SpecifierIndex, range: string): boolean {
  if (!range.startsWith('npm:')) return false;
  const spec = splitSpecifier(range.slice(4));
  return spec !== undefined && (index.exact(`${spec.name}@${spec.range}`) ?? index.only(spec.name)) !== undefined;
}

/** Base64 length of each SRI algorithm's digest. */
const DIGEST_LENGTH: Record<string, number> = { sha1: 28, sha256: 44, sha384: 64, sha512: 88 };

/** An SRI hash of a known algorithm with a digest of its full length (others are not judged). */
function wholeHash(hash: string): boolean {
  const dash = hash.indexOf('-');
  const length = DIGEST_LENGTH[hash.slice(0, dash)];
  return length === undefined || hash.length - dash - 1 === length;
}

/**
 * The importers of a classic yarn.lock, which the file itself does not record:
 * each package.json it serves, its dependencies resolved to entries as yarn
 * does (the entry whose key lists `name@range`, else the only entry of that
 * name). Workspace siblings are not in yarn.lock and resolve to nothing.
 */
export function importersFromManifests(lockfile: Lockfile, manifests: readonly Manifest[]): Importer[] {
  const index = new SpecifierIndex();
  for (const pkg of lockfile.packages) {
    let specifiers: string[];
    try {
      specifiers = readKeyLine(lockfile.path, pkg.line, `${pkg.id}:`);
    } catch {
      continue;
    }
    for (const text of specifiers) {
      const spec = splitSpecifier(text);
      if (spec) index.add(`${spec.name}@${spec.range}`, spec.name, pkg.id);
    }
  }
  return manifests.map((manifest) => {
    const deps = new Set<string>();
    for (const [name, range] of Object.entries(manifest.dependencies)) {
      const id = index.exact(`${name}@${range}`) ?? index.only(name);
      if (id !== undefined) deps.add(id);
    }
    return { path: manifest.path, deps: [...deps] };
  });
}
