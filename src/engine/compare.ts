/**
 * Stage 1 of the engine: find the lockfiles of two trees, pair them, parse both
 * sides and diff them. Parse errors are collected per file as typed messages
 * (never a silent skip); a file that failed is left out of `lockfiles`.
 */
import { plain } from '../core/escape.js';
import { readLocalTarballs, type OpenedTarballs } from '../inputs/local-tarballs.js';
import { errorSentence } from '../core/errors.js';
import { diffLockfiles, type Change } from '../core/diff.js';
import type { LocalTarball, Lockfile } from '../core/model.js';
import { bunPairs, pairLockfiles } from './pairing.js';
import { message, type Message } from '../core/report.js';
import { completeFromManifests, readImporterManifests, readManifests } from '../inputs/manifests.js';
import { nameAskedTarballs, requestedSpecs } from '../match/source-policy.js';
import { listLockfiles, sameBytes, type Tree } from '../inputs/trees.js';
import { LockfileError } from '../core/errors.js';
import { caseVariantNote, isBinaryLockfile, loadLockfile, pluginOf } from '../lockfiles/index.js';
import { isOwnCode } from '../core/model.js';

/** One compared lockfile: its parsed head and base (either may be absent) and what changed. */
export interface ComparedLockfile {
  /** Path in head (or in base, for a lockfile deleted in head). */
  path: string;
  head?: Lockfile;
  base?: Lockfile;
  changes: Change[];
  /**
   * Name → the specs the head's package.json files ask for it with, read only
   * when the head has git, tarball or file entries (the source policy's "what
   * the manifests ask for").
   */
  requested?: Map<string, string[]>;
  /** Entry id → the `file:` tarball committed in the head tree that it installs (absent when there is none). */
  localTarballs?: Map<string, LocalTarball>;
}

export interface Comparison {
  lockfiles: ComparedLockfile[];
  /** Errors (any makes the run exit 2) and notes from pairing and parsing. */
  messages: Message[];
}

/**
 * Find, pair, parse and diff the lockfiles of `head` against `base`; `only` restricts the head side.
 * `all`: a full scan, which stops on every lockfile that does not read, whatever base it was given.
 */
export async function compareTrees(head: Tree, base: Tree, only?: readonly string[], all = false): Promise<Comparison> {
  const [headFiles, baseFiles] = await Promise.all([listLockfiles(head), listLockfiles(base)]);
  const pairing = pairLockfiles(headFiles, baseFiles, only);
  const messages: Message[] = [
    ...pairing.errors.map((text) => message('error', text)),
    ...pairing.notes.map((text) => message('note', text)),
  ];
  const pairs = [...pairing.pairs];
  for (const pair of pairs) {
    const note = pair.head === undefined ? undefined : caseVariantNote(pair.head);
    if (note) messages.push(message('note', plain(note, 600), { file: pair.head! }));
  }
  const lockfiles: ComparedLockfile[] = [];
  // A committed tarball several lockfiles install is read once for all of them.
  const tarballs: OpenedTarballs = new Map();
  let unreadable: string | undefined;
  for (const pair of pairs) {
    try {
      const [headLock, baseLock] = await Promise.all([
        readSide(head, pair.head, 'head'),
        readSide(base, pair.base, 'base'),
      ]);
      // The plug-in's step that completes the model from package.json files (only the head needs it).
      if (headLock) await completeFromManifests(head, pluginOf(headLock), headLock);
      // What the head's reader kept with less than usual (entries without a version) is said, never silent.
      for (const note of headLock?.notes ?? []) {
        const where = { file: pair.head!, line: note.line };
        messages.push(message('note', `${plain(where.file, 300)}:${where.line}: ${note.message}`, where));
      }
      const requested = headLock && (await requestedSources(head, headLock));
      // A registry tarball package.json asks for under another key is named as the URL names it, on both sides.
      if (headLock && requested) nameAskedTarballs(headLock.packages, requested);
      const baseRequested = baseLock && (await requestedSources(base, baseLock));
      if (baseLock && baseRequested) nameAskedTarballs(baseLock.packages, baseRequested);
      const localTarballs = headLock && (await readLocalTarballs(head, headLock, tarballs));
      lockfiles.push({
        path: (pair.head ?? pair.base)!,
        ...(headLock ? { head: headLock } : {}),
        ...(baseLock ? { base: baseLock } : {}),
        changes: diffLockfiles(baseLock, headLock),
        ...(requested ? { requested } : {}),
        ...(localTarballs?.size ? { localTarballs } : {}),
      });
    } catch (error) {
      // A lockfile the change leaves byte for byte as it was is one a pull request's file list would
      // not name, so the Action never reads it: a run without a file list says so instead of stopping.
      if (!all && pair.head !== undefined && pair.base === pair.head && (await sameBytes(head, base, pair.head))) {
        messages.push(untouched(error, pair.head));
        continue;
      }
      messages.push(errorMessage(error));
      if (error instanceof SideError && error.side === 'head') unreadable ??= error.file;
    }
  }
  // Every lockfile was read (no file list narrowed them): a broken one may be a test fixture no install uses.
  if (unreadable !== undefined && !only) {
    const glob = plain(
      `!${unreadable.includes('/') ? unreadable.slice(0, unreadable.lastIndexOf('/')) + '/**' : unreadable}`,
      300,
    );
    messages.push(
      message(
        'note',
        `A lockfile that no install uses (a test fixture, an example) can be left out with a negated lockfile glob: \`--lockfile '${glob}'\`, the \`lockfiles\` input, or \`lockfiles:\` in the config file.`,
      ),
    );
  }
  messages.push(...bunDisagreements(lockfiles, headFiles));
  return { lockfiles, messages };
}

