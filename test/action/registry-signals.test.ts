/**
 * The action with registry signals: a held pull request fails with a hold
 * annotation and a sticky comment carrying the hidden hold marker; the
 * override label turns the hold into a warning; the scheduled run re-runs the
 * held job once the hold has ended (fake GitHub API and test registry on 127.0.0.1).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, GitHubClient } from '../../src/github/client.js';
import { readHoldMarker, rerunEndedHolds } from '../../src/github/holds.js';
import { createRepo, pullRequestPayload, runAction, scratch, TOKEN, type ActionRun } from './harness.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { addHeldRun, heldComment } from '../support/held-run.js';
import { startOsvServer, type OsvServer } from '../support/osv-server.js';
import { startRegistryServer, type RegistryServer } from '../support/registry-server.js';
import type { Replay } from '../signals/incidents.js';
import { writeProject } from '../signals/lockfile-pairs.js';

const PR = 11;
// Not a real package: the bundled advisory snapshot must know nothing about it (the real incidents are
// replayed with an empty snapshot through the CLI in incidents.test.ts).
const fresh: Replay = {
  name: 'a fresh release',
  at: '2025-09-08T15:00:00.000Z',
  registry: [
    {
      name: 'chalkish',
      versions: {
        '5.6.0': { published: '2025-08-20T09:00:00.000Z' },
        '5.6.1': { published: '2025-09-08T13:16:00.000Z' },
      },
    },
  ],
  base: [{ name: 'chalkish', version: '5.6.0' }],
  head: [{ name: 'chalkish', version: '5.6.1' }],
  expect: { 'chalkish@5.6.1': { fail: ['release-age'] } },
};
let server: GitHubApiServer;
let registry: RegistryServer;
let osv: OsvServer;
const tmp = scratch();
let counter = 0;
const freshDir = (name: string) => path.join(tmp.dir, `${name}-${++counter}`);

beforeAll(async () => {
  server = await startGitHubApiServer('acme', 'mail-assistant');
  registry = await startRegistryServer(fresh.registry);
  osv = await startOsvServer({ records: [] });
}, 60_000);
afterAll(async () => {
  await server.close();
  await registry.close();
  await osv.close();
  tmp.cleanup();
});
beforeEach(() => {
  server.reset();
  server.comments.length = 0;
  registry.setNow(Date.parse(fresh.at));
});

function side(packages: typeof fresh.base): Record<string, string> {
  const dir = freshDir('side');
  writeProject(dir, 'npm', packages);
  return {
    'package.json': readFileSync(path.join(dir, 'package.json'), 'utf8'),
    'package-lock.json': readFileSync(path.join(dir, 'package-lock.json'), 'utf8'),
  };
}

/** The chalkish 5.6.0 → 5.6.1 pull request in an npm project; `baseExtra` adds files to the base commit. */
function freshRepo(baseExtra: Record<string, string> = {}) {
  return createRepo(freshDir('repo'), { ...side(fresh.base), ...baseExtra }, side(fresh.head));
}

/** `added`: the label a `labeled` event adds (else the event is a push, `synchronize`). */
function runPr(
  repo: ReturnType<typeof freshRepo>,
  inputs: Record<string, string>,
  labels: string[] = [],
  added?: string,
): Promise<ActionRun> {
  const label = (name: string, i: number) => ({ id: 100 + i, name, color: 'ededed', default: false });
  const payload = pullRequestPayload(PR, repo.baseSha, repo.headSha, added ? { action: 'labeled' } : {}) as {
    pull_request: { labels?: unknown[] };
    label?: unknown;
  };
  payload.pull_request.labels = labels.map(label);
  if (added) payload.label = label(added, 99);
  server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
  return runAction({
    workspace: repo.dir,
    apiUrl: server.url,
    event: 'pull_request',
    payload,
    runnerDir: freshDir('runner'),
    inputs: { offline: 'false', content: 'false', 'osv-url': osv.url, 'registry-url': registry.url, ...inputs },
  });
}

