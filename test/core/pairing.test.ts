import { describe, expect, it } from 'vitest';
import { pairLockfiles, twinPair } from '../../src/core/pairing.js';

describe('pairLockfiles', () => {
  it('pairs the same path on both sides', () => {
    expect(pairLockfiles(['package-lock.json', 'a/yarn.lock'], ['package-lock.json', 'a/yarn.lock']).pairs).toEqual([
      { head: 'package-lock.json', base: 'package-lock.json' },
      { head: 'a/yarn.lock', base: 'a/yarn.lock' },
    ]);
  });

  it('compares a package-manager switch with the base lockfile of that directory', () => {
    const { pairs, notes } = pairLockfiles(['pnpm-lock.yaml'], ['yarn.lock']);
    expect(pairs).toEqual([{ head: 'pnpm-lock.yaml', base: 'yarn.lock' }]);
    expect(notes[0]).toMatch(/pnpm-lock\.yaml replaces yarn\.lock/);
  });

  it('compares a new lockfile with an empty base and reports a deleted one', () => {
    expect(pairLockfiles(['web/package-lock.json'], ['api/yarn.lock']).pairs).toEqual([
      { head: 'web/package-lock.json', base: undefined },
      { base: 'api/yarn.lock' },
    ]);
  });

  it('reads bun.lockb, not the yarn.lock Bun prints beside it, and says so', () => {
    const result = pairLockfiles(['bun.lockb', 'yarn.lock'], ['bun.lockb', 'yarn.lock']);
    expect(result.pairs).toEqual([{ head: 'bun.lockb', base: 'bun.lockb' }]);
    expect(result.notes.join()).toMatch(/bun\.lockb .*was read and yarn\.lock was not/);
    expect(result.twins).toEqual([{ read: 'bun.lockb', other: 'yarn.lock' }]);
    expect(result.errors).toEqual([]);
  });

  it('reads bun.lock over bun.lockb, as Bun 1.2 and later install from it', () => {
    const result = pairLockfiles(['app/bun.lock', 'app/bun.lockb'], ['app/bun.lock', 'app/bun.lockb']);
    expect(result.pairs).toEqual([{ head: 'app/bun.lock', base: 'app/bun.lock' }]);
    expect(result.notes.join()).toMatch(/app\/bun\.lock was read and app\/bun\.lockb .*was not: Bun 1\.2/);
    expect(result.twins).toEqual([{ read: 'app/bun.lock', other: 'app/bun.lockb' }]);
  });

  it('reads a lone bun.lockb like any lockfile', () => {
    expect(pairLockfiles(['bun.lockb'], [])).toEqual({
      pairs: [{ head: 'bun.lockb', base: undefined }],
      notes: [],
      errors: [],
      twins: [],
    });
  });

  it('compares bun.lockb with the bun.lock Bun used before when a change deletes bun.lock', () => {
    const { pairs, notes } = pairLockfiles(['bun.lockb'], ['bun.lock', 'bun.lockb']);
    expect(pairs).toEqual([{ head: 'bun.lockb', base: 'bun.lock' }]);
    expect(notes.join()).toMatch(/bun\.lockb replaces bun\.lock/);
  });

  it('a --lockfile naming the twin that is not read checks the one Bun installs from', () => {
    const result = pairLockfiles(['bun.lock', 'bun.lockb'], ['bun.lock', 'bun.lockb'], ['bun.lockb']);
    expect(result.pairs).toEqual([{ head: 'bun.lock', base: 'bun.lock' }]);
    expect(result.errors).toEqual([]);
  });

  it('names both twins and the fix when a change updates one without the other', () => {
    const extra = twinPair({ read: 'bun.lock', other: 'bun.lockb' }, ['bun.lock', 'bun.lockb']);
    expect(extra.pair).toEqual({ head: 'bun.lockb', base: 'bun.lockb' });
    expect(extra.note).toMatch(/bun\.lock and bun\.lockb disagree: .*bun\.lockb was checked too/);
    expect(twinPair({ read: 'bun.lockb', other: 'yarn.lock' }, []).pair).toEqual({ head: 'yarn.lock' });
  });

  it('restricts to --lockfile paths and rejects one that does not exist', () => {
    const result = pairLockfiles(
      ['a/package-lock.json', 'b/package-lock.json'],
      ['a/package-lock.json'],
      ['./b/package-lock.json', 'c/yarn.lock'],
    );
    expect(result.pairs).toEqual([{ head: 'b/package-lock.json', base: undefined }]);
    expect(result.errors).toEqual(['c/yarn.lock: no such lockfile in the head tree.']);
  });
});
