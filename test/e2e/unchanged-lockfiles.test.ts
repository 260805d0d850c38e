/**
 * The CLI given a base and a head reads the lockfiles the Action would read for the same
 * change: the Action reads only the lockfiles a pull request's file list names, so the CLI
 * compares the two trees byte for byte and parses no lockfile the change leaves as it was.
 * What else reads an unchanged lockfile still does, as in the Action: a swapped committed
 * tarball (test/e2e/local-tarballs.test.ts), registry config (test/e2e/pm-config.test.ts) and
 * a package.json changed without its lockfile (here). A full scan reads everything.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { cli } from '../support/cli.js';
import { createRepo, writeFiles, type Files } from '../support/git-repo.js';

const EXAMPLE = path.join(ROOT, 'examples', 'postmark-mcp');
const read = (side: string, file: string) => readFileSync(path.join(EXAMPLE, side, file), 'utf8');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-unchanged-'));
let counter = 0;

/** The example's base: postmark-mcp 1.0.15 locked at the root. */
const BASE: Files = {
  'package.json': read('base', 'package.json'),
  'package-lock.json': read('base', 'package-lock.json'),
};
/** The example's head: 1.0.16 (MAL-2025-47604) in package.json and the lockfile. */
const HEAD: Files = {
  'package.json': read('head', 'package.json'),
  'package-lock.json': read('head', 'package-lock.json'),
};
/** Two lockfiles no change below touches: a test fixture no tool can read, and a valid one. */
const UNTOUCHED: Files = {
  'test/fixtures/broken/yarn.lock': '# yarn lockfile v1\n\n"left-pad@^1.3.0":\n  version "1.3.0"\n  resolved\n',
  'tools/package.json': read('base', 'package.json'),
  'tools/package-lock.json': read('base', 'package-lock.json'),
};

async function json(args: string[]): Promise<{ code: number; report: ReportJson; stderr: string }> {
  const { code, stdout, stderr } = await cli([...args, '--offline', '--format', 'json']);
  return { code, report: JSON.parse(stdout) as ReportJson, stderr };
}

/** Base and head folders holding `base` and `head`. */
function dirs(base: Files, head: Files): string[] {
  const root = path.join(tmp, String(counter++));
  writeFiles(path.join(root, 'base'), base);
  writeFiles(path.join(root, 'head'), head);
  return ['--base-dir', path.join(root, 'base'), '--head-dir', path.join(root, 'head')];
}

/** A git repository with `base` on main and `head` checked out: the CLI's `--base main`. */
function repo(base: Files, head: Files): string[] {
  const r = createRepo(path.join(tmp, String(counter++)), base, head);
  return ['--head-dir', r.dir, '--base', 'main'];
}

const notes = (report: ReportJson) => report.messages.filter((m) => m.level === 'note').map((m) => m.message);
const paths = (report: ReportJson) => report.lockfiles.map((l) => l.path);

describe.each([
  ['two folders', dirs],
  ['a git base', repo],
])('the CLI given a base and a head (%s)', (_, pair) => {
  it('parses only the lockfile the change touches: the untouched broken fixture is neither an error nor read', async () => {
    const { code, report } = await json(pair({ ...BASE, ...UNTOUCHED }, { ...HEAD, ...UNTOUCHED }));
    expect(code).toBe(1);
    expect(report.verdict).toBe('malicious');
    expect(paths(report)).toEqual(['package-lock.json']);
    expect(report.messages.filter((m) => /fixtures\/broken|tools\//.test(`${m.file ?? ''} ${m.message}`))).toEqual([]);
  });

  it('reads nothing when the change touches no install file, and says so', async () => {
    const { code, report } = await json(
      pair({ ...BASE, ...UNTOUCHED, 'README.md': 'a\n' }, { ...BASE, ...UNTOUCHED, 'README.md': 'b\n' }),
    );
    expect([code, paths(report)]).toEqual([0, []]);
    expect(notes(report)).toContain(
      'This change touches no lockfile, package-manager config, package.json or committed tarball, so nothing needed checking.',
    );
  });

  it('still fails a package.json changed beside its unchanged lockfile, without parsing the lockfile', async () => {
    const { code, report } = await json(pair(BASE, { ...BASE, 'package.json': HEAD['package.json']! }));
    expect(code).toBe(1);
    expect(paths(report)).toEqual([]);
    expect(report.fileFindings?.map((f) => `${f.kind} ${f.file}`)).toContain('manifest-without-lockfile package.json');
    expect(notes(report)).toContain('This change touches no lockfile, only package-manager config or manifests.');
  });

  it('names the lockfile globs when the lockfiles the change touches are not among those they select', async () => {
    const { code, report } = await json([
      ...pair({ ...BASE, ...UNTOUCHED }, { ...BASE, ...UNTOUCHED, 'package-lock.json': HEAD['package-lock.json']! }),
      '--lockfile',
      'tools/**',
    ]);
    expect([code, paths(report)]).toEqual([0, []]);
    expect(notes(report)).toContain(
      'This change touches no lockfile that the lockfile globs select, so nothing needed checking.',
    );
  });
});

describe('a full scan', () => {
  it('reads every lockfile, and stops on the broken one no change touched', async () => {
    const args = dirs({ ...BASE, ...UNTOUCHED }, { ...HEAD, ...UNTOUCHED });
    const { code, report } = await json([...args.slice(2), '--all']);
    expect(code).toBe(2);
    expect(report.messages.find((m) => m.level === 'error')?.file).toBe('test/fixtures/broken/yarn.lock');
    expect(paths(report)).toEqual(['package-lock.json', 'tools/package-lock.json']);
  });

  it('stops on it with a git base too (a clone: --all compared with the merge-base left it a warning)', async () => {
    const { code, report } = await json([...repo({ ...BASE, ...UNTOUCHED }, { ...HEAD, ...UNTOUCHED }), '--all']);
    expect(code).toBe(2);
    expect(report.messages.find((m) => m.level === 'error')?.file).toBe('test/fixtures/broken/yarn.lock');
  });
});
