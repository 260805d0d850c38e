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
import { equalBytes, type Tree } from './trees.js';

/** One file the change touches, in the shape of a pull request's file list (engine/pairing.ts ChangedFile). */
export interface TreeChange {
  filename: string;
  status: 'added' | 'modified' | 'removed';
}

/** Files compared per round: a git tree reads a round's blobs in one `git cat-file --batch`. */
const ROUND = 256;

/**
 * Bytes of the head side a round holds before it is compared (and let go). The head is what the
 * change's author wrote: a tree of large committed tarballs must not be held all at once.
 */
const ROUND_BYTES = 32 * 1024 * 1024;

/**
 * Every install-plan file that is only in head (added), only in base
 * (removed), or in both with other bytes (modified), sorted by path. A file
 * that cannot be read on either side (a link leaving the tree, over the size
 * limit) counts as modified: the step that reads it then says why.
 *
 * The head is read file by file (in the CLI a directory, read synchronously),
 * until a round holds `roundBytes` or ROUND files; then the round's base side is
 * read in one turn of the event loop, so that a git tree batches it.
 */
export async function changedInstallFiles(
  head: Tree,
  base: Tree,
  roundBytes: number = ROUND_BYTES,
): Promise<TreeChange[]> {
  const [headFiles, baseFiles] = await Promise.all([
    head.listFiles(isInstallPlanPath),
    base.listFiles(isInstallPlanPath),
  ]);
  const inHead = new Set(headFiles);
  const inBase = new Set(baseFiles);
  const changes: TreeChange[] = [];
  for (const file of headFiles) if (!inBase.has(file)) changes.push({ filename: file, status: 'added' });
  for (const file of baseFiles) if (!inHead.has(file)) changes.push({ filename: file, status: 'removed' });
  let round: { file: string; bytes: Uint8Array | undefined }[] = [];
  let held = 0;
  const compare = async (): Promise<void> => {
    const based = await Promise.all(
      round.map(({ file, bytes }) => (bytes === undefined ? undefined : base.readBytes(file).catch(() => undefined))),
    );
    round.forEach(({ file, bytes }, i) => {
      if (!equalBytes(bytes, based[i])) changes.push({ filename: file, status: 'modified' });
    });
    round = [];
    held = 0;
  };
  for (const file of headFiles) {
    if (!inBase.has(file)) continue;
    const bytes = await head.readBytes(file).catch(() => undefined);
    round.push({ file, bytes });
    held += bytes?.length ?? 0;
    if (round.length >= ROUND || held >= roundBytes) await compare();
  }
  if (round.length > 0) await compare();
  return changes.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}
