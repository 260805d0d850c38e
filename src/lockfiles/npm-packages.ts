/**
 * npm lockfileVersion 2 and 3: the `packages` map, keyed by install path.
 * `""` is the root project, keys without a `node_modules/` segment are
 * workspace folders (the repository's own code), `link: true` entries point at
 * them, and everything else is an installed package.
 */
import type { Importer, LockedPackage } from '../core/model.js';
import { LockfileError, quote } from './errors.js';
import { KeyLines } from './json-locations.js';
import {
  Resolver,
  checkIdLength,
  describe,
  isInstallPath,
  lastSegment,
  linkDeps,
  nameFromInstallPath,
  optionalResolved,
  optionalString,
  parseAliasSpec,
  readInstallName,
  sourceOf,
  versionless,
  type Context,
  type Draft,
  type JsonRecord,
} from './npm-tree.js';
import { isRecord } from './text.js';

/** Dependency fields of a `packages` entry that name other packages. */
const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'] as const;

/** What a reader found: the packages, and how to resolve their dependency edges (fills `deps`, returns the importers). */
export interface Read {
  packages: LockedPackage[];
  linkGraph: () => Importer[];
}

/** The visitor that records the line of each `packages` key (and refuses a key written twice). */
export function packagesLocations(file: string): KeyLines {
  return new KeyLines(file, '"packages"');
}

/** Read the `packages` map; `lines` holds each key's line, `mapLine` the map's own. */
export function readPackages(ctx: Context, map: unknown, lines: KeyLines | undefined, mapLine: number): Read {
  if (!isRecord(map)) {
    throw new LockfileError(
      ctx.file,
      mapLine,
      `"packages" is ${describe(map)}, expected an object keyed by install path`,
    );
  }
  const keys = Object.keys(map);
  const linkNames = new Map<string, string>();
  const lineOf = (key: string): number => lines?.lines.get(key) ?? mapLine;
  for (const key of keys) {
    const entry = map[key];
    if (!isRecord(entry)) {
      throw new LockfileError(ctx.file, lineOf(key), `entry ${quote(key)} is ${describe(entry)}, expected an object`);
    }
    checkIdLength(ctx, key, lineOf(key));
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
  for (const key of keys) {
    const entry = map[key] as JsonRecord;
    const line = lineOf(key);
    const wants = dependencyNames(ctx, entry, key, line);
    if (key === '') {
      root = { pkg: { id: '', name: '', version: '', source: 'workspace', line: 1 }, base: '', wants };
    } else if (!isInstallPath(key)) {
      drafts.push({ pkg: workspacePackage(ctx, key, entry, line, linkNames), base: key, wants });
    } else if (entry['link'] === true) {
      drafts.push(linkDraft(ctx, key, entry, line, entryAt));
    } else {
      drafts.push({ pkg: installedPackage(ctx, key, entry, line), base: key, wants });
    }
  }

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
  const written = optionalString(ctx, entry, 'version', key, line) ?? '';
  const nameField = optionalString(ctx, entry, 'name', key, line);
  const resolved = optionalResolved(ctx, entry, key, line);
  const aliasSpec = written.startsWith('npm:') ? parseAliasSpec(ctx, written, key, line) : undefined;
  const name = aliasSpec?.name ?? (nameField || installedAs);
  const { version, source } =
    written === ''
      ? versionless(ctx, resolved, key, line)
      : { version: aliasSpec?.version ?? written, source: sourceOf(ctx, resolved, written, key, line) };
  return {
    id: key,
    name,
    version,
    source,
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
