/**
 * An optional on-disk copy of JSON answers, kept between runs (a directory
 * `actions/cache` saves and restores), and only ever used after the server
 * confirmed it: every use is a conditional request (`If-None-Match` /
 * `If-Modified-Since`) through http.ts, and only a `304 Not Modified` puts the
 * stored body back in play. So a version published, or a version unpublished,
 * after the copy was written is seen exactly as without the cache; what the
 * cache saves is the body's bytes, not the request.
 *
 * One file per request (the URL and the Accept header), written to a temporary
 * name and renamed into place, so a reader sees a whole entry or none. A file
 * that is cut off, altered, of another format or unreadable is a miss: the
 * request goes out unconditionally, as if there were no cache; never a crash
 * and never an empty answer. A directory that cannot be written only loses the
 * saving. Nothing secret goes in: no request header is stored, only the URL,
 * the validators and the body.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { requestJson, type JsonRequest, type JsonResponse, type RetryPolicy } from './http.js';

/** The format of an entry file; another value is a miss. */
const FORMAT = 'lockgate-http-cache-1';
/** Bodies larger than this are neither stored nor read back (the default body cap of http.ts). */
const DEFAULT_MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** A stored answer: its validators and its body. */
export interface CacheEntry {
  etag?: string;
  lastModified?: string;
  body: Buffer;
}

/** What the cache did in this run. */
export interface CacheCounts {
  /** Entries sent for revalidation that the server confirmed (304). */
  revalidated: number;
  /** Entry files that were unreadable or damaged, read as misses. */
  damaged: number;
  /** Entries that could not be written. */
  unwritten: number;
}

/** An entry file's first line. */
interface EntryHead {
  format: string;
  key: string;
  etag?: string;
  lastModified?: string;
  bytes: number;
  sha256: string;
}

export class DiskCache {
  readonly dir: string;
  private readonly maxEntryBytes: number;
  private readonly counts: CacheCounts = { revalidated: 0, damaged: 0, unwritten: 0 };

  constructor(dir: string, options: { maxEntryBytes?: number } = {}) {
    this.dir = path.resolve(dir);
    this.maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  }

  /** The file of `key` (a request's identity: method, Accept and URL). */
  fileOf(key: string): string {
    return path.join(this.dir, `${sha256(key).slice(0, 40)}.entry`);
  }

  /** True when an entry file for `key` exists (it may still turn out damaged when read). */
  async has(key: string): Promise<boolean> {
    return stat(this.fileOf(key)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  /** The stored entry of `key`, or undefined: absent, or damaged in any way (counted). */
  async read(key: string): Promise<CacheEntry | undefined> {
    const file = this.fileOf(key);
    let raw: Buffer;
    try {
      const info = await stat(file);
      if (!info.isFile()) return this.damaged();
      if (info.size > this.maxEntryBytes + 4096) return this.damaged();
      raw = await readFile(file);
    } catch (error) {
      return (error as { code?: unknown }).code === 'ENOENT' ? undefined : this.damaged();
    }
    const newline = raw.indexOf(0x0a);
    if (newline < 0 || newline > 4096) return this.damaged();
    const head = readHead(raw.subarray(0, newline).toString('utf8'));
    const body = raw.subarray(newline + 1);
    if (
      !head ||
      head.key !== key ||
      head.bytes !== body.length ||
      head.sha256 !== sha256(body) ||
      (!head.etag && !head.lastModified)
    ) {
      return this.damaged();
    }
    await markUsed(file);
    return {
      body,
      ...(head.etag ? { etag: head.etag } : {}),
      ...(head.lastModified ? { lastModified: head.lastModified } : {}),
    };
  }

  /** Stores `entry` under `key`; an entry without a validator, or too large, is not stored. Never throws. */
  async write(key: string, entry: CacheEntry): Promise<void> {
    if ((!entry.etag && !entry.lastModified) || entry.body.length > this.maxEntryBytes) return;
    const head: EntryHead = {
      format: FORMAT,
      key,
      ...(entry.etag ? { etag: entry.etag } : {}),
      ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
      bytes: entry.body.length,
      sha256: sha256(entry.body),
    };
    const file = this.fileOf(key);
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), entry.body]));
      await rename(temporary, file);
    } catch {
      this.counts.unwritten++;
      await rm(temporary, { force: true }).catch(() => undefined);
    }
  }

  /** Counts an entry the server confirmed. */
  confirmed(): void {
    this.counts.revalidated++;
  }

  counted(): CacheCounts {
    return { ...this.counts };
  }

  /** Counts an entry found damaged (unreadable, cut off, altered); the caller treats it as a miss. */
  damaged(): undefined {
    this.counts.damaged++;
    return undefined;
  }
}

/** A JSON answer, and whether its body is the stored copy the server confirmed (304). */
export interface CachedJsonResponse extends JsonResponse {
  fromCache: boolean;
}

/**
 * `requestJson` for a GET whose answer may be kept: with an entry stored for
 * this URL and Accept header, the request asks whether it is still current; a
 * 304 answers with the stored body (status 200, `bytes` 0: nothing came over
 * the wire), a 200 replaces the entry. Without a cache, exactly requestJson.
 */
