/**
 * Parse time grows linearly with the file (issue 13, item 8): for each hostile
 * layout, the time per entry at 300k entries (or levels) is at most twice the
 * time per entry at 10k, each taken relative to JSON.parse of the same text
 * (on a large heap JSON.parse itself slows per entry, several times on a
 * loaded machine: that is the runtime's memory, not our algorithm). Each size
 * is timed several times after a warm-up and the fastest run counts (other
 * load only ever adds time); memory is collected before each run.
 * Layouts: a one-line v3 file (quadratic line lookup before), keys written as
 * `"key" \n:` (a regex search per key before), and a v1 tree nested as deep
 * as the entry count (quadratic ids before; refused now, and the refusal must
 * be linear too).
 */
import { describe, expect, it } from 'vitest';
import { parseNpm } from '../../src/lockfiles/npm.js';
import { fastest } from './hostile-text-lockfiles.js';


const SIZES = [10_000, 100_000, 300_000] as const;

const LAYOUTS: Record<string, (n: number) => string> = {
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
  for (const [layout, make] of Object.entries(LAYOUTS)) {
    it(`${layout}: time per entry at 300k is within 2x of 10k, against JSON.parse of the same file`, () => {
      const warm = make(2_000);
      fastest(() => parseNpm('package-lock.json', warm), 5); // compile the readers
      const rows = SIZES.map((n) => {
        const text = make(n);
        const runs = n <= 10_000 ? 7 : n < 300_000 ? 1 : 2;
        const ours = fastest(() => parseNpm('package-lock.json', text), runs);
        const json = fastest(() => JSON.parse(text), runs);
        return { n, ours: ours / n, json: json / n };
      });
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
