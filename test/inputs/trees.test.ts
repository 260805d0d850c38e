import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirTree, EmptyTree, GitTree, listLockfiles } from '../../src/inputs/trees.js';
import { LockfileError } from '../../src/core/errors.js';

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

  it('reads many files at once from git objects, each whole: empty, binary, shared and large ones', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 300; i++) many[`packages/p${i}/package.json`] = JSON.stringify({ name: `p${i}` });
    const binary = '\n\u0000blob 12\n\r\n'.repeat(50);
    const big = 'x'.repeat(3 * 1024 * 1024);
    const manyDir = repo({
      ...many,
      'empty.json': '',
      'same-a.json': '{}',
      'same-b.json': '{}',
      'bin.lockb': binary,
      'big.json': big,
    });
    const tree = new GitTree(manyDir, 'HEAD');
    const files = [...Object.keys(many), 'empty.json', 'same-a.json', 'same-b.json', 'bin.lockb', 'big.json', 'absent'];
    const read = await Promise.all(files.map((f) => tree.read(f)));
    expect(read).toEqual([...Object.values(many), '', '{}', '{}', binary, big, undefined]);
  });

  it('a file over the size limit in git objects is an error naming it, and the other reads still succeed', async () => {
    const overDir = repo({ 'package.json': '{}', 'package-lock.json': ' '.repeat(64 * 1024 * 1024 + 1) });
    const tree = new GitTree(overDir, 'HEAD');
    const [small, large] = await Promise.allSettled([tree.read('package.json'), tree.read('package-lock.json')]);
    expect(small).toEqual({ status: 'fulfilled', value: '{}' });
    expect(large.status === 'rejected' && large.reason).toBeInstanceOf(LockfileError);
    expect(large.status === 'rejected' && String(large.reason.message)).toMatch(
      /HEAD:package-lock\.json.*over the \d+-byte limit/,
    );
  });

  it('reads each git object once: a second read of a file is answered without git', async () => {
    const onceDir = repo({ 'package.json': '{"name":"a"}', 'yarn.lock': '# yarn lockfile v1\n' });
    const tree = new GitTree(onceDir, 'HEAD');
    expect(await Promise.all([tree.read('package.json'), tree.read('yarn.lock')])).toEqual([
      '{"name":"a"}',
      '# yarn lockfile v1\n',
    ]);
    // With the objects gone, git could answer nothing: the reads come from what the tree kept.
    rmSync(path.join(onceDir, '.git', 'objects'), { recursive: true });
    expect(await tree.read('yarn.lock')).toBe('# yarn lockfile v1\n');
    expect(await tree.read('package.json')).toBe('{"name":"a"}');
  });

  it('the empty tree has nothing', async () => {
    expect(await listLockfiles(new EmptyTree())).toEqual([]);
  });
});

describe('symbolic links', () => {
  /** A repository like `repo`, plus symbolic links (path → target text), committed as links. */
  function repoWithLinks(files: Record<string, string>, links: Record<string, string>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-links-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    for (const [link, target] of Object.entries(links)) {
      mkdirSync(path.dirname(path.join(dir, link)), { recursive: true });
      symlinkSync(target, path.join(dir, link));
    }
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
    git('init', '-q', '-b', 'main');
    git('add', '-A', '-f');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'files');
    return dir;
  }

  // The attack: the link's target text is itself a lockfile that parses as empty, and
  // resolves (through a directory named like its first half) to the file holding the real one.
  const TRICK_DIR = '{"lockfileVersion":3,"packages":{},"x":"';
  const TRICK = `${TRICK_DIR}/../m"}`;
  const dir = repoWithLinks(
    {
      'locks/real.json': 'real lockfile',
      'm"}': 'malicious lockfile',
      [`${TRICK_DIR}/.keep`]: '',
      'apps/web/pnpm-lock.yaml': 'lockfileVersion: 9.0\n',
    },
    {
      'package-lock.json': 'locks/real.json',
      'trick/package-lock.json': `../${TRICK}`,
      'escape/package-lock.json': '../../outside.json',
      'absolute/package-lock.json': '/etc/passwd',
      'loop/package-lock.json': 'yarn.lock',
      'loop/yarn.lock': 'package-lock.json',
      'dangling/package-lock.json': 'nothing-here.json',
      'to-dir/package-lock.json': '../apps',
      linked: 'apps',
    },
  );
  const trees = [new DirTree(dir), new GitTree(dir, 'HEAD')];

  describe.each(trees.map((t) => [t.constructor.name, t] as const))('%s', (_name, tree) => {
    it('lists a symlinked lockfile and reads the file it points to inside the tree', async () => {
      expect(await listLockfiles(tree)).toContain('package-lock.json');
      expect(await tree.read('package-lock.json')).toBe('real lockfile');
    });

    it('symlink-target attack: never parses the link target text as content', async () => {
      const text = await tree.read('trick/package-lock.json');
      expect(text).toBe('malicious lockfile');
    });

    it('reads a lockfile under a symlinked directory', async () => {
      expect(await tree.read('linked/web/pnpm-lock.yaml')).toBe('lockfileVersion: 9.0\n');
    });

    it.each([
      [
        'escape/package-lock.json',
        /"escape\/package-lock.json" points to "..\/..\/outside.json", which leaves the tree/,
      ],
      ['absolute/package-lock.json', /points to "\/etc\/passwd", which leaves the tree/],
      ['loop/package-lock.json', /chain of more than 40 links/],
      ['dangling/package-lock.json', /points to "nothing-here.json", which names no file in the tree/],
      ['to-dir/package-lock.json', /which names no file in the tree/],
    ])('refuses %s with one sentence naming the link', async (file, reason) => {
      const error = await tree.read(file).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LockfileError);
      expect((error as LockfileError).message).toMatch(reason);
      expect((error as LockfileError).message.startsWith(tree.label(file))).toBe(true);
    });
  });
});
