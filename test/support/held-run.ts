/**
 * A pull request held by lockgate, as the scheduled re-run finds it on the
 * GitHub stand-in: a failed workflow run at the held head (its lockgate job
 * failed, another job failed too, one passed) and the sticky comment with the
 * hold marker.
 */
import { holdMarker } from '../../src/github/holds.js';
import type { GitHubApiServer } from './github-api-server.js';

export const HELD_RUN = 900;
/** The lockgate job of HELD_RUN: the only one a re-run may touch. */
export const HELD_JOB = 9001;

/** Add HELD_RUN, failed at `sha`. */
export function addHeldRun(server: GitHubApiServer, sha: string): void {
  server.addRun({
    id: HELD_RUN,
    headSha: sha,
    status: 'completed',
    conclusion: 'failure',
    jobs: [
      { id: HELD_JOB, name: 'lockgate', conclusion: 'failure' },
      { id: 9002, name: 'build', conclusion: 'failure' },
      { id: 9003, name: 'lint', conclusion: 'success' },
    ],
  });
}

/** The sticky comment of a PR whose lockgate job in HELD_RUN was held at `sha` until `until`. */
export function heldComment(sha: string, until: string): string {
  return `<!-- lockgate:sticky-comment -->\n## ⏸️ held\n${holdMarker({ run: HELD_RUN, job: 'lockgate', sha, until })}`;
}
