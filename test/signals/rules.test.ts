import { describe, expect, it } from 'vitest';
import { readPackument } from '../../src/signals/packument.js';
import { evaluateSignals, overrideHolds, type RegistryAnswer, type SignalTarget } from '../../src/signals/rules.js';
import { allowedBy } from '../../src/signals/settings.js';
import { parseDuration } from '../../src/core/duration.js';
import {
  DEFAULT_LEVELS,
  DEFAULT_MIN_RELEASE_AGE_MS,
  type Signal,
  type SignalName,
  type SignalSettings,
} from '../../src/core/signals.js';

const H = 3_600_000;
const D = 24 * H;
const NOW = Date.parse('2026-01-10T12:00:00Z');
const settings: SignalSettings = { minReleaseAgeMs: DEFAULT_MIN_RELEASE_AGE_MS, levels: { ...DEFAULT_LEVELS } };

interface V {
  /** Age at NOW, in ms. */
  age: number;
  user?: string;
  email?: string;
  trusted?: boolean;
  provenance?: boolean;
  scripts?: Record<string, string>;
  hasInstallScript?: boolean;
  /** In `time` only (unpublished). */
  gone?: boolean;
}

/** A full packument in the registry's shape, read back through readPackument. */
function meta(versions: Record<string, V>, created?: number): RegistryAnswer {
  const time: Record<string, string> = {};
  const vs: Record<string, unknown> = {};
  for (const [v, x] of Object.entries(versions)) {
    time[v] = new Date(NOW - x.age).toISOString();
    if (x.gone) continue;
    vs[v] = {
      name: 'pkg',
      version: v,
      ...(x.scripts ? { scripts: x.scripts } : {}),
      ...(x.hasInstallScript ? { hasInstallScript: true } : {}),
      _npmUser: {
        name: x.user ?? 'alice',
        email: x.email ?? 'alice@example.org',
        ...(x.trusted ? { trustedPublisher: { id: 'github', oidcConfigId: 'oidc:1' } } : {}),
      },
      dist: {
        tarball: `https://registry.npmjs.org/pkg/-/pkg-${v}.tgz`,
        integrity: 'sha512-AAAA',
        ...(x.provenance
          ? { attestations: { url: 'https://x', provenance: { predicateType: 'https://slsa.dev/provenance/v1' } } }
          : {}),
      },
    };
  }
  const ages = Object.values(versions).map((x) => x.age);
  time.created = new Date(created ?? NOW - Math.max(...ages)).toISOString();
  time.modified = new Date(NOW - Math.min(...ages)).toISOString();
  const m = readPackument('pkg', { name: 'pkg', versions: vs, time });
  if (!m) throw new Error('not a packument');
  return { kind: 'found', meta: m };
}

function target(version: string, replaces: string[] = [], newToLockfile = false): SignalTarget {
  return { name: 'pkg', version, line: 7, replaces, newToLockfile };
}

const pick = (signals: Signal[], name: SignalName) => signals.filter((s) => s.signal === name);
const run = (t: SignalTarget, a: RegistryAnswer, s: SignalSettings = settings) => evaluateSignals(t, a, NOW, s);

