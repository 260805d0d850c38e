/**
 * The domain model every lockfile parser produces and every later stage reads.
 * On-disk shapes stay inside src/lockfiles/; nothing past the parsers knows them.
 */

export type LockfileFormat = 'npm' | 'yarn-classic' | 'yarn-berry' | 'pnpm' | 'bun';

/**
 * Where a locked package comes from. `workspace`, `link` and `directory` (a local
 * folder installed by `file:`) are the repository's own code: kept in the model,
 * left out of `changes` and never looked up. `file` is a local tarball.
 */
export type PackageSource = 'registry' | 'git' | 'tarball' | 'file' | 'directory' | 'link' | 'workspace' | 'patch';

export interface LockedPackage {
  /** Key of the entry, unique within its lockfile (npm path, yarn descriptor, pnpm key, bun key). */
  id: string;
  /** Real registry name (for `x@npm:real@1.2.3` this is `real`). */
  name: string;
  /**
   * Exact resolved version; `''` when the lockfile records none (a local directory
   * whose package.json has no version: pnpm leaves it out).
   */
  version: string;
  source: PackageSource;
  /**
   * URL or reference as written in the lockfile; a URL the package manager makes absolute
   * before fetching (pnpm's relative and protocol-relative tarballs, resolved against the
   * registry) is kept in that absolute form, and for Yarn Berry it is the locator's reference
   * (`https://host/x.tgz`, `npm:1.2.3`), not the whole locator.
   */
  resolved?: string;
  /**
   * The install plan: the absolute http(s) URL the package manager downloads for this entry,
   * resolved the way it resolves it (a registry entry that records no URL: its tarball on the
   * registry the lockfile was read with). Absent for the repository's own code, local files and
   * sources fetched by git.
   */
  url?: string;
  /**
   * Lower-case host (with port) the entry is fetched from: `url`'s, or a git source's git host.
   * The public registry's hosts are folded into `registry.npmjs.org`. Absent for local sources.
   */
  host?: string;
  /** For a git source (pnpm `type: git`, a git URL, a git host's tarball): repository and commit. */
  git?: GitSource;
  /**
   * pnpm 10 `variations` (one download per platform, e.g. `node@runtime:`): every URL and host,
   * for rules that must see them all; `url` and `host` are the first.
   */
  variants?: { url: string; host: string }[];
  integrity?: string;
  /**
   * npm v2: an entry only the legacy `dependencies` half locks (what npm 6 installs, where it
   * disagrees with `packages`). Checked against advisories, left out of changes.
   */
  legacy?: boolean;
  /** The name it is installed under, when different from `name`. */
  alias?: string;
  dev?: boolean;
  optional?: boolean;
  /** npm `hasInstallScript`, pnpm `requiresBuild`; undefined when the format does not say. */
  hasInstallScript?: boolean;
  /** 1-based line of the entry in the file; 0 in a binary lockfile (bun.lockb), which has no lines. */
  line: number;
  /** Ids of the packages this one depends on, as the lockfile resolves them. */
  deps?: string[];
  /**
   * Names of the packages this one depends on, not yet resolved to ids: set instead
   * of `deps` in a lockfile with `unresolvedEdges` (see there).
   */
  wants?: string[];
}

/** A git source reduced to what identifies it. */
export interface GitSource {
  /** `host/path` of the repository: lower-case host, no scheme, user, port, `.git` or trailing slash (`github.com/acme/lib`). */
  repository: string;
  /** The commit it installs, when the reference pins one (40 hex digits, lower-case). */
  commit?: string;
}

/** A package.json of the repository (root or workspace) and the ids of its direct dependencies. */
export interface Importer {
  /** Path of the package.json relative to the lockfile's directory, e.g. `package.json`, `packages/a/package.json`. */
  path: string;
  deps: string[];
  /**
   * 1-based line of each dependency name in that package.json, when it was read (for
   * binary lockfiles, whose findings point there instead of at a lockfile line).
   */
  lines?: Record<string, number>;
}

export interface Lockfile {
  /** Path as given to the parser (relative to the scanned tree). */
  path: string;
  format: LockfileFormat;
  formatVersion: string;
  packages: LockedPackage[];
  /** The repository's own package.json files and what each depends on directly. */
  importers: Importer[];
  /**
   * Set when the parser left dependency edges as names (npm: resolving them by
   * node's module resolution costs more than parsing, and only "why is it here"
   * needs them). Then packages carry `wants` (a link to a workspace carries its
   * `deps`), `importers` is empty, and edges are built from this data where they
   * are needed (src/lockfiles/npm-edges.ts). `root`: the names the root
   * package.json depends on; absent when the lockfile does not record them (npm v1).
   */
  unresolvedEdges?: { root?: string[] };
  /** What a reader must know about entries kept with less than usual (an npm entry without a version). */
  notes?: LockfileNote[];
}

/** A note about one entry: its line and one sentence (without the file, which the report adds). */
export interface LockfileNote {
  line: number;
  message: string;
}

/** What every package depends on (id → ids) and what every package.json of the repository depends on. */
export interface Edges {
  deps: Map<string, string[]>;
  importers: Importer[];
}

/** The dependency fields of a package.json that name what a package depends on. */
export const DEPENDENCY_FIELDS: readonly string[] = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
];

/** A package.json of the repository: where it is and what it depends on (every dependency field). */
export interface Manifest {
  /** Path relative to the lockfile's directory, e.g. `package.json`, `packages/a/package.json`. */
  path: string;
  /** Name → range, from dependencies, devDependencies, optionalDependencies and peerDependencies. */
  dependencies: Record<string, string>;
}

/** Sources that are the repository's own code and never part of `changes`. */
export function isOwnCode(pkg: Pick<LockedPackage, 'source'>): boolean {
  return pkg.source === 'workspace' || pkg.source === 'link' || pkg.source === 'directory';
}

/**
 * `name@version` as a reader sees it; an entry recorded without a version
 * (npm leaves it out for some git and tarball dependencies) is named by where
 * it comes from instead of as a dangling `name@`.
 */
export function entryLabel(pkg: Pick<LockedPackage, 'name' | 'version' | 'resolved' | 'git' | 'host'>): string {
  if (pkg.version) return `${pkg.name}@${pkg.version}`;
  const from = pkg.git
    ? `${pkg.git.repository}${pkg.git.commit ? `#${pkg.git.commit.slice(0, 12)}` : ''}`
    : (pkg.host ?? pkg.resolved);
  return from ? `${pkg.name} from ${from}` : `${pkg.name} (no version recorded)`;
}

/**
 * A `file:` tarball committed in the repository, as the head tree holds it: the
 * package.json inside names what the package manager installs for the entry.
 */
export type LocalTarball =
  /** Repository-relative path, and the name and version its package/package.json names ('' when it names none). */
  | { path: string; inside: { name: string; version: string } }
  /** Not read: not in the tree, outside the repository, or not a package within the unpack caps (one clause). */
  | { path: string; notRead: string };
