import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gitRepository,
  isGitReference,
  pinnedCommit,
  isRegistryTarballOf,
  normalizeResolved,
  registryTarball,
  urlHost,
} from '../../src/core/source.js';

describe('registryTarball', () => {
  it.each([
    [
      'https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-1.0.16.tgz',
      'postmark-mcp',
      '1.0.16',
      'registry.npmjs.org',
    ],
    [
      'https://registry.yarnpkg.com/@ctrl/tinycolor/-/tinycolor-4.1.1.tgz#sha1',
      '@ctrl/tinycolor',
      '4.1.1',
      'registry.yarnpkg.com',
    ],
    [
      'https://registry.npmjs.org/@ctrl%2ftinycolor/-/tinycolor-4.1.2.tgz',
      '@ctrl/tinycolor',
      '4.1.2',
      'registry.npmjs.org',
    ],
    [
      'https://npm.corp.example:8443/artifactory/api/npm/npm/is-number/-/is-number-7.0.0.tgz?x=1',
      'is-number',
      '7.0.0',
      'npm.corp.example:8443',
    ],
    ['http://localhost:4873/a-b/-/a-b-1.0.0-beta.2.tgz', 'a-b', '1.0.0-beta.2', 'localhost:4873'],
    // Private registries' forms of scoped packages.
    [
      'https://acme.jfrog.io/artifactory/api/npm/npm-virtual/@acme/widgets/-/@acme/widgets-1.2.3.tgz',
      '@acme/widgets',
      '1.2.3',
      'acme.jfrog.io',
    ],
    ['http://localhost:4873/@acme%2fwidgets/-/widgets-1.2.3.tgz', '@acme/widgets', '1.2.3', 'localhost:4873'],
    [
      'https://nexus.acme.example/repository/npm-group/@acme/widgets/-/widgets-1.2.3.tgz',
      '@acme/widgets',
      '1.2.3',
      'nexus.acme.example',
    ],
    [
      'https://pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/@acme/widgets/-/widgets-1.2.3.tgz',
      '@acme/widgets',
      '1.2.3',
      'pkgs.dev.azure.com',
    ],
    [
      'https://npm.pkg.github.com/download/@acme/widgets/1.2.3/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
      '@acme/widgets',
      '1.2.3',
      'npm.pkg.github.com',
    ],
    ['https://npm.fury.io/acme/widgets/-/widgets-1.2.3.tgz', 'widgets', '1.2.3', 'npm.fury.io'],
  ])('%s names %s@%s on %s', (url, name, version, host) => {
    expect(registryTarball(url)).toMatchObject({ name, version, host });
  });

  it("reads Artifactory's `<scope-without-@>/<name>` path as the scoped name too, never another package", () => {
    const url = 'https://acme.jfrog.io/artifactory/api/npm/npm/acme/widgets/-/widgets-1.2.3.tgz';
    expect(registryTarball(url)).toEqual({
      name: 'widgets',
      scoped: '@acme/widgets',
      version: '1.2.3',
      host: 'acme.jfrog.io',
    });
    expect(isRegistryTarballOf(url, '@acme/widgets', '1.2.3')).toBe(true);
    expect(isRegistryTarballOf(url, '@acme/other', '1.2.3')).toBe(false);
  });

  it.each([
    'https://codeload.github.com/a/b/tar.gz/abc',
    'https://example.com/x.tgz',
    'https://registry.npmjs.org/benign/-/postmark-mcp-1.0.16.tgz',
    'https://acme.jfrog.io/artifactory/api/npm/npm/@acme/widgets/-/@acme/x/widgets-1.2.3.tgz',
    'https://acme.jfrog.io/artifactory/api/npm/npm/widgets/-/other/widgets-1.2.3.tgz',
    'git+ssh://git@github.com/a/b.git',
    'file:../x.tgz',
    'not a url',
  ])('%s names no registry package', (url) => {
    expect(registryTarball(url)).toBeUndefined();
  });
});

