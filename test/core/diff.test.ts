import { describe, expect, it } from 'vitest';
import { diffLockfiles } from '../../src/core/diff.js';
import type { LockedPackage, Lockfile } from '../../src/core/model.js';

let line = 0;
function pkg(name: string, version: string, extra: Partial<LockedPackage> = {}): LockedPackage {
  line++;
  return { id: `${name}@${version}#${line}`, name, version, source: 'registry', line, ...extra };
}
function lock(...packages: LockedPackage[]): Lockfile {
  return { path: 'package-lock.json', format: 'npm', formatVersion: '3', packages, importers: [] };
}

describe('diffLockfiles', () => {
  it('reports an upgrade with from/to', () => {
    expect(diffLockfiles(lock(pkg('a', '1.0.15')), lock(pkg('a', '1.0.16')))).toEqual([
      { name: 'a', kind: 'upgraded', from: ['1.0.15'], to: ['1.0.16'] },
    ]);
  });

  it('reports a downgrade, an addition and a removal, sorted by name', () => {
    const changes = diffLockfiles(
      lock(pkg('b', '2.0.0'), pkg('c', '1.0.0')),
      lock(pkg('a', '1.0.0'), pkg('b', '1.9.0')),
    );
    expect(changes).toEqual([
      { name: 'a', kind: 'added', from: [], to: ['1.0.0'] },
      { name: 'b', kind: 'downgraded', from: ['2.0.0'], to: ['1.9.0'] },
      { name: 'c', kind: 'removed', from: ['1.0.0'], to: [] },
    ]);
  });

  it('calls one more copy of a package "added" and sorts versions by semver, not text', () => {
    const changes = diffLockfiles(
      lock(pkg('a', '1.2.0')),
      lock(pkg('a', '1.2.0'), pkg('a', '1.10.0'), pkg('a', '1.9.0')),
    );
    expect(changes).toEqual([{ name: 'a', kind: 'added', from: [], to: ['1.9.0', '1.10.0'] }]);
  });

  it('compares versions as exact strings, and prereleases by semver', () => {
    const changes = diffLockfiles(lock(pkg('a', '2.0.0-rc.1')), lock(pkg('a', '2.0.0')));
    expect(changes).toEqual([{ name: 'a', kind: 'upgraded', from: ['2.0.0-rc.1'], to: ['2.0.0'] }]);
  });

  it('ignores duplicate entries of the same version (nested copies)', () => {
    expect(diffLockfiles(lock(pkg('a', '1.0.0')), lock(pkg('a', '1.0.0'), pkg('a', '1.0.0')))).toEqual([]);
  });

  it('leaves workspace and link entries out, even when they share a malicious name', () => {
    const head = lock(pkg('postmark-mcp', '1.0.16', { source: 'workspace' }), pkg('x', '1.0.0', { source: 'link' }));
    expect(diffLockfiles(lock(), head)).toEqual([]);
  });

  it('treats a missing base as empty and a missing head as deleted', () => {
    expect(diffLockfiles(undefined, lock(pkg('a', '1.0.0')))).toEqual([
      { name: 'a', kind: 'added', from: [], to: ['1.0.0'] },
    ]);
    expect(diffLockfiles(lock(pkg('a', '1.0.0')), undefined)).toEqual([
      { name: 'a', kind: 'removed', from: ['1.0.0'], to: [] },
    ]);
  });

  it('reports "changed" when the same version moves off the registry', () => {
    const base = lock(pkg('a', '1.0.0', { resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz' }));
    const head = lock(pkg('a', '1.0.0', { source: 'tarball', resolved: 'https://evil.example/a-1.0.0.tgz' }));
    expect(diffLockfiles(base, head)).toEqual([
      { name: 'a', kind: 'changed', from: ['1.0.0'], to: ['1.0.0'], reason: 'source changed to tarball' },
    ]);
  });

  it('reports "changed" for a new integrity of the same algorithm or a new resolved URL', () => {
    const base = lock(
      pkg('a', '1.0.0', { integrity: 'sha512-AAA', resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz' }),
    );
    expect(
      diffLockfiles(
        base,
        lock(pkg('a', '1.0.0', { integrity: 'sha512-BBB', resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz' })),
      )[0],
    ).toMatchObject({
      kind: 'changed',
      reason: 'integrity changed',
    });
    expect(
      diffLockfiles(
        base,
        lock(pkg('a', '1.0.0', { integrity: 'sha512-AAA', resolved: 'https://mirror.example/a/-/a-1.0.0.tgz' })),
      )[0],
    ).toMatchObject({
      kind: 'changed',
      reason: 'resolved URL changed',
    });
  });

  it('does not call a lockfile-format change an origin change', () => {
    // yarn classic → npm: registry host alias, #sha1 fragment, sha1 vs sha512 integrity.
    const base = {
      ...lock(
        pkg('a', '1.0.0', { resolved: 'https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#abc', integrity: 'sha1-XYZ' }),
      ),
      format: 'yarn-classic' as const,
    };
    const head = lock(
      pkg('a', '1.0.0', { resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz', integrity: 'sha512-QQQ' }),
    );
    expect(diffLockfiles(base, head)).toEqual([]);
    // In one format the same version relocked under another algorithm is a change (the registry's hashes judge it).
    expect(diffLockfiles({ ...base, format: 'npm' }, head)).toEqual([
      { name: 'a', kind: 'changed', from: ['1.0.0'], to: ['1.0.0'], reason: 'integrity changed to another algorithm' },
    ]);
    // Berry writes no resolved URL and its own checksum format.
    expect(diffLockfiles(base, lock(pkg('a', '1.0.0', { integrity: '10c0/abcdef' })))).toEqual([]);
  });

  it('keeps a patched package as that package at that version', () => {
    expect(diffLockfiles(lock(pkg('a', '1.0.0')), lock(pkg('a', '1.0.0', { source: 'patch' })))).toEqual([]);
  });
});
