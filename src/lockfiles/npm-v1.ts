/**
 * npm lockfileVersion 1 (npm 5–6), and v2 files without `packages`: a nested
 * `dependencies` tree. Each entry is keyed by the name it is installed under;
 * its own nested `dependencies` sit in its `node_modules` folder. `requires`
 * lists what it depends on, resolved by node's walk-up. The tree is flattened
 * to install paths (`node_modules/a/node_modules/b`), the ids v2/v3 use.
 *
 * Ids grow with depth, so a small hostile file could expand into gigabytes of
 * paths: nesting is capped, and so is the total length of the ids against the
 * file's size.
 */
import type { LockedPackage, PackageSource } from '../core/model.js';
import { LockfileError, quote } from '../core/errors.js';
import { KeyList, keyIs, type KeyVisitor } from './json-locations.js';
import type { Read } from './npm-packages.js';
import {
  checkInstallPath,
  describe,
  optionalResolved,
  optionalString,
  parseAliasSpec,
  sourceOf,
  versionless,
  type Context,
  type JsonRecord,
} from './npm-tree.js';
import { isTarballPath } from '../core/source.js';
import { isRecord } from '../core/guards.js';

/** Deepest `node_modules` nesting read from a v1 tree (npm 5–6 dedupe; real trees nest a handful of levels). */
export const MAX_TREE_DEPTH = 100;

/** The ids a tree expands to may total at most this many times the file's length (plus a constant). */
const ID_EXPANSION = 8;

/**
 * The keys of one `dependencies` object with their lines, and the locations of the
 * nested `dependencies` of its entries (`nested[i]` for the i-th key; most have none).
 */
export class TreeLocations extends KeyList {
  readonly nested: (TreeLocations | undefined)[] = [];
  /** One visitor for every entry of this level: the scan finishes an entry's keys before the next key. */
  private readonly entry: KeyVisitor = {
    key: (text: string, open: number, close: number): KeyVisitor | undefined => {
      if (!keyIs(text, open, close, 'dependencies')) return undefined;
      const child = new TreeLocations(this.file);
      this.nested[this.count - 1] = child;
      return child;
    },
  };

  constructor(file: string) {
    super(file, 'a "dependencies" map');
  }

  override key(text: string, open: number, close: number, line: number): KeyVisitor {
    super.key(text, open, close, line);
    return this.entry;
  }
}

/**
 * Counts the keys of every level of a tree (what `TreeLocations` records, without recording
 * it): the reader of a v2 file's legacy half needs the lines of its entries only when the
 * half disagrees with `packages`, which most files' never do. JSON.parse keeps one key of
 * a duplicate pair, so a tree that holds as many entries as counted here (`readTree`'s
 * `entries`) has no duplicate key; one that holds fewer is read again with its locations,
 * which name the duplicate.
 */
export class TreeKeyCount implements KeyVisitor {
  count = 0;
  /** One visitor for every entry: it follows only the entry's nested `dependencies`, counted here too. */
  private readonly entry: KeyVisitor = {
    key: (text: string, open: number, close: number): KeyVisitor | undefined =>
      keyIs(text, open, close, 'dependencies') ? this : undefined,
  };

  key(): KeyVisitor {
    this.count++;
    return this.entry;
  }
}

/**
 * Read the tree `tree` (the document's `dependencies`); `locations` holds its
 * keys' lines, `treeLine` its own. The file does not record the root's own
 * dependencies, so the result has no `root`.
 */
export function readTree(
  ctx: Context,
  tree: unknown,
  locations: TreeLocations | undefined,
  treeLine: number,
  known?: KnownEntry,
): Read & { entries: number } {
  if (tree === undefined) return { packages: [], entries: 0 };
  if (!isRecord(tree)) {
    throw new LockfileError(
      ctx.file,
      treeLine,
      `"dependencies" is ${describe(tree)}, expected an object keyed by package name`,
    );
  }
  const packages: LockedPackage[] = [];
  const budget = ID_EXPANSION * ctx.text.length + 1_000_000;
  let idChars = 0;
  let entries = 0;
  // Pre-order walk in document order (an explicit stack of levels: no recursion limit on deep trees).
  const levels: Level[] = [];
  enterLevel(levels, '', tree, locations, 1);
  while (levels.length > 0) {
    const level = levels[levels.length - 1]!;
    if (level.next === level.names.length) {
      levels.pop();
      continue;
    }
    const index = level.next++;
    const name = level.names[index]!;
    const value = level.children[name];
    const { parent, where, depth } = level;
    entries++;
    const id = parent === '' ? `node_modules/${name}` : `${parent}/node_modules/${name}`;
    const at = where?.indexOf(name, index);
    const line = (at !== undefined ? where?.lines[at] : undefined) ?? treeLine;
    if (!isRecord(value)) {
      throw new LockfileError(ctx.file, line, `entry ${quote(id, 60)} is ${describe(value)}, expected an object`);
    }
    if (name === '') throw new LockfileError(ctx.file, line, 'a dependency has an empty name');
    if (depth > MAX_TREE_DEPTH) {
      throw new LockfileError(
        ctx.file,
        line,
        `the dependencies tree nests deeper than ${MAX_TREE_DEPTH} levels; no package manager writes this`,
      );
    }
    checkInstallPath(ctx, id, line);
    idChars += id.length;
    if (idChars > budget) {
      throw new LockfileError(
        ctx.file,
        line,
        `the dependencies tree expands to install paths over ${ID_EXPANSION} times the file's size; no package manager writes this`,
      );
    }
    if (known?.(id, name, value)) checkKnown(ctx, id, value, line);
    else packages.push(treePackage(ctx, id, name, value, line));
    const nested = value['dependencies'];
    if (nested !== undefined) {
      if (!isRecord(nested)) throw notAnObject(ctx, id, 'dependencies', nested, line);
      enterLevel(levels, id, nested, at !== undefined ? where?.nested[at] : undefined, depth + 1);
    }
  }
  return { packages, entries };
}

