/**
 * Manifests beside lockfiles at base and head (the I/O edge of
 * match/manifest-rules.ts): for every lockfile of the base, whether head keeps
 * it byte for byte, and the package.json files it serves (the one beside it and
 * its `workspaces`) on both sides, parsed as data.
 */
import path from 'node:path';
import { message, type FileFinding, type Message } from '../core/report.js';
import { judgeManifests, type LockfileState, type ManifestPair } from '../match/manifest-rules.js';
import { parseManifest, readManifests } from './manifests.js';
import { listLockfiles, type Tree } from './trees.js';

/** Most lockfiles compared (a hostile tree can hold any number). */
const MAX_LOCKFILES = 500;

/** The policy findings and warnings of manifests out of step with their lockfiles (a change with a base). */
export async function compareManifests(
  head: Tree,
  base: Tree,
): Promise<{ findings: FileFinding[]; messages: Message[] }> {
  const [headFiles, baseFiles] = await Promise.all([listLockfiles(head), listLockfiles(base)]);
  const states: LockfileState[] = [];
  for (const file of baseFiles.slice(0, MAX_LOCKFILES)) {
    const inHead = headFiles.includes(file);
    const dir = path.posix.dirname(file);
    states.push({
      path: file,
      inHead,
      changed: inHead && !(await sameBytes(head, base, file)),
      replaced: !inHead && headFiles.some((f) => path.posix.dirname(f) === dir),
      manifests: await manifestPairs(head, base, file),
    });
  }
  const judged = judgeManifests(states);
  return {
    findings: judged.findings,
    messages: judged.warnings.map((w) => message('warning', w.message, { file: w.file })),
  };
}

async function sameBytes(head: Tree, base: Tree, file: string): Promise<boolean> {
  const [a, b] = await Promise.all([head.readBytes(file), base.readBytes(file)]);
  return a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));
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
