import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  GitHubAdvisorySource,
  SourceUnavailableError,
  advisoryToOsv,
  chunkAffects,
  nextLink,
  parseVulnerableRange,
  type GitHubAdvisory,
  type GitHubAdvisoryOptions,
} from '../../src/advisories/github.js';
import type { OsvRecord } from '../../src/core/osv.js';
import {
  ghsaIdFor,
  githubRangeHolds,
  startGitHubAdvisoriesServer,
  type GitHubServer,
} from '../support/github-advisories-server.js';
import { recordListsVersion, snapshotRecords, startScriptedServer } from '../support/osv-server.js';
import { rejected } from '../helpers.js';



/** Quick retries; no wait is spent (a test that checks a wait records it). */
const FAST = { timeoutMs: 2000, maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, sleep: () => Promise.resolve() };
const TOKEN = 'ghp_lockgateTestToken0123456789abcdef';

function source(server: { url: string }, options: GitHubAdvisoryOptions = {}): GitHubAdvisorySource {
  return new GitHubAdvisorySource({ baseUrl: server.url, retry: FAST, ...options });
}

const unavailable = (promise: Promise<unknown>) => rejected(SourceUnavailableError, promise);

function snapshot(id: string): OsvRecord {
  const record = snapshotRecords().find((r) => r.id === id);
  if (!record) throw new Error(`${id} is not in data/osv`);
  return record;
}

/** A malware advisory written the way the REST API returns one, with a CVE and a withdrawal. */
const HAND_WRITTEN: GitHubAdvisory = {
  ghsa_id: 'GHSA-p83x-jmxp-hqcc',
  cve_id: 'CVE-2099-0001',
  html_url: 'https://github.com/advisories/GHSA-p83x-jmxp-hqcc',
  summary: 'Malware in globalize-bundle',
  description: 'Any computer that has this package installed or running should be considered fully compromised.',
  type: 'malware',
  severity: 'critical',
  identifiers: [
    { type: 'GHSA', value: 'GHSA-p83x-jmxp-hqcc' },
    { type: 'CVE', value: 'CVE-2099-0001' },
  ],
  references: ['https://example.com/report'],
  published_at: '2023-03-16T00:00:00Z',
  updated_at: '2023-03-17T00:00:00Z',
  withdrawn_at: '2023-04-01T00:00:00Z',
  vulnerabilities: [
    {
      package: { ecosystem: 'npm', name: 'globalize-bundle' },
      vulnerable_version_range: '>= 0',
      first_patched_version: null,
      vulnerable_functions: [],
    },
    {
      package: { ecosystem: 'pip', name: 'globalize-bundle' },
      vulnerable_version_range: '>= 0',
      first_patched_version: null,
      vulnerable_functions: [],
    },
  ],
  cwes: [{ cwe_id: 'CWE-506', name: 'Embedded Malicious Code' }],
};

/** An advisory whose range the parser cannot read. */
const UNREADABLE: GitHubAdvisory = {
  ghsa_id: 'GHSA-2222-3333-4444',
  type: 'malware',
  updated_at: '2020-01-01T00:00:00Z',
  vulnerabilities: [{ package: { ecosystem: 'npm', name: 'lockgate-odd-range' }, vulnerable_version_range: '~1.2' }],
};

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubAdvisoriesServer({ advisories: [HAND_WRITTEN] });
});
afterAll(() => server.close());
afterEach(() => server.reset());