describe('the action with registry signals', () => {
  it('holds a version younger than min-release-age, with an annotation and the hold marker in the comment', async () => {
    const repo = freshRepo();
    const run = await runPr(repo, {});
    expect(run.code, run.stdout).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.some((l) => l.includes('title=Held until 2025-09-11 13%3A16 UTC%3A chalkish@5.6.1'))).toBe(true);
    expect(server.comments).toHaveLength(1);
    const body = server.comments[0]!.body;
    expect(body).toContain('### ⏸ Held');
    expect(readHoldMarker(body)).toEqual({
      run: 424242,
      job: 'lockgate',
      sha: repo.headSha,
      until: '2025-09-11T13:16:00Z',
    });
    expect(run.summary).toContain('### ⏸ Held');
    expect(run.stdout).toMatch(
      /lockgate holds 1 new version\(s\) until 2025-09-11T13:16:00Z: a reason to wait, not a verdict of malware/,
    );
  }, 60_000);

  it('the override label lifts the hold when added after the latest push, and the comment names it', async () => {
    const repo = freshRepo();
    const unconfigured = await runPr(repo, {});
    expect(server.comments[0]!.body).toMatch(
      /configure an override label \(the action input .{1,6}override-label.{1,6},/,
    );
    expect(unconfigured.code).toBe(1);
    const held = await runPr(repo, { 'override-label': 'release-age-ok' });
    expect(held.code).toBe(1);
    expect(server.comments[0]!.body).toMatch(
      /adds the label .{1,6}release-age-ok.{1,6} to the pull request after its latest push \(it lifts age holds only\)/,
    );
    const run = await runPr(repo, { 'override-label': 'release-age-ok' }, ['release-age-ok'], 'release-age-ok');
    expect(run.code, run.stdout).toBe(0);
    expect(
      run.stdout.split('\n').some((l) => l.startsWith('::warning') && l.includes('Registry signal%3A chalkish@5.6.1')),
    ).toBe(true);
    expect(readHoldMarker(server.comments[0]!.body)).toBeUndefined();
    // Another label added later does not count for this one.
    const other = await runPr(repo, { 'override-label': 'release-age-ok' }, ['release-age-ok', 'docs'], 'docs');
    expect(other.code).toBe(1);
  }, 60_000);

  it('a label kept from before the latest push does not lift the holds that push brings', async () => {
    const repo = freshRepo();
    // The push (synchronize) comes after the label was added: its young versions stay held.
    const pushed = await runPr(repo, { 'override-label': 'release-age-ok' }, ['release-age-ok']);
    expect(pushed.code).toBe(1);
    expect(server.comments[0]!.body).toMatch(
      /The label .{1,6}release-age-ok.{1,6} was added before this pull request's latest push, so it does not lift the holds/,
    );
    expect(readHoldMarker(server.comments[0]!.body)).toMatchObject({ sha: repo.headSha });
  }, 60_000);

  it('a min-release-age input of 0 lifts the hold; a bad one is an input error', async () => {
    const repo = freshRepo();
    const lifted = await runPr(repo, { 'min-release-age': '0' });
    expect(lifted.code, lifted.stdout).toBe(0);
    const bad = await runPr(repo, { 'min-release-age': '3 days' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      "Invalid input 'min-release-age': '3 days'. Expected a duration such as 72h, 3d or 90m",
    );
  }, 60_000);

  it('the config file (read from the base commit) sets levels; a bad level is an error naming it', async () => {
    const warnOnly = freshRepo({ '.github/lockgate.yml': 'signals:\n  levels:\n    release-age: warn\n' });
    expect((await runPr(warnOnly, {})).code).toBe(0);
    const allowed = freshRepo({
      '.github/lockgate.yml': 'signals:\n  allow:\n    - package: chalkish\n      reason: vendored and reviewed\n',
    });
    const allowedRun = await runPr(allowed, {});
    expect(allowedRun.code).toBe(0);
    expect(allowedRun.summary).toContain('not checked by registry signals');
    const bad = freshRepo({ '.github/lockgate.yml': 'signals:\n  levels:\n    release-age: never\n' });
    const badRun = await runPr(bad, {});
    expect(badRun.code).toBe(2);
    expect(badRun.stdout).toContain('signals.levels.release-age is "never"; expected one of fail, warn, off.');
  }, 60_000);

  it('with cache-dir, a warm run revalidates every document and still sees a version published since', async () => {
    const repo = freshRepo();
    const cache = freshDir('lockgate-cache');
    const [chalkish] = fresh.registry;
    const before = { ...chalkish!, versions: { '5.6.0': chalkish!.versions['5.6.0']! } };
    try {
      // The cache is written while the registry does not serve 5.6.1 yet: not among its versions, so a fail.
      registry.put(before);
      registry.reset();
      const cold = await runPr(repo, { 'cache-dir': cache });
      expect(cold.code, cold.stdout).toBe(1);
      expect(cold.summary).toContain('is not among the versions the registry serves');
      expect(registry.served().notModified).toEqual([]);
      // Then 5.6.1 is published: the warm run must see it (a hold now), not the stored document.
      registry.put(chalkish!);
      registry.reset();
      const published = await runPr(repo, { 'cache-dir': cache });
      expect(published.code, published.stdout).toBe(1);
      expect(published.summary).toContain('### ⏸ Held');
      expect(published.summary).not.toContain('is not among the versions');
      expect(registry.requests.every((r) => typeof r.headers['if-none-match'] === 'string')).toBe(true);
      // Unchanged since: answered 304 from the cache, the same verdict, no body bytes.
      registry.reset();
      const warm = await runPr(repo, { 'cache-dir': cache });
      expect(warm.code, warm.stdout).toBe(1);
      expect(warm.summary).toContain('### ⏸ Held');
      expect(registry.served().notModified).toEqual(['chalkish']);
      expect(warm.summary).toMatch(/registry(:|&#58;) 1 request, 0 bytes, 1 from the cache \(not modified\)/);
    } finally {
      registry.put(chalkish!);
    }
  }, 60_000);

  it('keeps no registry document in a cache-dir inside the workspace, where a pull request could write it, and says so', async () => {
    const repo = freshRepo();
    registry.reset();
    const run = await runPr(repo, { 'cache-dir': '.lockgate-cache' });
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(
      /Registry documents were not cached(:|&#58;) the cache directory lies inside the checked tree/,
    );
    expect(existsSync(path.join(repo.dir, '.lockgate-cache', 'registry'))).toBe(false);
    expect(registry.requests.some((r) => r.headers['if-none-match'])).toBe(false);
  }, 60_000);
});

describe('the scheduled re-run of held jobs', () => {
  const sha = 'a'.repeat(40);
  const until = '2025-09-11T13:16:00Z';
  const seed = (number: number, body: string) =>
    server.comments.push({ id: 5000 + number, issueNumber: number, body, login: 'github-actions[bot]' });

  beforeEach(() => {
    server.reruns.length = 0;
    server.setOpenPulls([
      { number: 1, headSha: sha },
      { number: 2, headSha: 'b'.repeat(40) },
      { number: 3, headSha: sha },
      { number: 4, headSha: sha },
    ]);
    addHeldRun(server, sha);
    seed(1, heldComment(sha, until));
    seed(2, heldComment(sha, until)); // head moved on since
    seed(3, '<!-- lockgate:sticky-comment -->\n## ❌ lockgate: 1 malicious package version found'); // a finding: never
    // 4: no comment at all
  });

  it('re-runs only the held lockgate job, only once its hold has ended, only at the same head', async () => {
    const client = createClient(TOKEN, server.url);
    const before = await rerunEndedHolds(client, { owner: 'acme', repo: 'mail-assistant' }, Date.parse(until) - 1000);
    expect(before.map((o) => [o.pull, o.action])).toEqual([
      [1, 'waiting'],
      [2, 'stale'],
      [3, 'none'],
      [4, 'none'],
    ]);
    expect(server.reruns).toEqual([]);

    const after = await rerunEndedHolds(client, { owner: 'acme', repo: 'mail-assistant' }, Date.parse(until));
    expect(after.map((o) => [o.pull, o.action])).toEqual([
      [1, 'rerun'],
      [2, 'stale'],
      [3, 'none'],
      [4, 'none'],
    ]);
    expect(server.reruns).toEqual([9001]);
    expect(server.calls()).toContain('POST /repos/acme/mail-assistant/actions/jobs/9001/rerun');

    // The run is now queued again: a second pass does nothing.
    await rerunEndedHolds(client, { owner: 'acme', repo: 'mail-assistant' }, Date.parse(until) + 1000);
    expect(server.reruns).toEqual([9001]);
  });

  it.each([
    ['a cut-off body', { kind: 'truncate' }],
    ['an empty 200', { kind: 'body', text: '' }],
    ['an HTML page', { kind: 'body', text: '<html>Unicorn!</html>', contentType: 'text/html' }],
    ['JSON of another shape', { kind: 'body', text: '{"message":"ok"}' }],
    ['a 500 every time', { kind: 'status', status: 500 }],
  ] as const)(
    'a run or job list that answers %s re-runs nothing and says why, and the other pull requests go on',
    async (_, fault) => {
      const client = new GitHubClient(TOKEN, server.url, { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 });
      for (const path of [/\/actions\/runs\/900$/, /\/actions\/runs\/900\/jobs/]) {
        server.reset();
        server.fault(path, fault, undefined, 'GET');
        const outcomes = await rerunEndedHolds(client, { owner: 'acme', repo: 'mail-assistant' }, Date.parse(until));
        expect(outcomes.map((o) => [o.pull, o.action])).toEqual([
          [1, 'failed'],
          [2, 'stale'],
          [3, 'none'],
          [4, 'none'],
        ]);
        expect(outcomes[0]!.detail).toMatch(/^GET \S*\/actions\/runs\/900/);
        expect(server.reruns).toEqual([]);
      }
    },
  );

  it('a 500 once, then an answer: the job is re-run', async () => {
    const client = new GitHubClient(TOKEN, server.url, { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 });
    server.fault(/\/actions\/runs\/900\/jobs/, { kind: 'status', status: 500 }, 1, 'GET');
    const outcomes = await rerunEndedHolds(client, { owner: 'acme', repo: 'mail-assistant' }, Date.parse(until));
    expect(outcomes[0]!.action).toBe('rerun');
    expect(server.reruns).toEqual([9001]);
  });

  it('ignores a marker someone edited into something else', () => {
    expect(
      readHoldMarker(
        '<!-- lockgate:held {"run":1,"job":"x; rm -rf /","sha":"' + sha + '","until":"2025-01-01T00:00:00Z"} -->',
      ),
    ).toBeUndefined();
    expect(readHoldMarker('<!-- lockgate:held {"run":"1"} -->')).toBeUndefined();
    expect(readHoldMarker('<!-- lockgate:held not json -->')).toBeUndefined();
  });

  it('runs from the scheduled action with rerun-held', async () => {
    const repo = freshRepo();
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: server.url,
      event: 'schedule',
      payload: { schedule: '17 6 * * *' },
      runnerDir: freshDir('runner'),
      inputs: { 'rerun-held': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(server.reruns).toEqual([9001]);
    expect(run.stdout).toContain('Held pull requests: 1 re-run of 4 open.');
  }, 60_000);
});
