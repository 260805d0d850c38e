/**
 * Faults of every GitHub REST call the action makes, through the built action
 * (dist/index.js) against a loopback stand-in: each call's answer cut off,
 * empty, an HTML page, JSON of another shape, hanging, trickling (slowloris),
 * a 500 once, a 403 rate limit and a 429 with Retry-After.
 *
 * On a pull request that adds a flagged version (postmark-mcp 1.0.16, in the
 * bundled snapshot), none of them may give a green check, none may leave two
 * sticky comments, and each run ends within its bound: the action's per-call
 * limits are shortened through LOCKGATE_HTTP_* so a hang costs a second here
 * instead of a minute.
 *
 * The scheduled run with `rerun-held` makes calls of its own (the open pull
 * requests, their comments, the held workflow run, its jobs, the re-run):
 * a fault there never re-runs a job twice or crashes the run, and a job it
 * could not re-run is a warning naming the call.
 *
 * `npm test` runs three faults per call, chosen so that every fault meets
 * several calls; `npm run fuzz` (LOCKGATE_FUZZ_RUNS set) runs every fault on
 * every call.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitSha, startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { addHeldRun, heldComment } from '../support/held-run.js';
import type { Fault } from '../support/osv-server.js';
import {
  EXAMPLE,
  createRepoAsync,
  filesOf,
  gitAsync,
  pullRequestPayload,
  runAction,
  scratch,
  type ActionRun,
} from './harness.js';

const PR = 7;
const OWNER = 'acme';
const REPO = 'mail-assistant';
const MARKER = '<!-- lockgate:sticky-comment -->';
const BOT = 'github-actions[bot]';
const tmp = scratch();
let counter = 0;
const freshDir = (name: string) => path.join(tmp.dir, `${name}-${++counter}`);
afterAll(() => tmp.cleanup());

/** Every call: 0.5 s per attempt, two attempts, short backoff. A hung call costs about a second. */
const FAST = { LOCKGATE_HTTP_TIMEOUT_MS: '500', LOCKGATE_HTTP_ATTEMPTS: '2', LOCKGATE_HTTP_BACKOFF_MS: '20' };
/** The bound a run must end within with these limits (generous: the machine is shared). */
const BOUND_MS = 45_000;

const FAULTS: { name: string; fault: () => Fault; times?: number }[] = [
  { name: 'cut off mid-body', fault: () => ({ kind: 'truncate' }) },
  { name: 'cut-off JSON', fault: () => ({ kind: 'malformed' }) },
  { name: 'empty 200', fault: () => ({ kind: 'body', text: '' }) },
  {
    name: 'HTML 200',
    fault: () => ({
      kind: 'body',
      text: '<!DOCTYPE html><html><body>Unicorn!</body></html>',
      contentType: 'text/html',
    }),
  },
  { name: 'wrong shape', fault: () => ({ kind: 'body', text: '{"message":"ok"}' }) },
  { name: 'hang', fault: () => ({ kind: 'hang' }) },
  { name: 'slowloris', fault: () => ({ kind: 'slowloris', intervalMs: 300 }) },
  { name: '500 once', fault: () => ({ kind: 'status', status: 500 }), times: 1 },
  {
    name: '403 rate limit',
    fault: () => ({
      kind: 'status',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) },
      body: '{"message":"API rate limit exceeded for installation ID 1."}',
    }),
  },
  { name: '429 Retry-After', fault: () => ({ kind: 'status', status: 429, headers: { 'retry-after': '1' } }) },
];

/** Every fault for every call in the long run; else three per call, rotating through the list. */
const FULL = process.env.LOCKGATE_FUZZ_RUNS !== undefined;
let rotation = 0;
function faultsFor(): typeof FAULTS {
  if (FULL) return FAULTS;
  const start = (rotation += 3);
  return [0, 1, 2].map((k) => FAULTS[(start + k) % FAULTS.length]!);
}

