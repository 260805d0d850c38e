/**
 * npm lockfiles: `package-lock.json` and `npm-shrinkwrap.json`.
 *
 * - lockfileVersion 1 (npm 5–6): a nested `dependencies` tree. Each entry is
 *   keyed by the name it is installed under; its own nested `dependencies` sit
 *   in its `node_modules` folder. `requires` lists what it depends on, resolved
 *   by node's walk-up. We flatten the tree to install paths
 *   (`node_modules/a/node_modules/b`), the same ids v2/v3 use.
 * - lockfileVersion 2 (npm 7–8): the `packages` map keyed by install path, plus
 *   the legacy v1 tree as a copy. We read `packages` only; a v2 file without
 *   `packages` is read like v1.
 * - lockfileVersion 3 (npm 9+): `packages` only.
 *
 * In `packages`, `""` is the root project, keys without a `node_modules/`
 * segment are workspace folders (the repository's own code), `link: true`
 * entries point at them, and everything else is an installed package.
 *
 * The text is parsed once with JSON.parse; entry lines come from a forward
 * search for each key in document order (no second parse).
 */
import type { Importer, LockedPackage, Lockfile, PackageSource, ParseOptions } from '../core/model.js';
import { LockfileError, quote } from './errors.js';
import { isGitReference, isHttpUrl, isTarballPath, registryTarball } from './source.js';
import { isRecord, lineAt } from './text.js';

type JsonRecord = Record<string, unknown>;

/** An entry read but not yet linked: its package and the names it asks for. */
interface Draft {
  pkg: LockedPackage;
  /** Folder node's module resolution walks up from. */
  base: string;
  /** Names of the packages it depends on. */
  wants: string[];
  /** For a link: the id of the entry it points at. */
  target?: string;
}

/** What every reader needs: the file and its text. */
interface Context {
  file: string;
  text: string;
}

/** Dependency fields of a `packages` entry that name other packages. */
const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'] as const;

/** Parse an npm lockfile (v1, v2 or v3) into the model. Throws LockfileError on anything unreadable. */
export function parseNpm(file: string, text: string, options: ParseOptions = {}): Lockfile {
  try {
    return parseDocument(file, text, options.graph === 'lazy');
  } catch (error) {
    if (error instanceof LockfileError) throw error;
    // A safety net: the readers guard every access, so reaching this is a bug, never a crash.
    const message = error instanceof Error ? error.message : String(error);
    throw new LockfileError(file, undefined, `could not read the npm lockfile (${quote(message)})`);
  }
}

function parseDocument(file: string, text: string, lazyGraph: boolean): Lockfile {
  const ctx: Context = { file, text };
  const doc = parseJson(ctx);
  if (!isRecord(doc)) {
    throw new LockfileError(file, 1, `the document is ${describe(doc)}, expected a JSON object with "lockfileVersion"`);
  }
  const version = doc['lockfileVersion'];
  if (version === undefined) {
    throw new LockfileError(file, 1, 'the document has no "lockfileVersion"; expected 1, 2 or 3');
  }
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new LockfileError(
      file,
      lineOfTopKey(ctx, 'lockfileVersion'),
      `unknown lockfileVersion ${quote(version)}; expected 1, 2 or 3`,
    );
  }
  if (version === 3 && doc['packages'] === undefined) {
    throw new LockfileError(
      file,
      lineOfTopKey(ctx, 'lockfileVersion'),
      'a lockfileVersion 3 file must have a "packages" map',
    );
  }
  if (version === 2) rejectHollowPackages(ctx, doc);
  const read = version === 1 || doc['packages'] === undefined ? readTree(ctx, doc) : readPackages(ctx, doc);
  const lockfile: Lockfile = {
    path: file,
    format: 'npm',
    formatVersion: String(version),
    packages: read.packages,
    importers: [],
  };
  if (!lazyGraph) {
    lockfile.importers = read.linkGraph();
    return lockfile;
  }
  lockfile.resolveGraph = () => {
    delete lockfile.resolveGraph;
    lockfile.importers = read.linkGraph();
  };
  return lockfile;
}

/** What a reader found: the packages, and how to resolve their dependency edges (fills `deps`, returns the importers). */
interface Read {
  packages: LockedPackage[];
  linkGraph: () => Importer[];
}

/**
 * A v2 file whose `packages` holds nothing but the root while its legacy
 * `dependencies` tree lists packages contradicts itself; reading either half
 * would hide the other, so it is an error rather than a silent empty result.
 */
