/**
 * Locked versions outside package.json's range, through the built CLI (dist/cli.js). Each case under
 * test/fixtures/ranges/<pm>/ is a base the real package manager wrote for `"benign": "~1.0.0"`, the head
 * `outside` (the lockfile locks benign 1.1.0 while package.json still asks ~1.0.0) and its twin `benign`
 * (package.json asks 1.1.0 and the tool wrote the lockfile). outside/INSTALLED.txt records that pnpm 9,
 * Yarn 4 --immutable and Bun --frozen-lockfile install 1.1.0 from it, and that npm ci, pnpm 10 and yarn 1
 * refuse it.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { ReportJson } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { cliProcess } from '../support/cli.js';

const CASES = path.join(ROOT, 'test', 'fixtures', 'ranges');
const EMPTY = mkdtempSync(path.join(os.tmpdir(), 'lockgate-no-base-'));

async function check(pm: string, head: string, base = path.join(CASES, pm, 'base')) {
  const { code, stdout } = await cliProcess([
    ...['--base-dir', base, '--head-dir', path.join(CASES, pm, head)],
    ...['--offline', '--no-content', '--format', 'json'],
  ]);
  const report = JSON.parse(stdout) as ReportJson;
  return {
    code,
    report,
    files: (report.fileFindings ?? []).map((f) => `${f.kind} ${f.file}:${f.line ?? ''} ${f.key ?? ''}`.trim()),
  };
}

/** Each case's lockfile and the line of its benign entry, as the tool wrote it. */
const CASES_AT: Record<string, [string, number]> = {
  npm: ['package-lock.json', 14],
  pnpm: ['pnpm-lock.yaml', 17],
  pnpm9: ['pnpm-lock.yaml', 17],
  yarn1: ['yarn.lock', 5],
  berry: ['yarn.lock', 16],
  bun: ['bun.lock', 12],
};

describe.each(Object.keys(CASES_AT))('%s: a locked version outside the range package.json asks for', (pm) => {
  const [lockfile, line] = CASES_AT[pm]!;
  it('is a policy fail on the entry’s lockfile line when the change moves the locked version', async () => {
    const { code, report, files } = await check(pm, 'outside');
    expect(code).toBe(1);
    expect(report.verdict).toBe('policy');
    expect(files).toEqual([`range-unsatisfied ${lockfile}:${line} benign`]);
    expect(report.fileFindings![0]!.problem).toContain(
      `${lockfile} locks benign@1.1.0, which package.json does not allow (it asks for ~1.0.0)`,
    );
  });

  it('the twin (package.json asks 1.1.0, the lockfile the tool wrote) is clean', async () => {
    const { code, files } = await check(pm, 'benign');
    expect([code, files]).toEqual([0, []]);
  });

  it('a lockfile with no base is a warning, not a fail', async () => {
    // (The registry config the case adds is a finding of its own against an empty base.)
    const { report, files } = await check(pm, 'outside', EMPTY);
    expect(files.filter((f) => f.startsWith('range'))).toEqual([]);
    const warning = report.messages.find((m) => m.level === 'warning' && m.message.includes('does not allow'));
    expect(warning).toMatchObject({ file: lockfile, line });
    // A full scan has no base either: the sentence does not claim the lockfile is new.
    expect(warning?.message).toMatch(/no base version of the lockfile to compare \(a new lockfile, or a full scan\)/);
  });
});
