import { describe, expect, it } from 'vitest';
import type { LockedPackage } from '../../src/core/model.js';
import {
  judgeSource,
  nameAskedTarballs,
  registryHostsOf,
  requestedSpecs,
  specKind,
  type SourceContext,
  type SourcePolicy,
} from '../../src/match/source-policy.js';

describe('specKind', () => {
  it.each([
    ['^1.2.3', 'registry'],
    ['1.2.3', 'registry'],
    ['latest', 'registry'],
    ['npm:real@^1', 'registry'],
    ['catalog:', 'registry'],
    ['github:a/b', 'git'],
    ['a/b', 'git'],
    ['a/b#v1', 'git'],
    ['git+https://github.com/a/b.git', 'git'],
    ['git@github.com:a/b.git', 'git'],
    ['https://github.com/a/b.git', 'git'],
    ['https://github.com/a/b', 'git'],
    ['https://github.com/a/b/releases/download/v1/b-1.0.0.tgz', 'tarball'],
    ['https://cdn.sheetjs.com/xlsx-0.20.0/xlsx-0.20.0.tgz', 'tarball'],
    ['file:vendor/x.tgz', 'file'],
    ['./vendor/x', 'file'],
    ['workspace:*', 'own'],
    ['link:../y', 'own'],
  ])('%s is %s', (spec, kind) => expect(specKind(spec)).toBe(kind));
});

const PUBLIC = ['registry.npmjs.org', 'registry.yarnpkg.com'];

function pkg(name: string, version: string, source: LockedPackage['source'], resolved?: string): LockedPackage {
  return { id: `${name}@${version}`, name, version, source, line: 1, ...(resolved ? { resolved } : {}) };
}

function context(
  head: LockedPackage[],
  options: {
    base?: LockedPackage[];
    policy?: Partial<SourcePolicy>;
    all?: boolean;
    requested?: Map<string, string[]>;
  } = {},
): SourceContext {
  const policy: SourcePolicy = {
    allowedHosts: PUBLIC,
    explicit: false,
    configHosts: [],
    scopeHosts: new Map(),
    ...options.policy,
  };
  return {
    policy,
    base: options.base ? registryHostsOf(options.base) : undefined,
    head: registryHostsOf(head),
    baseHosts: new Set(),
    all: options.all ?? false,
    requested: options.requested ?? new Map(),
  };
}

const npmUrl = (name: string, v: string, host = 'https://registry.npmjs.org') =>
  `${host}/${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${v}.tgz`;

