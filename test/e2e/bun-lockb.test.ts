/**
 * The postmark-mcp demo repeated with bun.lockb: a pull request whose Bun 1.1
 * binary lockfile gains versions an incident list names, through the built CLI
 * (dist/cli.js) and the built action (dist/index.js). bun.lockb has no lines, so
 * each finding names the file alone and says which package.json line declares it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { ContentsTree } from '../../src/github/contents-tree.js';
import { createClient } from '../../src/github/client.js';
import { createRepo, lineOf, pullRequestPayload, runAction, scratch } from '../action/harness.js';
import { ROOT } from '../helpers.js';
import { cli } from '../support/cli.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';


const LOCKB = path.join(ROOT, 'test', 'fixtures', 'bun-lockb');
const tmp = scratch();
afterAll(() => tmp.cleanup());

/** The files of a fixture project: bun.lockb as bytes, the package.json files as text. */
function project(name: string): Record<string, string | Uint8Array> {
  const dir = path.join(LOCKB, name);
  return {
    'bun.lockb': readFileSync(path.join(dir, 'bun.lockb')),
    'package.json': readFileSync(path.join(dir, 'package.json'), 'utf8'),
    'local-pkg/package.json': readFileSync(path.join(dir, 'local-pkg', 'package.json'), 'utf8'),
  };
}

/** The line of `"name":` in a fixture's package.json, found in the text. */
const declared = (name: string) =>
  lineOf(readFileSync(path.join(LOCKB, 'basic-next-1.1.45', 'package.json'), 'utf8'), (l) =>
    l.trim().startsWith(`"${name}":`),
  );

const INCIDENTS = '# incident list\nescape-html@1.0.3\nms@2.1.2\n';

describe('a bun.lockb finding through dist/cli.js', () => {
  it('exits 1 and names bun.lockb with the declaring package.json line, direct and via a chain', async () => {
    const list = path.join(tmp.dir, 'incidents.txt');
    writeFileSync(list, INCIDENTS);
    const args = [
      '--base-dir',
      path.join(LOCKB, 'basic-1.1.45'),
      '--head-dir',
      path.join(LOCKB, 'basic-next-1.1.45'),
      '--offline',
      '--advisories',
      list,
    ];
    const text = await cli(args);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`bun.lockb (declared in package.json line ${declared('escape-html')}), direct`);
    expect(text.stdout).toContain(`bun.lockb (declared in package.json line ${declared('debug')}), via debug@4.3.4`);

    const json = await cli([...args, '--format', 'json']);
    const findings = (JSON.parse(json.stdout) as Report).lockfiles.flatMap((l) => l.findings);
    expect(findings.map((f) => [f.name, f.version, f.line, f.declared])).toEqual([
      ['escape-html', '1.0.3', 0, { file: 'package.json', line: declared('escape-html') }],
      ['ms', '2.1.2', 0, { file: 'package.json', line: declared('debug') }],
    ]);

    const sarif = await cli([...args, '--format', 'sarif']);
    const location = (JSON.parse(sarif.stdout) as { runs: { results: { locations: unknown[] }[] }[] }).runs[0]!
      .results[0]!.locations[0];
    // Repository-relative (the fixture lives in this repository); bun.lockb has no lines, so no region.
    expect(location).toEqual({
      physicalLocation: { artifactLocation: { uri: 'test/fixtures/bun-lockb/basic-next-1.1.45/bun.lockb' } },
    });
  });
});

describe('a bun.lockb finding through dist/index.js', () => {
  let server: GitHubApiServer;
  beforeAll(async () => {
    server = await startGitHubApiServer('acme', 'mail-assistant');
  });
  afterAll(async () => server.close());

  it('fails with an annotation on bun.lockb (no line) naming package.json, one comment and the summary', async () => {
    const config = { '.github/lockgate.yml': 'advisories:\n  - security/incidents.txt\n' };
    const incidents = { 'security/incidents.txt': INCIDENTS };
    const repo = createRepo(
      path.join(tmp.dir, 'repo'),
      { ...project('basic-1.1.45'), ...config, ...incidents },
      project('basic-next-1.1.45'),
    );
    server.setPullFiles(7, [
      { filename: 'bun.lockb', status: 'modified' },
      { filename: 'package.json', status: 'modified' },
    ]);
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: server.url,
      event: 'pull_request',
      payload: pullRequestPayload(7, repo.baseSha, repo.headSha),
      runnerDir: path.join(tmp.dir, 'runner'),
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(2);
    for (const line of errors) {
      expect(line).toMatch(/^::error title=[^,]*,file=bun\.lockb::/);
    }
    expect(errors[0]).toContain(`declared in package.json line ${declared('escape-html')}`);
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]!.body).toContain(`bun.lockb (declared in package.json line ${declared('escape-html')})`);
    expect(run.summary).toContain('2 malicious package versions');
    expect(run.outputs['finding-count']).toBe('2');
  }, 60_000);

  it('reads bun.lockb as bytes through the git blobs API when the commit is not checked out', async () => {
    const files = project('basic-next-1.3.5');
    server.addCommit('c'.repeat(40), files);
    const tree = new ContentsTree(
      createClient('ghs_test', server.url),
      { owner: 'acme', repo: 'mail-assistant' },
      'c'.repeat(40),
    );
    const bytes = await tree.readBytes('bun.lockb');
    expect(Buffer.from(bytes!).equals(Buffer.from(files['bun.lockb']!))).toBe(true);
    expect(await tree.readBytes('missing.lockb')).toBeUndefined();
  });
});