describe('release-age', () => {
  const cases: { name: string; age: number; min: number; level?: 'fail'; eligible?: string }[] = [
    { name: 'an hour old under 3d: held', age: H, min: 3 * D, level: 'fail', eligible: '2026-01-13T11:00:00Z' },
    {
      name: 'one second short of 3d: held',
      age: 3 * D - 1000,
      min: 3 * D,
      level: 'fail',
      eligible: '2026-01-10T12:00:01Z',
    },
    { name: 'exactly 3d: passes', age: 3 * D, min: 3 * D },
    { name: 'two weeks: passes', age: 14 * D, min: 3 * D },
    { name: '0 turns it off', age: 60_000, min: 0 },
    { name: '72h is 3d', age: 71 * H, min: 72 * H, level: 'fail', eligible: '2026-01-10T13:00:00Z' },
    {
      name: 'published after the clock (skew): held',
      age: -H,
      min: 3 * D,
      level: 'fail',
      eligible: '2026-01-13T13:00:00Z',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = pick(
        run(target('1.0.1', ['1.0.0']), meta({ '1.0.0': { age: 30 * D }, '1.0.1': { age: c.age } }), {
          ...settings,
          minReleaseAgeMs: c.min,
        }),
        'release-age',
      );
      if (!c.level) expect(got).toEqual([]);
      else expect(got).toEqual([expect.objectContaining({ level: 'fail', eligibleAt: c.eligible, line: 7 })]);
    });
  }

  it('the configured level caps it: warn has no eligibleAt, off is silent', () => {
    const answer = meta({ '1.0.0': { age: 30 * D }, '1.0.1': { age: H } });
    const warn = pick(
      run(target('1.0.1', ['1.0.0']), answer, { ...settings, levels: { ...DEFAULT_LEVELS, 'release-age': 'warn' } }),
      'release-age',
    );
    expect(warn).toEqual([expect.objectContaining({ level: 'warn' })]);
    expect(warn[0]).not.toHaveProperty('eligibleAt');
    expect(
      pick(
        run(target('1.0.1', ['1.0.0']), answer, { ...settings, levels: { ...DEFAULT_LEVELS, 'release-age': 'off' } }),
        'release-age',
      ),
    ).toEqual([]);
  });

  it('a version with no publish time (no time entry and no modified) is held, never passed', () => {
    const timeless = readPackument('pkg', {
      name: 'pkg',
      versions: { '1.0.1': { name: 'pkg', version: '1.0.1', dist: { integrity: 'sha512-AAAA' } } },
    });
    const signals = run(target('1.0.1', ['1.0.0']), { kind: 'found', meta: timeless! });
    expect(signals).toEqual([
      expect.objectContaining({
        signal: 'unanswered',
        level: 'fail',
        detail: expect.stringMatching(/no publish time/),
      }),
    ]);
    // With the hold off, nothing needs the time.
    expect(
      run(target('1.0.1', ['1.0.0']), { kind: 'found', meta: timeless! }, { ...settings, minReleaseAgeMs: 0 }),
    ).toEqual([]);
  });

  it('the override label turns holds into warnings and nothing else', () => {
    const signals = run(
      target('1.0.1', ['1.0.0']),
      meta({ '1.0.0': { age: 30 * D }, '1.0.1': { age: H, gone: false, scripts: { postinstall: 'node x' } } }),
    );
    const after = overrideHolds(signals, 'lockgate-override');
    expect(pick(after, 'release-age')).toEqual([expect.objectContaining({ level: 'warn' })]);
    expect(pick(after, 'release-age')[0]!.detail).toContain('lockgate-override');
    expect(pick(after, 'install-script-added')).toEqual(pick(signals, 'install-script-added'));
  });
});

