/**
 * The npm registry as the source of registry signals (the I/O edge).
 *
 * For each package name, once per run: the abbreviated packument first
 * (`Accept: application/vnd.npm.install-v1+json`: versions, `modified`,
 * `hasInstallScript`, `dist`), then the full one (`time`, `_npmUser`,
 * `scripts`, `dist.attestations`) only when the caller says the small one does
 * not settle the question. Scoped names are requested as `@scope%2fname`.
 * Requests go through net/http.ts (timeouts, retries with backoff,
 * `Retry-After`, one deadline per lookup), at most `concurrency` at a time.
 *
 * With an on-disk cache (`cache`), every document is asked for conditionally
 * (net/disk-cache.ts): a 304 reads the stored copy, so a warm cache costs
 * requests but almost no bytes, and a version published or removed since the
 * copy was written is seen as without it. A package whose full document is
 * stored is asked for the full one directly: one request instead of two, and
 * if it changed since, the full one is what a recently changed package needs.
 *
 * The clock is the registry's: the newest `Date` response header seen, so a
 * runner whose clock is off can neither open nor close a hold; the local clock
 * only when no answer carried one. Requests and body bytes are counted for the
 * report. The token (for a private registry) goes into the Authorization header
 * and nowhere else: http.ts never puts header values into its errors.
 */
import { HttpRequestError, budgetFor, mapLimit, withDeadline, type RetryPolicy } from '../net/http.js';
import { describeFailure } from '../net/http.js';
import { cacheKey, requestJsonCached, type DiskCache } from '../net/disk-cache.js';
import { readPackument } from './packument.js';
import type { RegistryAnswer } from './rules.js';
import type { PackageMeta } from './types.js';
import { PUBLIC_REGISTRY } from '../core/source.js';

const ABBREVIATED = 'application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*';
const FULL = 'application/json';

export interface RegistryOptions {
  /** Registry root (default the public npm registry); may carry a path (`https://host/api/npm/npm/`). */
  url?: string;
  /** Bearer token for this registry; never logged. */
  token?: string;
  /** Packuments in flight at once (default 16). */
  concurrency?: number;
  /** Timeouts, retries and waits (tests shorten them). */
  retry?: RetryPolicy;
  /** Local clock, used only when no answer carries a `Date` header. */
  now?: () => number;
  /** Documents kept between runs, always revalidated before use (off by default). */
  cache?: DiskCache;
}

/** The registry's entry in the report's `sources`. */
export interface RegistryStatus {
  name: 'registry';
  ok: boolean;
  requests: number;
  bytes: number;
  /** With the on-disk cache: requests answered 304 Not Modified, whose stored copy was read. */
  notModified?: number;
  error?: string;
}

/** What one lookup came to. */
export interface RegistryLookup {
  /** An answer per name the registry answered (a 404 is an answer). */
  answers: Map<string, RegistryAnswer>;
  /** Names it could not answer, with the reason. */
  failed: Map<string, string>;
  /** The registry's clock (ms) when it gave one, else the local clock. */
  now: number;
  clock: 'registry' | 'local';
}

/** Decides, from the abbreviated document and the registry's clock, whether the full one is needed. */
export type NeedsFull = (abbreviated: PackageMeta, now: number) => boolean;

export class RegistryClient {
  readonly name = 'registry';
  private readonly url: string;
  private readonly token: string | undefined;
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  private readonly localNow: () => number;
  private readonly disk: DiskCache | undefined;
  private requests = 0;
  private bytes = 0;
  private notModified = 0;
  private registryNow: number | undefined;
  private lastError: string | undefined;
  private asked = false;
  /** One document per package name per run, shared by every lockfile. */
  private readonly cache = new Map<string, Promise<RegistryAnswer>>();

  constructor(options: RegistryOptions = {}) {
    this.url = (options.url ?? PUBLIC_REGISTRY).replace(/\/+$/, '');
    this.token = options.token || undefined;
    this.concurrency = Math.max(1, options.concurrency ?? 16);
    this.retry = options.retry ?? {};
    this.localNow = options.now ?? Date.now;
    this.disk = options.cache;
  }

  /** The registry root, without a trailing slash. */
  get registryUrl(): string {
    return this.url;
  }

