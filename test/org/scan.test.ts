/**
 * `lockgate org` end to end, in process (runOrg, as the bin calls it), against
 * the GitHub stand-in on 127.0.0.1 holding a 500-repository organisation made
 * of real lockfiles (test/support/org-fixtures.ts). The clock and the sleep of
 * rate-limit waits are the test's: a wait is recorded and the stand-in's limit
 * refilled when the clock passes its reset, so no test spends real time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runOrg } from '../../src/entry/org.js';
import type { OrgReport } from '../../src/org/report.js';
import { startGitHubOrgServer, type GitHubOrgServer } from '../support/github-org-server.js';
import { FLAGGED, LARGE_REPO, ORG, TRUNCATE_AT, lineOf, orgRepos } from '../support/org-fixtures.js';

const START = Date.parse('2026-12-07T08:00:00Z');
let clock = START;
let server: GitHubOrgServer;
let work: string;
const repos = orgRepos();

beforeAll(async () => {
  server = await startGitHubOrgServer({ owner: ORG, truncateAt: TRUNCATE_AT, now: () => clock });
  server.addRepos(repos);
  work = mkdtempSync(path.join(os.tmpdir(), 'lockgate-org-'));
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  server.reset();
  clock = START;
  server.setRateLimit({ limit: 5000, remaining: 5000, reset: Math.floor(START / 1000) + 3600 });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  sleeps: number[];
}

/** `lockgate org …` in process, with the test's clock: each sleep moves it, and a reset that passes refills the limit. */
async function org(args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const sleeps: number[] = [];
  const code = await runOrg(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { GITHUB_TOKEN: 'ghs_orgscan000000000000000000000000000000' },
    cwd: work,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
      if (clock >= server.rateLimit.reset * 1000) server.refill();
    },
  });
  return { code, stdout, stderr, sleeps };
}

let states = 0;
/** The stand-in, offline advisories, and a state file of this run's own (`state` to share one between runs). */
const common = (state = `state-${++states}.jsonl`) => [
  '--github-api-url',
  server.url,
  '--offline',
  '--state',
  path.join(work, state),
];
/** A few repositories around the three flagged ones, for the tests that need no 500. */
const SOME = [
  'svc-001',
  'svc-002',
  'svc-003',
  'svc-007',
  'svc-123',
  'svc-251',
  'svc-377',
  'svc-142',
  'svc-401',
  'svc-100',
].flatMap((r) => ['--repo', r]);

function flaggedOf(report: OrgReport) {
  return report.repositories
    .filter((r) => r.status === 'flagged')
    .flatMap((r) =>
      r.lockfiles.flatMap((l) =>
        l.findings.map((f) => ({ repo: r.repo, lockfile: l.path, line: f.line, id: `${f.name}@${f.version}` })),
      ),
    );
}

function expectedFlags() {
  return FLAGGED.map((f) => {
    const files = repos.find((r) => r.name === f.repo)!.files!;
    return {
      repo: `${ORG}/${f.repo}`,
      lockfile: f.lockfile,
      line: lineOf(String(files[f.lockfile]), f.needle),
      id: 'postmark-mcp@1.0.16',
    };
  });
}

