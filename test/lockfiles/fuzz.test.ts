/**
 * Seeded fuzzing of every parser with mutated real lockfiles: cut, splice,
 * duplicate a run of lines, flip bytes, insert junk. Each mutant must end as a
 * parsed lockfile or a LockfileError that names the file and fits on one line;
 * nothing else may escape (TypeError, RangeError, a stack overflow).
 *
 * Runs per format: LOCKGATE_FUZZ_RUNS, 200 by default in `npm test`; `npm run test:long`
 * (and CI) runs 2,000 with the same seed, so its first mutants are these.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockfileError } from '../../src/core/errors.js';
import { loadLockfile } from '../../src/lockfiles/index.js';
import { FIXTURES } from '../helpers.js';



const RUNS = fuzzRuns(process.env.LOCKGATE_FUZZ_RUNS);

function fuzzRuns(value: string | undefined): number {
  if (value === undefined || value === '') return 200;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`LOCKGATE_FUZZ_RUNS must be a positive whole number, not '${value}'`);
  return Number(value);
}

/** One real file per format variant (the smaller ones, so thousands of runs stay quick). */
const SEEDS: [variant: string, file: string][] = [
  ['npm v1', 'npm-v1-typescript-action/base/package-lock.json'],
  ['npm v2', 'npm-v2-typescript-action-devdeps/base/package-lock.json'],
  ['npm v3', 'npm-format-v2-to-v3-checkout/head/package-lock.json'],
  ['yarn classic', 'yarn1-workspaces-changesets/base/yarn.lock'],
  ['yarn berry', 'yarn-berry8-prettier/base/yarn.lock'],
  ['pnpm 5', 'pnpm5.3-vue-core/base/pnpm-lock.yaml'],
  ['pnpm 6', 'pnpm6-vue-core/base/pnpm-lock.yaml'],
  ['pnpm 9', 'pnpm9-changesets/base/pnpm-lock.yaml'],
  ['bun', 'bun-lock-hono/base/bun.lock'],
];

/** Keep the mutants small enough for thousands of parses: about this much of the real file. */
const WINDOW = 24 * 1024;
const JSON_ENTRIES = 40;

type Mutation =
  | { op: 'cut'; at: number }
  | { op: 'splice'; from: number; to: number; at: number }
  | { op: 'duplicate'; from: number; lines: number }
  | { op: 'flip'; at: number; byte: number }
  | { op: 'insert'; at: number; junk: string }
  | { op: 'delete-line'; line: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('splice' as const), from: fc.nat(), to: fc.nat(), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), from: fc.nat(), lines: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    junk: fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ':',
        '"',
        "'",
        '\n  - ',
        '\n<<<<<<< HEAD\n',
        ': null',
        '"__proto__": {}',
        '\t',
        '&a',
        '*a',
        '!!js/function',
        '\\u0000',
      ),
    ),
  }),
  fc.record({ op: fc.constant('delete-line' as const), line: fc.nat() }),
);

function apply(text: string, m: Mutation): string {
  const at = (n: number) => n % (text.length + 1);
  switch (m.op) {
    case 'cut':
      return text.slice(0, at(m.at));
    case 'splice': {
      const [a, b] = [at(m.from), at(m.to)].sort((x, y) => x - y);
      const piece = text.slice(a, b);
      const where = at(m.at);
      return text.slice(0, where) + piece + text.slice(where);
    }
    case 'duplicate': {
      const lines = text.split('\n');
      const from = m.from % lines.length;
      lines.splice(from, 0, ...lines.slice(from, from + m.lines));
      return lines.join('\n');
    }
    case 'flip': {
      const i = at(m.at) % Math.max(text.length, 1);
      return text.slice(0, i) + String.fromCharCode(m.byte) + text.slice(i + 1);
    }
    case 'insert': {
      const where = at(m.at);
      return text.slice(0, where) + m.junk + text.slice(where);
    }
    case 'delete-line': {
      const lines = text.split('\n');
      lines.splice(m.line % lines.length, 1);
      return lines.join('\n');
    }
  }
}

/**
 * A smaller valid lockfile made of the real one: JSON formats keep their first
 * entries (re-serialised as npm and bun write them), line formats keep their
 * first lines up to an entry boundary.
 */
function seed(name: string, text: string): string {
  if (name.endsWith('.json') || name === 'bun.lock') {
    const data = JSON.parse(text.replace(/,(\s*[}\]])/g, '$1')) as Record<string, unknown>;
    // A v2 file's legacy tree cut separately from `packages` would disagree with it (and be refused).
    if (data['packages'] && data['dependencies']) delete data['dependencies'];
    for (const key of ['packages', 'dependencies']) {
      const map = data[key];
      if (map && typeof map === 'object') data[key] = Object.fromEntries(Object.entries(map).slice(0, JSON_ENTRIES));
    }
    return `${JSON.stringify(data, null, 2)}\n`;
  }
  if (text.length <= WINDOW) return text;
  return text.slice(0, text.indexOf('\n\n', WINDOW) + 1 || undefined);
}

describe.each(SEEDS)('fuzz: %s', (_variant, rel) => {
  const name = path.basename(rel);
  const full = readFileSync(path.join(FIXTURES, rel), 'utf8');
  const seedText = seed(name, full);

  it('parses the real file and the seed made of it', async () => {
    expect((await loadLockfile(name, full)).packages.length).toBeGreaterThan(0);
    expect((await loadLockfile(name, seedText)).packages.length).toBeGreaterThan(0);
  });

  it('ends every mutant in a lockfile or one clean LockfileError', async () => {
    let errors = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const text = mutations.reduce(apply, seedText);
        try {
          const lockfile = await loadLockfile(name, text);
          expect(Array.isArray(lockfile.packages)).toBe(true);
          for (const pkg of lockfile.packages) {
            expect(typeof pkg.name).toBe('string');
            expect(typeof pkg.version).toBe('string');
            expect(pkg.line).toBeGreaterThan(0);
          }
        } catch (error) {
          if (!(error instanceof LockfileError)) throw error;
          errors++;
          expect(error.message.startsWith(`${name}`)).toBe(true);
          expect(error.message).not.toMatch(/\n/);
          expect(error.message.length).toBeLessThan(600);
          if (error.line !== undefined) expect(error.line).toBeGreaterThan(0);
        }
      }),
      { seed: 20260925, numRuns: RUNS },
    );
    // The mutator must actually break files (at least 1 mutant in 20), or this test proves nothing.
    expect(errors).toBeGreaterThan(RUNS / 20);
  });
});
