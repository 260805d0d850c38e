/**
 * Each real incident, replayed at the time a pull request could have brought it
 * in, fails the check through registry signals alone (the advisory snapshot
 * here is empty: no advisory existed yet), in every lockfile format; every
 * ordinary upgrade passes with no fail-level signal. Runs the CLI function
 * against the test registry on 127.0.0.1.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSnapshot } from '../../src/advisories/snapshot-format.js';

import { messageTexts, type ReportJson } from '../../src/core/report.js';

import { runCli } from '../../src/entry/cli.js';
import { startGitHubAdvisoriesServer, type GitHubServer } from '../support/github-advisories-server.js';
import { startOsvServer, type OsvServer } from '../support/osv-server.js';
import { startRegistryServer, type RegistryServer } from '../support/registry-server.js';
import { parseReport } from '../support/report-schema.js';

import { CONTROLS, INCIDENTS, ROUTINE, type Replay } from './incidents.js';
import { FORMATS, writeProject, type Format } from './lockfile-pairs.js';

/** The JSON contract: the report model plus `notes` and `errors` as sentences. */

let registry: RegistryServer;
let osv: OsvServer;
let github: GitHubServer;
let tmp: string;
let emptySnapshot: string;

beforeAll(async () => {
  registry = await startRegistryServer();
  // The live advisory sources answer, and know nothing yet.
  osv = await startOsvServer({ records: [] });
  github = await startGitHubAdvisoriesServer({ records: [] });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-incidents-'));
  emptySnapshot = path.join(tmp, 'empty.snapshot');
  writeFileSync(emptySnapshot, encodeSnapshot([], { asOf: '2025-01-01T00:00:00Z' }));
});
afterAll(async () => {
  await registry.close();
  await osv.close();
  await github.close();
  rmSync(tmp, { recursive: true, force: true });
});

const live = () => [
  '--registry-url',
  registry.url,
  '--osv-url',
  osv.url,
  '--github-api-url',
  github.url,
  '--format',
  'json',
];

async function check(replay: Replay, format: Format, extra: string[] = []) {
  for (const pkg of replay.registry) registry.put(pkg);
  registry.setNow(Date.parse(replay.at));
  const dir = path.join(tmp, `${replay.name.replace(/\W+/g, '-')}-${format}`);
  writeProject(path.join(dir, 'base'), format, replay.base);
  writeProject(path.join(dir, 'head'), format, replay.head);
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    ['--base-dir', path.join(dir, 'base'), '--head-dir', path.join(dir, 'head'), ...live(), ...extra],
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env: { PATH: process.env.PATH },
      snapshotPath: emptySnapshot,
      retry: { maxAttempts: 1, sleep: async () => {} },
    },
  );
  return { code, report: parseReport<ReportJson>(stdout), stderr };
}

/** `name@version` → sorted signal names per level. */
function signalsOf(report: ReportJson) {
  const out: Record<string, { fail: string[]; warn: string[] }> = {};
  for (const s of report.lockfiles.flatMap((l) => l.signals)) {
    const entry = (out[`${s.name}@${s.version}`] ??= { fail: [], warn: [] });
    entry[s.level].push(s.signal);
  }
  for (const e of Object.values(out)) {
    e.fail.sort();
    e.warn.sort();
  }
  return out;
}

function expected(replay: Replay) {
  const out: Record<string, { fail: string[]; warn: string[] }> = {};
  for (const [key, e] of Object.entries(replay.expect)) {
    out[key] = { fail: [...e.fail].sort(), warn: [...(e.warn ?? [])].sort() };
  }
  return out;
}

describe.each(FORMATS)('%s lockfiles', (format) => {
  for (const replay of INCIDENTS) {
    it(`fails ${replay.name} with no advisory`, async () => {
      const { code, report } = await check(replay, format);
      expect(messageTexts(report, 'error')).toEqual([]);
      expect(report.lockfiles.flatMap((l) => l.findings)).toEqual([]);
      expect(signalsOf(report)).toEqual(expected(replay));
      expect(code).toBe(1);
      const registrySource = report.sources.find((s) => s.type === 'registry');
      expect(registrySource).toMatchObject({ ok: true, state: 'answered' });
      expect(registrySource?.type === 'registry' && registrySource.requests).toBeGreaterThan(0);
      // Every fail-level signal sits on the head lockfile's line of that version.
      for (const s of report.lockfiles.flatMap((l) => l.signals)) expect(s.line).toBeGreaterThan(0);
    });
  }
  for (const control of CONTROLS) {
    it(`passes ${control.name}`, async () => {
      const { code, report } = await check(control, format);
      expect(messageTexts(report, 'error')).toEqual([]);
      expect(signalsOf(report)).toEqual(expected(control));
      expect(code).toBe(0);
    });
  }
});

