import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  HttpRequestError,
  backoffDelay,
  describeUrl,
  mapLimit,
  rateLimitWaitMs,
  requestJson,
  withDeadline,
  type RetryPolicy,
} from '../../src/net/http.js';
import { startScriptedServer, type ScriptedServer } from '../support/osv-server.js';
import { rejected } from '../helpers.js';

/** Fast retries for tests; `slept` records every wait computed, which is not spent (no test sleeps). */
function policy(extra: RetryPolicy = {}): RetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  return {
    timeoutMs: 2000,
    maxAttempts: 4,
    baseDelayMs: 5,
    maxDelayMs: 20,
    sleep: (ms) => {
      slept.push(ms);
      return Promise.resolve();
    },
    ...extra,
    slept,
  };
}

const failure = (promise: Promise<unknown>) => rejected(HttpRequestError, promise);

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer((request) => ({ status: 200, json: { ok: true, path: request.pathname } }));
});
afterAll(() => server.close());
afterEach(() => server.reset());

describe('requestJson against a real loopback server', () => {
  it('parses JSON and sends a JSON body with its content type', async () => {
    const response = await requestJson({ method: 'POST', url: `${server.url}/echo`, body: { a: 1 } }, policy());
    expect(response.data).toEqual({ ok: true, path: '/echo' });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body).toBe('{"a":1}');
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('retries HTTP 500 and succeeds on the third attempt', async () => {
    server.fault('/x', { kind: 'status', status: 500 }, 2);
    const p = policy();
    const response = await requestJson({ url: `${server.url}/x` }, p);
    expect(response.data).toEqual({ ok: true, path: '/x' });
    expect(server.requests).toHaveLength(3);
    expect(p.slept).toHaveLength(2);
  });

  it('gives up after maxAttempts of HTTP 503 with a message naming status and attempts', async () => {
    server.fault('/x', { kind: 'status', status: 503 });
    const error = await failure(requestJson({ url: `${server.url}/x?secret=1` }, policy({ maxAttempts: 3 })));
    expect(server.requests).toHaveLength(3);
    expect(error.kind).toBe('status');
    expect(error.status).toBe(503);
    expect(error.message).toBe(`GET ${server.url}/x answered HTTP 503 (3 attempts)`);
  });

  it("stops retrying when the lookup's budget is spent, and says so", async () => {
    server.fault('/x', { kind: 'status', status: 500 });
    // A clock that only the waits move: the budget is spent by waiting, not by the machine's speed.
    let clock = 0;
    const p = withDeadline(
      policy({
        budgetMs: 300,
        baseDelayMs: 200,
        maxDelayMs: 200,
        maxAttempts: 10,
        random: () => 1,
        now: () => clock,
        sleep: (ms) => {
          clock += ms;
          return Promise.resolve();
        },
      }),
    );
    const error = await failure(requestJson({ url: `${server.url}/x` }, p));
    expect(clock).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(error.message).toMatch(/answered HTTP 500 \(\d attempts?; the 0\.3s budget for this source is spent\)$/);
  });

  it("cuts an attempt's timeout to what is left of the budget", async () => {
    server.fault('/x', { kind: 'delay', ms: 1500 });
    const error = await failure(
      requestJson({ url: `${server.url}/x` }, withDeadline(policy({ budgetMs: 300, timeoutMs: 5000 }))),
    );
    expect(error.kind).toBe('timeout');
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a 404 and quotes the server message', async () => {
    server.fault('/x', { kind: 'status', status: 404, body: '{"message":"Not Found"}' });
    const error = await failure(requestJson({ url: `${server.url}/x` }, policy()));
    expect(server.requests).toHaveLength(1);
    expect(error.message).toBe(`GET ${server.url}/x answered HTTP 404: "Not Found"`);
  });

  it('retries a connection reset, then succeeds', async () => {
    server.fault('/x', { kind: 'reset' }, 1);
    const response = await requestJson({ url: `${server.url}/x` }, policy());
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('reports "connection reset" when every attempt is reset', async () => {
    server.fault('/x', { kind: 'reset' });
    const error = await failure(requestJson({ url: `${server.url}/x` }, policy({ maxAttempts: 2 })));
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`GET ${server.url}/x failed: connection reset (2 attempts)`);
    expect(server.requests).toHaveLength(2);
  });

  it('reports "connection refused" for a closed port', async () => {
    const closed = await startScriptedServer(() => ({ status: 200, json: {} }));
    await closed.close();
    const error = await failure(requestJson({ url: `${closed.url}/x` }, policy({ maxAttempts: 2 })));
    expect(error.message).toContain('connection refused (2 attempts)');
  });

  it('times out a slow answer, retries, and succeeds when the server is fast again', async () => {
    server.fault('/x', { kind: 'delay', ms: 1500 }, 1);
    const response = await requestJson({ url: `${server.url}/x` }, policy({ timeoutMs: 200 }));
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('reports the timeout in seconds when every attempt is slow', async () => {
    server.fault('/x', { kind: 'delay', ms: 1500 });
    const error = await failure(requestJson({ url: `${server.url}/x` }, policy({ timeoutMs: 200, maxAttempts: 2 })));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`GET ${server.url}/x timed out after 0.2s (2 attempts)`);
  });

  it('waits what Retry-After says on 429, then succeeds', async () => {
    server.fault('/x', { kind: 'status', status: 429, headers: { 'retry-after': '1' } }, 1);
    const p = policy();
    const response = await requestJson({ url: `${server.url}/x` }, p);
    expect(response.status).toBe(200);
    expect(p.slept).toEqual([1000]);
    expect(server.requests).toHaveLength(2);
  });

  it("honours GitHub's secondary rate limit: 403 with retry-after", async () => {
    server.fault('/x', { kind: 'status', status: 403, headers: { 'retry-after': '1' } }, 1);
    const p = policy();
    await requestJson({ url: `${server.url}/x` }, p);
    expect(p.slept).toEqual([1000]);
  });

  it('waits until x-ratelimit-reset on a 403 with no requests left', async () => {
    const now = 1_700_000_000_000;
    server.fault(
      '/x',
      {
        kind: 'status',
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 1) },
      },
      1,
    );
    const p = policy({ now: () => now });
    await requestJson({ url: `${server.url}/x` }, p);
    expect(p.slept).toEqual([1000]);
  });

  it('fails at once on a plain 403 (no rate-limit headers)', async () => {
    server.fault('/x', { kind: 'status', status: 403, body: '{"message":"Forbidden"}' });
    const error = await failure(requestJson({ url: `${server.url}/x` }, policy()));
    expect(server.requests).toHaveLength(1);
    expect(error.message).toContain('HTTP 403: "Forbidden"');
  });

  it('gives up when Retry-After is over the total wait limit, without sleeping', async () => {
    server.fault('/x', { kind: 'status', status: 429, headers: { 'retry-after': '120' } });
    const p = policy({ maxTotalWaitMs: 5000 });
    const error = await failure(requestJson({ url: `${server.url}/x` }, p));
    expect(p.slept).toEqual([]);
    expect(server.requests).toHaveLength(1);
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toBe(
      `GET ${server.url}/x was rate-limited (HTTP 429) (1 attempt; the server asked to wait 120s, over the 5s wait limit)`,
    );
  });

  it('sends one validator of a conditional request and answers its 304 with status 304 and no data', async () => {
    server.fault('/x', { kind: 'status', status: 304, body: '' }, 2);
    const both = await requestJson(
      {
        url: `${server.url}/x`,
        redirect: 'error',
        conditional: { etag: 'W/"abc"', lastModified: 'Mon, 08 Sep 2025 13:16:00 GMT' },
      },
      policy(),
    );
    expect(both).toMatchObject({ status: 304, data: undefined, bytes: 0 });
    expect(server.requests[0]?.headers['if-none-match']).toBe('W/"abc"');
    expect(server.requests[0]?.headers['if-modified-since']).toBeUndefined();
    const date = await requestJson(
      { url: `${server.url}/x`, conditional: { lastModified: 'Mon, 08 Sep 2025 13:16:00 GMT' } },
      policy(),
    );
    expect(date.status).toBe(304);
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Mon, 08 Sep 2025 13:16:00 GMT');
  });

  it('fails a 304 to a request that asked nothing conditionally: never an empty answer', async () => {
    server.fault('/x', { kind: 'status', status: 304, body: '' });
    const error = await failure(requestJson({ url: `${server.url}/x` }, policy()));
    expect(error.status).toBe(304);
    expect(error.message).toBe(`GET ${server.url}/x answered HTTP 304`);
    const empty = await failure(requestJson({ url: `${server.url}/x`, conditional: {} }, policy()));
    expect(empty.status).toBe(304);
  });

  it('reports malformed JSON clearly and does not retry it', async () => {
    server.fault('/x', { kind: 'malformed' });
    const error = await failure(requestJson({ url: `${server.url}/x` }, policy()));
    expect(error.kind).toBe('json');
    expect(error.message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/x answered malformed JSON \(24 bytes starting "\{\\"results/,
    );
    expect(server.requests).toHaveLength(1);
  });
});

describe('rateLimitWaitMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each([
    [{ 'retry-after': '5' }, 5000],
    [{ 'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT' }, 7000],
    [{ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }, 0],
    [{ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }, 30000],
    [{ 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': String(now / 1000 + 30) }, undefined],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined],
  ])('%j → %s', (headers, expected) => {
    expect(rateLimitWaitMs(new Headers(headers), now)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, caps at the maximum, and jitters within [50%, 100%]', () => {
    const top = { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999999 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, top))).toEqual([100, 200, 400, 800, 1000, 1000]);
    const bottom = { ...top, random: () => 0 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, bottom))).toEqual([50, 100, 200, 400, 500]);
  });
});

describe('describeUrl', () => {
  it('drops the query and any credentials', () => {
    expect(describeUrl('https://user:pw@api.example.com/a/b?token=x')).toBe('https://api.example.com/a/b');
  });
});

describe('mapLimit', () => {
  it('keeps order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return n * 2;
    });
    expect(out).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(peak).toBe(3);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapLimit([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('boom');
        return n;
      }),
    ).rejects.toThrow('boom');
  });
});
