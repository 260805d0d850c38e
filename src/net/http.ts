/**
 * The one HTTP layer of lockgate: the GitHub REST and GraphQL API, OSV.dev,
 * the GitHub advisories, the registry and tarballs all go through it. A timeout
 * per attempt that covers the body too (a trickling body ends), retries with
 * exponential backoff and jitter on 5xx and connection errors (only for
 * requests that are safe to repeat), `Retry-After` and GitHub's rate-limit
 * headers honoured, a cap on the total time spent waiting, a cap on the bytes
 * of a body after content decoding (read as a stream, so a compression bomb
 * stops at the cap), redirects refused where they are not expected, and one
 * clear error when it all fails.
 *
 * Errors name the method, the URL path and what went wrong, never a header
 * value (so never a token) and never more than a bounded quote of a body.
 */
import { plain } from '../core/escape.js';
import { LockgateError } from '../core/errors.js';

/** Why a request failed for good. */
export type HttpFailureKind =
  | 'timeout'
  | 'status'
  | 'rate-limit'
  | 'network'
  | 'json'
  /** The answer is JSON, but not of the shape the endpoint documents. */
  | 'shape'
  /** The body grew past the request's byte cap. */
  | 'too-large'
  /** The server answered a redirect where none is followed. */
  | 'redirect';

/** The error `requestJson` throws once retries are spent or the failure is not retryable. */
export class HttpRequestError extends LockgateError {
  readonly kind: HttpFailureKind;
  /** The last HTTP status seen, when there was a response. */
  readonly status: number | undefined;
  /** How many attempts were made. */
  readonly attempts: number;
  /** For a rate limit: the wait the answer asked for (Retry-After, or until the reset), when it named one. */
  readonly retryAfterMs: number | undefined;

