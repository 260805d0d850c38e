import path from 'node:path';
import { BUN_BINARY_LOCKFILE, LOCKFILE_NAMES } from '../lockfiles/detect.js';

/** A head lockfile and the base lockfile it is compared with (either may be missing). */
export interface LockfilePair {
  head?: string;
  base?: string;
}

export interface Pairing {
  pairs: LockfilePair[];
  /** Things the report must say (a bun.lockb that was not read, a package-manager switch). */
  notes: string[];
  /** Fatal problems (a bun.lockb with no text companion, a --lockfile that does not exist). */
  errors: string[];
}

const rank = (file: string) => (LOCKFILE_NAMES as readonly string[]).indexOf(path.posix.basename(file));
const byRank = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);

/**
 * Decide which lockfiles to compare. Every head lockfile is compared with the
 * same path in base; when its directory switched package manager, with the base
 * lockfile of that directory; else with an empty base. A base lockfile that no
 * head lockfile took is reported as deleted. `only` restricts the head side.
 * `bun.lockb` is never read: its text companion is, or it is an error.
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

  const headText = headFiles.filter((f) => rank(f) >= 0).sort(byRank);
  const baseText = baseFiles.filter((f) => rank(f) >= 0).sort(byRank);
  for (const file of wanted ?? []) {
    if (!headFiles.includes(file)) errors.push(`${file}: no such lockfile in the head tree.`);
  }

  for (const binary of headFiles.filter((f) => path.posix.basename(f) === BUN_BINARY_LOCKFILE)) {
    const dir = path.posix.dirname(binary);
    const companion = headText.find(
      (f) => path.posix.dirname(f) === dir && /^(bun|yarn)\.lock$/.test(path.posix.basename(f)),
    );
    if (wanted && !inScope(binary) && !(companion && inScope(companion))) continue;
    if (companion)
      notes.push(
        `${binary} (Bun's binary lockfile) was not read; its text companion ${companion} was checked instead.`,
      );
    else {
      errors.push(
        `${binary}: Bun's binary lockfile cannot be read; run \`bun install --save-text-lockfile\` to write bun.lock beside it, commit that, and lockgate will check it.`,
      );
    }
  }

  const taken = new Set<string>();
  const pairs: LockfilePair[] = [];
  for (const head of headText.filter(inScope)) {
    let base = baseText.includes(head) ? head : undefined;
    if (!base) {
      const dir = path.posix.dirname(head);
      base = baseText.find((f) => path.posix.dirname(f) === dir && !headText.includes(f) && !taken.has(f));
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
