/**
 * npm lockfileVersion 2 and 3: the `packages` map, keyed by install path.
 * `""` is the root project, keys without a `node_modules/` segment are
 * workspace folders (the repository's own code), `link: true` entries point at
 * them, and everything else is an installed package.
 *
 * Keys outside the project (`../lib`, `../vendor/node_modules/group/tool`) are
 * folders a `file:` dependency links to: npm 10 and 11 write them for a link
 * target beside the project, also one inside another folder's node_modules,
 * and install nothing there, not even the target's own dependencies (measured:
 * test/fixtures/tools/npm11-external-link). They are own code, like workspaces.
 */
import type { LockedPackage } from '../core/model.js';
import { LockfileError, quote } from '../core/errors.js';
import { KeyList } from './json-locations.js';
import {
  checkInstallPath,
  describe,
  isPublicTarballOf,
  lastSegment,
  nameFromInstallPath,
  optionalResolved,
  optionalString,
  parseAliasSpec,
  sourceOf,
  versionless,
  type Context,
  type JsonRecord,
} from './npm-tree.js';
import { isRecord } from '../core/guards.js';

/** Dependency fields of a `packages` entry that name other packages. */
const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'] as const;

/**
 * What a reader found: the packages, each with its `wants` (or, for a link, its
 * `deps`), and the names the root package.json depends on when the file records them.
 */
export interface Read {
  packages: LockedPackage[];
  root?: string[];
}

/** The visitor that records the line of each `packages` key. */
export function packagesLocations(file: string): KeyList {
  return new KeyList(file, '"packages"');
}

/** Read the `packages` map; `lines` holds its keys' lines, `mapLine` the map's own. */
export function readPackages(ctx: Context, map: unknown, lines: KeyList | undefined, mapLine: number): Read {
  if (!isRecord(map)) {
    throw new LockfileError(
      ctx.file,
      mapLine,
      `"packages" is ${describe(map)}, expected an object keyed by install path`,
    );
  }
  const keys = Object.keys(map);
  lines?.refuseDuplicates(keys);
  const packages: LockedPackage[] = [];
  // Workspace folders are named by the links pointing at them, so they are read after the loop.
  const workspaces: { index: number; key: string; entry: JsonRecord; line: number; wants: string[] }[] = [];
  const linkNames = new Map<string, string>();
  let root: string[] = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const entry = map[key];
    const line = lines?.lineOf(key, index) ?? mapLine;
    if (!isRecord(entry)) {
      throw new LockfileError(ctx.file, line, `entry ${quote(key)} is ${describe(entry)}, expected an object`);
    }
    checkInstallPath(ctx, key, line);
    const wants = dependencyNames(ctx, entry, key, line);
    // Read once per key: a key without a package name is a project folder (isInstallPath), and
    // finding the name costs a runtime call (lastIndexOf) worth 0.03x JSON.parse per reading.
    const installedAs = nameFromInstallPath(key);
    if (key === '') {
      root = wants;
    } else if (installedAs === undefined || key.startsWith('../')) {
      workspaces.push({ index: packages.length, key, entry, line, wants });
      packages.push(undefined as unknown as LockedPackage);
    } else if (entry['link'] === true) {
      if (typeof entry['resolved'] === 'string') linkNames.set(entry['resolved'], installedAs);
      packages.push(linkPackage(ctx, key, installedAs, entry, line, map));
    } else {
      packages.push(installedPackage(ctx, key, installedAs, entry, line, wants));
    }
  }
  for (const { index, key, entry, line, wants } of workspaces) {
    packages[index] = workspacePackage(ctx, key, entry, line, linkNames, wants);
  }
  return { packages, root };
}

/** A folder of the repository listed in `packages` (a workspace): its own code. */
function workspacePackage(
  ctx: Context,
  key: string,
  entry: JsonRecord,
  line: number,
  linkNames: Map<string, string>,
  wants: string[],
): LockedPackage {
  const name =
    optionalString(ctx, entry, 'name', key, line) ?? linkNames.get(key) ?? nameFromInstallPath(key) ?? lastSegment(key);
  // A workspace's package.json may have no version; it is own code, never diffed.
  const version = optionalString(ctx, entry, 'version', key, line) ?? '';
  return { id: key, name, version, source: 'workspace', resolved: key, line, wants };
}

/**
 * A `link: true` entry: the installed name of a workspace (or local folder),
 * pointing at it. It depends on exactly what it points at (so "via" chains pass
 * through the workspace): its `deps` are known without resolving anything.
 */
function linkPackage(
  ctx: Context,
  key: string,
  installedAs: string,
  entry: JsonRecord,
  line: number,
  map: JsonRecord,
): LockedPackage {
  const resolved = optionalString(ctx, entry, 'resolved', key, line);
  const found = resolved !== undefined && Object.hasOwn(map, resolved) ? map[resolved] : undefined;
  const target = isRecord(found) ? found : undefined;
  const targetName = target && typeof target['name'] === 'string' && target['name'] !== '' ? target['name'] : undefined;
  const targetVersion = target && typeof target['version'] === 'string' ? target['version'] : '';
  return {
    id: key,
    name: targetName ?? installedAs,
    version: targetVersion,
    source: 'link',
    resolved,
    alias: targetName !== undefined && targetName !== installedAs ? installedAs : undefined,
    line,
    deps: target && resolved !== undefined ? [resolved] : [],
  };
}

/** An installed package under some `node_modules/`. */
function installedPackage(
  ctx: Context,
  key: string,
  installedAs: string,
  entry: JsonRecord,
  line: number,
  wants: string[],
): LockedPackage {
  const written = optionalString(ctx, entry, 'version', key, line) ?? '';
  const nameField = optionalString(ctx, entry, 'name', key, line);
  const resolved = optionalResolved(ctx, entry, key, line);
  const aliasSpec = written.startsWith('npm:') ? parseAliasSpec(ctx, written, key, line) : undefined;
  const name = aliasSpec?.name ?? (nameField || installedAs);
  const { version, source } =
    written === ''
      ? versionless(ctx, resolved, key, line)
      : {
          version: aliasSpec?.version ?? written,
          // Most entries: the public registry's tarball of exactly this name and version.
          source:
            aliasSpec === undefined && resolved !== undefined && isPublicTarballOf(resolved, name, written)
              ? 'registry'
              : sourceOf(ctx, resolved, written, key, line),
        };
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
    wants,
  };
}

/** Names listed in an entry's dependency fields (all kinds), in order (repeats are dropped when resolved). */
function dependencyNames(ctx: Context, entry: JsonRecord, key: string, line: number): string[] {
  let names: string[] | undefined;
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
    // Object.keys gives an array of the right size (most entries have one field); pushing
    // name by name grows one, which costs more to build and to collect.
    if (names === undefined) names = Object.keys(value);
    else for (const name of Object.keys(value)) names.push(name);
  }
  return names ?? [];
}