describe('registry entries', () => {
  it('a host nothing configures is a fail when there is a base', () => {
    const evil = pkg('lodash', '4.17.22', 'registry', npmUrl('lodash', '4.17.22', 'https://npm.evil.example'));
    const base = [pkg('lodash', '4.17.21', 'registry', npmUrl('lodash', '4.17.21'))];
    expect(judgeSource(evil, context([evil], { base }))?.level).toBe('fail');
  });

  it.each([
    ['the base lockfile uses it', { base: true }],
    ['the base config names it', { policy: { configHosts: ['npm.acme.example'] } }],
    ['allowed-hosts names it', { policy: { allowedHosts: [...PUBLIC, 'npm.acme.example'] } }],
  ])('a private registry host is fine when %s', (_what, how) => {
    const entry = pkg(
      'lodash',
      '4.17.22',
      'registry',
      npmUrl('lodash', '4.17.22', 'https://npm.acme.example/repository/npm'),
    );
    const base = [
      pkg(
        'lodash',
        '4.17.21',
        'registry',
        npmUrl(
          'lodash',
          '4.17.21',
          'base' in how ? 'https://npm.acme.example/repository/npm' : 'https://registry.npmjs.org',
        ),
      ),
    ];
    expect(
      judgeSource(entry, context([entry], { base, ...('policy' in how ? { policy: how.policy } : {}) })),
    ).toBeUndefined();
  });

  it('a scope the base config maps elsewhere is a fail even on the public registry', () => {
    const entry = pkg('@acme/widgets', '1.0.1', 'registry', npmUrl('@acme/widgets', '1.0.1'));
    const ctx = context([entry], { base: [], policy: { scopeHosts: new Map([['@acme', 'npm.acme.example']]) } });
    expect(judgeSource(entry, ctx)?.level).toBe('fail');
  });

  it('no base: one private registry for the whole file is fine, the single outlier is reported', () => {
    const host = 'https://acme.jfrog.io/artifactory/api/npm/npm-virtual';
    const file = ['a', 'b', 'c'].map((n) => pkg(n, '1.0.0', 'registry', npmUrl(n, '1.0.0', host)));
    const outlier = pkg('d', '1.0.0', 'registry', npmUrl('d', '1.0.0', 'https://npm.evil.example'));
    expect(file.map((p) => judgeSource(p, context(file)))).toEqual([undefined, undefined, undefined]);
    const all = [...file, outlier];
    expect(judgeSource(outlier, context(all))?.level).toBe('fail');
    expect(judgeSource(file[0]!, context(all))).toBeUndefined();
    // A scheduled full scan only warns (fails only on what the user configured).
    expect(judgeSource(outlier, context(all, { all: true }))?.level).toBe('warning');
    expect(judgeSource(outlier, context(all, { all: true, policy: { explicit: true } }))?.level).toBe('fail');
  });

  it('no base: a private scope from its own registry beside the public registry is consistent', () => {
    const file = [
      pkg('a', '1.0.0', 'registry', npmUrl('a', '1.0.0')),
      pkg('@acme/x', '1.0.0', 'registry', npmUrl('@acme/x', '1.0.0', 'https://npm.pkg.github.com')),
      pkg('@acme/y', '1.0.0', 'registry', npmUrl('@acme/y', '1.0.0', 'https://npm.pkg.github.com')),
    ];
    expect(file.map((p) => judgeSource(p, context(file)))).toEqual([undefined, undefined, undefined]);
  });

  it('plain http from a configured registry is a warning (Verdaccio on localhost:4873)', () => {
    const entry = pkg('a', '1.0.0', 'registry', npmUrl('a', '1.0.0', 'http://localhost:4873'));
    expect(judgeSource(entry, context([entry]))?.level).toBe('warning');
  });
});

describe('git, tarball and file entries', () => {
  const requested = (name: string, spec: string) => new Map([[name, [spec]]]);

  it('what package.json asks for is a note, plain http a warning', () => {
    const git = pkg('pkg', '5.7.0', 'tarball', 'https://codeload.github.com/vercel/pkg/tar.gz/7e4fef9f');
    expect(
      judgeSource(git, context([git], { base: [], requested: requested('pkg', 'github:vercel/pkg#5.7.0') })),
    ).toMatchObject({
      level: 'note',
      from: 'github.com/vercel/pkg',
    });
    const cdn = pkg('xlsx', '0.20.0', 'tarball', 'https://cdn.sheetjs.com/xlsx-0.20.0/xlsx-0.20.0.tgz');
    expect(judgeSource(cdn, context([cdn], { base: [], requested: requested('xlsx', cdn.resolved!) }))?.level).toBe(
      'note',
    );
    const http = pkg('old', '1.0.0', 'tarball', 'http://files.example/old-1.0.0.tgz');
    expect(judgeSource(http, context([http], { base: [], requested: requested('old', http.resolved!) }))?.level).toBe(
      'warning',
    );
  });

  it('the same repository written another way (a page URL, scp-style ssh) is what package.json asks for', () => {
    const berry = pkg('berry', '4.0.0', 'git', 'https://github.com/yarnpkg/berry.git#commit=0a1b2c');
    const asked = requested('berry', 'https://github.com/yarnpkg/berry');
    expect(judgeSource(berry, context([berry], { base: [], requested: asked }))?.level).toBe('note');
    const npm6 = pkg('tool', '1.0.0', 'git', 'git+ssh://git@github.com:acme/tool.git#0a1b2c');
    const npm6Asked = requested('tool', 'git+ssh://git@github.com:acme/tool.git');
    expect(judgeSource(npm6, context([npm6], { base: [], requested: npm6Asked }))?.level).toBe('note');
    // Another owner in the same form stays a fail.
    const other = pkg('tool', '1.0.0', 'git', 'git+ssh://git@github.com:mallory/tool.git#0a1b2c');
    expect(judgeSource(other, context([other], { base: [], requested: npm6Asked }))?.level).toBe('fail');
  });

  it('another repository than the one package.json asks for is a fail', () => {
    const git = pkg('tool', '1.0.0', 'git', 'git+ssh://git@github.com/mallory/tool.git#0a1b');
    const ctx = context([git], { base: [], requested: requested('tool', 'github:acme/tool') });
    expect(judgeSource(git, ctx)?.level).toBe('fail');
  });

  it('what package.json files ask for, including overrides and resolutions', () => {
    const specs = requestedSpecs([
      JSON.stringify({
        dependencies: { a: 'github:acme/a' },
        overrides: { b: { c: 'https://cdn.example/c.tgz' } },
        resolutions: { '**/@s/d': 'file:./d.tgz' },
        pnpm: { overrides: { 'x>e@^1': '1.2.3' } },
      }),
      'not json',
    ]);
    expect(Object.fromEntries(specs)).toEqual({
      a: ['github:acme/a'],
      c: ['https://cdn.example/c.tgz'],
      '@s/d': ['file:./d.tgz'],
      e: ['1.2.3'],
    });
  });

  it('a tarball nobody asks for from a host nothing configures is a fail', () => {
    const evil = pkg('lodash', '4.17.22', 'tarball', 'https://evil.example/lodash.tgz');
    expect(judgeSource(evil, context([evil], { base: [], requested: requested('lodash', '^4.17.0') }))?.level).toBe(
      'fail',
    );
  });

  it('git sources are allowed per repository', () => {
    const ours = pkg('tool', '1.0.0', 'git', 'git+ssh://git@git.acme.example/acme/tool.git#0a1b');
    const theirs = pkg('tool', '1.0.0', 'git', 'git+ssh://git@git.acme.example/mallory/tool.git#0a1b');
    const policy = { allowedHosts: [...PUBLIC, 'git.acme.example/acme/*'] };
    expect(judgeSource(ours, context([ours], { base: [], policy }))?.level).toBe('note');
    expect(judgeSource(theirs, context([theirs], { base: [], policy }))?.level).toBe('fail');
  });
});

