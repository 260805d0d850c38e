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
 *   annotations and the job summary still carry the report.
 */
import type { GitHubClient, RepoRef } from './client.js';
import { describeHttpError, httpStatus } from './client.js';



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
  url?: string;
  /** The one warning to show when the comment could not be written. */
  warning?: string;
}

/** The warning for a token that may not comment. */
export const PERMISSION_WARNING =
  'lockgate could not write its pull request comment: the token lacks the `pull-requests: write` permission (pull requests from forks always get a read-only token). Add `permissions: pull-requests: write` to the job to get the comment; the annotations and the job summary carry the full report.';

/** Find, then create or update the sticky comment. Never throws. */
export async function syncComment(
  client: GitHubClient,
  target: CommentTarget,
  state: CommentState,
): Promise<CommentOutcome> {
  if (state.mode === 'never') return { action: 'none' };
  try {
    const existing = await findComment(client, target);
    const action = decideComment(existing, state);
    if (action.kind === 'none') return { action: 'none' };
    const { data } =
      action.kind === 'create'
        ? await client.rest.issues.createComment({
            owner: target.owner,
            repo: target.repo,
            issue_number: target.issueNumber,
            body: action.body,
          })
        : await client.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: action.id,
            body: action.body,
          });
    return { action: action.kind, ...(data.html_url ? { url: data.html_url } : {}) };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return { action: 'failed', warning: PERMISSION_WARNING };
    return {
      action: 'failed',
      warning: `lockgate could not write its pull request comment: ${describeHttpError(error)}. The annotations and the job summary carry the full report.`,
    };
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
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login) return data.login;
  } catch {
    // An installation token: ask GraphQL below.
  }
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = answer.viewer?.login;
    if (typeof login === 'string' && login) return login;
  } catch {
    // fall through
  }
  return ACTIONS_BOT_LOGIN;
}

/**
 * The first comment of the issue whose body starts with the marker and whose
 * author is the token's identity. Comments by anyone else are ignored,
 * marker or not. The identity is asked for only when some comment carries
 * the marker.
 */
export async function findComment(client: GitHubClient, target: CommentTarget): Promise<ExistingComment | undefined> {
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  let login: Promise<string> | undefined;
  for await (const page of iterator) {
    for (const comment of page.data) {
      if (!(comment.body ?? '').startsWith(COMMENT_MARKER)) continue;
      login ??= tokenLogin(client);
      if (comment.user?.login === (await login)) return { id: comment.id, body: comment.body ?? '' };
    }
  }
  return undefined;
}
