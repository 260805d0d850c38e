/**
 * The GitHub Advisory Database's malware advisories as a live source
 * (REST "List global security advisories", `GET /advisories`).
 *
 * Malware is only listed with `type=malware`. Packages are asked for with
 * `affects=name@version,...`, in chunks short enough for URL limits, and pages
 * are followed through the `Link: <...>; rel="next"` header. Each advisory is
 * turned into an OSV record so one matcher serves every source; see
 * `parseVulnerableRange` for how GitHub's version ranges become OSV events.
 */
import { githubApiUrl } from '../config/urls.js';

import type { OsvAffected, OsvRange, OsvRecord, PackageQuery, SourceStatus } from '../core/osv.js';

import type { AdvisorySource } from './types.js';

import {
  HttpRequestError,
  SourceUnavailableError,
  budgetFor,
  mapLimit,
  nextLink,
  requestJson,
  withDeadline,
  type RetryPolicy,
} from '../net/http.js';

import { describeFailure } from '../net/http.js';

export { SourceUnavailableError } from '../net/http.js';

/** `affects` chunks asked at once (GitHub's secondary limits allow far more; this keeps the run polite). */
const CHUNKS_IN_FLIGHT = 4;

/** Settings of the GitHub source. */
export interface GitHubAdvisoryOptions {
  /** API root; default `GITHUB_API_URL` from the environment, else the public API. */
  baseUrl?: string;
  /** Token sent as `Authorization: Bearer`; optional (the endpoint is public, but limits are lower without one). */
  token?: string;
  /** Most `name@version` entries in one `affects` parameter (default 50). */
  maxPackagesPerRequest?: number;
  /** Most characters of the encoded `affects` value in one request (default 2,000). */
  maxAffectsChars?: number;
  /** Most pages followed for one chunk (default 50). */
  maxPages?: number;
  /** Timeouts, retries and waits for every request. */
  retry?: RetryPolicy;
}

/** The fields of a global security advisory that are read (the REST API's shape). */
export interface GitHubAdvisory {
  ghsa_id: string;
  cve_id?: string | null;
  html_url?: string;
  summary?: string;
  description?: string | null;
  type?: string;
  severity?: string;
  identifiers?: { type?: string; value?: string }[];
  references?: (string | null)[] | null;
  published_at?: string | null;
  updated_at?: string | null;
  withdrawn_at?: string | null;
  vulnerabilities?:
    | {
        package?: { ecosystem?: string; name?: string | null } | null;
        vulnerable_version_range?: string | null;
        first_patched_version?: string | null;
        vulnerable_functions?: string[] | null;
      }[]
    | null;
  cwes?: { cwe_id?: string; name?: string }[] | null;
}

/** A GitHub range read as OSV: explicit versions, or one SEMVER range. */
export type ParsedRange = { versions: string[] } | { range: OsvRange };

/**
 * Reads a GitHub `vulnerable_version_range` into OSV terms. Accepted forms,
 * comma-separated constraints that must all hold:
 *   `= x` (or a bare `x`)  → versions [x]
 *   empty, `>= 0`          → introduced "0" (every version)
 *   `>= a`                 → introduced a
 *   `> a`                  → introduced at the next semver version after a
 *                            (`1.2.3` → `1.2.4-0`, `1.2.3-beta` → `1.2.3-beta.0`)
 *   `< b` / `<= b`         → fixed b / last_affected b
 * at most one lower and one upper bound. Versions may leave out minor and patch
 * (`< 2` means `< 2.0.0`). Anything else returns an error string.
 */
