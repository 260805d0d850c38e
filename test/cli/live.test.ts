import { messageTexts } from '../../src/core/report.js';
/**
 * The CLI (in-process) with its live sources pointed at real HTTP servers on 127.0.0.1
 * (OSV.dev's and GitHub's API shapes, serving the real records): a live-only
 * record is flagged, aliased records are one finding, and a failing source
 * degrades to the snapshot with a warning, or fails the run with --require-live.
 * Retry waits are recorded, not slept: the tests check the wait each one computed.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OsvRecord } from '../../src/core/osv.js';
import type { Report } from '../../src/core/report.js';
import { advisoriesOf, fixtureCases, ROOT } from '../helpers.js';
import { cli, recordRetryWaits } from '../support/cli.js';
import { startGitHubAdvisoriesServer, type GitHubServer } from '../support/github-advisories-server.js';
import { snapshotRecords, startOsvServer, type OsvServer } from '../support/osv-server.js';
import { ordinaryPackages, startRegistryServer, type RegistryServer } from '../support/registry-server.js';

let osv: OsvServer;
let github: GitHubServer;
let registry: RegistryServer;
const postmark = snapshotRecords().find((r) => r.id === 'MAL-2025-47604')!;

beforeAll(async () => {
  // The live OSV record of postmark-mcp has since gained a GHSA alias (the bundled snapshot's has none),
  // and GitHub knows it under that GHSA id: three sources, two ids, one finding.
  const aliased = { ...postmark, aliases: ['GHSA-9999-pmcp-mal1'] };
  osv = await startOsvServer({ records: snapshotRecords().map((r) => (r.id === postmark.id ? aliased : r)) });
  github = await startGitHubAdvisoriesServer({ records: [aliased] });
  // Registry signals read a local registry where every version is old and unremarkable.
  const fixture = fixtureCases().find((c) => c.name === 'pnpm9-changesets')!;
  registry = await startRegistryServer(
    await ordinaryPackages([
      path.join(ROOT, 'examples/postmark-mcp/head/package-lock.json'),
      path.join(fixture.dir, 'head', 'pnpm-lock.yaml'),
    ]),
  );
});
afterAll(async () => {
  await osv.close();
  await github.close();
  await registry.close();
});
let retries: ReturnType<typeof recordRetryWaits>;
beforeEach(() => {
  osv.reset();
  github.reset();
  retries = recordRetryWaits();
});
afterEach(() => retries.restore());

const env = { ...process.env, GITHUB_TOKEN: '' };
const example = ['--base-dir', 'examples/postmark-mcp/base', '--head-dir', 'examples/postmark-mcp/head'];
// The live advisory sources and registry signals; package content is tested in test/content/.
const live = () => [
  '--no-content',
  '--osv-url',
  osv.url,
  '--github-api-url',
  github.url,
  '--registry-url',
  registry.url,
  '--request-timeout',
  '1',
  '--format',
  'json',
];

describe('live advisory sources', () => {
  it('flags a version only the live source knows, under the live record id', async () => {
    const fixture = fixtureCases().find((c) => c.name === 'pnpm9-changesets')!;
    const pair = fixture.expected.set_diff.added[0]!;
    const at = pair.lastIndexOf('@');
    const liveOnly: OsvRecord = {
      id: 'MAL-2099-1',
      summary: `Malicious code in ${pair.slice(0, at)} (npm)`,
      modified: '2099-01-01T00:00:00Z',
      affected: [{ package: { ecosystem: 'npm', name: pair.slice(0, at) }, versions: [pair.slice(at + 1)] }],
    };
    osv.addRecord(liveOnly);
    const args = [
      '--base-dir',
      path.join(fixture.dir, 'base'),
      '--head-dir',
      path.join(fixture.dir, 'head'),
      ...live(),
    ];

    const offline = await cli([...args.slice(0, 4), '--offline', '--format', 'json'], env);
    expect(offline.code).toBe(0);

    const { code, stdout } = await cli(args, env);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    const findings = report.lockfiles.flatMap((l) => l.findings);
    expect(findings.map((f) => `${f.name}@${f.version}`)).toEqual([pair]);
    expect(advisoriesOf(findings[0]!).map((a) => [a.id, a.source])).toEqual([['MAL-2099-1', 'osv']]);
    expect(report.sources.map((s) => [s.name, s.ok])).toEqual([
      ['snapshot', true],
      ['osv', true],
      ['github', true],
      ['registry', true],
    ]);
    // Only the new versions were asked about, in one batch.
    const batches = osv.requests.filter((r) => r.pathname === '/v1/querybatch');
    expect(batches).toHaveLength(1);
    const asked = (JSON.parse(batches[0]!.body) as { queries: unknown[] }).queries.length;
    expect(asked).toBe(
      new Set(report.lockfiles.flatMap((l) => l.changes.flatMap((c) => c.to.map((v) => `${c.name}@${v}`)))).size,
    );
  });

  it('reports a version known to the snapshot, OSV and GitHub under aliased ids once', async () => {
    const { code, stdout } = await cli([...example, ...live()], env);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as Report).lockfiles.flatMap((l) => l.findings);
    expect(findings).toHaveLength(1);
    expect(advisoriesOf(findings[0]!)).toHaveLength(1);
    const advisory = advisoriesOf(findings[0]!)[0]!;
    expect(advisory.id).toBe('MAL-2025-47604');
    expect(advisory.aliases).toContain('GHSA-9999-pmcp-mal1');
    expect(advisory.sources).toEqual(['github', 'osv', 'snapshot']);
  });

  it('degrades to the snapshot with a visible warning when a live source fails', async () => {
    osv.fault('/v1/querybatch', { kind: 'status', status: 500 });
    const { code, stdout } = await cli([...example, ...live()], env);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    const ids = report.lockfiles[0]!.findings.flatMap((f) => advisoriesOf(f).map((a) => `${a.id} ${a.source}`));
    expect(ids).toContain('MAL-2025-47604 snapshot');
    const status = report.sources.find((s) => s.name === 'osv')!;
    expect(status.ok).toBe(false);
    expect(status.error).toMatch(/HTTP 500/);
    expect(messageTexts(report, 'warning').join('\n')).toMatch(/Advisory source osv did not answer/);
    expect(osv.requests.filter((r) => r.pathname === '/v1/querybatch').length).toBeGreaterThan(1);
    // Exponential backoff with jitter: each wait in [50%, 100%] of 500 ms doubled per retry.
    expect(retries.waits).toHaveLength(3);
    retries.waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(250 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(500 * 2 ** i);
    });

    const text = await cli([...example, ...live().slice(0, -2)], env);
    expect(text.stdout).toMatch(/osv: did not answer: .*HTTP 500/);
  });

  it('fails the run with --require-live when a live source fails', async () => {
    github.fault('/advisories', { kind: 'reset' });
    const { code, stderr, stdout } = await cli([...example, ...live(), '--require-live'], env);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^lockgate: Required advisory source github did not answer: /);
    expect(messageTexts(JSON.parse(stdout) as Report, 'error')).toHaveLength(1);
  });

  it('retries a rate-limited request after Retry-After and succeeds', async () => {
    osv.fault('/v1/querybatch', { kind: 'status', status: 429, headers: { 'retry-after': '1' } }, 1);
    const { code, stdout } = await cli([...example, ...live()], env);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.sources.every((s) => s.ok)).toBe(true);
    expect(messageTexts(report, 'warning', 'note')).toEqual([]);
    expect(osv.requests.filter((r) => r.pathname === '/v1/querybatch')).toHaveLength(2);
    expect(retries.waits).toEqual([1000]);
  });
});