export async function requestJsonCached(
  request: JsonRequest,
  policy: RetryPolicy,
  cache: DiskCache | undefined,
): Promise<CachedJsonResponse> {
  if (!cache) return { ...(await requestJson(request, policy)), fromCache: false };
  const key = cacheKey(request);
  const stored = await cache.read(key);
  const conditional = stored ? { etag: stored.etag, lastModified: stored.lastModified } : undefined;
  let response = await requestJson({ ...request, ...(conditional ? { conditional } : {}) }, policy);
  if (response.status === 304 && stored) {
    const data = parseJson(stored.body);
    if (data.ok) {
      cache.confirmed();
      return { data: data.value, headers: response.headers, status: 200, bytes: 0, fromCache: true };
    }
    // Whole by its digest, yet not JSON (written by something else): a miss after all, asked again in full.
    cache.damaged();
    response = await requestJson(request, policy);
  }
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  if (etag || lastModified) {
    await cache.write(key, {
      body: Buffer.from(JSON.stringify(response.data)),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    });
  }
  return { ...response, fromCache: false };
}

/** The identity of a cacheable request: the URL and the Accept header (the registry's two documents differ by it). */
export function cacheKey(request: Pick<JsonRequest, 'url' | 'headers'>): string {
  const accept = Object.entries(request.headers ?? {}).find(([k]) => k.toLowerCase() === 'accept')?.[1] ?? '';
  return `GET ${accept} ${request.url}`;
}

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return { ok: false };
  }
}

function readHead(line: string): EntryHead | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const h = parsed as Record<string, unknown>;
  const optional = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= 1024);
  if (
    h.format !== FORMAT ||
    typeof h.key !== 'string' ||
    typeof h.bytes !== 'number' ||
    typeof h.sha256 !== 'string' ||
    !optional(h.etag) ||
    !optional(h.lastModified)
  ) {
    return undefined;
  }
  return h as unknown as EntryHead;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A cache file's modification time is when it was last used: set on each hit,
 * so pruning keeps what runs still read. Best effort (a read-only cache only
 * loses the mark).
 */
export async function markUsed(file: string): Promise<void> {
  const now = new Date();
  await utimes(file, now, now).catch(() => undefined);
}

/** How long an unused cache file is kept, and the most the cache may hold. */
export const CACHE_PRUNING = { maxUnusedDays: 30, maxBytes: 1024 * 1024 * 1024 } as const;

/**
 * lockgate's own files under a cache directory, by folder: registry documents
 * (`registry/<sha1-hex>.entry`) and tarballs (`tarballs/<sha256-hex>.tgz`),
 * with the temporary names a run writes first. Nothing else is ever deleted,
 * whatever directory `cache-dir` names.
 */
const OWN_FILES: Record<string, RegExp> = {
  registry: /^[0-9a-f]{40}\.entry(?:\.\d+\.[0-9a-f]{8}\.tmp)?$/,
  tarballs: /^[0-9a-f]{64}\.tgz(?:\.\d+\.[0-9a-f]{8}\.partial)?$/,
};

/** A temporary file this old was left by a run that ended mid-write. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** What pruning removed, and the bytes of the cache files left. */
export interface PruneOutcome {
  removed: number;
  removedBytes: number;
  keptBytes: number;
}

/**
 * Keeps a cache directory (the `cache-dir` root, which `actions/cache` saves
 * after every run) from growing forever: removes lockgate's files not used for
 * `maxUnusedDays`, leftovers of interrupted writes, and then the least recently
 * used files until the rest fit in `maxBytes`. Never throws: a file that cannot
 * be read or removed is left as it is.
 */
export async function pruneCache(
  root: string,
  now = Date.now(),
  limits: { maxUnusedDays: number; maxBytes: number } = CACHE_PRUNING,
): Promise<PruneOutcome> {
  const files: { file: string; size: number; used: number }[] = [];
  const outcome: PruneOutcome = { removed: 0, removedBytes: 0, keptBytes: 0 };
  const remove = async (file: string, size: number): Promise<boolean> => {
    const gone = await rm(file).then(
      () => true,
      () => false,
    );
    if (gone) {
      outcome.removed++;
      outcome.removedBytes += size;
    }
    return gone;
  };
  for (const [folder, own] of Object.entries(OWN_FILES)) {
    const dir = path.join(root, folder);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!own.test(name)) continue;
      const file = path.join(dir, name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) continue;
      const temporary = !name.endsWith('.entry') && !name.endsWith('.tgz');
      const age = now - info.mtimeMs;
      if ((temporary && age > STALE_TEMPORARY_MS) || (!temporary && age > limits.maxUnusedDays * 86_400_000))
        await remove(file, info.size);
      else if (!temporary) files.push({ file, size: info.size, used: info.mtimeMs });
    }
  }
  let total = files.reduce((sum, f) => sum + f.size, 0);
  for (const f of files.sort((a, b) => a.used - b.used)) {
    if (total <= limits.maxBytes) break;
    if (await remove(f.file, f.size)) total -= f.size;
  }
  outcome.keptBytes = total;
  return outcome;
}
