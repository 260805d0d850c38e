/**
 * yarn.lock of Yarn 2+ ("Berry"): YAML with a `__metadata` block.
 *
 *   __metadata:
 *     version: 8            <- lockfile format (4 in Yarn 2 … 10 in late Yarn 4)
 *     cacheKey: 10c0
 *
 *   "lodash@npm:^4.17.20, lodash@npm:^4.17.21":     <- descriptors that resolve here
 *     version: 4.17.21
 *     resolution: "lodash@npm:4.17.21"               <- the locator: what is installed
 *     dependencies:
 *       foo: "npm:^1.0.0"                            <- descriptor range (v6 writes `^1.0.0`)
 *     checksum: 10c0/…
 *     languageName: node
 *     linkType: hard
 *
 * `resolution` is the truth for name and version. Workspaces (`x@workspace:path`)
 * are entries too and become the importers. `patch:` entries are the patched
 * package at its own version (so a patch block carries the same name@version
 * as the unpatched one). Parsed once with `parseSyml` (js-yaml, failsafe
 * schema: every scalar a string); entry lines come from one scan of the
 * top-level key lines.
 */
import { parseSyml } from '@yarnpkg/parsers';
import type { Importer, LockedPackage, Lockfile, PackageSource } from '../core/model.js';
import { LockfileError, quote } from '../core/errors.js';
import { checkIdLength, DependencyBudget } from './text.js';
import { isRecord } from '../core/guards.js';
import { LineIndex } from '../core/lines.js';
import { lineAt } from '../core/lines.js';
import {
  applyPlan,
  DEFAULT_REGISTRIES,
  isGitReference,
  isTarballPath,
  planHost,
  type Registries,
} from '../core/source.js';
import { SpecifierIndex, splitSpecifier } from './yarn-shared.js';

/** `__metadata.version` values lockgate reads: Yarn 2.0 wrote 4, Yarn 4.x writes 8 and later 10. */
const MIN_VERSION = 4;
const MAX_VERSION = 10;

/** Throw a LockfileError for `line`. */
function fail(file: string, line: number | undefined, reason: string): never {
  throw new LockfileError(file, line, reason);
}

/** Parse the YAML, turning any parser failure into a LockfileError with its line. */
function parseDocument(file: string, text: string): Record<string, unknown> {
  try {
    const doc: unknown = parseSyml(text);
    if (!isRecord(doc)) fail(file, 1, 'the lockfile is not a YAML mapping of entries');
    return doc;
  } catch (error) {
    if (error instanceof LockfileError) throw error;
    // js-yaml places an error at the end of input one line past a file without a final newline
    const line = errorLine(text, error);
    const lastLine = lineAt(text, text.length);
    fail(
      file,
      line === undefined ? undefined : Math.min(line, lastLine),
      `YAML syntax error: ${quote(errorReason(error), 120)}`,
    );
  }
}

/** 1-based line of a js-yaml (`mark.line`, 0-based) or PEG (`location.start.line`) error. */
function errorLine(text: string, error: unknown): number | undefined {
  if (!isRecord(error)) return undefined;
  const mark = error.mark;
  if (isRecord(mark) && typeof mark.line === 'number') return mark.line + 1;
  const location = error.location;
  if (isRecord(location) && isRecord(location.start) && typeof location.start.line === 'number') {
    return location.start.line;
  }
  if (typeof error.message === 'string' && /unexpected end/i.test(error.message)) return lineAt(text, text.length);
  // parseSyml's own complaint that the document is not a mapping: it starts at line 1
  return 1;
}

