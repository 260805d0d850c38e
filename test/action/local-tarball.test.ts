/**
 * The built action on a pull request that swaps only a committed `file:` tarball's bytes
 * (test/fixtures/local-tarballs/npm: vendor/benign-1.0.0.tgz now holds postmark-mcp 1.0.16; npm ci installs
 * it, see head/INSTALLED.txt): no lockfile changes, so the "changes no lockfile" answer would pass it unread.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { ROOT } from '../helpers.js';
import { createRepoAsync, pullRequestPayload, runAction, useGitHubStandIn } from './harness.js';

const PR = 41;
const gh = useGitHubStandIn();
const CASE = path.join(ROOT, 'test', 'fixtures', 'local-tarballs', 'npm');
const side = (dir: string) => ({
  'package.json': readFileSync(path.join(CASE, dir, 'package.json'), 'utf8'),
  'package-lock.json': readFileSync(path.join(CASE, 'base', 'package-lock.json'), 'utf8'),
  'vendor/benign-1.0.0.tgz': readFileSync(path.join(CASE, dir, 'vendor', 'benign-1.0.0.tgz')),
});

async function prSwapping(dir: string) {
  const repo = await createRepoAsync(gh.freshDir('repo'), side('base'), side(dir));
  gh.server.setPullFiles(PR, [{ filename: 'vendor/benign-1.0.0.tgz', status: 'modified' }], repo.headSha);
  return runAction({
    workspace: repo.dir,
    apiUrl: gh.server.url,
    event: 'pull_request',
    payload: pullRequestPayload(PR, repo.baseSha, repo.headSha, { changedFiles: 1 }),
    runnerDir: gh.freshDir('runner'),
  });
}

describe('a pull request that changes only a committed tarball', () => {
  it('is read: the tarball holds postmark-mcp 1.0.16 under benign@1.0.0 (exit 1)', async () => {
    const run = await prSwapping('head');
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.summary).not.toContain('changes no lockfile');
    expect(run.outputs['verdict']).toBe('malicious');
    expect(run.stdout).toContain('holds postmark-mcp@1.0.16');
  }, 60_000);

  it('its benign twin (the same tarball bytes re-committed) passes (exit 0)', async () => {
    const run = await prSwapping('base');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['verdict']).toBe('clean');
  }, 60_000);
});
