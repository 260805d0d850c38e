/**
 * What a change touches among the files that decide an install (lockfiles, the
 * package managers' config, package.json files, committed tarballs), found by
 * comparing two trees byte for byte. It is the CLI's stand-in for a pull
 * request's file list: given the same list, the engine reads the same
 * lockfiles for the CLI as for the Action, and a lockfile the change leaves as
 * it was is not parsed (unless a committed tarball changed, when every
 * lockfile is read, as in the Action).
 */
import { isInstallPlanPath } from './pm-config.js';
import { sameBytes, type Tree } from './trees.js';

/** One file the change touches, in the shape of a pull request's file list (engine/pairing.ts ChangedFile). */
export interface TreeChange {
  filename: string;
  status: 'added' | 'modified' | 'removed';
}

/** Files compared per round: a git tree reads a round's blobs in one `git cat-file --batch`. */
const ROUND = 256;

/**
 * Every install-plan file that is only in head (added), only in base
 * (removed), or in both with other bytes (modified), sorted by path. A file
 * that cannot be read on either side (a link leaving the tree, over the size
 * limit) counts as modified: the step that reads it then says why.
 */
export async function changedInstallFiles(head: Tree, base: Tree): Promise<TreeChange[]> {
  const [headFiles, baseFiles] = await Promise.all([
    head.listFiles(isInstallPlanPath),
    base.listFiles(isInstallPlanPath),
  ]);
  const inHead = new Set(headFiles);
  const inBase = new Set(baseFiles);
  const changes: TreeChange[] = [];
  for (const file of headFiles) if (!inBase.has(file)) changes.push({ filename: file, status: 'added' });
  for (const file of baseFiles) if (!inHead.has(file)) changes.push({ filename: file, status: 'removed' });
  const both = headFiles.filter((f) => inBase.has(f));
  for (let at = 0; at < both.length; at += ROUND) {
    const round = both.slice(at, at + ROUND);
    // Asked in one turn of the event loop, so a git tree batches the round's reads.
    const same = await Promise.all(round.map((f) => sameBytes(head, base, f).catch(() => false)));
    round.forEach((file, i) => {
      if (!same[i]) changes.push({ filename: file, status: 'modified' });
    });
  }
  return changes.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}
