/**
 * One committed tarball that several lockfiles install, each by its own relative path (what yarn
 * 1.22.22 writes for `file:vendor/benign-1.0.0.tgz` at the root and `file:../vendor/benign-1.0.0.tgz`
 * in tools/, measured): read once for the run, and the same answer for every entry.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { LockedPackage, Lockfile } from '../../src/core/model.js';
import { readLocalTarballs, type OpenedTarballs } from '../../src/inputs/local-tarballs.js';
import { DirTree, EmptyTree, type Tree } from '../../src/inputs/trees.js';
import { compareTrees } from '../../src/engine/compare.js';
import { ROOT } from '../helpers.js';

const BYTES = readFileSync(
  path.join(ROOT, 'test', 'fixtures', 'local-tarballs', 'yarn1', 'head', 'vendor', 'benign-1.0.0.tgz'),
);
const SHA1 = '0987e0bc85f4a6c24049f959fa03dce44739a8a6';

/** A tree holding vendor/benign-1.0.0.tgz that counts how often each file is read. */
function countingTree(): { tree: Tree; reads: string[] } {
  const reads: string[] = [];
  const tree: Tree = {
    label: (file) => file,
    listFiles: () => Promise.resolve([]),
    read: () => Promise.resolve(undefined),
    readBytes: (file) => {
      reads.push(file);
      return Promise.resolve(file === 'vendor/benign-1.0.0.tgz' ? new Uint8Array(BYTES) : undefined);
    },
  };
  return { tree, reads };
}

function yarnLock(file: string, resolved: string[]): Lockfile {
  const packages: LockedPackage[] = resolved.map((r, i) => ({
    id: `benign@${r}#${i}`,
    name: 'benign',
    version: '1.0.0',
    source: 'file',
    resolved: `${r}#${SHA1}`,
    line: 5 + i,
  }));
  return { path: file, format: 'yarn-classic', formatVersion: '1', packages, importers: [] };
}

describe('a committed tarball several entries and lockfiles install', () => {
  it('is read once for the run, by its repository path, and every entry gets the same answer', async () => {
    const { tree, reads } = countingTree();
    const opened: OpenedTarballs = new Map();
    const root = await readLocalTarballs(
      tree,
      yarnLock('yarn.lock', ['file:vendor/benign-1.0.0.tgz', 'file:./vendor/benign-1.0.0.tgz']),
      opened,
    );
    const tools = await readLocalTarballs(
      tree,
      yarnLock('tools/yarn.lock', ['file:../vendor/benign-1.0.0.tgz']),
      opened,
    );
    expect(reads).toEqual(['vendor/benign-1.0.0.tgz']);
    const answers = [...root.values(), ...tools.values()];
    expect(answers).toHaveLength(3);
    for (const answer of answers)
      expect(answer).toEqual({ path: 'vendor/benign-1.0.0.tgz', inside: { name: 'postmark-mcp', version: '1.0.16' } });
  });

  it('without a shared record each lockfile reads it itself (the answer is the same)', async () => {
    const { tree, reads } = countingTree();
    await readLocalTarballs(tree, yarnLock('yarn.lock', ['file:vendor/benign-1.0.0.tgz']));
    await readLocalTarballs(tree, yarnLock('tools/yarn.lock', ['file:../vendor/benign-1.0.0.tgz']));
    expect(reads).toEqual(['vendor/benign-1.0.0.tgz', 'vendor/benign-1.0.0.tgz']);
  });
});

// The shapes yarn 1.22.22 wrote for a root package.json and tools/package.json that both depend on the
// committed vendor/benign-1.0.0.tgz (tools/ by file:../vendor/benign-1.0.0.tgz).
it('a run over both lockfiles reads the tarball once (compareTrees)', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-shared-tarball-'));
  mkdirSync(path.join(dir, 'vendor'));
  mkdirSync(path.join(dir, 'tools'));
  cpSync(path.join(ROOT, 'test', 'fixtures', 'local-tarballs', 'yarn1', 'head', 'vendor'), path.join(dir, 'vendor'), {
    recursive: true,
  });
  const lock = (ref: string) =>
    `# yarn lockfile v1\n\n\n"benign@${ref}":\n  version "1.0.0"\n  resolved "${ref}#${SHA1}"\n`;
  writeFileSync(path.join(dir, 'yarn.lock'), lock('file:vendor/benign-1.0.0.tgz'));
  writeFileSync(path.join(dir, 'tools', 'yarn.lock'), lock('file:../vendor/benign-1.0.0.tgz'));
  const reads: string[] = [];
  const disk = new DirTree(dir);
  const head: Tree = {
    label: (file) => disk.label(file),
    listFiles: (select) => disk.listFiles(select),
    read: (file) => disk.read(file),
    readBytes: (file) => {
      reads.push(file);
      return disk.readBytes(file);
    },
  };
  const { lockfiles } = await compareTrees(head, new EmptyTree());
  expect(reads.filter((f) => f.endsWith('.tgz'))).toEqual(['vendor/benign-1.0.0.tgz']);
  expect(
    lockfiles.map((l) => [
      l.path,
      [...(l.localTarballs?.values() ?? [])].map((t) => ('inside' in t ? t.inside.name : t.notRead)),
    ]),
  ).toEqual([
    ['tools/yarn.lock', ['postmark-mcp']],
    ['yarn.lock', ['postmark-mcp']],
  ]);
});
