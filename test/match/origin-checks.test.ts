import { describe, expect, it } from 'vitest';
import { diffLockfiles } from '../../src/core/diff.js';
import type { LockedPackage, Lockfile } from '../../src/core/model.js';
import { DEFAULT_ALLOWED_HOSTS, originIssues, sourceNotes } from '../../src/match/origin-checks.js';
import { hostsPolicy } from '../../src/match/source-policy.js';
import { loadLockfile } from '../../src/lockfiles/index.js';

const TARBALL = 'https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-1.0.16.tgz';

/** A pnpm 9 lockfile of registry-keyed entries, each with its tarball URL, and a root importer asking for each. */
function pnpmText(entries: readonly [name: string, version: string, tarball: string][]): string {
  return [
    "lockfileVersion: '9.0'",
    '',
    'importers:',
    '  .:',
    '    dependencies:',
    ...entries.flatMap(([name, version]) => [
      `      '${name}':`,
      `        specifier: ${version}`,
      `        version: ${version}`,
    ]),
    '',
    'packages:',
    ...entries.flatMap(([name, version, tarball]) => [
      '',
      `  '${name}@${version}':`,
      `    resolution: {integrity: sha1-${name.length}${version}=, tarball: ${tarball}}`,
    ]),
    '',
    'snapshots:',
    ...entries.map(([name, version]) => `  '${name}@${version}': {}`),
    '',
  ].join('\n');
}

/** The origin issues of `head` against an empty base, in diff mode. */
async function issuesOf(file: string, text: string) {
  const head = await loadLockfile(file, text);
  return originIssues({ head, changes: diffLockfiles(undefined, head) }, false, hostsPolicy(DEFAULT_ALLOWED_HOSTS));
}

describe('resolved-mismatch in every format that records a URL', () => {
  it.each([
    [
      'yarn classic',
      'yarn.lock',
      `# yarn lockfile v1\n\n\nbenign@^1.0.0:\n  version "1.0.16"\n  resolved "${TARBALL.replace('npmjs.org', 'yarnpkg.com')}#0123"\n  integrity sha512-x\n`,
    ],
    ['pnpm tarball resolution', 'pnpm-lock.yaml', pnpmText([['benign', '1.0.16', TARBALL]])],
    [
      'bun',
      'bun.lock',
      `{\n  "lockfileVersion": 1,\n  "workspaces": { "": { "name": "app", "dependencies": { "benign": "1.0.16" } } },\n  "packages": {\n    "benign": ["benign@1.0.16", "${TARBALL}", {}, "sha512-x"],\n  }\n}\n`,
    ],
  ])('%s: an entry named benign resolving to the postmark-mcp tarball', async (_format, file, text) => {
    expect(await issuesOf(file, text)).toEqual([
      expect.objectContaining({
        kind: 'resolved-mismatch',
        pkg: expect.objectContaining({ name: 'benign', version: '1.0.16' }),
        tarball: { name: 'postmark-mcp', version: '1.0.16' },
      }),
    ]);
  });
});

describe('resolved-mismatch and old versions the registry cleaned on publish', () => {
  // The shape of socketio/socket.io packages/engine.io/examples/latency/package-lock.json (npm 6, v1):
  // npm locks the cleaned version and the tarball keeps the published file name.
  const v1 = (version: string) =>
    JSON.stringify({
      name: 'latency',
      lockfileVersion: 1,
      requires: true,
      dependencies: {
        'esprima-fb': {
          version,
          resolved: 'https://registry.npmjs.org/esprima-fb/-/esprima-fb-3001.0001.0000-dev-harmony-fb.tgz',
          integrity: 'sha1-t303q8046gt3Qmu4vCkizmtCZBE=',
        },
      },
    });

  it('a tarball named with leading zeros is the same release as the version npm locks', async () => {
    expect(await issuesOf('package-lock.json', v1('3001.1.0-dev-harmony-fb'))).toEqual([]);
  });

  it('another version behind that tarball is still a mismatch', async () => {
    expect(await issuesOf('package-lock.json', v1('3001.2.0-dev-harmony-fb'))).toEqual([
      expect.objectContaining({
        kind: 'resolved-mismatch',
        tarball: { name: 'esprima-fb', version: '3001.0001.0000-dev-harmony-fb' },
      }),
    ]);
  });
});