describe('install-script-added', () => {
  const cases: { name: string; from: V; to: V; replaces?: boolean; expect?: 'fail' | 'warn' }[] = [
    {
      name: 'postinstall added, 1 day old: fail',
      from: { age: 400 * D },
      to: { age: D, scripts: { postinstall: 'node bundle.js' } },
      expect: 'fail',
    },
    {
      name: 'install added, 4 days old (past the 3-day review window): warn',
      from: { age: 400 * D },
      to: { age: 4 * D, scripts: { install: 'node install.js' } },
      expect: 'warn',
    },
    {
      name: 'install added, 10 days old: warn',
      from: { age: 400 * D },
      to: { age: 10 * D, scripts: { install: 'node install.js' } },
      expect: 'warn',
    },
    {
      name: 'preinstall added: fail',
      from: { age: 400 * D },
      to: { age: D, scripts: { preinstall: 'x' } },
      expect: 'fail',
    },
    {
      name: 'hasInstallScript only: fail',
      from: { age: 400 * D },
      to: { age: D, hasInstallScript: true },
      expect: 'fail',
    },
    { name: 'prepare is not an install script', from: { age: 400 * D }, to: { age: D, scripts: { prepare: 'tsc' } } },
    {
      name: 'replaced an existing postinstall (nx): nothing',
      from: { age: 20 * D, scripts: { postinstall: 'node a.js' } },
      to: { age: H, scripts: { postinstall: 'node telemetry.js' } },
    },
    {
      name: 'empty script string does not count',
      from: { age: 400 * D },
      to: { age: D, scripts: { postinstall: ' ' } },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = pick(
        run(target('2.0.1', ['2.0.0']), meta({ '2.0.0': c.from, '2.0.1': c.to })),
        'install-script-added',
      );
      if (!c.expect) expect(got).toEqual([]);
      else {
        expect(got).toEqual([expect.objectContaining({ level: c.expect })]);
        expect(got[0]!.detail).toContain('2.0.0, the version it replaces');
        if (c.expect === 'fail')
          expect(got[0]!.eligibleAt).toBe(new Date(NOW - c.to.age + 3 * D).toISOString().replace('.000Z', 'Z'));
      }
    });
  }

  it('an added package compares with the release before it by publish time, not by semver', () => {
    // 4.2.1 (script) published after 5.0.0 (no script) and 4.2.0: the release before it is 5.0.0.
    const answer = meta({
      '4.2.0': { age: 20 * H },
      '5.0.0': { age: 19 * H, scripts: { postinstall: 'x' } },
      '4.2.1': { age: 18 * H, scripts: { postinstall: 'node setup.js' } },
    });
    expect(pick(run(target('4.2.1', [], true), answer), 'install-script-added')).toEqual([]);
    const clean = meta({
      '4.2.0': { age: 20 * H },
      '4.2.1': { age: 18 * H, scripts: { postinstall: 'node setup.js' } },
    });
    const got = pick(run(target('4.2.1', [], true), clean), 'install-script-added');
    expect(got).toEqual([expect.objectContaining({ level: 'fail' })]);
    expect(got[0]!.detail).toContain('4.2.0, the release before it');
  });

  it('a first release with a script has nothing to compare with', () => {
    expect(
      pick(
        run(target('1.0.0', [], true), meta({ '1.0.0': { age: H, scripts: { postinstall: 'x' } } })),
        'install-script-added',
      ),
    ).toEqual([]);
  });
});

describe('trust-downgrade', () => {
  const cases: { name: string; from: V; to: V; replaces: string[]; expect?: 'fail' | 'warn'; lost?: string }[] = [
    {
      name: 'lost both (axios 1.14.1)',
      from: { age: 10 * D, trusted: true, provenance: true },
      to: { age: H },
      replaces: ['1.0.0'],
      expect: 'fail',
      lost: 'a trusted publisher and a provenance attestation',
    },
    {
      name: 'lost provenance only (nx 21.5.0)',
      from: { age: 5 * D, provenance: true },
      to: { age: H },
      replaces: ['1.0.0'],
      expect: 'fail',
      lost: 'a provenance attestation',
    },
    {
      name: 'lost trusted publisher, kept provenance',
      from: { age: 5 * D, trusted: true, provenance: true },
      to: { age: H, provenance: true },
      replaces: ['1.0.0'],
      expect: 'fail',
      lost: 'a trusted publisher',
    },
    {
      name: 'four days old, past the 3-day review window (a release published once by hand): warn',
      from: { age: 90 * D, provenance: true },
      to: { age: 4 * D },
      replaces: ['1.0.0'],
      expect: 'warn',
    },
    {
      name: 'older than 30 days: warn',
      from: { age: 90 * D, provenance: true },
      to: { age: 31 * D },
      replaces: ['1.0.0'],
      expect: 'warn',
    },
    {
      name: 'same trust: nothing',
      from: { age: 10 * D, provenance: true },
      to: { age: H, provenance: true },
      replaces: ['1.0.0'],
    },
    {
      name: 'gained trust: nothing',
      from: { age: 10 * D },
      to: { age: H, trusted: true, provenance: true },
      replaces: ['1.0.0'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = pick(run(target('1.0.1', c.replaces), meta({ '1.0.0': c.from, '1.0.1': c.to })), 'trust-downgrade');
      if (!c.expect) expect(got).toEqual([]);
      else {
        expect(got).toEqual([expect.objectContaining({ level: c.expect })]);
        if (c.lost) expect(got[0]!.detail).toContain(`with ${c.lost};`);
      }
    });
  }

  it('compares with the replaced version, not any earlier release (semver 6.3.1, vite 6.4.1)', () => {
    // 7.0.0 had provenance; 6.3.0 and 6.3.1 never did: 6.3.0 → 6.3.1 is no downgrade.
    const answer = meta({
      '6.3.0': { age: 900 * D },
      '7.0.0': { age: 800 * D, provenance: true },
      '6.3.1': { age: 5 * D },
    });
    expect(pick(run(target('6.3.1', ['6.3.0']), answer), 'trust-downgrade')).toEqual([]);
  });

  it('an added package compares with the latest earlier release on its major', () => {
    const answer = meta({ '1.9.0': { age: 20 * D, provenance: true }, '2.0.0': { age: 10 * D }, '2.0.1': { age: H } });
    expect(pick(run(target('2.0.1', [], false), answer), 'trust-downgrade')).toEqual([]);
    const lost = meta({ '2.0.0': { age: 20 * D, provenance: true }, '3.0.0': { age: 10 * D }, '2.0.1': { age: H } });
    expect(pick(run(target('2.0.1', [], false), lost), 'trust-downgrade')).toEqual([
      expect.objectContaining({ level: 'fail' }),
    ]);
  });

  it('with several replaced versions, the one on the same major', () => {
    const answer = meta({
      '0.30.3': { age: 30 * D },
      '1.14.0': { age: 10 * D, provenance: true },
      '1.14.1': { age: H },
    });
    expect(pick(run(target('1.14.1', ['0.30.3', '1.14.0']), answer), 'trust-downgrade')[0]!.detail).toMatch(
      /^1\.14\.0/,
    );
  });
});

