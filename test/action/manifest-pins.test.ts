/**
 * The built action on a pull request that changes only package.json to ask for a flagged version (an npm: alias
 * of postmark-mcp 1.0.16; see test/fixtures/pins/ for what the package managers then install). The file list names
 * no lockfile, yet the pin is looked up and the run is malicious on the package.json line. Its twin, a package.json
 * change that pins nothing, keeps the shortcut.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { EXAMPLE, filesOf, runOnPullRequestChanging, useGitHubStandIn } from './harness.js';

const PR = 11;
const gh = useGitHubStandIn();

const base = filesOf(path.join(EXAMPLE, 'base'));
const manifest = JSON.parse(base['package.json']!) as Record<string, Record<string, string>>;

function prChanging(files: Record<string, string>) {
  return runOnPullRequestChanging(gh, PR, base, files);
}

describe('a PR that changes only package.json', () => {
  it('an npm: alias of a flagged version is malicious, annotated on its package.json line', async () => {
    const head = { ...manifest, devDependencies: { ...manifest.devDependencies, mail: 'npm:postmark-mcp@1.0.16' } };
    const run = await prChanging({ 'package.json': `${JSON.stringify(head, null, 2)}\n` });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const line =
      JSON.stringify(head, null, 2)
        .split('\n')
        .findIndex((l) => l.includes('"mail"')) + 1;
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(
      annotations.some((l) => l.includes('file=package.json') && l.includes(`line=${line}`) && /Malicious/.test(l)),
    ).toBe(true);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
      verdict: string;
      manifestFindings?: { name: string; version: string }[];
    };
    expect(report.verdict).toBe('malicious');
    expect(report.manifestFindings?.map((f) => `${f.name}@${f.version}`)).toEqual(['postmark-mcp@1.0.16']);
    expect(run.summary).toContain('Malicious versions package.json asks for');
  }, 60_000);

  it('a change that pins nothing keeps the shortcut', async () => {
    const run = await prChanging({
      'package.json': `${JSON.stringify({ ...manifest, description: 'docs' }, null, 2)}\n`,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.summary).not.toContain('Malicious');
  }, 60_000);
});
