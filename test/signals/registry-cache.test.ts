/**
 * The registry client with the on-disk cache (net/disk-cache.ts) against the
 * loopback registry speaking ETag / Last-Modified / 304: a warm cache saves the
 * bytes, never the freshness, and a damaged cache is a miss.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { DiskCache } from '../../src/net/disk-cache.js';
import { cli, recordRetryWaits } from '../support/cli.js';
import { RegistryClient } from '../../src/signals/registry.js';
import {
  startRegistryServer,
  type FakePackage,
  type RegistryServer,
  distOf,
  standInBytes,
} from '../support/registry-server.js';

let registry: RegistryServer;
let dir: string;
const NOW = Date.parse('2025-09-08T14:00:00Z');
const retry = { timeoutMs: 1_500, maxAttempts: 2, baseDelayMs: 1, sleep: async () => undefined };

const chalk = (): FakePackage => ({
  name: 'chalk',
  versions: {
    '5.5.0': { published: '2025-08-01T10:00:00.000Z' },
    '5.6.0': { published: '2025-08-29T13:00:00.000Z' },
  },
});
const packages = (): FakePackage[] => [
  chalk(),
  { name: '@ctrl/tinycolor', versions: { '4.1.0': { published: '2024-04-10T00:00:00.000Z' } }, readmeChars: 50_000 },
];

beforeAll(async () => {
  registry = await startRegistryServer(packages());
});
afterAll(() => registry.close());
beforeEach(() => {
  for (const p of packages()) registry.put(p);
  registry.reset();
  registry.setNow(NOW);
  registry.setValidators('both');
  dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const always = () => true;
const never = () => false;
const client = (cacheDir = dir) => new RegistryClient({ url: registry.url, retry, cache: new DiskCache(cacheDir) });
const versionsOf = (lookup: Awaited<ReturnType<RegistryClient['lookup']>>, name: string) => {
  const answer = lookup.answers.get(name);
  return answer?.kind === 'found' ? [...answer.meta.versions.keys()].sort() : answer?.kind;
};
const entries = () => readdirSync(dir).filter((f) => f.endsWith('.entry'));

describe('RegistryClient with an on-disk cache', () => {
  it('revalidates a warm cache: the same answers for 304s, no body bytes, the full document asked directly', async () => {
    const cold = client();
    const first = await cold.lookup(['chalk', '@ctrl/tinycolor'], always);
    expect(cold.status()).toMatchObject({ ok: true, requests: 4, notModified: 0 });
    expect(cold.status().bytes).toBeGreaterThan(50_000);
    expect(entries()).toHaveLength(4);

    registry.reset();
    const warm = client();
    const second = await warm.lookup(['chalk', '@ctrl/tinycolor'], always);
    // The full documents were stored, so they are asked for at once: two requests, both 304.
    const served = registry.served();
    expect(served.abbreviated).toEqual([]);
    expect(served.full.sort()).toEqual(['@ctrl/tinycolor', 'chalk']);
    expect(served.notModified.sort()).toEqual(['@ctrl/tinycolor', 'chalk']);
    expect(registry.requests.every((r) => typeof r.headers['if-none-match'] === 'string')).toBe(true);
    expect(warm.status()).toMatchObject({ ok: true, requests: 2, bytes: 0, notModified: 2 });
    for (const name of ['chalk', '@ctrl/tinycolor']) {
      const a = first.answers.get(name);
      const b = second.answers.get(name);
      expect(b).toEqual(a);
    }
    expect(second.clock).toBe('registry');
  });

  it('keeps the abbreviated document alone when the full one is not needed', async () => {
    await client().lookup(['chalk'], never);
    registry.reset();
    const warm = client();
    const again = await warm.lookup(['chalk'], never);
    expect(registry.served()).toEqual({ abbreviated: ['chalk'], full: [], notModified: ['chalk'] });
    expect(versionsOf(again, 'chalk')).toEqual(['5.5.0', '5.6.0']);
  });

  for (const validators of ['both', 'etag', 'last-modified'] as const) {
    it(`sees a version published after the cache was written (validators: ${validators})`, async () => {
      registry.setValidators(validators);
      await client().lookup(['chalk'], always);
      const header = validators === 'last-modified' ? 'if-modified-since' : 'if-none-match';
      const pkg = chalk();
      pkg.versions['5.6.1'] = { published: '2025-09-08T13:16:00.000Z' };
      registry.put(pkg);
      registry.reset();
      const warm = client();
      const after = await warm.lookup(['chalk'], always);
      expect(typeof registry.requests[0]!.headers[header]).toBe('string');
      expect(registry.served().notModified).toEqual([]);
      expect(versionsOf(after, 'chalk')).toEqual(['5.5.0', '5.6.0', '5.6.1']);
      const answer = after.answers.get('chalk');
      expect(answer?.kind === 'found' && answer.meta.times.get('5.6.1')).toBe(Date.parse('2025-09-08T13:16:00Z'));

      // And the entry was replaced: the next run revalidates the new document.
      registry.reset();
      const third = await client().lookup(['chalk'], always);
      expect(registry.served().notModified).toEqual(['chalk']);
      expect(versionsOf(third, 'chalk')).toEqual(['5.5.0', '5.6.0', '5.6.1']);
    });
  }

  it('sees a version removed, and a package removed, after the cache was written', async () => {
    await client().lookup(['chalk', '@ctrl/tinycolor'], always);
    const pkg = chalk();
    pkg.versions['5.6.0'] = { ...pkg.versions['5.6.0']!, unpublished: true };
    registry.put(pkg);
    registry.reset();
    // The whole package taken down: the registry answers 404 whatever the request's validators.
    registry.fault('/@ctrl%2ftinycolor', { kind: 'status', status: 404, body: '{"error":"Not found"}' });
    const after = await client().lookup(['chalk', '@ctrl/tinycolor'], always);
    expect(versionsOf(after, 'chalk')).toEqual(['5.5.0']);
    expect(after.answers.get('@ctrl/tinycolor')).toEqual({ kind: 'not-found' });
  });

  it('stores nothing from a registry without validators, and asks in full every time', async () => {
    registry.setValidators('none');
    await client().lookup(['chalk'], always);
    expect(entries()).toEqual([]);
    registry.reset();
    const again = client();
    await again.lookup(['chalk'], always);
    expect(registry.requests.some((r) => r.headers['if-none-match'] || r.headers['if-modified-since'])).toBe(false);
    expect(again.status()).toMatchObject({ requests: 2, notModified: 0 });
  });

  const damage: Record<string, (file: string) => void> = {
    'cut off': (file) => {
      const raw = readFileSync(file);
      writeFileSync(file, raw.subarray(0, Math.floor(raw.length * 0.6)));
    },
    'altered (same length)': (file) => {
      const raw = readFileSync(file);
      const at = raw.lastIndexOf(Buffer.from('5.6.0'));
      raw.write('9.9.9', at);
      writeFileSync(file, raw);
    },
    empty: (file) => writeFileSync(file, ''),
    'not an entry': (file) => writeFileSync(file, '<html>proxy error</html>\n{}'),
    'a directory': (file) => {
      rmSync(file);
      mkdirSync(file);
    },
  };
  for (const [how, spoil] of Object.entries(damage)) {
    it(`reads a cache file that is ${how} as a miss: asked unconditionally, answered right`, async () => {
      await client().lookup(['chalk'], always);
      for (const f of entries()) spoil(path.join(dir, f));
      registry.reset();
      const cache = new DiskCache(dir);
      const warm = new RegistryClient({ url: registry.url, retry, cache });
      const after = await warm.lookup(['chalk'], always);
      expect(versionsOf(after, 'chalk')).toEqual(['5.5.0', '5.6.0']);
      expect(after.failed.size).toBe(0);
      const full = registry.requests.find((r) => !String(r.headers.accept).includes('install-v1'));
      expect(full?.headers['if-none-match']).toBeUndefined();
      expect(registry.served().notModified).toEqual([]);
      expect(cache.counted().damaged).toBeGreaterThan(0);
    });
  }

  it('never reads a 304 to a request that asked nothing conditionally as an answer', async () => {
    registry.fault('/chalk', { kind: 'status', status: 304, body: '' });
    const c = client();
    const result = await c.lookup(['chalk'], never);
    expect(result.answers.has('chalk')).toBe(false);
    expect(result.failed.get('chalk')).toMatch(/HTTP 304/);
  });

  it('keeps the stored document when a revalidation is cut off, and does not answer from it', async () => {
    await client().lookup(['chalk'], never);
    const pkg = chalk();
    pkg.versions['5.6.1'] = { published: '2025-09-08T13:16:00.000Z' };
    registry.put(pkg);
    registry.reset();
    registry.fault('/chalk', { kind: 'truncate' });
    const cut = client();
    const result = await cut.lookup(['chalk'], never);
    expect(result.answers.has('chalk')).toBe(false);
    expect(result.failed.get('chalk')).toBeDefined();
    registry.reset();
    const later = await client().lookup(['chalk'], never);
    expect(versionsOf(later, 'chalk')).toEqual(['5.5.0', '5.6.0', '5.6.1']);
  });

  it('works, only without the saving, when the cache directory cannot be written', async () => {
    const blocked = path.join(dir, 'file');
    writeFileSync(blocked, 'not a directory');
    const cache = new DiskCache(path.join(blocked, 'cache'));
    const c = new RegistryClient({ url: registry.url, retry, cache });
    const result = await c.lookup(['chalk'], always);
    expect(versionsOf(result, 'chalk')).toEqual(['5.5.0', '5.6.0']);
    expect(cache.counted().unwritten).toBe(2);
  });
});

describe('--cache-dir on the command line', () => {
  it('keeps registry documents in <dir>/registry, outside the checked tree only', async () => {
    const head = path.join(dir, 'head');
    const base = path.join(dir, 'base');
    mkdirSync(head);
    mkdirSync(base);
    const lock = (version: string) =>
      JSON.stringify({
        name: 'p',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'p', dependencies: { chalk: '^5' } },
          'node_modules/chalk': {
            version,
            resolved: `https://registry.npmjs.org/chalk/-/chalk-${version}.tgz`,
            // What the registry stand-in publishes for the version: a healthy entry.
            integrity: distOf(standInBytes('chalk', version)).integrity,
          },
        },
      });
    writeFileSync(path.join(base, 'package-lock.json'), lock('5.5.0'));
    writeFileSync(path.join(head, 'package-lock.json'), lock('5.6.0'));
    const args = (cache: string) => [
      ...['--base-dir', base, '--head-dir', head, '--registry-url', registry.url, '--cache-dir', cache],
      ...[
        '--format',
        'json',
        '--no-content',
        '--osv-url',
        'http://127.0.0.1:9',
        '--github-api-url',
        'http://127.0.0.1:9',
      ],
    ];
    const report = (stdout: string) =>
      JSON.parse(stdout) as { sources: { type: string }[]; messages: { message: string }[] };
    // OSV and GitHub are closed ports here: their retries are recorded, not slept.
    const waits = recordRetryWaits();
    onTestFinished(waits.restore);
    const cacheDir = path.join(dir, 'cache');
    await cli(args(cacheDir));
    expect(readdirSync(path.join(cacheDir, 'registry')).length).toBeGreaterThan(0);
    registry.reset();
    const warm = await cli(args(cacheDir));
    expect(report(warm.stdout).sources.find((s) => s.type === 'registry')).toMatchObject({
      requests: 1,
      bytes: 0,
      notModified: 1,
    });

    // Inside the checked tree: the run goes on, nothing of the registry is kept or revalidated, and a note says why.
    registry.reset();
    const insideDir = path.join(head, '.lockgate-cache');
    const inside = await cli(args(insideDir));
    expect(inside.code).toBe(0);
    expect(
      report(inside.stdout)
        .messages.map((m) => m.message)
        .join('\n'),
    ).toContain('Registry documents were not cached: the cache directory lies inside the checked tree');
    expect(registry.requests.some((r) => r.headers['if-none-match'])).toBe(false);
    expect(existsSync(path.join(insideDir, 'registry'))).toBe(false);
  });
});