describe('sources', () => {
  it('tells git references apart', () => {
    expect(isGitReference('git+ssh://git@github.com/a/b.git#abc')).toBe(true);
    expect(isGitReference('github:a/b')).toBe(true);
    expect(isGitReference('https://registry.npmjs.org/a/-/a-1.0.0.tgz')).toBe(false);
  });
  it('reads hosts of URLs and scp-like git references', () => {
    expect(urlHost('git+ssh://git@github.com/a/b.git')).toBe('github.com');
    expect(urlHost('git@gitlab.com:a/b.git')).toBe('gitlab.com');
    expect(urlHost('https://Registry.NPMJS.org/a')).toBe('registry.npmjs.org');
    expect(urlHost('file:x')).toBeUndefined();
  });
  it('folds the public registry hosts into one and drops the fragment', () => {
    expect(normalizeResolved('https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#abc')).toBe(
      'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
    );
    expect(normalizeResolved('https://evil.example/a/-/a-1.0.0.tgz')).toBe('https://evil.example/a/-/a-1.0.0.tgz');
    // A git reference's fragment is its commit: another commit must compare as another origin.
    expect(normalizeResolved('git+ssh://git@github.com/a/b.git#aaaa')).not.toBe(
      normalizeResolved('git+ssh://git@github.com/a/b.git#bbbb'),
    );
  });
});