function rejectHollowPackages(ctx: Context, doc: JsonRecord): void {
  const map = doc['packages'];
  const legacy = doc['dependencies'];
  if (!isRecord(map) || !isRecord(legacy)) return;
  const legacyCount = Object.keys(legacy).length;
  if (legacyCount === 0 || Object.keys(map).some((key) => key !== '')) return;
  throw new LockfileError(
    ctx.file,
    lineOfTopKey(ctx, 'packages'),
    `"packages" lists no installed package while the legacy "dependencies" tree lists ${legacyCount}; regenerate the lockfile`,
  );
}

// ---------------------------------------------------------------------------
// lockfileVersion 2 and 3: the `packages` map

function readPackages(ctx: Context, doc: JsonRecord): Read {
  const start = topKeyOffset(ctx, 'packages');
  const mapLine = start === undefined ? 1 : lineAt(ctx.text, start);
  const map = doc['packages'];
  if (!isRecord(map)) {
    throw new LockfileError(
      ctx.file,
      mapLine,
      `"packages" is ${describe(map)}, expected an object keyed by install path`,
    );
  }
  const locator = new KeyLocator(ctx, start ?? 0, false);
  const keys = Object.keys(map);
  const lines: number[] = [];
  const linkNames = new Map<string, string>();
  for (const key of keys) {
    const line = locator.lineOf(key) ?? mapLine;
    const entry = map[key];
    if (!isRecord(entry)) {
      throw new LockfileError(ctx.file, line, `entry ${quote(key)} is ${describe(entry)}, expected an object`);
    }
    lines.push(line);
    if (entry['link'] === true && typeof entry['resolved'] === 'string' && isInstallPath(key)) {
      linkNames.set(entry['resolved'], nameFromInstallPath(key) ?? key);
    }
  }
  const entryAt = (key: string): JsonRecord | undefined => {
    const entry = Object.hasOwn(map, key) ? map[key] : undefined;
    return isRecord(entry) ? entry : undefined;
  };

  const drafts: Draft[] = [];
  let root: Draft | undefined;
  keys.forEach((key, index) => {
    const entry = map[key] as JsonRecord;
    const line = lines[index]!;
    const wants = dependencyNames(ctx, entry, key, line);
    if (key === '') {
      root = { pkg: placeholder(''), base: '', wants };
    } else if (!isInstallPath(key)) {
      drafts.push({ pkg: workspacePackage(ctx, key, entry, line, linkNames), base: key, wants });
    } else if (entry['link'] === true) {
      drafts.push(linkDraft(ctx, key, entry, line, entryAt));
    } else {
      drafts.push({ pkg: installedPackage(ctx, key, entry, line), base: key, wants });
    }
  });

  const linkGraph = (): Importer[] => {
    const resolver = new Resolver(keys);
    for (const draft of drafts) linkDeps(draft, resolver);
    const importers: Importer[] = [{ path: 'package.json', deps: root ? resolver.resolveAll(root) : [] }];
    for (const draft of drafts) {
      if (draft.pkg.source === 'workspace')
        importers.push({ path: `${draft.pkg.id}/package.json`, deps: draft.pkg.deps ?? [] });
    }
    return importers;
  };
  return { packages: drafts.map((d) => d.pkg), linkGraph };
}

/** A folder of the repository listed in `packages` (a workspace): its own code. */
function workspacePackage(
  ctx: Context,
  key: string,
  entry: JsonRecord,
  line: number,
  linkNames: Map<string, string>,
): LockedPackage {
  const name = optionalString(ctx, entry, 'name', key, line) ?? linkNames.get(key) ?? lastSegment(key);
  // A workspace's package.json may have no version; it is own code, never diffed.
  const version = optionalString(ctx, entry, 'version', key, line) ?? '';
  return { id: key, name, version, source: 'workspace', resolved: key, line };
}

/** A `link: true` entry: the installed name of a workspace (or local folder), pointing at it. */
function linkDraft(
  ctx: Context,
  key: string,
  entry: JsonRecord,
  line: number,
  entryAt: (key: string) => JsonRecord | undefined,
): Draft {
  const installedAs = readInstallName(ctx, key, line);
  const resolved = optionalString(ctx, entry, 'resolved', key, line);
  const target = resolved === undefined ? undefined : entryAt(resolved);
  const targetName = target && typeof target['name'] === 'string' && target['name'] !== '' ? target['name'] : undefined;
  const targetVersion = target && typeof target['version'] === 'string' ? target['version'] : '';
  const pkg: LockedPackage = {
    id: key,
    name: targetName ?? installedAs,
    version: targetVersion,
    source: 'link',
    resolved,
    alias: targetName !== undefined && targetName !== installedAs ? installedAs : undefined,
    line,
  };
  // A link depends on exactly what it points at, so "via" chains pass through the workspace.
  return target && resolved !== undefined
    ? { pkg, base: key, wants: [], target: resolved }
    : { pkg, base: key, wants: [] };
}

