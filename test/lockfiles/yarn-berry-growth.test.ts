/**
 * Yarn Berry yarn.lock parse time grows linearly with the file (issue 13, item 8): for each hostile layout
 * of test/lockfiles/hostile-text-lockfiles.ts, the time per entry at the largest size is at
 * most twice the time per entry at the smallest, each relative to a linear reference (see
 * growth()). Sizes: 5k and 20k in npm test;
 * 10k, 100k and 300k with LOCKGATE_FUZZ_RUNS set.
 */
import { describe, expect, it } from 'vitest';
import { parseYarnBerry } from '../../src/lockfiles/yarn-berry.js';
import { YARN_BERRY_LAYOUTS, growth } from './hostile-text-lockfiles.js';



describe('Yarn Berry yarn.lock parse time grows linearly', () => {
  for (const [layout, make] of Object.entries(YARN_BERRY_LAYOUTS)) {
    it(`${layout}: time per entry at the largest size is within 2x of the smallest`, () => {
      const { ratio, shown } = growth(make, (text) => parseYarnBerry('yarn.lock', text));
      expect(ratio, shown).toBeLessThanOrEqual(2);
    }, 120_000);
  }
});