describe('registryTarball agrees with the WHATWG URL parser', () => {
  /** The identity read the slow way: `new URL`, the path split into segments. */
  function oracle(url: string): { name: string; version: string; host: string; scoped?: string } | undefined {
    let parsed: URL;
    try {
      if (!/^https?:\/\//i.test(url)) return undefined;
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    const segments = parsed.pathname.split('/');
    // GitHub Packages: /download/@scope/name/<version>/<hash>.
    if (
      segments.length === 6 &&
      segments[1] === 'download' &&
      segments[2]!.startsWith('@') &&
      /^[0-9a-f]+$/i.test(segments[5]!)
    )
      return /^v?\d+\.\d+\.\d+/.test(segments[4]!)
        ? { name: decode(`${segments[2]}/${segments[3]}`), version: segments[4]!, host: parsed.host.toLowerCase() }
        : undefined;
    const dash = segments.lastIndexOf('-');
    // Artifactory's scoped file part (`-/@scope/name-1.0.0.tgz`) is one segment longer.
    const scopedFile = dash === segments.length - 3 && segments[dash + 1]!.startsWith('@');
    if (dash < 2 || (dash !== segments.length - 2 && !scopedFile)) return undefined;
    const file = decode(segments[segments.length - 1]!);
    let name = decode(segments[dash - 1]!);
    const scope = segments[dash - 2] ? decode(segments[dash - 2]!) : '';
    if (scope.startsWith('@') && !name.includes('/')) name = `${scope}/${name}`;
    const base = name.slice(name.lastIndexOf('/') + 1);
    if (!base || !file.startsWith(`${base}-`) || !file.endsWith('.tgz')) return undefined;
    const version = file.slice(base.length + 1, -'.tgz'.length);
    if (!/^v?\d+\.\d+\.\d+/.test(version)) return undefined;
    const scoped = !name.includes('/') && /^[a-z0-9][\w.-]*$/i.test(scope) ? { scoped: `@${scope}/${name}` } : {};
    return { name, version, host: parsed.host.toLowerCase(), ...scoped };
  }

  it('on URLs built from registry-like pieces, dot segments, escapes, credentials and odd characters', () => {
    const piece = fc.constantFrom('a', 'b-c', '@s', '@s%2fa', 'a-1.0.0.tgz', '-', '.', '..', '%2e%2e', 'x\\y', 'A', '');
    const host = fc.constantFrom(
      'registry.npmjs.org',
      'Registry.NPMJS.org:443',
      'h:8080',
      'u:p@h',
      'h\\@evil',
      'h.example',
    );
    fc.assert(
      fc.property(
        fc.constantFrom('http', 'https', 'HTTPS'),
        host,
        fc.array(piece, { maxLength: 6 }),
        fc.constantFrom('', '?x=1', '#sha'),
        (scheme, h, parts, tail) => {
          const url = `${scheme}://${h}/${parts.join('/')}${tail}`;
          expect(registryTarball(url)).toEqual(oracle(url));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('gitRepository', () => {
  it.each([
    ['github:vercel/pkg#5.7.0', 'github.com', 'vercel/pkg', '5.7.0'],
    ['vercel/pkg', 'github.com', 'vercel/pkg', undefined],
    ['git+https://github.com/Acme/Tool.git#0a1b2c', 'github.com', 'acme/tool', '0a1b2c'],
    ['git+ssh://git@github.com/acme/tool.git#0a1b2c', 'github.com', 'acme/tool', '0a1b2c'],
    ['git@gitlab.com:acme/group/tool.git', 'gitlab.com', 'acme/group/tool', undefined],
    ['ssh://git@git.acme.example:2222/team/tool.git', 'git.acme.example:2222', 'team/tool', undefined],
    ['https://codeload.github.com/vercel/pkg/tar.gz/7e4fef9f', 'github.com', 'vercel/pkg', '7e4fef9f'],
    ['https://github.com/acme/tool/archive/0a1b2c.tar.gz', 'github.com', 'acme/tool', '0a1b2c'],
    ['https://gitlab.com/acme/tool/-/archive/0a1b/tool-0a1b.tar.gz', 'gitlab.com', 'acme/tool', '0a1b'],
    // Yarn 1's lock of `gitlab:o/r#<commit>` (dependabot-core's githost_dependency_ref fixture).
    ['https://gitlab.com/acme/tool/repository/archive.tar.gz?ref=0a1b2c', 'gitlab.com', 'acme/tool', '0a1b2c'],
    ['https://github.com/acme/tool.git#commit=0a1b2c', 'github.com', 'acme/tool', '0a1b2c'],
    [
      'parse-srcset@https://github.com/ikatyang/parse-srcset.git#commit=54eb9c1c',
      'github.com',
      'ikatyang/parse-srcset',
      '54eb9c1c',
    ],
    ['@s/x@github:acme/x#commit=0a1b', 'github.com', 'acme/x', '0a1b'],
    // npm 6 / Yarn 1: an scp-style path inside an ssh URL (dependabot-core's git_dependency_ssh fixtures).
    ['git+ssh://git@github.com:Acme/tool.git#0a1b2c', 'github.com', 'acme/tool', '0a1b2c'],
    ['ssh://git@git.acme.example:team/tool.git', 'git.acme.example', 'team/tool', undefined],
    // A repository's page, which npm and Yarn clone (snyk's real Berry files ask for https://github.com/yarnpkg/berry).
    ['https://github.com/yarnpkg/berry', 'github.com', 'yarnpkg/berry', undefined],
    ['https://github.com/yarnpkg/berry#main', 'github.com', 'yarnpkg/berry', 'main'],
  ])('%s', (ref, host, path, commit) => {
    expect(gitRepository(ref)).toEqual({ host, path, ...(commit ? { ref: commit } : {}) });
  });

  // Full commit ids, as the lockfiles of each package manager write them (in lower case).
  const sha = '0123456789abcdef0123456789abcdef01234567';
  it.each([
    [`git+ssh://git@github.com/acme/lib.git#${sha}`, 'github.com', 'acme/lib'],
    [`git@github.com:acme/lib.git#${sha.toUpperCase()}`, 'github.com', 'acme/lib'],
    [`https://github.com/acme/lib.git#head=main&commit=${sha}`, 'github.com', 'acme/lib'],
    [`https://codeload.github.com/acme/lib/tar.gz/${sha}`, 'github.com', 'acme/lib'],
    [`git+ssh://git@git.example:2222/team/lib.git#${sha}`, 'git.example:2222', 'team/lib'],
  ])('%s pins its commit', (ref, host, path) => {
    const repo = gitRepository(ref)!;
    expect(repo).toEqual({ host, path, ref: sha });
    expect(pinnedCommit(repo)).toBe(sha);
  });
  it('a branch or tag pins no commit', () =>
    expect(pinnedCommit(gitRepository('github:acme/lib#main')!)).toBeUndefined());

  it.each([
    'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
    '^1.2.3',
    'file:../x',
    'https://cdn.example/x.tgz',
    'https://example.com/acme/tool',
    'https://github.com/acme/tool/releases/download/v1/tool.tgz',
    // yarn 1's committed tarball: the fragment is the tarball's sha1, not a commit (git needs git+file:).
    'file:vendor/benign-1.0.0.tgz#0987e0bc85f4a6c24049f959fa03dce44739a8a6',
  ])('%s is no repository', (ref) => expect(gitRepository(ref)).toBeUndefined());
  it('git+file: is a repository on this machine', () =>
    expect(gitRepository(`git+file:///srv/git/lib.git#${sha}`)).toEqual({ host: '', path: 'srv/git/lib', ref: sha }));
});