describe('an npm 6 git dependency written in "version" alone', () => {
  // The shape of imsnif/synp test/fixtures/integrity-is-absent/package-lock.json (v1): no "resolved",
  // the git source in "version", exactly what package.json asks for.
  const spec = 'github:natifyinc/react-querybuilder#6cc12313df37d7917d85454c9d17fb28853a3c9d';
  const text = JSON.stringify({
    name: 'app',
    lockfileVersion: 1,
    requires: true,
    dependencies: { 'react-querybuilder': { version: spec, requires: { lodash: '4.17.10' } } },
  });

  it('is the git source package.json asks for: no finding', async () => {
    const head = await loadLockfile('package-lock.json', text);
    expect(head.packages[0]).toMatchObject({ source: 'git', resolved: spec, host: 'github.com' });
    const requested = new Map([['react-querybuilder', [spec]]]);
    const input = { head, changes: diffLockfiles(undefined, head), requested };
    expect(originIssues(input, true, hostsPolicy(DEFAULT_ALLOWED_HOSTS))).toEqual([]);
  });
});

describe('origin rules', () => {
  const pkg = (extra: Partial<LockedPackage>): LockedPackage => ({
    id: 'node_modules/a',
    name: 'a',
    version: '1.0.0',
    source: 'registry',
    line: 3,
    ...extra,
  });
  const lock = (...packages: LockedPackage[]): Lockfile => ({
    path: 'package-lock.json',
    format: 'npm',
    formatVersion: '3',
    packages,
    importers: [],
  });
  const check = (base: Lockfile, head: Lockfile, all = false, hosts = DEFAULT_ALLOWED_HOSTS) =>
    originIssues({ head, base, changes: diffLockfiles(base, head) }, all, hostsPolicy(hosts)).map((i) =>
      `${i.kind} ${i.host ?? ''}`.trim(),
    );

  it('folds the public registry hosts and a registry entry without a URL into one host', () => {
    const npmjs = pkg({ resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz', integrity: 'sha512-a' });
    const yarnpkg = pkg({ resolved: 'https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#x', integrity: 'sha512-a' });
    expect(check(lock(npmjs), lock(yarnpkg))).toEqual([]);
    expect(check(lock(pkg({ integrity: 'sha512-a' })), lock(npmjs))).toEqual([]);
  });

  it('a same-version move to a git host is an origin change; a sha1 next to a sha512 is not comparable', () => {
    const before = pkg({ resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz', integrity: 'sha512-a' });
    expect(check(lock(before), lock(pkg({ source: 'git', resolved: 'git+ssh://git@github.com/m/a.git#abc' })))).toEqual(
      ['origin-changed github.com'],
    );
    expect(check(lock(before), lock(pkg({ ...before, integrity: 'sha1-b' })))).toEqual([]);
  });

  const notes = (base: Lockfile, head: Lockfile, all = false, hosts = DEFAULT_ALLOWED_HOSTS) =>
    sourceNotes({ head, base, changes: diffLockfiles(base, head) }, all, hostsPolicy(hosts)).map(
      (n) => `${n.level} ${n.from}`,
    );

  it('a git source on a public git host nobody asks for is a warning, not a finding; a tarball from an unknown host is a finding', () => {
    const git = pkg({ source: 'git', resolved: 'github:m/a#abc' });
    expect(check(lock(), lock(git))).toEqual([]);
    expect(notes(lock(), lock(git))).toEqual(['warning github.com/m/a']);
    expect(check(lock(git), lock(git), true)).toEqual([]);
    const tarball = pkg({ source: 'tarball', resolved: 'https://files.evil.example/a-1.0.0.tgz' });
    expect(check(lock(), lock(tarball))).toEqual(['unapproved-host files.evil.example']);
    expect(check(lock(), lock(tarball), false, [...DEFAULT_ALLOWED_HOSTS, 'files.evil.example'])).toEqual([]);
    // A full scan does not fail on a host the user did not configure: it reports it.
    expect(check(lock(), lock(tarball), true)).toEqual([]);
    expect(notes(lock(), lock(tarball), true)).toEqual(['warning files.evil.example']);
  });

  it('a same-version move to a host the base already uses, with the digest the base locked, is a note (Azure Artifacts shards)', () => {
    // microsoft/rushstack's pnpm-lock.yaml: one feed served from ms-feed-N.pkgs.visualstudio.com, N varying per resolution.
    const at = (n: number, integrity = 'sha1-og6LnKAgZjsCLATRKM0Ve492oFo=') =>
      pkg({
        source: 'tarball',
        resolved: `https://ms-feed-${n}.pkgs.visualstudio.com/1es-public/_packaging/npm-public/npm/registry/a/-/a-1.0.0.tgz`,
        integrity,
      });
    const other = pkg({
      id: 'node_modules/b',
      name: 'b',
      source: 'tarball',
      // Another feed on that host: the host is known, the registry path of `a` is not.
      resolved:
        'https://ms-feed-2.pkgs.visualstudio.com/1es-internal/_packaging/npm-internal/npm/registry/b/-/b-1.0.0.tgz',
      integrity: 'sha1-b',
    });
    expect(check(lock(at(17), other), lock(at(2), other))).toEqual([]);
    expect(notes(lock(at(17), other), lock(at(2), other))).toEqual(['note ms-feed-2.pkgs.visualstudio.com']);
    // A host the repository does not use yet stays an origin change, digest or not.
    expect(check(lock(at(17), other), lock(at(9), other))).toEqual(['origin-changed ms-feed-9.pkgs.visualstudio.com']);
    // Another digest, or one of an algorithm the base did not give (npm checks the strongest), is not pinned.
    expect(check(lock(at(17), other), lock(at(2, 'sha1-other'), other))).toEqual([
      'origin-changed ms-feed-2.pkgs.visualstudio.com',
    ]);
    expect(check(lock(at(17), other), lock(at(2, 'sha512-new sha1-og6LnKAgZjsCLATRKM0Ve492oFo='), other))).toEqual([
      'origin-changed ms-feed-2.pkgs.visualstudio.com',
    ]);
  });

  it('a same-version move to a registry path the base downloads other packages from, under another digest algorithm, is a note', () => {
    // microsoft/rushstack: pnpm relocked @pnpm/types@6.4.0 from the default registry (sha512) to the Azure feed (sha1).
    const feed = 'https://ms-feed-12.pkgs.visualstudio.com/1es-public/_packaging/npm-public/npm/registry';
    const public512 = pkg({ resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz', integrity: 'sha512-a' });
    const b = pkg({
      id: 'node_modules/b',
      name: 'b',
      source: 'tarball',
      resolved: `${feed}/b/-/b-1.0.0.tgz`,
      integrity: 'sha1-b',
    });
    const moved = (url: string, integrity: string) => pkg({ source: 'tarball', resolved: url, integrity });
    const base = lock(public512, b);
    expect(check(base, lock(moved(`${feed}/a/-/a-1.0.0.tgz`, 'sha1-a'), b))).toEqual([]);
    expect(notes(base, lock(moved(`${feed}/a/-/a-1.0.0.tgz`, 'sha1-a'), b))).toEqual([
      'note ms-feed-12.pkgs.visualstudio.com',
    ]);
    // Another path on the same host is not that registry; another digest of the same algorithm stays a change of bytes.
    expect(
      check(base, lock(moved('https://ms-feed-12.pkgs.visualstudio.com/mallory/a/-/a-1.0.0.tgz', 'sha1-a'), b)),
    ).toEqual(['origin-changed ms-feed-12.pkgs.visualstudio.com']);
    expect(check(base, lock(moved(`${feed}/a/-/a-1.0.0.tgz`, 'sha512-other'), b))).toEqual([
      'origin-changed ms-feed-12.pkgs.visualstudio.com',
    ]);
  });

  it('a git source repointed to another repository or commit at the same version is an origin change', () => {
    const ours = pkg({ source: 'git', resolved: 'git+ssh://git@github.com/acme/a.git#1111111' });
    const theirs = pkg({ source: 'git', resolved: 'git+ssh://git@github.com/mallory/a.git#1111111' });
    const otherCommit = pkg({ source: 'git', resolved: 'git+ssh://git@github.com/acme/a.git#2222222' });
    const allowed = [...DEFAULT_ALLOWED_HOSTS, 'github.com'];
    expect(check(lock(ours), lock(theirs), false, allowed)).toEqual(['origin-changed github.com']);
    expect(check(lock(ours), lock(otherCommit), false, allowed)).toEqual(['origin-changed github.com']);
    expect(check(lock(ours), lock(ours), false, allowed)).toEqual([]);
    // The same commit written as pnpm's codeload tarball is the same origin.
    const codeload = pkg({ source: 'tarball', resolved: 'https://codeload.github.com/acme/a/tar.gz/1111111' });
    expect(check(lock(ours), lock(codeload), false, allowed)).not.toContainEqual(expect.stringContaining('repository'));
  });

  it('a Berry git source moved to another commit of the same branch is an origin change', () => {
    // Yarn 4 writes the branch it followed beside the commit it locked: `#head=main&commit=<sha>`.
    const at = (sha: string) =>
      pkg({ source: 'git', resolved: `https://github.com/acme/a.git#head=main&commit=${sha.repeat(40)}` });
    const allowed = [...DEFAULT_ALLOWED_HOSTS, 'github.com/acme/*'];
    expect(check(lock(at('1')), lock(at('2')), false, allowed)).toEqual(['origin-changed github.com']);
    expect(check(lock(at('1')), lock(at('1')), false, allowed)).toEqual([]);
  });

  it('the repository own code and local files are never checked', () => {
    expect(
      check(
        lock(),
        lock(pkg({ source: 'link', resolved: 'packages/a' }), pkg({ id: 'b', source: 'file', resolved: 'file:../b' })),
      ),
    ).toEqual([]);
  });
});

// pnpm writes a registry package's tarball URL when it is not the one it derives from its config (the shape of
// test/fixtures/tools/pnpm10-tarball-url, pnpm 10.34.9; the feed is microsoft/rushstack's Azure Artifacts form).
// Such an entry is a registry package: judged by the registry source policy, never passed for its path's shape.
describe('pnpm tarball URLs in the registry form are judged as registry packages', () => {
  const FEED = 'https://ms-feed-2.pkgs.visualstudio.com/1es-public/_packaging/npm-public/npm/registry';
  const LOOKALIKE = 'https://npm.evil.example/1es-public/_packaging/npm-public/npm/registry';
  const pnpm = (entries: [name: string, version: string, registry: string][]) =>
    loadLockfile(
      'pnpm-lock.yaml',
      pnpmText(
        entries.map(([name, version, registry]) => [
          name,
          version,
          `${registry}/${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${version}.tgz`,
        ]),
      ),
    );
  const BASE: [string, string, string][] = [
    ['@colors/colors', '1.5.0', FEED],
    ['is-number', '7.0.0', FEED],
  ];
  const judge = async (
    base: [string, string, string][] | undefined,
    head: [string, string, string][],
    all = false,
    policy = hostsPolicy(DEFAULT_ALLOWED_HOSTS),
  ) => {
    const [before, after] = await Promise.all([base && pnpm(base), pnpm(head)]);
    const input = { head: after, base: before, changes: diffLockfiles(before, after) };
    return {
      issues: originIssues(input, all, policy).map((i) => `${i.kind} ${i.pkg.name} ${i.host ?? ''}`.trim()),
      notes: sourceNotes(input, all, policy).map((n) => `${n.level} ${n.from}`),
    };
  };

  it("passes a new package from the base lockfile's registry host, without a warning", async () => {
    expect(await judge(BASE, [...BASE, ['left-pad', '1.3.0', FEED]])).toEqual({ issues: [], notes: [] });
  });

  it('fails a new package from a host nothing configures, however registry-like its path', async () => {
    expect(await judge(BASE, [...BASE, ['left-pad', '1.3.0', LOOKALIKE]])).toEqual({
      issues: ['unapproved-host left-pad npm.evil.example'],
      notes: [],
    });
  });

  it('fails a scoped name fetched from the public registry when the config sends its scope elsewhere', async () => {
    // Read as a tarball, this was only a warning: the public registry is a known host.
    const policy = { ...hostsPolicy(DEFAULT_ALLOWED_HOSTS), scopeHosts: new Map([['@acme', 'npm.pkg.github.com']]) };
    const head: [string, string, string][] = [...BASE, ['@acme/widgets', '1.2.3', 'https://registry.npmjs.org']];
    expect(await judge(BASE, head, false, policy)).toEqual({
      issues: ['unapproved-host @acme/widgets registry.npmjs.org'],
      notes: [],
    });
  });

  it("reports a URL naming another package as a resolved-mismatch, even on the base's host", async () => {
    const [before, after] = await Promise.all([
      pnpm(BASE),
      loadLockfile(
        'pnpm-lock.yaml',
        pnpmText([['left-pad', '1.3.0', `${FEED}/postmark-mcp/-/postmark-mcp-1.0.16.tgz`]]),
      ),
    ]);
    const issues = originIssues(
      { head: after, base: before, changes: diffLockfiles(before, after) },
      false,
      hostsPolicy(DEFAULT_ALLOWED_HOSTS),
    );
    expect(issues).toEqual([
      expect.objectContaining({ kind: 'resolved-mismatch', tarball: { name: 'postmark-mcp', version: '1.0.16' } }),
    ]);
  });

  it('with no base, a lone package from another host is the outlier: a fail in a new lockfile, a warning in a full scan', async () => {
    const head: [string, string, string][] = [
      ['a', '1.0.0', 'https://registry.npmjs.org'],
      ['b', '1.0.0', 'https://registry.npmjs.org'],
      ['left-pad', '1.3.0', LOOKALIKE],
    ];
    expect(await judge(undefined, head)).toEqual({ issues: ['unapproved-host left-pad npm.evil.example'], notes: [] });
    expect(await judge(undefined, head, true)).toEqual({ issues: [], notes: ['warning npm.evil.example'] });
    // One feed serving the whole file is consistent.
    expect(await judge(undefined, [...BASE, ['left-pad', '1.3.0', FEED]])).toEqual({ issues: [], notes: [] });
  });
});
