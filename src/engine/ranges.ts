/**
 * The engine's step for match/manifest-ranges.ts: for every compared lockfile
 * with a head, its importers (as the plug-in builds its edges) and their
 * package.json files on both sides, then the pure judgement.
 */
import path from 'node:path';
import type { Lockfile } from '../core/model.js';
import { plain } from '../core/escape.js';
import { message, type FileFinding, type Message } from '../core/report.js';
import { completeFromManifests, parseManifest } from '../inputs/manifests.js';
import { adoptedByLockfileAbove } from '../inputs/manifest-check.js';
import { listLockfiles, type Tree } from '../inputs/trees.js';
import { edgesOf, pluginOf } from '../lockfiles/formats.js';
import { judgeEmptied, judgeRanges, judgeUnlocked, type RangeSide } from '../match/manifest-ranges.js';
import type { ComparedLockfile } from './compare.js';

/** Most importers whose package.json is read per lockfile side (a hostile tree can declare any number). */
const MAX_IMPORTERS = 2000;

/** What the range step reports: findings, messages, and each lockfile's "locks no package" warning by path. */
export interface RangeReport {
  findings: FileFinding[];
  messages: Message[];
  /**
   * Lockfile path → the warning that it locks no package while a package.json it serves declares
   * dependencies (no base: a new lockfile, or a full scan). In `messages` one by one when few; as
   * one warning when many (a fixture tree holds hundreds): see `locksNothingMessages`.
   */
  locksNothing: Map<string, Message>;
}

/**
 * Range findings (with a base lockfile) and warnings (without) for every compared lockfile. A
 * full scan (`all`) judges every lockfile as one without a base, whatever base the CLI found:
 * it fails only on advisories and the configured policy.
 */
export async function checkRanges(
  lockfiles: readonly ComparedLockfile[],
  head: Tree,
  base: Tree,
  all = false,
): Promise<RangeReport> {
  const findings: FileFinding[] = [];
  const messages: Message[] = [];
  const locksNothing = new Map<string, Message>();
  // Asked only of a nested lockfile with something to report: it lists the tree and parses the lockfiles above.
  let adopted: ((dir: string) => Promise<boolean>) | undefined;
  for (const compared of lockfiles) {
    if (!compared.head) continue;
    const own = await judgeLockfile(compared, compared.head, head, base, all);
    if (!own.findings.length && !own.messages.length && !own.locksNothing) continue;
    const dir = path.posix.dirname(compared.path);
    // A lockfile under a workspace root whose lockfile locks its package.json is one the package
    // managers leave unread (sst's stale platform/bun.lockb): its ranges say nothing of an install.
    if (dir !== '.') {
      adopted ??= adoptedByLockfileAbove(head, await listLockfiles(head));
      if (await adopted(dir)) continue;
    }
    findings.push(...own.findings);
    messages.push(...own.messages);
    if (own.locksNothing) locksNothing.set(compared.path, own.locksNothing);
  }
  return { findings, messages: [...messages, ...locksNothingMessages([...locksNothing.values()])], locksNothing };
}

/** Lockfiles whose "locks no package" warning is printed on its own at most; more are one warning. */
const SEPARATE_WARNINGS = 3;
/** Paths the one warning names at most, within the length a text line prints whole (outputs/text.ts). */
const NAMED_PATHS = 5;
const GROUPED_CHARS = 500;

/**
 * The "locks no package" warnings as printed: each on its own when there are few, else one
 * warning naming the count and the first paths (a full scan of parcel's test fixtures meets
 * dozens of empty yarn.lock files beside package.json files with dependencies).
 */
export function locksNothingMessages(warnings: readonly Message[]): Message[] {
  if (warnings.length <= SEPARATE_WARNINGS) return [...warnings];
  const text = (named: readonly string[]) =>
    `${warnings.length} lockfiles lock no package while a package.json they serve declares dependencies: a plain install resolves those afresh, unchecked. Regenerate them, or leave test fixtures out with a negated lockfile glob (each one's warning: \`locksNothing\` in the JSON report). The first: ${named.join(', ')}${warnings.length > named.length ? `, and ${warnings.length - named.length} more` : ''}.`;
  const named: string[] = [];
  for (const warning of warnings.slice(0, NAMED_PATHS)) {
    const next = plain(warning.file ?? '', 200);
    if (named.length && text([...named, next]).length > GROUPED_CHARS) break;
    named.push(next);
  }
  return [message('warning', text(named))];
}

/** The range findings and warnings of one compared lockfile. */
async function judgeLockfile(
  compared: ComparedLockfile,
  headLock: Lockfile,
  head: Tree,
  base: Tree,
  all: boolean,
): Promise<{ findings: FileFinding[]; messages: Message[]; locksNothing?: Message }> {
  const headSide = await sideOf(head, headLock);
  const baseSide = compared.base && !all ? await sideOf(base, compared.base, true) : undefined;
  const judged = judgeRanges(headSide, baseSide);
  const findings: FileFinding[] = [...judged.findings];
  const messages: Message[] = [];
  let locksNothing: Message | undefined;
  if (baseSide && !headLock.packages.length) {
    // A lockfile the change empties: the head's package.json beside it and where the base locked importers.
    const paths = [...new Set(['package.json', ...baseSide.importers.map((i) => i.path)])];
    const emptied = judgeEmptied(headLock, compared.base!, await manifestsAt(head, headLock, paths));
    if (emptied) findings.push(emptied);
  } else if (!baseSide && !headLock.packages.length) {
    // No base (a new lockfile, or a full scan): the same file is a warning, never a fail.
    const paths = [...new Set(['package.json', ...headSide.importers.map((i) => i.path)])];
    const unlocked = judgeUnlocked(headLock, await manifestsAt(head, headLock, paths));
    if (unlocked) locksNothing = message('warning', unlocked.message, { file: unlocked.file });
  }
  for (const w of judged.warnings)
    messages.push(message('warning', w.message, { file: w.file, ...(w.line ? { line: w.line } : {}) }));
  return { findings, messages, ...(locksNothing ? { locksNothing } : {}) };
}

async function sideOf(tree: Tree, lockfile: Lockfile, complete = false): Promise<RangeSide> {
  // The base side was parsed without its plug-in's manifest step (classic yarn.lock learns its importers there).
  if (complete && !lockfile.importers.length) await completeFromManifests(tree, pluginOf(lockfile), lockfile);
  const importers = edgesOf(lockfile).importers.slice(0, MAX_IMPORTERS);
  const paths = importers.map((i) => i.path);
  return { lockfile, importers, manifests: await manifestsAt(tree, lockfile, paths) };
}

/** The parsed package.json files of `tree` at these paths (relative to the lockfile's folder). */
async function manifestsAt(tree: Tree, lockfile: Lockfile, paths: readonly string[]) {
  const dir = path.posix.dirname(lockfile.path);
  const manifests = new Map<string, Record<string, unknown>>();
  for (const file of paths.slice(0, MAX_IMPORTERS)) {
    const text = await tree.read(dir === '.' ? file : `${dir}/${file}`).catch(() => undefined);
    const doc = text === undefined ? undefined : parseManifest(text);
    if (doc) manifests.set(file, doc);
  }
  return manifests;
}
