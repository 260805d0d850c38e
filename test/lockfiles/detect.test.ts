import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockfileError } from '../../src/lockfiles/errors.js';
import { detect, parseLockfile } from '../../src/lockfiles/index.js';
import { loadLockfile } from '../../src/lockfiles/load.js';
import { FIXTURES, thrown } from '../helpers.js';

const real = (rel: string) => readFileSync(path.join(FIXTURES, rel), 'utf8');

const errorOf = (fn: () => unknown) => thrown(LockfileError, fn);

describe('detect', () => {
  it('reads the content first: YAML in package-lock.json is pnpm, __metadata is Berry, JSON in yarn.lock is npm', () => {
    expect(detect('package-lock.json', real('pnpm9-changesets/base/pnpm-lock.yaml'))).toBe('pnpm');
    expect(detect('yarn.lock', real('yarn-berry8-prettier/base/yarn.lock'))).toBe('yarn-berry');
    expect(detect('yarn.lock', real('yarn1-webpack/base/yarn.lock'))).toBe('yarn-classic');
    expect(detect('bun.lock', real('bun-lock-hono/base/bun.lock'))).toBe('bun');
    expect(detect('sub/bun.lock', real('bun-lock-hono/base/bun.lock'))).toBe('bun');
    expect(detect('lock.json', real('bun-lock-hono/base/bun.lock'))).toBe('bun');
    expect(detect('yarn.lock', real('npm-v3-javascript-action/base/package-lock.json'))).toBe('npm');
  });

  it('parses a misnamed lockfile as what it is', () => {
    const lockfile = parseLockfile('package-lock.json', real('pnpm6-vue-core/base/pnpm-lock.yaml'));
    expect([lockfile.format, lockfile.formatVersion]).toEqual(['pnpm', '6.0']);
  });
});

describe('checks every format shares', () => {
  it('reports a YAML-like lockfile cut mid-line as truncated, at its last line', () => {
    const text = real('yarn-berry8-prettier/base/yarn.lock');
    const cut = text.slice(0, text.indexOf('checksum:', 20_000) + 30);
    const error = errorOf(() => parseLockfile('yarn.lock', cut));
    expect(error.line).toBe(cut.split('\n').length);
    expect(error.reason).toMatch(/does not end with a line break.*truncated/);
  });

  it('names the conflict marker, not the JSON syntax error it causes', () => {
    const lines = real('npm-v3-javascript-action/base/package-lock.json').split('\n');
    lines.splice(40, 0, '<<<<<<< HEAD', '=======', '>>>>>>> main');
    const error = errorOf(() => parseLockfile('package-lock.json', lines.join('\n')));
    expect([error.line, error.reason]).toEqual([
      41,
      'merge-conflict marker; resolve the conflict and regenerate the lockfile',
    ]);
  });

  it('gives the same result through the lazy loader as through parseLockfile', async () => {
    const text = real('pnpm9-changesets/head/pnpm-lock.yaml');
    expect(await loadLockfile('pnpm-lock.yaml', text)).toEqual(parseLockfile('pnpm-lock.yaml', text));
    await expect(loadLockfile('yarn.lock', '')).rejects.toThrow('yarn.lock:1: file is empty');
  });
});
