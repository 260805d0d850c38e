import { describe, expect, it } from 'vitest';
import { pairLockfiles } from '../../src/core/pairing.js';

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

  it('reads the text companion of bun.lockb and says so', () => {
    const result = pairLockfiles(['bun.lockb', 'yarn.lock'], ['bun.lockb', 'yarn.lock']);
    expect(result.pairs).toEqual([{ head: 'yarn.lock', base: 'yarn.lock' }]);
    expect(result.notes.join()).toMatch(/bun\.lockb .*was not read.*yarn\.lock/);
    expect(result.errors).toEqual([]);
  });

  it('refuses a bun.lockb with no text companion, telling how to write bun.lock', () => {
    const result = pairLockfiles(['bun.lockb'], []);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/bun install --save-text-lockfile/);
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
