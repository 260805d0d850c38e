import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RegistryClient, packagePath } from '../../src/signals/registry.js';
import { startRegistryServer, type RegistryServer } from '../support/registry-server.js';

let registry: RegistryServer;
const NOW = Date.parse('2025-09-08T14:00:00Z');
const waits: number[] = [];
// Generous enough that a loaded machine does not time out an honest answer (a retry would count twice);
// the slow-registry test delays its answer well past it.
const retry = {
  timeoutMs: 1_500,
  maxAttempts: 3,
  baseDelayMs: 1,
  sleep: async (ms: number) => {
    waits.push(ms);
  },
};

beforeAll(async () => {
  registry = await startRegistryServer([
    {
      name: 'chalk',
      versions: {
        '5.6.0': { published: '2025-08-29T13:00:00.000Z' },
        '5.6.1': { published: '2025-09-08T13:16:00.000Z' },
      },
    },
    { name: '@ctrl/tinycolor', versions: { '4.1.0': { published: '2024-04-10T00:00:00.000Z' } } },
    { name: 'big', versions: { '1.0.0': { published: '2025-01-01T00:00:00.000Z' } }, readmeChars: 5_000_000 },
  ]);
});
afterAll(() => registry.close());
beforeEach(() => {
  registry.reset();
  registry.setNow(NOW);
  registry.setValidators('both');
  waits.length = 0;
});

const always = () => true;
const never = () => false;

describe('RegistryClient', () => {
  it('asks for the abbreviated document first and the full one only when told', async () => {
    const client = new RegistryClient({ url: registry.url, retry });
    const small = await client.lookup(['chalk'], never);
    expect(registry.served()).toEqual({ abbreviated: ['chalk'], full: [], notModified: [] });
    const meta = small.answers.get('chalk');
    expect(meta).toMatchObject({ kind: 'found', meta: { full: false } });

    const other = new RegistryClient({ url: registry.url, retry });
    const seen: number[] = [];
    const full = await other.lookup(['chalk'], (abbreviated, now) => {
      seen.push(now);
      expect(abbreviated.modified).toBe(Date.parse('2025-09-08T13:16:00Z'));
      return true;
    });
    expect(registry.served().full).toEqual(['chalk']);
    expect(seen).toEqual([NOW]);
    const got = full.answers.get('chalk');
    expect(got?.kind === 'found' && got.meta.full && got.meta.times.get('5.6.1')).toBe(
      Date.parse('2025-09-08T13:16:00Z'),
    );
    expect(other.status()).toMatchObject({ name: 'registry', ok: true, requests: 2 });
  });

  it("uses the registry's Date header as the clock, not the local one", async () => {
    registry.setNow(Date.parse('2020-01-01T00:00:00Z'));
    const client = new RegistryClient({ url: registry.url, retry, now: () => Date.parse('2030-01-01T00:00:00Z') });
    const result = await client.lookup(['chalk'], never);
    expect(result).toMatchObject({ now: Date.parse('2020-01-01T00:00:00Z'), clock: 'registry' });
  });

  it('requests scoped names as @scope%2fname', async () => {
    expect(packagePath('@ctrl/tinycolor')).toBe('@ctrl%2ftinycolor');
    expect(packagePath('left-pad')).toBe('left-pad');
    const client = new RegistryClient({ url: `${registry.url}/`, retry });
    const result = await client.lookup(['@ctrl/tinycolor'], never);
    expect(registry.requests.map((r) => r.url)).toEqual(['/@ctrl%2ftinycolor']);
    expect(result.answers.get('@ctrl/tinycolor')?.kind).toBe('found');
  });

  it('fetches one document per package name per run, however many lockfiles ask', async () => {
    const client = new RegistryClient({ url: registry.url, retry });
    await client.lookup(['chalk', 'chalk', '@ctrl/tinycolor'], always);
    await client.lookup(['chalk'], always);
    expect(registry.served()).toEqual({
      abbreviated: ['chalk', '@ctrl/tinycolor'],
      full: ['chalk', '@ctrl/tinycolor'],
      notModified: [],
    });
  });

  it('answers a 404 as a package the registry does not have', async () => {
    const client = new RegistryClient({ url: registry.url, retry });
    const result = await client.lookup(['no-such-package'], always);
    expect(result.answers.get('no-such-package')).toEqual({ kind: 'not-found' });
    expect(client.status().ok).toBe(true);
  });

  it('waits as long as a 429 Retry-After asks, through the injected sleep', async () => {
    registry.fault('/chalk', { kind: 'status', status: 429, headers: { 'retry-after': '2' } }, 1);
    const client = new RegistryClient({ url: registry.url, retry });
    const result = await client.lookup(['chalk'], never);
    expect(waits).toEqual([2000]);
    expect(result.answers.get('chalk')?.kind).toBe('found');
    expect(client.status()).toMatchObject({ ok: true, requests: 1 });
  });

  it('gives up on a registry that answers too slowly, and says so without failing the other names', async () => {
    registry.fault('/chalk', { kind: 'delay', ms: 4000 });
    const client = new RegistryClient({ url: registry.url, retry: { ...retry, maxAttempts: 2 } });
    const result = await client.lookup(['chalk', '@ctrl/tinycolor'], never);
    expect(result.failed.get('chalk')).toMatch(/timed out/);
    expect(result.answers.get('@ctrl/tinycolor')?.kind).toBe('found');
    expect(client.status()).toMatchObject({ ok: false, error: expect.stringMatching(/chalk timed out/) });
  });

  it('counts the bytes of a multi-megabyte packument', async () => {
    const client = new RegistryClient({ url: registry.url, retry });
    await client.lookup(['big'], always);
    const status = client.status();
    expect(status.requests).toBe(2);
    expect(status.bytes).toBeGreaterThan(5_000_000);
  });

  it('sends the token as a bearer token and never puts it into an error', async () => {
    registry.fault('/chalk', { kind: 'status', status: 401, body: '{"error":"bad token"}' });
    const client = new RegistryClient({ url: registry.url, retry, token: 'npm_SECRET123' });
    const result = await client.lookup(['chalk'], never);
    expect(registry.requests[0]!.headers.authorization).toBe('Bearer npm_SECRET123');
    expect(result.failed.get('chalk')).toMatch(/HTTP 401/);
    expect(JSON.stringify(client.status())).not.toContain('SECRET');
  });
});
