/**
 * The built action when actions/checkout puts the repository in a subfolder
 * (`path: app`): the pull request's file list names package-lock.json, the
 * workspace's top has none. Without `working-directory` the run must stop
 * (exit 2) and say which input points lockgate at the checkout, never compare
 * an empty workspace and pass; with it the postmark-mcp upgrade fails as it
 * does at the top, and its benign twin passes. A folder outside the workspace
 * is refused.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import {
  EXAMPLE,
  createRepoAsync,
  filesOf,
  pullRequestPayload,
  runAction,
  useGitHubStandIn,
  type TestRepo,
} from './harness.js';

const PR = 31;
const gh = useGitHubStandIn();
const base = filesOf(path.join(EXAMPLE, 'base'));
const head = filesOf(path.join(EXAMPLE, 'head'));
/** The benign twin: package.json's description changes, the lockfile stays. */
const benign = {
  ...base,
  'package.json': base['package.json']!.replace('"version"', '"description": "mail helper",\n  "version"'),
};

/** A workspace with the repository checked out in `app/`, its commits on the GitHub stand-in as they are on GitHub. */
async function subfolderCheckout(headFiles: Record<string, string>): Promise<{ workspace: string; repo: TestRepo }> {
  const workspace = gh.freshDir('workspace');
  const repo = await createRepoAsync(path.join(workspace, 'app'), base, headFiles);
  gh.server.addCommit(repo.baseSha, base);
  gh.server.addCommit(repo.headSha, headFiles);
  const changed = Object.keys(headFiles).filter((f) => headFiles[f] !== base[f]);
  gh.server.setPullFiles(
    PR,
    changed.map((filename) => ({ filename, status: 'modified' })),
    repo.headSha,
  );
  return { workspace, repo };
}

function run(workspace: string, repo: TestRepo, inputs: Record<string, string> = {}) {
  return runAction({
    workspace,
    apiUrl: gh.server.url,
    event: 'pull_request',
    payload: pullRequestPayload(PR, repo.baseSha, repo.headSha),
    runnerDir: gh.freshDir('runner'),
    inputs,
  });
}

const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

describe('actions/checkout with path: app', () => {
  it('without working-directory: exit 2, naming the lockfile and the input, nothing compared', async () => {
    const { workspace, repo } = await subfolderCheckout(head);
    const r = await run(workspace, repo);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    const [error, ...more] = errors(r.stdout);
    expect(more).toEqual([]);
    expect(error).toContain('file=package-lock.json');
    expect(error).toMatch(/names package-lock\.json as added or modified, but .* not a git checkout, does not have it/);
    expect(error).toContain("set lockgate's `working-directory` input to that folder");
    expect(r.summary).toContain('working-directory');
  }, 60_000);

  it('with working-directory: app the postmark-mcp upgrade fails (exit 1) on the lockfile line', async () => {
    const { workspace, repo } = await subfolderCheckout(head);
    const r = await run(workspace, repo, { 'working-directory': 'app', 'sarif-file': 'lockgate.sarif' });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('head commit');
    expect(r.stdout).toContain('(checked out in the workspace)');
    expect(errors(r.stdout).some((l) => l.includes('file=package-lock.json') && /postmark-mcp/.test(l))).toBe(true);
    expect(r.outputs['verdict']).toBe('malicious');
    expect(r.outputs['finding-count']).toBe('1');
    // What lockgate writes stays relative to the workspace, where the upload step looks.
    expect(r.outputs['sarif-file']).toBe(path.join(workspace, 'lockgate.sarif'));
  }, 60_000);

  it('the benign twin with working-directory: app passes (exit 0)', async () => {
    const { workspace, repo } = await subfolderCheckout(benign);
    const r = await run(workspace, repo, { 'working-directory': 'app' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(errors(r.stdout)).toEqual([]);
    expect(r.stdout).not.toContain('not a git checkout');
  }, 60_000);

  it('a working-directory outside the workspace is refused in one sentence (exit 2), before anything is read', async () => {
    const { workspace, repo } = await subfolderCheckout(head);
    for (const dir of ['../elsewhere', path.dirname(workspace), 'app/../..']) {
      const r = await run(workspace, repo, { 'working-directory': dir });
      expect(r.code, r.stdout + r.stderr).toBe(2);
      const [error, ...more] = errors(r.stdout);
      expect(more).toEqual([]);
      expect(error).toMatch(/Input 'working-directory' \(.*\) leaves the workspace .*; name a folder inside it/);
      expect(gh.server.calls()).toEqual([]);
    }
    // A symbolic link inside the workspace that points out of it is refused the same way.
    symlinkSync(path.dirname(workspace), path.join(workspace, 'up'));
    const r = await run(workspace, repo, { 'working-directory': 'up' });
    expect(r.code).toBe(2);
    expect(errors(r.stdout)[0]).toContain('is a symbolic link that leaves the workspace');
    const missing = await run(workspace, repo, { 'working-directory': 'nope' });
    expect(missing.code).toBe(2);
    expect(errors(missing.stdout)[0]).toContain("Input 'working-directory' (nope) is not a folder in the workspace");
  }, 60_000);

  it('a pull request workspace that is not a git checkout says so', async () => {
    // The files are there (an API download, no .git): read as they are, with a warning that says so.
    const { workspace, repo } = await subfolderCheckout(head);
    const plain = gh.freshDir('workspace');
    mkdirSync(plain);
    cpSync(path.join(workspace, 'app'), plain, {
      recursive: true,
      filter: (src) => !src.split(path.sep).includes('.git'),
    });
    const r = await run(plain, repo);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('the files in the workspace, which is not a git checkout');
    const warning = r.stdout.split('\n').find((l) => l.startsWith('::warning') && l.includes('not a git checkout'));
    expect(warning).toContain('is not a git checkout, so the pull request');
  }, 60_000);
});
