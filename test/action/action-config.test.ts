/**
 * The built action's config file, inputs and live advisory sources, end to end
 * (see action.test.ts for the setup).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as runCli } from '../support/cli.js';
import { ordinaryPackages, startRegistryServer } from '../support/registry-server.js';

import { EXAMPLE, createRepo, lineOf, pullRequestPayload, runAction, writeFiles, useGitHubStandIn } from './harness.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';
import { commandLines, postmarkLine, postmarkPr, properties, sideFiles } from './postmark-pr.js';

const PR = 7;
const gh = useGitHubStandIn();
const freshDir = gh.freshDir;
const { postmarkRepo, runPr } = postmarkPr(gh, PR);

describe('config file and inputs', () => {
  it('an expired ignore entry fails the run with exit 2 and says so', async () => {
    const config = [
      'ignore:',
      '  - package: postmark-mcp',
      '    versions: "1.0.16"',
      '    advisory: MAL-2025-47604',
      '    reason: vendored fork, reviewed',
      '    expires: 2024-01-31',
      '',
    ].join('\n');
    const repo = createRepo(
      freshDir('repo'),
      { ...sideFiles(EXAMPLE, 'base', 'package-lock.json'), '.github/lockgate.yml': config },
      sideFiles(EXAMPLE, 'head', 'package-lock.json'),
    );
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runPr(repo);
    expect(run.code).toBe(2);
    const errors = commandLines(run, 'error');
    expect(errors.some((l) => l.includes('expired on 2024-01-31'))).toBe(true);
    expect(run.summary).toContain('expired on 2024-01-31');
  }, 60_000);

  it('a valid ignore entry in the base config removes the finding and notes it', async () => {
    const config = [
      'ignore:',
      '  - package: postmark-mcp',
      '    versions: ">=1.0.16 <1.1.0"',
      '    advisory: MAL-2025-47604',
      '    reason: vendored fork, reviewed in #12',
      '    expires: 2099-01-31',
      '',
    ].join('\n');
    const repo = createRepo(
      freshDir('repo'),
      { ...sideFiles(EXAMPLE, 'base', 'package-lock.json'), '.github/lockgate.yml': config },
      sideFiles(EXAMPLE, 'head', 'package-lock.json'),
    );
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runPr(repo);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['finding-count']).toBe('0');
    expect(run.summary).toContain('Ignored MAL-2025-47604');
    // more than a year away: a warning, not an error
    expect(commandLines(run, 'warning').some((l) => l.includes('more than a year away'))).toBe(true);
  }, 60_000);

  it('config as owner/repo/path@ref: one policy read through the API with config-token', async () => {
    const policy = [
      'ignore:',
      '  - package: postmark-mcp',
      '    versions: ">=1.0.16 <1.1.0"',
      '    advisory: MAL-2025-47604',
      '    reason: org-wide exception, reviewed in security#7',
      '    expires: 2099-01-31',
      '',
    ].join('\n');
    const policySha = 'c0ffee'.padEnd(40, '0');
    gh.server.addCommit(policySha, { 'policies/lockgate.yml': policy });
    const repo = postmarkRepo();
    const run = await runPr(repo, {
      config: `acme/mail-assistant/policies/lockgate.yml@${policySha}`,
      'config-token': 'ghp_policyreader0000000000000000000000000',
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('Ignored MAL-2025-47604');
    const policyReads = gh.server.requests.filter((r) => r.pathname.includes('/contents/policies/lockgate.yml'));
    expect(policyReads.length).toBeGreaterThan(0);
    expect(
      policyReads.every((r) => r.headers.authorization === 'Bearer ghp_policyreader0000000000000000000000000'),
    ).toBe(true);
    expect(run.stdout).not.toContain('ghp_policyreader');
    // A policy file that is not there is an error, never "no config".
    const missing = await runPr(repo, { config: `acme/mail-assistant/policies/none.yml@${policySha}` });
    expect(missing.code).toBe(2);
    expect(commandLines(missing, 'error').some((l) => l.includes('policies/none.yml'))).toBe(true);
  }, 60_000);

  it('base-ref compares a push with a branch as a pull request would', async () => {
    const repo = postmarkRepo();
    const run = await runAction({
      workspace: repo.dir,
      event: 'push',
      payload: { before: '0'.repeat(40), after: repo.headSha },
      inputs: { 'base-ref': repo.baseSha, offline: 'true' },
      apiUrl: gh.server.url,
      runnerDir: freshDir('runner'),
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain('mode diff');
    expect(run.summary).toContain('upgraded from 1.0.15');
  }, 60_000);

  it('an ignore entry added by the PR itself does not apply', async () => {
    const config =
      'ignore:\n  - package: postmark-mcp\n    versions: "*"\n    advisory: MAL-2025-47604\n    reason: trust me\n    expires: 2099-01-01\n';
    const repo = createRepo(freshDir('repo'), sideFiles(EXAMPLE, 'base', 'package-lock.json'), {
      ...sideFiles(EXAMPLE, 'head', 'package-lock.json'),
      '.github/lockgate.yml': config,
    });
    gh.server.setPullFiles(PR, [
      { filename: 'package-lock.json', status: 'modified' },
      { filename: '.github/lockgate.yml', status: 'added' },
    ]);
    const run = await runPr(repo);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('applies once it is merged');
  }, 60_000);

  it('an advisory list entry removed by the PR itself still flags what the PR adds', async () => {
    const config = 'advisories:\n  - security/incidents.txt\n';
    const repo = createRepo(
      freshDir('repo'),
      {
        ...sideFiles(EXAMPLE, 'base', 'package-lock.json'),
        '.github/lockgate.yml': config,
        'security/incidents.txt': '# incident list\npostmark-mcp@1.0.16\n',
      },
      { ...sideFiles(EXAMPLE, 'head', 'package-lock.json'), 'security/incidents.txt': '# incident list\n' },
    );
    gh.server.setPullFiles(PR, [
      { filename: 'package-lock.json', status: 'modified' },
      { filename: 'security/incidents.txt', status: 'modified' },
    ]);
    const run = await runPr(repo);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.outputs['findings']!) as { name: string; advisories: string[] }[];
    expect(findings).toHaveLength(1);
    expect(findings[0]!.advisories.some((id) => id.startsWith('LIST-') && id.endsWith('incidents.txt:2'))).toBe(true);
    expect(run.summary).toContain('edits advisory list security/incidents.txt');
  }, 60_000);

  it('the CLI and the Action give the same verdict on the same repository and config', async () => {
    // The base config ignores the snapshot's finding on postmark-mcp and adds a list that flags async-function.
    const config = [
      'advisories:',
      '  - security/incidents.txt',
      'ignore:',
      '  - package: postmark-mcp',
      '    versions: "1.0.16"',
      '    advisory: MAL-2025-47604',
      '    reason: vendored fork, reviewed in #12',
      '    expires: 2099-01-31',
      '',
    ].join('\n');
    const lists = { '.github/lockgate.yml': config, 'security/incidents.txt': 'async-function@1.0.0\n' };
    const repo = createRepo(
      freshDir('repo'),
      { ...sideFiles(EXAMPLE, 'base', 'package-lock.json'), ...lists },
      sideFiles(EXAMPLE, 'head', 'package-lock.json'),
    );
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const action = await runPr(repo, { mode: 'all' });
    const cli = await runCli([
      '--head-dir',
      repo.dir,
      '--base',
      repo.baseSha,
      '--all',
      '--offline',
      '--format',
      'json',
    ]);
    const fromCli = (
      JSON.parse(cli.stdout) as { lockfiles: { findings: { name: string; version: string }[] }[] }
    ).lockfiles.flatMap((l) => l.findings.map((f) => `${f.name}@${f.version}`));
    const fromAction = (JSON.parse(action.outputs['findings']!) as { name: string; version: string }[]).map(
      (f) => `${f.name}@${f.version}`,
    );
    expect(fromAction).toEqual(['async-function@1.0.0']);
    expect(fromCli).toEqual(fromAction);
    expect([cli.code, action.code]).toEqual([1, 1]);
    expect(cli.stdout).toContain('Ignored MAL-2025-47604');
    expect(action.summary).toContain('Ignored MAL-2025-47604');
  }, 60_000);

  it('a lockfile the PR breaks fails the run with an error annotation on its file and line', async () => {
    const head = sideFiles(EXAMPLE, 'head', 'package-lock.json');
    // A merge-conflict marker left in the middle of the file, on a line of its own.
    const lines = head['package-lock.json']!.split('\n');
    lines.splice(20, 0, '<<<<<<< HEAD');
    const repo = createRepo(freshDir('repo'), sideFiles(EXAMPLE, 'base', 'package-lock.json'), {
      ...head,
      'package-lock.json': lines.join('\n'),
    });
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runPr(repo);
    expect(run.code).toBe(2);
    // The lockfile's error, and the flagged version the head's package.json still asks for (read without it).
    const errors = commandLines(run, 'error');
    expect(errors.map((e) => properties(e).file)).toEqual(['package-lock.json', 'package.json']);
    expect(properties(errors[0]!)).toMatchObject({ file: 'package-lock.json', line: '21' });
    expect(errors[0]).toMatch(/conflict/i);
    expect(errors[1]).toMatch(/postmark-mcp@1\.0\.16/);
  }, 60_000);

  it('warn-only passes with the annotation still present', async () => {
    const repo = postmarkRepo();
    const run = await runPr(repo, { 'warn-only': 'true' });
    expect(run.code).toBe(0);
    expect(properties(commandLines(run, 'error')[0]!)).toMatchObject({
      file: 'package-lock.json',
      line: String(postmarkLine()),
    });
    expect(run.outputs['finding-count']).toBe('1');
  }, 60_000);

  it('a bad input value exits 2 naming the input and the expected values', async () => {
    const repo = postmarkRepo();
    const run = await runPr(repo, { comment: 'sometimes' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Invalid input 'comment': 'sometimes'. Expected one of: on-findings, always, never.");
    expect(gh.server.calls()).toEqual([]);
  }, 60_000);

  it('writes a SARIF file with the lockfile line when sarif-file is set, and names it in the output', async () => {
    const repo = postmarkRepo();
    const run = await runPr(repo, { 'sarif-file': 'results/lockgate.sarif' });
    expect(run.code).toBe(1);
    expect(run.outputs['sarif-file']).toBe(path.join(repo.dir, 'results', 'lockgate.sarif'));
    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'results', 'lockgate.sarif'), 'utf8')) as {
      version: string;
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }[];
      }[];
    };
    const line = lineOf(
      readFileSync(path.join(EXAMPLE, 'head', 'package-lock.json'), 'utf8'),
      (l) => l.trim() === '"node_modules/postmark-mcp": {',
    );
    expect(sarif.version).toBe('2.1.0');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(1);
    expect(sarif.runs[0]!.results[0]!.ruleId).toBe('MAL-2025-47604');
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'package-lock.json' },
      region: { startLine: line },
    });
  }, 60_000);

  it('writes no SARIF for a run that ended in an error, and removes an old one, so no alert is closed', async () => {
    const config = ['ignore:', '  - package: postmark-mcp', '    expires: 2024-01-31', ''].join('\n');
    const repo = createRepo(
      freshDir('repo'),
      { ...sideFiles(EXAMPLE, 'base', 'package-lock.json'), '.github/lockgate.yml': config },
      sideFiles(EXAMPLE, 'head', 'package-lock.json'),
    );
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    writeFiles(repo.dir, { 'results/lockgate.sarif': '{"stale": true}' });
    const run = await runPr(repo, { 'sarif-file': 'results/lockgate.sarif' });
    expect(run.code).toBe(2);
    expect(existsSync(path.join(repo.dir, 'results', 'lockgate.sarif'))).toBe(false);
    expect(run.outputs['sarif-file']).toBeUndefined();
    expect(run.stdout).toContain('No SARIF written');
  }, 60_000);
});

describe('live advisory sources', () => {
  it('that do not answer degrade to a warning, or fail the run with require-live-sources', async () => {
    // The fake API serves neither OSV's /v1/querybatch nor GitHub's /advisories: both live sources fail.
    const repo = postmarkRepo();
    const payload = pullRequestPayload(PR, repo.baseSha, repo.headSha);
    // Registry signals read a local registry where every version is old and unremarkable.
    const registry = await startRegistryServer(
      await ordinaryPackages([path.join(EXAMPLE, 'head', 'package-lock.json')]),
    );
    const inputs = { offline: 'false', content: 'false', 'osv-url': gh.server.url, 'registry-url': registry.url };
    try {
      const degraded = await runPr(repo, inputs, payload);
      expect(degraded.code, degraded.stdout).toBe(1);
      expect(gh.server.calls()).toContain('POST /v1/querybatch');
      expect(commandLines(degraded, 'warning').some((l) => l.includes('did not answer'))).toBe(true);
      expect(degraded.outputs['finding-count']).toBe('1');

      const strict = await runPr(repo, { ...inputs, 'require-live-sources': 'true' }, payload);
      expect(strict.code).toBe(2);
      expect(commandLines(strict, 'error').some((l) => l.includes('Required advisory source'))).toBe(true);
    } finally {
      await registry.close();
    }
  }, 90_000);

  it('a GitHub Enterprise Server without the advisories endpoint (404) gives one note, not a warning', async () => {
    const repo = postmarkRepo();
    const payload = pullRequestPayload(PR, repo.baseSha, repo.headSha);
    // Registry signals read a local registry where every version is old and unremarkable.
    const registry = await startRegistryServer(
      await ordinaryPackages([path.join(EXAMPLE, 'head', 'package-lock.json')]),
    );
    const inputs = { offline: 'false', content: 'false', osv: 'false', 'registry-url': registry.url };
    try {
      const run = await runPr(repo, inputs, payload);
      expect(run.code, run.stdout).toBe(1);
      expect(gh.server.calls().filter((c) => c.startsWith('GET /advisories'))).toHaveLength(2);
      expect(gh.server.calls()).not.toContain('POST /v1/querybatch');
      expect(commandLines(run, 'warning')).toEqual([]);
      expect(run.summary).toContain('has no advisory database (GET /advisories answered 404');
      // Turned off, it is not asked at all.
      gh.server.reset();
      const off = await runPr(repo, { ...inputs, 'github-advisories': 'false' }, payload);
      expect(off.code).toBe(1);
      expect(gh.server.calls().filter((c) => c.includes('advisories') || c.includes('querybatch'))).toEqual([]);
    } finally {
      await registry.close();
    }
  }, 90_000);
});