  constructor(kind: HttpFailureKind, message: string, attempts: number, status?: number, retryAfterMs?: number) {
    super('http', message);
    this.name = 'HttpRequestError';
    this.kind = kind;
    this.attempts = attempts;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * A live source could not answer. `lookup` throws it; the pipeline decides to
 * fall back to the snapshot with a warning or, when live data is required, to fail.
 */
export class SourceUnavailableError extends LockgateError {
  /** The source's name (`osv`, `github`). */
  readonly source: string;

  constructor(source: string, message: string) {
    super('source-unavailable', message);
    this.name = 'SourceUnavailableError';
    this.source = source;
  }
}

/** How hard to try. Every field has a default fit for a CI job. */
export interface RetryPolicy {
  /** Time allowed for one attempt, headers and body, in ms (default 10,000). */
  timeoutMs?: number;
  /** Attempts in all, the first included (default 4). */
  maxAttempts?: number;
  /** First backoff delay in ms; doubled each retry (default 500). */
  baseDelayMs?: number;
  /** Largest single backoff delay in ms (default 8,000). */
  maxDelayMs?: number;
  /** Most time spent sleeping between attempts of one request, in ms (default 30,000). */
  maxTotalWaitMs?: number;
  /** Random number in [0, 1) for jitter (tests may fix it). */
  random?: () => number;
  /** How to wait (tests may record it); the default is `retryWaits.sleep`, a real timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Current time in ms since the epoch, to read `x-ratelimit-reset` and HTTP dates. */
  now?: () => number;
  /** Time a whole lookup may take, in ms (default 60,000, or what `budgetFor` computes); see withDeadline. */
  budgetMs?: number;
  /** Time (ms since the epoch) after which no attempt starts and no wait begins; set by withDeadline. */
  deadline?: number;
  /** The environment whose HTTPS_PROXY / HTTP_PROXY / NO_PROXY apply (default process.env). */
  proxyEnv?: NodeJS.ProcessEnv;
}

/** The policy for one lookup: every request it makes shares one deadline, `budgetMs` from now. */
export function withDeadline(policy: RetryPolicy, budgetMs?: number): RetryPolicy {
  const now = (policy.now ?? Date.now)();
  const budget = policy.budgetMs ?? budgetMs ?? DEFAULTS.budgetMs;
  return { ...policy, budgetMs: budget, deadline: now + budget };
}

/**
 * The time a lookup of `requests` requests may take when `parallel` run at
 * once: the fixed minute, plus `perRequestMs` (default 2 s, ten times an
 * ordinary answer) for each round of `parallel` requests. A run that asks
 * about 20,000 packages gets the time that takes at ordinary latencies, not
 * a minute that only a small change fits in.
 */
export function budgetFor(requests: number, parallel: number, perRequestMs = 2_000): number {
  const rounds = Math.ceil(Math.max(0, requests) / Math.max(1, parallel));
  return DEFAULTS.budgetMs + rounds * perRequestMs;
}

/**
 * How a retry waits when its policy names no `sleep`: a real timer, always, in
 * production. Tests that run the whole CLI in their own process (the CLI builds
 * its sources from argv, so no policy can be handed in) replace `sleep` to
 * record each computed wait instead of spending it, and put it back after.
 */
export const retryWaits: { sleep: (ms: number) => Promise<void> } = { sleep: defaultSleep };

/** One request. The body, when given, is sent as JSON. */
export interface JsonRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /**
   * Safe to send twice (default: every method but POST). A request that is
   * not is retried only when the server cannot have acted on it: a
   * rate limit, or a connection that was refused.
   */
  idempotent?: boolean;
  /** `error` (an API call: a redirect is a failure, and no token follows it) or `follow` (the default). */
  redirect?: 'error' | 'follow';
  /** Most bytes of the body after content decoding (default 64 MiB); more is a `too-large` failure. */
  maxBytes?: number;
  /** Retry an answer that cannot be read as JSON (a cut-off body, an HTML page) like a 5xx (default false). */
  retryUnreadable?: boolean;
  /**
   * Revalidate a copy kept from an earlier answer: `If-None-Match` with its
   * ETag, else `If-Modified-Since` with its Last-Modified (RFC 9110 §13.1.2: a
   * server that sees both must ignore the date, so only one is sent). Only such
   * a request may be answered `304 Not Modified`, which then comes back as an
   * answer with status 304 and an empty body; a 304 to any other request is a
   * failure, never an empty answer.
   */
  conditional?: { etag?: string; lastModified?: string };
}

/** A raw answer: the body's bytes as received, after content decoding. */
export interface RawResponse {
  body: Buffer;
  headers: Headers;
  status: number;
}

/** A parsed JSON answer with the response headers (for `Link`). */
export interface JsonResponse {
  /** The parsed body; undefined only for a 304 to a conditional request. */
  data: unknown;
  headers: Headers;
  status: number;
  /** Size of the body as received (after content decoding), in bytes. */
  bytes: number;
}

/**
 * The defaults of every policy. LOCKGATE_HTTP_TIMEOUT_MS, LOCKGATE_HTTP_ATTEMPTS
 * and LOCKGATE_HTTP_BACKOFF_MS (read once, at start) shorten them where a whole
 * process runs against a stand-in that hangs: the fault tests of the built
 * action and CLI, and a runner that prefers to fail fast.
 */
const DEFAULTS = {
  timeoutMs: envMs('LOCKGATE_HTTP_TIMEOUT_MS') ?? 10_000,
  maxAttempts: envMs('LOCKGATE_HTTP_ATTEMPTS') ?? 4,
  baseDelayMs: envMs('LOCKGATE_HTTP_BACKOFF_MS') ?? 500,
  maxDelayMs: 8_000,
  maxTotalWaitMs: 30_000,
  budgetMs: 60_000,
  maxBytes: 64 * 1024 * 1024,
} as const;

/** A positive whole number from the environment, or undefined. */
function envMs(name: string): number | undefined {
  const value = process.env[name]?.trim();
  return value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** What one attempt came to: an answer, or a reason to retry (with a wait), or a final failure. */
type Attempt<T> =
  | { outcome: 'ok'; response: T }
  /** `unsent`: the server cannot have acted on the request (refused, rate-limited): safe to send again. */
  | { outcome: 'retry'; error: HttpRequestError; waitMs?: number; unsent?: boolean }
  | { outcome: 'fail'; error: HttpRequestError };

/**
 * Sends `request` and parses the JSON answer, retrying what is worth retrying.
 * Throws `HttpRequestError` with a one-sentence message when it cannot succeed.
 */
export async function requestJson(request: JsonRequest, policy: RetryPolicy = {}): Promise<JsonResponse> {
  const what = `${request.method ?? 'GET'} ${describeUrl(request.url)}`;
  return retrying(request, policy, async (attempt) => {
    const result = await attemptOnce(request, policy, attempt);
    if (result.outcome !== 'ok') return result;
    const { body, headers, status } = result.response;
    if (status === 304) return { outcome: 'ok', response: { data: undefined, headers, status, bytes: 0 } };
    const text = body.toString('utf8');
    try {
      return { outcome: 'ok', response: { data: JSON.parse(text) as unknown, headers, status, bytes: body.length } };
    } catch {
      const error = new HttpRequestError(
        'json',
        `${what} answered ${text.trim() === '' ? 'an empty body' : `malformed JSON (${body.length} bytes starting ${boundedQuote(text, 40)})`}`,
        attempt,
        status,
      );
      return { outcome: request.retryUnreadable ? 'retry' : 'fail', error };
    }
  });
}

/** Sends `request` and returns the body's bytes, retrying what is worth retrying (see requestJson). */
export async function requestBytes(request: JsonRequest, policy: RetryPolicy = {}): Promise<RawResponse> {
  return retrying(request, policy, (attempt) => attemptOnce(request, policy, attempt));
}

/** The retry loop: attempts until one succeeds, fails for good, or the attempts, waits or deadline are spent. */
async function retrying<T>(
  request: JsonRequest,
  policy: RetryPolicy,
  attemptOnce: (attempt: number) => Promise<Attempt<T>>,
): Promise<T> {
  const idempotent = request.idempotent ?? (request.method ?? 'GET') !== 'POST';
  const maxAttempts = Math.max(1, policy.maxAttempts ?? DEFAULTS.maxAttempts);
  const maxTotalWaitMs = policy.maxTotalWaitMs ?? DEFAULTS.maxTotalWaitMs;
  const sleep = policy.sleep ?? retryWaits.sleep;
  const now = policy.now ?? Date.now;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(attempt);
    if (result.outcome === 'ok') return result.response;
    if (result.outcome === 'fail') throw result.error;
    // Sent twice, a request that is not idempotent could act twice (two comments): only what never reached it is sent again.
    if (!idempotent && !result.unsent) throw withAttempts(result.error, attempt, attempt > 1);
    if (attempt >= maxAttempts) throw withAttempts(result.error, attempt, true);
    const delay = result.waitMs ?? backoffDelay(attempt, policy);
    if (policy.deadline !== undefined && now() + delay >= policy.deadline) {
      throw withAttempts(
        result.error,
        attempt,
        true,
        `; the ${formatSeconds(policy.budgetMs ?? DEFAULTS.budgetMs)} budget for this source is spent`,
      );
    }
    if (waited + delay > maxTotalWaitMs) {
      const why =
        result.waitMs !== undefined
          ? `; the server asked to wait ${formatSeconds(delay)}, over the ${formatSeconds(maxTotalWaitMs)} wait limit`
          : '';
      throw withAttempts(result.error, attempt, true, why);
    }
    waited += delay;
    await sleep(delay);
  }
}

/** Delay before retry number `attempt` (1-based): exponential, capped, with jitter in [50%, 100%]. */
export function backoffDelay(attempt: number, policy: RetryPolicy = {}): number {
  const base = policy.baseDelayMs ?? DEFAULTS.baseDelayMs;
  const cap = policy.maxDelayMs ?? DEFAULTS.maxDelayMs;
  const random = policy.random ?? Math.random;
  const exp = Math.min(cap, base * 2 ** (attempt - 1));
  return Math.round(exp * (0.5 + random() * 0.5));
}

/**
 * Milliseconds a rate-limited response asks us to wait, or undefined when it
 * says nothing usable: `Retry-After` in seconds or as an HTTP date, else
 * GitHub's `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds).
 */
export function rateLimitWaitMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  if (headers.get('x-ratelimit-remaining')?.trim() === '0') {
    const reset = headers.get('x-ratelimit-reset')?.trim();
    if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  }
  return undefined;
}