describe('new-package', () => {
  const cases: { name: string; created: number; newToLockfile: boolean; expect: boolean }[] = [
    {
      name: '18 hours old and new to the lockfile (plain-crypto-js)',
      created: 18 * H,
      newToLockfile: true,
      expect: true,
    },
    { name: '6 days 23 hours: still fails', created: 7 * D - H, newToLockfile: true, expect: true },
    { name: '7 days: passes', created: 7 * D, newToLockfile: true, expect: false },
    { name: 'young, but already in the base lockfile', created: H, newToLockfile: false, expect: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const answer = meta({ '4.2.1': { age: Math.min(c.created, 4 * D) } }, NOW - c.created);
      const got = pick(run(target('4.2.1', [], c.newToLockfile), answer), 'new-package');
      expect(got.length).toBe(c.expect ? 1 : 0);
      if (c.expect)
        expect(got[0]!.eligibleAt).toBe(new Date(NOW - c.created + 7 * D).toISOString().replace('.000Z', 'Z'));
    });
  }
});

describe('publisher-changed', () => {
  const five = (extra: V = { age: 0 }) => ({
    '1.0.0': { age: 50 * D, user: 'alice' },
    '1.1.0': { age: 40 * D, user: 'bob' },
    '1.2.0': { age: 30 * D, user: 'alice' },
    '1.3.0': { age: 20 * D, user: 'alice' },
    '1.4.0': { age: 10 * D, user: 'alice' },
    '1.5.0': extra,
  });
  const cases: { name: string; to: V; expect?: RegExp }[] = [
    {
      name: 'a publisher none of the last 5 had',
      to: { age: H, user: 'mallory' },
      expect: /published by mallory; the previous 5 releases were published by alice, bob/,
    },
    { name: 'a publisher among the last 5', to: { age: H, user: 'bob' } },
    {
      name: 'same name, new email',
      to: { age: H, user: 'alice', email: 'alice@proton.me' },
      expect: /with an email address none of the previous 5 releases had/,
    },
    { name: 'same name, same email', to: { age: H, user: 'alice' } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = pick(run(target('1.5.0', ['1.4.0']), meta(five(c.to))), 'publisher-changed');
      if (!c.expect) expect(got).toEqual([]);
      else {
        expect(got).toEqual([expect.objectContaining({ level: 'warn' })]);
        expect(got[0]!.detail).toMatch(c.expect);
        expect(got[0]!.detail).not.toContain('@');
      }
    });
  }

  it('only the previous 5 by publish time count', () => {
    const answer = meta({ ...five({ age: H, user: 'carol' }), '0.9.0': { age: 60 * D, user: 'carol' } });
    expect(pick(run(target('1.5.0', ['1.4.0']), answer), 'publisher-changed')).toHaveLength(1);
  });

  it('a first release has nobody to compare with', () => {
    expect(pick(run(target('1.0.0', [], true), meta({ '1.0.0': { age: H, user: 'x' } })), 'publisher-changed')).toEqual(
      [],
    );
  });
});