/** An installed package under some `node_modules/`. */
function installedPackage(ctx: Context, key: string, entry: JsonRecord, line: number): LockedPackage {
  const installedAs = readInstallName(ctx, key, line);
  const version = optionalString(ctx, entry, 'version', key, line);
  if (version === undefined || version === '') {
    throw new LockfileError(ctx.file, line, `entry ${quote(key)} has no "version"`);
  }
  const nameField = optionalString(ctx, entry, 'name', key, line);
  const resolved = optionalString(ctx, entry, 'resolved', key, line);
  const aliasSpec = version.startsWith('npm:') ? parseAliasSpec(ctx, version, key, line) : undefined;
  const name = aliasSpec?.name ?? (nameField || installedAs);
  return {
    id: key,
    name,
    version: aliasSpec?.version ?? version,
    source: sourceOf(ctx, resolved, version, key, line),
    resolved,
    integrity: optionalString(ctx, entry, 'integrity', key, line),
    alias: name !== installedAs ? installedAs : undefined,
    // `devOptional`: needed by the dev tree or as an optional dependency; in production it is optional.
    dev: entry['dev'] === true ? true : undefined,
    optional: entry['optional'] === true || entry['devOptional'] === true ? true : undefined,
    hasInstallScript: entry['hasInstallScript'] === true,
    line,
  };
}

/** Names listed in an entry's dependency fields (all kinds), in order (repeats are dropped when resolved). */
function dependencyNames(ctx: Context, entry: JsonRecord, key: string, line: number): string[] {
  const names: string[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const value = entry[field];
    if (value === undefined) continue;
    if (!isRecord(value)) {
      throw new LockfileError(
        ctx.file,
        line,
        `"${field}" of entry ${quote(key)} is ${describe(value)}, expected an object`,
      );
    }
    for (const name in value) names.push(name);
  }
  return names;
}

// ---------------------------------------------------------------------------
// lockfileVersion 1: the nested `dependencies` tree

function readTree(ctx: Context, doc: JsonRecord): Read {
  const tree = doc['dependencies'];
  if (tree === undefined) return { packages: [], linkGraph: () => [{ path: 'package.json', deps: [] }] };
  const start = topKeyOffset(ctx, 'dependencies');
  const treeLine = start === undefined ? 1 : lineAt(ctx.text, start);
  if (!isRecord(tree)) {
    throw new LockfileError(
      ctx.file,
      treeLine,
      `"dependencies" is ${describe(tree)}, expected an object keyed by package name`,
    );
  }
  const locator = new KeyLocator(ctx, start ?? 0, true);
  const drafts: Draft[] = [];
  // Pre-order walk in document order (an explicit stack: no recursion limit on deep trees).
  const pending: [string, unknown, string][] = [];
  pushChildren(pending, '', tree);
  while (pending.length > 0) {
    const [parent, value, name] = pending.pop()!;
    const id = parent === '' ? `node_modules/${name}` : `${parent}/node_modules/${name}`;
    const line = locator.lineOf(name) ?? treeLine;
    if (!isRecord(value)) {
      throw new LockfileError(ctx.file, line, `entry ${quote(id)} is ${describe(value)}, expected an object`);
    }
    if (name === '') throw new LockfileError(ctx.file, line, 'a dependency has an empty name');
    drafts.push(treeDraft(ctx, id, name, value, line));
    const nested = value['dependencies'];
    if (nested !== undefined) {
      if (!isRecord(nested)) {
        throw new LockfileError(
          ctx.file,
          line,
          `"dependencies" of entry ${quote(id)} is ${describe(nested)}, expected an object`,
        );
      }
      pushChildren(pending, id, nested);
    }
  }

  const linkGraph = (): Importer[] => {
    const resolver = new Resolver(drafts.map((d) => d.pkg.id));
    for (const draft of drafts) linkDeps(draft, resolver);
    return [{ path: 'package.json', deps: rootDepsV1(drafts) }];
  };
  return { packages: drafts.map((d) => d.pkg), linkGraph };
}

