import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareHashes, entryHashes, registryHashes } from '../../src/core/integrity.js';
import { integrityIssue } from '../../src/signals/integrity.js';
import type { LockedPackage } from '../../src/core/model.js';

const bytes = Buffer.from('the registry tarball');
const other = Buffer.from('other bytes');
const sri = (algorithm: string, b: Buffer) => `${algorithm}-${createHash(algorithm).update(b).digest('base64')}`;
const hex1 = (b: Buffer) => createHash('sha1').update(b).digest('hex');
const published = { integrity: sri('sha512', bytes), shasum: hex1(bytes) };
const pkg = (fields: Partial<LockedPackage>): LockedPackage => ({
  id: 'x',
  name: 'x',
  version: '1.0.0',
  source: 'registry',
  line: 3,
  ...fields,
});
const meta = (dist: { integrity?: string; shasum?: string }) => ({
  installScript: false,
  installScripts: [],
  provenance: false,
  maintainers: [],
  ...dist,
});

describe('an entry against the registry: the strongest algorithm both give', () => {
  it.each([
    ['the same sha512', { integrity: sri('sha512', bytes) }, undefined],
    ['another sha512', { integrity: sri('sha512', other) }, 'sha512'],
    // ssri verifies with the strongest algorithm only: a wrong sha1 beside the right sha512 installs the registry's bytes.
    ['the right sha512 beside a wrong sha1', { integrity: `${sri('sha512', bytes)} ${sri('sha1', other)}` }, undefined],
    ['a sha1-only lockfile (old npm, yarn 1), compared with shasum', { integrity: sri('sha1', bytes) }, undefined],
    ['a sha1-only lockfile with other bytes', { integrity: sri('sha1', other) }, 'sha1'],
    [
      'yarn 1: only a #sha1 fragment, right',
      { resolved: `https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#${hex1(bytes)}` },
      undefined,
    ],
    [
      'yarn 1: only a #sha1 fragment, wrong',
      { resolved: `https://registry.yarnpkg.com/x/-/x-1.0.0.tgz#${hex1(other)}` },
      'sha1',
    ],
    ['a sha256 the registry never publishes', { integrity: sri('sha256', bytes) }, 'only'],
  ])('%s', (_, fields, expected) => {
    const issue = integrityIssue(pkg(fields), meta(published));
    if (expected === undefined) expect(issue).toBeUndefined();
    else {
      expect(issue?.kind).toBe('integrity-mismatch');
      expect(issue?.problem).toMatch(
        expected === 'only' ? /locked with sha256 only/ : new RegExp(`locked with ${expected} `),
      );
    }
  });

  it('a registry that publishes no hash leaves nothing to compare, and an entry without one is not judged', () => {
    expect(integrityIssue(pkg({ integrity: sri('sha512', other) }), meta({}))).toBeUndefined();
    expect(entryHashes(pkg({}))).toEqual(new Map());
  });

  // yarn 1.22.22 checks the #sha1 of a committed file: tarball on a frozen install ("Integrity check failed"
  // with other bytes at the path), as it does a registry URL's: both are the entry's digest.
  it("reads yarn 1's #sha1 on an http(s) URL and on a committed file: tarball, and no other fragment", () => {
    const hex = '0987e0bc85f4a6c24049f959fa03dce44739a8a6';
    const digest = Buffer.from(hex, 'hex').toString('base64');
    expect(entryHashes(pkg({ resolved: `https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#${hex}` }))).toEqual(
      new Map([['sha1', [digest]]]),
    );
    expect(entryHashes(pkg({ resolved: `file:vendor/a-1.0.0.tgz#${hex}` }))).toEqual(new Map([['sha1', [digest]]]));
    expect(entryHashes(pkg({ resolved: `git+https://github.com/acme/a.git#${hex}` }))).toEqual(new Map());
  });

  it('shasum and dist.integrity are one set; a digest of the compared algorithm must be among them', () => {
    const registry = registryHashes({ integrity: `${sri('sha512', bytes)}`, shasum: hex1(bytes) });
    expect([...registry.keys()]).toEqual(['sha512', 'sha1']);
    expect(compareHashes(new Map([['sha384', ['a']]]), registry)).toBe('incomparable');
  });
});
