import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiskTarballs, TarballClient, verifyIntegrity } from '../../src/content/fetch.js';
import { startRegistryServer, type RegistryServer } from '../support/registry-server.js';
import { tarballBytes } from './support.js';

const sri = (bytes: Uint8Array) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
const FAST = { timeoutMs: 5_000, maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, budgetMs: 10_000 };

let registry: RegistryServer;
const debug = tarballBytes('real/debug-4.4.1.tgz');
const solana = tarballBytes('real/solana-web3.js-1.95.5.tgz');

beforeAll(async () => {
  registry = await startRegistryServer();
  registry.putTarball('debug', '4.4.1', debug);
  registry.putTarball('@solana/web3.js', '1.95.5', solana);
});
afterAll(() => registry.close());
beforeEach(() => registry.reset());

const client = (extra: Partial<ConstructorParameters<typeof TarballClient>[0]> = {}) =>
  new TarballClient({ registryUrl: registry.url, retry: FAST, ...extra });

describe('TarballClient against a registry on 127.0.0.1', () => {
  it('downloads from the registry path, verifies the integrity, unpacks, and counts', async () => {
    const c = client();
    const [a, b] = await c.getAll([
      { name: 'debug', version: '4.4.1', integrity: sri(debug) },
      { name: '@solana/web3.js', version: '1.95.5', integrity: sri(solana) },
    ]);
    expect(a).toMatchObject({ ok: true, bytes: debug.length });
    expect(a!.ok && [...a!.files.keys()]).toContain('src/index.js');
    expect(b!.ok && b!.files.has('lib/index.cjs.js')).toBe(true);
    expect(registry.tarballsServed()).toEqual(['/debug/-/debug-4.4.1.tgz', '/@solana/web3.js/-/web3.js-1.95.5.tgz']);
    expect(c.status()).toMatchObject({ name: 'content', ok: true, requests: 2, bytes: debug.length + solana.length });
  });

  it('downloads each tarball once per run, however many lockfiles name it', async () => {
    const c = client();
    const request = { name: 'debug', version: '4.4.1', integrity: sri(debug) };
    await c.getAll([request, request]);
    await c.getAll([request]);
    expect(registry.tarballsServed()).toHaveLength(1);
  });

  it('uses a dist.tarball on the registry host, and never one on another host', () => {
    const c = client();
    expect(c.tarballUrl({ name: 'a', version: '1.0.0', tarball: `${registry.url}/download/a/1.0.0/x.tgz` })).toBe(
      `${registry.url}/download/a/1.0.0/x.tgz`,
    );
    expect(c.tarballUrl({ name: 'a', version: '1.0.0', tarball: 'https://evil.example/a-1.0.0.tgz' })).toBe(
      `${registry.url}/a/-/a-1.0.0.tgz`,
    );
    const path = new TarballClient({ registryUrl: 'https://npm.corp.example/api/npm/npm/' });
    expect(path.tarballUrl({ name: '@s/p', version: '2.0.0-rc.1' })).toBe(
      'https://npm.corp.example/api/npm/npm/@s/p/-/p-2.0.0-rc.1.tgz',
    );
  });

  it('sends the token to the registry host only', async () => {
    const c = client({ token: 's3cret' });
    await c.getAll([{ name: 'debug', version: '4.4.1' }]);
    expect(registry.requests[0]!.headers.authorization).toBe('Bearer s3cret');
    // A packument pointing elsewhere is not followed at all, so the token cannot leave.
    expect(c.tarballUrl({ name: 'debug', version: '4.4.1', tarball: 'http://127.0.0.2:9/debug.tgz' })).toContain(
      registry.url,
    );
  });

  it('does not read bytes that do not match the lockfile integrity', async () => {
    const [r] = await client().getAll([{ name: 'debug', version: '4.4.1', integrity: sri(Buffer.from('other')) }]);
    expect(r).toEqual({ ok: false, reason: "not read: the bytes served do not match the lockfile's integrity" });
  });

  it('turns registry faults into a reason, never an empty package', async () => {
    const request = { name: 'debug', version: '4.4.1', integrity: sri(debug) };
    const cases: [Parameters<RegistryServer['fault']>[1], RegExp][] = [
      [
        { kind: 'status', status: 404, body: '{"error":"Not found"}' },
        /^not read: GET .*debug-4\.4\.1\.tgz answered HTTP 404/,
      ],
      [{ kind: 'status', status: 503 }, /answered HTTP 503 \(2 attempts\)/],
      [{ kind: 'status', status: 200, body: '' }, /^not read: the registry answered an empty body$/],
      [{ kind: 'status', status: 200, body: '<html>login</html>' }, /^not read: the bytes served do not match/],
      [{ kind: 'truncate' }, /^not read: /],
      [{ kind: 'delay', ms: 60_000 }, /timed out after [\d.]+s/],
    ];
    for (const [fault, reason] of cases) {
      registry.reset();
      registry.fault('/debug/', fault);
      // A short timeout: the hang is the server's, the wait need not be the test's.
      const [r] = await client({ retry: { ...FAST, timeoutMs: 300 } }).getAll([request]);
      expect(r!.ok, JSON.stringify(fault)).toBe(false);
      expect(!r!.ok && r!.reason, JSON.stringify(fault)).toMatch(reason);
    }
  });

  it('reads a body without integrity as it comes, and says when it is not a tarball', async () => {
    registry.fault('/debug/', { kind: 'status', status: 200, body: '<html>login</html>' });
    const [r] = await client().getAll([{ name: 'debug', version: '4.4.1' }]);
    expect(r).toEqual({ ok: false, reason: 'not read: not a readable gzip/tar stream (incorrect header check)' });
  });

  it('stops at the compressed and the unpacked caps, with the size in the reason', async () => {
    const [big] = await client({ maxTarballBytes: 10_000 }).getAll([{ name: 'debug', version: '4.4.1' }]);
    expect(big).toEqual({ ok: false, reason: 'not read: the tarball is over 10 kB' });
    const [wide] = await client({ limits: { maxUnpackedBytes: 1 << 20, maxEntries: 100 } }).getAll([
      { name: '@solana/web3.js', version: '1.95.5' },
    ]);
    expect(wide).toEqual({ ok: false, reason: 'not read: more than 1 MB unpacked' });
    const bomb = gzipSync(Buffer.alloc(50 << 20));
    registry.putTarball('bomb', '1.0.0', bomb);
    const [b] = await client({ limits: { maxUnpackedBytes: 8 << 20, maxEntries: 100 } }).getAll([
      { name: 'bomb', version: '1.0.0' },
    ]);
    expect(b).toEqual({ ok: false, reason: 'not read: more than 8 MB unpacked' });
  });
});

