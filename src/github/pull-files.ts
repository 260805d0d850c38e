/**
 * The files a pull request changes (`GET /repos/{o}/{r}/pulls/{n}/files`, paged),
 * so a PR that touches no lockfile is answered without reading or parsing any.
 *
 * A list is used only when it is shown to be whole; otherwise every lockfile
 * is compared (a full scan), which can only cost time:
 * - every page is an array of objects with a string `filename` (an empty,
 *   cut-off, HTML or other answer is asked for again, then fails);
 * - its length equals `changed_files` of `GET /pulls/{n}`, asked after the
 *   list (a missing count is a full scan);
 * - that answer's head is the commit the event named: after a force-push in
 *   between, a list without lockfiles could otherwise skip a head that
 *   changes them;
 * - the endpoint lists at most 3,000 files: a longer PR gets a full scan.
 */
import * as z from 'zod/mini';
import type { ChangedFile } from '../engine/pairing.js';
import { repoPath, type GitHubClient, type RepoRef } from './client.js';

/** The endpoint's documented maximum. */
export const MAX_LISTED_FILES = 3000;

/** The PR's files, or why every lockfile is compared instead. */
export type PullFileList = { files: ChangedFile[] } | { fullScan: string };

const PULL_FILE = z.looseObject({
  filename: z.string(),
  status: z.string(),
  previous_filename: z.optional(z.nullable(z.string())),
});

const PULL = z.looseObject({
  head: z.looseObject({ sha: z.string() }),
  changed_files: z.optional(z.nullable(z.number())),
});

/**
 * Every file the PR changes, or the reason the list cannot be shown to be
 * whole and to belong to `headSha` (the event's head commit). Throws when a
 * page cannot be read after retries; the caller compares every lockfile then.
 */
export async function listPullFiles(
  client: GitHubClient,
  repo: RepoRef,
  pullNumber: number,
  changedFiles: number | undefined,
  headSha: string | undefined,
): Promise<PullFileList> {
  if (headSha === undefined) return { fullScan: 'the event names no head commit to tie the list to' };
  if (changedFiles !== undefined && changedFiles >= MAX_LISTED_FILES) return tooMany(changedFiles);
  const files = await client.paginate(repoPath(repo, `/pulls/${pullNumber}/files`), PULL_FILE);
  if (files.length >= MAX_LISTED_FILES) return tooMany(files.length);
  // Asked after the list: if the head is still the event's, the list was made for it.
  const pull = await client.get(repoPath(repo, `/pulls/${pullNumber}`), PULL);
  if (pull.head.sha !== headSha)
    return { fullScan: "the file list could not be tied to the event's head commit (the pull request moved on)" };
  const count = pull.changed_files;
  if (typeof count !== 'number')
    return { fullScan: `GET /pulls/${pullNumber} gave no changed_files count to check the file list against` };
  if (count >= MAX_LISTED_FILES) return tooMany(count);
  if (count !== files.length)
    return {
      fullScan: `the file list has ${files.length} file${files.length === 1 ? '' : 's'}, but the pull request changes ${count}`,
    };
  return {
    files: files.map((f) => ({
      filename: f.filename,
      status: f.status,
      ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
    })),
  };
}

function tooMany(count: number): PullFileList {
  return { fullScan: `the pull request changes ${count} files; the API lists at most ${MAX_LISTED_FILES}` };
}
