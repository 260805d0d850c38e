/**
 * pnpm-lock.yaml, lockfileVersion 5.x, 6.x and 9.x, in one or several YAML documents.
 *
 * On-disk shapes (keys of `packages` are dependency paths):
 *
 * ```
 * 5.x  packages:   /name/1.0.0, /@scope/name/1.0.0_peer@2.0.0+other@1.0.0, host/name/1.0.0,
 *                  github.com/owner/repo/<sha> (with `name`/`version` fields)
 *      each entry: resolution, dependencies, optionalDependencies, dev, optional, requiresBuild
 *      deps:       name: 1.0.0 | 1.0.0_peer@2.0.0 | /real/1.0.0 (alias) | github.com/... | link:../x
 * 6.x  packages:   /name@1.0.0, /@scope/name@1.0.0(peer@2.0.0)(other@1.0.0); same fields as 5.x
 *      deps:       name: 1.0.0 | 1.0.0(peer@2.0.0) | /real@1.0.0 (alias) | github.com/... | link:../x
 * 9.x  packages:   name@1.0.0 -> metadata (resolution, name?, version?, engines, ...)
 *      snapshots:  name@1.0.0(peer@2.0.0) -> dependencies, optionalDependencies, optional
 *      deps:       name: 1.0.0 | 1.0.0(peer@2.0.0) | real@1.0.0 (alias) | link:../x
 * importers:       { ".": {dependencies, devDependencies, optionalDependencies}, "packages/a": {...} }
 *                  values: a reference (5.x) or {specifier, version: reference} (6.x, 9.x);
 *                  5.x single-project files put those maps at the top level instead.
 * ```
 *
 * pnpm 11/12 may write two documents: an "env" document first (config dependencies and
 * pnpm itself, under the root importer's `configDependencies`/`packageManagerDependencies`,
 * with their own `packages`/`snapshots`), then the project's. Every document is read and
 * its packages kept; an entry key already read from an earlier document is the same package.
 *
 * Entries: one per `packages` key (5.x, 6.x); for 9.x one per `snapshots` key (peer
 * variants of one name@version are separate entries) plus one per `packages` key that no
 * snapshot refers to, so every installed name@version is a package. `link:` targets of
 * importers become `link` entries (id and version `link:<path>`, path relative to the
 * lockfile's directory; the lockfile does not record their version), the repository's own code.
 * A local folder installed by `file:` (`resolution: {directory: …, type: directory}`, key
 * `file:<path>` in 5.x/6.x, `name@file:<path>` in 9.x) is a `directory` entry, the repository's
 * own code: its version is the folder's package.json version when pnpm recorded one, else `''`
 * (pnpm 6.0 leaves it out when the package.json has none).
 * A patched package keeps the source of its resolution (pnpm writes the patch hash into the
 * key, `(patch_hash=…)` or, in 5.x, a `_hash` suffix indistinguishable from a peer suffix).
 *
 * The text is parsed once with js-yaml; entry lines come from one linear scan of the text.
 */
import yaml from 'js-yaml';
import path from 'node:path';
import type { Importer, LockedPackage, Lockfile } from '../core/model.js';
import { LockfileError, quote } from '../core/errors.js';
import { checkIdLength, DependencyBudget } from './text.js';
import { isRecord } from '../core/guards.js';

import {
  absoluteUrl,
  applyPlan,
  DEFAULT_REGISTRIES,
  gitRepository,
  isRegistryTarballOf,
  pinnedCommit,
  isProtocolRelative,
  planHost,
  registryFor,
  registryTarballUrl,
  type Registries,
} from '../core/source.js';

type Major = 5 | 6 | 9;
type YamlMap = Record<string, unknown>;

/** Dependency maps of an importer, including the env document's. */
const IMPORTER_DEP_FIELDS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'configDependencies',
  'packageManagerDependencies',
] as const;

/** Lines of one YAML document, found by the scan. */
interface DocumentLines {
  /** 1-based line of each top-level key (first occurrence). */
  top: Map<string, number>;
  /** 1-based line where the document's content starts. */
  start: number;
}

/** What the single linear scan of the text found. */
interface TextLines {
  documents: DocumentLines[];
  /** Keys at two-space indent in the top-level sections we read, first occurrence across documents. */
  packages: Map<string, number>;
  snapshots: Map<string, number>;
  importers: Map<string, number>;
}

/** A package whose dependency maps are resolved once every document is read. */
interface PendingDeps {
  pkg: LockedPackage;
  major: Major;
  dependencies: unknown;
  optionalDependencies: unknown;
}