describe('lockgate org over 500 repositories', () => {
  it('finds the three flagged repositories on the right lockfile lines, skips forks and archived ones, and says so', async () => {
    const run = await org([ORG, ...common(), '--format', 'json']);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as OrgReport;
    expect(report.complete).toBe(true);
    expect(flaggedOf(report)).toEqual(expectedFlags());
    // svc-100 locks 1.0.16 too, but is a fork: skipped unless asked.
    expect(report.skipped).toContainEqual({ repo: `${ORG}/svc-100`, reason: 'fork' });
    expect(report.skipped.filter((s) => s.reason === 'fork')).toHaveLength(10);
    expect(report.skipped.filter((s) => s.reason === 'archived')).toHaveLength(7);
    expect(report.repositories).toHaveLength(500 - 10 - 7);
    expect(report.repositories.filter((r) => r.status === 'error')).toEqual([]);
    expect(report.repositories.find((r) => r.repo === `${ORG}/svc-007`)?.status).toBe('empty');
    // The large repository: the recursive listing was truncated, the walk found the lockfile deep inside.
    const large = report.repositories.find((r) => r.repo === `${ORG}/${LARGE_REPO}`)!;
    expect(large.lockfiles.map((l) => l.path)).toEqual(['services/billing/package-lock.json']);
    expect(large.lockfiles[0]!.packages).toBeGreaterThan(10);
    // Each flagged repository has its own rotation plan.
    const plans = (
      report.repositories as (OrgReport['repositories'][number] & { plan?: { steps: string[] } })[]
    ).filter((r) => r.plan);
    expect(plans.map((r) => r.repo)).toEqual(expectedFlags().map((f) => f.repo));
    expect(plans[0]!.plan!.steps.join('\n')).toMatch(/already on this branch/);
    // No clone: only the listing, branches, trees and blobs endpoints.
    expect(
      new Set(
        server.counted().map((c) =>
          c
            .replace(/\/repos\/acme\/[^/]+\//, '/repos/{r}/')
            .replace(/[0-9a-f]{40}$/, '{sha}')
            .replace(/branches\/.*/, 'branches/{b}'),
        ),
      ),
    ).toEqual(
      new Set([
        'GET /users/acme',
        'GET /orgs/acme/repos',
        'GET /repos/{r}/branches/{b}',
        'GET /repos/{r}/git/trees/{sha}',
        'GET /repos/{r}/git/blobs/{sha}',
      ]),
    );
    expect(existsSync(path.join(work, `state-${states}.jsonl`))).toBe(false);
  });

  it('--include-forks and --include-archived scan what is skipped by default', async () => {
    const skipping = JSON.parse((await org([ORG, ...common(), '--format', 'json', ...SOME])).stdout) as OrgReport;
    expect(skipping.skipped).toEqual([
      { repo: `${ORG}/svc-142`, reason: 'archived' },
      { repo: `${ORG}/svc-100`, reason: 'fork' },
    ]);
    const run = await org([ORG, ...common(), '--format', 'json', ...SOME, '--include-forks', '--include-archived']);
    const report = JSON.parse(run.stdout) as OrgReport;
    expect(report.skipped).toEqual([]);
    expect(flaggedOf(report).map((f) => f.repo)).toContain(`${ORG}/svc-100`);
    expect(report.repositories.find((r) => r.repo === `${ORG}/svc-142`)?.status).toBe('clean');
  });

  it('--package answers an incident: every repository that locks that version', async () => {
    const run = await org([
      ORG,
      ...common(),
      '--format',
      'json',
      '--package',
      'postmark-mcp@1.0.15',
      '--repo',
      'svc-001',
      '--repo',
      'svc-003',
      '--repo',
      'svc-123',
    ]);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as OrgReport;
    expect(flaggedOf(report).map((f) => `${f.repo} ${f.id}`)).toEqual([`${ORG}/svc-001 postmark-mcp@1.0.15`]);
  });

  it('--advisory keeps only that advisory, by id or alias', async () => {
    const run = await org([
      ORG,
      ...common(),
      '--format',
      'json',
      '--advisory',
      'MAL-2025-47604',
      '--repo',
      'svc-123',
      '--repo',
      'svc-377',
    ]);
    const report = JSON.parse(run.stdout) as OrgReport;
    expect(flaggedOf(report).map((f) => f.repo)).toEqual([`${ORG}/svc-123`, `${ORG}/svc-377`]);
    const other = await org([ORG, ...common(), '--format', 'json', '--advisory', 'MAL-2000-1', '--repo', 'svc-123']);
    expect(other.code).toBe(0);
    expect(flaggedOf(JSON.parse(other.stdout) as OrgReport)).toEqual([]);
  });

  it('Markdown and text name each finding with its line and give the plan per repository', async () => {
    const md = await org([ORG, ...common(), '--format', 'markdown', '--repo', 'svc-123', '--repo', 'svc-002']);
    const line = expectedFlags()[0]!.line;
    expect(md.stdout).toContain(`blob/`);
    expect(md.stdout).toContain(`package-lock.json#L${line}`);
    expect(md.stdout).toContain('Rotation plan for acme/svc-123');
    const text = await org([ORG, ...common(), '--repo', 'svc-123']);
    expect(text.stdout).toContain(`package-lock.json:${line}  postmark-mcp@1.0.16  MAL-2025-47604`);
  });
});

describe('rate limits', () => {
  it('a 403 with no requests left and a reset within --max-wait: waits for the reset, then finishes', async () => {
    server.exhaustAfter(15);
    const reset = Math.floor(START / 1000) + 600;
    server.setRateLimit({ limit: 5000, remaining: 5000, reset });
    const run = await org([ORG, ...common(), '--format', 'json', ...SOME, '--max-wait', '15m']);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as OrgReport;
    expect(report.complete).toBe(true);
    expect(report.repositories).toHaveLength(8);
    expect(flaggedOf(report)).toEqual(expectedFlags());
    // One wait, until the reset (plus the second of margin), shared by every worker; a request that was
    // in flight meanwhile retries at once (its answer's reset has passed), never waits again.
    expect(run.sleeps.filter((ms) => ms > 0)).toEqual([reset * 1000 + 1000 - START]);
    expect(run.stderr).toMatch(/rate limit is spent; waiting until/);
  });

  it('a reset later than --max-wait stops the scan resumably: never reported complete; the next run scans only the rest', async () => {
    server.exhaustAfter(300);
    const first = await org([ORG, ...common('resume.jsonl'), '--format', 'json', '--max-wait', '5m']);
    expect(first.code).toBe(2);
    const partial = JSON.parse(first.stdout) as OrgReport;
    expect(partial.complete).toBe(false);
    expect(partial.pending.length).toBeGreaterThan(0);
    expect(partial.repositories.length + partial.pending.length).toBe(483);
    expect(partial.messages.map((m) => m.message).join('\n')).toMatch(
      /stopped before \d+ of 483 repositories.*resets at .*Run the same command again/,
    );
    expect(first.sleeps).toEqual([]);
    const state = readFileSync(path.join(work, 'resume.jsonl'), 'utf8').trim().split('\n');
    expect(state.length - 1).toBe(partial.repositories.length);

    // The hour passes; the same command resumes.
    server.refill();
    server.reset();
    const second = await org([ORG, ...common('resume.jsonl'), '--format', 'json']);
    expect(second.code, second.stderr).toBe(1);
    const whole = JSON.parse(second.stdout) as OrgReport;
    expect(whole.complete).toBe(true);
    expect(whole.repositories).toHaveLength(483);
    expect(flaggedOf(whole)).toEqual(expectedFlags());
    // Nothing scanned twice: no branch request of the second run is for a repository the first finished.
    const firstDone = new Set(partial.repositories.map((r) => r.repo.split('/')[1]));
    const again = server.counted().filter((c) => /\/branches\//.test(c) && firstDone.has(c.split('/')[3]!));
    expect(again).toEqual([]);
    expect(second.stderr).toMatch(new RegExp(`resuming: ${partial.repositories.length} repositories already scanned`));
    expect(existsSync(path.join(work, 'resume.jsonl'))).toBe(false);
  });

  it('a secondary limit (403 with retry-after) waits that long and goes on', async () => {
    server.fault(
      '/repos/acme/svc-010/branches',
      {
        kind: 'status',
        status: 403,
        headers: { 'retry-after': '45' },
        body: '{"message":"You have exceeded a secondary rate limit."}',
      },
      1,
    );
    const run = await org([ORG, ...common(), '--format', 'json', '--repo', 'svc-010', '--repo', 'svc-011']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as OrgReport).repositories.map((r) => r.status)).toEqual(['clean', 'clean']);
    expect(run.sleeps).toEqual([46_000]);
  });
});

describe('bad usage and doubtful answers', () => {
  it('names the flag and the value', async () => {
    expect((await org([])).stderr).toMatch(/needs an owner/);
    expect((await org([ORG, '--shard', '3/2'])).stderr).toMatch(/--shard '3\/2' is not k\/n/);
    expect((await org([ORG, '--package', 'left-pad'])).stderr).toMatch(/needs an exact version/);
    expect((await org([ORG, ...common(), '--repo', 'nope'])).stderr).toMatch(/no repository named "nope"/);
  });

  it('a tree answer that is not a tree is an error for that repository, never "no lockfile"', async () => {
    server.fault('/repos/acme/svc-001/git/trees', { kind: 'status', status: 200, body: '<html>maintenance</html>' });
    const run = await org([ORG, ...common(), '--format', 'json', '--repo', 'svc-001']);
    expect(run.code, run.stderr).toBe(2);
    const report = JSON.parse(run.stdout) as OrgReport;
    expect(report.repositories[0]!.status).toBe('error');
    expect(report.repositories[0]!.messages[0]!.message).toMatch(/svc-001.*malformed JSON|svc-001.*tree/);
  });

  it('shards split the list by name and their merged reports are one complete scan', async () => {
    const parts: string[] = [];
    for (const k of [1, 2, 3]) {
      const out = path.join(work, `part-${k}.json`);
      const run = await org([ORG, ...common(), ...SOME, '--shard', `${k}/3`, '--format', 'json', '--output', out]);
      expect(run.stderr).toMatch(new RegExp(`^lockgate org: .*(\\n|$)`));
      parts.push(out);
    }
    const merged = await org(['--merge', parts[0]!, '--merge', parts[1]!, '--merge', parts[2]!, '--format', 'json']);
    const report = JSON.parse(merged.stdout) as OrgReport;
    expect(report.complete).toBe(true);
    expect(report.repositories).toHaveLength(8);
    // Each repository in exactly one part.
    const counts = await Promise.all(
      parts.map(async (p) => (JSON.parse(readFileSync(p, 'utf8')) as OrgReport).repositories.length),
    );
    expect(counts.every((n) => n < 8)).toBe(true);
    expect(flaggedOf(report)).toEqual(expectedFlags());
    const missing = await org(['--merge', parts[0]!, '--merge', parts[2]!, '--format', 'json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).complete).toBe(false);
  });
});
