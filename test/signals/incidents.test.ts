/**
 * Each real incident, replayed at the time a pull request could have brought it
 * in, fails the check through registry signals alone (the advisory snapshot
 * here is empty: no advisory existed yet), in every lockfile format; every
 * ordinary upgrade passes with no fail-level signal. Runs the CLI function
 * against the test registry on 127.0.0.1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTexts, type ReportJson } from '../../src/core/report.js';
import { runPair, useNoAdvisoryWorld } from '../support/no-advisory-world.js';
import { CONTROLS, INCIDENTS, ROUTINE, type Replay } from './incidents.js';
import { FORMATS, writeProject, type Format } from './lockfile-pairs.js';

const world = useNoAdvisoryWorld('incidents', '2025-01-01T00:00:00Z');

async function check(replay: Replay, format: Format, extra: string[] = []) {
  for (const pkg of replay.registry) world.registry.put(pkg);
  world.registry.setNow(Date.parse(replay.at));
  const dir = path.join(world.tmp, `${replay.name.replace(/\W+/g, '-')}-${format}`);
  writeProject(path.join(dir, 'base'), format, replay.base);
  writeProject(path.join(dir, 'head'), format, replay.head);
  // Registry signals alone: package content has its own replay (test/content/replay.test.ts).
  return runPair(world, dir, ['--no-content', ...extra]);
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
    world.registry.reset();
    const { code, report } = await check(chalk, 'npm', ['--offline']);
    expect(code).toBe(0);
    expect(world.registry.requests).toEqual([]);
    // Not asked, and said so: never listed as answered.
    expect(report.sources.find((s) => s.name === 'registry')).toMatchObject({ state: 'not-asked', ok: false });
    expect(report.notChecked.join('; ')).toContain('registry signals (offline; 1 new version)');
  });

  it('a registry that does not answer holds the version (retry later), or exit 2 with --require-live', async () => {
    world.registry.fault('/', { kind: 'status', status: 503 });
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
      world.registry.reset();
    }
  });

  it('lists git and tarball dependencies as not checked by registry signals', async () => {
    const dir = path.join(world.tmp, 'git-dep');
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
    world.registry.put({ name: 'ms', versions: { '2.1.3': { published: '2020-12-08T14:32:00.000Z' } } });
    const { code, report } = await runPair(world, dir, ['--no-content']);
    expect(code).toBe(0);
    expect(report.lockfiles[0]!.notChecked).toEqual([
      { name: 'left-pad', version: '1.3.0', reason: 'a git dependency, not from the registry' },
    ]);
  });
});