/**
 * Tells an entry the caller already has as read elsewhere (the legacy half of a v2 file
 * that agrees with `packages`): it is walked and its fields' types checked, but no
 * package is made for it. Called in document order, so a parent comes before its children.
 */
export type KnownEntry = (id: string, key: string, entry: JsonRecord) => boolean;

/** The checks of a known entry's fields that its reading would make (its version and resolved are the caller's). */
function checkKnown(ctx: Context, id: string, entry: JsonRecord, line: number): void {
  const requires = entry['requires'];
  if (requires !== undefined && !isRecord(requires)) throw notAnObject(ctx, id, 'requires', requires, line);
  optionalString(ctx, entry, 'integrity', id, line);
}

function notAnObject(ctx: Context, id: string, field: string, value: unknown, line: number): LockfileError {
  return new LockfileError(
    ctx.file,
    line,
    `"${field}" of entry ${quote(id, 60)} is ${describe(value)}, expected an object`,
  );
}

/**
 * One level of the tree being walked: its parent's id, its entries and their keys, the index
 * of the next one to read, the level's locations and its depth. (One object per level rather
 * than per entry: the walk allocates less, which the garbage collector pays for while the
 * parsed document is alive.)
 */
interface Level {
  parent: string;
  children: JsonRecord;
  names: string[];
  next: number;
  where: TreeLocations | undefined;
  depth: number;
}

/** Start reading a level's entries, after refusing a key it has twice. */
function enterLevel(
  levels: Level[],
  parent: string,
  children: JsonRecord,
  where: TreeLocations | undefined,
  depth: number,
): void {
  const names = Object.keys(children);
  where?.refuseDuplicates(names);
  levels.push({ parent, children, names, next: 0, where, depth });
}

/** One v1 tree entry: name from the key, version (alias, git, file: or semver) from `version`, wants from `requires`. */
function treePackage(ctx: Context, id: string, key: string, entry: JsonRecord, line: number): LockedPackage {
  const written = optionalString(ctx, entry, 'version', id, line);
  const requires = entry['requires'];
  if (requires !== undefined && !isRecord(requires)) throw notAnObject(ctx, id, 'requires', requires, line);
  const resolved = optionalResolved(ctx, entry, id, line);
  const missing = written === undefined || written === '' ? versionless(ctx, resolved, id, line) : undefined;
  const version = missing?.version ?? written!;
  const alias =
    missing === undefined && version.startsWith('npm:') ? parseAliasSpec(ctx, version, id, line) : undefined;
  // npm 6 symlinks a `file:` directory (the repository's own code); a `file:` tarball is installed.
  const source: PackageSource =
    missing !== undefined
      ? missing.source
      : version.startsWith('file:')
        ? isTarballPath(version)
          ? 'tarball'
          : 'link'
        : sourceOf(ctx, resolved, version, id, line);
  return {
    id,
    name: alias?.name ?? key,
    version: alias?.version ?? version,
    source,
    // npm 6 writes a git dependency's source in `version` alone (`github:owner/repo#<sha>`,
    // synp's integrity-is-absent fixture): that is what it fetches.
    resolved: resolved ?? (source === 'link' || source === 'tarball' || source === 'git' ? version : undefined),
    integrity: optionalString(ctx, entry, 'integrity', id, line),
    alias: alias && alias.name !== key ? key : undefined,
    dev: entry['dev'] === true ? true : undefined,
    optional: entry['optional'] === true ? true : undefined,
    line,
    wants: requires ? Object.keys(requires) : [],
  };
}
