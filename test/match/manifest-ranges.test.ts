import { describe, expect, it } from 'vitest';
import type { LockedPackage } from '../../src/core/model.js';
import {
  judgeEmptied,
  judgeRanges,
  judgeUnlocked,
  rangeOfSpec,
  type RangeSide,
} from '../../src/match/manifest-ranges.js';

function side(deps: Record<string, string>, locked: Partial<LockedPackage>[]): RangeSide {
  const packages = locked.map((p, i) => ({
    id: `${p.alias ?? p.name}@${p.version}`,
    name: 'x',
    version: '1.0.0',
    source: 'registry' as const,
    line: 10 + i,
    ...p,
  }));
  return {
    lockfile: { path: 'package-lock.json', packages },
    importers: [{ path: 'package.json', deps: packages.map((p) => p.id) }],
    manifests: new Map([['package.json', { dependencies: deps }]]),
  };
}

describe('rangeOfSpec: what the package managers treat as a semver range', () => {
  it.each([
    ['^1.2.0', '^1.2.0'],
    ['1.x', '1.x'],
    [' >=1 <2 ', '>=1 <2'],
    ['npm:real@~2.0.0', '~2.0.0'],
    ['npm:@scope/real@1.0.0', '1.0.0'],
  ])('%s is the range %s', (spec, range) => expect(rangeOfSpec(spec)).toBe(range));

  it.each([
    'latest',
    'next',
    '*',
    '',
    'x',
    'npm:real',
    'workspace:^1.0.0',
    'file:../lib',
    'link:../lib',
    'github:acme/lib#v1',
    'git+https://github.com/acme/lib.git#1.0.0',
    'https://example.com/lib-1.0.0.tgz',
    'catalog:',
    'acme/lib',
  ])('%s is not judged', (spec) => expect(rangeOfSpec(spec)).toBeUndefined());
});

describe('judgeRanges', () => {
  const base = side({ a: '~1.0.0' }, [{ name: 'a', version: '1.0.0' }]);

  it('a locked version the change moves outside the range is a finding on its lockfile line', () => {
    const out = judgeRanges(side({ a: '~1.0.0' }, [{ name: 'a', version: '1.1.0' }]), base);
    expect(out.findings).toMatchObject([{ kind: 'range-unsatisfied', file: 'package-lock.json', line: 10, key: 'a' }]);
  });

  it('a range the change narrows below the locked version is a finding too', () => {
    const out = judgeRanges(side({ a: '^2.0.0' }, [{ name: 'a', version: '1.0.0' }]), base);
    expect(out.findings).toHaveLength(1);
  });

  it('a mismatch the change did not touch is left alone; a satisfied range is clean', () => {
    const stale = side({ a: '~1.0.0' }, [{ name: 'a', version: '1.1.0' }]);
    expect(judgeRanges(stale, stale).findings).toEqual([]);
    expect(judgeRanges(side({ a: '^1.0.0' }, [{ name: 'a', version: '1.1.0' }]), base)).toEqual({
      findings: [],
      warnings: [],
    });
  });

  it('an npm: alias compares the alias target’s range against the locked real package', () => {
    const head = side({ b: 'npm:a@~1.0.0' }, [{ name: 'a', alias: 'b', version: '1.1.0' }]);
    expect(judgeRanges(head, base).findings).toMatchObject([{ key: 'b' }]);
    const ok = side({ b: 'npm:a@^1.0.0' }, [{ name: 'a', alias: 'b', version: '1.1.0' }]);
    expect(judgeRanges(ok, base).findings).toEqual([]);
  });

  it('a prerelease satisfies only a range that names one on its tuple, as npm judges it', () => {
    const pre = side({ a: '^1.0.0' }, [{ name: 'a', version: '1.2.0-beta.1' }]);
    expect(judgeRanges(pre, base).findings).toHaveLength(1);
    const named = side({ a: '^1.2.0-beta.0' }, [{ name: 'a', version: '1.2.0-beta.1' }]);
    expect(judgeRanges(named, base).findings).toEqual([]);
  });

  it('tags, protocols and sources other than the registry are not judged', () => {
    for (const spec of ['latest', 'workspace:*', 'github:acme/a', '*'])
      expect(judgeRanges(side({ a: spec }, [{ name: 'a', version: '9.0.0' }]), base).findings).toEqual([]);
    const git = side({ a: '~1.0.0' }, [{ name: 'a', version: '9.0.0', source: 'git' }]);
    expect(judgeRanges(git, base).findings).toEqual([]);
  });

  it('a name declared twice passes when one of its specs allows the version, and is skipped when one is a tag', () => {
    const both = side({ a: '~1.0.0' }, [{ name: 'a', version: '1.1.0' }]);
    both.manifests = new Map([['package.json', { dependencies: { a: '~1.0.0' }, peerDependencies: { a: '^1.0.0' } }]]);
    expect(judgeRanges(both, base).findings).toEqual([]);
    both.manifests = new Map([['package.json', { dependencies: { a: '~1.0.0' }, devDependencies: { a: 'latest' } }]]);
    expect(judgeRanges(both, base).findings).toEqual([]);
  });

  it('without a base it is a warning on the same line', () => {
    const out = judgeRanges(side({ a: '~1.0.0' }, [{ name: 'a', version: '1.1.0' }]), undefined);
    expect(out.findings).toEqual([]);
    expect(out.warnings).toMatchObject([{ file: 'package-lock.json', line: 10 }]);
  });

  it('bun.lockb (no lines) points at the package.json line of the dependency', () => {
    const head = side({ a: '~1.0.0' }, [{ name: 'a', version: '1.1.0', line: 0 }]);
    head.lockfile = { ...head.lockfile, path: 'app/bun.lockb' };
    head.importers = [{ ...head.importers[0]!, lines: { a: 4 } }];
    expect(judgeRanges(head, base).findings).toMatchObject([{ file: 'app/package.json', line: 4 }]);
  });

  it('a name, version or range from the lockfile is bounded and made safe in the sentence', () => {
    const head = side({ ['a\u001b[31m']: '~1.0.0' }, [{ name: 'a\u001b[31m', version: '1.1.0' }]);
    const [finding] = judgeRanges(head, base).findings;
    expect(finding!.problem).not.toContain('\u001b');
  });
});

