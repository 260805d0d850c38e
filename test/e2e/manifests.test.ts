/**
 * Manifests and lockfiles out of step, through the built CLI (dist/cli.js). Each case under
 * test/fixtures/manifests/<pm>/ is a base the real package manager wrote and heads a pull request
 * could push (see each head's INSTALLED.txt): `pin` asks package.json for postmark-mcp 1.0.16 and
 * leaves the lockfile alone (the CI install refuses, the next plain install installs it); `deleted`
 * drops the lockfile (yarn 1 and Bun install afresh even with --frozen-lockfile); `emptied` leaves the
 * least lockfile text the format reads and that locks no package (yarn 1: an empty file, or its header
 * alone; the frozen installs refuse it, the next plain install resolves afresh). All fail; the twin,
 * package.json and the lockfile the tool wrote for it, is clean.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { ReportJson } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { cli, cliProcess } from '../support/cli.js';

const CASES = path.join(ROOT, 'test', 'fixtures', 'manifests');

async function check(pm: string, head: string) {
  const { code, stdout } = await cliProcess([
    ...['--base-dir', path.join(CASES, pm, 'base'), '--head-dir', path.join(CASES, pm, head)],
    ...['--offline', '--no-content', '--format', 'json'],
  ]);
  const report = JSON.parse(stdout) as ReportJson;
  return { code, report, files: (report.fileFindings ?? []).map((f) => `${f.kind} ${f.file} ${f.key ?? ''}`.trim()) };
}

const LOCKFILES: Record<string, string> = {
  npm: 'package-lock.json',
  pnpm: 'pnpm-lock.yaml',
  yarn1: 'yarn.lock',
  bun: 'bun.lock',
};

describe.each(Object.keys(LOCKFILES))('%s: package.json and its lockfile out of step', (pm) => {
  it('a dependency added to package.json with the lockfile left alone is a policy fail at package.json', async () => {
    const { code, report, files } = await check(pm, 'pin');
    expect(code).toBe(1);
    expect(files).toContain('manifest-without-lockfile package.json dependencies');
    expect(report.fileFindings![0]!.problem).toMatch(/package\.json changes its dependencies but .* is left as it was/);
  });

  it('a lockfile deleted while package.json stays is a policy fail', async () => {
    const { code, files } = await check(pm, 'deleted');
    expect(code).toBe(1);
    expect(files).toEqual([`lockfile-deleted ${LOCKFILES[pm]}`]);
  });

  it.each(pm === 'yarn1' ? ['emptied', 'emptied-header'] : ['emptied'])(
    'a lockfile emptied while package.json keeps its dependencies is a policy fail (%s)',
    async (head) => {
      const { code, report, files } = await check(pm, head);
      expect(code).toBe(1);
      expect(files).toEqual([`lockfile-deleted ${LOCKFILES[pm]}`]);
      expect(report.fileFindings![0]!.problem).toMatch(
        /is emptied \(it locks no package; its base locked 1\) while package\.json declares a dependency/,
      );
    },
  );

  // A full scan has no base: the emptied file (which the frozen install refuses and a plain install
  // resolves afresh, see INSTALLED.txt) is a warning with exit 0, never a fail; it passed without a word.
  it.each(pm === 'yarn1' ? ['emptied', 'emptied-header'] : ['emptied'])(
    'a full scan of the emptied lockfile beside package.json warns and passes (%s)',
    async (head) => {
      const { code, stdout } = await cliProcess([
        ...['--head-dir', path.join(CASES, pm, head), '--all'],
        ...['--offline', '--no-content', '--format', 'json'],
      ]);
      const report = JSON.parse(stdout) as ReportJson;
      expect([code, report.fileFindings ?? []]).toEqual([0, []]);
      const warnings = report.messages.filter((m) => m.level === 'warning').map((m) => [m.file, m.message]);
      expect(warnings).toEqual([
        [
          LOCKFILES[pm],
          expect.stringMatching(
            new RegExp(
              `^${LOCKFILES[pm]!.replace('.', '\\.')} locks no package while package\\.json declares a dependency: the frozen install refuses it`,
            ),
          ),
        ],
      ]);
      // The JSON report keeps the warning on the lockfile too (where many are grouped into one message).
      expect(report.lockfiles.map((l) => l.locksNothing)).toEqual([warnings[0]![1]]);
    },
  );

  it('the twin (package.json and the lockfile the tool wrote for it) is clean', async () => {
    const { code, files } = await check(pm, 'benign');
    expect([code, files]).toEqual([0, []]);
  });
});

describe('many emptied lockfiles in one full scan (parcel keeps dozens of empty yarn.lock test fixtures)', () => {
  /** A tree with `count` copies of yarn1/emptied (package.json with a dependency, an empty yarn.lock). */
  async function scan(count: number) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-emptied-'));
    for (let i = 0; i < count; i++)
      cpSync(path.join(CASES, 'yarn1', 'emptied'), path.join(dir, `test/fixture-${String(i).padStart(3, '0')}`), {
        recursive: true,
      });
    const { code, stdout } = await cli(['--head-dir', dir, '--all', '--offline', '--no-content', '--format', 'json']);
    const report = JSON.parse(stdout) as ReportJson;
    return { code, report, warnings: report.messages.filter((m) => m.level === 'warning') };
  }

  it('are one warning naming the count and the first paths; each lockfile keeps its own in the JSON report', async () => {
    const { code, report, warnings } = await scan(120);
    expect(code).toBe(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.file).toBeUndefined();
    expect(warnings[0]!.message).toMatch(
      /^120 lockfiles lock no package while a package\.json they serve declares dependencies: .* The first: test\/fixture-000\/yarn\.lock, test\/fixture-001\/yarn\.lock, test\/fixture-002\/yarn\.lock, test\/fixture-003\/yarn\.lock, test\/fixture-004\/yarn\.lock, and 115 more\.$/,
    );
    // Bounded: it prints whole on one text line.
    expect(warnings[0]!.message.length).toBeLessThanOrEqual(500);
    expect(report.lockfiles).toHaveLength(120);
    for (const lockfile of report.lockfiles)
      expect(lockfile.locksNothing).toMatch(
        new RegExp(
          `^${lockfile.path.replaceAll('.', '\\.')} locks no package while test/fixture-\\d+/package\\.json declares a dependency`,
        ),
      );
  });

  it('up to three are a warning each, on its file', async () => {
    const { warnings } = await scan(3);
    expect(warnings.map((w) => w.file)).toEqual([
      'test/fixture-000/yarn.lock',
      'test/fixture-001/yarn.lock',
      'test/fixture-002/yarn.lock',
    ]);
  });
});
