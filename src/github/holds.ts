/**
 * A hold must clear without anyone clicking. A pull request run that fails
 * only because of holds (versions younger than `min-release-age`, with no other
 * fail-level signal, no finding, no error) writes a hidden marker into its
 * sticky comment:
 *
 *   <!-- lockgate:held {"run":123,"job":"lockgate","sha":"<head sha>","until":"2025-09-11T13:16:00Z"} -->
 *
 * The scheduled run (`rerun-held: true`) lists the open pull requests, reads
 * each one's sticky comment, and for a marker whose `until` has passed and
 * whose `sha` is still the pull request's head, re-runs the failed jobs of that
 * workflow run named `job` (`POST /repos/{o}/{r}/actions/jobs/{id}/rerun`).
 * The re-run checks again and rewrites (or drops) the marker. A comment without
 * a marker (findings, errors, a signal that never ends) is never re-run.
 */
import { messagesAt, verdictCounts, type Report } from '../core/report.js';

import { signalGroups } from '../outputs/signals.js';

import * as z from 'zod/mini';
import type { GitHubClient, RepoRef } from './client.js';
import { describeHttpError, repoPath } from './client.js';
import { findComment } from './comment.js';

/** The fields of the Actions and pulls answers the re-run reads; an answer without them is a failure that names them. */
const OPEN_PULL = z.looseObject({ number: z.number(), head: z.looseObject({ sha: z.string() }) });
const RUN = z.looseObject({
  id: z.number(),
  head_sha: z.string(),
  status: z.nullable(z.string()),
  conclusion: z.nullable(z.string()),
});
const JOB = z.looseObject({ id: z.number(), name: z.string(), conclusion: z.nullable(z.string()) });

const PREFIX = '<!-- lockgate:held ';

export interface HoldMarker {
  /** GITHUB_RUN_ID of the run that held. */
  run: number;
  /** GITHUB_JOB of the job that held (its id in the workflow, also its name unless `name:` is set). */
  job: string;
  /** The pull request head the verdict is about. */
  sha: string;
  /** When every hold has ended: the latest eligibleAt. */
  until: string;
}

/** The held-until time when the report fails only because of holds, else undefined. */
export function heldUntil(report: Report): string | undefined {
  const counts = verdictCounts(report);
  if (messagesAt(report, 'error').length || counts.findings || counts.suspicious) return undefined;
  const failing = signalGroups(report).filter((g) => g.fails);
  if (!failing.length || failing.some((g) => !g.eligibleAt)) return undefined;
  return failing.map((g) => g.eligibleAt!).sort()[failing.length - 1];
}

/** The hidden marker line for a comment body. */
export function holdMarker(marker: HoldMarker): string {
  return `${PREFIX}${JSON.stringify(marker)} -->`;
}

/** The marker a comment body carries, if any (checked field by field: a comment can be edited by anyone with write access). */
export function readHoldMarker(body: string): HoldMarker | undefined {
  const start = body.indexOf(PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  if (end < 0) return undefined;
  try {
    const raw = JSON.parse(body.slice(start + PREFIX.length, end)) as Record<string, unknown>;
    const { run, job, sha, until } = raw;
    if (
      typeof run !== 'number' ||
      !Number.isSafeInteger(run) ||
      typeof job !== 'string' ||
      !/^[\w.-]{1,100}$/.test(job) ||
      typeof sha !== 'string' ||
      !/^[0-9a-f]{40}$/.test(sha) ||
      typeof until !== 'string' ||
      Number.isNaN(Date.parse(until))
    )
      return undefined;
    return { run, job, sha, until };
  } catch {
    return undefined;
  }
}

/** What the scheduled pass did with one pull request, for the log. */
export interface RerunOutcome {
  pull: number;
  action: 'rerun' | 'waiting' | 'stale' | 'none' | 'failed';
  detail: string;
}

/**
 * Re-runs the held lockgate jobs whose holds have ended (`now`, ms). Never
 * throws: a pull request that cannot be handled is reported and skipped.
 */
export async function rerunEndedHolds(client: GitHubClient, repo: RepoRef, now: number): Promise<RerunOutcome[]> {
  const outcomes: RerunOutcome[] = [];
  const pulls = await client.paginate(repoPath(repo, '/pulls?state=open'), OPEN_PULL);
  for (const pr of pulls) {
    try {
      const comment = await findComment(client, { ...repo, issueNumber: pr.number });
      const marker = comment && readHoldMarker(comment.body);
      if (!marker) {
        outcomes.push({ pull: pr.number, action: 'none', detail: 'no hold' });
        continue;
      }
      if (marker.sha !== pr.head.sha) {
        outcomes.push({ pull: pr.number, action: 'stale', detail: 'the pull request has new commits since the hold' });
        continue;
      }
      if (Date.parse(marker.until) > now) {
        outcomes.push({ pull: pr.number, action: 'waiting', detail: `held until ${marker.until}` });
        continue;
      }
      const run = await client.get(repoPath(repo, `/actions/runs/${marker.run}`), RUN);
      if (run.status !== 'completed' || run.conclusion !== 'failure' || run.head_sha !== marker.sha) {
        outcomes.push({
          pull: pr.number,
          action: 'none',
          detail:
            run.head_sha !== marker.sha
              ? `run ${marker.run} checked commit ${run.head_sha.slice(0, 12)}, not the held ${marker.sha.slice(0, 12)}`
              : `run ${marker.run} is ${run.conclusion ?? run.status ?? 'in an unknown state'}, not failed`,
        });
        continue;
      }
      const jobs = await client.paginate(repoPath(repo, `/actions/runs/${marker.run}/jobs`), JOB, 'jobs');
      const held = jobs.filter(
        (j) => j.conclusion === 'failure' && (j.name === marker.job || j.name.startsWith(`${marker.job} (`)),
      );
      if (!held.length) {
        outcomes.push({
          pull: pr.number,
          action: 'none',
          detail: `no failed job named ${marker.job} in run ${marker.run}`,
        });
        continue;
      }
      for (const job of held) await client.post(repoPath(repo, `/actions/jobs/${job.id}/rerun`), {});
      outcomes.push({
        pull: pr.number,
        action: 'rerun',
        detail: `re-ran job ${held.map((j) => j.id).join(', ')} of run ${marker.run}: its holds ended at ${marker.until}`,
      });
    } catch (error) {
      outcomes.push({ pull: pr.number, action: 'failed', detail: describeHttpError(error) });
    }
  }
  return outcomes;
}
