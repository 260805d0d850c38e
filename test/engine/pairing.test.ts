import { describe, expect, it } from 'vitest';
import { bunPairs, pairLockfiles } from '../../src/engine/pairing.js';


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

  it('reads a yarn.lock beside bun.lockb as a lockfile of its own, whatever its comment says it is', () => {
    // Yarn installs from a yarn.lock even when Bun printed it (`# bun ./bun.lockb --hash: …`).
    const result = pairLockfiles(['bun.lockb', 'yarn.lock'], ['bun.lockb', 'yarn.lock']);
    expect(result.pairs).toEqual([
      { head: 'yarn.lock', base: 'yarn.lock' },
      { head: 'bun.lockb', base: 'bun.lockb' },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('reads both bun.lock and bun.lockb: Bun before 1.2 installs from one, Bun 1.2 and later from the other', () => {
    const result = pairLockfiles(['app/bun.lock', 'app/bun.lockb'], ['app/bun.lock', 'app/bun.lockb']);
    expect(result.pairs).toEqual([
      { head: 'app/bun.lock', base: 'app/bun.lock' },
      { head: 'app/bun.lockb', base: 'app/bun.lockb' },
    ]);
    expect(bunPairs(['app/bun.lock', 'app/bun.lockb', 'bun.lockb', 'x/bun.lock'])).toEqual([
      ['app/bun.lock', 'app/bun.lockb'],
    ]);
  });

  it('reads a lone bun.lockb like any lockfile', () => {
    expect(pairLockfiles(['bun.lockb'], [])).toEqual({
      pairs: [{ head: 'bun.lockb', base: undefined }],
      notes: [],
      errors: [],
    });
  });

  it('compares bun.lockb with the bun.lock Bun used before when a change deletes bun.lock', () => {
    const { pairs, notes } = pairLockfiles(['bun.lockb'], ['bun.lock', 'bun.lockb']);
    expect(pairs).toEqual([{ head: 'bun.lockb', base: 'bun.lockb' }, { base: 'bun.lock' }]);
    expect(notes).toEqual([]);
  });

  it('a --lockfile naming one of bun.lock and bun.lockb checks both', () => {
    const result = pairLockfiles(['bun.lock', 'bun.lockb'], ['bun.lock', 'bun.lockb'], ['bun.lockb']);
    expect(result.pairs).toEqual([
      { head: 'bun.lock', base: 'bun.lock' },
      { head: 'bun.lockb', base: 'bun.lockb' },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('pairs a lockfile renamed to another case of its name with the base file, never as removed', () => {
    const { pairs, notes } = pairLockfiles(['web/Yarn.lock'], ['web/yarn.lock']);
    expect(pairs).toEqual([{ head: 'web/Yarn.lock', base: 'web/yarn.lock' }]);
    expect(notes).toEqual([]);
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
