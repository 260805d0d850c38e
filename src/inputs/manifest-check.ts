/**
 * Manifests beside lockfiles at base and head (the I/O edge of
 * match/manifest-rules.ts): for every lockfile of the base, whether head keeps
 * it byte for byte, and the package.json files it serves (the one beside it and
 * its `workspaces`) on both sides, parsed as data.
 */
import path from 'node:path';
import { message, type FileFinding, type Message } from '../core/report.js';
import { judgeManifests, type LockfileState, type ManifestPair } from '../match/manifest-rules.js';
import { LockfileError } from '../core/errors.js';
import { loadLockfile } from '../lockfiles/index.js';
import { parseManifest, readManifests } from './manifests.js';
import { listLockfiles, sameBytes, type Tree } from './trees.js';

/** Most lockfiles compared (a hostile tree can hold any number). */
const MAX_LOCKFILES = 500;

/** The policy findings and warnings of manifests out of step with their lockfiles (a change with a base). */
export async function compareManifests(
  head: Tree,
  base: Tree,
): Promise<{ findings: FileFinding[]; messages: Message[] }> {
  const [headFiles, baseFiles] = await Promise.all([listLockfiles(head), listLockfiles(base)]);
  const states: LockfileState[] = [];
  const adopted = adoptedByLockfileAbove(head, headFiles);
  for (const file of baseFiles.slice(0, MAX_LOCKFILES)) {
    const inHead = headFiles.includes(file);
    const dir = path.posix.dirname(file);
    const changed = inHead && !(await sameBytes(head, base, file));
    const manifests = await manifestPairs(head, base, file);
    const state: LockfileState = {
      path: file,
      inHead,
      changed,
      replaced: !inHead && headFiles.some((f) => path.posix.dirname(f) === dir),
      manifests,
    };
    // Asked only where it decides something: a deleted lockfile, or a kept one whose manifests changed.
    if (!inHead || (!changed && manifests.some((m) => !sameJson(m.base, m.head)))) state.adopted = await adopted(dir);
    states.push(state);
  }
  const judged = judgeManifests(states);
  return {
    findings: judged.findings,
    messages: judged.warnings.map((w) => message('warning', w.message, { file: w.file })),
  };
}

/**
 * Asks whether a head lockfile in a folder above `dir` locks `dir`/package.json as one
 * of its importers (each lockfile above is parsed once): the package managers install
 * a workspace from the root's lockfile and leave one beside it unread.
 * anthropic-sdk-typescript moved five packages' pnpm lockfiles into one at the root;
 * sst keeps a stale platform/bun.lockb under the root bun.lockb that locks platform/.
 * A lockfile that does not parse adopts nothing: its own error is reported where it is
 * compared.
 */
export function adoptedByLockfileAbove(head: Tree, headFiles: readonly string[]): (dir: string) => Promise<boolean> {
  const cache = new Map<string, Promise<ReadonlySet<string>>>();
  return (dir) => adoptedAbove(head, headFiles, dir, cache);
}

async function adoptedAbove(
  head: Tree,
  headFiles: readonly string[],
  dir: string,
  cache: Map<string, Promise<ReadonlySet<string>>>,
): Promise<boolean> {
  if (dir === '.') return false;
  const manifest = `${dir}/package.json`;
  for (const file of headFiles) {
    const above = path.posix.dirname(file);
    if (above === dir || !(above === '.' || manifest.startsWith(`${above}/`))) continue;
    const relative = above === '.' ? manifest : manifest.slice(above.length + 1);
    let importers = cache.get(file);
    if (!importers) {
      importers = importerPaths(head, file);
      cache.set(file, importers);
    }
    if ((await importers).has(relative)) return true;
  }
  return false;
}

/** The package.json files a head lockfile locks (relative to it); none when it does not parse. */
async function importerPaths(head: Tree, file: string): Promise<ReadonlySet<string>> {
  const content = file.endsWith('.lockb') ? await head.readBytes(file) : await head.read(file);
  if (content === undefined) return new Set();
  try {
    const lockfile = await loadLockfile(head.label(file), content, { name: file });
    return new Set(lockfile.importers.map((i) => i.path));
  } catch (error) {
    if (error instanceof LockfileError) return new Set();
    throw error;
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The package.json files the lockfile serves, paired by path (repository-relative). */
async function manifestPairs(head: Tree, base: Tree, lockfile: string): Promise<ManifestPair[]> {
  const dir = path.posix.dirname(lockfile);
  const full = (p: string) => (dir === '.' ? p : `${dir}/${p}`);
  const [inHead, inBase] = await Promise.all([readManifests(head, lockfile), readManifests(base, lockfile)]);
  const pairs = new Map<string, ManifestPair>();
  for (const [side, list] of [
    ['head', inHead],
    ['base', inBase],
  ] as const) {
    for (const manifest of list) {
      const file = full(manifest.path);
      const pair = pairs.get(file) ?? { file };
      pair[side] = parseManifest(manifest.text);
      pairs.set(file, pair);
    }
  }
  return [...pairs.values()];
}
