/**
 * Parse time grows linearly with the file, for every lockfile format, on the
 * hostile layouts of test/lockfiles/hostile-text-lockfiles.ts (many entries,
 * one-line flow shapes, deep nesting, huge keys, many dependencies): the time
 * per entry at the largest size is at most twice the time per entry at the
 * smallest, each relative to a linear reference (see growth()). Sizes: 5k and
 * 20k (bun.lock 10k and 40k) in `npm run test:long`; 10k, 100k and 300k with
 * LOCKGATE_FUZZ_RUNS set.
 *
 * npm is measured against JSON.parse of the same text instead (on a large heap
 * JSON.parse itself slows per entry, several times on a loaded machine: that is
 * the runtime's memory, not our algorithm), and without the time spent in
 * garbage collection: the reader keeps more per entry alive than JSON.parse,
 * and from 10k to 100k entries promoting it costs 1.5x per entry here, 3x once
 * on a loaded CI machine, with no step in our code. Each size is timed several
 * times after a warm-up and the fastest run counts (other load only ever adds
 * time).
 * Its layouts: a one-line v3 file, keys written as `"key" \n:`, and a v1 tree
 * nested as deep as the entry count (refused, and the refusal must be linear).
 */
import { describe, expect, it } from 'vitest';
import { parseBun } from '../../src/lockfiles/bun.js';
import { parseNpm } from '../../src/lockfiles/npm.js';
import { parsePnpm } from '../../src/lockfiles/pnpm.js';
import { parseYarnBerry } from '../../src/lockfiles/yarn-berry.js';
import { parseYarnClassic } from '../../src/lockfiles/yarn-classic.js';
import {
  BUN_LAYOUTS,
  PNPM_LAYOUTS,
  YARN_BERRY_LAYOUTS,
  YARN_CLASSIC_LAYOUTS,
  fastest,
  fastestOutsideCollection,
  growth,
} from './hostile-text-lockfiles.js';

/** Each text format: its layouts, its parser, and sizes other than growth()'s default. */
const TEXT_FORMATS: [string, Record<string, (n: number) => string>, (text: string) => unknown, number[]?][] = [
  ['pnpm', PNPM_LAYOUTS, (text) => parsePnpm('pnpm-lock.yaml', text)],
  ['classic yarn.lock', YARN_CLASSIC_LAYOUTS, (text) => parseYarnClassic('yarn.lock', text)],
  ['Berry yarn.lock', YARN_BERRY_LAYOUTS, (text) => parseYarnBerry('yarn.lock', text)],
  ['bun.lock', BUN_LAYOUTS, (text) => parseBun('bun.lock', text), [10_000, 40_000]],
];

describe.each(TEXT_FORMATS)('%s parse time grows linearly', (_name, layouts, parse, sizes) => {
  for (const [layout, make] of Object.entries(layouts)) {
    it(`${layout}: time per entry at the largest size is within 2x of the smallest`, () => {
      const { ratio, shown } = growth(make, parse, sizes);
      expect(ratio, shown).toBeLessThanOrEqual(2);
    }, 120_000);
  }
});

const NPM_SIZES = [10_000, 100_000, 300_000] as const;

const NPM_LAYOUTS: Record<string, (n: number) => string> = {
  'one-line v3': (n) => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`"node_modules/p${i}":{"version":"1.0.${i % 10}"}`);
    return `{"lockfileVersion":3,"packages":{"":{},${parts.join(',')}}}`;
  },
  'keys split from their colon': (n) => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`"node_modules/p${i}" \n: {"version" \n: "1.0.0"}`);
    return `{"lockfileVersion":3,"packages":{"":{},\n${parts.join(',\n')}}}`;
  },
  'v1 nested as deep as it is long': (n) =>
    `{"lockfileVersion":1,"dependencies":${'{"a":{"version":"1.0.0","dependencies":'.repeat(n)}{}${'}}'.repeat(n)}}`,
};

describe('npm parse time grows linearly', () => {
  for (const [layout, make] of Object.entries(NPM_LAYOUTS)) {
    it(`${layout}: time per entry at 300k is within 2x of 10k, against JSON.parse of the same file`, async () => {
      const warm = make(2_000);
      fastest(() => parseNpm('package-lock.json', warm), 5); // compile the readers
      const rows: { n: number; ours: number; json: number }[] = [];
      for (const n of NPM_SIZES) {
        const text = make(n);
        const runs = n <= 10_000 ? 7 : 2;
        const ours = await fastestOutsideCollection(() => parseNpm('package-lock.json', text), runs);
        const json = await fastestOutsideCollection(() => JSON.parse(text), runs);
        rows.push({ n, ours: ours / n, json: json / n });
      }
      const small = rows[0]!;
      const large = rows[rows.length - 1]!;
      const shown = rows
        .map((r) => `${r.n}: ${(r.ours * 1000).toFixed(2)} µs/entry (JSON.parse ${(r.json * 1000).toFixed(2)})`)
        .join('; ');
      // A quadratic step makes this 30x at 300k; memory effects that slow JSON.parse itself cancel out.
      expect(large.ours / large.json / (small.ours / small.json), shown).toBeLessThanOrEqual(2);
    }, 120_000);
  }
});
