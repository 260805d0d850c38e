import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OsvApiSource, SourceUnavailableError, isMalicious, type OsvApiOptions } from '../../src/advisories/osv-api.js';
import type { OsvRecord } from '../../src/core/osv.js';
import { snapshotRecords, startOsvServer, type OsvServer } from '../support/osv-server.js';
import { rejected } from '../helpers.js';



/** Quick retries; no wait is spent (a test that checks a wait records it). */
const FAST = { timeoutMs: 2000, maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, sleep: () => Promise.resolve() };

function source(server: OsvServer, options: OsvApiOptions = {}): OsvApiSource {
  return new OsvApiSource({ baseUrl: server.url, retry: FAST, ...options });
}

function ids(records: OsvRecord[]): string[] {
  return records.map((r) => r.id).sort();
}

function batches(
  server: OsvServer,
): { queries: { package: { name: string; ecosystem: string }; version: string; page_token?: string }[] }[] {
  return server.requests.filter((r) => r.pathname === '/v1/querybatch').map((r) => JSON.parse(r.body));
}

const unavailable = (promise: Promise<unknown>) => rejected(SourceUnavailableError, promise);

/** A record only the live server holds. */
const LIVE_ONLY: OsvRecord = {
  id: 'MAL-2099-1',
  modified: '2099-01-02T03:04:05Z',
  summary: 'Malicious code in lockgate-live-only-test (npm)',
  affected: [{ package: { ecosystem: 'npm', name: 'lockgate-live-only-test' }, versions: ['1.0.0'] }],
};

let server: OsvServer;
beforeAll(async () => {
  server = await startOsvServer();
  server.addRecord(LIVE_ONLY);
  // An ordinary vulnerability (not malware) on a package that also has none of the above.
  server.addRecord({
    id: 'GHSA-aaaa-bbbb-cccc',
    modified: '2024-01-01T00:00:00Z',
    affected: [
      {
        package: { ecosystem: 'npm', name: 'lockgate-plain-vuln' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }],
      },
    ],
  });
  // A GHSA record flagged malicious only through CWE-506.
  server.addRecord({
    id: 'GHSA-dddd-eeee-ffff',
    modified: '2024-02-01T00:00:00Z',
    database_specific: { cwe_ids: ['CWE-506'] },
    affected: [{ package: { ecosystem: 'npm', name: 'lockgate-cwe-only' }, versions: ['0.1.0'] }],
  });
});
afterAll(() => server.close());
afterEach(() => server.reset());

describe('records OSV.dev answers that cannot be read', () => {
  it('are counted and named in the status warning, never matched; the others still are', async () => {
    const broken = await startOsvServer({ records: [LIVE_ONLY] });
    try {
      broken.addRecord({
        id: 'MAL-2099-2',
        affected: [
          {
            package: { ecosystem: 'npm', name: 'lockgate-live-only-test' },
            versions: ['1.0.0'],
            ranges: 'every version' as unknown as [],
          },
        ],
      });
      const osv = source(broken);
      const records = await osv.lookup([{ name: 'lockgate-live-only-test', version: '1.0.0' }]);
      expect(ids(records)).toEqual(['MAL-2099-1']);
      expect(osv.status().warning).toMatch(
        /^1 record\(s\) OSV\.dev returned could not be read and were not matched; the first: record MAL-2099-2/,
      );
    } finally {
      await broken.close();
    }
  });
});

