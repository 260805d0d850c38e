/**
 * The sticky comment against a loopback GitHub API: one comment, always.
 * Two runs at once, a create whose answer is lost, a comment page that
 * cannot be read, a rate limit.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/client.js';
import { COMMENT_MARKER, PERMISSION_WARNING, syncComment, type CommentState } from '../../src/github/comment.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';

const TARGET = { owner: 'acme', repo: 'mail-assistant', issueNumber: 7 };
const BOT = 'github-actions[bot]';

function state(body: string): CommentState {
  return {
    mode: 'on-findings',
    findings: 1,
    errors: 0,
    reportBody: `${COMMENT_MARKER}\n${body}`,
    resolvedBody: `${COMMENT_MARKER}\n## ✅ Resolved`,
  };
}

/** Short limits: a hang costs a fraction of a second (the latency tests wait longer: the machine may be busy). */
function client(server: GitHubApiServer, timeoutMs = 400): GitHubClient {
  return new GitHubClient('ghs_test', server.url, {
    timeoutMs,
    maxAttempts: 2,
    baseDelayMs: 5,
    maxDelayMs: 10,
    sleep: () => Promise.resolve(),
  });
}

const stickies = (server: GitHubApiServer) => server.comments.filter((c) => c.body.startsWith(COMMENT_MARKER));

describe('two runs on one PR at once (the API answers in 150 ms)', () => {
  let server: GitHubApiServer;
  beforeEach(async () => {
    server = await startGitHubApiServer('acme', 'mail-assistant', { latencyMs: 150 });
  });
  afterEach(() => server.close());

  it('leave one comment: the later creator folds its own into the oldest', async () => {
    const [a, b] = await Promise.all([
      syncComment(client(server, 10_000), TARGET, state('run A')),
      syncComment(client(server, 10_000), TARGET, state('run B')),
    ]);
    expect(stickies(server), JSON.stringify([a, b, server.calls()])).toHaveLength(1);
    expect([a.action, b.action], `${a.warning} ${b.warning}`).toEqual(['create', 'create']);
    expect(a.warning).toBeUndefined();
    expect(b.warning).toBeUndefined();
    // Both point at the comment that is left.
    const kept = stickies(server)[0]!;
    expect(a.url).toContain(String(kept.id));
    expect(b.url).toContain(String(kept.id));
  });

  it("three at once, with a comment by somebody else carrying the marker, leave one of lockgate's", async () => {
    server.comments.push({ id: 5, issueNumber: 7, body: `${COMMENT_MARKER}\nforged`, login: 'mallory' });
    await Promise.all(['A', 'B', 'C'].map((run) => syncComment(client(server, 10_000), TARGET, state(`run ${run}`))));
    expect(stickies(server).filter((c) => c.login === BOT)).toHaveLength(1);
    expect(server.comments.find((c) => c.id === 5)?.body).toContain('forged');
  });

  it('duplicates left by an earlier run are folded on the next update', async () => {
    server.comments.push(
      { id: 21, issueNumber: 7, body: `${COMMENT_MARKER}\nold`, login: BOT },
      { id: 22, issueNumber: 7, body: `${COMMENT_MARKER}\nstale duplicate`, login: BOT },
    );
    const outcome = await syncComment(client(server, 10_000), TARGET, state('new'));
    expect(outcome).toMatchObject({ action: 'update', folded: 1 });
    expect(stickies(server).map((c) => [c.id, c.body])).toEqual([[21, `${COMMENT_MARKER}\nnew`]]);
  });
});

describe('faults of the comment calls', () => {
  let server: GitHubApiServer;
  beforeEach(async () => {
    server = await startGitHubApiServer('acme', 'mail-assistant');
    server.comments.push({ id: 11, issueNumber: 7, body: `${COMMENT_MARKER}\nold report`, login: BOT });
  });
  afterEach(() => server.close());

  it.each([
    ['an empty 200', { kind: 'body', text: '' }],
    ['an HTML page', { kind: 'body', text: '<html>Unicorn!</html>', contentType: 'text/html' }],
    ['an object instead of a list', { kind: 'body', text: '{"message":"ok"}' }],
    ['a hang', { kind: 'hang' }],
  ] as const)(
    'a comment page that answers %s is a warning, never "no comment" (no second comment)',
    async (_, fault) => {
      server.fault(/\/issues\/7\/comments/, fault, undefined, 'GET');
      const outcome = await syncComment(client(server), TARGET, state('new'));
      expect(outcome.action).toBe('failed');
      expect(outcome.warning).toMatch(
        /^lockgate could not read the pull request comments: GET \/repos\/acme\/mail-assistant\/issues\/7\/comments|^lockgate could not read the pull request comments: GET http/,
      );
      expect(stickies(server)).toHaveLength(1);
      expect(server.calls().filter((c) => c.startsWith('POST /repos'))).toEqual([]);
    },
  );

  it('a create whose answer is cut off is found by listing again, not made twice', async () => {
    server.comments.length = 0;
    server.fault(/\/issues\/7\/comments/, { kind: 'truncate' }, 1, 'POST');
    const outcome = await syncComment(client(server), TARGET, state('new'));
    expect(stickies(server)).toHaveLength(1);
    expect(outcome.action).toBe('create');
    expect(outcome.url).toContain(String(stickies(server)[0]!.id));
    expect(server.calls().filter((c) => c.startsWith('POST /repos'))).toHaveLength(1);
  });

  it('a create answered with another shape is not logged as created', async () => {
    server.comments.length = 0;
    server.fault(/\/issues\/7\/comments/, { kind: 'body', text: '{"message":"ok"}' }, undefined, 'POST');
    const outcome = await syncComment(client(server), TARGET, state('new'));
    expect(outcome.action).toBe('failed');
    expect(outcome.warning).toContain('JSON of another shape');
    expect(stickies(server)).toHaveLength(0);
  });

  it('a rate limit is reported as a rate limit, not as a missing permission', async () => {
    server.fault(
      /\/issues\/comments\//,
      {
        kind: 'status',
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000)) },
        body: '{"message":"API rate limit exceeded"}',
      },
      undefined,
      'PATCH',
    );
    const outcome = await syncComment(client(server), TARGET, state('new'));
    expect(outcome.action).toBe('failed');
    expect(outcome.warning).toContain('rate limit');
    expect(outcome.warning).not.toBe(PERMISSION_WARNING);
  });

  it('a plain 403 is the permission warning', async () => {
    server.denyCommentWrites(true);
    const outcome = await syncComment(client(server), TARGET, state('new'));
    expect(outcome).toEqual({ action: 'failed', warning: PERMISSION_WARNING });
  });
});