describe('review window of install-script-added and trust-downgrade', () => {
  const answer = meta({
    '1.0.0': { age: 90 * D, provenance: true },
    '1.0.1': { age: 5 * D, scripts: { postinstall: 'node install.js' } },
  });
  const levels = (s: SignalSettings) =>
    run(target('1.0.1', ['1.0.0']), answer, s)
      .filter((x) => x.signal === 'install-script-added' || x.signal === 'trust-downgrade')
      .map((x) => `${x.signal}:${x.level}`);
  it('follows a longer hold: fail at 5 days under a 7-day min-release-age, with the hold', () => {
    const week = { ...settings, minReleaseAgeMs: 7 * D };
    expect(levels(week)).toEqual(['install-script-added:fail', 'trust-downgrade:fail']);
    expect(pick(run(target('1.0.1', ['1.0.0']), answer, week), 'trust-downgrade')[0]!.eligibleAt).toBe(
      pick(run(target('1.0.1', ['1.0.0']), answer, week), 'release-age')[0]!.eligibleAt,
    );
  });
  it('lasts 3 days when the hold is shorter or off, and then warns', () => {
    expect(levels({ ...settings, minReleaseAgeMs: 0 })).toEqual(['install-script-added:warn', 'trust-downgrade:warn']);
    const young = meta({ '1.0.0': { age: 90 * D, provenance: true }, '1.0.1': { age: 2 * D } });
    expect(
      pick(run(target('1.0.1', ['1.0.0']), young, { ...settings, minReleaseAgeMs: 0 }), 'trust-downgrade'),
    ).toEqual([expect.objectContaining({ level: 'fail' })]);
  });
});

describe('burst', () => {
  it('alone is not said: a 4-day-old @types/node patch next to a release on another major', () => {
    const answer = meta({
      '24.3.0': { age: 30 * D },
      '24.3.1': { age: 4 * D },
      '22.18.1': { age: 4 * D - 20 * 60_000 },
    });
    expect(run(target('24.3.1', ['24.3.0']), answer)).toEqual([]);
    // Beside the hold it is said.
    const young = meta({ '24.3.0': { age: 30 * D }, '24.3.1': { age: H }, '22.18.1': { age: H - 20 * 60_000 } });
    expect(run(target('24.3.1', ['24.3.0']), young).map((s) => s.signal)).toEqual(['release-age', 'burst']);
  });

  const cases: { name: string; other: Record<string, V>; expect: boolean }[] = [
    {
      name: 'another major 39 minutes later (axios 0.30.4)',
      other: { '0.30.4': { age: 2 * H - 39 * 60_000, gone: true } },
      expect: true,
    },
    { name: 'another major 61 minutes away', other: { '0.30.4': { age: 3 * H + 60_000 } }, expect: false },
    { name: 'same major within minutes', other: { '1.14.2': { age: 2 * H - 60_000 } }, expect: false },
    {
      name: 'a prerelease of another major is not a line',
      other: { '2.0.0-beta.1': { age: 2 * H - 60_000 } },
      expect: false,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const answer = meta({ '1.14.0': { age: 20 * D }, '1.14.1': { age: 2 * H }, ...c.other });
      const got = pick(run(target('1.14.1', ['1.14.0']), answer), 'burst');
      expect(got.length).toBe(c.expect ? 1 : 0);
      if (c.expect) expect(got[0]).toMatchObject({ level: 'warn' });
    });
  }
});