/** The reason of a js-yaml error (without its code snippet), or the message. */
function errorReason(error: unknown): string {
  if (isRecord(error) && typeof error.reason === 'string') return error.reason;
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** Decode a top-level YAML key as written on its line (double-, single-quoted or plain). */
function keyOfLine(line: string): string | undefined {
  let text = line;
  if (text.startsWith('? ')) text = text.slice(2);
  if (text.startsWith('"')) {
    let i = 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    const raw = text.slice(0, i + 1);
    try {
      const value: unknown = JSON.parse(raw);
      return typeof value === 'string' ? value : undefined;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')*)'/.exec(text);
    return match?.[1]?.replace(/''/g, "'");
  }
  const colon = /:(?=\s|$)/.exec(text);
  return colon ? text.slice(0, colon.index).trimEnd() : undefined;
}

/** One scan of the text: each top-level (non-indented) key and the 1-based line it is on. */
function topLevelKeyLines(file: string, text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let lineNo = 0;
  for (let start = text.startsWith('\ufeff') ? 1 : 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo++;
    const first = text.charCodeAt(start);
    // not a space, tab, #, CR, LF, '-' (a sequence item), or ':' (the value line of a `? key`)
    if (end > start && first !== 32 && first !== 9 && first !== 35 && first !== 13 && first !== 45 && first !== 58) {
      const key = keyOfLine(text.slice(start, end));
      if (key !== undefined) {
        const earlier = lines.get(key);
        if (earlier !== undefined) fail(file, lineNo, `entry ${quote(key)} appears twice (first at line ${earlier})`);
        lines.set(key, lineNo);
      }
    }
    start = end + 1;
  }
  return lines;
}

/** Check `__metadata` and return its lockfile version. */
function readMetadata(file: string, doc: Record<string, unknown>, line: number): string {
  const meta = doc.__metadata;
  if (meta === undefined) fail(file, 1, 'no `__metadata` block; not a Yarn Berry lockfile');
  if (!isRecord(meta)) fail(file, line, '`__metadata` is not a mapping');
  const version = meta.version;
  if (typeof version !== 'string' || !/^\d{1,4}$/.test(version)) {
    fail(file, line, `\`__metadata.version\` is missing or not a number: ${quote(version ?? '')}`);
  }
  const number = Number(version);
  if (number < MIN_VERSION || number > MAX_VERSION) {
    fail(
      file,
      line,
      `unknown Yarn Berry lockfile version ${version}; lockgate reads versions ${MIN_VERSION} to ${MAX_VERSION}`,
    );
  }
  const cacheKey = meta.cacheKey;
  if (cacheKey !== undefined && (typeof cacheKey !== 'string' || !/^[0-9]+[a-z0-9]{0,16}$/i.test(cacheKey))) {
    fail(file, line, `\`__metadata.cacheKey\` is not a cache key: ${quote(cacheKey)}`);
  }
  return version;
}

/** What a resolution's reference says: source, and the real name and version when it pins them. */
interface Reference {
  source: PackageSource;
  realName?: string;
  version?: string;
  /** For workspaces: the directory, relative to the lockfile. */
  workspace?: string;
  /** `::__archiveUrl=…`: where the registry serves this version's tarball, which Yarn downloads. */
  archiveUrl?: string;
  /** For a `patch:` of a package from elsewhere than the registry: that package's own reference. */
  patched?: string;
}

/**
 * `npm:1.2.3` / `npm:real@1.2.3`, with Yarn's `::` parameters (`::__archiveUrl=<encoded url>`,
 * written when the registry serves the tarball somewhere else) → name, version and that URL.
 */
function npmReference(rest: string): Pick<Reference, 'realName' | 'version' | 'archiveUrl'> {
  const params = rest.indexOf('::');
  const body = params === -1 ? rest : rest.slice(0, params);
  const at = body.indexOf('@', 1);
  const ref: Pick<Reference, 'realName' | 'version' | 'archiveUrl'> =
    at > 0 ? { realName: body.slice(0, at), version: body.slice(at + 1) } : { version: body };
  const archive = params === -1 ? null : new URLSearchParams(rest.slice(params + 2)).get('__archiveUrl');
  if (archive) ref.archiveUrl = archive;
  return ref;
}

/**
 * Classify the reference of a locator the way Yarn picks its fetcher: `npm:`, `patch:` (the
 * patched package's own reference inside), `workspace:`, `link:`/`portal:`, `file:`, `exec:`,
 * git, and http(s) tarballs. A protocol Yarn has no built-in fetcher for (a plugin's) is
 * undefined: what it installs cannot be told.
 */
function readReference(reference: string): Reference | undefined {
  if (reference.startsWith('npm:')) return { source: 'registry', ...npmReference(reference.slice(4)) };
  if (reference.startsWith('patch:')) {
    // patch:<url-encoded inner locator>#<patch>::version=…&hash=…
    const encoded = reference.slice(6).split('#')[0] ?? '';
    let inner: string;
    try {
      inner = decodeURIComponent(encoded);
    } catch {
      return { source: 'patch' };
    }
    const locator = splitSpecifier(inner);
    const patched = locator && locator.range !== '' ? readReference(locator.range) : undefined;
    if (!patched) return undefined;
    // A patch of the repository's own code is its own code too; of a URL or git source, it downloads that.
    return patched.source === 'registry' ? { ...patched, source: 'patch' } : { ...patched, patched: locator!.range };
  }
  if (reference.startsWith('workspace:')) {
    return { source: 'workspace', workspace: reference.slice(10).split('::')[0] ?? '' };
  }
  if (reference.startsWith('link:') || reference.startsWith('portal:')) return { source: 'link' };
  if (reference.startsWith('file:')) {
    // a local tarball, or a local folder (the repository's own code)
    return { source: isTarballPath(reference.split('::')[0] ?? '') ? 'file' : 'directory' };
  }
  if (reference.startsWith('exec:')) return { source: 'file' };
  if (isGitReference(reference)) return { source: 'git' };
  if (/^https?:\/\//i.test(reference)) return { source: 'tarball' };
  return undefined;
}

/** The install plan of an entry: the URL or git repository its reference downloads. */
function planOf(pkg: LockedPackage, ref: Reference, registries: Registries): void {
  const archive = ref.archiveUrl;
  if (ref.patched !== undefined) {
    const inner: LockedPackage = { ...pkg, resolved: ref.patched };
    applyPlan(inner, registries);
    for (const key of ['url', 'host', 'git'] as const)
      if (inner[key] !== undefined) Object.assign(pkg, { [key]: inner[key] });
    return;
  }
  if (archive === undefined) {
    applyPlan(pkg, registries);
    return;
  }
  pkg.url = archive;
  const host = planHost(archive);
  if (host !== undefined) pkg.host = host;
}

/** `packages/a` → `packages/a/package.json`; `.` → `package.json`. */
function manifestPath(dir: string): string {
  const clean = dir.replace(/^\.\/+/, '').replace(/\/+$/, '');
  return clean === '' || clean === '.' ? 'package.json' : `${clean}/package.json`;
}

/** A string-valued field, or undefined; anything else is a wrong type. */
function optionalString(
  file: string,
  line: number,
  entry: Record<string, unknown>,
  key: string,
  id: string,
): string | undefined {
  const value = entry[key];
  if (value === undefined || typeof value === 'string') return value;
  fail(file, line, `\`${key}\` of entry ${quote(id)} is not a string`);
}

interface BuiltEntry {
  pkg: LockedPackage;
  resolution: string;
  dependencies: Record<string, unknown> | undefined;
  workspace: string | undefined;
}

/** One lockfile entry → package (deps filled in later). */
function readEntry(
  file: string,
  id: string,
  descriptors: string[],
  value: unknown,
  line: number,
  registries: Registries,
): BuiltEntry {
  checkIdLength(file, line, id);
  if (!isRecord(value)) fail(file, line, `entry ${quote(id)} is not a mapping`);
  const version = optionalString(file, line, value, 'version', id);
  if (version === undefined || version === '') fail(file, line, `entry ${quote(id)} has no version`);
  const resolution = optionalString(file, line, value, 'resolution', id);
  if (resolution === undefined) fail(file, line, `entry ${quote(id)} has no resolution`);
  const locator = splitSpecifier(resolution);
  if (!locator || locator.range === '')
    fail(file, line, `cannot read a package name from resolution ${quote(resolution)}`);
  const ref = readReference(locator.range);
  if (!ref) {
    fail(
      file,
      line,
      `resolution ${quote(resolution)} uses a protocol Yarn has no built-in fetcher for, so what it installs cannot be told`,
    );
  }
  const name = ref.realName ?? locator.name;
  const pkg: LockedPackage = {
    id,
    name,
    version: ref.version || version,
    source: ref.source,
    // The locator's reference: the URL, git repository or `npm:` version Yarn fetches, without the name.
    resolved: locator.range,
    line,
  };
  planOf(pkg, ref, registries);
  const checksum = optionalString(file, line, value, 'checksum', id);
  if (checksum !== undefined) pkg.integrity = checksum;
  const installNames = descriptors.map((d) => splitSpecifier(d)?.name);
  const alias = installNames.find((n) => n !== undefined && n !== name);
  if (alias !== undefined && !installNames.includes(name)) pkg.alias = alias;
  const dependencies = value.dependencies;
  if (dependencies !== undefined && !isRecord(dependencies)) {
    fail(file, line, `\`dependencies\` of entry ${quote(id)} is not a mapping`);
  }
  return { pkg, resolution, dependencies, workspace: ref.workspace };
}

/**
 * Descriptors bound to the locator of the package that asks for them
 * (`name@range::locator=<url-encoded locator>`, as Yarn writes `patch:` and local
 * ranges), by locator and then by `name@range`: a dependency's lookup then costs
 * the length of its own name and range, not that of its dependent's locator.
 */
class LocatorIndex {
  private readonly byLocator = new Map<string, Map<string, string>>();

  add(descriptor: string, id: string): void {
    const at = descriptor.lastIndexOf(LOCATOR);
    if (at === -1) return;
    const locator = descriptor.slice(at + LOCATOR.length);
    let map = this.byLocator.get(locator);
    if (!map) this.byLocator.set(locator, (map = new Map()));
    map.set(descriptor.slice(0, at), id);
  }

  /** Id of the entry for `name@range` asked for by the package at `encodedLocator`. */
  get(encodedLocator: string, specifier: string): string | undefined {
    return this.byLocator.get(encodedLocator)?.get(specifier);
  }
}

const LOCATOR = '::locator=';

/** Ids a `dependencies` mapping resolves to through the entries' descriptor lists. */
function resolveDeps(
  built: BuiltEntry,
  index: SpecifierIndex,
  locators: LocatorIndex,
  budget: DependencyBudget,
): string[] {
  if (!built.dependencies) return [];
  const deps = new Set<string>();
  let encoded: string | undefined;
  const entries = Object.entries(built.dependencies);
  budget.spend(entries.length, built.pkg.line);
  for (const [name, range] of entries) {
    if (typeof range !== 'string') {
      fail(budget.file, built.pkg.line, `dependency ${quote(name)} of entry ${quote(built.pkg.id)} has no range`);
    }
    const specifier = `${name}@${range}`;
    const id =
      index.exact(specifier) ??
      index.exact(`${name}@npm:${range}`) ??
      locators.get((encoded ??= encodeURIComponent(built.resolution)), specifier) ??
      index.only(name);
    if (id !== undefined) deps.add(id);
  }
  return [...deps];
}

/**
 * Yarn's split of a lockfile key into descriptors (`key.split(/ *, *\/)`), without the
 * regex: it retries every space of a long run of spaces, quadratic in the run.
 */
function splitDescriptors(key: string): string[] {
  const parts = key.split(',');
  const last = parts.length - 1;
  return parts.map((part, i) => {
    let start = 0;
    let end = part.length;
    if (i > 0) while (part.charCodeAt(start) === SPACE) start++;
    if (i < last) while (end > start && part.charCodeAt(end - 1) === SPACE) end--;
    return part.slice(start, end);
  });
}

const SPACE = 32;

/**
 * Lines of keys the line scan could not decode (flow style, odd quoting), by a search
 * forward from the last one found: entries come in the order of the text, so the search
 * never goes back, and after a few misses (each a scan to the end) it gives up.
 */
class KeySearch {
  private cursor = 0;
  private misses = 0;
  private index: LineIndex | undefined;

  constructor(private readonly text: string) {}

  lineOf(key: string): number {
    if (this.misses >= MAX_SEARCH_MISSES) return 1;
    const at = this.text.indexOf(key, this.cursor);
    if (at === -1) {
      this.misses++;
      return 1;
    }
    this.cursor = at + key.length;
    this.index ??= new LineIndex(this.text);
    return this.index.lineOf(at);
  }
}

const MAX_SEARCH_MISSES = 16;

/** `linkType` values Yarn writes: the last field of every entry. */
const LINK_TYPES = new Set(['hard', 'soft']);

/**
 * A file cut short often still parses (a checksum cut mid-way is still a
 * string), and Yarn accepts a file without a final line break, so neither the
 * parse nor the last byte tells a truncated file. Yarn writes `linkType` as the
 * last field of every entry: when the file's entries carry it and the last
 * entry in the text has no valid one, the file was cut inside that entry.
 */
function checkLastEntryComplete(
  file: string,
  text: string,
  doc: Record<string, unknown>,
  built: readonly BuiltEntry[],
): void {
  let last: BuiltEntry | undefined;
  let carriesLinkType = false;
  for (const entry of built) {
    if (!last || entry.pkg.line > last.pkg.line) last = entry;
    const value = doc[entry.pkg.id];
    if (!carriesLinkType && isRecord(value) && value.linkType !== undefined) carriesLinkType = true;
  }
  if (!last || !carriesLinkType) return;
  const value = doc[last.pkg.id];
  const linkType = isRecord(value) ? value.linkType : undefined;
  if (typeof linkType === 'string' && LINK_TYPES.has(linkType)) return;
  fail(
    file,
    lineAt(text, text.trimEnd().length),
    `the last entry ${quote(last.pkg.id)} has no complete \`linkType\` line, so the file looks truncated; regenerate it`,
  );
}

/**
 * Parse a Yarn Berry yarn.lock (lockfile versions 4–10). Every entry but
 * `__metadata` is one package; each workspace entry is also an importer
 * (`<path>/package.json`) whose deps are its `dependencies` resolved.
 */
export function parseYarnBerry(file: string, text: string, options: { registries?: Registries } = {}): Lockfile {
  const registries = options.registries ?? DEFAULT_REGISTRIES;
  const doc = parseDocument(file, text);
  const lines = topLevelKeyLines(file, text);
  const metaAt = text.indexOf('__metadata');
  const formatVersion = readMetadata(file, doc, lines.get('__metadata') ?? (metaAt === -1 ? 1 : lineAt(text, metaAt)));
  const index = new SpecifierIndex();
  const locators = new LocatorIndex();
  const built: BuiltEntry[] = [];
  const search = new KeySearch(text);
  const budget = new DependencyBudget(file, text);
  for (const [id, value] of Object.entries(doc)) {
    if (id === '__metadata') continue;
    const line = lines.get(id) ?? search.lineOf(id);
    const descriptors = splitDescriptors(id);
    const entry = readEntry(file, id, descriptors, value, line, registries);
    for (const descriptor of descriptors) {
      const spec = splitSpecifier(descriptor);
      if (!spec) continue;
      index.add(descriptor, spec.name, id);
      locators.add(descriptor, id);
    }
    built.push(entry);
  }
  checkLastEntryComplete(file, text, doc, built);
  const importers: Importer[] = [];
  for (const entry of built) {
    entry.pkg.deps = resolveDeps(entry, index, locators, budget);
    if (entry.workspace !== undefined) importers.push({ path: manifestPath(entry.workspace), deps: entry.pkg.deps });
  }
  return { path: file, format: 'yarn-berry', formatVersion, packages: built.map((b) => b.pkg), importers };
}