async function attemptOnce(request: JsonRequest, policy: RetryPolicy, attempt: number): Promise<Attempt<RawResponse>> {
  const method = request.method ?? 'GET';
  const what = `${method} ${describeUrl(request.url)}`;
  const left = policy.deadline === undefined ? Infinity : policy.deadline - (policy.now ?? Date.now)();
  const timeoutMs = Math.max(1, Math.min(policy.timeoutMs ?? DEFAULTS.timeoutMs, left));
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.conditional?.etag) headers['if-none-match'] = request.conditional.etag;
  else if (request.conditional?.lastModified) headers['if-modified-since'] = request.conditional.lastModified;
  let body: string | undefined;
  if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] = 'application/json';
  }
  const maxBytes = request.maxBytes ?? DEFAULTS.maxBytes;
  let bytes: Buffer;
  let response: Response;
  // One timer for headers and body: a server that trickles its body (slowloris) ends with the attempt.
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetchWithProxy(
      request.url,
      { method, headers, body, signal, redirect: request.redirect === 'error' ? 'manual' : 'follow' },
      policy.proxyEnv,
    );
    if (request.redirect === 'error' && response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel().catch(() => undefined);
      const to = response.headers.get('location');
      return {
        outcome: 'fail',
        error: new HttpRequestError(
          'redirect',
          `${what} answered a redirect (HTTP ${response.status}${to ? ` to ${describeUrl(new URL(to, request.url).href)}` : ''}), which an API call does not follow`,
          attempt,
          response.status,
        ),
      };
    }
    bytes = await readCapped(response, maxBytes);
  } catch (error) {
    if (error instanceof HttpRequestError) {
      return { outcome: 'fail', error: new HttpRequestError(error.kind, `${what} ${error.message}`, attempt) };
    }
    if (isTimeout(error)) {
      return {
        outcome: 'retry',
        error: new HttpRequestError('timeout', `${what} timed out after ${formatSeconds(timeoutMs)}`, attempt),
      };
    }
    const proxy = proxyFor(request.url, policy.proxyEnv);
    const reason = `${describeNetworkError(error)}${proxy ? ` (through the proxy ${proxy.host})` : ''}`;
    // A host that does not exist (ENOTFOUND: no network, or a mistyped URL) will not appear on a retry.
    return {
      outcome: reason.startsWith('host not found') ? 'fail' : 'retry',
      ...(reason.startsWith('connection refused') ? { unsent: true } : {}),
      error: new HttpRequestError('network', `${what} failed: ${reason}`, attempt),
    };
  }
  const status = response.status;
  const text = (): string => bytes.subarray(0, 4096).toString('utf8');
  if (status === 429 || (status === 403 && isRateLimited(response.headers))) {
    const waitMs = rateLimitWaitMs(response.headers, (policy.now ?? Date.now)());
    return {
      outcome: 'retry',
      unsent: true,
      waitMs: waitMs ?? backoffDelay(attempt, policy),
      error: new HttpRequestError('rate-limit', `${what} was rate-limited (HTTP ${status})`, attempt, status, waitMs),
    };
  }
  if (status >= 500) {
    return {
      outcome: 'retry',
      error: new HttpRequestError('status', `${what} answered HTTP ${status}`, attempt, status),
    };
  }
  if (status === 304 && request.conditional && (request.conditional.etag || request.conditional.lastModified)) {
    return { outcome: 'ok', response: { body: Buffer.alloc(0), headers: response.headers, status } };
  }
  if (status < 200 || status >= 300) {
    return {
      outcome: 'fail',
      error: new HttpRequestError('status', `${what} answered HTTP ${status}${serverMessage(text())}`, attempt, status),
    };
  }
  return { outcome: 'ok', response: { body: bytes, headers: response.headers, status } };
}