/**
 * bun.lock and bun.lockb side by side in head: Bun before 1.2 installs from bun.lockb, Bun 1.2
 * and later from bun.lock, so both were read; when they lock different name@versions, what is
 * installed depends on the Bun version, and the run fails naming the first difference.
 */
function bunDisagreements(lockfiles: readonly ComparedLockfile[], headFiles: readonly string[]): Message[] {
  const errors: Message[] = [];
  for (const [text, binary] of bunPairs(headFiles)) {
    const a = lockfiles.find((l) => l.path === text)?.head;
    const b = lockfiles.find((l) => l.path === binary)?.head;
    if (!a || !b) continue;
    const versions = (lockfile: Lockfile) =>
      new Set(lockfile.packages.filter((p) => !isOwnCode(p)).map((p) => `${p.name}@${p.version}`));
    const [inText, inBinary] = [versions(a), versions(b)];
    const onlyText = [...inText].filter((v) => !inBinary.has(v)).sort();
    const onlyBinary = [...inBinary].filter((v) => !inText.has(v)).sort();
    if (onlyText.length === 0 && onlyBinary.length === 0) continue;
    const first = onlyBinary.length ? `${onlyBinary[0]} only in ${binary}` : `${onlyText[0]} only in ${text}`;
    const count = onlyText.length + onlyBinary.length;
    errors.push(
      message(
        'error',
        plain(
          `${text} and ${binary} disagree (${count} name@version${count === 1 ? '' : 's'} differ; ${first}): Bun before 1.2 installs from ${binary} and Bun 1.2 and later from ${text}, so what is installed depends on the Bun version. Regenerate both with \`bun install\`, or delete the one the project no longer uses.`,
          800,
        ),
        { file: binary },
      ),
    );
  }
  return errors;
}

/** The warning for a lockfile that does not read but that the change does not touch. */
function untouched(error: unknown, file: string): Message {
  const line = error instanceof SideError && error.original instanceof LockfileError ? error.original.line : undefined;
  const reason = errorSentence(error);
  return message(
    'warning',
    `${reason.replace(/\.?$/, '.')} The file is the same in the base, so this change does not touch it and it was not compared; a full scan (--all) stops on it.`,
    { file, ...(line ? { line } : {}) },
  );
}

/** A parse error of one side; placed on the file only on the head side (the one a pull request shows). */
class SideError extends Error {
  constructor(
    readonly original: unknown,
    readonly file: string,
    readonly side: 'head' | 'base',
  ) {
    super(errorSentence(original));
  }
}

/** Read and parse one side's lockfile (undefined when that side has none). */
async function readSide(tree: Tree, file: string | undefined, side: 'head' | 'base'): Promise<Lockfile | undefined> {
  if (!file) return undefined;
  try {
    const content = isBinaryLockfile(file) ? await tree.readBytes(file) : await tree.read(file);
    if (content === undefined)
      throw new LockfileError(tree.label(file), undefined, 'listed in the tree but could not be read');
    // Errors carry the label (`HEAD~1:pnpm-lock.yaml`); the format is told from the real name.
    const lockfile = await loadLockfile(tree.label(file), content, { name: file });
    lockfile.path = file;
    return lockfile;
  } catch (error) {
    throw new SideError(error, file, side);
  }
}

/** What the package.json files a lockfile serves ask for, when it has entries that are not from a registry. */
async function requestedSources(tree: Tree, lockfile: Lockfile): Promise<Map<string, string[]> | undefined> {
  if (!lockfile.packages.some((p) => p.source === 'git' || p.source === 'tarball' || p.source === 'file'))
    return undefined;
  // The workspaces package.json names, and the importers the lockfile records (pnpm's come from pnpm-workspace.yaml).
  const manifests = [...(await readManifests(tree, lockfile.path)), ...(await readImporterManifests(tree, lockfile))];
  return requestedSpecs([...new Map(manifests.map((m) => [m.path, m.text])).values()]);
}

/** A typed error message; a lockfile's own error keeps its line, and its file when it is the head side. */
export function errorMessage(error: unknown): Message {
  if (error instanceof SideError) {
    const line = error.original instanceof LockfileError ? error.original.line : undefined;
    return message('error', error.message, error.side === 'head' ? { file: error.file, line } : {});
  }
  return message('error', errorSentence(error));
}
