/**
 * A suggested version is never one an advisory covers, end to end through the
 * built CLI (dist/cli.js as a child process) against the registry, OSV and
 * GitHub stand-ins on 127.0.0.1: when the newest version old enough to pass the
 * hold is covered by an OSV MAL- record, a GitHub malware advisory or the
 * repository's own list, the next older one is suggested and a note names the
 * advisory; when the advisory sources cannot be asked about the candidates, no
 * version is suggested and a warning says why.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OsvRecord } from '../../src/core/osv.js';
import type { ReportJson } from '../../src/core/report.js';
import { cliTextAndJson } from '../support/cli.js';
import { pairFlags, standInFlags } from '../support/cli-flags.js';
import { startGitHubAdvisoriesServer, type GitHubServer } from '../support/github-advisories-server.js';
import { startOsvServer, type OsvServer } from '../support/osv-server.js';
import { startRegistryServer, type RegistryServer } from '../support/registry-server.js';
import { writeProject } from '../signals/lockfile-pairs.js';

/** A malware record that covers exactly these versions of chalkish (a made-up name: the snapshot knows none). */
function malware(id: string, versions: string[]): OsvRecord {
  return {
    id,
    modified: '2025-09-07T10:00:00Z',
    published: '2025-09-07T10:00:00Z',
    summary: `Malicious code in chalkish (npm)`,
    affected: [{ package: { ecosystem: 'npm', name: 'chalkish' }, versions }],
  };
}

let registry: RegistryServer;
const servers: { close(): Promise<void> }[] = [];
let tmp: string;
let counter = 0;

beforeAll(async () => {
  registry = await startRegistryServer([
    {
      name: 'chalkish',
      versions: {
        '5.5.0': { published: '2025-06-01T09:00:00.000Z' },
        '5.5.2': { published: '2025-07-01T09:00:00.000Z' },
        '5.6.0': { published: '2025-08-20T09:00:00.000Z' },
        '5.6.1': { published: '2025-09-08T13:16:00.000Z' },
      },
    },
  ]);
  registry.setNow(Date.parse('2025-09-08T15:00:00.000Z'));
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-suggest-advisories-'));
}, 60_000);
afterAll(async () => {
  await registry.close();
  await Promise.all(servers.map((s) => s.close()));
  rmSync(tmp, { recursive: true, force: true });
});

async function standIns(osvRecords: OsvRecord[], githubRecords: OsvRecord[]) {
  const osv: OsvServer = await startOsvServer({ records: osvRecords });
  const github: GitHubServer = await startGitHubAdvisoriesServer({ records: githubRecords });
  servers.push(osv, github);
  return { registry, osv, github };
}

/** chalkish 5.5.2 → 5.6.1 (two hours old, held) in an npm project that asks for ^5.5.0. */
async function run(flags: string[]) {
  const dir = path.join(tmp, `case-${++counter}`);
  writeProject(path.join(dir, 'base'), 'npm', [{ name: 'chalkish', version: '5.5.2', range: '^5.5.0' }]);
  writeProject(path.join(dir, 'head'), 'npm', [{ name: 'chalkish', version: '5.6.1', range: '^5.5.0' }]);
  const args = [...pairFlags(dir), '--no-content', ...flags];
  return cliTextAndJson<ReportJson>(args);
}

const suggested = (report: ReportJson) => report.lockfiles[0]!.suggestions?.map((s) => s.suggested);
const notes = (report: ReportJson) => report.messages.filter((m) => m.level === 'note').map((m) => m.message);

describe('suggested versions and the advisories', () => {
  it('with no advisory the newest version old enough is suggested', async () => {
    const { code, report } = await run(standInFlags(await standIns([], [])));
    expect(code).toBe(1);
    expect(suggested(report)).toEqual(['5.6.0']);
  }, 60_000);

  it('an OSV MAL- record on that version: the one below is suggested, and a note says why', async () => {
    const { code, text, report } = await run(standInFlags(await standIns([malware('MAL-2025-9001', ['5.6.0'])], [])));
    expect(code).toBe(1);
    expect(report.verdict).toBe('held');
    expect(suggested(report)).toEqual(['5.5.2']);
    expect(report.lockfiles[0]!.suggestions![0]!.edit).toBe('"chalkish": "5.5.2"');
    expect(text).toContain('use 5.5.2 instead, the newest of ^5.5.0 (in package.json) that passes today');
    expect(notes(report)).toContain(
      'The way out of chalkish@5.6.1 suggests 5.5.2, not a newer version that passes the registry rules: an advisory covers 5.6.0 (MAL-2025-9001).',
    );
  }, 60_000);

  it('a GitHub malware advisory on the newest and the own list on the next: the third is suggested', async () => {
    const list = path.join(tmp, 'incidents.txt');
    writeFileSync(list, '# our own\nchalkish@5.5.2\n');
    const stand = await standIns([], [malware('MAL-2025-9002', ['5.6.0'])]);
    const { code, report } = await run([...standInFlags(stand), '--advisories', list]);
    expect(code).toBe(1);
    expect(suggested(report)).toEqual(['5.5.0']);
    const note = notes(report).find((n) => n.startsWith('The way out of chalkish@5.6.1'));
    expect(note).toMatch(/suggests 5\.5\.0, .*an advisory covers 5\.6\.0 \(GHSA-[^)]+\), 5\.5\.2 \(LIST-[^)]+\)\.$/);
  }, 60_000);

  it('every version that passes the registry rules is covered: no suggestion, and a note says so', async () => {
    const { code, text, report } = await run(
      standInFlags(await standIns([malware('MAL-2025-9003', ['5.5.0', '5.5.2', '5.6.0'])], [])),
    );
    expect(code).toBe(1);
    expect(report.lockfiles[0]!.suggestions).toBeUndefined();
    expect(text).not.toContain('instead, the newest of');
    expect(notes(report)).toContain(
      'No version is suggested for chalkish@5.6.1: an advisory covers each of the 3 newest versions of ^5.5.0 that pass the registry rules today, 5.6.0 (MAL-2025-9003), 5.5.2 (MAL-2025-9003), 5.5.0 (MAL-2025-9003).',
    );
  }, 60_000);

  it('OSV answers about the held version but not about the candidates: no suggestion, with a warning', async () => {
    // The held version is covered by nothing (no record to fetch); the candidate is, and fetching its record fails.
    const stand = await standIns([malware('MAL-2025-9004', ['5.6.0'])], []);
    stand.osv.fault('/v1/vulns/', { kind: 'status', status: 500 });
    const { code, report } = await run([...standInFlags(stand), '--request-timeout', '5']);
    expect(code).toBe(1);
    expect(report.verdict).toBe('held');
    expect(report.sources.find((s) => s.name === 'osv')).toMatchObject({ state: 'answered' });
    expect(report.lockfiles[0]!.suggestions).toBeUndefined();
    const warning = report.messages.find(
      (m) => m.level === 'warning' && m.message.startsWith('No version is suggested'),
    );
    expect(warning?.message).toMatch(
      /^No version is suggested for chalkish@5\.6\.1: advisory source osv did not answer \(OSV\.dev is unavailable: .+\), so the versions that pass the registry rules could not be checked against the advisories\.$/,
    );
  }, 60_000);
});