/** Everything collected while reading the documents. */
interface State {
  file: string;
  /** What relative tarballs and entries without one resolve against. */
  registries: Registries;
  /** Dependencies the file may list in all (YAML aliases could repeat maps for free). */
  budget: DependencyBudget;
  lines: TextLines;
  packages: LockedPackage[];
  byId: Map<string, LockedPackage>;
  pending: PendingDeps[];
  /** Importer path (package.json path) → ids of its direct dependencies. */
  importers: Map<string, Set<string>>;
  /** The first dependency reference that named no entry, for telling a truncated file. */
  unresolved?: { line: number; reference: string };
}

/**
 * Parse a pnpm-lock.yaml (lockfileVersion 5.x, 6.x, 9.x; one or more YAML documents).
 * Throws LockfileError on YAML syntax errors, unknown versions and unreadable entries.
 */
export function parsePnpm(file: string, text: string, options: { registries?: Registries } = {}): Lockfile {
  const documents = loadDocuments(file, text);
  const lines = scanLines(text);
  if (documents.length === 0) {
    throw new LockfileError(file, 1, 'no lockfileVersion: the file holds no YAML document');
  }
  const state: State = {
    file,
    registries: options.registries ?? DEFAULT_REGISTRIES,
    budget: new DependencyBudget(file, text),
    lines,
    packages: [],
    byId: new Map(),
    pending: [],
    importers: new Map(),
  };
  let formatVersion = '';
  documents.forEach((doc, index) => {
    // Empty documents are skipped by both loadDocuments and the scan, so indexes match;
    // if they ever do not, errors fall back to the first document's lines.
    const docLines = lines.documents[index] ?? lines.documents[0] ?? { top: new Map(), start: 1 };
    if (!isRecord(doc)) {
      throw new LockfileError(file, docLines.start, `YAML document ${index + 1} is not a mapping of lockfile fields`);
    }
    formatVersion = readDocument(state, doc, docLines);
  });
  resolvePendingDeps(state);
  if (!text.endsWith('\n')) checkComplete(state, text);
  return {
    path: file,
    format: 'pnpm',
    formatVersion,
    packages: state.packages,
    importers: [...state.importers].map(([importerPath, deps]): Importer => ({ path: importerPath, deps: [...deps] })),
  };
}