const workflow = readFileSync(path.join(EXAMPLE, 'head', '.github', 'workflows', 'release.yml'), 'utf8');
function side(which: 'base' | 'head'): Record<string, string> {
  const files = filesOf(path.join(EXAMPLE, which));
  return {
    'package-lock.json': files['package-lock.json']!,
    'package.json': files['package.json']!,
    '.github/workflows/release.yml': workflow,
  };
}

/** lockgate's sticky comments on the PR. */
function stickies(server: GitHubApiServer): number {
  return server.comments.filter((c) => c.issueNumber === PR && c.body.startsWith(MARKER)).length;
}

async function withServer<T>(work: (server: GitHubApiServer) => Promise<T>): Promise<T> {
  const server = await startGitHubApiServer(OWNER, REPO);
  try {
    return await work(server);
  } finally {
    await server.close();
  }
}

/** The postmark-mcp upgrade as a pull_request run: the workspace is a git checkout of the head. */
async function pullRequestRun(server: GitHubApiServer, existingComment: boolean): Promise<ActionRun> {
  const repo = await createRepoAsync(freshDir('repo'), side('base'), side('head'));
  server.setPullFiles(
    PR,
    [
      { filename: 'package-lock.json', status: 'modified' },
      { filename: 'package.json', status: 'modified' },
    ],
    repo.headSha,
  );
  if (existingComment) server.comments.push({ id: 11, issueNumber: PR, body: `${MARKER}\nold report`, login: BOT });
  return runAction({
    workspace: repo.dir,
    apiUrl: server.url,
    event: 'pull_request',
    payload: pullRequestPayload(PR, repo.baseSha, repo.headSha),
    runnerDir: freshDir('runner'),
    env: FAST,
  });
}

/** The same upgrade from a fork under pull_request_target: the head exists only on the stand-in. */
async function pullRequestTargetRun(server: GitHubApiServer): Promise<ActionRun> {
  const ws = await createRepoAsync(freshDir('repo'), side('base'), {});
  await gitAsync(ws.dir, 'checkout', '-q', 'main');
  const headSha = 'f'.repeat(40);
  server.addCommit(headSha, side('head'));
  server.setPullFiles(
    PR,
    [
      { filename: 'package-lock.json', status: 'modified' },
      { filename: 'package.json', status: 'modified' },
    ],
    headSha,
  );
  return runAction({
    workspace: ws.dir,
    apiUrl: server.url,
    event: 'pull_request_target',
    payload: pullRequestPayload(PR, ws.baseSha, headSha, { fork: true }),
    runnerDir: freshDir('runner'),
    env: FAST,
  });
}

