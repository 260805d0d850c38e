/**
 * The GitHub REST and GraphQL client the action uses, passed into every
 * function that talks to the API (nothing is built on import). Every call goes
 * through net/http.ts: a timeout per attempt that covers the body, retries of
 * what is safe to repeat (with backoff, `Retry-After` and the rate-limit
 * headers), a cap on the body's size, no redirects, and the token sent to the
 * API's own origin only (a `Link` to another host is refused).
 *
 * Every answer is checked against the shape the endpoint documents where it
 * enters (src/github/schemas.ts): an answer that is cut off, empty, an HTML
 * page or of another shape is an error that names the endpoint and the
 * problem, never an empty list.
 */
import * as z from 'zod/mini';
import {
  HttpRequestError,
  nextLink,
  requestBytes,
  requestJson,
  type JsonRequest,
  type RetryPolicy,
} from '../net/http.js';

/** owner/name of the repository the workflow runs in. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Most pages followed for one list (100 items a page). */
const MAX_PAGES = 100;
/** Most bytes of one answer; a file's contents (up to the 64 MiB lockfile limit, base64 in JSON) may be larger. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
export const MAX_CONTENT_BYTES = 96 * 1024 * 1024;

/** How one call is made. */
export interface CallOptions {
  /** `Accept` header (default GitHub's JSON media type). */
  accept?: string;
  /** Most bytes of the answer (default 16 MiB). */
  maxBytes?: number;
}

/** A client for `token` against one API root. */
export class GitHubClient {
  readonly apiUrl: string;
  private readonly origin: string;

  constructor(
    private readonly token: string,
    apiUrl: string,
    private readonly policy: RetryPolicy = {},
  ) {
    this.apiUrl = apiUrl.replace(/\/+$/, '');
    this.origin = new URL(this.apiUrl).origin;
  }

  /** `GET path` (relative to the API root, `?query` included), checked against `schema`. */
  async get<T>(path: string, schema: z.ZodMiniType<T>, options: CallOptions = {}): Promise<T> {
    return (await this.call('GET', path, schema, undefined, options)).data;
  }

  /** `POST` or `PATCH` with a JSON body; a POST is sent once unless the server cannot have acted on it. */
  async send<T>(
    method: 'POST' | 'PATCH',
    path: string,
    body: unknown,
    schema: z.ZodMiniType<T>,
    options: CallOptions & { idempotent?: boolean } = {},
  ): Promise<T> {
    return (await this.call(method, path, schema, body, options)).data;
  }

