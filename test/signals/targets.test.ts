import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/core/diff.js';
import type { LockedPackage, Lockfile } from '../../src/core/model.js';
import { fullDocumentNeeded } from '../../src/signals/rules.js';
import { signalTargets } from '../../src/signals/targets.js';
import { DEFAULT_LEVELS } from '../../src/core/signals.js';
import type { PackageMeta } from '../../src/signals/types.js';

function lockfile(packages: Partial<LockedPackage>[]): Lockfile {
  return {
    path: 'package-lock.json',
    format: 'npm',
    formatVersion: '3',
    importers: [],
    packages: packages.map((p, i) => ({
      id: `k${i}`,
      name: 'x',
      version: '1.0.0',
      source: 'registry',
      line: 10 + i,
      ...p,
    })),
  };
}

describe('signalTargets: which added versions are looked up', () => {
  const head = lockfile([
    { name: 'a', version: '2.0.0', resolved: 'https://registry.npmjs.org/a/-/a-2.0.0.tgz' },
    { name: 'b', version: '1.1.0', resolved: 'https://registry.yarnpkg.com/b/-/b-1.1.0.tgz' },
    { name: 'c', version: '3.0.0', resolved: 'https://npm.acme.test/c/-/c-3.0.0.tgz' },
    { name: 'd', version: '1.0.0', resolved: 'https://npm.other.test/d/-/d-1.0.0.tgz' },
    { name: 'e', version: '1.0.0', source: 'git', resolved: 'git+ssh://git@github.com/e/e.git#abc' },
    { name: '@acme/f', version: '1.0.0' },
    { name: 'g', version: '1.0.0', resolved: 'g@npm:1.0.0' },
    { name: 'h', version: '1.0.0' },
    { name: 'w', version: '1.0.0', source: 'workspace' },
    { name: 'a', version: '2.0.0', line: 5, resolved: 'https://registry.npmjs.org/a/-/a-2.0.0.tgz' },
  ]);
  const base = lockfile([
    { name: 'a', version: '1.0.0' },
    { name: 'h', version: '1.0.0' },
  ]);
  const changes: Change[] = [
    { name: 'a', kind: 'upgraded', from: ['1.0.0'], to: ['2.0.0'] },
    ...['b', 'c', 'd', 'e', '@acme/f', 'g'].map((name) => ({
      name,
      kind: 'added' as const,
      from: [],
      to: [head.packages.find((p) => p.name === name)!.version],
    })),
    { name: 'h', kind: 'changed', from: ['1.0.0'], to: ['1.0.0'], reason: 'integrity' },
    { name: 'gone', kind: 'removed', from: ['1.0.0'], to: [] },
  ];
  const plan = signalTargets({ head, base, changes }, 'npm.acme.test', [{ package: '@acme/*', reason: 'ours' }]);

  it('the public registry, its yarn mirror, the configured registry and entries without a URL', () => {
    expect(plan.targets.map((t) => `${t.name}@${t.version}`)).toEqual(['a@2.0.0', 'b@1.1.0', 'c@3.0.0', 'g@1.0.0']);
  });
  it('keeps the replaced versions, the first line and whether the name is new to the lockfile', () => {
    expect(plan.targets[0]).toEqual({
      name: 'a',
      version: '2.0.0',
      line: 5,
      replaces: ['1.0.0'],
      newToLockfile: false,
    });
    expect(plan.targets[1]).toMatchObject({ name: 'b', replaces: [], newToLockfile: true });
  });
  it('lists everything else as not checked, with the reason; changed and removed entries are not targets', () => {
    expect(plan.notChecked).toEqual([
      { name: 'd', version: '1.0.0', reason: 'resolved from npm.other.test, not the registry lockgate reads' },
      { name: 'e', version: '1.0.0', reason: 'a git dependency, not from the registry' },
      { name: '@acme/f', version: '1.0.0', reason: 'allowed by the config (ours)' },
    ]);
  });
});

describe('fullDocumentNeeded', () => {
  const DAY = 86_400_000;
  const now = Date.parse('2026-01-10T00:00:00Z');
  const meta = (modifiedDaysAgo: number | undefined, full = false): PackageMeta => ({
    name: 'p',
    full,
    ...(modifiedDaysAgo !== undefined ? { modified: now - modifiedDaysAgo * DAY } : {}),
    versions: new Map(),
    times: new Map(),
  });
  const settings = { minReleaseAgeMs: 3 * DAY, levels: { ...DEFAULT_LEVELS } };
  it.each([
    ['changed 2 days ago', meta(2), true],
    ['changed 29 days ago (trust window)', meta(29), true],
    ['changed 31 days ago', meta(31), false],
    ['no modified date', meta(undefined), true],
    ['already the full document', meta(1, true), false],
  ])('%s', (_, m, expected) => expect(fullDocumentNeeded(m, now, settings)).toBe(expected));
  it('the windows follow the levels: with the 30-day rules off, 8 days is settled', () => {
    const off = {
      ...settings,
      levels: {
        ...DEFAULT_LEVELS,
        'trust-downgrade': 'off' as const,
        'publisher-changed': 'off' as const,
        burst: 'off' as const,
      },
    };
    expect(fullDocumentNeeded(meta(8), now, off)).toBe(false);
    expect(fullDocumentNeeded(meta(6), now, off)).toBe(true);
    expect(fullDocumentNeeded(meta(40), now, { ...off, minReleaseAgeMs: 60 * DAY })).toBe(true);
  });
});
