/**
 * OSV.dev as a live advisory source (https://google.github.io/osv.dev/api/).
 *
 * `POST /v1/querybatch` answers, per query and in query order, only
 * `{vulns: [{id, modified}]}` (an empty object when nothing matched) and a
 * `next_page_token` when a query has more; those queries are sent again with
 * `page_token`. The full records then come from `GET /v1/vulns/{id}`. Only
 * malicious-package records are kept: a `MAL-` id or alias, or CWE-506
 * ("Embedded Malicious Code").
 */
import { isRecord } from '../core/guards.js';

import { validateRecord } from '../match/match.js';

import { isMalicious } from './records.js';

import type { OsvRecord, PackageQuery, SourceStatus } from '../core/osv.js';

import type { AdvisorySource } from './types.js';

import {
  HttpRequestError,
  SourceUnavailableError,
  describeFailure,
  mapLimit,
  requestJson,
  withDeadline,
  budgetFor,
  type RetryPolicy,
} from '../net/http.js';

export { SourceUnavailableError } from '../net/http.js';
export { isMalicious };

/** Settings of the OSV.dev source. */
export interface OsvApiOptions {
  /** API root (default `https://api.osv.dev`); tests point it at a loopback server. */
  baseUrl?: string;
  /** Queries per querybatch request; OSV.dev accepts at most 1,000 (the default). */
  batchSize?: number;
  /** `GET /v1/vulns/{id}` requests in flight at once (default 8). */
  concurrency?: number;
  /** Most querybatch rounds followed for one batch before giving up (default 50). */
  maxPages?: number;
  /** Timeouts, retries and waits for every request. */
  retry?: RetryPolicy;
}

/** Querybatch requests in flight at once. */
const BATCHES_IN_FLIGHT = 4;

/** OSV.dev's documented limit of queries per querybatch request. */
export const OSV_MAX_BATCH = 1000;

interface BatchQuery {
  package: { name: string; ecosystem: 'npm' };
  version: string;
  page_token?: string;
}

/** Live OSV.dev lookups, keeping only malicious-package records. */
export class OsvApiSource implements AdvisorySource {
  readonly name = 'osv';
  private readonly baseUrl: string;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly maxPages: number;
  private readonly retry: RetryPolicy;
  /** The retry policy of the lookup in progress: its requests share one deadline. */
  private policy: RetryPolicy = {};
  private state: SourceStatus = { name: 'osv', ok: false, error: 'not queried yet' };

  constructor(options: OsvApiOptions = {}) {
    this.baseUrl = (options.baseUrl ?? 'https://api.osv.dev').replace(/\/+$/, '');
    this.batchSize = Math.min(OSV_MAX_BATCH, Math.max(1, options.batchSize ?? OSV_MAX_BATCH));
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.maxPages = Math.max(1, options.maxPages ?? 50);
    this.retry = options.retry ?? {};
  }

  /** Malicious records OSV.dev holds for any of `packages`; throws SourceUnavailableError when OSV.dev cannot answer. */
  async lookup(packages: readonly PackageQuery[]): Promise<OsvRecord[]> {
    const startedAt = new Date().toISOString();
    const queries = distinctQueries(packages);
    // The deadline grows with the work: the batches, and about one record fetch per batch.
    const batchCount = Math.ceil(queries.length / this.batchSize);
    this.policy = withDeadline(this.retry, budgetFor(batchCount * 2, BATCHES_IN_FLIGHT, 10_000));
    try {
      const batches: BatchQuery[][] = [];
      for (let i = 0; i < queries.length; i += this.batchSize) batches.push(queries.slice(i, i + this.batchSize));
      // Batches run side by side, as the vuln fetches do: 20 batches at 1.5 s each take 6 s, not 30.
      const ids = new Set((await mapLimit(batches, BATCHES_IN_FLIGHT, (batch) => this.queryBatch(batch))).flat());
      const answers = await mapLimit([...ids].sort(), this.concurrency, (id) => this.fetchVuln(id));
      // Validated where they enter: a record that cannot be read is counted and named, never matched.
      const records: OsvRecord[] = [];
      const unreadable: string[] = [];
      for (const answer of answers) {
        const { record, error } = validateRecord(answer);
        if (record) records.push(record);
        else unreadable.push(error ?? 'not an OSV record');
      }
      const malicious = records.filter(isMalicious);
      this.state = {
        name: this.name,
        ok: true,
        records: malicious.length,
        asOf: newestModified(malicious) ?? startedAt,
        ...(unreadable.length
          ? {
              warning: `${unreadable.length} record(s) OSV.dev returned could not be read and were not matched; the first: ${unreadable[0]}`,
            }
          : {}),
      };
      return malicious;
    } catch (error) {
      const message = `OSV.dev is unavailable: ${describeFailure(error)}.`;
      this.state = { name: this.name, ok: false, error: message };
      throw new SourceUnavailableError(this.name, message);
    }
  }

