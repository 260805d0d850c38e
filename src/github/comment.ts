/**
 * One sticky PR comment, found by a hidden marker on its first line and
 * written by the token's own identity: anyone can post a comment that starts
 * with the marker, and a run that took such a comment for its own would try to
 * edit it, fail with 403 and post no report at all.
 *
 * - created only when there are findings (or on every run with `comment: always`);
 * - once it exists, updated on every run, so it never shows a stale report;
 * - edited to a short "resolved" note when a later run is clean;
 * - a 403/404 (a fork PR's read-only token, a workflow without
 *   `pull-requests: write`) gives exactly one warning; the run goes on, since
 *   annotations and the job summary still carry the report. A rate limit is
 *   reported as a rate limit.
 *
 * One comment, always. Two runs on one PR at once (a push while a run is going)
 * can both find no comment and both create one, so after creating, the
 * comments are listed again and lockgate's own duplicates are folded into the
 * oldest (its body is set to this run's, the newer ones are deleted): whichever
 * run lists last leaves one. A create that failed may still have been made, so
 * it is tried once more only after listing again. A comment page that cannot
 * be read ends the comment step with a warning: it never means "no comment".
 */
import * as z from 'zod/mini';
import type { GitHubClient, RepoRef } from './client.js';
import { describeHttpError, httpStatus, isRateLimit, repoPath } from './client.js';

/** The hidden first line that identifies lockgate's comment. */
export const COMMENT_MARKER = '<!-- lockgate:sticky-comment -->';
/** PR comments stop at 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export type CommentMode = 'on-findings' | 'always' | 'never';

/** What to do with the comment. */
export type CommentAction =
  { kind: 'none' } | { kind: 'create'; body: string } | { kind: 'update'; id: number; body: string };

/** An existing comment (id and body). */
export interface ExistingComment {
  id: number;
  body: string;
}

/** The run's state as the comment needs it. */
export interface CommentState {
  mode: CommentMode;
  findings: number;
  errors: number;
  /** The full comment body for this run (starts with the marker). */
  reportBody: string;
  /** The body that replaces a comment once the PR is clean. */
  resolvedBody: string;
}

/** Decide the comment action (pure). */
export function decideComment(existing: ExistingComment | undefined, state: CommentState): CommentAction {
  if (state.mode === 'never') return { kind: 'none' };
  const clean = state.findings === 0 && state.errors === 0;
  if (!existing) {
    return state.findings > 0 || state.mode === 'always'
      ? { kind: 'create', body: state.reportBody }
      : { kind: 'none' };
  }
  if (clean && state.mode === 'on-findings') {
    // Already marked resolved: nothing new to say, no edit churn.
    return existing.body === state.resolvedBody || isResolved(existing.body)
      ? { kind: 'none' }
      : { kind: 'update', id: existing.id, body: state.resolvedBody };
  }
  return { kind: 'update', id: existing.id, body: state.reportBody };
}

const RESOLVED_HEADING = '## ✅ Resolved';

/** The note a comment becomes when a later run is clean. */
export function resolvedNote(commit: string | undefined, runUrl: string | undefined): string {
  const at = commit ? ` at commit ${commit.slice(0, 12)}` : '';
  const run = runUrl ? ` ([run](${runUrl}))` : '';
  return [
    COMMENT_MARKER,
    RESOLVED_HEADING,
    '',
    `lockgate no longer finds a malicious package version in this pull request${at}${run}. The earlier report is in this comment's edit history; if the flagged version was ever installed, its rotation guidance still applies.`,
  ].join('\n');
}

function isResolved(body: string): boolean {
  return body.startsWith(`${COMMENT_MARKER}\n${RESOLVED_HEADING}`);
}

/** Where the comment goes. */
export interface CommentTarget extends RepoRef {
  issueNumber: number;
}

/** What happened, for the log. */
export interface CommentOutcome {
  action: CommentAction['kind'] | 'failed';
  /** The comment's address, from GitHub's answer (only for a comment that exists). */
  url?: string;
  /** Duplicates of lockgate's comment that were folded into the oldest. */
  folded?: number;
  /** The one warning to show when the comment could not be written. */
  warning?: string;
}

/** The warning for a token that may not comment. */
export const PERMISSION_WARNING =
  'lockgate could not write its pull request comment: the token lacks the `pull-requests: write` permission (pull requests from forks always get a read-only token). Add `permissions: pull-requests: write` to the job to get the comment; the annotations and the job summary carry the full report.';

/** A comment as the API lists it: the fields lockgate reads must be there. */
const COMMENT = z.looseObject({
  id: z.number(),
  html_url: z.string(),
  body: z.optional(z.nullable(z.string())),
  user: z.nullable(z.looseObject({ login: z.string() })),
});
type ApiComment = z.infer<typeof COMMENT>;

