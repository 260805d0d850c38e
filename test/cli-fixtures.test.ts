/**
 * The committed CLI (dist/cli.js, rebuilt first) on every real lockfile pair:
 * the added and removed name@version sets of `changes` (kind `changed` aside)
 * must equal the case's independently computed `set_diff`.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/core/report.js';
import { ROOT, fixtureCases, sortedSetDiff } from './helpers.js';

const run = promisify(execFile);

beforeAll(async () => {
  await run(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
});

/** Run dist/cli.js; resolves with stdout and the exit status (1 is a verdict, not a failure). */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/cli.js', ...args], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe.each(fixtureCases().map((c) => [c.name, c] as const))('real pair %s', (_name, fixture) => {
  it('reports the expected set of added and removed versions', async () => {
    const { code, stdout, stderr } = await cli(['--base-dir', `${fixture.dir}/base`, '--head-dir', `${fixture.dir}/head`, '--offline', '--format', 'json']);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const report = JSON.parse(stdout) as Report;
    expect(report.errors).toEqual([]);
    const added = new Set<string>();
    const removed = new Set<string>();
    for (const lockfile of report.lockfiles) {
      for (const change of lockfile.changes) {
        if (change.kind === 'changed') continue;
        for (const v of change.to) added.add(`${change.name}@${v}`);
        for (const v of change.from) removed.add(`${change.name}@${v}`);
      }
    }
    expect({ added: [...added].sort(), removed: [...removed].sort() }).toEqual(sortedSetDiff(fixture.expected.set_diff));
  });
});
