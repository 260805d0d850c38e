/**
 * The files a pull request changes (`GET /repos/{o}/{r}/pulls/{n}/files`, paged),
 * so a PR that touches no lockfile is answered without reading or parsing any.
 * The endpoint lists at most 3,000 files; a longer PR gets no list (undefined)
 * and is scanned in full. The endpoint answers for the PR's head as it is when
 * asked, so the list counts only when the PR's head is still the commit the
 * event named: after a force-push in between, a list without lockfiles could
 * otherwise skip a head that changes them.
 */
import type { GitHubClient, RepoRef } from './client.js';
import type { ChangedFile } from '../engine/pairing.js';



/** The endpoint's documented maximum. */
export const MAX_LISTED_FILES = 3000;

/**
 * Every file the PR changes, or undefined when the list cannot be complete or
 * cannot be shown to belong to `headSha` (the event's head commit; without it
 * there is no list).
 */
export async function listPullFiles(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  changedFiles: number | undefined,
  headSha: string | undefined,
): Promise<ChangedFile[] | undefined> {
  if (headSha === undefined) return undefined;
  if (changedFiles !== undefined && changedFiles >= MAX_LISTED_FILES) return undefined;
  const files = await client.paginate(client.rest.pulls.listFiles, {
    owner: repo.owner,
    repo: repo.repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  if (files.length >= MAX_LISTED_FILES) return undefined;
  // Asked after the list: if the head is still the event's, the list was made for it.
  const { data: pull } = await client.rest.pulls.get({ owner: repo.owner, repo: repo.repo, pull_number: pullNumber });
  if (pull.head?.sha !== headSha) return undefined;
  return files.map((f) => ({
    filename: f.filename,
    status: f.status,
    ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
  }));
}