/** Queue a tree level's entries so that they pop in document order. */
function pushChildren(pending: [string, unknown, string][], parent: string, children: JsonRecord): void {
  const names = Object.keys(children);
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i]!;
    pending.push([parent, children[name], name]);
  }
}

/** One v1 tree entry: name from the key, version (alias, git, file: or semver) from `version`. */
function treeDraft(ctx: Context, id: string, key: string, entry: JsonRecord, line: number): Draft {
  const version = optionalString(ctx, entry, 'version', id, line);
  if (version === undefined || version === '') {
    throw new LockfileError(ctx.file, line, `entry ${quote(id)} has no "version"`);
  }
  const requires = entry['requires'];
  if (requires !== undefined && !isRecord(requires)) {
    throw new LockfileError(
      ctx.file,
      line,
      `"requires" of entry ${quote(id)} is ${describe(requires)}, expected an object`,
    );
  }
  const resolved = optionalString(ctx, entry, 'resolved', id, line);
  const alias = version.startsWith('npm:') ? parseAliasSpec(ctx, version, id, line) : undefined;
  // npm 6 symlinks a `file:` directory (the repository's own code); a `file:` tarball is installed.
  const source: PackageSource = version.startsWith('file:')
    ? isTarballPath(version)
      ? 'tarball'
      : 'link'
    : sourceOf(ctx, resolved, version, id, line);
  const pkg: LockedPackage = {
    id,
    name: alias?.name ?? key,
    version: alias?.version ?? version,
    source,
    resolved: resolved ?? (source === 'link' || source === 'tarball' ? version : undefined),
    integrity: optionalString(ctx, entry, 'integrity', id, line),
    alias: alias && alias.name !== key ? key : undefined,
    dev: entry['dev'] === true ? true : undefined,
    optional: entry['optional'] === true ? true : undefined,
    line,
  };
  return { pkg, base: id, wants: requires ? Object.keys(requires) : [] };
}

/**
 * v1 records no list of the root's own dependencies (that is in package.json,
 * which a parser does not read). The honest approximation: the top-level
 * entries no other entry resolves to, then, for any top-level entry still not
 * reachable from those (a cycle), that entry too. A direct dependency that is
 * also required by another package is therefore seen as indirect.
 */
function rootDepsV1(drafts: Draft[]): string[] {
  const byId = new Map(drafts.map((d) => [d.pkg.id, d.pkg]));
  const required = new Set<string>();
  for (const { pkg } of drafts) for (const dep of pkg.deps ?? []) if (dep !== pkg.id) required.add(dep);
  const topLevel = drafts.map((d) => d.pkg.id).filter((id) => !id.includes('/node_modules/'));
  const roots = topLevel.filter((id) => !required.has(id));
  const reached = new Set<string>();
  const reach = (from: string): void => {
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const dep of byId.get(id)?.deps ?? []) if (!reached.has(dep)) queue.push(dep);
    }
  };
  roots.forEach(reach);
  for (const id of topLevel) {
    if (!reached.has(id)) {
      roots.push(id);
      reach(id);
    }
  }
  return roots;
}

// ---------------------------------------------------------------------------
// Shared: names, sources, resolution

/** Is this `packages` key an install path (under some `node_modules/`) rather than a project folder? */
function isInstallPath(key: string): boolean {
  return key.startsWith('node_modules/') || key.includes('/node_modules/');
}

/** The name a package is installed under: what follows the last `node_modules/` of its path. */
function nameFromInstallPath(key: string): string | undefined {
  const cut = key.lastIndexOf('node_modules/');
  if (cut === -1) return undefined;
  if (cut > 0 && key[cut - 1] !== '/') return undefined;
  const name = key.slice(cut + 'node_modules/'.length);
  const slash = name.indexOf('/');
  if (name === '' || name.startsWith('.')) return undefined;
  if (name.startsWith('@'))
    return slash > 1 && slash < name.length - 1 && name.indexOf('/', slash + 1) === -1 ? name : undefined;
  return slash === -1 ? name : undefined;
}

