/**
 * npm lockfiles: `package-lock.json` and `npm-shrinkwrap.json`.
 *
 * - lockfileVersion 1 (npm 5–6): a nested `dependencies` tree (npm-v1.ts).
 * - lockfileVersion 2 (npm 7–8): the `packages` map keyed by install path
 *   (npm-packages.ts), plus the legacy v1 tree as a copy for npm 6. We read
 *   `packages`, and refuse a file whose two halves name different packages
 *   (npm 6 would install the other half); a v2 file without `packages` is read
 *   like v1.
 * - lockfileVersion 3 (npm 9+): `packages` only.
 *
 * The text is parsed once with JSON.parse; entry lines, duplicate keys and the
 * nesting limit come from one forward pass over the text (json-locations.ts).
 * The legacy half of a v2 file gets a second pass only when its lines are needed.
 */
import type { LockedPackage, Lockfile } from '../core/model.js';
import { LockfileError, quote } from '../core/errors.js';
import { KeyLines, KeyList, jsonSyntaxError, scanKeys, type KeyVisitor } from './json-locations.js';
import { packagesLocations, readPackages, type Read } from './npm-packages.js';
import { describe, isInstallPath, type Context, type JsonRecord } from './npm-tree.js';
import { TreeKeyCount, TreeLocations, readTree } from './npm-v1.js';
import { isTarballPath, registryTarball } from '../core/source.js';
import { isRecord } from '../core/guards.js';

/**
 * Parse an npm lockfile (v1, v2 or v3) into the model, dependency edges left as
 * names (`unresolvedEdges`; npm-edges.ts builds them). Throws LockfileError on anything unreadable.
 */
export function parseNpm(file: string, text: string): Lockfile {
  try {
    return parseDocument(file, text);
  } catch (error) {
    if (error instanceof LockfileError) throw error;
    // A safety net: the readers guard every access, so reaching this is a bug, never a crash.
    const message = error instanceof Error ? error.message : String(error);
    throw new LockfileError(file, undefined, `could not read the npm lockfile (${quote(message)})`);
  }
}

function parseDocument(file: string, text: string): Lockfile {
  // npm reads a file that starts with a byte-order mark; so do we.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const ctx: Context = { file, text: body, notes: [] };
  // Locations first: the pass also refuses nesting too deep before JSON.parse spends time on it.
  const where = locate(ctx);
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    throw jsonSyntaxError(file, body, error);
  }
  if (!isRecord(doc)) {
    throw new LockfileError(file, 1, `the document is ${describe(doc)}, expected a JSON object with "lockfileVersion"`);
  }
  // npm 4 and earlier wrote npm-shrinkwrap.json without "lockfileVersion", as the nested tree of
  // version 1; npm 7+ installs such an "old lockfile" (yarnpkg/yarn's fixtures hold several).
  const ancient =
    doc['lockfileVersion'] === undefined && doc['packages'] === undefined && isRecord(doc['dependencies']);
  const version = ancient ? 1 : doc['lockfileVersion'];
  const readsTree = version === 1 || (version === 2 && doc['packages'] === undefined);
  const lineOf = (key: string): number => where.top.lines.get(key) ?? 1;
  if (version === undefined) {
    throw new LockfileError(file, 1, 'the document has no "lockfileVersion"; expected 1, 2 or 3');
  }
  if (ancient) {
    ctx.notes.push({
      line: 1,
      message:
        'the file has no "lockfileVersion" (npm 4 or earlier wrote it); it is read as version 1, as npm reads it',
    });
  }
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new LockfileError(
      file,
      lineOf('lockfileVersion'),
      `unknown lockfileVersion ${quote(version)}; expected 1, 2 or 3`,
    );
  }
  if (version === 3 && doc['packages'] === undefined) {
    throw new LockfileError(file, lineOf('lockfileVersion'), 'a lockfileVersion 3 file must have a "packages" map');
  }
  const read: Read = readsTree
    ? readTree(ctx, doc['dependencies'], treeLocations(ctx, where.tree), lineOf('dependencies'))
    : readPackages(ctx, doc['packages'], where.packages, lineOf('packages'));
  const legacy = version === 2 && !readsTree ? legacyHalf(ctx, doc, read.packages, lineOf, where.tree) : [];
  return {
    path: file,
    format: 'npm',
    formatVersion: String(version),
    packages: legacy.length ? [...read.packages, ...legacy] : read.packages,
    importers: [],
    unresolvedEdges: read.root ? { root: read.root } : {},
    ...(ctx.notes.length ? { notes: ctx.notes } : {}),
  };
}

