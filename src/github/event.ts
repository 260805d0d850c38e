/**
 * What a workflow event asks lockgate to compare (pure: event name and payload
 * in, a plan out).
 *
 * - `pull_request`: the workspace holds the PR (its merge commit, usually);
 *   base = `pull_request.base.sha`.
 * - `pull_request_target`: the workspace holds the BASE branch. The head is read
 *   from the PR head commit's objects or the contents API at `head.sha`, never
 *   checked out or run.
 * - `merge_group`: `merge_group.base_sha` .. `merge_group.head_sha`.
 * - `push`: `before` .. `after`; a `before` of zeros (a new branch) is an empty base.
 * - `workflow_dispatch`, `schedule` and anything else: no base; every version
 *   in the workspace is checked (mode `all`).
 */

import { isRecord } from '../core/guards.js';

/** Where the head side of the comparison lives. */
export type HeadSource =
  /** The checked-out workspace (its HEAD commit when it is a git checkout). */
  | { kind: 'workspace'; sha?: string }
  /** A commit that is not checked out: git objects when present, else the contents API. */
  | { kind: 'commit'; sha: string };

/** The comparison an event asks for. */
export interface EventPlan {
  event: string;
  /** The base commit; undefined = an empty base (a new branch) or no base at all (`all` events). */
  baseSha?: string;
  head: HeadSource;
  /** Whether the event has a base to diff against; false forces mode `all`. */
  hasBase: boolean;
  /** The pull request, for the changed-files check and the sticky comment. */
  pullNumber?: number;
  /** Files the PR changes, as the event says (used to decide whether the list can be trusted). */
  changedFiles?: number;
  /** Where the config file is read from: the base commit for PR events, so a PR cannot exempt itself. */
  trustedConfigFrom: 'base' | 'head';
  /** Names of the pull request's labels when the event was sent (for `override-label`). */
  labels?: string[];
  /** The label this event added (a `labeled` event): only a label added after the latest push lifts its holds. */
  labeled?: string;
}

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** Build the plan for an event, or throw one sentence when the payload lacks what the event must carry. */
export function planForEvent(event: string, payload: unknown): EventPlan {
  const p = isRecord(payload) ? payload : {};
  switch (event) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = record(p.pull_request);
      const number = typeof pr.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : undefined;
      const baseSha = sha(record(pr.base).sha, `${event} payload pull_request.base.sha`);
      const headSha = sha(record(pr.head).sha, `${event} payload pull_request.head.sha`);
      if (number === undefined) throw new Error(`The ${event} event payload has no pull_request.number.`);
      return {
        event,
        baseSha,
        head: event === 'pull_request' ? { kind: 'workspace', sha: headSha } : { kind: 'commit', sha: headSha },
        hasBase: true,
        pullNumber: number,
        ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
        trustedConfigFrom: 'base',
        labels: Array.isArray(pr.labels)
          ? pr.labels.flatMap((l: unknown) => (isRecord(l) && typeof l.name === 'string' ? [l.name] : []))
          : [],
        ...(p.action === 'labeled' && typeof record(p.label).name === 'string'
          ? { labeled: record(p.label).name as string }
          : {}),
      };
    }
    case 'merge_group': {
      const group = record(p.merge_group);
      return {
        event,
        baseSha: sha(group.base_sha, 'merge_group payload merge_group.base_sha'),
        head: { kind: 'workspace', sha: sha(group.head_sha, 'merge_group payload merge_group.head_sha') },
        hasBase: true,
        trustedConfigFrom: 'base',
      };
    }
    case 'push': {
      const after = sha(p.after, 'push payload after');
      const before =
        typeof p.before === 'string' && !ZERO_SHA.test(p.before) ? sha(p.before, 'push payload before') : undefined;
      return {
        event,
        ...(before ? { baseSha: before } : {}),
        head: { kind: 'workspace', sha: after },
        hasBase: true,
        trustedConfigFrom: 'head',
      };
    }
    default:
      return { event, head: { kind: 'workspace' }, hasBase: false, trustedConfigFrom: 'head' };
  }
}

function sha(value: unknown, what: string): string {
  if (typeof value === 'string' && SHA.test(value)) return value;
  throw new Error(`The ${what} is missing or not a commit SHA.`);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