describe('unpublished', () => {
  it('in time but gone from versions: fail, and no other rule runs', () => {
    const got = run(
      target('1.14.1', ['1.14.0']),
      meta({ '1.14.0': { age: 20 * D }, '1.14.1': { age: H, gone: true } }),
    );
    expect(got).toEqual([expect.objectContaining({ signal: 'unpublished', level: 'fail' })]);
    expect(got[0]!.detail).toMatch(/removed from the registry/);
    expect(got[0]).not.toHaveProperty('eligibleAt');
  });
  it('not even in time', () => {
    const got = run(target('9.9.9', ['1.0.0']), meta({ '1.0.0': { age: 20 * D } }));
    expect(got).toEqual([expect.objectContaining({ signal: 'unpublished' })]);
  });
  it('a 404 for the package', () => {
    expect(run(target('1.0.0'), { kind: 'not-found' })).toEqual([
      expect.objectContaining({ signal: 'unpublished', level: 'fail' }),
    ]);
  });
  it('off is off', () => {
    expect(
      run(target('1.0.0'), { kind: 'not-found' }, { ...settings, levels: { ...DEFAULT_LEVELS, unpublished: 'off' } }),
    ).toEqual([]);
  });
});

describe('an ordinary upgrade stays clean', () => {
  it('two weeks old, same publisher, same provenance, no new script', () => {
    const answer = meta({
      '4.17.0': { age: 60 * D, provenance: true, trusted: true },
      '4.17.1': { age: 30 * D, provenance: true, trusted: true },
      '4.18.0': { age: 14 * D, provenance: true, trusted: true },
    });
    expect(run(target('4.18.0', ['4.17.1']), answer)).toEqual([]);
  });
});

describe('abbreviated documents', () => {
  it('are read without times or publishers, and only what they settle fires', () => {
    const m = readPackument('pkg', {
      name: 'pkg',
      modified: new Date(NOW - 100 * D).toISOString(),
      versions: {
        '1.0.0': {
          name: 'pkg',
          version: '1.0.0',
          dist: { tarball: 'x', attestations: { url: 'u', provenance: { predicateType: 'p' } } },
        },
        '1.0.1': { name: 'pkg', version: '1.0.1', hasInstallScript: true, dist: { tarball: 'x' } },
      },
    })!;
    expect(m.full).toBe(false);
    expect(m.modified).toBe(NOW - 100 * D);
    const got = run(target('1.0.1', ['1.0.0']), { kind: 'found', meta: m });
    expect(got.map((s) => [s.signal, s.level])).toEqual([
      ['install-script-added', 'warn'],
      ['trust-downgrade', 'warn'],
    ]);
  });
});

describe('settings', () => {
  it.each([
    ['72h', 72 * H],
    ['3d', 3 * D],
    ['0', 0],
    ['90m', 90 * 60_000],
    ['1.5d', 36 * H],
    [' 2D ', 2 * D],
  ])('duration %s', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['3', '3 days', '-1d', 'd', '', '400d', '1w'])('not a duration: %j', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );
  it('allow list: exact names and scopes', () => {
    const allow = [
      { package: '@acme/*', reason: 'ours' },
      { package: 'left-pad', reason: 'vendored' },
      { package: '@corp', reason: 'ours too' },
    ];
    expect(allowedBy('@acme/ui', allow)?.reason).toBe('ours');
    expect(allowedBy('@corp/x', allow)?.reason).toBe('ours too');
    expect(allowedBy('left-pad', allow)?.reason).toBe('vendored');
    expect(allowedBy('left-pads', allow)).toBeUndefined();
    expect(allowedBy('@acme-evil/ui', allow)).toBeUndefined();
  });
});