  /** Looks up every name (each at most once per client); never throws. */
  async lookup(names: readonly string[], needsFull: NeedsFull): Promise<RegistryLookup> {
    this.asked = true;
    const distinct = [...new Set(names)];
    // The deadline grows with the work: up to two documents a name, `concurrency` at a time.
    const policy = withDeadline(this.retry, budgetFor(distinct.length * 2, this.concurrency));
    const answers = new Map<string, RegistryAnswer>();
    const failed = new Map<string, string>();
    await mapLimit(distinct, this.concurrency, async (name) => {
      let pending = this.cache.get(name);
      if (!pending) {
        pending = this.fetchPackage(name, needsFull, policy);
        this.cache.set(name, pending);
      }
      try {
        let answer = await pending;
        // A document read abbreviated earlier in the run, now needed in full.
        if (answer.kind === 'found' && !answer.meta.full && needsFull(answer.meta, this.clock())) {
          pending = this.fetchFull(name, policy);
          this.cache.set(name, pending);
          answer = await pending;
        }
        answers.set(name, answer);
      } catch (error) {
        const reason = describeFailure(error);
        failed.set(name, reason);
        this.lastError ??= reason;
      }
    });
    const now = this.registryNow ?? this.localNow();
    return { answers, failed, now, clock: this.registryNow === undefined ? 'local' : 'registry' };
  }

  status(): RegistryStatus {
    const error = this.lastError;
    return {
      name: 'registry',
      ok: this.asked && error === undefined,
      requests: this.requests,
      bytes: this.bytes,
      ...(this.disk ? { notModified: this.notModified } : {}),
      ...(error !== undefined ? { error } : !this.asked ? { error: 'not queried' } : {}),
    };
  }

  private clock(): number {
    return this.registryNow ?? this.localNow();
  }

  private async fetchPackage(name: string, needsFull: NeedsFull, policy: RetryPolicy): Promise<RegistryAnswer> {
    if (this.disk && (await this.disk.has(cacheKey(this.request(name, FULL))))) return this.fetchFull(name, policy);
    const small = await this.get(name, ABBREVIATED, policy);
    if (small === 'not-found') return { kind: 'not-found' };
    if (small.full || !needsFull(small, this.clock())) return { kind: 'found', meta: small };
    return this.fetchFull(name, policy);
  }

  private async fetchFull(name: string, policy: RetryPolicy): Promise<RegistryAnswer> {
    const full = await this.get(name, FULL, policy);
    return full === 'not-found' ? { kind: 'not-found' } : { kind: 'found', meta: full };
  }

  /** The request for one document (`accept`: abbreviated or full). */
  private request(name: string, accept: string): { url: string; headers: Record<string, string> } {
    const headers: Record<string, string> = { accept };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    return { url: `${this.url}/${packagePath(name)}`, headers };
  }

  private async get(name: string, accept: string, policy: RetryPolicy): Promise<PackageMeta | 'not-found'> {
    this.requests++;
    try {
      const response = await requestJsonCached(this.request(name, accept), policy, this.disk);
      this.bytes += response.bytes;
      if (response.fromCache) this.notModified++;
      this.noteDate(response.headers.get('date'));
      const meta = readPackument(name, response.data);
      if (!meta) {
        throw new HttpRequestError(
          'json',
          `GET ${this.url}/${packagePath(name)} answered a document without versions`,
          1,
        );
      }
      return meta;
    } catch (error) {
      if (error instanceof HttpRequestError && error.status === 404) return 'not-found';
      throw error;
    }
  }

  private noteDate(header: string | null): void {
    const ms = header ? Date.parse(header) : NaN;
    if (!Number.isNaN(ms) && (this.registryNow === undefined || ms > this.registryNow)) this.registryNow = ms;
  }
}

/** `lodash`, `@scope%2fname` (the registry's form of a scoped name in a path). */
export function packagePath(name: string): string {
  if (name.startsWith('@')) {
    const slash = name.indexOf('/');
    return `@${encodeURIComponent(name.slice(1, slash))}%2f${encodeURIComponent(name.slice(slash + 1))}`;
  }
  return encodeURIComponent(name);
}
