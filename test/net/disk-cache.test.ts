/**
 * Pruning the cache directory (net/disk-cache.ts pruneCache): lockgate's own
 * files not used for 30 days go, then the least recently used until the rest
 * fit the budget; leftovers of interrupted writes go after an hour; nothing
 * else in the directory is ever touched. A hit marks a file used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiskTarballs } from '../../src/content/fetch.js';
import { DiskCache, pruneCache } from '../../src/net/disk-cache.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-07T12:00:00Z');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-prune-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'registry'));
  mkdirSync(path.join(dir, 'tarballs'));
  return dir;
}

/** Write `bytes` bytes at `rel`, last used `daysAgo` days before NOW. */
function file(root: string, rel: string, bytes: number, daysAgo: number): string {
  const full = path.join(root, rel);
  writeFileSync(full, Buffer.alloc(bytes, 1));
  const at = new Date(NOW - daysAgo * DAY);
  utimesSync(full, at, at);
  return rel;
}

const entry = (c: string) => `registry/${c.repeat(40)}.entry`;
const tarball = (c: string) => `tarballs/${c.repeat(64)}.tgz`;

function left(root: string): string[] {
  return ['registry', 'tarballs', '.']
    .flatMap((d) => readdirSync(path.join(root, d)).map((n) => path.posix.join(d, n)))
    .filter((f) => !['registry', 'tarballs'].includes(f))
    .sort();
}

describe('pruneCache', () => {
  it('removes what no run used for 30 days and keeps the rest', async () => {
    const root = scratch();
    const kept = [file(root, entry('a'), 10, 29), file(root, tarball('b'), 10, 1)];
    file(root, entry('c'), 10, 31);
    file(root, tarball('d'), 10, 400);
    const outcome = await pruneCache(root, NOW);
    expect(left(root)).toEqual(kept.sort());
    expect(outcome).toEqual({ removed: 2, removedBytes: 20, keptBytes: 20 });
  });

  it('over the budget, removes the least recently used first', async () => {
    const root = scratch();
    file(root, tarball('a'), 400, 3);
    const middle = file(root, entry('b'), 400, 2);
    const newest = file(root, tarball('c'), 400, 1);
    await pruneCache(root, NOW, { maxUnusedDays: 30, maxBytes: 900 });
    expect(left(root)).toEqual([middle, newest].sort());
  });

  it('removes temporary files of interrupted writes after an hour, never a write in progress', async () => {
    const root = scratch();
    const fresh = `${entry('a')}.4242.0a1b2c3d.tmp`;
    writeFileSync(path.join(root, fresh), 'x');
    file(root, `${tarball('b')}.4242.0a1b2c3d.partial`, 5, 0.1);
    await pruneCache(root, Date.now());
    await pruneCache(root, NOW);
    expect(left(root)).toEqual([fresh]);
  });

  it('never touches a file it did not write, whatever cache-dir names', async () => {
    const root = scratch();
    const foreign = [
      file(root, 'registry/notes.txt', 10, 400),
      file(root, 'tarballs/abc.tgz', 10, 400),
      file(root, 'old-report.json', 10, 400),
      file(root, `registry/${'a'.repeat(40)}.entry.bak`, 10, 400),
    ];
    mkdirSync(path.join(root, 'tarballs', `${'e'.repeat(64)}.tgz`));
    const outcome = await pruneCache(root, NOW, { maxUnusedDays: 30, maxBytes: 0 });
    expect(left(root)).toEqual([...foreign, `tarballs/${'e'.repeat(64)}.tgz`].sort());
    expect(outcome.removed).toBe(0);
  });

  it('a missing cache directory is nothing to prune', async () => {
    const missing = path.join(os.tmpdir(), 'lockgate-prune-missing-', String(process.pid));
    expect(await pruneCache(missing, NOW)).toEqual({ removed: 0, removedBytes: 0, keptBytes: 0 });
  });
});

describe('a cache hit marks the file used', () => {
  it('registry documents and tarballs read back get a new modification time', async () => {
    const root = scratch();
    const cache = new DiskCache(path.join(root, 'registry'));
    await cache.write('GET x https://registry.example/a', { etag: '"1"', body: Buffer.from('{}') });
    const doc = cache.fileOf('GET x https://registry.example/a');
    const tarballs = new DiskTarballs(path.join(root, 'tarballs'));
    const bytes = Buffer.from('tarball bytes');
    const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
    await tarballs.put(integrity, bytes);
    const old = new Date(NOW - 40 * DAY);
    for (const f of [doc, tarballs.fileOf(integrity)]) utimesSync(f, old, old);

    expect(await cache.read('GET x https://registry.example/a')).toBeDefined();
    expect(Buffer.from((await tarballs.get(integrity))!)).toEqual(bytes);
    for (const f of [doc, tarballs.fileOf(integrity)]) expect(statSync(f).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    // Used today: pruning (by today's clock) keeps both.
    expect((await pruneCache(root)).removed).toBe(0);
  });
});