function readInstallName(ctx: Context, key: string, line: number): string {
  const name = nameFromInstallPath(key);
  if (name === undefined)
    throw new LockfileError(ctx.file, line, `cannot read a package name from the key ${quote(key)}`);
  return name;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/** `npm:real@1.2.3` (an alias) → name `real`, version `1.2.3`. */
function parseAliasSpec(ctx: Context, spec: string, id: string, line: number): { name: string; version: string } {
  const body = spec.slice('npm:'.length);
  const at = body.lastIndexOf('@');
  if (at <= 0 || at === body.length - 1) {
    throw new LockfileError(
      ctx.file,
      line,
      `entry ${quote(id)} has an alias version ${quote(spec)} that is not npm:name@version`,
    );
  }
  return { name: body.slice(0, at), version: body.slice(at + 1) };
}

const SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * Where an installed package comes from, by its `resolved` (or, when absent, its
 * `version`): git, a registry tarball (`…/name/-/name-1.2.3.tgz` on any host),
 * another http(s) tarball, a `file:` tarball or folder, or a bare semver
 * version (a registry package without `resolved`, e.g. bundled).
 */
function sourceOf(
  ctx: Context,
  resolved: string | undefined,
  version: string,
  id: string,
  line: number,
): PackageSource {
  const ref = resolved ?? version;
  if (isGitReference(ref)) return 'git';
  if (ref.startsWith('file:')) return isTarballPath(ref) ? 'tarball' : 'file';
  if (isHttpUrl(ref)) return registryTarball(ref) ? 'registry' : 'tarball';
  if (resolved === undefined) {
    if (SEMVER.test(version) || version.startsWith('npm:')) return 'registry';
    throw new LockfileError(
      ctx.file,
      line,
      `entry ${quote(id)} has version ${quote(version)}, which is neither a version nor a source`,
    );
  }
  // A path without `file:` (npm writes these for some local folders).
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref) ? 'tarball' : 'file';
}

/** Resolve a draft's wanted names to ids (or, for a link, its target) and store them as `deps`. */
function linkDeps(draft: Draft, resolver: Resolver): void {
  if (draft.pkg.source === 'link' && draft.target !== undefined) {
    draft.pkg.deps = [draft.target];
    return;
  }
  draft.pkg.deps = resolver.resolveAll(draft);
}

/**
 * Node's module resolution over install paths: a name wanted from folder `dir`
 * is `<dir>/node_modules/<name>` if that entry exists, else the same looked up
 * from each enclosing folder, up to the root. Folders are indexed once (folder
 * → installed name → id), so a lookup never builds path strings.
 */
class Resolver {
  private readonly children = new Map<string, Map<string, string>>();
  private readonly parents = new Map<string, string>();

  constructor(ids: Iterable<string>) {
    for (const id of ids) {
      const name = nameFromInstallPath(id);
      if (name === undefined || !isInstallPath(id)) continue;
      const folder = id.slice(0, Math.max(0, id.length - name.length - '/node_modules/'.length));
      let names = this.children.get(folder);
      if (!names) this.children.set(folder, (names = new Map()));
      names.set(name, id);
    }
  }

  /** The id `name` resolves to when required from folder `dir`, if the lockfile has it. */
  resolve(dir: string, name: string): string | undefined {
    let at = dir;
    for (;;) {
      const hit = this.children.get(at)?.get(name);
      if (hit !== undefined) return hit;
      if (at === '') return undefined;
      at = this.parentOf(at);
    }
  }

  /** A draft's wanted names resolved from its folder, without repeats or itself. */
  resolveAll(draft: Draft): string[] {
    const deps: string[] = [];
    for (const name of draft.wants) {
      const id = this.resolve(draft.base, name);
      if (id !== undefined && id !== draft.pkg.id && !deps.includes(id)) deps.push(id);
    }
    return deps;
  }

  /** The next folder up that can hold a `node_modules`: `a/node_modules/b` → `a`, `packages/x` → `packages`. */
  private parentOf(dir: string): string {
    let parent = this.parents.get(dir);
    if (parent === undefined) {
      const nested = dir.lastIndexOf('/node_modules/');
      if (nested !== -1) parent = dir.slice(0, nested);
      else if (dir.startsWith('node_modules/')) parent = '';
      else parent = dir.slice(0, Math.max(0, dir.lastIndexOf('/')));
      this.parents.set(dir, parent);
    }
    return parent;
  }
}

// ---------------------------------------------------------------------------
// Text: JSON errors, key lines

/**
 * Finds the line of each entry key by searching forward from the previous one:
 * entries are visited in document order, so each search is a short hop and the
 * whole pass is linear. Keys written with unusual escapes are not found; the
 * caller then falls back to the line of the enclosing map.
 */
class KeyLocator {
  private cursor: number;
  private misses = 0;
  /** Forward line counting: the last offset counted to and its line. */
  private countedTo = 0;
  private countedLine = 1;