describe('judgeRanges and overrides', () => {
  it('a direct dependency the root overrides or resolves is not judged against its own range', () => {
    const base = side({ a: '~1.0.0' }, [{ name: 'a', version: '1.0.0' }]);
    for (const doc of [
      { resolutions: { a: '2.0.0' } },
      { resolutions: { '**/a': '2.0.0' } },
      { overrides: { a: '2.0.0' } },
      { pnpm: { overrides: { 'a@<2': '2.0.0' } } },
    ]) {
      const head = side({ a: '~1.0.0' }, [{ name: 'a', version: '2.0.0' }]);
      head.manifests = new Map([['package.json', { dependencies: { a: '~1.0.0' }, ...doc }]]);
      expect(judgeRanges(head, base).findings).toEqual([]);
    }
  });
});

describe('judgeEmptied: a lockfile the change empties while package.json keeps its dependencies', () => {
  const base = side({ a: '~1.0.0' }, [{ name: 'a', version: '1.0.0' }]).lockfile;
  const empty = { path: 'app/yarn.lock', packages: [] };
  const manifests = (docs: Record<string, Record<string, unknown>>) => new Map(Object.entries(docs));

  it('is lockfile-deleted on the lockfile, naming the package.json that declares dependencies', () => {
    const out = judgeEmptied(empty, base, manifests({ 'package.json': { devDependencies: { a: '~1.0.0', b: '2' } } }));
    expect(out).toMatchObject({ kind: 'lockfile-deleted', file: 'app/yarn.lock' });
    expect(out!.problem).toMatch(
      /^app\/yarn\.lock is emptied \(it locks no package; its base locked 1\) while app\/package\.json declares 2 dependencies: /,
    );
  });

  it('looks at every package.json the base locked (a workspace that declares one)', () => {
    const docs = manifests({ 'package.json': { workspaces: ['w'] }, 'w/package.json': { dependencies: { a: '1' } } });
    expect(judgeEmptied(empty, base, docs)?.problem).toMatch(/app\/w\/package\.json declares a dependency/);
  });

  it.each([
    [
      'package.json declares no dependency (Yarn 1 installs from the empty file)',
      { name: 'app', peerDependencies: { a: '1' } },
    ],
    ['only links to workspaces and folders', { dependencies: { w: 'workspace:*', l: 'link:../l' } }],
  ])('is nothing when %s', (_why, doc) => {
    expect(judgeEmptied(empty, base, manifests({ 'package.json': doc }))).toBeUndefined();
  });

  it('is nothing when the head still locks a package, or the base locked none', () => {
    const docs = manifests({ 'package.json': { dependencies: { a: '1' } } });
    expect(judgeEmptied({ ...empty, packages: base.packages }, base, docs)).toBeUndefined();
    expect(judgeEmptied(empty, { packages: [] }, docs)).toBeUndefined();
  });
});

// A full scan (or a lockfile new in the change) has no base: the same file is a warning, never a
// fail (a full scan fails only on advisories and the configured policy). Yarn 1.22.22 refuses an
// empty yarn.lock with --frozen-lockfile when package.json declares dependencies, and a plain install
// resolves them afresh (test/fixtures/manifests/yarn1/emptied/INSTALLED.txt); so do npm, pnpm and Bun.
describe('judgeUnlocked: a lockfile with no base that locks no package while package.json declares dependencies', () => {
  const empty = { path: 'yarn.lock', packages: [] };
  const manifests = (docs: Record<string, Record<string, unknown>>) => new Map(Object.entries(docs));

  it('is a warning on the lockfile, naming the package.json and saying there is no base', () => {
    const out = judgeUnlocked(empty, manifests({ 'package.json': { dependencies: { a: '^1.0.0' } } }));
    expect(out?.file).toBe('yarn.lock');
    expect(out?.message).toMatch(
      /^yarn\.lock locks no package while package\.json declares a dependency: the frozen install refuses it .* no base version of the lockfile .* so this is a warning/,
    );
  });

  it('is nothing when the lockfile locks a package, or package.json declares nothing it would lock', () => {
    const one = side({ a: '1' }, [{ name: 'a', version: '1.0.0' }]).lockfile;
    expect(judgeUnlocked(one, manifests({ 'package.json': { dependencies: { a: '1' } } }))).toBeUndefined();
    expect(judgeUnlocked(empty, manifests({ 'package.json': { name: 'app' } }))).toBeUndefined();
    expect(judgeUnlocked(empty, manifests({ 'package.json': { dependencies: { w: 'workspace:*' } } }))).toBeUndefined();
  });
});
