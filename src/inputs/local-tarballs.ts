/**
 * The `file:` tarballs a head lockfile installs from the repository: each is
 * opened from the head tree (never from disk outside it), unpacked in memory
 * within the content reader's caps, and its package.json's name and version
 * read. What the package manager installs for such an entry is those bytes,
 * whatever name@version the lockfile records for it; the rule that compares
 * the two is pure (match/origin-checks.ts).
 */
import type { LocalTarball, Lockfile } from '../core/model.js';
import { isRecord } from '../core/guards.js';
import { UnpackError, unpackTarball } from '../content/unpack.js';
import { localTarballPath } from '../lockfiles/local-tarball.js';
import type { Tree } from './trees.js';

/** Tarballs opened per lockfile at most; the rest are listed as not read. */
export const MAX_LOCAL_TARBALLS = 200;

/**
 * The tarballs a run has opened, by repository path: one tarball that several entries or
 * lockfiles reach, by whatever relative path each writes (`file:vendor/x.tgz` at the root,
 * `file:../vendor/x.tgz` from tools/), is read once and reported the same everywhere.
 */
export type OpenedTarballs = Map<string, Promise<LocalTarball>>;

/** Entry id → its committed tarball, for every `file:` tarball entry of `lockfile` (empty when it has none). */
export async function readLocalTarballs(
  tree: Tree,
  lockfile: Lockfile,
  opened: OpenedTarballs = new Map(),
): Promise<Map<string, LocalTarball>> {
  const out = new Map<string, LocalTarball>();
  const mine = new Set<string>();
  for (const pkg of lockfile.packages) {
    const where = localTarballPath(lockfile, pkg);
    if (!where) continue;
    if ('outside' in where) {
      out.set(pkg.id, { path: where.outside.slice(0, 300), notRead: 'its path leads outside the repository' });
      continue;
    }
    let pending = opened.get(where.path);
    if (!pending) {
      pending =
        mine.size < MAX_LOCAL_TARBALLS
          ? openTarball(tree, where.path)
          : Promise.resolve({ path: where.path, notRead: `more than ${MAX_LOCAL_TARBALLS} tarballs in one lockfile` });
      // The cap is kept out of the shared reads: another lockfile under it opens the tarball itself.
      if (mine.size < MAX_LOCAL_TARBALLS) opened.set(where.path, pending);
    }
    mine.add(where.path);
    out.set(pkg.id, await pending);
  }
  return out;
}

/** One tarball's package.json name and version, or why it was not read. */
async function openTarball(tree: Tree, file: string): Promise<LocalTarball> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await tree.readBytes(file);
  } catch (error) {
    return { path: file, notRead: `it could not be read from the tree (${firstLine(error)})` };
  }
  if (bytes === undefined) return { path: file, notRead: 'it is not in the tree' };
  try {
    const unpacked = await unpackTarball(bytes);
    const manifest = unpacked.files.get('package.json');
    if (!manifest) return { path: file, notRead: 'it holds no package.json' };
    const json: unknown = JSON.parse(new TextDecoder().decode(manifest));
    if (!isRecord(json) || typeof json.name !== 'string')
      return { path: file, notRead: 'its package.json names no package' };
    return {
      path: file,
      inside: {
        name: json.name.slice(0, 214),
        version: typeof json.version === 'string' ? json.version.slice(0, 256) : '',
      },
    };
  } catch (error) {
    if (error instanceof UnpackError) return { path: file, notRead: `it is not a readable package (${error.message})` };
    if (error instanceof SyntaxError) return { path: file, notRead: 'its package.json is not JSON' };
    throw error;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