describe('the on-disk cache (--cache-dir)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-tarball-cache-'));
    return () => rmSync(dir, { recursive: true, force: true });
  });
  const request = { name: 'debug', version: '4.4.1', integrity: sri(debug) };

  it('keeps a verified tarball by its integrity, and the next run reads it without a request', async () => {
    const first = client({ cacheDir: dir });
    expect((await first.getAll([request]))[0]).toMatchObject({ ok: true });
    expect(registry.tarballsServed()).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([path.basename(new DiskTarballs(dir).fileOf(request.integrity))]);

    registry.reset();
    const second = client({ cacheDir: dir });
    const [again] = await second.getAll([request]);
    expect(again!.ok && again!.files.has('src/index.js')).toBe(true);
    expect(registry.tarballsServed()).toEqual([]);
    expect(second.status()).toMatchObject({ ok: true, requests: 0, cached: 1, bytes: debug.length });
  });

  it('takes a tampered or cut-off file for a miss and downloads again', async () => {
    const disk = new DiskTarballs(dir);
    for (const spoil of [
      () => writeFileSync(disk.fileOf(request.integrity), solana),
      () => truncateSync(disk.fileOf(request.integrity), 100),
    ]) {
      await client({ cacheDir: dir }).getAll([request]);
      spoil();
      registry.reset();
      const c = client({ cacheDir: dir });
      const [r] = await c.getAll([request]);
      expect(r).toMatchObject({ ok: true, bytes: debug.length });
      expect(registry.tarballsServed()).toHaveLength(1);
      expect(c.status().cached).toBeUndefined();
    }
  });

  it('keeps nothing that was not verified: no integrity, or bytes that do not match it', async () => {
    await client({ cacheDir: dir }).getAll([
      { name: 'debug', version: '4.4.1' },
      { name: '@solana/web3.js', version: '1.95.5', integrity: sri(debug) },
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is no cache when the directory cannot be written', async () => {
    const file = path.join(dir, 'a-file');
    writeFileSync(file, '');
    const c = client({ cacheDir: path.join(file, 'tarballs') });
    expect((await c.getAll([request]))[0]).toMatchObject({ ok: true });
    expect(c.status()).toMatchObject({ ok: true, requests: 1 });
  });
});

describe('verifyIntegrity', () => {
  const bytes = Buffer.from('hello');
  it('checks the strongest hash an SRI string names', () => {
    const sha1 = `sha1-${createHash('sha1').update(bytes).digest('base64')}`;
    expect(verifyIntegrity(bytes, `${sha1} ${sri(bytes)}`)).toBe('ok');
    expect(verifyIntegrity(bytes, `${sha1} sha512-AAAA`)).toBe('mismatch');
    expect(verifyIntegrity(bytes, createHash('sha1').update(bytes).digest('hex'))).toBe('ok');
    expect(verifyIntegrity(bytes, 'md5-xyz')).toBe('the lockfile integrity names no known hash');
  });
});
