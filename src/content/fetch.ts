/**
 * Package tarballs from the registry (the I/O edge of content): one download
 * per integrity (or per name@version when the lockfile has none) across all
 * lockfiles of a run, at most `concurrency` at a time, through the shared HTTP
 * layer (timeouts, retries, the proxy variables), verified against the
 * lockfile's integrity, then unpacked in memory within caps (unpack.ts).
 *
 * Where a tarball comes from: the registry lockgate reads, at its own
 * tarball path (`{registry}/{name}/-/{basename}-{version}.tgz`). A packument's
 * `dist.tarball` is used only when its host is the registry's host: a
 * packument naming another host cannot send lockgate, or the token, elsewhere.
 * The token goes only to the registry's host.
 *
 * Never throws: what cannot be read is a `ContentNotRead` with one reason
 * ("not read: 140 MB unpacked"), which the report shows per version.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { markUsed } from '../net/disk-cache.js';
import { HttpRequestError, mapLimit, requestBytes, withDeadline, type RetryPolicy } from '../net/http.js';
import { DEFAULT_UNPACK_LIMITS, UnpackError, formatBytes, unpackTarball, type UnpackLimits } from './unpack.js';

export interface TarballRequest {
  name: string;
  version: string;
  /** The lockfile's `integrity` (SRI), when it has one. */
  integrity?: string;
  /** The packument's `dist.tarball`, when known. */
  tarball?: string;
  /**
   * For a git or tarball-URL dependency: the exact URL to download, which the
   * engine has checked against the source policy. The registry token goes
   * with it only when it is on the registry's host.
   */
  url?: string;
}

export type TarballResult =
  | { ok: true; files: Map<string, Uint8Array>; bytes: number; unpackedBytes: number; skipped: string[] }
  | { ok: false; reason: string };

export interface ContentFetchOptions {
  registryUrl: string;
  token?: string;
  retry?: RetryPolicy;
  /** Downloads in flight at once (default 8). */
  concurrency?: number;
  /** Compressed bytes at most per tarball (default 64 MB). */
  maxTarballBytes?: number;
  limits?: UnpackLimits;
  /** A directory that keeps verified tarballs by integrity between runs (`--cache-dir`); none when unset. */
  cacheDir?: string;
}

export interface ContentFetchStatus {
  name: 'content';
  ok: boolean;
  requests: number;
  bytes: number;
  unpackedBytes: number;
  /** Tarballs read from the on-disk cache instead of downloaded (counted in `bytes`, not in `requests`). */
  cached?: number;
  error?: string;
}

export const DEFAULT_MAX_TARBALL_BYTES = 64 * 1024 * 1024;

/** Where tarballs come from: the registry, or a directory (the offline demo). */
export interface TarballSource {
  /** Every request's result, in order. Never throws. */
  getAll(requests: readonly TarballRequest[]): Promise<TarballResult[]>;
  status(): ContentFetchStatus;
}

/** The counters every source keeps for the report's `sources` entry. */
class Counters {
  requests = 0;
  cached = 0;
  bytes = 0;
  unpacked = 0;
  lastError: string | undefined;

  status(): ContentFetchStatus {
    return {
      name: 'content',
      ok: this.lastError === undefined,
      requests: this.requests,
      ...(this.cached ? { cached: this.cached } : {}),
      bytes: this.bytes,
      unpackedBytes: this.unpacked,
      ...(this.lastError ? { error: this.lastError } : {}),
    };
  }

  fail(reason: string): TarballResult {
    this.lastError ??= reason;
    return { ok: false, reason };
  }

  /** Downloaded (or read) bytes to files: the empty-body, integrity and unpack checks every source shares. */
  async read(body: Uint8Array, request: TarballRequest, limits: UnpackLimits): Promise<TarballResult> {
    this.bytes += body.length;
    if (body.length === 0) return this.fail('not read: the registry answered an empty body');
    if (request.integrity) {
      const check = verifyIntegrity(body, request.integrity);
      if (check !== 'ok') {
        return this.fail(
          check === 'mismatch'
            ? "not read: the bytes served do not match the lockfile's integrity"
            : `not read: ${check}`,
        );
      }
    }
    try {
      const unpacked = await unpackTarball(body, limits);
      this.unpacked += unpacked.unpackedBytes;
      return {
        ok: true,
        files: unpacked.files,
        bytes: body.length,
        unpackedBytes: unpacked.unpackedBytes,
        skipped: unpacked.skipped,
      };
    } catch (error) {
      return this.fail(`not read: ${error instanceof UnpackError ? error.message : String(error)}`);
    }
  }
}

