import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGitReference, normalizeResolved, registryTarball, urlHost } from '../../src/core/source.js';


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
  ])('%s names %s@%s on %s', (url, name, version, host) => {
    expect(registryTarball(url)).toEqual({ name, version, host });
  });

  it.each([
    'https://codeload.github.com/a/b/tar.gz/abc',
    'https://example.com/x.tgz',
    'https://registry.npmjs.org/benign/-/postmark-mcp-1.0.16.tgz',
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
  function oracle(url: string): { name: string; version: string; host: string } | undefined {
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
    const dash = segments.lastIndexOf('-');
    if (dash < 2 || dash !== segments.length - 2) return undefined;
    const file = decode(segments[dash + 1]!);
    let name = decode(segments[dash - 1]!);
    const scope = segments[dash - 2] ? decode(segments[dash - 2]!) : '';
    if (scope.startsWith('@') && !name.includes('/')) name = `${scope}/${name}`;
    const base = name.slice(name.lastIndexOf('/') + 1);
    if (!base || !file.startsWith(`${base}-`) || !file.endsWith('.tgz')) return undefined;
    const version = file.slice(base.length + 1, -'.tgz'.length);
    if (!/^v?\d+\.\d+\.\d+/.test(version)) return undefined;
    return { name, version, host: parsed.host.toLowerCase() };
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