interface Locations {
  top: KeyLines;
  packages?: KeyList;
  /** The tree's lines, or only its keys counted: after `packages` it is most likely a v2 file's legacy half. */
  tree?: TreeLocations | TreeKeyCount;
}

/** Lines of the top-level keys and of the entries of both package maps (a file has one of them, or a v2 file both). */
function locate(ctx: Context): Locations {
  const found: Locations = {
    top: new KeyLines(ctx.file, 'the top level', (key): KeyVisitor | undefined => {
      if (key === 'packages') return (found.packages = packagesLocations(ctx.file));
      if (key === 'dependencies')
        return (found.tree = found.packages ? new TreeKeyCount() : new TreeLocations(ctx.file));
      return undefined;
    }),
  };
  scanKeys(ctx.file, ctx.text, found.top);
  return found;
}

/** The tree's lines: those the scan recorded, or (when it only counted the keys) a second scan's. */
function treeLocations(ctx: Context, tree: TreeLocations | TreeKeyCount | undefined): TreeLocations | undefined {
  if (!(tree instanceof TreeKeyCount)) return tree;
  let found: TreeLocations | undefined;
  const top = new KeyLines(ctx.file, 'the top level', (key) =>
    key === 'dependencies' ? (found = new TreeLocations(ctx.file)) : undefined,
  );
  scanKeys(ctx.file, ctx.text, top);
  return found;
}

/**
 * The legacy half of a v2 file (see `legacyOnly`). When the scan only counted its keys, it is
 * read first without lines: a half that agrees with `packages` (what npm 7–8 write) needs none,
 * and recording and matching a line per entry of a tree as large as `packages` cost about 0.15×
 * JSON.parse on the otel-contrib pair.
 * Anything else (an entry that differs, a refusal, fewer entries than keys: a duplicate) is
 * read again, with the lines of a second scan, exactly as a file whose lines were recorded.
 */
function legacyHalf(
  ctx: Context,
  doc: JsonRecord,
  packages: readonly LockedPackage[],
  lineOf: (key: string) => number,
  tree: TreeLocations | TreeKeyCount | undefined,
): LockedPackage[] {
  if (tree instanceof TreeKeyCount) {
    try {
      const agrees = legacyOnly(ctx, doc, packages, lineOf, undefined, tree.count);
      if (agrees) return agrees;
    } catch (error) {
      if (!(error instanceof LockfileError)) throw error;
    }
  }
  return legacyOnly(ctx, doc, packages, lineOf, treeLocations(ctx, tree))!;
}

/** Notes said about legacy-only entries before the rest are counted in one more note. */
const MAX_LEGACY_NOTES = 20;

/**
 * npm 7–8 write the v1 tree beside `packages` so that npm 6 can install from the same file;
 * npm 6 reads only that half. Real tools leave the halves disagreeing (partial updates by other
 * tools), so the file is read, never refused: `packages` is what npm 7+ installs and what changes
 * follow; each entry whose legacy reading installs something else is returned too, marked
 * `legacy` (left out of changes, checked against advisories), with a note naming it.
 *
 * Without `locations`, `keys` is how many keys the scan counted in the tree: the result is
 * then undefined (nothing noted) unless the tree holds that many entries and all agree.
 */
