/**
 * Finding a commit's tree for the comparison: the local git objects when the
 * commit is there, a shallow fetch of just that commit when the checkout lacks
 * it (and fetching is allowed), else the contents API. Nothing is ever checked
 * out, so the action stays safe under `pull_request_target`.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../config/action-inputs.js';
import { plain } from '../core/escape.js';
import { isInside } from '../core/paths.js';
import { DirTree, GitTree, git, type Tree } from '../inputs/trees.js';
import type { GitHubClient, RepoRef } from './client.js';
import { ContentsTree } from './contents-tree.js';

/** Is `dir` the top of a git work tree (not merely inside another repository)? */
export async function isGitCheckout(dir: string): Promise<boolean> {
  try {
    const { stdout } = await git(dir, ['rev-parse', '--show-toplevel']);
    return (await realpath(stdout.trim())) === (await realpath(dir));
  } catch {
    return false;
  }
}

/** Does the repository in `dir` hold this commit's objects? */
export async function hasCommit(dir: string, sha: string): Promise<boolean> {
  try {
    await git(dir, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetch one commit, shallowly, from `origin`; false when that fails or does
 * not finish within `timeoutMs` (default: git's limit in inputs/trees.ts), so
 * the caller falls back to the API either way.
 */
export async function fetchCommit(dir: string, sha: string, timeoutMs?: number): Promise<boolean> {
  try {
    await git(dir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], timeoutMs);
    return hasCommit(dir, sha);
  } catch {
    return false;
  }
}

/** How a commit's tree is read, to say in the log. */
export interface ResolvedTree {
  tree: Tree;
  /** `files`: the workspace's files as they are, since it is not a git checkout. */
  how: 'git' | 'fetched' | 'api' | 'workspace' | 'files';
}

export interface CommitTreeOptions {
  workspace: string;
  /** A client for the contents API; without one a missing commit is an error. */
  client?: GitHubClient;
  repo: RepoRef;
  /** Try `git fetch --depth=1 origin <sha>` when the commit is missing. */
  fetch: boolean;
}

/** The tree of commit `sha`: git objects, a shallow fetch, or the contents API. */
export async function commitTree(sha: string, options: CommitTreeOptions): Promise<ResolvedTree> {
  const inGit = await isGitCheckout(options.workspace);
  if (inGit && (await hasCommit(options.workspace, sha)))
    return { tree: new GitTree(options.workspace, sha), how: 'git' };
  if (inGit && options.fetch && (await fetchCommit(options.workspace, sha))) {
    return { tree: new GitTree(options.workspace, sha), how: 'fetched' };
  }
  if (options.client) return { tree: new ContentsTree(options.client, options.repo, sha), how: 'api' };
  throw new Error(
    `Commit ${sha.slice(0, 12)} is not in the checkout and there is no github-token to read it through the API.`,
  );
}

/**
 * The workspace's committed state (HEAD) when it is a git checkout; its files
 * when it holds files without git (actions/checkout's API download); else
 * commit `sha` through the API (no checkout step at all).
 */
export async function workspaceTree(sha: string | undefined, options: CommitTreeOptions): Promise<ResolvedTree> {
  if (await isGitCheckout(options.workspace)) return { tree: new GitTree(options.workspace, 'HEAD'), how: 'workspace' };
  const hasFiles = await readdir(options.workspace).then(
    (names) => names.length > 0,
    () => false,
  );
  if (!hasFiles && sha && options.client)
    return { tree: new ContentsTree(options.client, options.repo, sha), how: 'api' };
  return { tree: new DirTree(options.workspace), how: 'files' };
}

/**
 * The folder the repository is checked out in: input `working-directory`
 * resolved under the workspace (actions/checkout's `path:`), else the
 * workspace. A folder that leaves the workspace, by `..`, an absolute path or
 * a symbolic link, is refused: lockgate reads the repository it was pointed
 * at, never the runner's other files.
 */
export async function checkoutDir(workspace: string, input: string | undefined): Promise<string> {
  if (!input) return workspace;
  const dir = path.resolve(workspace, input);
  const shown = `Input 'working-directory' (${plain(input, 200)})`;
  if (!isInside(workspace, dir))
    throw new InputError(
      `${shown} leaves the workspace ${plain(workspace, 200)}; name a folder inside it, such as actions/checkout's \`path:\`.`,
    );
  const [real, realWorkspace] = await Promise.all([
    realpath(dir).catch(() => undefined),
    realpath(workspace).catch(() => workspace),
  ]);
  const isDir =
    real !== undefined &&
    (await stat(real).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  if (!isDir)
    throw new InputError(
      `${shown} is not a folder in the workspace; check out the repository there first (actions/checkout with \`path:\`).`,
    );
  if (!isInside(realWorkspace, real))
    throw new InputError(
      `${shown} is a symbolic link that leaves the workspace ${plain(workspace, 200)}; name a folder inside it.`,
    );
  return dir;
}
