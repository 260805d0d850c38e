/**
 * The install plan each reader builds: which entries are the repository's own code, by the
 * package manager's own rule, and the URL, host and git source each entry is fetched from,
 * resolved the way the package manager resolves it. The cases under
 * test/fixtures/install-plan/ are lockfiles the real tools wrote, edited as an attacker would;
 * each head/INSTALLED.txt records what pnpm, Yarn and Bun installed from it (generate.sh).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { diffLockfiles } from '../../src/core/diff.js';
import { LockfileError } from '../../src/core/errors.js';
import { isOwnCode, type LockedPackage, type Lockfile } from '../../src/core/model.js';
import { downloadHost, registryTarballUrl } from '../../src/core/source.js';
import { loadLockfile } from '../../src/lockfiles/index.js';
import { rejected, ROOT } from '../helpers.js';

const CASES = path.join(ROOT, 'test', 'fixtures', 'install-plan');
const STAND_IN = { default: 'http://127.0.0.1:4873/' };
const PM_SRI = 'sha512-S09F6HGX7oL/Ic1+Ol3d7nfdKwBzE2miVfIl6IZ/1I+IH+UTLBeZnq0UH86PRRssy5E+quUmYj7vPeJWK9dVQg==';

const read = (rel: string) => readFileSync(path.join(CASES, rel), 'utf8');
const installed = (c: string) => read(`${c}/head/INSTALLED.txt`);
const load = (rel: string, registries = STAND_IN) =>
  loadLockfile(rel, read(rel), { name: path.posix.basename(rel), registries });
const entry = (lockfile: Lockfile, name: string): LockedPackage => {
  const found = lockfile.packages.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} in ${lockfile.path}`);
  return found;
};

describe('pnpm: the fetcher is picked by resolution.type, URLs resolved against the registry', () => {
  it('a relative tarball is the registry URL pnpm downloads (pnpm 9 and 10 installed postmark-mcp as benign)', async () => {
    expect(installed('pnpm-relative-tarball')).toMatch(/pnpm 9[\s\S]*node_modules\/benign: .*postmark-mcp@1\.0\.16/);
    const benign = entry(await load('pnpm-relative-tarball/head/pnpm-lock.yaml'), 'benign');
    expect(benign).toMatchObject({
      version: '1.1.0',
      source: 'registry',
      resolved: 'http://127.0.0.1:4873/postmark-mcp/-/postmark-mcp-1.0.16.tgz',
      url: 'http://127.0.0.1:4873/postmark-mcp/-/postmark-mcp-1.0.16.tgz',
      host: '127.0.0.1:4873',
      integrity: PM_SRI,
    });
    // Without a configured registry: the public one, as every package manager does.
    const unconfigured = await load('pnpm-relative-tarball/head/pnpm-lock.yaml', {
      default: 'https://registry.npmjs.org',
    });
    expect(entry(unconfigured, 'benign').url).toBe('https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-1.0.16.tgz');
  });

  it('a protocol-relative tarball takes the registry scheme (pnpm 9 installed it; pnpm 10 refuses it)', async () => {
    expect(installed('pnpm-protocol-relative-tarball')).toMatch(
      /pnpm 9\.15\.9[^\n]*\nexit: 0\nnode_modules\/benign: .*postmark-mcp/,
    );
    const benign = entry(await load('pnpm-protocol-relative-tarball/head/pnpm-lock.yaml'), 'benign');
    expect(benign).toMatchObject({ source: 'tarball', host: '127.0.0.1:4873' });
    expect(benign.url).toBe('http://127.0.0.1:4873/postmark-mcp/-/postmark-mcp-1.0.16.tgz');
    const https = await load('pnpm-protocol-relative-tarball/head/pnpm-lock.yaml', { default: 'https://r.example/' });
    expect(entry(https, 'benign').url).toBe('https://127.0.0.1:4873/postmark-mcp/-/postmark-mcp-1.0.16.tgz');
  });

  it('a directory: field without type: directory is a registry download, never own code', async () => {
    expect(installed('pnpm-directory-without-type')).toMatch(/node_modules\/postmark-mcp: .*postmark-mcp@1\.0\.16/);
    const pkg = entry(await load('pnpm-directory-without-type/head/pnpm-lock.yaml'), 'postmark-mcp');
    expect(isOwnCode(pkg)).toBe(false);
    expect(pkg).toMatchObject({
      version: '1.0.16',
      source: 'registry',
      url: 'http://127.0.0.1:4873/postmark-mcp/-/postmark-mcp-1.0.16.tgz',
    });
    // Its benign twin: `type: directory` is the repository's own folder.
    const own = read('pnpm-directory-without-type/head/pnpm-lock.yaml').replace(
      /resolution: \{directory: local-lib, [^}]*\}/,
      'resolution: {directory: local-lib, type: directory}',
    );
    const ownPkg = entry(await loadLockfile('pnpm-lock.yaml', own), 'postmark-mcp');
    expect(ownPkg).toMatchObject({ source: 'directory', resolved: 'local-lib' });
    expect(ownPkg.url).toBeUndefined();
    expect(isOwnCode(ownPkg)).toBe(true);
  });

  it('an unknown or custom resolution type is an error naming the entry line (pnpm refuses it too)', async () => {
    expect(installed('pnpm-unknown-resolution-type')).toMatch(/pnpm 9\.15\.9[^\n]*\nexit: 1/);
    const text = read('pnpm-unknown-resolution-type/head/pnpm-lock.yaml');
    const error = await rejected(LockfileError, loadLockfile('pnpm-lock.yaml', text));
    expect(error.line).toBe(text.split('\n').indexOf('  benign@1.1.0:') + 1);
    expect(error.reason).toMatch(/resolution type "mirror".* cannot be told/);
    const custom = text.replace('type: mirror', "type: 'custom:cdn'");
    expect((await rejected(LockfileError, loadLockfile('pnpm-lock.yaml', custom))).reason).toMatch(/"custom:cdn"/);
    const directoryless = text.replace(/resolution: \{[^}]*\}/, 'resolution: {type: directory}');
    expect((await rejected(LockfileError, loadLockfile('pnpm-lock.yaml', directoryless))).reason).toMatch(
      /"directory" resolution .* has no "directory"/,
    );
  });

  it('reads pnpm 10 binary and variations resolutions (node@runtime:) with every URL and host', async () => {
    // The shape of pnpm's own lockfile (pnpm/pnpm pnpm-lock.yaml, node@runtime:26.7.0), two variants kept.
    const text = `lockfileVersion: '9.0'

importers:

  .:
    devDependencies:
      node:
        specifier: runtime:26.7.0
        version: runtime:26.7.0
      tool:
        specifier: 1.0.0
        version: 1.0.0

packages:

  node@runtime:26.7.0:
    resolution:
      type: variations
      variants:
        - resolution:
            archive: tarball
            bin:
              node: bin/node
            integrity: sha256-aiblNEH7fhCX+gsZYWAAoDCpuWFW6xWg/iJoLP3xmtI=
            type: binary
            url: https://nodejs.org/download/release/v26.7.0/node-v26.7.0-aix-ppc64.tar.gz
          targets:
            - cpu: ppc64
              os: aix
        - resolution:
            archive: tarball
            bin:
              node: bin/node
            integrity: sha256-tB38aBaeIOVNeeCwRD0Kz1tlJTWkAQoyWNbdsdEY2RQ=
            type: binary
            url: https://evil.example/node-v26.7.0-linux-x64.tar.gz
          targets:
            - cpu: x64
              os: linux

  tool@1.0.0:
    resolution: {type: binary, url: https://tools.example/tool-1.0.0.tgz, integrity: sha256-x, bin: tool, archive: tarball}

snapshots:

  node@runtime:26.7.0: {}

  tool@1.0.0: {}
`;
    const lockfile = await loadLockfile('pnpm-lock.yaml', text);
    expect(entry(lockfile, 'node')).toMatchObject({
      version: 'runtime:26.7.0',
      source: 'tarball',
      url: 'https://nodejs.org/download/release/v26.7.0/node-v26.7.0-aix-ppc64.tar.gz',
      host: 'nodejs.org',
      variants: [
        { url: 'https://nodejs.org/download/release/v26.7.0/node-v26.7.0-aix-ppc64.tar.gz', host: 'nodejs.org' },
        { url: 'https://evil.example/node-v26.7.0-linux-x64.tar.gz', host: 'evil.example' },
      ],
    });
    expect(entry(lockfile, 'tool')).toMatchObject({ source: 'tarball', host: 'tools.example' });
  });

  it('a git resolution and a git host archive carry their repository and commit', async () => {
    const sha = '97edff6f525f192a3f83cea1944765f769ae2678';
    const text = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      a:
        specifier: github:acme/a
        version: https://codeload.github.com/acme/a/tar.gz/${sha}
      b:
        specifier: git+ssh://git@gitlab.com/team/b.git
        version: git+ssh://git@gitlab.com/team/b.git#${sha}

packages:

  a@https://codeload.github.com/acme/a/tar.gz/${sha}:
    resolution: {tarball: https://codeload.github.com/acme/a/tar.gz/${sha}}
    version: 1.0.0

  b@git+ssh://git@gitlab.com/team/b.git#${sha}:
    resolution: {commit: ${sha}, repo: git@gitlab.com:team/b.git, type: git}
    version: 2.0.0

snapshots:

  a@https://codeload.github.com/acme/a/tar.gz/${sha}: {}

  b@git+ssh://git@gitlab.com/team/b.git#${sha}: {}
`;
    const lockfile = await loadLockfile('pnpm-lock.yaml', text);
    expect(entry(lockfile, 'a')).toMatchObject({
      source: 'tarball',
      host: 'codeload.github.com',
      git: { repository: 'github.com/acme/a', commit: sha },
    });
    expect(entry(lockfile, 'b')).toMatchObject({
      source: 'git',
      host: 'gitlab.com',
      git: { repository: 'gitlab.com/team/b', commit: sha },
    });
  });

  it('a registry entry without a tarball downloads from the scope registry, then the default', async () => {
    const text = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      '@acme/lib':
        specifier: 1.0.0
        version: 1.0.0
      ms:
        specifier: 2.1.3
        version: 2.1.3

packages:

  '@acme/lib@1.0.0':
    resolution: {integrity: sha512-a}

  ms@2.1.3:
    resolution: {integrity: sha512-m}

snapshots:

  '@acme/lib@1.0.0': {}

  ms@2.1.3: {}
`;
    const registries = {
      default: 'https://registry.npmjs.org',
      scopes: { '@acme': 'https://npm.acme.example/api/npm/' },
    };
    const lockfile = await loadLockfile('pnpm-lock.yaml', text, { registries });
    expect(entry(lockfile, '@acme/lib').url).toBe('https://npm.acme.example/api/npm/@acme/lib/-/lib-1.0.0.tgz');
    expect(entry(lockfile, 'ms')).toMatchObject({
      url: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
      host: 'registry.npmjs.org',
    });
  });
});

describe('yarn 1: own code only when every specifier is local; JSON read through the YAML fallback', () => {
  it('an entry mixing a file: specifier with a registry range is an error naming its line (yarn installs resolved)', async () => {
    expect(installed('yarn1-mixed-file-specifier')).toMatch(/node_modules\/postmark-mcp: .*postmark-mcp@1\.0\.16/);
    const text = read('yarn1-mixed-file-specifier/head/yarn.lock');
    const error = await rejected(LockfileError, loadLockfile('yarn.lock', text));
    expect(error.line).toBe(text.split('\n').findIndex((l) => l.startsWith('"postmark-mcp@1.0.16"')) + 1);
    expect(error.reason).toMatch(/local specifier "postmark-mcp@file:\.\/local-lib" beside "postmark-mcp@1\.0\.16"/);
  });

  it('only local specifiers are own code; with a remote resolved they are an error', async () => {
    const own = await loadLockfile(
      'yarn.lock',
      '# yarn lockfile v1\n\n\n"postmark-mcp@file:./local-lib":\n  version "1.0.16"\n',
    );
    expect(entry(own, 'postmark-mcp')).toMatchObject({ source: 'directory' });
    expect(isOwnCode(entry(own, 'postmark-mcp'))).toBe(true);
    const link = await loadLockfile('yarn.lock', '# yarn lockfile v1\n\n\n"a@link:../a":\n  version "0.0.0"\n');
    expect(entry(link, 'a').source).toBe('link');
    const remote = `# yarn lockfile v1\n\n\n"postmark-mcp@file:./local-lib":\n  version "1.0.16"\n  resolved "https://registry.yarnpkg.com/postmark-mcp/-/postmark-mcp-1.0.16.tgz"\n`;
    expect((await rejected(LockfileError, loadLockfile('yarn.lock', remote))).reason).toMatch(
      /only local specifiers but resolves to/,
    );
  });

  it('a relative resolved is fetched from the registry, as Yarn 1 does; a protocol-relative one is refused', async () => {
    const entryText = (resolved: string) =>
      `# yarn lockfile v1\n\n\nbenign@1.0.0:\n  version "1.0.0"\n  resolved "${resolved}"\n  integrity ${PM_SRI}\n`;
    const relative = await loadLockfile('yarn.lock', entryText('postmark-mcp/-/postmark-mcp-1.0.16.tgz#bd4c'));
    expect(entry(relative, 'benign')).toMatchObject({
      source: 'tarball',
      resolved: 'https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-1.0.16.tgz#bd4c',
      url: 'https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-1.0.16.tgz',
    });
    const error = await rejected(LockfileError, loadLockfile('yarn.lock', entryText('//evil.example/x.tgz')));
    expect([error.line, error.reason]).toEqual([4, expect.stringMatching(/protocol-relative/)]);
  });

  it('a yarn.lock written as JSON is read as Yarn 1 reads it (yarn 1.22 installed postmark-mcp from it)', async () => {
    expect(installed('yarn1-json')).toMatch(/node_modules\/postmark-mcp: .*postmark-mcp@1\.0\.16/);
    const lockfile = await load('yarn1-json/head/yarn.lock');
    expect(lockfile.format).toBe('yarn-classic');
    expect(lockfile.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['benign@1.0.0', 'postmark-mcp@1.0.16']);
    const text = read('yarn1-json/head/yarn.lock');
    expect(entry(lockfile, 'postmark-mcp')).toMatchObject({
      source: 'registry',
      host: '127.0.0.1:4873',
      line: text.split('\n').findIndex((l) => l.includes('"postmark-mcp@1.0.16"')) + 1,
    });
    // JSON that is no mapping of entries stays refused.
    await expect(loadLockfile('yarn.lock', '{"a": [1, 2]}\n')).rejects.toThrow(LockfileError);
  });
});

describe('Yarn Berry: locators split into name and reference', () => {
  it('a URL locator is the URL Yarn downloads (Yarn 4 installed postmark-mcp as benign)', async () => {
    expect(installed('berry-url-locator')).toMatch(/node_modules\/benign: .*postmark-mcp@1\.0\.16/);
    const benign = entry(await load('berry-url-locator/head/yarn.lock'), 'benign');
    expect(benign).toMatchObject({
      source: 'tarball',
      resolved: 'http://127.0.0.1:4873/postmark-mcp/-/postmark-mcp-1.0.16.tgz',
      url: 'http://127.0.0.1:4873/postmark-mcp/-/postmark-mcp-1.0.16.tgz',
      host: '127.0.0.1:4873',
    });
    const base = entry(await load('berry-url-locator/base/yarn.lock'), 'benign');
    expect(base).toMatchObject({
      source: 'registry',
      resolved: 'npm:1.0.0',
      url: 'http://127.0.0.1:4873/benign/-/benign-1.0.0.tgz',
    });
  });

  const berry = (resolution: string, checksum = '10c0/aa') => `__metadata:
  version: 8
  cacheKey: 10c0

"x@npm:^1.0.0":
  version: 1.0.0
  resolution: "${resolution}"
  checksum: ${checksum}
  languageName: node
  linkType: hard
`;

  it('a git locator reports the git host, repository and commit, never "https"', async () => {
    const sha = 'a'.repeat(40);
    const x = entry(await loadLockfile('yarn.lock', berry(`x@https://github.com/acme/x.git#commit=${sha}`)), 'x');
    expect(x).toMatchObject({
      source: 'git',
      host: 'github.com',
      git: { repository: 'github.com/acme/x', commit: sha },
    });
    expect(downloadHost(x)).toBe('github.com');
    const ssh = entry(await loadLockfile('yarn.lock', berry(`x@git@gitlab.com:team/x.git#commit=${sha}`)), 'x');
    expect(ssh).toMatchObject({ host: 'gitlab.com', git: { repository: 'gitlab.com/team/x', commit: sha } });
  });

  it('an npm locator with __archiveUrl downloads that URL; a patch downloads what it patches', async () => {
    const archive = encodeURIComponent('https://npm.pkg.github.com/download/@acme/x/1.0.0/abc');
    const x = entry(await loadLockfile('yarn.lock', berry(`x@npm:1.0.0::__archiveUrl=${archive}`)), 'x');
    expect(x).toMatchObject({
      version: '1.0.0',
      url: 'https://npm.pkg.github.com/download/@acme/x/1.0.0/abc',
      host: 'npm.pkg.github.com',
    });
    const inner = encodeURIComponent('x@https://evil.example/x-1.0.0.tgz');
    const patched = entry(
      await loadLockfile('yarn.lock', berry(`x@patch:${inner}#./p.patch::version=1.0.0&hash=1`)),
      'x',
    );
    expect(patched).toMatchObject({ source: 'tarball', url: 'https://evil.example/x-1.0.0.tgz', host: 'evil.example' });
  });

  it('a protocol Yarn has no built-in fetcher for is an error naming the entry', async () => {
    const error = await rejected(LockfileError, loadLockfile('yarn.lock', berry('x@mirror:1.0.0')));
    expect([error.line, error.reason]).toEqual([5, expect.stringMatching(/"x@mirror:1\.0\.0" uses a protocol/)]);
  });

  it('a checksum changed for the same locator is a change, of kind changed', async () => {
    const before = await loadLockfile('yarn.lock', berry('x@npm:1.0.0', `10c0/${'a'.repeat(128)}`));
    const after = await loadLockfile('yarn.lock', berry('x@npm:1.0.0', `10c0/${'b'.repeat(128)}`));
    expect(diffLockfiles(before, after)).toEqual([
      { name: 'x', kind: 'changed', from: ['1.0.0'], to: ['1.0.0'], reason: 'checksum changed' },
    ]);
    // Another cache key is another archive format, not another package.
    const rekeyed = await loadLockfile('yarn.lock', berry('x@npm:1.0.0', `9/${'b'.repeat(128)}`));
    expect(diffLockfiles(before, rekeyed)).toEqual([]);
  });
});

describe('registry tarball URLs', () => {
  it('are built as the package managers build them', () => {
    expect(registryTarballUrl('@s/x', '1.0.0+build.1', 'https://r.example/npm')).toBe(
      'https://r.example/npm/@s/x/-/x-1.0.0.tgz',
    );
  });
});