/**
 * Tarballs named `{basename}-{version}.tgz` in one directory (npm pack's
 * names), read through the same checks and unpacker as downloads. The offline
 * demo reads its two postmark-mcp tarballs this way.
 */
export class DirectoryTarballs implements TarballSource {
  private readonly counters = new Counters();

  constructor(
    private readonly dir: string,
    private readonly limits: UnpackLimits = DEFAULT_UNPACK_LIMITS,
  ) {}

  async getAll(requests: readonly TarballRequest[]): Promise<TarballResult[]> {
    return mapLimit(requests, 4, async (request) => {
      const bare = request.name.slice(request.name.lastIndexOf('/') + 1);
      const file = path.join(this.dir, `${bare}-${request.version}.tgz`);
      this.counters.requests++;
      let body: Uint8Array;
      try {
        body = await readFile(file);
      } catch {
        return this.counters.fail(`not read: no ${path.basename(file)} among the bundled tarballs`);
      }
      return this.counters.read(body, request, this.limits);
    });
  }

  status(): ContentFetchStatus {
    return this.counters.status();
  }
}

export class TarballClient implements TarballSource {
  private readonly registry: URL;
  private readonly base: string;
  private readonly token: string | undefined;
  private readonly retry: RetryPolicy;
  private readonly concurrency: number;
  private readonly maxTarballBytes: number;
  private readonly limits: UnpackLimits;
  private readonly cache = new Map<string, Promise<TarballResult>>();
  private readonly counters = new Counters();
  private readonly disk: DiskTarballs | undefined;

  constructor(options: ContentFetchOptions) {
    this.base = options.registryUrl.replace(/\/+$/, '');
    this.registry = new URL(`${this.base}/`);
    this.token = options.token || undefined;
    this.retry = options.retry ?? {};
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.maxTarballBytes = options.maxTarballBytes ?? DEFAULT_MAX_TARBALL_BYTES;
    this.limits = options.limits ?? DEFAULT_UNPACK_LIMITS;
    this.disk = options.cacheDir ? new DiskTarballs(options.cacheDir, this.maxTarballBytes) : undefined;
  }

  /** Every request's result, in order; each tarball at most once per client. */
  async getAll(requests: readonly TarballRequest[]): Promise<TarballResult[]> {
    const policy = withDeadline({ budgetMs: 300_000, ...this.retry });
    return mapLimit(requests, this.concurrency, (request) => {
      const key = request.integrity ?? request.url ?? `${request.name}@${request.version}`;
      let pending = this.cache.get(key);
      if (!pending) {
        pending = this.fetchOne(request, policy);
        this.cache.set(key, pending);
      }
      return pending;
    });
  }

  status(): ContentFetchStatus {
    return this.counters.status();
  }

  /** The URL lockgate downloads `name@version` from (see the header). */
  tarballUrl(request: TarballRequest): string {
    if (request.url) return request.url;
    if (request.tarball) {
      try {
        const url = new URL(request.tarball);
        if (url.host.toLowerCase() === this.registry.host.toLowerCase() && /^https?:$/.test(url.protocol))
          return url.href;
      } catch {
        // not a URL: use the registry's own path
      }
    }
    const bare = request.name.startsWith('@') ? request.name.slice(request.name.indexOf('/') + 1) : request.name;
    const scoped = request.name.startsWith('@')
      ? `${encodeURIComponent(request.name.slice(0, request.name.indexOf('/')))}/${encodeURIComponent(bare)}`
      : encodeURIComponent(request.name);
    return `${this.base}/${scoped.replace('%40', '@')}/-/${encodeURIComponent(bare)}-${encodeURIComponent(request.version)}.tgz`;
  }