/**
 * The body's bytes after content decoding, read chunk by chunk: past
 * `maxBytes` the stream is cancelled, so a small compressed body that inflates
 * to gigabytes costs no more memory than the cap.
 */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new HttpRequestError('too-large', `answered a body over the ${formatBytes(maxBytes)} limit`, 1);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** "64 MiB", "512 KiB", "100 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/** GitHub's secondary rate limit is a 403 with `retry-after`, the primary one a 403 with no requests left. */
function isRateLimited(headers: Headers): boolean {
  return headers.has('retry-after') || headers.get('x-ratelimit-remaining')?.trim() === '0';
}

function withAttempts(error: HttpRequestError, attempts: number, spent: boolean, extra = ''): HttpRequestError {
  const suffix = spent ? ` (${attempts} attempt${attempts === 1 ? '' : 's'}${extra})` : extra;
  return new HttpRequestError(error.kind, `${error.message}${suffix}`, attempts, error.status, error.retryAfterMs);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** Connection failures as a reader knows them: reset, refused, DNS, TLS. */
export function describeNetworkError(error: unknown): string {
  const codes: string[] = [];
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    messages.push(current.message);
    current = (current as { cause?: unknown }).cause;
  }
  const all = `${codes.join(' ')} ${messages.join(' ')}`;
  if (/ECONNRESET|UND_ERR_SOCKET|socket hang up|other side closed/i.test(all)) return 'connection reset';
  if (/ECONNREFUSED/.test(all)) return 'connection refused';
  if (/ENOTFOUND/.test(all)) return 'host not found';
  if (/EAI_AGAIN/.test(all)) return 'name lookup failed (temporary)';
  if (/ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT/.test(all)) return 'connection timed out';
  if (/CERT|SSL|TLS/i.test(all)) return 'TLS error';
  const last = messages[messages.length - 1] ?? 'unknown error';
  return boundedQuote(last, 80);
}