describe('nameAskedTarballs: a registry tarball package.json asks for under another key', () => {
  const URL = 'https://registry.npmjs.org/abbrev/-/abbrev-1.1.1.tgz';
  // As Yarn 1.22.22 writes `"remote": "<URL>"`: the key's name, the URL's version, no name field.
  const entry = (over: Partial<LockedPackage> = {}): LockedPackage => ({
    id: `remote@${URL}`,
    name: 'remote',
    version: '1.1.1',
    source: 'tarball',
    resolved: `${URL}#f8f2c887ad10bf67f634f005b6987fed3179aac8`,
    line: 5,
    ...over,
  });
  const named = (pkg: LockedPackage, specs: Record<string, string[]>) => {
    nameAskedTarballs([pkg], new Map(Object.entries(specs)));
    return [pkg.name, pkg.alias];
  };

  it('names the entry as the URL does, the key becoming its alias, as npm records it', () => {
    expect(named(entry(), { remote: [URL] })).toEqual(['abbrev', 'remote']);
    expect(named(entry(), { remote: ['^1.0.0', `${URL.toUpperCase().replace('HTTPS', 'https')}`] })).toEqual([
      'abbrev',
      'remote',
    ]);
  });

  it.each([
    ['package.json asks for a registry range', { remote: ['^1.1.0'] }, entry()],
    [
      'package.json asks for another tarball',
      { remote: ['https://registry.npmjs.org/abbrev/-/abbrev-1.1.0.tgz'] },
      entry(),
    ],
    ['package.json asks for it under another key', { other: [URL] }, entry()],
    ['nothing asks for it', {}, entry()],
    ['the URL names another version than the entry', { remote: [URL] }, entry({ version: '1.1.0' })],
    ['the entry is already an alias', { remote: [URL] }, entry({ alias: 'x' })],
    ['the entry is a registry one', { remote: [URL] }, entry({ source: 'registry' })],
  ])('leaves the entry as it is when %s (its resolved-mismatch stays)', (_why, specs, pkg) => {
    const before = [pkg.name, pkg.alias];
    expect(named(pkg, specs)).toEqual(before);
  });
});