  constructor(
    private readonly ctx: Context,
    private readonly start: number,
    /** v1 keys are bare package names: match only keys whose value is an object. */
    private readonly objectValue: boolean,
  ) {
    this.cursor = start;
  }

  lineOf(key: string): number | undefined {
    let at = this.find(key, this.cursor);
    if (at === undefined && this.cursor > this.start) at = this.find(key, this.start);
    if (at === undefined) return undefined;
    this.cursor = at + 1;
    return this.lineAt(at);
  }

  /** 1-based line of `offset`, counting newlines forward from the previous call (restarting if it goes back). */
  private lineAt(offset: number): number {
    if (offset < this.countedTo) {
      this.countedTo = 0;
      this.countedLine = 1;
    }
    const text = this.ctx.text;
    let line = this.countedLine;
    for (let nl = text.indexOf('\n', this.countedTo); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) line++;
    this.countedTo = offset;
    this.countedLine = line;
    return line;
  }

  private find(key: string, from: number): number | undefined {
    const needle = NEEDS_ESCAPE.test(key) ? JSON.stringify(key) : `"${key}"`;
    const fast = this.ctx.text.indexOf(this.objectValue ? `${needle}: {` : `${needle}:`, from);
    if (fast !== -1) return fast;
    // Unusual spacing: a regex search, given up after a few misses so hostile input stays linear.
    if (this.misses > 32) return undefined;
    const pattern = new RegExp(`${escapeRegExp(needle)}\\s*:${this.objectValue ? '\\s*\\{' : ''}`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(this.ctx.text);
    if (!match) this.misses++;
    return match?.index;
  }
}

/** Characters JSON.stringify writes escaped (quotes, backslashes, control characters, lone surrogates). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Offset of a top-level key such as `"packages": {` (the first occurrence as a key). */
function topKeyOffset(ctx: Context, key: string): number | undefined {
  const match = new RegExp(`"${key}"\\s*:`).exec(ctx.text);
  return match?.index;
}

function lineOfTopKey(ctx: Context, key: string): number {
  const at = topKeyOffset(ctx, key);
  return at === undefined ? 1 : lineAt(ctx.text, at);
}

function parseJson(ctx: Context): unknown {
  try {
    return JSON.parse(ctx.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const found = jsonError(ctx.text);
    const offset = found?.offset ?? positionInMessage(message);
    const line = offset === undefined ? undefined : lineAt(ctx.text, offset);
    const reason = found?.truncated
      ? 'invalid JSON: the document ends before it is complete (truncated file?)'
      : `invalid JSON (${quote(message, 120)})`;
    throw new LockfileError(ctx.file, line, reason);
  }
}

function positionInMessage(message: string): number | undefined {
  const match = /in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/**
 * Where the first JSON syntax error is (only called after JSON.parse failed,
 * since V8's messages do not always carry a position). For an early end of
 * input (`truncated`), the offset of the last non-blank character.
 */
function jsonError(text: string): { offset: number; truncated: boolean } | undefined {
  const found = scanJson(text);
  if (found === undefined) return undefined;
  const last = Math.max(0, text.trimEnd().length - 1);
  return found >= text.length ? { offset: last, truncated: true } : { offset: found, truncated: false };
}

/** Offset of the first syntax error, `text.length` when the input ends early, undefined when valid. */
function scanJson(text: string): number | undefined {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skip = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          i++;
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  const scalar = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  for (;;) {
    skip();
    if (i >= n) return state === 'after' && stack.length === 0 ? undefined : n;
    const c = text[i]!;
    if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after';
        } else {
          state = c === '{' ? 'key' : 'value';
        }
      } else if (c === '"') {
        if (!scanString()) return i;
        state = 'after';
      } else {
        scalar.lastIndex = i;
        if (!scalar.exec(text)) return i;
        i = scalar.lastIndex;
        state = 'after';
      }
    } else if (state === 'key') {
      if (c !== '"' || !scanString()) return i;
      skip();
      if (i >= n) return n;
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Small helpers

/** A string field, undefined when absent; any other type is an error naming the entry. */
function optionalString(ctx: Context, entry: JsonRecord, field: string, id: string, line: number): string | undefined {
  const value = entry[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new LockfileError(
      ctx.file,
      line,
      `"${field}" of entry ${quote(id)} is ${describe(value)}, expected a string`,
    );
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${quote(value, 40)})`;
}

function placeholder(id: string): LockedPackage {
  return { id, name: id, version: '', source: 'workspace', line: 1 };
}
