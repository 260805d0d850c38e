import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirTree, EmptyTree, GitTree, listLockfiles } from '../../src/inputs/trees.js';

/** A repository whose working tree equals its HEAD commit. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-trees-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
  git('init', '-q', '-b', 'main');
  git('add', '-A', '-f');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'files');
  return dir;
}

const FILES = {
  'package.json': '{}',
  'package-lock.json': '{}',
  'apps/web/pnpm-lock.yaml': 'lockfileVersion: 9.0\n',
  'apps/web/package.json': '{}',
  'apps/bun/bun.lockb': 'binary',
  'node_modules/dep/package-lock.json': '{}',
  'apps/web/node_modules/x/yarn.lock': '',
  'README.md': 'hi',
};

describe('trees', () => {
  const dir = repo(FILES);
  const trees = [new DirTree(dir), new GitTree(dir, 'HEAD')];

  it.each(trees.map((t) => [t.constructor.name, t] as const))(
    '%s lists lockfiles and other files, skipping node_modules',
    async (_name, tree) => {
      expect(await listLockfiles(tree)).toEqual(['apps/bun/bun.lockb', 'apps/web/pnpm-lock.yaml', 'package-lock.json']);
      expect(await tree.listFiles((f) => f.endsWith('package.json'))).toEqual([
        'apps/web/package.json',
        'package.json',
      ]);
      expect(await tree.read('apps/web/pnpm-lock.yaml')).toBe('lockfileVersion: 9.0\n');
      expect(await tree.read('absent.json')).toBeUndefined();
    },
  );

  it('reads a git tree relative to a subdirectory it is opened in', async () => {
    const sub = new GitTree(path.join(dir, 'apps/web'), 'HEAD');
    expect(await listLockfiles(sub)).toEqual(['pnpm-lock.yaml']);
    expect(await sub.read('pnpm-lock.yaml')).toBe('lockfileVersion: 9.0\n');
  });

  it('the empty tree has nothing', async () => {
    expect(await listLockfiles(new EmptyTree())).toEqual([]);
  });
});
