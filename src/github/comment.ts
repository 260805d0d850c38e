/**
 * One sticky PR comment, found by a hidden marker on its first line.
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

/** The first comment of the issue whose body starts with the marker. */
export async function findComment(client: GitHubClient, target: CommentTarget): Promise<ExistingComment | undefined> {
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of iterator) {
    const found = page.data.find((c) => (c.body ?? '').startsWith(COMMENT_MARKER));
    if (found) return { id: found.id, body: found.body ?? '' };
  }
  return undefined;
}