describe('parseVulnerableRange', () => {
  it.each<[string | null, ReturnType<typeof parseVulnerableRange>]>([
    ['= 1.14.1', { versions: ['1.14.1'] }],
    ['1.0.2', { versions: ['1.0.2'] }],
    ['>= 0', { range: { type: 'SEMVER', events: [{ introduced: '0' }] } }],
    ['', { range: { type: 'SEMVER', events: [{ introduced: '0' }] } }],
    [null, { range: { type: 'SEMVER', events: [{ introduced: '0' }] } }],
    ['>= 1.0.16', { range: { type: 'SEMVER', events: [{ introduced: '1.0.16' }] } }],
    ['< 2.0.0, >= 1.0.0', { range: { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '2.0.0' }] } }],
    [
      '>= 4.1.1, <= 4.1.2',
      { range: { type: 'SEMVER', events: [{ introduced: '4.1.1' }, { last_affected: '4.1.2' }] } },
    ],
    ['<= 3.3.6', { range: { type: 'SEMVER', events: [{ introduced: '0' }, { last_affected: '3.3.6' }] } }],
    // A partial version is filled with zeros: "< 4" is "< 4.0.0", so 4.0.0-rc.1 is inside
    // (node-semver would read "< 4" as "< 4.0.0-0"; for malware the wider reading is the safer one).
    ['< 4', { range: { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.0.0' }] } }],
    ['> 1.2.3', { range: { type: 'SEMVER', events: [{ introduced: '1.2.4-0' }] } }],
    ['> 2.0.0-beta', { range: { type: 'SEMVER', events: [{ introduced: '2.0.0-beta.0' }] } }],
    ['~1.2', { error: 'unreadable constraint "~1.2"' }],
    ['>= 1.0.0 || < 0.5', { error: 'unreadable constraint ">= 1.0.0 || < 0.5"' }],
    ['>= 1, >= 2', { error: 'two lower bounds' }],
    ['= 1.0.0, < 2.0.0', { error: 'an exact version combined with bounds' }],
  ])('%j', (text, expected) => {
    expect(parseVulnerableRange(text)).toEqual(expected);
  });

  // Cross-check: node-semver reading GitHub's text and the test's own OSV evaluator
  // reading the mapped events must agree on every version.
  const VERSIONS = [
    '0.0.1',
    '0.9.9',
    '1.0.0-rc.1',
    '1.0.0',
    '1.0.15',
    '1.0.16',
    '1.2.3',
    '1.2.4-0',
    '1.2.4-alpha',
    '1.2.4',
    '1.9.9',
    '2.0.0-beta',
    '2.0.0',
    '3.3.6',
    '3.3.7',
    '4.1.1',
    '4.1.2',
    '4.1.3',
  ];
  it.each([
    '>= 0',
    '>= 1.0.16',
    '< 2.0.0, >= 1.0.0',
    '>= 4.1.1, <= 4.1.2',
    '<= 3.3.6',
    '> 1.2.3',
    '= 1.2.3',
    '< 2.0.0',
  ])('%j holds the same versions as OSV as it does for node-semver', (range) => {
    const { record } = advisoryToOsv({
      ghsa_id: 'GHSA-x',
      vulnerabilities: [{ package: { ecosystem: 'npm', name: 'p' }, vulnerable_version_range: range }],
    });
    const viaOsv = VERSIONS.filter((v) => recordListsVersion(record, 'p', v));
    const viaSemver = VERSIONS.filter((v) => githubRangeHolds(range, v));
    expect(viaOsv).toEqual(viaSemver);
    expect(viaSemver.length).toBeGreaterThan(0);
  });
});

describe('advisoryToOsv', () => {
  it('maps the REST shape to OSV: id, aliases, withdrawn, npm entries only, references', () => {
    const { record, problems } = advisoryToOsv(HAND_WRITTEN);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      id: 'GHSA-p83x-jmxp-hqcc',
      aliases: ['CVE-2099-0001'],
      summary: 'Malware in globalize-bundle',
      published: '2023-03-16T00:00:00Z',
      modified: '2023-03-17T00:00:00Z',
      withdrawn: '2023-04-01T00:00:00Z',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'globalize-bundle' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }],
        },
      ],
      references: [
        { type: 'ADVISORY', url: 'https://github.com/advisories/GHSA-p83x-jmxp-hqcc' },
        { type: 'WEB', url: 'https://example.com/report' },
      ],
      database_specific: { source: 'github', type: 'malware', cwe_ids: ['CWE-506'] },
    });
  });

  it('keeps an entry with an unreadable range, matching nothing, and reports it', () => {
    const { record, problems } = advisoryToOsv(UNREADABLE);
    expect(record.affected).toEqual([
      { package: { ecosystem: 'npm', name: 'lockgate-odd-range' }, database_specific: { unreadable_range: '~1.2' } },
    ]);
    expect(problems).toEqual([
      'GHSA-2222-3333-4444 (lockgate-odd-range): unreadable constraint "~1.2" in range "~1.2"',
    ]);
  });
});

