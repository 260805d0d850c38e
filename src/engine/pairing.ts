import path from 'node:path';
import { LOCKFILE_NAMES, isBinaryLockfile, lockfileName } from '../lockfiles/formats.js';

/** A head lockfile and the base lockfile it is compared with (either may be missing). */
export interface LockfilePair {
  head?: string;
  base?: string;
}

export interface Pairing {
  pairs: LockfilePair[];
  /** Things the report must say (a package-manager switch). */
  notes: string[];
  /** Fatal problems (a --lockfile that does not exist). */
  errors: string[];
}

/** The lockfile name of a path (case-insensitive), or undefined. */
const nameOf = (file: string) => lockfileName(file);
const rank = (file: string) => {
  const name = nameOf(file);
  return name === undefined ? -1 : LOCKFILE_NAMES.indexOf(name);
};
const byRank = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
const dirOf = (file: string) => path.posix.dirname(file);

/**
 * bun.lock and bun.lockb in one directory: Bun before 1.2 installs from bun.lockb, Bun 1.2 and
 * later from bun.lock, so both are read on every run (the engine fails the run when they
 * disagree). Each pair is [bun.lock, bun.lockb].
 */
export function bunPairs(files: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const binary of files.filter(isBinaryLockfile)) {
    const text = files.find((f) => f !== binary && dirOf(f) === dirOf(binary) && nameOf(f) === 'bun.lock');
    if (text) pairs.push([text, binary]);
  }
  return pairs;
}

/**
 * Decide which lockfiles to compare. Every lockfile is read, whatever its content or comments
 * say (a yarn.lock beside bun.lockb is Yarn's lockfile even when Bun printed it, and both of
 * bun.lock and bun.lockb are read). Every head lockfile is compared with the same path in base
 * (the same name in another case counts as the same file); when its directory switched
 * package manager, with the base lockfile of that directory; else with an empty base. A base
 * lockfile that no head lockfile took is reported as deleted. `only` restricts the head side
 * (naming one of bun.lock and bun.lockb selects both).
 */
export function pairLockfiles(
  headFiles: readonly string[],
  baseFiles: readonly string[],
  only?: readonly string[],
): Pairing {
  const notes: string[] = [];
  const errors: string[] = [];
  const wanted = only?.length ? new Set(only.map(normalize)) : undefined;
  const inScope = (file: string) => !wanted || wanted.has(file);
  for (const file of wanted ?? []) {
    if (!headFiles.includes(file)) errors.push(`${file}: no such lockfile in the head tree.`);
  }
  const twins = bunPairs(headFiles);
  const scoped = (file: string) =>
    inScope(file) || twins.some((pair) => pair.includes(file) && pair.some((twin) => inScope(twin)));
  const headText = headFiles.filter((f) => rank(f) >= 0).sort(byRank);
  const baseText = baseFiles.filter((f) => rank(f) >= 0).sort(byRank);
  const sameFile = (a: string, b: string) => dirOf(a) === dirOf(b) && nameOf(a) === nameOf(b);

  const taken = new Set<string>();
  const pairs: LockfilePair[] = [];
  for (const head of headText.filter(scoped)) {
    let base = baseText.includes(head) ? head : undefined;
    // A lockfile renamed to another case of its name is the same lockfile, not a removal.
    base ??= baseText.find((f) => sameFile(f, head) && !headText.includes(f) && !taken.has(f));
    if (!base) {
      base = baseText.find((f) => dirOf(f) === dirOf(head) && !headText.some((h) => sameFile(h, f)) && !taken.has(f));
      if (base)
        notes.push(
          `${head} replaces ${base}; compared with it so a package-manager switch does not report every package as new.`,
        );
    }
    if (base) taken.add(base);
    pairs.push({ head, base });
  }
  for (const base of baseText) {
    if (!taken.has(base) && !headText.includes(base) && inScope(base)) pairs.push({ base });
  }
  return { pairs, notes, errors };
}

function normalize(file: string): string {
  return path.posix.normalize(file.replaceAll('\\', '/')).replace(/^\.\//, '');
}

/** One changed file: its path and, for a rename, the path it had. */
export interface ChangedFile {
  filename: string;
  status: string;
  previousFilename?: string;
}

/** Paths of the changed files that are lockfiles in head (not removed), and whether any lockfile changed at all. */
export function changedLockfiles(
  files: readonly ChangedFile[],
  isLockfile: (file: string) => boolean,
): { inHead: string[]; any: boolean } {
  const inHead = files.filter((f) => f.status !== 'removed' && isLockfile(f.filename)).map((f) => f.filename);
  const any = files.some(
    (f) => isLockfile(f.filename) || (f.previousFilename !== undefined && isLockfile(f.previousFilename)),
  );
  return { inHead: [...new Set(inHead)].sort(), any };
}