function legacyOnly(
  ctx: Context,
  doc: JsonRecord,
  packages: readonly LockedPackage[],
  lineOf: (key: string) => number,
  locations: TreeLocations | undefined,
  keys?: number,
): LockedPackage[] | undefined {
  const legacy = doc['dependencies'];
  const written = doc['packages'];
  if (!isRecord(legacy) || !isRecord(written)) return [];
  // The `packages` entries as read, by install path (each id is the key JSON.parse made, so the
  // entry as written is a quick lookup by it). A Map: a property lookup by a key built at run
  // time costs the runtime a string-table search per entry.
  const byId = new Map<string, LockedPackage>();
  for (const p of packages) byId.set(p.id, p);
  // npm 6 nests a workspace's own dependencies under its link (`node_modules/a/node_modules/x`);
  // `packages` keeps them in the workspace folder (`packages/a/node_modules/x`). npm 7–8 write a
  // `"file:"` link to the root itself: its empty target is the root. Links come before what they hold.
  const links = new Map<string, string>();
  const inPackages = (id: string): string => {
    if (links.size === 0) return id;
    // The outermost link first, as the tree nests them.
    for (let cut = id.indexOf('/node_modules/'); cut !== -1; cut = id.indexOf('/node_modules/', cut + 1)) {
      const target = links.get(id.slice(0, cut));
      if (target === undefined) continue;
      const rest = id.slice(cut);
      return target === '' ? rest.slice(1) : `${target}${rest}`;
    }
    return id;
  };
  // An entry whose version and resolved are written as in `packages` at its install path reads
  // the same there: no package is made for it (most of a real file).
  const isProjectFolder = (at: string): boolean => byId.has(at) && !isInstallPath(at);
  const known = (id: string, key: string, entry: JsonRecord): boolean => {
    const version = entry['version'];
    // A folder `packages` keeps as the project's (npm 10/11's `node_modules/.pnpm/a@1.0.0`): nothing to install.
    if (version === undefined && entry['resolved'] === undefined && isProjectFolder(inPackages(id))) return true;
    if (typeof version !== 'string' || version === '') return false;
    if (version.startsWith('file:') && !isTarballPath(version)) {
      const resolved = typeof entry['resolved'] === 'string' ? entry['resolved'] : version;
      if (resolved.startsWith('file:'))
        links.set(id, resolved.slice('file:'.length).replace(/^\.\//, '').replace(/\/+$/, '').replace(/^\.$/, ''));
      return false;
    }
    const read = byId.get(inPackages(id));
    const now = read && written[read.id];
    if (!isRecord(now)) return false;
    if (now['link'] === true) return true;
    const name = now['name'];
    return (
      now['version'] === version &&
      (name === undefined || name === '' || name === key) &&
      (now['resolved'] === false ? undefined : now['resolved']) ===
        (entry['resolved'] === false ? undefined : entry['resolved'])
    );
  };
  // The legacy half's entries, with their lines; its notes (entries without a version) are its own.
  const quiet: Context = { ...ctx, notes: [] };
  let legacyPackages: LockedPackage[];
  try {
    const read = readTree(quiet, legacy, locations, lineOf('dependencies'), known);
    if (keys !== undefined && read.entries !== keys) return undefined;
    legacyPackages = read.packages;
  } catch (error) {
    if (!(error instanceof LockfileError)) throw error;
    throw new LockfileError(
      ctx.file,
      error.line ?? lineOf('dependencies'),
      `the legacy "dependencies" tree (read by npm 6): ${error.reason}`,
    );
  }
  const extra: LockedPackage[] = [];
  if (legacyPackages.length === 0) return extra;
  let noted = 0;
  for (const old of legacyPackages) {
    if (old.source === 'link') continue;
    const found = byId.get(inPackages(old.id));
    const now = found?.source === 'workspace' ? undefined : found;
    const differs = now === undefined ? 'is not in "packages"' : identityDiffers(old, now);
    if (!differs) continue;
    if (keys !== undefined) return undefined;
    extra.push({ ...old, id: `legacy:${old.id}`, legacy: true, wants: [] });
    // npm 7 mirrors the folders outside the project (`packages` keys `../a`, own code) as names
    // `../a` here; npm 6 cannot install such a name. Still checked, but not worth a note each.
    if (old.id.startsWith('node_modules/../')) continue;
    if (++noted <= MAX_LEGACY_NOTES) {
      ctx.notes.push({
        line: old.line,
        message: `the legacy "dependencies" tree, which npm 6 installs, locks ${quote(`${old.name}@${old.version}`, 100)} at ${quote(old.id, 100)}, which ${differs}; npm 7 and later install from "packages", and this version is checked too`,
      });
    }
  }
  if (noted > MAX_LEGACY_NOTES) {
    ctx.notes.push({
      line: lineOf('dependencies'),
      message: `${noted - MAX_LEGACY_NOTES} more versions only the legacy "dependencies" tree locks are checked too`,
    });
  }
  return extra;
}

/** How two readings of the same install path differ in what would be installed, or undefined. */
function identityDiffers(legacy: LockedPackage, current: LockedPackage): string | undefined {
  if (current.source === 'link') return undefined;
  // npm 7 writes some legacy versions as the registry tarball's URL: that URL names the version.
  const fromUrl = registryTarball(legacy.version);
  const version = fromUrl?.version ?? legacy.version;
  // A git or tarball entry's legacy "version" is its reference; only registry entries carry comparable versions.
  const comparable = legacy.source === 'registry' && current.source === 'registry';
  if (legacy.name !== current.name || (comparable && version !== current.version)) {
    const shown = (p: { name: string; version: string }) => quote(`${p.name}@${p.version}`, 100);
    return `is ${shown({ name: legacy.name, version })} there and ${shown(current)} in "packages"`;
  }
  if (comparable && legacy.resolved && current.resolved && legacy.resolved !== current.resolved) {
    return `resolves to ${quote(legacy.resolved, 100)} there and ${quote(current.resolved, 100)} in "packages"`;
  }
  return undefined;
}