describe.each(FORMATS)('%s lockfiles: routine upgrades with real registry times, 4 days on', (format) => {
  for (const replay of ROUTINE) {
    it(`passes ${replay.name}`, async () => {
      const { code, report } = await check(replay, format);
      expect(messageTexts(report, 'error')).toEqual([]);
      const fails = report.lockfiles.flatMap((l) => l.signals).filter((s) => s.level === 'fail');
      expect(fails).toEqual([]);
      expect(code).toBe(0);
    });
  }
});

describe('the hold, the clock and the outage', () => {
  const chalk = INCIDENTS[0]!;
  it('clears once the registry clock passes eligibleAt, whatever the local clock says', async () => {
    const held = await check(chalk, 'npm');
    const eligibleAt = held.report.lockfiles[0]!.signals[0]!.eligibleAt!;
    expect(eligibleAt).toBe('2025-09-11T13:16:00Z');
    const later = await check({ ...chalk, at: '2025-09-11T13:16:01.000Z' }, 'npm');
    expect(later.code).toBe(0);
    expect(later.report.lockfiles[0]!.signals).toEqual([]);
  });

  it('--min-release-age 0 lifts the hold; 12h holds for twelve hours', async () => {
    expect((await check(chalk, 'npm', ['--min-release-age', '0'])).code).toBe(0);
    const short = await check(chalk, 'npm', ['--min-release-age', '12h']);
    expect(short.report.lockfiles[0]!.signals[0]!.eligibleAt).toBe('2025-09-09T01:16:00Z');
  });

  it('--offline reads no registry', async () => {
    registry.reset();
    const { code, report } = await check(chalk, 'npm', ['--offline']);
    expect(code).toBe(0);
    expect(registry.requests).toEqual([]);
    // Not asked, and said so: never listed as answered.
    expect(report.sources.find((s) => s.name === 'registry')).toMatchObject({ state: 'not-asked', ok: false });
    expect(report.notChecked.join('; ')).toContain('registry signals (offline; 1 new version)');
  });

  it('a registry that does not answer holds the version (retry later), or exit 2 with --require-live', async () => {
    registry.fault('/', { kind: 'status', status: 503 });
    try {
      const held = await check(chalk, 'npm');
      expect(held.code).toBe(1);
      expect(held.report.sources.find((s) => s.name === 'registry')).toMatchObject({ ok: false });
      expect(messageTexts(held.report, 'note', 'warning').join('\n')).toMatch(
        /Registry signals are incomplete: the registry did not answer for 1 package \(.*HTTP 503/,
      );
      expect(held.report.lockfiles[0]!.signals).toEqual([
        expect.objectContaining({ name: 'chalk', version: '5.6.1', signal: 'unanswered', level: 'fail' }),
      ]);
      expect(held.report.lockfiles[0]!.signals[0]!.detail).toMatch(/HTTP 503.*held until it does/);
      expect(held.report.lockfiles[0]!.notChecked ?? []).toEqual([]);
      const strict = await check(chalk, 'npm', ['--require-live']);
      expect(strict.code).toBe(2);
      expect(strict.stderr).toMatch(/Required source registry did not answer/);
    } finally {
      registry.reset();
    }
  });

  it('lists git and tarball dependencies as not checked by registry signals', async () => {
    const dir = path.join(tmp, 'git-dep');
    writeProject(path.join(dir, 'base'), 'npm', [{ name: 'ms', version: '2.1.3' }]);
    const head = writeProject(path.join(dir, 'head'), 'npm', [
      { name: 'ms', version: '2.1.3' },
      { name: 'left-pad', version: '1.3.0' },
    ]);
    const { readFileSync } = await import('node:fs');
    const lock = JSON.parse(readFileSync(head, 'utf8')) as { packages: Record<string, { resolved: string }> };
    lock.packages['node_modules/left-pad']!.resolved =
      'git+ssh://git@github.com/left-pad/left-pad.git#5f2a0d5d3d0b1b5e1c4a6f0b7d9e3c2a1b0f9e8d';
    writeFileSync(head, JSON.stringify(lock, null, 2));
    // A new package from a git host is an unapproved-host finding unless the config allows the host.
    mkdirSync(path.join(dir, 'head', '.github'), { recursive: true });
    writeFileSync(
      path.join(dir, 'head', '.github', 'lockgate.yml'),
      'allowed-hosts:\n  - registry.npmjs.org\n  - github.com\n',
    );
    registry.put({ name: 'ms', versions: { '2.1.3': { published: '2020-12-08T14:32:00.000Z' } } });
    let stdout = '';
    const code = await runCli(['--base-dir', path.join(dir, 'base'), '--head-dir', path.join(dir, 'head'), ...live()], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      env: {},
      snapshotPath: emptySnapshot,
      retry: { maxAttempts: 1 },
    });
    const report = parseReport<ReportJson>(stdout);
    expect(code).toBe(0);
    expect(report.lockfiles[0]!.notChecked).toEqual([
      { name: 'left-pad', version: '1.3.0', reason: 'a git dependency, not from the registry' },
    ]);
  });
});
