/**
 * A shallow fetch that hangs ends at its time limit and counts as a failed
 * fetch, so the run falls back to the contents API instead of waiting forever.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fetchCommit } from '../../src/github/commits.js';
import { git, scratch } from '../action/harness.js';

const tmp = scratch();
let server: Server;
let url = '';
let asked = 0;
beforeAll(async () => {
  // Accepts the connection and never answers: git's smart-HTTP discovery hangs.
  server = createServer(() => void asked++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/acme/repo.git`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  tmp.cleanup();
});

it('a fetch from an origin that never answers ends at the limit as a failed fetch', async () => {
  git(tmp.dir, 'init', '-q');
  git(tmp.dir, 'remote', 'add', 'origin', url);
  const fetched = await fetchCommit(tmp.dir, 'a'.repeat(40), 1000);
  expect(fetched).toBe(false);
  // It asked: the fallback is taken because the fetch was cut off, not skipped.
  expect(asked).toBeGreaterThan(0);
}, 30_000);
