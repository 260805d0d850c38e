/**
 * The GitHub client against loopback servers: every answer checked where it
 * enters, errors that name the endpoint, no redirects, no token to another
 * host, and a body cap that a compression bomb cannot get past.
 */
import * as z from 'zod/mini';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/client.js';
import { HttpRequestError, requestBytes } from '../../src/net/http.js';
import { startGzipBomb, type GzipBomb } from '../support/gzip-bomb.js';
import { startScriptedServer, type ScriptedServer } from '../support/osv-server.js';
import { rejected } from '../helpers.js';

const TOKEN = 'ghs_secret0000000000000000000000000000000';
const FAST = { timeoutMs: 1000, maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10, sleep: () => Promise.resolve() };
const ITEM = z.looseObject({ filename: z.string() });

let answer: { status: number; json?: unknown; text?: string; headers?: Record<string, string> } = {
  status: 200,
  json: [],
};
let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer(() => answer);
});
afterAll(() => server.close());
afterEach(() => {
  server.reset();
  answer = { status: 200, json: [] };
});

const client = () => new GitHubClient(TOKEN, server.url, FAST);
const failure = (promise: Promise<unknown>) => rejected(HttpRequestError, promise);

describe('answers are checked where they enter', () => {
  it('a list item without a string filename is an error naming the endpoint, the page and the field', async () => {
    answer = { status: 200, json: [{ filename: 'a' }, { filename: 3 }] };
    const error = await failure(client().paginate('/repos/o/r/pulls/1/files', ITEM));
    expect(error.kind).toBe('shape');
    expect(error.message).toBe(
      'GET /repos/o/r/pulls/1/files (page 1) answered JSON of another shape ([1].filename: expected string, found a number)',
    );
    // Asked twice (a page that cannot be read is asked for again), then it failed.
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ['an empty body', '', /answered an empty body/],
    ['an HTML page', '<html>Unicorn!</html>', /answered malformed JSON/],
    ['an object', '{}', /answered an object where JSON array was expected|expected array, found an object/],
  ])('a page that is %s never reads as an empty list', async (_, text, message) => {
    answer = { status: 200, text };
    const error = await failure(client().paginate('/repos/o/r/pulls/1/files', ITEM));
    expect(error.message).toMatch(message);
  });

  it('follows Link pages on the same origin, and refuses one on another host (the token would go there)', async () => {
    answer = { status: 200, json: [{ filename: 'a' }], headers: { link: '<http://127.0.0.2:9/x?page=2>; rel="next"' } };
    const error = await failure(client().paginate('/repos/o/r/pulls/1/files', ITEM));
    expect(error.message).toContain('linked its next page on another host');
    expect(server.requests).toHaveLength(1);
  });

  it('a redirect is a failure, not followed with the token', async () => {
    answer = { status: 301, text: '', headers: { location: 'http://127.0.0.2:9/elsewhere' } };
    const error = await failure(client().get('/repos/o/r/pulls/1', ITEM));
    expect(error.kind).toBe('redirect');
    expect(error.message).toContain('answered a redirect (HTTP 301 to http://127.0.0.2:9/elsewhere)');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(error.message).not.toContain(TOKEN);
  });

  it('GraphQL errors are a failure, not an answer', async () => {
    answer = { status: 200, json: { errors: [{ message: 'Something went wrong' }] } };
    const error = await failure(client().graphql('query { viewer { login } }', z.unknown()));
    expect(error.message).toContain('Something went wrong');
  });

  it('a POST is sent once when its answer is lost (it may have been acted on)', async () => {
    server.fault('/repos', { kind: 'reset' });
    await failure(client().send('POST', '/repos/o/r/issues/1/comments', { body: 'x' }, ITEM));
    expect(server.requests).toHaveLength(1);
  });
});

describe('a compression bomb', () => {
  let bomb: GzipBomb;
  beforeAll(async () => {
    bomb = await startGzipBomb();
  }, 60_000);
  afterAll(() => bomb.close());

  it('stops at the decoded-bytes cap with a too-large failure, not retried', async () => {
    const error = await failure(
      requestBytes({ url: bomb.url, maxBytes: 8 * 1024 * 1024 }, { ...FAST, timeoutMs: 30_000 }),
    );
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe(`GET ${bomb.url} answered a body over the 8 MiB limit`);
    expect(bomb.requests()).toBe(1);
  }, 60_000);
});