/** Origin and path of a URL, without the query (which may be long) or any credentials. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return boundedQuote(url, 60);
  }
}

/** A bounded hint from an error body: GitHub and OSV put a `message` in their JSON errors. */
function serverMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && typeof (parsed as { message?: unknown }).message === 'string') {
      return `: ${boundedQuote((parsed as { message: string }).message, 120)}`;
    }
  } catch {
    // not JSON: say nothing more
  }
  return '';
}

function boundedQuote(text: string, max: number): string {
  return JSON.stringify(plain(text, max));
}

/** "0.2s", "30s", "1.5s". */
export function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : Number(s.toFixed(2))}s`;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs `work` over `items` with at most `limit` in flight, keeping input order
 * in the results. The first rejection rejects the whole (the rest still settle).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  async function worker(): Promise<void> {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, () => worker()));
  if (failure) throw failure.error;
  return results;
}

// ------------------------------------------------------------------- proxies

/**
 * The proxy a request to `url` goes through, from HTTPS_PROXY (https URLs) or
 * HTTP_PROXY (http URLs), lower-case names first as curl reads them, unless
 * NO_PROXY names the host: `*`, a host, `host:port`, or a domain that also
 * covers its subdomains (`example.com`, `.example.com`). Undefined: connect
 * directly.
 */
export function proxyFor(url: string, env: NodeJS.ProcessEnv = process.env): URL | undefined {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return undefined;
  }
  const https = target.protocol === 'https:';
  const raw = (https ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY)?.trim();
  if (!raw || bypassesProxy(target, env.no_proxy || env.NO_PROXY || '')) return undefined;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    throw new HttpRequestError('network', `The ${https ? 'HTTPS_PROXY' : 'HTTP_PROXY'} setting is not a URL`, 0);
  }
}

/** True when NO_PROXY (comma- or space-separated) names the target's host. */
export function bypassesProxy(target: URL, noProxy: string): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  for (const item of noProxy.split(/[\s,]+/).map((x) => x.trim().toLowerCase())) {
    if (!item) continue;
    if (item === '*') return true;
    // `host`, `host:port`, `[v6]:port`, or a bare IPv6 address (more than one colon, no port).
    const bareV6 = !item.startsWith('[') && item.split(':').length > 2;
    const [entryHost, entryPort] = bareV6 ? [item] : (/^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(item)?.slice(1) ?? [item]);
    if (entryPort && entryPort !== port) continue;
    const domain = (entryHost ?? '').replace(/^\*?\./, '');
    if (host === domain || host.endsWith(`.${domain}`)) return true;
  }
  return false;
}

/** One proxy agent per proxy URL, made on first use (undici is loaded only when a proxy is set). */
const proxyAgents = new Map<string, Promise<{ fetch: typeof fetch; dispatcher: unknown }>>();

/**
 * `fetch`, through the proxy the environment names for this URL, if any.
 * Node's built-in fetch ignores the proxy variables; with one set, undici's
 * fetch and ProxyAgent (CONNECT for https, also for http) carry the request.
 */
export async function fetchWithProxy(
  url: string,
  init: RequestInit = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<Response> {
  const proxy = proxyFor(url, env);
  if (!proxy) return fetch(url, init);
  const key = proxy.href;
  let agent = proxyAgents.get(key);
  if (!agent) {
    agent = import('undici').then((loaded) => {
      // A CommonJS module: bundled, its exports may sit on `default`.
      const undici = 'ProxyAgent' in loaded ? loaded : (loaded as unknown as { default: typeof loaded }).default;
      const auth =
        proxy.username || proxy.password
          ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`
          : undefined;
      const origin = `${proxy.protocol}//${proxy.host}`;
      return {
        fetch: undici.fetch as unknown as typeof fetch,
        dispatcher: new undici.ProxyAgent({ uri: origin, ...(auth ? { token: auth } : {}) }),
      };
    });
    proxyAgents.set(key, agent);
  }
  const { fetch: proxied, dispatcher } = await agent;
  return proxied(url, { ...init, dispatcher } as RequestInit);
}

/** The reason part of a SourceUnavailableError message. */
export function describeFailure(error: unknown): string {
  if (error instanceof HttpRequestError) return error.message;
  if (error instanceof Error) return `unexpected error: ${error.message.slice(0, 200)}`;
  return 'unexpected error';
}

/** The `rel="next"` URL of a `Link` header (GitHub's paging), if any. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (m && /\brel="?([^"]*\s)?next(\s[^"]*)?"?/.test(m[2] ?? '')) return m[1];
  }
  return undefined;
}