export function parseVulnerableRange(text: string | null | undefined): ParsedRange | { error: string } {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { range: semverRange([{ introduced: '0' }]) };
  let lower: { op: '>=' | '>'; version: string } | undefined;
  let upper: { op: '<' | '<='; version: string } | undefined;
  let exact: string | undefined;
  const parts = trimmed.split(',').map((p) => p.trim());
  for (const part of parts) {
    const m = /^(>=|<=|>|<|=)?\s*v?(\S+)$/.exec(part);
    const version = m ? normalizeVersion(m[2] ?? '') : undefined;
    if (!m || !version) return { error: `unreadable constraint "${part}"` };
    const op = m[1] ?? '=';
    if (op === '=') {
      if (exact !== undefined) return { error: 'two exact versions' };
      exact = version;
    } else if (op === '>=' || op === '>') {
      if (lower) return { error: 'two lower bounds' };
      lower = { op, version };
    } else {
      if (upper) return { error: 'two upper bounds' };
      upper = { op: op as '<' | '<=', version };
    }
  }
  if (exact !== undefined) {
    if (lower || upper) return { error: 'an exact version combined with bounds' };
    return { versions: [exact] };
  }
  const events: OsvRange['events'] = [];
  if (!lower || (lower.op === '>=' && isZero(lower.version))) events.push({ introduced: '0' });
  else events.push({ introduced: lower.op === '>=' ? lower.version : nextVersion(lower.version) });
  if (upper?.op === '<') events.push({ fixed: upper.version });
  if (upper?.op === '<=') events.push({ last_affected: upper.version });
  return { range: semverRange(events) };
}

function semverRange(events: NonNullable<OsvRange['events']>): OsvRange {
  return { type: 'SEMVER', events };
}

/** `1` → `1.0.0`, `1.2` → `1.2.0`, `1.2.3-rc.1+b` kept; undefined when not a version. */
function normalizeVersion(text: string): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(text);
  if (!m) return undefined;
  return `${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}${m[4] ?? ''}${m[5] ?? ''}`;
}

function isZero(version: string): boolean {
  return /^0\.0\.0$/.test(version);
}