  /** A file's raw bytes and content type (`Accept` of a raw media type); undefined for a 404. */
  async raw(path: string, accept: string): Promise<{ body: Buffer; contentType: string } | undefined> {
    try {
      const request = this.request('GET', path, undefined, { accept, maxBytes: MAX_CONTENT_BYTES });
      const response = await requestBytes(request, this.policy);
      return { body: response.body, contentType: response.headers.get('content-type') ?? '' };
    } catch (error) {
      if (error instanceof HttpRequestError && error.status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Every item of a paged list: each page must be an array of `item` (or, with
   * `field`, an object whose `field` is one), and the `Link` header's next page
   * must stay on the API's origin. A page that cannot be read is asked for
   * again before the whole list fails; a list is never shorter than GitHub's.
   */
  async paginate<T>(path: string, item: z.ZodMiniType<T>, field?: string): Promise<T[]> {
    const page: z.ZodMiniType<unknown> = field ? z.looseObject({ [field]: z.array(item) }) : z.array(item);
    const out: T[] = [];
    let url: string | undefined = this.url(withQuery(path, 'per_page=100'));
    for (let n = 1; url; n++) {
      if (n > MAX_PAGES)
        throw new HttpRequestError('shape', `GET ${pathOf(path)} linked a next page after ${MAX_PAGES} pages`, n);
      const answer = await this.call('GET', url, page, undefined, {}, `page ${n}`);
      out.push(...((field ? (answer.data as Record<string, unknown>)[field] : answer.data) as T[]));
      const next = nextLink(answer.headers.get('link'));
      if (next !== undefined && new URL(next, url).origin !== this.origin)
        throw new HttpRequestError('shape', `GET ${pathOf(path)} linked its next page on another host`, n);
      url = next === undefined ? undefined : new URL(next, url).href;
    }
    return out;
  }

  /** A GraphQL query's `data`, checked against `schema`; `errors` in the answer are a failure. */
  async graphql<T>(query: string, schema: z.ZodMiniType<T>): Promise<T> {
    const answer = await this.send(
      'POST',
      '/graphql',
      { query },
      z.object({
        data: z.optional(z.nullable(schema)),
        errors: z.optional(z.array(z.looseObject({ message: z.string() }))),
      }),
      { idempotent: true },
    );
    if (answer.errors?.length || answer.data == null)
      throw new HttpRequestError(
        'shape',
        `POST /graphql answered errors: ${JSON.stringify(answer.errors?.[0]?.message ?? 'no data').slice(0, 200)}`,
        1,
      );
    return answer.data;
  }

  private url(path: string): string {
    return /^https?:\/\//.test(path) ? path : `${this.apiUrl}${path}`;
  }

  private request(
    method: JsonRequest['method'],
    path: string,
    body: unknown,
    options: CallOptions & { idempotent?: boolean },
  ): JsonRequest {
    return {
      method,
      url: this.url(path),
      headers: {
        accept: options.accept ?? 'application/vnd.github+json',
        authorization: `Bearer ${this.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'lockgate',
      },
      ...(body !== undefined ? { body } : {}),
      ...(options.idempotent !== undefined ? { idempotent: options.idempotent } : {}),
      redirect: 'error',
      maxBytes: options.maxBytes ?? MAX_ANSWER_BYTES,
      retryUnreadable: method === 'GET',
    };
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    schema: z.ZodMiniType<T>,
    body: unknown,
    options: CallOptions & { idempotent?: boolean },
    where?: string,
  ): Promise<{ data: T; headers: Headers }> {
    const request = this.request(method, path, body, options);
    // An answer of another shape is read once more when reading is safe (a proxy's page, a cut-off list).
    for (let attempt = 1; ; attempt++) {
      const response = await requestJson(request, this.policy);
      const parsed = z.safeParse(schema, response.data);
      if (parsed.success) return { data: parsed.data, headers: response.headers };
      if (method === 'GET' && attempt < 2) continue;
      throw new HttpRequestError(
        'shape',
        `${method} ${pathOf(request.url)}${where ? ` (${where})` : ''} answered ${describeShapeProblem(parsed.error.issues, response.data)}`,
        attempt,
        response.status,
      );
    }
  }

  /** `DELETE path`; a 404 (already gone) is not a failure. */
  async delete(path: string): Promise<void> {
    try {
      await requestBytes(this.request('DELETE', path, undefined, {}), this.policy);
    } catch (error) {
      if (!(error instanceof HttpRequestError && error.status === 404)) throw error;
    }
  }

  /**
   * `POST path` whose answer carries nothing to read but its status: a re-run
   * answers 201 Created. Any other success (an empty or HTML 200 from a proxy)
   * is a doubtful answer, not a done re-run.
   */
  async post(path: string, body: unknown, expectedStatus = 201): Promise<void> {
    const response = await requestBytes(this.request('POST', path, body, {}), this.policy);
    if (response.status !== expectedStatus)
      throw new HttpRequestError(
        'status',
        `POST ${pathOf(path)} answered ${response.status} where ${expectedStatus} was expected`,
        1,
        response.status,
      );
  }
}

/** A client for `token` against `apiUrl`; requests go through the proxy the environment names for each URL. */
export function createClient(token: string, apiUrl: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  return new GitHubClient(token, apiUrl, { proxyEnv: env });
}

/** Parse GITHUB_REPOSITORY (`owner/name`), or throw one sentence naming the value. */
export function parseRepository(value: string | undefined): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
  if (!match)
    throw new Error(`Invalid GITHUB_REPOSITORY '${(value ?? '').slice(0, 100)}'. Expected format {owner}/{repo}.`);
  return { owner: match[1]!, repo: match[2]! };
}

/** `/repos/{owner}/{repo}` + `rest`, each segment of the repository encoded. */
export function repoPath(repo: RepoRef, rest: string): string {
  return `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}${rest}`;
}

/** The HTTP status of a failed call, or undefined (network errors, shapes). */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof HttpRequestError ? error.status : undefined;
}

/** Was the call refused by a rate limit (primary or secondary)? */
export function isRateLimit(error: unknown): boolean {
  return error instanceof HttpRequestError && error.kind === 'rate-limit';
}

/** The error's first line, bounded: for warnings, never carrying request headers. */
export function describeHttpError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}

function withQuery(path: string, query: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

/** The path of a URL or path, without the query or the API root's origin. */
function pathOf(url: string): string {
  try {
    return new URL(url, 'http://x').pathname;
  } catch {
    return url.slice(0, 100);
  }
}

/** "an answer of another shape ([3].filename: expected string, found a number)". */
export function describeShapeProblem(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  if (data === null || typeof data !== 'object')
    return `${describeValue(data)} where JSON ${expectedTop(issues)} was expected`;
  const first = issues[0];
  if (!first) return 'JSON of another shape';
  const at = first.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  let value: unknown = data;
  for (const key of first.path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const expected = 'expected' in first ? `expected ${String(first.expected)}` : first.message;
  return `JSON of another shape (${at || 'the answer'}: ${expected}, found ${describeValue(value)})`;
}

function expectedTop(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  return first && first.path.length === 0 && 'expected' in first ? String(first.expected) : 'data';
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : 'a string';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
