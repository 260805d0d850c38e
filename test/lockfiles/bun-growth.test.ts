/**
 * bun.lock parse time grows linearly with the file (issue 13, item 8): for each hostile layout
 * of test/lockfiles/hostile-text-lockfiles.ts, the time per entry at the largest size is at
 * most twice the time per entry at the smallest, each relative to a linear reference (see
 * growth()). Sizes: 10k and 40k in npm test (at 5k a one-line file still reads several times
 * faster per entry, from the young generation of the heap); 10k, 100k and 300k with
 * LOCKGATE_FUZZ_RUNS set.
 */
import { describe, expect, it } from 'vitest';
import { parseBun } from '../../src/lockfiles/bun.js';
import { BUN_LAYOUTS, growth } from './hostile-text-lockfiles.js';



describe('bun.lock parse time grows linearly', () => {
  for (const [layout, make] of Object.entries(BUN_LAYOUTS)) {
    it(`${layout}: time per entry at the largest size is within 2x of the smallest`, () => {
      const { ratio, shown } = growth(make, (text) => parseBun('bun.lock', text), [10_000, 40_000]);
      expect(ratio, shown).toBeLessThanOrEqual(2);
    }, 120_000);
  }
});
