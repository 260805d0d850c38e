import { mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedInstallFiles } from '../../src/inputs/changes.js';
import { DirTree } from '../../src/inputs/trees.js';
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