describe('new-package: a sibling is not a stranger', () => {
  /** A full document of `name`: versions with age (ms before NOW), publisher and maintainers. */
  function doc(name: string, versions: Record<string, { age: number; user: string; maintainers?: string[] }>) {
    const time: Record<string, string> = {};
    const vs: Record<string, unknown> = {};
    for (const [v, x] of Object.entries(versions)) {
      time[v] = new Date(NOW - x.age).toISOString();
      vs[v] = {
        name,
        version: v,
        _npmUser: { name: x.user, email: `${x.user}@example.org` },
        maintainers: (x.maintainers ?? [x.user]).map((m) => ({ name: m, email: `${m}@example.org` })),
        dist: { integrity: 'sha512-AAAA', tarball: `https://registry.npmjs.org/${name}/-/x-${v}.tgz` },
      };
    }
    return readPackument(name, { name, versions: vs, time })!;
  }
  const child = (user: string, age = 4 * D, version = '0.25.6') =>
    doc('@esbuild/openharmony-arm64', { [version]: { age, user } });
  const parent = (byUser: string, maintainersBefore = [byUser], age = 4 * D) =>
    doc('esbuild', {
      '0.25.5': { age: 40 * D, user: maintainersBefore[0]!, maintainers: maintainersBefore },
      '0.25.6': { age, user: byUser, maintainers: [...new Set([...maintainersBefore, byUser])] },
    });
  const newTarget = (version = '0.25.6'): SignalTarget => ({
    name: '@esbuild/openharmony-arm64',
    version,
    line: 3,
    replaces: [],
    newToLockfile: true,
    dependents: [{ name: 'esbuild', version: '0.25.6' }],
  });
  const signalsWith = (c: ReturnType<typeof doc>, p: ReturnType<typeof doc> | undefined, t = newTarget()) =>
    evaluateSignals(t, { kind: 'found', meta: c }, NOW, settings, (name) => (name === 'esbuild' ? p : undefined));

  it('the platform package of the same version by the same maintainer: no new-package', () => {
    expect(pick(signalsWith(child('evanw'), parent('evanw')), 'new-package')).toEqual([]);
  });
  it('another version, published within the hold window of the depending release: a sibling', () => {
    const c = doc('@rollup/rollup-x', { '1.0.0': { age: 4 * D + 31 * H, user: 'lukastaegert' } });
    expect(pick(signalsWith(c, parent('lukastaegert'), newTarget('1.0.0')), 'new-package')).toEqual([]);
  });
  it('another version, published further away than the window: a stranger', () => {
    const c = doc('@rollup/rollup-x', { '1.0.0': { age: 2 * D + 80 * H, user: 'lukastaegert' } });
    const p = parent('lukastaegert', ['lukastaegert'], 2 * D);
    expect(pick(signalsWith(c, p, newTarget('1.0.0')), 'new-package')).toHaveLength(1);
  });
  it('no shared maintainer (plain-crypto-js under axios): a stranger', () => {
    expect(pick(signalsWith(child('nrwell'), parent('evanw')), 'new-package')).toEqual([
      expect.objectContaining({ level: 'fail' }),
    ]);
  });
  it('a maintainer added with the depending release (event-stream 3.3.6 and flatmap-stream): a stranger', () => {
    const p = doc('esbuild', {
      '0.25.5': { age: 40 * D, user: 'dominictarr' },
      '0.25.6': { age: 4 * D, user: 'right9ctrl', maintainers: ['dominictarr', 'right9ctrl'] },
    });
    expect(pick(signalsWith(child('right9ctrl'), p), 'new-package')).toHaveLength(1);
  });
  it('the registry did not give the dependent: a stranger', () => {
    expect(pick(signalsWith(child('evanw'), undefined), 'new-package')).toHaveLength(1);
  });
  it('a trusted publisher is not a maintainer two packages share', () => {
    const ci = { name: 'GitHub Actions', email: 'npm-oidc-no-reply@github.com', trustedPublisher: { id: 'github' } };
    const published = (name: string, ages: Record<string, number>) =>
      readPackument(name, {
        name,
        time: Object.fromEntries(Object.entries(ages).map(([v, age]) => [v, new Date(NOW - age).toISOString()])),
        versions: Object.fromEntries(Object.keys(ages).map((v) => [v, { _npmUser: ci }])),
      })!;
    const c = published('@esbuild/openharmony-arm64', { '0.25.6': 4 * D });
    expect(c.versions.get('0.25.6')!.maintainers).toEqual([]);
    const p = published('esbuild', { '0.25.5': 40 * D, '0.25.6': 4 * D });
    expect(pick(signalsWith(c, p), 'new-package')).toHaveLength(1);
  });
});
