import { messageTexts } from '../../src/core/report.js';
/**
 * Bad input through the CLI: on the head side and on the base side, in every
 * format, one sentence on stderr naming the file, the line and the reason;
 * exit 2; no stack trace; never a silent pass. Plus usage errors, the
 * bun.lockb rule and a base read from git objects. In-process (test/support/cli.ts),
 * except one bad lockfile, one usage error and one exit 0 run by the built CLI.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report, ReportJson } from '../../src/core/report.js';
import { FIXTURES } from '../helpers.js';
import { cli, cliProcess } from '../support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-errors-'));
let n = 0;

/** A base/head pair of directories, the head (or base) lockfile replaced by `broken`. */
function pair(lockfile: string, good: string, broken: string, side: 'head' | 'base'): { base: string; head: string } {
  const dir = path.join(tmp, `case-${++n}`);
  for (const s of ['base', 'head']) {
    mkdirSync(path.join(dir, s), { recursive: true });
    writeFileSync(path.join(dir, s, lockfile), s === side ? broken : good);
  }
  return { base: path.join(dir, 'base'), head: path.join(dir, 'head') };
}

const SAMPLES: [string, string][] = [
  ['package-lock.json', 'npm-v3-javascript-action/base/package-lock.json'],
  ['yarn.lock', 'yarn1-webpack/base/yarn.lock'],
  ['yarn.lock', 'yarn-berry8-prettier/base/yarn.lock'],
  ['pnpm-lock.yaml', 'pnpm9-changesets/base/pnpm-lock.yaml'],
  ['bun.lock', 'bun-lock-hono/base/bun.lock'],
];

/** Ways to break a lockfile, each with the line the error must name (undefined: any line). */
const BREAKAGES: [string, (text: string) => { text: string; line?: number }][] = [
  ['truncated', (t) => ({ text: t.slice(0, Math.floor(t.length / 2)) })],
  [
    'merge-conflict markers',
    (t) => {
      const lines = t.split('\n');
      lines.splice(20, 0, '<<<<<<< HEAD', lines[20]!, '=======', lines[20]!, '>>>>>>> feature');
      return { text: lines.join('\n'), line: 21 };
    },
  ],
  ['empty', () => ({ text: '', line: 1 })],
  [
    'binary junk',
    (t) => ({ text: `${t.slice(0, 100)}\u0000\u0001\u0002${t.slice(100)}`, line: t.slice(0, 100).split('\n').length }),
  ],
];

describe.each(SAMPLES)('bad %s (%s)', (lockfile, sample) => {
  const good = readFileSync(path.join(FIXTURES, sample), 'utf8');
  // Yarn 1 reads an empty yarn.lock as locking nothing (test/lockfiles/detect.test.ts), and so does lockgate.
  const breakages = BREAKAGES.filter(([kind]) => !(kind === 'empty' && lockfile === 'yarn.lock'));
  describe.each(breakages)('%s', (_kind, breakIt) => {
    it.each(['head', 'base'] as const)('on the %s side: exit 2 and one sentence naming file and line', async (side) => {
      const broken = breakIt(good);
      const dirs = pair(lockfile, good, broken.text, side);
      const { code, stderr, stdout } = await cli([
        '--base-dir',
        dirs.base,
        '--head-dir',
        dirs.head,
        '--offline',
        '--format',
        'json',
      ]);
      expect(code).toBe(2);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
      const label = side === 'base' ? `base:${lockfile}` : lockfile;
      const match = new RegExp(`^lockgate: ${label.replace(/[.]/g, '\\.')}:(\\d+): \\S`).exec(lines[0]!);
      expect(match, lines[0]).not.toBeNull();
      if (broken.line !== undefined) expect(Number(match![1])).toBe(broken.line);
      const report = JSON.parse(stdout) as Report;
      expect(messageTexts(report, 'error')).toHaveLength(1);
    });
  });
});