/** Every non-empty YAML document of the file. */
function loadDocuments(file: string, text: string): unknown[] {
  let loaded: unknown[];
  try {
    // CORE_SCHEMA: pnpm writes plain strings, booleans and numbers only (no timestamps,
    // merge keys or binary), and the smaller schema is the cheaper one.
    loaded = yaml.loadAll(text, undefined, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw yamlError(file, text, error);
  }
  return loaded.filter((doc) => doc !== null && doc !== undefined);
}

/**
 * A LockfileError for a js-yaml failure, at js-yaml's (0-based) mark line; an error at the
 * end of the stream (a truncated file) is reported on the file's last line.
 */
function yamlError(file: string, text: string, error: unknown): LockfileError {
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark?.line;
    const line = typeof mark === 'number' ? Math.min(mark + 1, lineCount(text)) : undefined;
    return new LockfileError(file, line, `invalid YAML: ${clean(error.reason || 'syntax error')}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new LockfileError(file, undefined, `could not be read as YAML: ${clean(message)}`);
}

/** Number of lines in the text (a final newline does not start another line). */
function lineCount(text: string): number {
  let count = text.endsWith('\n') ? 0 : 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return Math.max(count, 1);
}

/** A parser message made safe to echo: one line, bounded. */
function clean(message: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = message.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}

/**
 * pnpm writes a final line break, but reads a file without one; a file cut at a line's end or
 * inside a plain value often still parses. Without a final line break the file must be
 * complete: every dependency reference names an entry, and its last line is whole (a flag
 * there reads `true` or `false`).
 */
function checkComplete(state: State, text: string): void {
  const lines = text.split('\n');
  const cut = (why: string): never => {
    throw new LockfileError(
      state.file,
      lines.length,
      `the file does not end with a line break and ${why}, so it looks truncated; regenerate it`,
    );
  };
  if (state.unresolved) {
    cut(`the dependency ${quote(state.unresolved.reference)} at line ${state.unresolved.line} names no entry`);
  }
  const flag = /^\s+(dev|optional|hasBin|requiresBuild|deprecated|prepare|bundled):\s*(\S*)\s*$/.exec(
    lines[lines.length - 1]!,
  );
  if (flag && flag[1] !== 'deprecated' && flag[2] !== 'true' && flag[2] !== 'false') {
    cut(`its last line sets ${flag[1]} to ${quote(flag[2])}`);
  }
}

// ---------------------------------------------------------------------------
// The line scan

/**
 * One pass over the text: document starts, top-level keys per document, and the keys at
 * two-space indent inside `packages:`, `snapshots:` and `importers:`. A regex picks out the
 * lines at indent 0 and 2 (deeper lines are only counted), so the scan stays cheap.
 */
function scanLines(text: string): TextLines {
  const result: TextLines = { documents: [], packages: new Map(), snapshots: new Map(), importers: new Map() };
  let current: DocumentLines = { top: new Map(), start: 1 };
  let hasContent = false;
  let section: Map<string, number> | undefined;
  let lineNo = 1;
  let counted = 0;
  const shallowLine = /^(?:[^ \r\n#]| {2}[^ \r\n#])[^\n]*/gm;
  for (let match = shallowLine.exec(text); match; match = shallowLine.exec(text)) {
    for (let at = text.indexOf('\n', counted); at !== -1 && at < match.index; at = text.indexOf('\n', counted)) {
      lineNo++;
      counted = at + 1;
    }
    const line = match[0].endsWith('\r') ? match[0].slice(0, -1) : match[0];
    if (line.charCodeAt(0) === SPACE) {
      if (!hasContent) current.start = lineNo;
      hasContent = true;
      if (section) {
        const key = readKey(line, 2);
        if (key !== undefined && !section.has(key)) section.set(key, lineNo);
      }
      continue;
    }
    if (/^(---|\.\.\.)(\s|$)/.test(line)) {
      if (hasContent) {
        result.documents.push(current);
        current = { top: new Map(), start: lineNo + 1 };
        hasContent = false;
      } else {
        current.start = lineNo + 1;
      }
      section = undefined;
      continue;
    }
    if (!hasContent) current.start = lineNo;
    hasContent = true;
    const key = readKey(line, 0);
    if (key !== undefined && !current.top.has(key)) current.top.set(key, lineNo);
    section = sectionFor(key, result);
  }
  if (hasContent) result.documents.push(current);
  return result;
}

const SPACE = 32;

/** The line map a top-level key's block feeds, if it is one we read. */
function sectionFor(key: string | undefined, lines: TextLines): Map<string, number> | undefined {
  if (key === 'packages') return lines.packages;
  if (key === 'snapshots') return lines.snapshots;
  if (key === 'importers') return lines.importers;
  return undefined;
}

/** The mapping key of a line starting at `at`: plain, 'single' or "double" quoted. */
function readKey(line: string, at: number): string | undefined {
  const quote = line[at];
  if (quote === "'") {
    let key = '';
    let i = at + 1;
    for (;;) {
      const close = line.indexOf("'", i);
      if (close === -1) return undefined;
      key += line.slice(i, close);
      if (line[close + 1] === "'") {
        key += "'";
        i = close + 2;
      } else {
        return key;
      }
    }
  }
  if (quote === '"') {
    for (let close = line.indexOf('"', at + 1); close !== -1; close = line.indexOf('"', close + 1)) {
      if (line[close - 1] === '\\') continue;
      try {
        const key: unknown = JSON.parse(line.slice(at, close + 1));
        return typeof key === 'string' ? key : undefined;
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
  const separator = line.indexOf(': ', at);
  if (separator !== -1) return line.slice(at, separator).trimEnd();
  const trimmed = line.trimEnd();
  return trimmed.endsWith(':') ? trimmed.slice(at, -1).trimEnd() : undefined;
}

// ---------------------------------------------------------------------------
// Documents

/** Read one document's packages and importers into the state; returns its lockfileVersion. */
function readDocument(state: State, doc: YamlMap, lines: DocumentLines): string {
  const { label, major } = lockfileVersion(state.file, doc, lines);
  const packages = mapField(state.file, doc, 'packages', lines);
  if (major === 9) {
    readV9Entries(state, packages, mapField(state.file, doc, 'snapshots', lines));
  } else {
    readEntries(state, packages, major);
  }
  readImporters(state, doc, major, lines);
  return label;
}

/** The document's lockfileVersion, which must be 5.x, 6.x or 9.x. */
function lockfileVersion(file: string, doc: YamlMap, lines: DocumentLines): { label: string; major: Major } {
  const value = own(doc, 'lockfileVersion');
  const line = lines.top.get('lockfileVersion') ?? lines.start;
  if (value === undefined || value === null) {
    throw new LockfileError(file, line, 'no lockfileVersion: not a pnpm lockfile this tool can read');
  }
  const label = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
  const match = /^(\d+)(?:\.\d+)?$/.exec(label);
  const major = match ? Number(match[1]) : NaN;
  if (major === 5 || major === 6 || major === 9) return { label, major };
  throw new LockfileError(
    file,
    line,
    `lockfileVersion ${quote(label || value)} is not supported (expected 5.x, 6.x or 9.x)`,
  );
}

/** A top-level mapping of the document (absent or null → empty); anything else is an error. */
function mapField(file: string, doc: YamlMap, key: string, lines: DocumentLines): YamlMap {
  const value = own(doc, key);
  if (value === undefined || value === null) return {};
  if (isRecord(value)) return value;
  throw new LockfileError(file, lines.top.get(key) ?? lines.start, `"${key}" is not a mapping`);
}

/** 5.x and 6.x: one entry per `packages` key. */
function readEntries(state: State, packages: YamlMap, major: 5 | 6): void {
  for (const key of Object.keys(packages)) {
    const value = packages[key];
    const line = entryLine(state, key, undefined);
    if (!isRecord(value)) throw new LockfileError(state.file, line, `package entry ${quote(key)} is not a mapping`);
    const pkg = addEntry(state, key, major, value, value, line);
    if (pkg) state.pending.push(pendingDeps(pkg, major, value));
  }
}

/**
 * 9.x: one entry per `snapshots` key, with the metadata of its `packages` key, and one per
 * `packages` key no snapshot refers to.
 */
function readV9Entries(state: State, packages: YamlMap, snapshots: YamlMap): void {
  const covered = new Set<string>();
  for (const key of Object.keys(snapshots)) {
    const value = snapshots[key];
    const line = entryLine(state, key, undefined);
    const snapshot = value === null ? {} : value;
    if (!isRecord(snapshot)) throw new LockfileError(state.file, line, `snapshot entry ${quote(key)} is not a mapping`);
    const packageKey = key.slice(0, suffixStart(key));
    const meta = own(packages, packageKey);
    if (meta !== undefined && !isRecord(meta)) {
      throw new LockfileError(
        state.file,
        entryLine(state, packageKey, 'packages'),
        `package entry ${quote(packageKey)} is not a mapping`,
      );
    }
    covered.add(packageKey);
    // The `packages` entry holds the resolution and integrity: annotate it when there is one.
    const entryAt = meta === undefined ? line : entryLine(state, packageKey, 'packages');
    const pkg = addEntry(state, key, 9, meta, snapshot, entryAt);
    if (pkg) state.pending.push(pendingDeps(pkg, 9, snapshot));
  }
  for (const key of Object.keys(packages)) {
    if (covered.has(key)) continue;
    const meta = packages[key];
    const line = entryLine(state, key, 'packages');
    if (!isRecord(meta)) throw new LockfileError(state.file, line, `package entry ${quote(key)} is not a mapping`);
    addEntry(state, key, 9, meta, undefined, line);
  }
}

/** The dependency maps of a package (5.x, 6.x) or snapshot (9.x), to resolve later. */
function pendingDeps(pkg: LockedPackage, major: Major, entry: YamlMap): PendingDeps {
  return {
    pkg,
    major,
    dependencies: own(entry, 'dependencies'),
    optionalDependencies: own(entry, 'optionalDependencies'),
  };
}

/** 1-based line of an entry key: in `snapshots` first (9.x), then `packages`. */
function entryLine(state: State, key: string, only: 'packages' | undefined): number {
  const { lines } = state;
  const fromSnapshots = only ? undefined : lines.snapshots.get(key);
  return fromSnapshots ?? lines.packages.get(key) ?? lines.documents[0]?.top.get('packages') ?? 1;
}

/**
 * Build the LockedPackage of one entry (5.x/6.x: meta and snapshot are the same object)
 * and add it, unless an earlier document already had this key.
 */
function addEntry(
  state: State,
  id: string,
  major: Major,
  meta: YamlMap | undefined,
  snapshot: YamlMap | undefined,
  line: number,
): LockedPackage | undefined {
  if (state.byId.has(id)) return undefined;
  checkIdLength(state.file, line, id);
  const resolution = meta ? own(meta, 'resolution') : undefined;
  if (resolution !== undefined && resolution !== null && !isRecord(resolution)) {
    throw new LockfileError(state.file, line, `the resolution of package entry ${quote(id)} is not a mapping`);
  }
  const fromKey = decodeKey(major, id);
  const name = stringField(meta, 'name') ?? fromKey?.name;
  let version = stringField(meta, 'version');
  if (isRecord(resolution) && stringField(resolution, 'type') === 'directory') {
    // The repository's own code: pnpm records the folder's package.json version only when it
    // has one (5.x made one up from the path), and the key's "version" is the path.
    version ??= '';
  } else {
    version ??= fromKey?.version;
  }
  if (!name || version === undefined) {
    throw new LockfileError(
      state.file,
      line,
      `cannot read a name and version from package entry ${quote(id)}${whyUnreadable(major, id)}`,
    );
  }
  const pkg: LockedPackage = { id, name, version, source: 'registry', line };
  // A registry dependency path (`name@1.0.0`, `/name/1.0.0`) names the package itself; a tarball
  // dependency's key names its URL (`name@https://…`, `@host/name/-/name-1.0.0.tgz`), which pnpm writes
  // for what a package.json asks for by URL.
  const registryKey = fromKey !== undefined && fromKey.name === name && fromKey.version === version;
  applyResolution(state, pkg, isRecord(resolution) ? resolution : {}, registryKey);
  const dev = booleanField(meta, 'dev');
  if (dev !== undefined) pkg.dev = dev;
  const optional = booleanField(snapshot, 'optional') ?? booleanField(meta, 'optional');
  if (optional !== undefined) pkg.optional = optional;
  const requiresBuild = booleanField(meta, 'requiresBuild');
  if (requiresBuild !== undefined) pkg.hasInstallScript = requiresBuild;
  state.packages.push(pkg);
  state.byId.set(id, pkg);
  return pkg;
}

/**
 * Source, resolved reference, integrity and download plan from a `resolution` mapping, by
 * pnpm's own rule (pick-fetcher): the fetcher is chosen by `type` alone. No `type` is a
 * tarball: `file:` a local one, else a download, from the registry when `tarball` is absent
 * or relative (resolved against it, as pnpm's `new URL(tarball, registry)`), so a
 * `directory:` field without `type: directory` is a registry download. `directory` is a
 * local folder, the repository's own code; `git` a repository and commit; `binary` a URL
 * (pnpm 10); `variations` one binary per platform. Any other type (`custom:…`, which only a
 * .pnpmfile.cjs fetcher installs, or one pnpm does not know) is an error: what it installs
 * cannot be told.
 */
function applyResolution(state: State, pkg: LockedPackage, resolution: YamlMap, registryKey: boolean): void {
  const integrity = stringField(resolution, 'integrity');
  if (integrity) pkg.integrity = integrity;
  const type = own(resolution, 'type');
  if (type === undefined || type === null) {
    tarballResolution(state, pkg, resolution, registryKey);
    return;
  }
  const field = (key: string): string => {
    const value = stringField(resolution, key);
    if (value === undefined) {
      throw new LockfileError(
        state.file,
        pkg.line,
        `the "${String(type)}" resolution of package entry ${quote(pkg.id)} has no "${key}"`,
      );
    }
    return value;
  };
  switch (type) {
    case 'directory':
      pkg.source = 'directory';
      pkg.resolved = field('directory');
      return;
    case 'git': {
      const repo = field('repo');
      const commit = stringField(resolution, 'commit');
      pkg.source = 'git';
      pkg.resolved = commit ? `${repo}#${commit}` : repo;
      applyPlan(pkg, state.registries);
      return;
    }
    case 'binary':
      pkg.source = 'tarball';
      plan(state, pkg, field('url'));
      return;
    case 'variations':
      variations(state, pkg, own(resolution, 'variants'));
      return;
    default:
      throw new LockfileError(
        state.file,
        pkg.line,
        `package entry ${quote(pkg.id)} has resolution type ${quote(type)}, which pnpm installs only through a custom fetcher (a .pnpmfile.cjs hook) or not at all, so what it installs cannot be told`,
      );
  }
}

/**
 * A resolution without `type`: a `file:` tarball, or a download from the registry or a URL.
 * An absolute URL in the registry's own form (`<registry>/<name>/-/<base>-<version>.tgz`, core/source.ts
 * registryTarball) of this entry's name and version, under a registry dependency path, is a registry
 * package: pnpm writes that URL whenever the registry's tarball URL is not the one it derives from its
 * config (a feed that serves tarballs from other hosts, as Azure Artifacts' `ms-feed-N.pkgs.visualstudio.com`
 * in microsoft/rushstack, or `lockfile-include-tarball-url`), and what it installs is that registry's
 * name@version. It is judged as registry packages are (its host configured, or consistent with its scope's),
 * as npm's `resolved` URLs are. A URL naming another package or version stays a tarball (and a
 * resolved-mismatch); so does one under a tarball dependency's key.
 */
function tarballResolution(state: State, pkg: LockedPackage, resolution: YamlMap, registryKey: boolean): void {
  const tarball = own(resolution, 'tarball');
  if (tarball !== undefined && tarball !== null && typeof tarball !== 'string') {
    throw new LockfileError(state.file, pkg.line, `the tarball of package entry ${quote(pkg.id)} is not a string`);
  }
  // pnpm 9 may keep a local tarball only in the key (`name@file:x.tgz`).
  const local = tarball || (pkg.version.startsWith('file:') ? pkg.version : undefined);
  if (local?.startsWith('file:')) {
    pkg.source = 'file';
    pkg.resolved = local;
    return;
  }
  const registry = registryFor(pkg.name, state.registries);
  if (!tarball) {
    pkg.url = registryTarballUrl(pkg.name, pkg.version, registry);
    pkg.host = planHost(pkg.url);
    return;
  }
  // An absolute URL is another host's tarball; a relative path (`name/-/name-1.0.0.tgz`) is the registry's.
  const elsewhere = isProtocolRelative(tarball) || /^[a-z][a-z0-9+.-]*:/i.test(tarball);
  plan(state, pkg, tarball, registry);
  const repo = gitRepository(pkg.url!);
  const commit = repo && pinnedCommit(repo);
  // GitHub's archive of a commit is that repository at that commit; other hosts' archives stay tarball URLs,
  // read as such (their integrity pins the bytes).
  if (commit && /^https:\/\/codeload\.github\.com\//i.test(pkg.url!)) {
    pkg.git = { repository: `${repo.host}/${repo.path}`, commit };
  }
  pkg.source =
    !elsewhere || (registryKey && !pkg.git && isRegistryTarballOf(pkg.url!, pkg.name, pkg.version))
      ? 'registry'
      : 'tarball';
}

/** Record the download of `ref`, made absolute against `base` as pnpm does; an http(s) URL or an error. */
function plan(state: State, pkg: LockedPackage, ref: string, base = registryFor(pkg.name, state.registries)): void {
  const url = absoluteUrl(ref, base);
  if (url === undefined || !/^https?:\/\//i.test(url)) {
    throw new LockfileError(
      state.file,
      pkg.line,
      `package entry ${quote(pkg.id)} downloads ${quote(ref)}, which is not an http(s) URL pnpm can fetch`,
    );
  }
  pkg.resolved = url;
  pkg.url = url;
  pkg.host = planHost(url)!;
}

/** pnpm 10 `variations`: `variants: [{resolution: {type: binary, url, …}, targets}]`, one per platform. */
function variations(state: State, pkg: LockedPackage, variants: unknown): void {
  if (!Array.isArray(variants) || variants.length === 0) {
    throw new LockfileError(state.file, pkg.line, `the variations of package entry ${quote(pkg.id)} list no variants`);
  }
  const all: { url: string; host: string }[] = [];
  for (const variant of variants) {
    const resolution: unknown = isRecord(variant) ? own(variant, 'resolution') : undefined;
    const type = isRecord(resolution) ? own(resolution, 'type') : undefined;
    if (!isRecord(resolution) || (type !== 'binary' && type !== undefined && type !== null)) {
      throw new LockfileError(
        state.file,
        pkg.line,
        `a variant of package entry ${quote(pkg.id)} is not a binary or tarball resolution`,
      );
    }
    const ref = stringField(resolution, type === 'binary' ? 'url' : 'tarball');
    if (ref === undefined) {
      throw new LockfileError(state.file, pkg.line, `a variant of package entry ${quote(pkg.id)} has no URL`);
    }
    plan(state, pkg, ref);
    all.push({ url: pkg.url!, host: pkg.host! });
  }
  pkg.source = 'tarball';
  pkg.url = all[0]!.url;
  pkg.host = all[0]!.host;
  pkg.resolved = pkg.url;
  pkg.variants = all;
}

// ---------------------------------------------------------------------------
// Keys and references

/** Name and version from a dependency path, per format; undefined when it has neither. */
/**
 * What pnpm does with a 5.x key that reads as no name@version, measured with the real pnpm
 * (test/fixtures/pnpm-refused/INSTALLED.txt; dependabot-core's only_dev_dependencies,
 * peer_disambiguation and empty_version fixtures have these shapes). pnpm 8, 9 and 10 refuse a
 * frozen install of any 5.x file; pnpm 7 writes 5.4 and refuses these too.
 */
function whyUnreadable(major: Major, key: string): string {
  if (major !== 5) return '';
  if (decodeKey(6, key) !== undefined) {
    return ": that is lockfileVersion 6's key form, and this file's 5.x keys are /name/version, as pnpm 7 reads them; pnpm 7 refuses such a file, and pnpm 8 to 10 refuse a frozen install of any 5.x file";
  }
  if (/^\/(?:@[\w.~-]+\/)?[\w.~-]+\/?$/.test(key)) {
    return ': its key has no version, nor has the entry; pnpm 7 finds no entry for the version that depends on it, and pnpm 8 calls it an invalid dependency path';
  }
  return '';
}

function decodeKey(major: Major, key: string): { name: string; version: string } | undefined {
  return major === 5 ? decodeV5Key(key) : decodeAtKey(key);
}

/** 5.x: `/name/1.0.0_peers`, `/@scope/name/1.0.0`, `host/name/1.0.0`. */
function decodeV5Key(key: string): { name: string; version: string } | undefined {
  const parts = key.split('/');
  // An absolute path starts with "/"; otherwise the first segment is a registry host.
  parts.shift();
  const head = parts.shift();
  if (!head) return undefined;
  const name = head.startsWith('@') ? `${head}/${parts.shift() ?? ''}` : head;
  const version = (parts.shift() ?? '').split('_')[0] ?? '';
  if (name.endsWith('/') || !version) return undefined;
  return { name, version };
}

/** 6.x and 9.x: `/name@1.0.0(peers)` (6.x), `name@1.0.0(peers)` (9.x), optionally `host/`-prefixed. */
function decodeAtKey(key: string): { name: string; version: string } | undefined {
  let bare = key.slice(0, suffixStart(key));
  if (bare.startsWith('/')) bare = bare.slice(1);
  const at = bare.indexOf('@', 1);
  if (at === -1) return undefined;
  const slash = bare.indexOf('/');
  if (!bare.startsWith('@') && slash !== -1 && slash < at) bare = bare.slice(slash + 1);
  const nameEnd = bare.indexOf('@', 1);
  if (nameEnd <= 0) return undefined;
  const name = bare.slice(0, nameEnd);
  const version = bare.slice(nameEnd + 1);
  return name && version ? { name, version } : undefined;
}

/**
 * Index where the peer/patch suffix of a 6.x/9.x dependency path starts: the run of
 * balanced `(...)` groups at its end (`a@1.0.0(patch_hash=x)(b@2.0.0(c@1.0.0))`).
 */
function suffixStart(key: string): number {
  const end = key.length;
  if (key.charCodeAt(end - 1) !== CLOSE) return end;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const c = key.charCodeAt(i);
    if (c === CLOSE) depth++;
    else if (c === OPEN) {
      depth--;
      if (depth === 0 && key.charCodeAt(i - 1) !== CLOSE) return i;
    }
  }
  return end;
}

const OPEN = 40; // (
const CLOSE = 41; // )

/** Ids a reference may name, most likely first (a dependency `name: reference`). */
function candidateIds(major: Major, name: string, reference: string): string[] {
  if (reference.startsWith('npm:')) {
    const real = reference.slice(4);
    const at = real.indexOf('@', 1);
    if (at === -1) return [];
    const realName = real.slice(0, at);
    const version = real.slice(at + 1);
    if (major === 5) return [`/${realName}/${version}`];
    if (major === 6) return [`/${realName}@${version}`];
    return [real];
  }
  if (major === 5) return reference.includes('/') ? [reference] : [`/${name}/${reference}`, reference];
  if (major === 6) {
    if (reference.slice(0, suffixStart(reference)).includes('/')) return [reference];
    return [`/${name}@${reference}`, `/${reference}`, reference];
  }
  // 9.x, as pnpm's dependency-path refToRelative: `real@1.0.0` is an alias, `1.0.0` a version.
  if (reference.startsWith('@')) return [reference];
  const at = reference.indexOf('@');
  if (at === -1) return [`${name}@${reference}`];
  const colon = reference.indexOf(':');
  const paren = reference.indexOf('(');
  const isPath = (colon === -1 || at < colon) && (paren === -1 || at < paren);
  return isPath ? [reference, `${name}@${reference}`] : [`${name}@${reference}`];
}

/** The entry a dependency `name: reference` resolves to, marking an alias when the names differ. */
function resolveReference(state: State, major: Major, name: string, reference: string): LockedPackage | undefined {
  // Fast path, the common case: a plain version (with peers) of the dependency's own name.
  const direct = state.byId.get(
    major === 9 ? `${name}@${reference}` : major === 6 ? `/${name}@${reference}` : `/${name}/${reference}`,
  );
  if (direct) return direct;
  for (const id of candidateIds(major, name, reference)) {
    const pkg = state.byId.get(id);
    if (!pkg) continue;
    if (pkg.name !== name && pkg.alias === undefined && pkg.source !== 'link') pkg.alias = name;
    return pkg;
  }
  return undefined;
}

/** A dependency map value: the reference (5.x) or `{specifier, version}` (6.x, 9.x). */
function referenceOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isRecord(value)) return stringField(value, 'version');
  return undefined;
}

