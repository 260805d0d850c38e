/**
 * A small JSON-over-HTTP helper for the live advisory sources: a timeout per
 * attempt, retries with exponential backoff and jitter on 5xx and connection
 * errors, `Retry-After` and GitHub's rate-limit headers honoured, a cap on the
 * total time spent waiting, and one clear error when it all fails.
 *
 * Errors name the method, the URL path and what went wrong, never a header
 * value (so never a token) and never more than a bounded quote of a body.
 */
import { plain } from '../core/escape.js';
import { LockgateError } from '../core/errors.js';



/** Why a request failed for good. */
export type HttpFailureKind = 'timeout' | 'status' | 'rate-limit' | 'network' | 'json';

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
  /** Time a whole lookup may take, in ms (default 60,000); see withDeadline. */
  budgetMs?: number;
  /** Time (ms since the epoch) after which no attempt starts and no wait begins; set by withDeadline. */
  deadline?: number;
  /** The environment whose HTTPS_PROXY / HTTP_PROXY / NO_PROXY apply (default process.env). */
  proxyEnv?: NodeJS.ProcessEnv;
}

/** The policy for one lookup: every request it makes shares one deadline, `budgetMs` from now. */
export function withDeadline(policy: RetryPolicy): RetryPolicy {
  const now = (policy.now ?? Date.now)();
  return { ...policy, deadline: now + (policy.budgetMs ?? DEFAULTS.budgetMs) };
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
  method?: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A parsed JSON answer with the response headers (for `Link`). */
export interface JsonResponse {
  data: unknown;
  headers: Headers;
  status: number;
  /** Size of the body as received (after content decoding), in bytes. */
  bytes: number;
}

const DEFAULTS = {
  timeoutMs: 10_000,
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxTotalWaitMs: 30_000,
  budgetMs: 60_000,
} as const;

/** What one attempt came to: an answer, or a reason to retry (with a wait), or a final failure. */
type Attempt =
  | { outcome: 'ok'; response: JsonResponse }
  | { outcome: 'retry'; error: HttpRequestError; waitMs?: number }
  | { outcome: 'fail'; error: HttpRequestError };

/**
 * Sends `request` and parses the JSON answer, retrying what is worth retrying.
 * Throws `HttpRequestError` with a one-sentence message when it cannot succeed.
 */
export async function requestJson(request: JsonRequest, policy: RetryPolicy = {}): Promise<JsonResponse> {
  const maxAttempts = Math.max(1, policy.maxAttempts ?? DEFAULTS.maxAttempts);
  const maxTotalWaitMs = policy.maxTotalWaitMs ?? DEFAULTS.maxTotalWaitMs;
  const sleep = policy.sleep ?? retryWaits.sleep;
  const now = policy.now ?? Date.now;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(request, policy, attempt);
    if (result.outcome === 'ok') return result.response;
    if (result.outcome === 'fail') throw result.error;
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

async function attemptOnce(request: JsonRequest, policy: RetryPolicy, attempt: number): Promise<Attempt> {
  const method = request.method ?? 'GET';
  const what = `${method} ${describeUrl(request.url)}`;
  const left = policy.deadline === undefined ? Infinity : policy.deadline - (policy.now ?? Date.now)();
  const timeoutMs = Math.max(1, Math.min(policy.timeoutMs ?? DEFAULTS.timeoutMs, left));
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  let body: string | undefined;
  if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] = 'application/json';
  }
  let text: string;
  let response: Response;
  try {
    response = await fetchWithProxy(
      request.url,
      { method, headers, body, signal: AbortSignal.timeout(timeoutMs) },
      policy.proxyEnv,
    );
    text = await response.text();
  } catch (error) {
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
      error: new HttpRequestError('network', `${what} failed: ${reason}`, attempt),
    };
  }
  const status = response.status;
  if (status === 429 || (status === 403 && isRateLimited(response.headers))) {
    const waitMs = rateLimitWaitMs(response.headers, (policy.now ?? Date.now)());
    return {
      outcome: 'retry',
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
  if (status < 200 || status >= 300) {
    return {
      outcome: 'fail',
      error: new HttpRequestError('status', `${what} answered HTTP ${status}${serverMessage(text)}`, attempt, status),
    };
  }
  try {
    return {
      outcome: 'ok',
      response: {
        data: JSON.parse(text) as unknown,
        headers: response.headers,
        status,
        bytes: Buffer.byteLength(text),
      },
    };
  } catch {
    return {
      outcome: 'fail',
      error: new HttpRequestError(
        'json',
        `${what} answered malformed JSON (${text.length} bytes starting ${boundedQuote(text, 40)})`,
        attempt,
        status,
      ),
    };
  }
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