describe('other bad input', () => {
  it('names an unknown lockfileVersion on its line', async () => {
    const good = readFileSync(path.join(FIXTURES, 'npm-v3-javascript-action/base/package-lock.json'), 'utf8');
    const dirs = pair('package-lock.json', good, good.replace('"lockfileVersion": 3', '"lockfileVersion": 7'), 'head');
    const { code, stderr } = await cliProcess(['--base-dir', dirs.base, '--head-dir', dirs.head, '--offline']);
    expect(code).toBe(2);
    const line = good.split('\n').findIndex((l) => l.includes('"lockfileVersion"')) + 1;
    expect(stderr).toMatch(new RegExp(`^lockgate: package-lock\\.json:${line}: .*lockfileVersion`));
  });

  it('refuses a lockfile over the 64 MiB limit without reading it', async () => {
    const dir = path.join(tmp, 'huge');
    for (const s of ['base', 'head']) mkdirSync(path.join(dir, s), { recursive: true });
    writeFileSync(path.join(dir, 'base', 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n');
    const huge = path.join(dir, 'head', 'package-lock.json');
    writeFileSync(huge, '');
    truncateSync(huge, 64 * 1024 * 1024 + 1); // sparse: no disk used
    const { code, stderr } = await cli([
      '--base-dir',
      path.join(dir, 'base'),
      '--head-dir',
      path.join(dir, 'head'),
      '--offline',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'lockgate: package-lock.json: file is 67108865 bytes, over the 67108864-byte limit for lockfiles\n',
    );
  });

  it('refuses a bun.lockb of a format version it does not know, saying what happens to the file', async () => {
    const dir = path.join(tmp, 'lockb');
    for (const s of ['base', 'head']) {
      mkdirSync(path.join(dir, s), { recursive: true });
      const bytes = readFileSync(path.join(FIXTURES, 'bun-lockb-hono', s, 'bun.lockb'));
      if (s === 'head') bytes.writeUInt32LE(9, 42);
      writeFileSync(path.join(dir, s, 'bun.lockb'), bytes);
    }
    const { code, stderr } = await cli([
      '--base-dir',
      path.join(dir, 'base'),
      '--head-dir',
      path.join(dir, 'head'),
      '--offline',
    ]);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^lockgate: bun\.lockb: at byte 42: format version 9 is newer .*deletes bun\.lockb/);
  });

  /** The JSON report of an offline run that must exit 0. */
  async function jsonReport(base: string, head: string, exit = 0): Promise<ReportJson> {
    const { code, stdout, stderr } = await cliProcess([
      '--base-dir',
      base,
      '--head-dir',
      head,
      '--offline',
      '--format',
      'json',
    ]);
    expect(code, stderr).toBe(exit);
    return JSON.parse(stdout) as ReportJson;
  }

  it('reads both bun.lockb and the yarn.lock Bun printed beside it: a comment never makes a lockfile skipped', async () => {
    const c = path.join(FIXTURES, 'bun-lockb-hono');
    const report = await jsonReport(`${c}/base`, `${c}/head`);
    expect(report.lockfiles.map((l) => [l.path, l.formatVersion])).toEqual([
      ['yarn.lock', '1'],
      ['bun.lockb', 'lockb-2'],
    ]);
    expect(report.lockfiles[1]!.changes.length).toBeGreaterThan(40);
    // The print says what bun.lockb says: the same changes, read from Yarn's format.
    expect(report.lockfiles[0]!.changes).toEqual(report.lockfiles[1]!.changes);
  });

  it('checks bun.lockb when a change updates it without the yarn.lock beside it, and leaves the unchanged yarn.lock unparsed as the Action does', async () => {
    const c = path.join(FIXTURES, 'bun-lockb-hono');
    const dir = path.join(tmp, 'lockb-disagree');
    cpSync(path.join(c, 'base'), path.join(dir, 'base'), { recursive: true });
    cpSync(path.join(c, 'base'), path.join(dir, 'head'), { recursive: true });
    cpSync(path.join(c, 'head', 'bun.lockb'), path.join(dir, 'head', 'bun.lockb'));
    // The head's bun.lockb locks vitest 2 while the base's package.json asks for ^1: a policy finding each,
    // at the package.json line that declares it (bun.lockb has no lines).
    const report = await jsonReport(path.join(dir, 'base'), path.join(dir, 'head'), 1);
    expect(report.lockfiles.map((l) => [l.path, l.changes.length > 0])).toEqual([['bun.lockb', true]]);
    expect(report.fileFindings?.map((f) => `${f.kind} ${f.file}:${f.line} ${f.key}`)).toEqual([
      'range-unsatisfied package.json:620 @vitest/coverage-v8',
      'range-unsatisfied package.json:634 vitest',
    ]);
  });

  it('reads both bun.lockb and a yarn.lock beside it that Bun did not print', async () => {
    const c = path.join(FIXTURES, 'bun-lockb-hono');
    const dir = path.join(tmp, 'lockb-yarn');
    for (const side of ['base', 'head']) {
      cpSync(path.join(c, side), path.join(dir, side), { recursive: true });
      const yarnLock = path.join(dir, side, 'yarn.lock');
      writeFileSync(yarnLock, readFileSync(yarnLock, 'utf8').replace(/^# bun .*\n/m, ''));
    }
    const report = await jsonReport(path.join(dir, 'base'), path.join(dir, 'head'));
    expect(report.lockfiles.map((l) => l.path)).toEqual(['yarn.lock', 'bun.lockb']);
  });

  it('names an entry npm wrote without a version by its source, never as "name@"', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-versionless-'));
    const manifest = { name: 'app', version: '1.0.0', dependencies: { tool: 'github:acme/tool#main' } };
    const lock = (packages: object) => JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages });
    for (const side of ['base', 'head']) {
      mkdirSync(path.join(dir, side));
      writeFileSync(path.join(dir, side, 'package.json'), JSON.stringify(manifest));
    }
    writeFileSync(path.join(dir, 'base', 'package-lock.json'), lock({ '': manifest }));
    writeFileSync(
      path.join(dir, 'head', 'package-lock.json'),
      lock({
        '': manifest,
        'node_modules/tool': {
          resolved: 'git+ssh://git@github.com/acme/tool.git#0123456789abcdef0123456789abcdef01234567',
        },
      }),
    );
    const { code, stdout, stderr } = await cli([
      '--base-dir',
      path.join(dir, 'base'),
      '--head-dir',
      path.join(dir, 'head'),
      '--offline',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('  added tool (no version recorded)');
    expect(stdout).toContain('tool from github.com/acme/tool#0123456789ab: from github.com/acme/tool');
    expect(`${stdout}${stderr}`).not.toMatch(/tool@(?![\w.])/);
  });

  it('names a directory that does not exist', async () => {
    const { code, stderr } = await cli([
      '--base-dir',
      path.join(tmp, 'nope'),
      '--head-dir',
      'examples/postmark-mcp/head',
      '--offline',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(`lockgate: ${path.join(tmp, 'nope')} is not a directory that exists.\n`);
  });

  it.each([
    [['--format', 'xml'], /Invalid --format 'xml'/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['--base', 'x', '--base-dir', 'y'], /alternatives/],
    [['--osv-url', 'ftp://x'], /Invalid --osv-url/],
  ])('rejects bad usage %j with exit 2', async (args, message) => {
    const { code, stderr } = await (args[0] === '--format' ? cliProcess : cli)(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('--base <git ref>', () => {
  it('reads the base lockfile from git objects without checking anything out', async () => {
    const repo = path.join(tmp, 'repo');
    mkdirSync(repo);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    cpSync('examples/postmark-mcp/base', repo, { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'base');
    cpSync('examples/postmark-mcp/head', repo, { recursive: true });
    git('commit', '-qam', 'bump postmark-mcp');
    const headText = readFileSync(path.join(repo, 'package-lock.json'), 'utf8');

    const { code, stdout } = await cli(['--head-dir', repo, '--base', 'HEAD~1', '--offline', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.lockfiles[0]!.changes).toEqual([
      { name: 'postmark-mcp', kind: 'upgraded', from: ['1.0.15'], to: ['1.0.16'] },
    ]);
    // The working tree is untouched.
    expect(readFileSync(path.join(repo, 'package-lock.json'), 'utf8')).toBe(headText);
    expect(git('status', '--porcelain')).toBe('');

    // A subdirectory of the repository as the head: paths are relative to it on both sides.
    mkdirSync(path.join(repo, 'app'));
    cpSync('examples/postmark-mcp/base', path.join(repo, 'app'), { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'app at 1.0.15');
    cpSync('examples/postmark-mcp/head', path.join(repo, 'app'), { recursive: true });
    git('commit', '-qam', 'app at 1.0.16');
    const sub = await cli(['--head-dir', path.join(repo, 'app'), '--base', 'HEAD~1', '--offline', '--format', 'json']);
    expect(sub.stderr).toBe('');
    expect((JSON.parse(sub.stdout) as Report).lockfiles.map((l) => [l.path, l.changes.length])).toEqual([
      ['package-lock.json', 1],
    ]);

    const bad = await cli(['--head-dir', repo, '--base', 'no-such-ref', '--offline']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
