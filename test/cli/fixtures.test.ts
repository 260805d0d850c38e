import { messageTexts } from '../../src/core/report.js';
/**
 * The CLI (in-process: test/support/cli.ts) on every real lockfile pair:
 * the added and removed name@version sets of `changes` (kind `changed` aside)
 * must equal the case's independently computed `set_diff`.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { fixtureCases, sortedSetDiff } from '../helpers.js';
import { cli } from '../support/cli.js';


describe.each(fixtureCases().map((c) => [c.name, c] as const))('real pair %s', (_name, fixture) => {
  it('reports the expected set of added and removed versions', async () => {
    const { code, stdout, stderr } = await cli([
      '--base-dir',
      `${fixture.dir}/base`,
      '--head-dir',
      `${fixture.dir}/head`,
      '--offline',
      '--format',
      'json',
    ]);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const report = JSON.parse(stdout) as Report;
    expect(messageTexts(report, 'error')).toEqual([]);
    const added = new Set<string>();
    const removed = new Set<string>();
    for (const lockfile of report.lockfiles) {
      for (const change of lockfile.changes) {
        if (change.kind === 'changed') continue;
        for (const v of change.to) added.add(`${change.name}@${v}`);
        for (const v of change.from) removed.add(`${change.name}@${v}`);
      }
    }
    expect({ added: [...added].sort(), removed: [...removed].sort() }).toEqual(
      sortedSetDiff(fixture.expected.set_diff),
    );
  });
});