/** Find, then create or update the sticky comment, and fold duplicates. Never throws. */
export async function syncComment(
  client: GitHubClient,
  target: CommentTarget,
  state: CommentState,
): Promise<CommentOutcome> {
  if (state.mode === 'never') return { action: 'none' };
  const comments = new StickyComments(client, target);
  let own: ExistingComment[];
  let action: CommentAction;
  let written: ApiComment | undefined;
  try {
    own = await comments.own();
  } catch (error) {
    return { action: 'failed', warning: commentWarning('read the pull request comments', error) };
  }
  try {
    action = decideComment(own[0], state);
    if (action.kind === 'update') written = await comments.update(action.id, action.body);
    if (action.kind === 'create') written = await comments.create(action.body);
  } catch (error) {
    return { action: 'failed', warning: commentWarning('write its pull request comment', error) };
  }
  const done: CommentOutcome = { action: action.kind, ...(written ? { url: written.html_url } : {}) };
  // Only a create can add a comment; listed again, another run's made meanwhile is folded into the oldest.
  if (action.kind !== 'create' && own.length < 2) return done;
  try {
    const after = action.kind === 'create' ? await comments.own() : own;
    const kept = await comments.fold(after, written);
    return {
      ...done,
      ...(kept.url ? { url: kept.url } : {}),
      ...(after.length > 1 ? { folded: after.length - 1 } : {}),
    };
  } catch (error) {
    return { ...done, warning: commentWarning('fold duplicates of its pull request comment', error) };
  }
}

/** The one warning for a comment step that failed: a permission, a rate limit, or what the API did. */
function commentWarning(step: string, error: unknown): string {
  const status = httpStatus(error);
  if (isRateLimit(error))
    return `lockgate could not ${step}: the GitHub API rate limit was reached (${describeHttpError(error)}). The annotations and the job summary carry the full report.`;
  if (status === 403 || status === 404) return PERMISSION_WARNING;
  return `lockgate could not ${step}: ${describeHttpError(error)}. The annotations and the job summary carry the full report.`;
}

/** lockgate's own comments on one issue, through the API. */
class StickyComments {
  private login: Promise<string> | undefined;

  constructor(
    private readonly client: GitHubClient,
    private readonly target: CommentTarget,
  ) {}

  /** lockgate's own comments (marker first, written by this token's identity), oldest first; throws when a page cannot be read. */
  async own(): Promise<ExistingComment[]> {
    const all = await this.client.paginate(this.path('/issues/{n}/comments'), COMMENT);
    const marked = all.filter((c) => (c.body ?? '').startsWith(COMMENT_MARKER));
    if (!marked.length) return [];
    this.login ??= tokenLogin(this.client);
    const login = await this.login;
    return marked
      .filter((c) => c.user?.login === login)
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ id: c.id, body: c.body ?? '' }));
  }

  async update(id: number, body: string): Promise<ApiComment> {
    return this.client.send('PATCH', repoPath(this.target, `/issues/comments/${id}`), { body }, COMMENT);
  }

  /**
   * Creates the comment. A create that failed other than by a refusal (403,
   * 404, 422) may have been made all the same: list again, and create once
   * more only when it was not.
   */
  async create(body: string): Promise<ApiComment> {
    try {
      return await this.client.send('POST', this.path('/issues/{n}/comments'), { body }, COMMENT);
    } catch (error) {
      const status = httpStatus(error);
      if (status !== undefined && status >= 400 && status < 500) throw error;
      const own = await this.own();
      if (own[0]) return this.update(own[0].id, body);
      return this.client.send('POST', this.path('/issues/{n}/comments'), { body }, COMMENT);
    }
  }

  /**
   * Keeps the oldest of `own` and deletes the rest. When this run `written`
   * a newer one (another run created the oldest meanwhile), its body goes
   * into the oldest. Returns the comment kept, with its address when known.
   */
  async fold(own: readonly ExistingComment[], written: ApiComment | undefined): Promise<{ url?: string }> {
    const [oldest, ...newer] = own;
    let kept: { url?: string } = written && (!oldest || written.id === oldest.id) ? { url: written.html_url } : {};
    if (oldest && written && written.id !== oldest.id)
      kept = { url: (await this.update(oldest.id, written.body ?? '')).html_url };
    for (const duplicate of newer) await this.client.delete(repoPath(this.target, `/issues/comments/${duplicate.id}`));
    return kept;
  }

  private path(template: string): string {
    return repoPath(this.target, template.replace('{n}', String(this.target.issueNumber)));
  }
}

/** The login the GITHUB_TOKEN of Actions comments as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login comments made with this token appear under. A personal or OAuth
 * token answers `GET /user`; an installation token (GITHUB_TOKEN, a GitHub
 * App) gets 403 there, but the GraphQL `viewer` is its bot user
 * (`github-actions[bot]`, `<app-slug>[bot]`). When neither answers, the
 * GITHUB_TOKEN's bot is assumed: the worst case is a second comment, never an
 * edit of somebody else's.
 */
export async function tokenLogin(client: GitHubClient): Promise<string> {
  try {
    const user = await client.get('/user', z.looseObject({ login: z.string().check(z.minLength(1)) }));
    return user.login;
  } catch {
    // An installation token: ask GraphQL below.
  }
  try {
    const answer = await client.graphql(
      'query { viewer { login } }',
      z.looseObject({ viewer: z.looseObject({ login: z.string().check(z.minLength(1)) }) }),
    );
    return answer.viewer.login;
  } catch {
    return ACTIONS_BOT_LOGIN;
  }
}

/**
 * lockgate's own sticky comment on an issue (the oldest, when there are
 * several), or undefined when it has none; throws when the comments cannot be
 * read.
 */
export async function findComment(client: GitHubClient, target: CommentTarget): Promise<ExistingComment | undefined> {
  return (await new StickyComments(client, target).own())[0];
}