  /** What the last lookup came to. */
  status(): SourceStatus {
    return { ...this.state };
  }

  /** Every vuln id OSV.dev returns for one batch of queries, following page tokens. */
  private async queryBatch(queries: BatchQuery[]): Promise<string[]> {
    const ids: string[] = [];
    let pending = queries;
    for (let round = 0; pending.length > 0; round++) {
      if (round >= this.maxPages) {
        throw new HttpRequestError(
          'json',
          `OSV.dev kept returning next_page_token after ${this.maxPages} rounds`,
          round,
        );
      }
      const { data } = await requestJson(
        // A query: safe to send again.
        { method: 'POST', url: `${this.baseUrl}/v1/querybatch`, body: { queries: pending }, idempotent: true },
        this.policy,
      );
      const results = readBatchResults(data, pending.length);
      const again: BatchQuery[] = [];
      results.forEach((result, index) => {
        for (const vuln of result.vulns) ids.push(vuln);
        if (result.nextPageToken) again.push({ ...(pending[index] as BatchQuery), page_token: result.nextPageToken });
      });
      pending = again;
    }
    return ids;
  }

  /** The record OSV.dev holds for `id`, as JSON: validated by the caller. */
  private async fetchVuln(id: string): Promise<unknown> {
    const { data } = await requestJson({ url: `${this.baseUrl}/v1/vulns/${encodeURIComponent(id)}` }, this.policy);
    return data;
  }
}

/** One query per distinct name@version, in first-seen order. */
function distinctQueries(packages: readonly PackageQuery[]): BatchQuery[] {
  const seen = new Set<string>();
  const out: BatchQuery[] = [];
  for (const p of packages) {
    const key = `${p.name}@${p.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ package: { name: p.name, ecosystem: 'npm' }, version: p.version });
  }
  return out;
}

/** Checks a querybatch answer's shape: `{results: [{vulns?: [{id}], next_page_token?}]}`, one per query. */
function readBatchResults(data: unknown, expected: number): { vulns: string[]; nextPageToken?: string }[] {
  const results = isRecord(data) ? data.results : undefined;
  if (!Array.isArray(results) || results.length !== expected) {
    const got = Array.isArray(results) ? `${results.length} results` : 'no results array';
    throw new HttpRequestError('json', `querybatch answered ${got} for ${expected} queries`, 1);
  }
  return results.map((result: unknown) => {
    if (!isRecord(result)) throw new HttpRequestError('json', 'querybatch answered a result that is not an object', 1);
    const vulns = result.vulns ?? [];
    if (!Array.isArray(vulns))
      throw new HttpRequestError('json', 'querybatch answered a `vulns` that is not a list', 1);
    const ids = vulns.map((v: unknown) => {
      if (!isRecord(v) || typeof v.id !== 'string') {
        throw new HttpRequestError('json', 'querybatch answered a vuln without an id', 1);
      }
      return v.id;
    });
    const token =
      typeof result.next_page_token === 'string' && result.next_page_token ? result.next_page_token : undefined;
    return token ? { vulns: ids, nextPageToken: token } : { vulns: ids };
  });
}

function newestModified(records: readonly OsvRecord[]): string | undefined {
  let newest: string | undefined;
  let newestMs = -Infinity;
  for (const r of records) {
    const ms = r.modified ? Date.parse(r.modified) : NaN;
    if (!Number.isNaN(ms) && ms > newestMs) {
      newestMs = ms;
      newest = new Date(ms).toISOString();
    }
  }
  return newest;
}
