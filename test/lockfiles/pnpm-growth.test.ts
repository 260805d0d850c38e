/**
 * pnpm parse time grows linearly with the file (issue 13, item 8): for each hostile layout
 * of test/lockfiles/hostile-text-lockfiles.ts, the time per entry at the largest size is at
 * most twice the time per entry at the smallest, each relative to a linear reference (see
 * growth()). Sizes: 5k and 20k in npm test;
 * 10k, 100k and 300k with LOCKGATE_FUZZ_RUNS set.
 */
import { describe, expect, it } from 'vitest';
import { parsePnpm } from '../../src/lockfiles/pnpm.js';
import { PNPM_LAYOUTS, growth } from './hostile-text-lockfiles.js';



describe('pnpm parse time grows linearly', () => {
  for (const [layout, make] of Object.entries(PNPM_LAYOUTS)) {
    it(`${layout}: time per entry at the largest size is within 2x of the smallest`, () => {
      const { ratio, shown } = growth(make, (text) => parsePnpm('pnpm-lock.yaml', text));
      expect(ratio, shown).toBeLessThanOrEqual(2);
    }, 120_000);
  }
});