/** What every faulty run must show: no green check, at most one sticky comment, an end within the bound. */
function expectNoGreen(run: ActionRun, server: GitHubApiServer): void {
  expect([1, 2], run.stdout + run.stderr).toContain(run.code);
  expect(stickies(server)).toBeLessThanOrEqual(1);
  expect(run.ms).toBeLessThan(BOUND_MS);
  expect(run.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
}

const PULL_REQUEST_CALLS: { call: string; path: RegExp; method: string; existingComment: boolean }[] = [
  { call: 'PR files', path: /\/pulls\/7\/files(\?|$)/, method: 'GET', existingComment: true },
  { call: 'pulls.get', path: /\/pulls\/7(\?|$)/, method: 'GET', existingComment: true },
  { call: 'comments list', path: /\/issues\/7\/comments(\?|$)/, method: 'GET', existingComment: true },
  { call: 'comment create', path: /\/issues\/7\/comments(\?|$)/, method: 'POST', existingComment: false },
  { call: 'comment update', path: /\/issues\/comments\/\d+(\?|$)/, method: 'PATCH', existingComment: true },
  { call: 'user', path: /^\/user(\?|$)/, method: 'GET', existingComment: true },
  { call: 'graphql', path: /^\/graphql(\?|$)/, method: 'POST', existingComment: true },
];

describe.concurrent.each(PULL_REQUEST_CALLS)('pull_request: $call', ({ path: at, method, existingComment }) => {
  it.each(faultsFor())(
    '$name: no green check, one comment at most, a bounded run',
    async ({ fault, times }) => {
      await withServer(async (server) => {
        server.fault(at, fault(), times, method);
        const run = await pullRequestRun(server, existingComment);
        expectNoGreen(run, server);
        // The flagged version is found whatever the API did: the full report is in the summary.
        expect(run.outputs['finding-count'], run.stdout).toBe('1');
      });
    },
    60_000,
  );
});

const TARGET_CALLS: { call: string; path: RegExp }[] = [
  { call: 'contents tree', path: /\/git\/trees\// },
  { call: 'contents (raw file)', path: /\/contents\// },
];

describe.concurrent.each(TARGET_CALLS)('pull_request_target: $call', ({ path: at }) => {
  it.each(faultsFor())(
    '$name: the head is read or the run is an error, never an empty tree',
    async ({ fault, times }) => {
      await withServer(async (server) => {
        server.fault(at, fault(), times, 'GET');
        const run = await pullRequestTargetRun(server);
        expectNoGreen(run, server);
        if (run.code === 2) expect(run.stdout).toMatch(/::error[^:]*::.*(commit f{12}|f{12}:)/);
        else expect(run.outputs['finding-count']).toBe('1');
      });
    },
    60_000,
  );
});

describe('pull_request_target: an empty listing', () => {
  it('a tree that lists no file is an error, not a removed lockfile', async () => {
    await withServer(async (server) => {
      server.fault(
        /\/git\/trees\//,
        { kind: 'body', text: '{"sha":"x","tree":[],"truncated":false}' },
        undefined,
        'GET',
      );
      const run = await pullRequestTargetRun(server);
      expect(run.code, run.stdout).toBe(2);
      expect(run.stdout).toContain('names no file at all');
    });
  }, 60_000);

  it('a file the PR list names as modified but the tree lacks is a contradiction (exit 2)', async () => {
    await withServer(async (server) => {
      const tree = JSON.stringify({
        sha: 'f'.repeat(40),
        tree: [
          { path: 'package.json', mode: '100644', type: 'blob', sha: gitSha(side('head')['package.json']!), size: 10 },
        ],
        truncated: false,
      });
      server.fault(/\/git\/trees\//, { kind: 'body', text: tree }, undefined, 'GET');
      const run = await pullRequestTargetRun(server);
      expect(run.code, run.stdout).toBe(2);
      expect(run.stdout).toMatch(/package-lock\.json.*(modified|added).*head/);
    });
  }, 60_000);
});

describe('the PR file list', () => {
  it('an empty list (200, []) for a PR that changes files is a full scan, never "no lockfile changed"', async () => {
    await withServer(async (server) => {
      server.fault(/\/pulls\/7\/files(\?|$)/, { kind: 'body', text: '[]' }, undefined, 'GET');
      const run = await pullRequestRun(server, true);
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain('every lockfile is compared');
      expect(server.comments.find((c) => c.id === 11)!.body).toContain('MAL-2025-47604');
    });
  }, 60_000);

  it('a list whose later page is lost is a full scan', async () => {
    await withServer(async (server) => {
      const repo = await createRepoAsync(freshDir('repo'), side('base'), side('head'));
      const files = [
        ...Array.from({ length: 150 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'added' as const })),
        { filename: 'package-lock.json', status: 'modified' as const },
      ];
      server.setPullFiles(PR, files, repo.headSha);
      // Page 2 (the one with the lockfile) answers an empty page.
      server.fault(/\/pulls\/7\/files\?.*\bpage=2\b/, { kind: 'body', text: '[]' }, undefined, 'GET');
      const run = await runAction({
        workspace: repo.dir,
        apiUrl: server.url,
        event: 'pull_request',
        payload: pullRequestPayload(PR, repo.baseSha, repo.headSha, { changedFiles: files.length }),
        runnerDir: freshDir('runner'),
        env: FAST,
        inputs: { comment: 'never' },
      });
      expect(run.code, run.stdout).toBe(1);
    });
  }, 60_000);
});

/** A pull request held until a time that has passed, at the same head as its failed run. */
function seedEndedHold(server: GitHubApiServer): void {
  const sha = 'a'.repeat(40);
  server.setOpenPulls([{ number: PR, headSha: sha }]);
  addHeldRun(server, sha);
  server.comments.push({ id: 11, issueNumber: PR, body: heldComment(sha, '2025-09-11T13:16:00Z'), login: BOT });
}

/** Each call, and the request as the warning names it. */
const RERUN_CALLS: { call: string; path: RegExp; method: string; named: string }[] = [
  { call: 'open pulls', path: /\/pulls(\?|$)/, method: 'GET', named: '/pulls' },
  { call: 'comments list', path: /\/issues\/7\/comments(\?|$)/, method: 'GET', named: '/issues/7/comments' },
  { call: 'workflow run', path: /\/actions\/runs\/900(\?|$)/, method: 'GET', named: '/actions/runs/900' },
  { call: 'run jobs', path: /\/actions\/runs\/900\/jobs(\?|$)/, method: 'GET', named: '/actions/runs/900/jobs' },
  { call: 're-run', path: /\/actions\/jobs\/9001\/rerun(\?|$)/, method: 'POST', named: '/actions/jobs/9001/rerun' },
];

/**
 * Longer per-call limits than FAST: on a loaded machine a spurious timeout would
 * hide whether a 500 once is retried.
 */
const RERUN_LIMITS = { ...FAST, LOCKGATE_HTTP_TIMEOUT_MS: '2000' };

describe.concurrent.each(RERUN_CALLS)('schedule with rerun-held: $call', ({ path: at, method, named }) => {
  it.each(faultsFor())(
    '$name: the held job is re-run at most once, and a re-run not confirmed is a warning naming the call',
    async ({ fault, times }) => {
      await withServer(async (server) => {
        seedEndedHold(server);
        server.fault(at, fault(), times, method);
        const repo = await createRepoAsync(freshDir('repo'), side('base'), {});
        const run = await runAction({
          workspace: repo.dir,
          apiUrl: server.url,
          event: 'schedule',
          payload: { schedule: '17 6 * * *' },
          runnerDir: freshDir('runner'),
          env: RERUN_LIMITS,
          inputs: { 'rerun-held': 'true', 'min-release-age': '0' },
        });
        expect(run.ms).toBeLessThan(BOUND_MS);
        expect(run.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
        expect(server.reruns.length, run.stdout).toBeLessThanOrEqual(1);
        // Nothing in the tree changed: the scheduled scan itself passes; the re-run's fault is a warning.
        expect(run.code, run.stdout).toBe(0);
        // A re-run is claimed only when the server got it (a cut-off answer to the POST may still have reached it).
        const claimed = run.stdout.includes('Held pull requests: 1 re-run of 1 open.');
        if (claimed) expect(server.reruns).toEqual([9001]);
        // A GET is retried after a 500; a POST that reached the server is not sent twice.
        if (times === 1 && method === 'GET') expect(claimed, run.stdout).toBe(true);
        if (claimed) expect(run.stdout).not.toContain('::warning');
        else {
          const warning = run.stdout.split('\n').find((l) => /^::warning[^:]*::lockgate could not /.test(l));
          expect(warning, run.stdout).toMatch(new RegExp(`${method} \\S*/repos/acme/mail-assistant${named}\\b`));
          // An outage or a rate limit is not blamed on the token's permissions.
          expect(warning).not.toContain('actions: write');
        }
        // The scheduled run only reads comments.
        expect(server.comments.map((c) => c.id)).toEqual([11]);
      });
    },
    60_000,
  );
});
