import { LockfileError, quote } from '../core/errors.js';
import { lineAt } from '../core/lines.js';

/** Largest lockfile read, in bytes. The largest real lockfiles we know are ~10 MB. */
export const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;

/**
 * Longest entry id (pnpm dependency path, yarn.lock key, bun.lock install path) read from a text
 * lockfile. Real ones stay under a few hundred characters (a yarn key listing many ranges, a
 * pnpm path with many peers, which pnpm hashes past 1000); longer ones only make every later
 * step slow.
 */
export const MAX_ID_LENGTH = 16 * 1024;

/**
 * Longest npm install path (`node_modules/a/node_modules/b`): longer than any path a file system
 * installs to (Linux PATH_MAX is 4096).
 */
export const MAX_INSTALL_PATH_LENGTH = 4096;

/**
 * Refuse an entry id over its format's limit (MAX_ID_LENGTH, or MAX_INSTALL_PATH_LENGTH for npm's
 * install paths), naming its line: a file built to make every later step slow.
 */
export function checkIdLength(
  file: string,
  line: number | undefined,
  id: string,
  limit = MAX_ID_LENGTH,
  what = 'entry key',
): void {
  if (id.length > limit) {
    throw new LockfileError(
      file,
      line,
      `the ${what} ${quote(id, 60)} is ${id.length} characters long, over the ${limit}-character limit`,
    );
  }
}

/**
 * The check every format shares before any parser runs: size. Throws a LockfileError.
 */
export function precheck(file: string, text: string): void {
  if (text.length > MAX_LOCKFILE_BYTES) {
    throw new LockfileError(
      file,
      undefined,
      `file is ${text.length} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles`,
    );
  }
}

/**
 * An empty file (nothing but white space) of a format whose package manager refuses it: a
 * LockfileError naming who refuses, or undefined when the format reads it. Yarn 1.22 reads an
 * empty (or comment-only) yarn.lock as locking nothing: with no dependency in package.json its
 * frozen install passes; with one it refuses, and a plain install resolves afresh (the emptied
 * rule of match/manifest-ranges.ts; test/fixtures/manifests/yarn1/emptied*). Measured refusing
 * an empty file even beside a package.json without dependencies: npm 11 `npm ci` (EUSAGE),
 * pnpm 7, 9 and 10 with --frozen-lockfile (ERR_PNPM_BROKEN_LOCKFILE), Bun 1.2 with
 * --frozen-lockfile ("lockfile had changes") and Yarn 4 with --immutable (YN0028).
 */
export function emptyProblem(file: string, text: string, refusedBy: string | undefined): LockfileError | undefined {
  if (refusedBy === undefined || text.trimStart() !== '') return undefined;
  return new LockfileError(
    file,
    1,
    `file is empty, which ${refusedBy} refuses; regenerate it with the package manager`,
  );
}

/**
 * What makes a file no lockfile text at all, whatever its format: binary data,
 * bytes that are not UTF-8, or a merge-conflict marker. A LockfileError naming
 * the line, or undefined. Each check is a scan of the whole text, so JSON
 * formats (which cannot parse such text) run it only after a parse failure, to
 * name the cause; line-based formats run it first.
 */
export function contentProblem(file: string, text: string): LockfileError | undefined {
  const nul = text.indexOf('\u0000');
  if (nul !== -1)
    return new LockfileError(file, lineAt(text, nul), 'file holds binary data (a NUL byte), not lockfile text');
  const bad = text.indexOf('\ufffd');
  if (bad !== -1) return new LockfileError(file, lineAt(text, bad), 'file is not valid UTF-8 text');
  const conflict = conflictMarker(text);
  if (conflict !== undefined) {
    return new LockfileError(
      file,
      lineAt(text, conflict),
      'merge-conflict marker; resolve the conflict and regenerate the lockfile',
    );
  }
  return undefined;
}

/** Offset of the first git merge-conflict marker (`<<<<<<<`, `=======`, `>>>>>>>` at a line start), if any. */
function conflictMarker(text: string): number | undefined {
  let first: number | undefined;
  for (const marker of ['<<<<<<<', '=======', '>>>>>>>']) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
      const atLineStart = at === 0 || text[at - 1] === '\n';
      const after = text[at + 7];
      if (atLineStart && (after === undefined || after === ' ' || after === '\r' || after === '\n')) {
        if (first === undefined || at < first) first = at;
        break;
      }
    }
  }
  return first;
}

/**
 * The dependencies a YAML lockfile may list in all, from its size: each one written in the
 * file takes at least two characters (`a,` in a flow mapping), but a YAML alias (`*deps`,
 * which no package manager writes) repeats a whole map for free and would make the work
 * grow with the square of the file. Count every dependency map read with `spend`.
 */
export class DependencyBudget {
  private left: number;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.left = text.length;
  }

  /** Count `count` dependencies of the entry at `line`; throws a LockfileError past the budget. */
  spend(count: number, line: number | undefined): void {
    this.left -= count * 2;
    if (this.left < 0) {
      throw new LockfileError(
        this.file,
        line,
        'the dependency maps list more dependencies than the file has room for (YAML aliases repeat them; lockfiles use none)',
      );
    }
  }
}