  private async fetchOne(request: TarballRequest, policy: RetryPolicy): Promise<TarballResult> {
    const kept = request.integrity && (await this.disk?.get(request.integrity));
    if (kept) {
      this.counters.cached++;
      return this.counters.read(kept, request, this.limits);
    }
    const url = this.tarballUrl(request);
    const headers: Record<string, string> = { accept: 'application/octet-stream, */*' };
    if (this.token && new URL(url).host.toLowerCase() === this.registry.host.toLowerCase()) {
      headers.authorization = `Bearer ${this.token}`;
    }
    this.counters.requests++;
    let body: Uint8Array;
    try {
      body = (await requestBytes({ url, headers, maxBytes: this.maxTarballBytes }, policy)).body;
    } catch (error) {
      return this.counters.fail(
        error instanceof HttpRequestError && error.kind === 'too-large'
          ? `not read: the tarball is over ${formatBytes(this.maxTarballBytes)}`
          : `not read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const result = await this.counters.read(body, request, this.limits);
    // Only bytes that matched the lockfile's integrity are kept, filed under it.
    if (result.ok && request.integrity) await this.disk?.put(request.integrity, body);
    return result;
  }
}

/**
 * Tarballs on disk, one file per integrity string. A file is used only when
 * its bytes match the integrity it is filed under, so a stale, cut-off or
 * tampered cache is a miss (the tarball is downloaded again), never a wrong
 * answer. Writes go to a temporary name and are renamed into place, so a run
 * that stops halfway leaves no partial file under a real name. The cache is a
 * convenience: a directory that cannot be read or written is no cache.
 */
export class DiskTarballs {
  constructor(
    private readonly dir: string,
    private readonly maxBytes: number = DEFAULT_MAX_TARBALL_BYTES,
  ) {}

  fileOf(integrity: string): string {
    return path.join(this.dir, `${createHash('sha256').update(integrity.trim()).digest('hex')}.tgz`);
  }

  async get(integrity: string): Promise<Uint8Array | undefined> {
    try {
      const file = this.fileOf(integrity);
      if ((await stat(file)).size > this.maxBytes) return undefined;
      const bytes = await readFile(file);
      if (verifyIntegrity(bytes, integrity) !== 'ok') return undefined;
      await markUsed(file);
      return bytes;
    } catch {
      return undefined;
    }
  }

  async put(integrity: string, bytes: Uint8Array): Promise<void> {
    const file = this.fileOf(integrity);
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(partial, bytes);
      await rename(partial, file);
    } catch {
      await rm(partial, { force: true }).catch(() => {});
    }
  }
}

/**
 * Checks bytes against an SRI string (`sha512-… sha1-…`): the strongest
 * algorithm it names must match. A sha1 hex `shasum` is accepted too.
 */
export function verifyIntegrity(bytes: Uint8Array, integrity: string): 'ok' | 'mismatch' | string {
  const rank = { sha512: 3, sha384: 2, sha256: 1, sha1: 0 } as const;
  let best: { algo: keyof typeof rank; digest: string }[] = [];
  for (const token of integrity.trim().split(/\s+/)) {
    const m = /^(sha512|sha384|sha256|sha1)-([A-Za-z0-9+/=]+)(\?.*)?$/.exec(token);
    if (m) {
      const algo = m[1] as keyof typeof rank;
      if (!best.length || rank[algo] > rank[best[0]!.algo]) best = [{ algo, digest: m[2]! }];
      else if (rank[algo] === rank[best[0]!.algo]) best.push({ algo, digest: m[2]! });
    } else if (/^[0-9a-f]{40}$/i.test(token) && !best.length) {
      best = [{ algo: 'sha1', digest: Buffer.from(token, 'hex').toString('base64') }];
    }
  }
  if (!best.length) return 'the lockfile integrity names no known hash';
  const actual = createHash(best[0]!.algo).update(bytes).digest('base64');
  return best.some((b) => b.digest === actual) ? 'ok' : 'mismatch';
}
