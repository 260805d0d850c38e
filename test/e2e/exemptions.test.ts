/**
 * Per-version, expiring exemptions and `--holds warn`, end to end through the
 * built CLI (dist/cli.js as a child process) against the registry stand-in on
 * 127.0.0.1: an exemption turns the hold into a note until it expires, then
 * the hold is back (with a warning saying why); an exemption that matches
 * nothing says so; `--holds warn` makes holds warnings, keeps every other
 * fail, and words the hold for a local run ("can install from").
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/core/report.js';
import { utcDate } from '../../src/config/config-file.js';
import { cliTextAndJson } from '../support/cli.js';
import { startGitHubAdvisoriesServer, type GitHubServer } from '../support/github-advisories-server.js';
import { startOsvServer, type OsvServer } from '../support/osv-server.js';
import { startRegistryServer, type RegistryServer } from '../support/registry-server.js';
import { writeProject, type LockPackage } from '../signals/lockfile-pairs.js';
import { pairFlags, standInFlags } from '../support/cli-flags.js';

const DAY = 86_400_000;
let registry: RegistryServer;
let osv: OsvServer;
let github: GitHubServer;
let tmp: string;
let counter = 0;

beforeAll(async () => {
  // The registry's clock is its own (the Date header); the config's expiry dates are the machine's days.
  registry = await startRegistryServer([
    {
      name: 'chalkish',
      versions: {
        '5.6.0': { published: '2025-08-20T09:00:00.000Z' },
        '5.6.1': { published: '2025-09-08T13:16:00.000Z' },
      },
    },
    {
      name: 'gonepkg',
      versions: {
        '1.0.0': { published: '2025-03-01T09:00:00.000Z' },
        '1.0.1': { published: '2025-09-01T09:00:00.000Z', unpublished: true },
      },
    },
  ]);
  registry.setNow(Date.parse('2025-09-08T15:00:00.000Z'));
  osv = await startOsvServer({ records: [] });
  github = await startGitHubAdvisoriesServer({ advisories: [] });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-exemptions-'));
}, 60_000);
afterAll(async () => {
  await registry.close();
  await osv.close();
  await github.close();
  rmSync(tmp, { recursive: true, force: true });
});

const day = (offset: number) => utcDate(new Date(Date.now() + offset * DAY));

/** chalkish 5.6.0 → 5.6.1 (two hours old), and with `gone`, gonepkg 1.0.0 → 1.0.1 (unpublished). */
async function run(config: string | undefined, extra: string[] = [], gone = false) {
  const dir = path.join(tmp, `case-${++counter}`);
  const base: LockPackage[] = [
    { name: 'chalkish', version: '5.6.0' },
    ...(gone ? [{ name: 'gonepkg', version: '1.0.0' }] : []),
  ];
  const head: LockPackage[] = [
    { name: 'chalkish', version: '5.6.1', range: '^5.6.0' },
    ...(gone ? [{ name: 'gonepkg', version: '1.0.1' }] : []),
  ];
  writeProject(path.join(dir, 'base'), 'npm', base);
  writeProject(path.join(dir, 'head'), 'npm', head);
  const configArgs: string[] = [];
  if (config !== undefined) {
    mkdirSync(path.join(dir, 'config'), { recursive: true });
    writeFileSync(path.join(dir, 'config', 'lockgate.yml'), config);
    configArgs.push('--config', path.join(dir, 'config', 'lockgate.yml'));
  }
  const args = [...pairFlags(dir), ...standInFlags({ registry, osv, github }), '--no-content', ...configArgs, ...extra];
  return cliTextAndJson<ReportJson>(args);
}

const exemption = (versions: string, expires: string) => `ignore:
  - package: chalkish
    versions: "${versions}"
    signal: release-age
    reason: "reviewed the diff in #456"
    expires: ${expires}
`;

describe('exemptions from a signal', () => {
  it('without one the version is held, worded for a local run, with the version to use instead', async () => {
    const { code, text, report } = await run(undefined);
    expect(code).toBe(1);
    expect(text).toContain('can install from 2025-09-11 13:16 UTC');
    expect(text).not.toContain('can merge from');
    expect(text).toContain(
      '→ use 5.6.0 instead, the newest of ^5.6.0 (in package.json) that passes today: in package.json "dependencies", change it to "chalkish": "5.6.0", then run npm install',
    );
    expect(report.holds).toEqual({ mode: 'fail', verb: 'install' });
  }, 60_000);

  it('one in force turns the hold into a note; once expired the hold is back, with a warning', async () => {
    const exempt = await run(exemption('5.6.1', day(2)));
    expect(exempt.code, exempt.text).toBe(0);
    expect(exempt.report.verdict).toBe('clean');
    expect(exempt.report.lockfiles[0]!.signals).toEqual([]);
    expect(exempt.report.lockfiles[0]!.suggestions).toBeUndefined();
    const note = exempt.report.messages.find((m) => m.message.startsWith('Exempted chalkish@5.6.1'));
    expect(note).toMatchObject({ level: 'note', file: 'package-lock.json' });
    expect(note!.message).toContain(
      `from release-age per lockgate.yml until ${day(2)} (reason: reviewed the diff in #456)`,
    );

    const expired = await run(exemption('5.6.1', day(-2)));
    expect(expired.code).toBe(1);
    expect(expired.report.verdict).toBe('held');
    expect(expired.report.messages).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining(
          `the exemption from release-age expired on ${day(-2)}, so release-age applies again`,
        ),
      }),
    );
  }, 60_000);

  it('one that matches no signal says so, and the hold stands', async () => {
    const { code, report } = await run(exemption('5.6.0', day(2)));
    expect(code).toBe(1);
    expect(report.messages).toContainEqual(
      expect.objectContaining({
        level: 'note',
        message: expect.stringContaining(
          'Ignore entry for chalkish 5.6.0 (signal release-age) in lockgate.yml matched no signal of this change',
        ),
      }),
    );
  }, 60_000);

  it('an expired advisory entry is still a config error (exit 2); an unknown signal is one too', async () => {
    const advisory = await run(
      `ignore:\n  - package: chalkish\n    versions: "*"\n    advisory: MAL-2025-1\n    reason: r\n    expires: ${day(-2)}\n`,
    );
    expect(advisory.code).toBe(2);
    const unknown = await run(
      `ignore:\n  - package: chalkish\n    versions: "*"\n    signal: too-young\n    reason: r\n    expires: ${day(2)}\n`,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.report.messages[0]!.message).toContain('signal "too-young" is not a signal; expected one of');
  }, 60_000);
});

describe('--holds warn', () => {
  it('makes a hold a warning (exit 0) and keeps every other fail', async () => {
    const warned = await run(undefined, ['--holds', 'warn']);
    expect(warned.code, warned.text).toBe(0);
    expect(warned.report.lockfiles[0]!.signals[0]).toMatchObject({ signal: 'release-age', level: 'warn' });
    expect(warned.report.lockfiles[0]!.signals[0]!.detail).toContain(
      'so it can install from 2025-09-11 13:16 UTC (a warning: holds is set to warn)',
    );
    expect(warned.report.holds).toEqual({ mode: 'warn', verb: 'install' });

    const gone = await run(undefined, ['--holds', 'warn'], true);
    expect(gone.code).toBe(1);
    expect(gone.report.lockfiles[0]!.signals.filter((s) => s.level === 'fail').map((s) => s.signal)).toEqual([
      'unpublished',
    ]);
  }, 60_000);
});
