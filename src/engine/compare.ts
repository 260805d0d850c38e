import { diffLockfiles, type Change } from '../core/diff.js';
import type { Lockfile } from '../core/model.js';
import { pairLockfiles } from '../core/pairing.js';
import { LockfileError } from '../lockfiles/errors.js';
import { loadLockfile } from '../lockfiles/load.js';
import { readManifests } from '../inputs/manifests.js';
import { listLockfiles, type Tree } from '../inputs/trees.js';

/** One compared lockfile: its parsed head and base (either may be absent) and what changed. */
export interface ComparedLockfile {
  /** Path in head (or in base, for a lockfile deleted in head). */
  path: string;
  head?: Lockfile;
  base?: Lockfile;
  changes: Change[];
}

export interface Comparison {
  lockfiles: ComparedLockfile[];
  notes: string[];
  /** One sentence each; any error makes the run exit 2. */
  errors: string[];
}

/**
 * Find the lockfiles of `head`, pair them with `base`, parse both sides and diff
 * them. Parse errors are collected per file (never a silent skip); a file that
 * failed is left out of `lockfiles`.
 */
export async function compareTrees(head: Tree, base: Tree, only?: readonly string[]): Promise<Comparison> {
  const [headFiles, baseFiles] = await Promise.all([listLockfiles(head), listLockfiles(base)]);
  const pairing = pairLockfiles(headFiles, baseFiles, only);
  const errors = [...pairing.errors];
  const lockfiles: ComparedLockfile[] = [];
  for (const pair of pairing.pairs) {
    try {
      const [headLock, baseLock] = await Promise.all([load(head, pair.head, true), load(base, pair.base)]);
      lockfiles.push({
        path: (pair.head ?? pair.base)!,
        ...(headLock ? { head: headLock } : {}),
        ...(baseLock ? { base: baseLock } : {}),
        changes: diffLockfiles(baseLock, headLock),
      });
    } catch (error) {
      errors.push(errorSentence(error));
    }
  }
  return { lockfiles, notes: pairing.notes, errors };
}

/**
 * Read and parse one lockfile of a tree. With `withManifests` (the head side,
 * whose findings need "how it entered"), a classic yarn.lock, which records no
 * importers, gets them from the package.json files it serves.
 */
async function load(tree: Tree, file: string | undefined, withManifests = false): Promise<Lockfile | undefined> {
  if (!file) return undefined;
  const text = await tree.read(file);
  if (text === undefined)
    throw new LockfileError(tree.label(file), undefined, 'listed in the tree but could not be read');
  // Edges are resolved only if a finding needs its chain (DependencyGraph calls resolveGraph).
  const lockfile = await loadLockfile(tree.label(file), text, { graph: 'lazy' });
  lockfile.path = file;
  if (lockfile.format === 'yarn-classic' && withManifests) {
    const { importersFromManifests } = await import('../lockfiles/yarn-classic.js');
    lockfile.importers = importersFromManifests(lockfile, await readManifests(tree, file));
  }
  return lockfile;
}

/** One sentence for the report and stderr: LockfileErrors as they are, anything else by message. */
export function errorSentence(error: unknown): string {
  if (error instanceof LockfileError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 500);
}
