import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockfileError } from '../../src/core/errors.js';
import { detect, loadLockfile } from '../../src/lockfiles/index.js';
import { FIXTURES, rejected } from '../helpers.js';


const real = (rel: string) => readFileSync(path.join(FIXTURES, rel), 'utf8');

const errorOf = (promise: Promise<unknown>) => rejected(LockfileError, promise);

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

  it('parses a misnamed lockfile as what it is', async () => {
    const lockfile = await loadLockfile('package-lock.json', real('pnpm6-vue-core/base/pnpm-lock.yaml'));
    expect([lockfile.format, lockfile.formatVersion]).toEqual(['pnpm', '6.0']);
  });
});

describe('checks every format shares', () => {
  it('reports a YAML-like lockfile cut mid-line as truncated, at its last line', async () => {
    const text = real('yarn-berry8-prettier/base/yarn.lock');
    const cut = text.slice(0, text.indexOf('checksum:', 20_000) + 30);
    const error = await errorOf(loadLockfile('yarn.lock', cut));
    expect(error.line).toBe(cut.split('\n').length);
    expect(error.reason).toMatch(/last entry .* no complete `linkType` line.*truncated/);
  });

  it('reads a Berry file without a final line break, as Yarn does', async () => {
    const text = real('yarn-berry8-prettier/base/yarn.lock');
    const whole = await loadLockfile('yarn.lock', text);
    expect(text.endsWith('\n')).toBe(true);
    expect(await loadLockfile('yarn.lock', text.trimEnd())).toEqual(whole);
  });

  it('reports a Berry file cut inside its last entry, with or without a line break after the cut', async () => {
    const text = real('yarn-berry8-prettier/base/yarn.lock').trimEnd();
    const lastLinkType = text.lastIndexOf('\n  linkType: hard');
    for (const cut of [text.slice(0, lastLinkType), `${text.slice(0, lastLinkType)}\n`, `${text.slice(0, -2)}`]) {
      const error = await errorOf(loadLockfile('yarn.lock', cut));
      expect(error.reason, JSON.stringify(cut.slice(-30))).toMatch(/truncated/);
    }
  });

  it('still reports a classic yarn.lock or pnpm file without a final line break as truncated', async () => {
    for (const [name, rel] of [
      ['yarn.lock', 'yarn1-webpack/base/yarn.lock'],
      ['pnpm-lock.yaml', 'pnpm9-changesets/base/pnpm-lock.yaml'],
    ] as const) {
      const error = await errorOf(loadLockfile(name, real(rel).trimEnd()));
      expect(error.reason).toMatch(/does not end with a line break.*truncated/);
    }
  });

  it('names the conflict marker, not the JSON syntax error it causes', async () => {
    const lines = real('npm-v3-javascript-action/base/package-lock.json').split('\n');
    lines.splice(40, 0, '<<<<<<< HEAD', '=======', '>>>>>>> main');
    const error = await errorOf(loadLockfile('package-lock.json', lines.join('\n')));
    expect([error.line, error.reason]).toEqual([
      41,
      'merge-conflict marker; resolve the conflict and regenerate the lockfile',
    ]);
  });

  it('says so when a file is empty', async () => {
    await expect(loadLockfile('yarn.lock', '')).rejects.toThrow('yarn.lock:1: file is empty');
  });
});
