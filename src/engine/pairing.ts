import path from 'node:path';
import { LOCKFILE_NAMES, isBinaryLockfile } from '../lockfiles/formats.js';


/** A head lockfile and the base lockfile it is compared with (either may be missing). */
export interface LockfilePair {
  head?: string;
  base?: string;
}

export interface Pairing {
  pairs: LockfilePair[];
  /** Things the report must say (which of bun.lockb and its text twin was read, a package-manager switch). */
  notes: string[];
  /** Fatal problems (a --lockfile that does not exist). */
  errors: string[];
  /**
   * Lockfiles of Bun that sit together: `read` is the one Bun uses, `other` its twin that
   * was left out. A pull request that changes one without the other makes them disagree:
   * the engine then checks `other` too (see `twinPair`).
   */
  twins: BunTwins[];
}

/** bun.lockb and a text lockfile in one directory: which one was read, which was not. */
export interface BunTwins {
  read: string;
  other: string;
}

const rank = (file: string) => LOCKFILE_NAMES.indexOf(path.posix.basename(file));
const byRank = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
const isBinary = isBinaryLockfile;

/**
 * The twins of a tree: each bun.lockb with a text lockfile beside it. Bun 1.2+
 * installs from bun.lock when both exist; a yarn.lock that is Bun's yarn-format
 * print of bun.lockb (`[install.lockfile] print = "yarn"`) is a twin too, and
 * there Bun installs from bun.lockb. `isPrint` tells a print from a yarn.lock
 * Yarn wrote (which is a lockfile of its own, read as well); without it every
 * yarn.lock beside bun.lockb counts as a print.
 */
export function bunTwins(files: readonly string[], isPrint: (file: string) => boolean = () => true): BunTwins[] {
  const twins: BunTwins[] = [];
  for (const binary of files.filter(isBinary)) {
    const dir = path.posix.dirname(binary);
    const sibling = (name: string) => files.find((f) => f === (dir === '.' ? name : `${dir}/${name}`));
    const bunLock = sibling('bun.lock');
    const yarnLock = sibling('yarn.lock');
    if (bunLock) twins.push({ read: bunLock, other: binary });
    else if (yarnLock && isPrint(yarnLock)) twins.push({ read: binary, other: yarnLock });
  }
  return twins;
}

/** The note saying which of two Bun lockfiles was read. */
function twinNote(twin: BunTwins): string {
  return isBinary(twin.other)
    ? `${twin.read} was read and ${twin.other} (Bun's binary lockfile beside it) was not: Bun 1.2 and later install from bun.lock when both exist.`
    : `${twin.read} (Bun's binary lockfile) was read and ${twin.other} was not: it is Bun's yarn-format print of bun.lockb, and Bun installs from bun.lockb.`;
}

/** The note and the extra pair when a pull request changed one twin without the other. */
export function twinPair(twin: BunTwins, baseFiles: readonly string[]): { note: string; pair: LockfilePair } {
  return {
    note: `${twin.read} and ${twin.other} disagree: this change updates one without the other, so ${twin.other} was checked too. Regenerate both with \`bun install\`, or delete the one the project no longer uses.`,
    pair: { head: twin.other, ...(baseFiles.includes(twin.other) ? { base: twin.other } : {}) },
  };
}

/** The yarn.lock files that are Bun's prints of the bun.lockb beside them, per side. */
export interface BunPrints {
  head: ReadonlySet<string>;
  base: ReadonlySet<string>;
}

/** Does this yarn.lock text start like Bun's print of bun.lockb (`# bun ./bun.lockb --hash: …`)? */
export function isBunPrint(text: string): boolean {
  return /^# bun \.\/bun\.lockb --hash:/m.test(text.slice(0, 1024));
}

/**
 * Decide which lockfiles to compare. Every head lockfile is compared with the
 * same path in base; when its directory switched package manager, with the base
 * lockfile of that directory; else with an empty base. A base lockfile that no
 * head lockfile took is reported as deleted. `only` restricts the head side.
 * Of bun.lockb and a text lockfile beside it, the one Bun installs from is read.
 */
export function pairLockfiles(
  headFiles: readonly string[],
  baseFiles: readonly string[],
  only?: readonly string[],
  prints?: BunPrints,
): Pairing {
  const headTwins = bunTwins(headFiles, prints && ((f) => prints.head.has(f)));
  const baseTwins = bunTwins(baseFiles, prints && ((f) => prints.base.has(f)));
  const notes: string[] = [];
  const errors: string[] = [];
  const wanted = only?.length ? new Set(only.map(normalize)) : undefined;
  const inScope = (file: string) => !wanted || wanted.has(file);
  for (const file of wanted ?? []) {
    if (!headFiles.includes(file)) errors.push(`${file}: no such lockfile in the head tree.`);
  }

  const twins = headTwins.filter((t) => !wanted || inScope(t.read) || inScope(t.other));
  for (const twin of twins) notes.push(twinNote(twin));
  const headLeft = new Set(headTwins.map((t) => t.other));
  const baseLeft = new Set(baseTwins.map((t) => t.other));
  // A --lockfile naming the twin that is not read still checks the pair (the one Bun uses).
  const scoped = (file: string) => inScope(file) || twins.some((t) => t.read === file && inScope(t.other));
  const headText = headFiles.filter((f) => rank(f) >= 0 && !headLeft.has(f)).sort(byRank);
  const baseText = baseFiles.filter((f) => rank(f) >= 0 && !baseLeft.has(f)).sort(byRank);

  const taken = new Set<string>();
  const pairs: LockfilePair[] = [];
  for (const head of headText.filter(scoped)) {
    let base = baseText.includes(head) ? head : undefined;
    if (!base) {
      const dir = path.posix.dirname(head);
      base = baseText.find((f) => path.posix.dirname(f) === dir && !headText.includes(f) && !taken.has(f));
      if (base)
        notes.push(
          `${head} replaces ${base}; compared with it so a package-manager switch does not report every package as new.`,
        );
    }
    // A file left out on the base side (a twin Bun did not read there) still pairs with itself.
    base ??= baseFiles.includes(head) ? head : undefined;
    if (base) taken.add(base);
    pairs.push({ head, base });
  }
  for (const base of baseText) {
    if (!taken.has(base) && !headText.includes(base) && inScope(base)) pairs.push({ base });
  }
  return { pairs, notes, errors, twins };
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