/** The smallest semver version above `version` (build metadata is dropped, as semver ignores it). */
function nextVersion(version: string): string {
  const core = version.split('+')[0] ?? version;
  const dash = core.indexOf('-');
  if (dash !== -1) return `${core}.0`;
  const [major, minor, patch] = core.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}-0`;
}

/**
 * Turns one GitHub advisory into an OSV record. npm vulnerabilities only; a
 * range that cannot be read leaves that entry with no ranges (it matches
 * nothing) and is returned in `problems`, for the source's warning.
 */
export function advisoryToOsv(advisory: GitHubAdvisory): { record: OsvRecord; problems: string[] } {
  const problems: string[] = [];
  const affected: OsvAffected[] = [];
  for (const vuln of advisory.vulnerabilities ?? []) {
    const name = vuln.package?.name;
    if (!name || (vuln.package?.ecosystem ?? '').toLowerCase() !== 'npm') continue;
    const parsed = parseVulnerableRange(vuln.vulnerable_version_range);
    const entry: OsvAffected = { package: { ecosystem: 'npm', name } };
    if ('error' in parsed) {
      problems.push(
        `${advisory.ghsa_id} (${name}): ${parsed.error} in range ${JSON.stringify(String(vuln.vulnerable_version_range).slice(0, 60))}`,
      );
      entry.database_specific = { unreadable_range: vuln.vulnerable_version_range ?? null };
    } else if ('versions' in parsed) {
      entry.versions = parsed.versions;
    } else {
      entry.ranges = [parsed.range];
    }
    affected.push(entry);
  }
  const aliases = new Set<string>();
  if (advisory.cve_id) aliases.add(advisory.cve_id);
  for (const identifier of advisory.identifiers ?? []) {
    if (identifier.value && identifier.value !== advisory.ghsa_id) aliases.add(identifier.value);
  }
  const references = (advisory.references ?? [])
    .filter((url): url is string => typeof url === 'string' && url !== '')
    .map((url) => ({ type: 'WEB', url }));
  if (advisory.html_url) references.unshift({ type: 'ADVISORY', url: advisory.html_url });
  const record: OsvRecord = {
    id: advisory.ghsa_id,
    ...(aliases.size > 0 ? { aliases: [...aliases] } : {}),
    ...(advisory.summary ? { summary: advisory.summary } : {}),
    ...(advisory.description ? { details: advisory.description } : {}),
    ...(advisory.published_at ? { published: advisory.published_at } : {}),
    ...(advisory.updated_at ? { modified: advisory.updated_at } : {}),
    ...(advisory.withdrawn_at ? { withdrawn: advisory.withdrawn_at } : {}),
    affected,
    references,
    database_specific: {
      source: 'github',
      type: advisory.type ?? null,
      severity: advisory.severity ?? null,
      cwe_ids: (advisory.cwes ?? []).map((c) => c.cwe_id).filter((c): c is string => typeof c === 'string'),
    },
  };
  return { record, problems };
}

/**
 * Splits `name@version` entries into `affects` values of at most `maxItems`
 * entries and `maxChars` encoded characters (one over-long entry stands alone).
 */
export function chunkAffects(entries: readonly string[], maxItems: number, maxChars: number): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const entry of entries) {
    const encoded = encodeURIComponent(entry);
    const added = (current.length > 0 ? 1 : 0) + encoded.length;
    if (current.length > 0 && (current.length >= maxItems || length + added > maxChars)) {
      chunks.push(current.join(','));
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? 1 : 0) + encoded.length;
    current.push(encoded);
  }
  if (current.length > 0) chunks.push(current.join(','));
  return chunks;
}

export { nextLink } from '../net/http.js';

/** Live lookups in the GitHub Advisory Database's malware advisories. */
export class GitHubAdvisorySource implements AdvisorySource {
  readonly name = 'github';
  private readonly baseUrl: string;
  private readonly token: string | undefined;
  private readonly maxItems: number;
  private readonly maxChars: number;
  private readonly maxPages: number;
  private readonly retry: RetryPolicy;
  /** The retry policy of the lookup in progress: its requests share one deadline. */
  private policy: RetryPolicy = {};
  private state: SourceStatus = { name: 'github', ok: false, error: 'not queried yet' };
  /** Some request of the lookup in progress answered: a 404 after that is a failure, never "no database". */
  private answered = false;

  constructor(options: GitHubAdvisoryOptions = {}) {
    this.baseUrl = options.baseUrl ? options.baseUrl.replace(/\/+$/, '') : githubApiUrl(process.env);
    this.token = options.token || undefined;
    this.maxItems = Math.max(1, options.maxPackagesPerRequest ?? 50);
    this.maxChars = Math.max(1, options.maxAffectsChars ?? 2000);
    this.maxPages = Math.max(1, options.maxPages ?? 50);
    this.retry = options.retry ?? {};
  }

  /** Malware advisories affecting any of `packages`, as OSV records; throws SourceUnavailableError when GitHub cannot answer. */
  async lookup(packages: readonly PackageQuery[]): Promise<OsvRecord[]> {
    const startedAt = new Date().toISOString();
    this.answered = false;
    try {
      const entries = [...new Set(packages.map((p) => `${p.name}@${p.version}`))];
      const byId = new Map<string, OsvRecord>();
      const problems: string[] = [];
      let newest: number | undefined;
      const chunks = chunkAffects(entries, this.maxItems, this.maxChars);
      this.policy = withDeadline(this.retry, budgetFor(chunks.length, CHUNKS_IN_FLIGHT));
      // The first chunk alone: a 404 there may mean a server without the database (asked once more, below);
      // once it answered, a 404 on any later chunk is a failure like any other.
      const first = chunks.length ? [await this.listChunk(chunks[0]!)] : [];
      const rest = await mapLimit(chunks.slice(1), CHUNKS_IN_FLIGHT, (affects) => this.listChunk(affects));
      for (const chunk of [...first, ...rest]) {
        for (const advisory of chunk) {
          if (byId.has(advisory.ghsa_id)) continue;
          const mapped = advisoryToOsv(advisory);
          byId.set(advisory.ghsa_id, mapped.record);
          problems.push(...mapped.problems);
          const updated = advisory.updated_at ? Date.parse(advisory.updated_at) : NaN;
          if (!Number.isNaN(updated) && (newest === undefined || updated > newest)) newest = updated;
        }
      }
      const records = [...byId.values()];
      this.state = {
        name: this.name,
        ok: true,
        records: records.length,
        asOf: newest !== undefined ? new Date(newest).toISOString() : startedAt,
        ...(problems.length > 0 ? { warning: rangeWarning(problems) } : {}),
      };
      return records;
    } catch (error) {
      if (error instanceof HttpRequestError && error.status === 404 && !this.answered && (await this.hasNoDatabase())) {
        // GitHub Enterprise Server has no global advisory endpoint: nothing to ask, not a failure.
        this.state = {
          name: this.name,
          ok: true,
          records: 0,
          note: `${new URL(this.baseUrl).host} has no advisory database (GET /advisories answered 404, as GitHub Enterprise Server does), so the other sources were used; set the github-advisories input to false to stop asking.`,
        };
        return [];
      }
      const message = `GitHub Advisory Database is unavailable: ${describeFailure(error)}.`;
      this.state = { name: this.name, ok: false, error: message };
      throw new SourceUnavailableError(this.name, message);
    }
  }

  /**
   * The dedicated probe behind "no advisory database": `GET /advisories` with
   * no filter answers 404 too. Anything else (an answer, another failure)
   * makes the first 404 a failure of the lookup.
   */
  private async hasNoDatabase(): Promise<boolean> {
    try {
      await requestJson({ url: `${this.baseUrl}/advisories?per_page=1`, headers: this.headers() }, this.policy);
      return false;
    } catch (error) {
      return error instanceof HttpRequestError && error.status === 404;
    }
  }

  /** What the last lookup came to. */
  status(): SourceStatus {
    return { ...this.state };
  }

  /** Every advisory of one `affects` chunk, following `Link` pages on the same origin. */
  private async listChunk(affects: string): Promise<GitHubAdvisory[]> {
    const out: GitHubAdvisory[] = [];
    let url: string | undefined =
      `${this.baseUrl}/advisories?type=malware&ecosystem=npm&affects=${affects}&per_page=100`;
    const origin = new URL(this.baseUrl).origin;
    for (let page = 0; url; page++) {
      if (page >= this.maxPages) {
        throw new HttpRequestError(
          'json',
          `GET /advisories kept linking a next page after ${this.maxPages} pages`,
          page,
        );
      }
      const response = await requestJson({ url, headers: this.headers() }, this.policy);
      this.answered = true;
      out.push(...readAdvisories(response.data));
      const next = nextLink(response.headers.get('link'));
      if (next && new URL(next, url).origin !== origin) {
        // Never send the token to another host.
        throw new HttpRequestError('json', 'GET /advisories linked a next page on another host', page + 1);
      }
      url = next ? new URL(next, url).href : undefined;
    }
    return out;
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'lockgate',
    };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    return headers;
  }
}

/** Checks the list's shape: an array of objects with a `ghsa_id`. */
function readAdvisories(data: unknown): GitHubAdvisory[] {
  if (!Array.isArray(data)) throw new HttpRequestError('json', 'GET /advisories answered JSON that is not a list', 1);
  return data.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || typeof (item as { ghsa_id?: unknown }).ghsa_id !== 'string') {
      throw new HttpRequestError('json', 'GET /advisories answered an advisory without a ghsa_id', 1);
    }
    return item as GitHubAdvisory;
  });
}

/** One sentence listing the unreadable ranges (at most five named). */
function rangeWarning(problems: readonly string[]): string {
  const shown = problems.slice(0, 5).join('; ');
  const more = problems.length > 5 ? `; and ${problems.length - 5} more` : '';
  return `${problems.length} GitHub advisory range${problems.length === 1 ? ' was' : 's were'} unreadable and will match no version: ${shown}${more}.`;
}