describe('OsvApiSource against a fake OSV.dev serving the real records', () => {
  it('returns the malicious records that cover the queried versions, and only those', async () => {
    const osv = source(server);
    const records = await osv.lookup([
      { name: 'postmark-mcp', version: '1.0.16' }, // MAL-2025-47604: introduced 1.0.16
      { name: 'postmark-mcp', version: '1.0.15' }, // before the range
      { name: 'axios', version: '1.14.1' }, // MAL-2026-2307 lists it
      { name: 'axios', version: '1.7.0' }, // not listed
      { name: 'debug', version: '4.4.2' }, // MAL-2025-46974
      { name: 'lockgate-live-only-test', version: '1.0.0' },
      { name: 'lockgate-plain-vuln', version: '1.0.0' }, // returned by the server, not malware
      { name: 'lockgate-cwe-only', version: '0.1.0' },
    ]);
    expect(ids(records)).toEqual([
      'GHSA-dddd-eeee-ffff',
      'MAL-2025-46974',
      'MAL-2025-47604',
      'MAL-2026-2307',
      'MAL-2099-1',
    ]);
    // The full record came from GET /v1/vulns/{id}, not the querybatch summary.
    expect(records.find((r) => r.id === 'MAL-2026-2307')?.affected?.[0]?.versions).toEqual(['0.30.4', '1.14.1']);
  });

  it('sends the documented request shapes: one querybatch, then one GET per distinct id', async () => {
    await source(server).lookup([
      { name: 'axios', version: '1.14.1' },
      { name: 'axios', version: '1.14.1' },
      { name: 'axios', version: '0.30.4' },
      { name: '@ctrl/tinycolor', version: '4.1.1' },
    ]);
    expect(batches(server)).toEqual([
      {
        queries: [
          { package: { name: 'axios', ecosystem: 'npm' }, version: '1.14.1' },
          { package: { name: 'axios', ecosystem: 'npm' }, version: '0.30.4' },
          { package: { name: '@ctrl/tinycolor', ecosystem: 'npm' }, version: '4.1.1' },
        ],
      },
    ]);
    const gets = server.requests
      .filter((r) => r.method === 'GET')
      .map((r) => r.url)
      .sort();
    expect(gets).toEqual(['/v1/vulns/MAL-2025-47141', '/v1/vulns/MAL-2026-2307']);
  });

  it('makes no request for no packages', async () => {
    expect(await source(server).lookup([])).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('reports status: records contributed and asOf = newest modified among them', async () => {
    const osv = source(server);
    expect(osv.status().ok).toBe(false);
    await osv.lookup([
      { name: 'axios', version: '1.14.1' },
      { name: 'postmark-mcp', version: '2.0.0' },
    ]);
    // From the records themselves (data/osv): axios 2026-04-07T14:41:20Z is newer than postmark-mcp 2025-09-26.
    const modified = snapshotRecords().find((r) => r.id === 'MAL-2026-2307')?.modified;
    expect(osv.status()).toEqual({ name: 'osv', ok: true, records: 2, asOf: new Date(modified ?? '').toISOString() });
  });

  it('splits 2,500 queries into batches of at most 1,000', async () => {
    const packages = Array.from({ length: 2500 }, (_, i) => ({ name: `lockgate-bulk-${i}`, version: '1.0.0' }));
    packages[2499] = { name: 'axios', version: '1.14.1' };
    const records = await source(server).lookup(packages);
    expect(batches(server).map((b) => b.queries.length)).toEqual([1000, 1000, 500]);
    expect(ids(records)).toEqual(['MAL-2026-2307']);
  });

  it('follows next_page_token, re-sending only the queries that have more', async () => {
    const paged = await startOsvServer({
      pageSize: 1,
      records: snapshotRecords().filter((r) => r.id === 'MAL-2026-2307' || r.id === 'MAL-2025-46974'),
    });
    try {
      for (const n of [1, 2]) {
        paged.addRecord({
          id: `MAL-2099-10${n}`,
          affected: [{ package: { ecosystem: 'npm', name: 'axios' }, versions: ['1.14.1'] }],
        });
      }
      const records = await source(paged).lookup([
        { name: 'axios', version: '1.14.1' },
        { name: 'debug', version: '4.4.2' },
      ]);
      expect(ids(records)).toEqual(['MAL-2025-46974', 'MAL-2026-2307', 'MAL-2099-101', 'MAL-2099-102']);
      const sent = batches(paged);
      expect(sent).toHaveLength(3);
      expect(sent[0]?.queries.map((q) => q.page_token)).toEqual([undefined, undefined]);
      expect(sent[1]?.queries.map((q) => q.package.name)).toEqual(['axios']);
      expect(sent[1]?.queries[0]?.page_token).toEqual(expect.any(String));
      expect(sent[2]?.queries.map((q) => q.package.name)).toEqual(['axios']);
    } finally {
      await paged.close();
    }
  });
});

describe('OsvApiSource faults', () => {
  const AXIOS = [{ name: 'axios', version: '1.14.1' }];

  it('retries HTTP 500 twice on querybatch and succeeds', async () => {
    server.fault('/v1/querybatch', { kind: 'status', status: 500 }, 2);
    expect(ids(await source(server).lookup(AXIOS))).toEqual(['MAL-2026-2307']);
    expect(batches(server)).toHaveLength(3);
  });

  it('fails with SourceUnavailableError after 4 attempts of HTTP 500, and says so in status', async () => {
    server.fault('/v1/querybatch', { kind: 'status', status: 500 });
    const osv = source(server);
    const error = await unavailable(osv.lookup(AXIOS));
    expect(error.message).toBe(
      `OSV.dev is unavailable: POST ${server.url}/v1/querybatch answered HTTP 500 (4 attempts).`,
    );
    expect(error.source).toBe('osv');
    expect(batches(server)).toHaveLength(4);
    expect(osv.status()).toEqual({ name: 'osv', ok: false, error: error.message });
  });

  it('times out after the configured 200 ms and fails once retries are spent', async () => {
    server.fault('/v1/querybatch', { kind: 'delay', ms: 2000 });
    const error = await unavailable(
      source(server, { retry: { ...FAST, timeoutMs: 200, maxAttempts: 2 } }).lookup(AXIOS),
    );
    expect(error.message).toBe(
      `OSV.dev is unavailable: POST ${server.url}/v1/querybatch timed out after 0.2s (2 attempts).`,
    );
  });

  it('recovers from one slow answer', async () => {
    server.fault('/v1/querybatch', { kind: 'delay', ms: 2000 }, 1);
    expect(ids(await source(server, { retry: { ...FAST, timeoutMs: 200 } }).lookup(AXIOS))).toEqual(['MAL-2026-2307']);
    expect(batches(server)).toHaveLength(2);
  });

  it('retries a connection reset on GET /v1/vulns and succeeds', async () => {
    server.fault('/v1/vulns/', { kind: 'reset' }, 1);
    expect(ids(await source(server).lookup(AXIOS))).toEqual(['MAL-2026-2307']);
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });

  it('names a connection reset that does not stop', async () => {
    server.fault('/v1/vulns/', { kind: 'reset' });
    const error = await unavailable(source(server).lookup(AXIOS));
    expect(error.message).toBe(
      `OSV.dev is unavailable: GET ${server.url}/v1/vulns/MAL-2026-2307 failed: connection reset (4 attempts).`,
    );
  });

  it('waits out a 429 with Retry-After: 1 and succeeds', async () => {
    server.fault('/v1/querybatch', { kind: 'status', status: 429, headers: { 'retry-after': '1' } }, 1);
    const slept: number[] = [];
    const osv = source(server, { retry: { ...FAST, sleep: async (ms) => void slept.push(ms) } });
    expect(ids(await osv.lookup(AXIOS))).toEqual(['MAL-2026-2307']);
    expect(batches(server)).toHaveLength(2);
    expect(slept).toEqual([1000]);
  });

  it('reports malformed JSON without retrying', async () => {
    server.fault('/v1/querybatch', { kind: 'malformed' });
    const error = await unavailable(source(server).lookup(AXIOS));
    expect(error.message).toMatch(
      /^OSV\.dev is unavailable: POST http:\/\/127\.0\.0\.1:\d+\/v1\/querybatch answered malformed JSON/,
    );
    expect(batches(server)).toHaveLength(1);
  });

  it('rejects a querybatch answer whose results do not line up with the queries', async () => {
    const broken = await startOsvServer({ records: [] });
    broken.fault('/v1/querybatch', { kind: 'status', status: 200, body: '{"results": []}' });
    try {
      const error = await unavailable(source(broken).lookup(AXIOS));
      expect(error.message).toBe('OSV.dev is unavailable: querybatch answered 0 results for 1 queries.');
    } finally {
      await broken.close();
    }
  });
});

describe('isMalicious', () => {
  it.each<[string, OsvRecord, boolean]>([
    ['MAL- id', { id: 'MAL-2024-1' }, true],
    ['MAL- alias', { id: 'GHSA-1111-2222-3333', aliases: ['MAL-2024-9'] }, true],
    ['CWE-506 at the top', { id: 'GHSA-1', database_specific: { cwe_ids: ['CWE-79', 'CWE-506'] } }, true],
    [
      'CWE-506 as an affected cwe object',
      { id: 'GHSA-2', affected: [{ database_specific: { cwes: [{ cweId: 'CWE-506' }] } }] },
      true,
    ],
    [
      'an ordinary vulnerability',
      { id: 'GHSA-3', aliases: ['CVE-2024-1'], database_specific: { cwe_ids: ['CWE-79'] } },
      false,
    ],
    ['null database_specific', { id: 'GHSA-4', database_specific: null }, false],
  ])('%s → %s', (_label, record, expected) => {
    expect(isMalicious(record)).toBe(expected);
  });
});