/** Fill `deps` of every package read, now that every entry of every document is known. */
function resolvePendingDeps(state: State): void {
  for (const { pkg, major, dependencies, optionalDependencies } of state.pending) {
    let deps: Set<string> | undefined;
    for (const map of [dependencies, optionalDependencies]) {
      if (map === undefined || map === null) continue;
      if (!isRecord(map)) {
        throw new LockfileError(state.file, pkg.line, `the dependencies of ${quote(pkg.id)} are not a mapping`);
      }
      const names = Object.keys(map);
      state.budget.spend(names.length, pkg.line);
      for (const name of names) {
        const reference = referenceOf(map[name]);
        const target = reference === undefined ? undefined : resolveReference(state, major, name, reference);
        // A `link:` reference names a folder, not an entry.
        if (!target && !reference?.startsWith('link:')) {
          state.unresolved ??= { line: pkg.line, reference: `${name}: ${reference ?? ''}` };
        }
        if (!target || target === pkg) continue;
        (deps ??= new Set()).add(target.id);
      }
    }
    if (deps) pkg.deps = [...deps];
  }
}

// ---------------------------------------------------------------------------
// Importers

/** The document's importers (or the single-project top-level maps) with their resolved deps. */
function readImporters(state: State, doc: YamlMap, major: Major, lines: DocumentLines): void {
  const importers = own(doc, 'importers');
  if (importers === undefined || importers === null) {
    readImporter(state, '.', doc, major, lines.top.get('dependencies') ?? lines.start);
    return;
  }
  if (!isRecord(importers)) {
    throw new LockfileError(state.file, lines.top.get('importers') ?? lines.start, '"importers" is not a mapping');
  }
  for (const [importerPath, importer] of Object.entries(importers)) {
    const line = state.lines.importers.get(importerPath) ?? lines.top.get('importers') ?? lines.start;
    if (importer !== null && !isRecord(importer)) {
      throw new LockfileError(state.file, line, `importer ${quote(importerPath)} is not a mapping`);
    }
    readImporter(state, importerPath, importer ?? {}, major, line);
  }
}

