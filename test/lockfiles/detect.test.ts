import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockfileError } from '../../src/core/errors.js';
import { detect, loadLockfile } from '../../src/lockfiles/index.js';
import { FIXTURES, rejected } from '../helpers.js';

const real = (rel: string) => readFileSync(path.join(FIXTURES, rel), 'utf8');

const errorOf = (promise: Promise<unknown>) => rejected(LockfileError, promise);

describe('detect', () => {
  it('goes by the file name, as the package managers do; content only tells Yarn 1 from Berry', () => {
    expect(detect('package-lock.json', real('pnpm9-changesets/base/pnpm-lock.yaml'))).toBe('npm');
    expect(detect('yarn.lock', real('yarn-berry8-prettier/base/yarn.lock'))).toBe('yarn-berry');
    expect(detect('yarn.lock', real('yarn1-webpack/base/yarn.lock'))).toBe('yarn-classic');
    expect(detect('bun.lock', real('bun-lock-hono/base/bun.lock'))).toBe('bun');
    expect(detect('sub/bun.lock', real('bun-lock-hono/base/bun.lock'))).toBe('bun');
    // A yarn.lock is Yarn's, whatever it holds: JSON there is read as Yarn 1 reads it.
    expect(detect('yarn.lock', real('npm-v3-javascript-action/base/package-lock.json'))).toBe('yarn-classic');
    // Case variants are the same names (a case-insensitive file system reads them).
    expect(detect('Yarn.lock', real('yarn-berry8-prettier/base/yarn.lock'))).toBe('yarn-berry');
    expect(detect('PNPM-LOCK.yaml', real('pnpm9-changesets/base/pnpm-lock.yaml'))).toBe('pnpm');
    // A name that is no lockfile's (a test's label) is still told by its content.
    expect(detect('lock.json', real('bun-lock-hono/base/bun.lock'))).toBe('bun');
  });

  it('Berry by __metadata only without a Yarn 1 header; a comment never changes the format', () => {
    const berry = real('yarn-berry8-prettier/base/yarn.lock');
    expect(detect('yarn.lock', `# yarn lockfile v1\n${berry}`)).toBe('yarn-classic');
    expect(detect('yarn.lock', `# bun ./bun.lockb --hash: AB-cd\n# pnpm-lock.yaml\n${berry}`)).toBe('yarn-berry');
    expect(detect('yarn.lock', '{\n  "__metadata": {"version": "8"}\n}\n')).toBe('yarn-berry');
  });

  it('refuses a lockfile whose content is another format than its name says', async () => {
    const error = await errorOf(loadLockfile('package-lock.json', real('pnpm6-vue-core/base/pnpm-lock.yaml')));
    expect(error.reason).toMatch(/JSON|json/);
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

  it('reads complete classic yarn.lock and pnpm files without a final line break, as Yarn and pnpm do', async () => {
    for (const [name, rel] of [
      ['yarn.lock', 'yarn1-webpack/base/yarn.lock'],
      ['yarn.lock', 'yarn1-workspaces-changesets/head/yarn.lock'],
      ['pnpm-lock.yaml', 'pnpm9-changesets/base/pnpm-lock.yaml'],
      ['pnpm-lock.yaml', 'pnpm6-vue-core/head/pnpm-lock.yaml'],
      ['pnpm-lock.yaml', 'pnpm5.4-git-link-alias-pnpm/head/pnpm-lock.yaml'],
    ] as const) {
      const text = real(rel);
      expect(await loadLockfile(name, text.trimEnd()), rel).toEqual(await loadLockfile(name, text));
    }
  });

  it('still reports a classic yarn.lock or pnpm file cut inside an entry as truncated', async () => {
    const yarn = real('yarn1-webpack/base/yarn.lock');
    const pnpm = real('pnpm9-changesets/base/pnpm-lock.yaml');
    const cuts: [string, string][] = [
      // an integrity hash cut short
      ['yarn.lock', yarn.slice(0, yarn.indexOf('integrity sha512-', 5000) + 40)],
      // a dependency list cut between two of its lines: a dependency named later has no entry yet
      ['yarn.lock', yarn.slice(0, yarn.indexOf('\n', yarn.indexOf('  dependencies:\n', yarn.length / 3) + 20))],
      // a snapshot's dependency version cut mid-value
      ['pnpm-lock.yaml', pnpm.slice(0, pnpm.lastIndexOf(': 1.') + 4)],
      // the importers cut before the packages they name
      ['pnpm-lock.yaml', pnpm.slice(0, pnpm.indexOf('\n', pnpm.search(/ version: \d/)))],
    ];
    for (const [name, cut] of cuts) {
      const error = await errorOf(loadLockfile(name, cut));
      expect(error.reason, JSON.stringify(cut.slice(-40))).toMatch(/does not end with a line break and .*truncated/);
      expect(error.line).toBe(cut.split('\n').length);
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

  // Measured (src/lockfiles/text.ts): Yarn 1.22 reads an empty or comment-only yarn.lock; npm ci,
  // pnpm 7/9/10, Bun 1.2 and Yarn 4 refuse an empty lockfile on a frozen install.
  it.each(['', '\n\n', '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n'])(
    'reads an empty or comment-only yarn.lock as Yarn 1 does: locking nothing (%j)',
    async (text) => {
      const lockfile = await loadLockfile('yarn.lock', text);
      expect([lockfile.format, lockfile.packages, lockfile.importers]).toEqual(['yarn-classic', [], []]);
    },
  );

  it.each([
    ['package-lock.json', 'npm ci'],
    ['npm-shrinkwrap.json', 'npm ci'],
    ['pnpm-lock.yaml', 'pnpm install --frozen-lockfile'],
    ['bun.lock', 'bun install --frozen-lockfile'],
    ['app/pnpm-lock.yaml', 'pnpm install --frozen-lockfile'],
  ])('refuses an empty %s, as %s does', async (name, tool) => {
    for (const text of ['', ' \n\n']) {
      const error = await errorOf(loadLockfile(name, text));
      expect([error.line, error.reason]).toEqual([
        1,
        `file is empty, which ${tool} refuses; regenerate it with the package manager`,
      ]);
    }
  });
});