describe('chunkAffects and nextLink', () => {
  it('chunks by count and by encoded length', () => {
    const entries = Array.from({ length: 120 }, (_, i) => `p${i}@1.0.0`);
    expect(chunkAffects(entries, 50, 2000).map((c) => c.split(',').length)).toEqual([50, 50, 20]);
    const long = Array.from({ length: 10 }, (_, i) => `@scope/${'x'.repeat(280)}${i}@1.0.0`);
    const chunks = chunkAffects(long, 50, 2000);
    expect(chunks.every((c) => c.length <= 2000)).toBe(true);
    expect(chunks.flatMap((c) => c.split(',')).map(decodeURIComponent)).toEqual(long);
  });

  it('finds rel="next" among several links', () => {
    expect(
      nextLink('<https://a/x?page=1>; rel="prev", <https://a/x?page=3>; rel="next", <https://a/x?page=9>; rel="last"'),
    ).toBe('https://a/x?page=3');
    expect(nextLink('<https://a/x?page=9>; rel="last"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('GitHubAdvisorySource against a fake GitHub API built from the real records', () => {
  it('finds malware advisories for affected versions only, as OSV records', async () => {
    const github = source(server);
    const records = await github.lookup([
      { name: 'postmark-mcp', version: '1.0.16' },
      { name: 'postmark-mcp', version: '1.0.15' },
      { name: 'axios', version: '1.14.1' },
      { name: 'axios', version: '1.7.0' },
      { name: '@ctrl/tinycolor', version: '4.1.2' },
      { name: 'globalize-bundle', version: '1.0.0' },
    ]);
    expect(records.map((r) => r.id).sort()).toEqual(
      [
        ghsaIdFor(snapshot('MAL-2025-47604')),
        'GHSA-fw8c-xr5c-95f9',
        'GHSA-qjqf-7j6f-82c4',
        'GHSA-p83x-jmxp-hqcc',
      ].sort(),
    );
    const axios = records.find((r) => r.id === 'GHSA-fw8c-xr5c-95f9');
    expect(axios?.affected?.flatMap((a) => a.versions ?? [])).toEqual(['0.30.4', '1.14.1']);
    const postmark = records.find((r) => r.affected?.[0]?.package?.name === 'postmark-mcp');
    expect(postmark?.affected?.[0]?.ranges).toEqual([{ type: 'SEMVER', events: [{ introduced: '1.0.16' }] }]);
    expect(github.status()).toEqual({ name: 'github', ok: true, records: 4, asOf: '2026-04-07T14:41:20.000Z' });
  });

  it('asks with type=malware, ecosystem=npm, per_page=100 and the documented headers; no token, no Authorization', async () => {
    await source(server).lookup([{ name: '@ctrl/tinycolor', version: '4.1.1' }]);
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    const params = new URL(request?.url ?? '', server.url).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      type: 'malware',
      ecosystem: 'npm',
      affects: '@ctrl/tinycolor@4.1.1',
      per_page: '100',
    });
    expect(request?.headers.accept).toBe('application/vnd.github+json');
    expect(request?.headers['x-github-api-version']).toBe('2022-11-28');
    expect(request?.headers.authorization).toBeUndefined();
  });

  it('sends the token as a Bearer header when given', async () => {
    await source(server, { token: TOKEN }).lookup([{ name: 'axios', version: '1.14.1' }]);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('takes the API root from GITHUB_API_URL when no base URL is given', async () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = server.url;
    try {
      await new GitHubAdvisorySource({ retry: FAST }).lookup([{ name: 'axios', version: '1.14.1' }]);
      expect(server.requests).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });

  it('splits 120 packages into requests of at most 50', async () => {
    const packages = Array.from({ length: 119 }, (_, i) => ({ name: `lockgate-bulk-${i}`, version: '1.0.0' }));
    packages.push({ name: 'axios', version: '1.14.1' });
    const records = await source(server).lookup(packages);
    const sizes = server.requests.map(
      (r) => (new URL(r.url, server.url).searchParams.get('affects') ?? '').split(',').length,
    );
    expect(sizes).toEqual([50, 50, 20]);
    expect(records.map((r) => r.id)).toEqual(['GHSA-fw8c-xr5c-95f9']);
  });

  it('follows Link rel="next" pages', async () => {
    const picked = ['MAL-2025-46967', 'MAL-2025-46969', 'MAL-2025-46974', 'MAL-2025-46980', 'MAL-2026-2307'].map(
      snapshot,
    );
    const paged = await startGitHubAdvisoriesServer({ records: picked, pageSize: 2 });
    try {
      const records = await source(paged).lookup([
        { name: 'ansi-styles', version: '6.2.2' },
        { name: 'chalk', version: '5.6.1' },
        { name: 'debug', version: '4.4.2' },
        { name: 'strip-ansi', version: '7.1.1' },
        { name: 'axios', version: '1.14.1' },
      ]);
      expect(records.map((r) => r.id).sort()).toEqual(picked.map(ghsaIdFor).sort());
      expect(paged.requests.map((r) => new URL(r.url, paged.url).searchParams.get('page'))).toEqual([null, '2', '3']);
    } finally {
      await paged.close();
    }
  });

  it('reports unreadable ranges in status().warning and still returns the advisory', async () => {
    server.addAdvisory(UNREADABLE);
    const github = source(server);
    // The fake server reads "~1.2" as node-semver does (1.2.x), so it returns the advisory for 1.2.0.
    const records = await github.lookup([{ name: 'lockgate-odd-range', version: '1.2.0' }]);
    expect(records.map((r) => r.id)).toEqual(['GHSA-2222-3333-4444']);
    expect(github.status().warning).toBe(
      '1 GitHub advisory range was unreadable and will match no version: GHSA-2222-3333-4444 (lockgate-odd-range): unreadable constraint "~1.2" in range "~1.2".',
    );
  });
});

describe('GitHubAdvisorySource faults', () => {
  const AXIOS = [{ name: 'axios', version: '1.14.1' }];

  it('retries HTTP 500 and succeeds', async () => {
    server.fault('/advisories', { kind: 'status', status: 500 }, 2);
    expect((await source(server).lookup(AXIOS)).map((r) => r.id)).toEqual(['GHSA-fw8c-xr5c-95f9']);
    expect(server.requests).toHaveLength(3);
  });

  it('waits out the secondary rate limit (403 + retry-after) and succeeds', async () => {
    server.fault('/advisories', { kind: 'status', status: 403, headers: { 'retry-after': '1' } }, 1);
    const slept: number[] = [];
    const github = source(server, { retry: { ...FAST, sleep: async (ms) => void slept.push(ms) } });
    expect((await github.lookup(AXIOS)).map((r) => r.id)).toEqual(['GHSA-fw8c-xr5c-95f9']);
    expect(server.requests).toHaveLength(2);
    expect(slept).toEqual([1000]);
  });

  it('waits out a 429 with Retry-After: 1 and succeeds', async () => {
    server.fault('/advisories', { kind: 'status', status: 429, headers: { 'retry-after': '1' } }, 1);
    const slept: number[] = [];
    await source(server, { retry: { ...FAST, sleep: async (ms) => void slept.push(ms) } }).lookup(AXIOS);
    expect(server.requests).toHaveLength(2);
    expect(slept).toEqual([1000]);
  });

  describe('a 404 is "no advisory database" only when the server has none', () => {
    const TWO = [...AXIOS, { name: 'lockgate-other', version: '1.0.0' }];

    it('a 404 that GET /advisories itself confirms: a note, no records, no failure', async () => {
      server.fault('/advisories', { kind: 'status', status: 404, body: '{"message":"Not Found"}' });
      const github = source(server);
      expect(await github.lookup(AXIOS)).toEqual([]);
      expect(github.status()).toMatchObject({ ok: true, records: 0 });
      expect(github.status().note).toContain('has no advisory database');
      // The chunk, then the dedicated probe without a filter.
      expect(server.requests.map((r) => new URL(r.url, server.url).searchParams.has('affects'))).toEqual([true, false]);
    });

    it('a 404 on the first chunk that the probe does not confirm is a failure', async () => {
      server.fault(/affects=/, { kind: 'status', status: 404, body: '{"message":"Not Found"}' });
      const error = await unavailable(source(server).lookup(AXIOS));
      expect(error.message).toContain('answered HTTP 404');
    });

    it('a 404 on a later chunk, after an earlier one answered, is a failure that keeps nothing back', async () => {
      server.fault(/affects=lockgate-other/, { kind: 'status', status: 404, body: '{"message":"Not Found"}' });
      const github = source(server, { maxPackagesPerRequest: 1 });
      const error = await unavailable(github.lookup(TWO));
      expect(error.message).toContain('answered HTTP 404');
      expect(github.status().ok).toBe(false);
      // No probe: once a chunk answered, the database exists.
      expect(server.requests.every((r) => r.url.includes('affects='))).toBe(true);
    });
  });

  it('fails on timeouts with a clear message', async () => {
    server.fault('/advisories', { kind: 'delay', ms: 2000 });
    const github = source(server, { retry: { ...FAST, timeoutMs: 200, maxAttempts: 2 } });
    const error = await unavailable(github.lookup(AXIOS));
    expect(error.message).toBe(
      `GitHub Advisory Database is unavailable: GET ${server.url}/advisories timed out after 0.2s (2 attempts).`,
    );
    expect(github.status()).toEqual({ name: 'github', ok: false, error: error.message });
  });

  it('retries a connection reset and succeeds', async () => {
    server.fault('/advisories', { kind: 'reset' }, 1);
    await source(server).lookup(AXIOS);
    expect(server.requests).toHaveLength(2);
  });

  it('reports malformed JSON', async () => {
    server.fault('/advisories', { kind: 'malformed' });
    const error = await unavailable(source(server).lookup(AXIOS));
    expect(error.message).toMatch(
      /^GitHub Advisory Database is unavailable: GET http:\/\/127\.0\.0\.1:\d+\/advisories answered malformed JSON/,
    );
  });

  it('never puts the token in an error message, whatever the failure', async () => {
    const faults = [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 401, body: '{"message":"Bad credentials"}' },
      { kind: 'reset' },
      { kind: 'malformed' },
      { kind: 'delay', ms: 1000 },
    ] as const;
    for (const fault of faults) {
      server.reset();
      server.fault('/advisories', fault);
      const github = source(server, { token: TOKEN, retry: { ...FAST, timeoutMs: 200, maxAttempts: 2 } });
      const error = await unavailable(github.lookup(AXIOS));
      expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      for (const text of [error.message, String(error.stack), JSON.stringify(github.status())]) {
        expect(text).not.toContain(TOKEN.slice(4));
      }
    }
  });

  it('refuses to follow a next page on another host (the token would go there)', async () => {
    const evil = await startScriptedServer(() => ({
      status: 200,
      json: [],
      headers: { link: '<http://127.0.0.2:9/advisories?page=2>; rel="next"' },
    }));
    try {
      const error = await unavailable(source(evil, { token: TOKEN }).lookup(AXIOS));
      expect(error.message).toBe(
        'GitHub Advisory Database is unavailable: GET /advisories linked a next page on another host.',
      );
      expect(evil.requests).toHaveLength(1);
    } finally {
      await evil.close();
    }
  });

  it('rejects an answer that is not a list of advisories', async () => {
    server.fault('/advisories', { kind: 'status', status: 200, body: '{"message":"oops"}' });
    const error = await unavailable(source(server).lookup(AXIOS));
    expect(error.message).toBe(
      'GitHub Advisory Database is unavailable: GET /advisories answered JSON that is not a list.',
    );
  });
});