/** One importer: resolve each direct dependency to an entry id (`link:` targets become link entries). */
function readImporter(state: State, importerPath: string, importer: YamlMap, major: Major, line: number): void {
  const manifest = path.posix.join(importerPath, 'package.json');
  let deps = state.importers.get(manifest);
  if (!deps) {
    deps = new Set();
    state.importers.set(manifest, deps);
  }
  for (const field of IMPORTER_DEP_FIELDS) {
    const map = own(importer, field);
    if (map === undefined || map === null) continue;
    if (!isRecord(map)) {
      throw new LockfileError(state.file, line, `${field} of importer ${quote(importerPath)} is not a mapping`);
    }
    const entries = Object.entries(map);
    state.budget.spend(entries.length, line);
    for (const [name, value] of entries) {
      const reference = referenceOf(value);
      const target =
        reference === undefined
          ? undefined
          : reference.startsWith('link:')
            ? linkEntry(state, importerPath, name, reference.slice(5), line)
            : resolveReference(state, major, name, reference);
      if (target) deps.add(target.id);
      else state.unresolved ??= { line, reference: `${name}: ${reference ?? ''}` };
    }
  }
}

/** The `link` entry for a `link:` target relative to an importer (created once per target). */
function linkEntry(state: State, importerPath: string, name: string, relative: string, line: number): LockedPackage {
  const joined = relative.startsWith('/') ? relative : path.posix.join(importerPath, relative || '.');
  const target = path.posix.normalize(joined).replace(/(.)\/$/, '$1');
  const id = `link:${target}`;
  const existing = state.byId.get(id);
  if (existing) return existing;
  const pkg: LockedPackage = {
    id,
    name,
    version: id,
    source: 'link',
    resolved: target,
    line: state.lines.importers.get(target) ?? line,
  };
  state.packages.push(pkg);
  state.byId.set(id, pkg);
  return pkg;
}

// ---------------------------------------------------------------------------
// Guarded field access

/** An own property (never one inherited from Object.prototype, e.g. a key named "constructor"). */
function own(map: YamlMap, key: string): unknown {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** A non-empty string field (numbers, as YAML may read `1.0`, become strings). */
function stringField(map: YamlMap | undefined, key: string): string | undefined {
  const value = map ? own(map, key) : undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A boolean field, or undefined when absent or of another type. */
function booleanField(map: YamlMap | undefined, key: string): boolean | undefined {
  const value = map ? own(map, key) : undefined;
  return typeof value === 'boolean' ? value : undefined;
}
