/**
 * The built action on a pull request that adds many empty yarn.lock files beside package.json files
 * with dependencies (test fixtures, as parcel keeps dozens): one warning and one annotation for
 * them all, naming the count and the first paths; the report file keeps each lockfile's warning.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { ReportJson } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { EXAMPLE, filesOf, runOnPullRequestChanging, useGitHubStandIn } from './harness.js';

const PR = 14;
const gh = useGitHubStandIn();
const base = filesOf(path.join(EXAMPLE, 'base'));
// yarn 1's emptied case: an empty yarn.lock beside a package.json that asks for a dependency.
const EMPTIED = path.join(ROOT, 'test', 'fixtures', 'manifests', 'yarn1', 'emptied');
const fixture = (dir: string) => ({
  [`${dir}/package.json`]: readFileSync(path.join(EMPTIED, 'package.json'), 'utf8'),
  [`${dir}/yarn.lock`]: '',
});

describe('a PR that adds empty lockfiles beside package.json files with dependencies', () => {
  it('gives one warning for many, and keeps each one in the report file', async () => {
    const files = Object.assign({}, ...['a', 'b', 'c', 'd', 'e', 'f'].map((d) => fixture(`fixtures/${d}`))) as Record<
      string,
      string
    >;
    const run = await runOnPullRequestChanging(gh, PR, base, files);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning') && l.includes('lock no package'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('6 lockfiles lock no package');
    expect(warnings[0]).toContain('fixtures/a/yarn.lock, fixtures/b/yarn.lock');
    expect(run.stdout).not.toMatch(/::warning file=fixtures\//);
    expect(run.summary).toContain('6 lockfiles lock no package');
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as ReportJson;
    expect(
      report.lockfiles.map((l) => [l.path, /^fixtures\/\w\/yarn\.lock locks no package/.test(l.locksNothing ?? '')]),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((d) => [`fixtures/${d}/yarn.lock`, true]));
  }, 60_000);
});
