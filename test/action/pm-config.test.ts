/**
 * The built action on pull requests that change only the package managers'
 * config: the file list names no lockfile, yet the install changes, so the
 * action must read and judge the config instead of answering "changes no
 * lockfile". Its benign twin (a README change) keeps the shortcut.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { EXAMPLE, filesOf, runOnPullRequestChanging, useGitHubStandIn } from './harness.js';

const PR = 9;
const gh = useGitHubStandIn();

const base = filesOf(path.join(EXAMPLE, 'base'));

function prChanging(files: Record<string, string>) {
  return runOnPullRequestChanging(gh, PR, { ...base, '.yarnrc.yml': 'nodeLinker: node-modules\n' }, files);
}

describe('a PR that changes only package-manager config', () => {
  it('.yarnrc.yml pointing at another registry with checksums off fails as policy, on the file', async () => {
    const run = await prChanging({
      '.yarnrc.yml':
        'nodeLinker: node-modules\nnpmRegistryServer: "https://npm.evil.example"\nchecksumBehavior: ignore\n',
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).not.toContain('changes no lockfile');
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations.some((l) => l.includes('file=.yarnrc.yml') && l.includes('line=2'))).toBe(true);
    expect(annotations.join('\n')).not.toMatch(/malicious|rotate/i);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
      fileFindings?: { key: string }[];
    };
    expect(report.fileFindings?.map((f) => f.key).sort()).toEqual(['checksumBehavior', 'npmRegistryServer']);
    expect(run.summary).toContain('policy finding');
  }, 60_000);

  it('a README change keeps the "changes no lockfile" shortcut', async () => {
    const run = await prChanging({ 'README.md': '# docs\n' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toContain('changes no lockfile');
  }, 60_000);

  it('a harmless .yarnrc.yml change is read and passes', async () => {
    const run = await prChanging({ '.yarnrc.yml': 'nodeLinker: pnp\n' });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.summary).not.toContain('changes no lockfile');
  }, 60_000);
});
