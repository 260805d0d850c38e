/**
 * A package tarball (gzip + tar) into files in memory, within caps.
 *
 * The bytes come from a registry and may be hostile: a gzip bomb, a hundred
 * thousand entries, `../` paths, links, a stream cut short. gunzip runs as a
 * node:zlib stream whose output is counted as it comes, so a bomb stops at the
 * cap rather than after it; modern-tar reads the entries from that stream
 * (USTAR, PAX and GNU long names, as npm and node-tar write them). Nothing is
 * written to disk and nothing is run.
 *
 * What is kept: regular files, under their path without the archive's first
 * folder (npm's `package/`; some registries write another name). Links,
 * devices and paths that are absolute or climb with `..` are left out and
 * noted: npm's own extractor ignores them too, so they cannot be what runs.
 */
import { createGunzip } from 'node:zlib';
import { createTarDecoder } from 'modern-tar';

export interface UnpackLimits {
  /** Decoded (tar) bytes at most; a gzip bomb stops here. */
  maxUnpackedBytes: number;
  /** Entries at most, files and everything else. */
  maxEntries: number;
}

export const DEFAULT_UNPACK_LIMITS: UnpackLimits = {
  maxUnpackedBytes: 128 * 1024 * 1024,
  maxEntries: 20_000,
};

export interface UnpackedPackage {
  /** Path (without the first folder) to bytes. */
  files: Map<string, Uint8Array>;
  /** Entries left out, one short sentence each (bounded). */
  skipped: string[];
  /** Bytes of the decoded tar stream. */
  unpackedBytes: number;
}

/** A tarball that cannot be read within the caps or at all; `message` is the report's "not read: …" reason. */
export class UnpackError extends Error {
  constructor(
    readonly reason: 'too-large' | 'too-many-files' | 'corrupt',
    message: string,
  ) {
    super(message);
    this.name = 'UnpackError';
  }
}

const MAX_SKIPPED_NOTES = 20;

export async function unpackTarball(
  bytes: Uint8Array,
  limits: UnpackLimits = DEFAULT_UNPACK_LIMITS,
): Promise<UnpackedPackage> {
  const tar = gunzipStream(bytes, limits.maxUnpackedBytes);
  const decoder = createTarDecoder({ strict: true });
  const files = new Map<string, Uint8Array>();
  const skipped: string[] = [];
  let entries = 0;
  let failure: unknown;
  const piping = tar.stream.pipeTo(decoder.writable).catch((error: unknown) => {
    failure ??= error;
  });
  const reader = decoder.readable.getReader();
  try {
    for (;;) {
      const { done, value: entry } = await reader.read();
      if (done) break;
      entries++;
      if (entries > limits.maxEntries) {
        await entry.body.cancel();
        throw new UnpackError('too-many-files', `more than ${limits.maxEntries.toLocaleString('en-US')} entries`);
      }
      const type = entry.header.type ?? 'file';
      const path = packagePath(entry.header.name);
      if (type !== 'file' || path === undefined) {
        await entry.body.cancel();
        if (type !== 'directory' && skipped.length < MAX_SKIPPED_NOTES) {
          skipped.push(
            path === undefined
              ? `unsafe path ${JSON.stringify(entry.header.name.slice(0, 120))}`
              : `${type} entry ${path}`,
          );
        }
        continue;
      }
      files.set(path, await readAll(entry.body, entry.header.size));
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw asUnpackError(tar.overflow() ? tooLarge(limits) : error);
  }
  await piping;
  if (tar.overflow()) throw tooLarge(limits);
  if (failure !== undefined) throw asUnpackError(failure);
  return { files, skipped, unpackedBytes: tar.bytes() };
}

function tooLarge(limits: UnpackLimits): UnpackError {
  return new UnpackError('too-large', `more than ${formatBytes(limits.maxUnpackedBytes)} unpacked`);
}

function asUnpackError(error: unknown): UnpackError {
  if (error instanceof UnpackError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new UnpackError('corrupt', `not a readable gzip/tar stream (${message.slice(0, 120)})`);
}

/**
 * `package/lib/a.js` → `lib/a.js`. Undefined for a path that is absolute,
 * climbs out with `..`, or names nothing under the first folder.
 */
export function packagePath(name: string): string | undefined {
  const parts = name.replace(/\\/g, '/').split('/');
  if (parts[0] === '' || /^[a-z]:$/i.test(parts[0] ?? '')) return undefined;
  const rest = parts.slice(1).filter((p) => p !== '' && p !== '.');
  if (rest.length === 0 || rest.includes('..')) return undefined;
  return rest.join('/');
}

/** An entry's body, into one buffer of the size its header gives (the gunzip cap bounds that size). */
async function readAll(body: ReadableStream<Uint8Array>, size: number): Promise<Uint8Array> {
  const out = new Uint8Array(size);
  let at = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > size) throw new UnpackError('corrupt', 'an entry is longer than its header says');
    out.set(value, at);
    at += value.length;
  }
  return at === size ? out : out.subarray(0, at);
}

/** gunzip as a web stream whose output stops (with an error) past `cap` bytes. */
function gunzipStream(
  bytes: Uint8Array,
  cap: number,
): { stream: ReadableStream<Uint8Array>; bytes: () => number; overflow: () => boolean } {
  let total = 0;
  let over = false;
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        gunzip.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > cap) {
            over = true;
            gunzip.destroy();
            controller.error(new UnpackError('too-large', `more than ${formatBytes(cap)} unpacked`));
            return;
          }
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
          if ((controller.desiredSize ?? 1) <= 0) gunzip.pause();
        });
        gunzip.on('end', () => {
          if (!over) controller.close();
        });
        gunzip.on('error', (error) => {
          if (!over) controller.error(error);
        });
        gunzip.end(bytes);
      },
      pull() {
        gunzip.resume();
      },
      cancel() {
        gunzip.destroy();
      },
    },
    { highWaterMark: 16 },
  );
  return { stream, bytes: () => total, overflow: () => over };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}
