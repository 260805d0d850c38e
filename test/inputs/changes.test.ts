import { mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedInstallFiles } from '../../src/inputs/changes.js';
import { DirTree, type Tree } from '../../src/inputs/trees.js';
import { writeFiles, type Files } from '../support/git-repo.js';

function tree(files: Files): DirTree {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-changes-'));
  writeFiles(dir, files);
  return new DirTree(dir);
}

describe('changedInstallFiles', () => {
  it('lists the install files only one side has or whose bytes differ, and nothing else', async () => {
    const same = { 'yarn.lock': '# yarn lockfile v1\n', 'README.md': 'a', 'node_modules/x/package.json': '{}' };
    const base = tree({
      ...same,
      'package.json': '{"dependencies":{"a":"1"}}',
      'gone/pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      'vendor/x-1.0.0.tgz': 'one',
      '.npmrc': 'registry=https://registry.npmjs.org/\n',
    });
    const head = tree({
      ...same,
      'README.md': 'b',
      'node_modules/x/package.json': '{"changed":true}',
      'package.json': '{"dependencies":{"a":"2"}}',
      'new/package-lock.json': '{}',
      'vendor/x-1.0.0.tgz': 'two',
      '.npmrc': 'registry=https://registry.npmjs.org/\n',
    });
    expect(await changedInstallFiles(head, base)).toEqual([
      { filename: 'gone/pnpm-lock.yaml', status: 'removed' },
      { filename: 'new/package-lock.json', status: 'added' },
      { filename: 'package.json', status: 'modified' },
      { filename: 'vendor/x-1.0.0.tgz', status: 'modified' },
    ]);
  });

  it('counts a lockfile it cannot read on one side as changed, so the step that reads it says why', async () => {
    const base = tree({ 'yarn.lock': '# yarn lockfile v1\n' });
    const head = tree({});
    symlinkSync('../outside/yarn.lock', path.join(head.dir, 'yarn.lock'));
    expect(await changedInstallFiles(head, base)).toEqual([{ filename: 'yarn.lock', status: 'modified' }]);
  });
});

describe('changedInstallFiles holds a bounded part of the head at a time', () => {
  it("reads the base side of a round before reading more head files than the round's bytes", async () => {
    const files: Files = {};
    for (let i = 0; i < 10; i++) files[`vendor/p${i}-1.0.0.tgz`] = 'four';
    const log: { side: 'head' | 'base'; file: string; bytes: number }[] = [];
    const logged = (side: 'head' | 'base', inner: DirTree): Tree => ({
      label: (file) => inner.label(file),
      listFiles: (select) => inner.listFiles(select),
      read: (file) => inner.read(file),
      readBytes: async (file) => {
        const bytes = await inner.readBytes(file);
        // The base side answers a turn later, as a git tree's batch does.
        if (side === 'base') await new Promise((resolve) => setImmediate(resolve));
        log.push({ side, file, bytes: bytes?.length ?? 0 });
        return bytes;
      },
    });
    const changed = { ...files, 'vendor/p9-1.0.0.tgz': 'FOUR' };
    const result = await changedInstallFiles(logged('head', tree(changed)), logged('base', tree(files)), 10);
    expect(result).toEqual([{ filename: 'vendor/p9-1.0.0.tgz', status: 'modified' }]);
    // Head bytes read whose base side is not read yet: at most one round (10 bytes) plus the file that filled it.
    let ahead = 0;
    let most = 0;
    for (const read of log) {
      ahead += read.side === 'head' ? read.bytes : -read.bytes;
      most = Math.max(most, ahead);
    }
    expect(log.filter((r) => r.side === 'base')).toHaveLength(10);
    expect(most).toBeLessThanOrEqual(10 + 4);
  });
});
