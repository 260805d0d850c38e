/**
 * The bundled advisory snapshot as an AdvisorySource. Loading reads only the
 * header and the name index; a lookup reads and inflates only the blocks
 * holding the names asked for and parses only their records, so its cost
 * follows the number of hits, not the size of the database.
 */
import { plain } from '../core/escape.js';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OsvRecord, PackageQuery, SourceStatus } from '../core/osv.js';
import type { AdvisorySource } from './types.js';
import {
  decodeBlock,
  decodeHeader,
  expectedSize,
  HEADER_MAX_BYTES,
  SnapshotIndex,
  type SnapshotHeader,
} from './snapshot-format.js';
import { LockgateError } from '../core/errors.js';

/** File name of the snapshot, next to the bundles in dist/. */
export const SNAPSHOT_FILE = 'advisories.snapshot';

/** A snapshot that cannot be used: missing, unreadable or corrupt. One sentence naming the file. */
export class SnapshotError extends LockgateError {
  constructor(message: string) {
    super('snapshot', message);
    this.name = 'SnapshotError';
  }
}

/** Reads byte spans of the blocks section (offsets relative to its start). */
export type SpanReader = (spans: readonly { start: number; end: number }[]) => Uint8Array[];

/** The bundled snapshot: name `snapshot`, records and asOf from its header. */
export class SnapshotSource implements AdvisorySource {
  readonly name = 'snapshot';
  private readonly parsed = new Map<number, OsvRecord>();

  constructor(
    readonly index: SnapshotIndex,
    private readonly readSpans: SpanReader,
    /** Where the snapshot came from, for error messages. */
    readonly file: string,
  ) {}

  /** The snapshot's header: record count, asOf, sizes. */
  get header(): SnapshotHeader {
    return this.index.header;
  }

  /** Every record naming one of the packages (versions are for matching to decide), in id order. */
  async lookup(packages: readonly PackageQuery[]): Promise<OsvRecord[]> {
    const numbers = new Set<number>();
    for (const name of new Set(packages.map((p) => p.name))) {
      for (const number of this.index.recordsFor(name)) numbers.add(number);
    }
    const wanted = [...numbers].sort((a, b) => a - b);
    const missing = wanted.filter((n) => !this.parsed.has(n));
    if (missing.length > 0) {
      try {
        this.parseRecords(missing);
      } catch (error) {
        throw new SnapshotError(`advisory snapshot ${this.file} is unreadable: ${reasonOf(error)}`);
      }
    }
    return wanted.map((n) => this.parsed.get(n)!);
  }

  /** Read, inflate and parse the blocks holding these record numbers. */
  private parseRecords(numbers: readonly number[]): void {
    const per = this.index.header.blockRecords;
    const byBlock = new Map<number, number[]>();
    for (const number of numbers) {
      const block = Math.floor(number / per);
      const lines = byBlock.get(block);
      if (lines) lines.push(number % per);
      else byBlock.set(block, [number % per]);
    }
    const blocks = [...byBlock.keys()];
    const compressed = this.readSpans(blocks.map((block) => this.index.blockSpan(block)));
    blocks.forEach((block, i) => {
      const lines = byBlock.get(block)!;
      const records = decodeBlock(compressed[i]!, block, this.index.blockSize(block), lines);
      for (const line of lines) this.parsed.set(block * per + line, records.get(line)!);
    });
  }

  status(): SourceStatus {
    const { records, asOf } = this.index.header;
    return { name: this.name, ok: true, records, ...(asOf ? { asOf } : {}) };
  }
}

/**
 * Where the bundled snapshot is: next to the running bundle (dist/cli.js,
 * dist/index.js), else `dist/<file>` in an ancestor directory (running from
 * src/ under vitest, or from a run-ts.mjs cache bundle).
 */
export function defaultSnapshotPath(): string {
  const here = path.dirname(fileURLToPath(new URL(import.meta.url)));
  // Beside the bundle (dist/), one level up from a code chunk (dist/chunks/), then a dist/ above.
  const candidates = [path.join(here, SNAPSHOT_FILE), path.join(here, '..', SNAPSHOT_FILE)];
  let dir = here;
  for (let level = 0; level < 4; level++) {
    dir = path.dirname(dir);
    candidates.push(path.join(dir, 'dist', SNAPSHOT_FILE));
  }
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}

/**
 * Open a snapshot file: reads and checks its header and name index (not its
 * records). A missing, truncated or corrupt file is a SnapshotError.
 */
export async function loadSnapshot(file: string = defaultSnapshotPath()): Promise<SnapshotSource> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new SnapshotError(
      missing
        ? `advisory snapshot ${file} is missing; rebuild it with "npm run advisories:build"`
        : `advisory snapshot ${file} cannot be opened: ${reasonOf(error)}`,
    );
  }
  try {
    const size = fstatSync(fd).size;
    const head = readAt(fd, 0, Math.min(size, HEADER_MAX_BYTES));
    const { header, indexStart } = decodeHeader(head);
    if (size !== expectedSize(header, indexStart)) {
      throw new Error(
        `file is ${size} bytes but its header describes ${expectedSize(header, indexStart)} (truncated or corrupt)`,
      );
    }
    const index = new SnapshotIndex(header, readAt(fd, indexStart, header.indexBytes));
    const blocksStart = indexStart + header.indexBytes;
    return new SnapshotSource(index, fileSpanReader(file, blocksStart, size), file);
  } catch (error) {
    throw new SnapshotError(`advisory snapshot ${file} is unreadable: ${reasonOf(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** A snapshot held in memory (tests, benchmarks, freshly built bytes). */
export function snapshotFromBytes(bytes: Uint8Array, label = 'snapshot'): SnapshotSource {
  try {
    const { header, indexStart } = decodeHeader(bytes);
    if (bytes.length !== expectedSize(header, indexStart)) {
      throw new Error(`it is ${bytes.length} bytes but its header describes ${expectedSize(header, indexStart)}`);
    }
    const blocksStart = indexStart + header.indexBytes;
    const index = new SnapshotIndex(header, bytes.subarray(indexStart, blocksStart));
    const blocks = bytes.subarray(blocksStart);
    return new SnapshotSource(index, (spans) => spans.map((s) => blocks.subarray(s.start, s.end)), label);
  } catch (error) {
    throw new SnapshotError(`advisory snapshot ${label} is unreadable: ${reasonOf(error)}`);
  }
}

/** Reads block spans from the file, checking it has not changed size since it was loaded. */
function fileSpanReader(file: string, blocksStart: number, size: number): SpanReader {
  return (spans) => {
    const fd = openSync(file, 'r');
    try {
      if (fstatSync(fd).size !== size) throw new Error('the file changed after it was loaded');
      return spans.map((span) => readAt(fd, blocksStart + span.start, span.end - span.start));
    } finally {
      closeSync(fd);
    }
  };
}

/** Exactly `length` bytes at `position`, or an error. */
function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) throw new Error('unexpected end of file (truncated)');
    done += read;
  }
  return buffer;
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return plain(text, 200);
}
