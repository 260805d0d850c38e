/**
 * The bundled advisory snapshot's file format: pure encode and decode, no I/O.
 *
 * Layout (version 1), designed so a lookup parses only the records it hits:
 *
 *   line 1   header JSON + "\n": {"format":"lockgate-advisories","version":1,"asOf",
 *            "records":N,"names":M,"postings":P,"blockRecords":K,"blocks":B,
 *            "indexBytes","blockBytes"}
 *   index    little-endian uint32 tables, then the names (never compressed):
 *              nameStarts[M+1]     byte offsets of each name in the names blob
 *              postingStarts[M+1]  offsets into postings: name i owns postings[s[i]..s[i+1])
 *              postings[P]         record numbers
 *              blockStarts[B+1]    byte offsets of each block in the blocks section
 *              names blob          UTF-8 names, sorted by byte order, no separators
 *   blocks   records sorted by id, K per block; each block is raw DEFLATE of its
 *            records as JSON lines. Record n is line n % K of block floor(n / K).
 *
 * A lookup binary-searches the names blob (no parse at all), then inflates the
 * blocks holding hits and JSON.parses only the hit lines. Blocks hold a fixed
 * number of records (not bytes), so a changed record rewrites one block and the
 * committed file stays delta-friendly. Compression is fflate's (pure JS, pinned),
 * so output is a pure function of the input: same records, byte-identical file.
 */
import { isRecord } from '../core/guards.js';
import { validateRecord } from '../match/match.js';
import { inflateRawSync } from 'node:zlib';
import { deflateSync } from 'fflate';
import { currentRecord, ORIGINS_KEY, type OriginImport } from '../match/origins.js';
import type { OsvAffected, OsvEvent, OsvIocs, OsvRange, OsvRecord, OsvReference } from '../core/osv.js';
import { LockgateError } from '../core/errors.js';

/** `format` value of the header line. */
export const SNAPSHOT_FORMAT = 'lockgate-advisories';
/** Current layout version; a reader refuses any other. */
export const SNAPSHOT_VERSION = 1;
/** Longest `details` extract kept per record, in characters. */
export const DETAILS_MAX = 300;
/** Longest header line a reader accepts, in bytes. */
export const HEADER_MAX_BYTES = 4096;
/** Records per compressed block: ~40 KB of JSON, ~0.2 ms to inflate. */
export const BLOCK_RECORDS = 64;

/** The snapshot's first line. */
export interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** Newest `modified` date of the data (ISO 8601), when any record has one. */
  asOf?: string;
  records: number;
  names: number;
  postings: number;
  /** Records per block (the last block may hold fewer). */
  blockRecords: number;
  blocks: number;
  indexBytes: number;
  blockBytes: number;
}

/** A snapshot whose bytes are wrong: the reader says what and where. */
export class SnapshotFormatError extends LockgateError {
  constructor(reason: string) {
    super('snapshot', reason);
    this.name = 'SnapshotFormatError';
  }
}

// ---------------------------------------------------------------- compacting

/**
 * What a report needs from a record, in a fixed key order: id, aliases, summary,
 * a short details extract, dates, affected (package, versions, ranges, indicator
 * domains) as the record says now, references, `database_specific.iocs` and the
 * latest import of each origin (`malicious-packages-origins`: source, id,
 * modified_time, ranges, versions; see match/origins.ts). Ranges and versions only
 * a superseded import gave are left out here, once, so the snapshot keeps only
 * the latest imports and a reader matches them as it would the full record.
 * Everything else is dropped.
 */
export function compactRecord(record: OsvRecord): OsvRecord {
  const out: OsvRecord = { id: record.id };
  const aliases = strings(record.aliases);
  if (aliases.length > 0) out.aliases = aliases;
  if (typeof record.summary === 'string' && record.summary !== '') out.summary = record.summary;
  const details = detailsExtract(record.details);
  if (details) out.details = details;
  if (typeof record.published === 'string') out.published = record.published;
  if (typeof record.modified === 'string') out.modified = record.modified;
  if (typeof record.withdrawn === 'string') out.withdrawn = record.withdrawn;
  const current = currentRecord(record);
  out.affected = current.affected.map(compactAffected);
  const references = (record.references ?? []).filter((r): r is OsvReference => typeof r?.url === 'string');
  if (references.length > 0) {
    out.references = references.map((r) =>
      typeof r.type === 'string' ? { type: r.type, url: r.url } : { url: r.url },
    );
  }
  const iocs = compactIocs(record.database_specific?.iocs);
  const origins = current.origins.map(compactOrigin);
  if (iocs || origins.length > 0) {
    out.database_specific = { ...(iocs ? { iocs } : {}), ...(origins.length > 0 ? { [ORIGINS_KEY]: origins } : {}) };
  }
  return out;
}

function compactOrigin(origin: OriginImport): OriginImport {
  const out: OriginImport = { source: origin.source };
  if (origin.id !== undefined) out.id = origin.id;
  if (origin.modified_time !== undefined) out.modified_time = origin.modified_time;
  if (origin.ranges) out.ranges = origin.ranges.map(compactRange);
  if (origin.versions) out.versions = strings(origin.versions);
  return out;
}

function compactAffected(affected: OsvAffected): OsvAffected {
  const out: OsvAffected = {};
  const pkg = affected.package;
  if (pkg) {
    out.package = {};
    if (typeof pkg.ecosystem === 'string') out.package.ecosystem = pkg.ecosystem;
    if (typeof pkg.name === 'string') out.package.name = pkg.name;
  }
  if (Array.isArray(affected.versions)) out.versions = strings(affected.versions);
  if (Array.isArray(affected.ranges)) out.ranges = affected.ranges.map(compactRange);
  const indicators = affected.database_specific?.indicators;
  const domains = strings(isRecord(indicators) ? indicators.domains : undefined);
  if (domains.length > 0) out.database_specific = { indicators: { domains } };
  return out;
}

function compactRange(range: OsvRange): OsvRange {
  const out: OsvRange = {};
  if (typeof range.type === 'string') out.type = range.type;
  out.events = (range.events ?? []).map((event) => {
    const kept: OsvEvent = {};
    for (const key of ['introduced', 'fixed', 'last_affected', 'limit'] as const) {
      const value = event[key];
      if (typeof value === 'string') kept[key] = value;
    }
    return kept;
  });
  return out;
}

function compactIocs(iocs: unknown): OsvIocs | undefined {
  if (!isRecord(iocs)) return undefined;
  const out: OsvIocs = {};
  for (const key of ['domains', 'ips', 'urls'] as const) {
    const list = strings(iocs[key]);
    if (list.length > 0) out[key] = list;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A short extract of `details`: the text above OSV's "Per source details"
 * marker, or else the per-source texts without their `## Source: x (sha256)`
 * headings; whitespace collapsed, at most `max` characters (ending in "…" when cut).
 */
export function detailsExtract(details: unknown, max = DETAILS_MAX): string | undefined {
  if (typeof details !== 'string') return undefined;
  const marker = details.search(/_-= Per source details/);
  let text = (marker === -1 ? details : details.slice(0, marker).replace(/-{3,}\s*$/, '')).trim();
  if (text === '' && marker !== -1) {
    const below = details.slice(details.indexOf('\n', marker) + 1 || details.length);
    const bodies = below
      .split(/^##\s*Source:.*$/m)
      .map((body) => body.trim())
      .filter((body) => body !== '');
    text = [...new Set(bodies)].join(' ');
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// ---------------------------------------------------------------- encoding

/** npm package names a record affects (affected entries with ecosystem `npm`), deduplicated. */
export function npmNames(record: OsvRecord): string[] {
  const names = new Set<string>();
  for (const affected of record.affected ?? []) {
    const name = affected.package?.name;
    if (affected.package?.ecosystem === 'npm' && typeof name === 'string' && name !== '') names.add(name);
  }
  return [...names];
}

/** Order ids naturally: `MAL-2021-2` before `MAL-2021-10`. Total and locale-free. */
export function compareIds(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (i % 2 === 1) {
      const nx = x.replace(/^0+(?=\d)/, '');
      const ny = y.replace(/^0+(?=\d)/, '');
      if (nx.length !== ny.length) return nx.length - ny.length;
      if (nx !== ny) return nx < ny ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The newest of some ISO dates (compared as instants; the original text is kept). */
export function newestDate(dates: Iterable<string | undefined>): string | undefined {
  let best: string | undefined;
  let bestTime = -Infinity;
  for (const date of dates) {
    if (typeof date !== 'string') continue;
    const time = Date.parse(date);
    if (Number.isNaN(time)) continue;
    if (time > bestTime || (time === bestTime && best !== undefined && date > best)) {
      best = date;
      bestTime = time;
    }
  }
  return best;
}

/**
 * Encode records (compacted here) into snapshot bytes. Records are sorted by id;
 * ids must be distinct. `asOf` defaults to the newest `modified` of the records.
 */
export function encodeSnapshot(
  input: readonly OsvRecord[],
  options: { asOf?: string; blockRecords?: number } = {},
): Uint8Array {
  const blockRecords = options.blockRecords ?? BLOCK_RECORDS;
  const records = input.map(compactRecord).sort((a, b) => compareIds(a.id, b.id));
  for (let i = 1; i < records.length; i++) {
    if (records[i]!.id === records[i - 1]!.id) throw new Error(`duplicate advisory id ${records[i]!.id}`);
  }
  const encoder = new TextEncoder();
  const blocks: Uint8Array[] = [];
  for (let first = 0; first < records.length; first += blockRecords) {
    const lines = records.slice(first, first + blockRecords).map((record) => `${JSON.stringify(record)}\n`);
    blocks.push(deflateSync(encoder.encode(lines.join('')), { level: 6 }));
  }

  const byName = new Map<string, number[]>();
  records.forEach((record, number) => {
    for (const name of npmNames(record)) {
      const list = byName.get(name);
      if (list) list.push(number);
      else byName.set(name, [number]);
    }
  });
  const names = [...byName.keys()].map((name) => ({ name, bytes: encoder.encode(name), postings: byName.get(name)! }));
  names.sort((a, b) => Buffer.compare(a.bytes, b.bytes));

  const postingsCount = names.reduce((sum, n) => sum + n.postings.length, 0);
  const nameBytes = names.reduce((sum, n) => sum + n.bytes.length, 0);
  const blockBytes = blocks.reduce((sum, block) => sum + block.length, 0);
  const tableWords = 2 * (names.length + 1) + postingsCount + blocks.length + 1;
  const indexBytes = 4 * tableWords + nameBytes;

  const asOf = options.asOf ?? newestDate(records.map((r) => r.modified));
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    ...(asOf ? { asOf } : {}),
    records: records.length,
    names: names.length,
    postings: postingsCount,
    blockRecords,
    blocks: blocks.length,
    indexBytes,
    blockBytes,
  };
  const headerBytes = encoder.encode(`${JSON.stringify(header)}\n`);
  const out = Buffer.alloc(headerBytes.length + indexBytes + blockBytes);
  out.set(headerBytes, 0);
  let at = headerBytes.length;
  const putOffsets = (sizes: readonly number[]): void => {
    let offset = 0;
    for (const size of [...sizes, 0]) {
      out.writeUInt32LE(offset, at);
      at += 4;
      offset += size;
    }
  };
  putOffsets(names.map((n) => n.bytes.length));
  putOffsets(names.map((n) => n.postings.length));
  for (const n of names) {
    for (const number of n.postings) {
      out.writeUInt32LE(number, at);
      at += 4;
    }
  }
  putOffsets(blocks.map((block) => block.length));
  for (const chunk of [...names.map((n) => n.bytes), ...blocks]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Records chosen for a snapshot, and why the others were left out. */
export interface Selection {
  kept: OsvRecord[];
  /** Newest `modified` among malicious records read, withdrawn ones included (they are news too). */
  asOf?: string;
  dropped: { notMalicious: number; withdrawn: number; noNpmPackage: number; duplicate: number };
}

/**
 * Choose what goes into a snapshot: malicious records (see `isMalicious`) that
 * are not withdrawn (they never match) and name an npm package; of records
 * sharing an id, the newest `modified` (the later one on a tie).
 */
export function selectForSnapshot(
  records: readonly OsvRecord[],
  isMalicious: (record: OsvRecord) => boolean,
): Selection {
  const dropped = { notMalicious: 0, withdrawn: 0, noNpmPackage: 0, duplicate: 0 };
  const byId = new Map<string, OsvRecord>();
  const dates: (string | undefined)[] = [];
  for (const record of records) {
    if (!isMalicious(record)) {
      dropped.notMalicious++;
      continue;
    }
    dates.push(record.modified);
    if (typeof record.withdrawn === 'string' && record.withdrawn !== '') {
      dropped.withdrawn++;
      continue;
    }
    if (npmNames(record).length === 0) {
      dropped.noNpmPackage++;
      continue;
    }
    const seen = byId.get(record.id);
    if (seen) {
      dropped.duplicate++;
      if (timeOf(record.modified) >= timeOf(seen.modified)) byId.set(record.id, record);
      continue;
    }
    byId.set(record.id, record);
  }
  const asOf = newestDate(dates);
  return { kept: [...byId.values()], ...(asOf ? { asOf } : {}), dropped };
}

function timeOf(date: string | undefined): number {
  const time = date === undefined ? NaN : Date.parse(date);
  return Number.isNaN(time) ? -Infinity : time;
}

// ---------------------------------------------------------------- decoding

/** Parse and check the header line at the start of `bytes`; returns it and where the index starts. */
export function decodeHeader(bytes: Uint8Array): { header: SnapshotHeader; indexStart: number } {
  const end = bytes.subarray(0, HEADER_MAX_BYTES).indexOf(0x0a);
  if (end === -1) throw new SnapshotFormatError('no header line (not a lockgate advisory snapshot)');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end)));
  } catch {
    throw new SnapshotFormatError('header line is not JSON (not a lockgate advisory snapshot)');
  }
  if (!isRecord(value) || value.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotFormatError('header does not name the lockgate-advisories format');
  }
  if (value.version !== SNAPSHOT_VERSION) {
    throw new SnapshotFormatError(
      `format version ${String(value.version)} is not the supported version ${SNAPSHOT_VERSION}`,
    );
  }
  for (const key of ['records', 'names', 'postings', 'blockRecords', 'blocks', 'indexBytes', 'blockBytes'] as const) {
    const count = value[key];
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0 || count > 0xffffffff) {
      throw new SnapshotFormatError(`header field "${key}" is not a count`);
    }
  }
  const header = value as unknown as SnapshotHeader;
  if (header.blockRecords === 0 || header.blocks !== Math.ceil(header.records / header.blockRecords)) {
    throw new SnapshotFormatError('header block counts do not fit its record count');
  }
  if (value.asOf !== undefined && typeof value.asOf !== 'string')
    throw new SnapshotFormatError('header "asOf" is not a date');
  return { header, indexStart: end + 1 };
}

/** Total file size the header promises. */
export function expectedSize(header: SnapshotHeader, indexStart: number): number {
  return indexStart + header.indexBytes + header.blockBytes;
}

/**
 * The name index of a snapshot, checked on construction (sizes and offset
 * tables), answering name → record numbers and block number → byte span.
 */
export class SnapshotIndex {
  private readonly nameStarts: Uint32Array;
  private readonly postingStarts: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly blockStarts: Uint32Array;
  private readonly nameBytes: Uint8Array;

  /** `index` is exactly the index section (`header.indexBytes` bytes). */
  constructor(
    readonly header: SnapshotHeader,
    index: Uint8Array,
  ) {
    const { names, postings, blocks, records } = header;
    const tableBytes = 4 * (2 * (names + 1) + postings + blocks + 1);
    if (index.length !== header.indexBytes || tableBytes > index.length) {
      throw new SnapshotFormatError('index section has the wrong size (truncated or corrupt file)');
    }
    const tables = uint32s(index.subarray(0, tableBytes));
    this.nameStarts = tables.subarray(0, names + 1);
    this.postingStarts = tables.subarray(names + 1, 2 * (names + 1));
    this.postings = tables.subarray(2 * (names + 1), 2 * (names + 1) + postings);
    this.blockStarts = tables.subarray(2 * (names + 1) + postings);
    this.nameBytes = index.subarray(tableBytes);
    checkTable(this.nameStarts, this.nameBytes.length, 'name');
    checkTable(this.postingStarts, postings, 'posting');
    checkTable(this.blockStarts, header.blockBytes, 'block');
    for (const number of this.postings) {
      if (number >= records) throw new SnapshotFormatError('index points at a record that does not exist');
    }
  }

  /** Record numbers of the records naming `name` (exact, case-sensitive), or []. */
  recordsFor(name: string): number[] {
    const target = utf8(name);
    const { nameStarts, nameBytes } = this;
    let lo = 0;
    let hi = this.header.names - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareBytes(nameBytes, nameStarts[mid]!, nameStarts[mid + 1]!, target);
      if (order === 0)
        return Array.from(this.postings.subarray(this.postingStarts[mid]!, this.postingStarts[mid + 1]!));
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }

  /** Byte span of a compressed block within the blocks section. */
  blockSpan(block: number): { start: number; end: number } {
    if (!Number.isInteger(block) || block < 0 || block >= this.header.blocks)
      throw new RangeError(`no block number ${block}`);
    return { start: this.blockStarts[block]!, end: this.blockStarts[block + 1]! };
  }

  /** Records a block holds (all blocks are full but the last). */
  blockSize(block: number): number {
    const { records, blockRecords } = this.header;
    return Math.min(blockRecords, records - block * blockRecords);
  }

  /** Every name in the index, in order (for tools and tests; a lookup never needs it). */
  names(): string[] {
    const decoder = new TextDecoder();
    const out: string[] = [];
    for (let i = 0; i < this.header.names; i++) {
      out.push(decoder.decode(this.nameBytes.subarray(this.nameStarts[i]!, this.nameStarts[i + 1]!)));
    }
    return out;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Little-endian uint32s of `bytes` as a Uint32Array (a view when aligned on a little-endian host, else a copy). */
function uint32s(bytes: Uint8Array): Uint32Array {
  const count = bytes.length / 4;
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, count);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getUint32(4 * i, true);
  return out;
}

/** A table of offsets must start at 0, never decrease, and end at `total`. */
function checkTable(table: Uint32Array, total: number, what: string): void {
  if (table[0] !== 0) throw new SnapshotFormatError(`${what} offset table is out of order (corrupt file)`);
  for (let i = 1; i < table.length; i++) {
    if (table[i]! < table[i - 1]!) throw new SnapshotFormatError(`${what} offset table is out of order (corrupt file)`);
  }
  if (table[table.length - 1] !== total) {
    throw new SnapshotFormatError(`${what} offset table does not match the section size (corrupt file)`);
  }
}

/** UTF-8 bytes of a string; ASCII (every npm name) without calling the encoder. */
function utf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return new TextEncoder().encode(text);
    out[i] = code;
  }
  return out;
}

/** Byte order of `bytes[start, end)` against `target`: negative, zero or positive. */
function compareBytes(bytes: Uint8Array, start: number, end: number, target: Uint8Array): number {
  const length = Math.min(end - start, target.length);
  for (let i = 0; i < length; i++) {
    const difference = bytes[start + i]! - target[i]!;
    if (difference !== 0) return difference;
  }
  return end - start - target.length;
}

/**
 * Inflate one block and parse the wanted lines of it (`lines` are line numbers
 * within the block). Checks the block holds `size` records and each is an OSV record.
 */
export function decodeBlock(
  compressed: Uint8Array,
  block: number,
  size: number,
  lines: readonly number[],
): Map<number, OsvRecord> {
  let text: string;
  try {
    text = inflateRawSync(compressed).toString('utf8');
  } catch {
    throw new SnapshotFormatError(`block ${block} does not inflate (corrupt file)`);
  }
  const rows = text.split('\n');
  if (rows.length !== size + 1 || rows[size] !== '') {
    throw new SnapshotFormatError(`block ${block} holds ${rows.length - 1} records, not ${size} (corrupt file)`);
  }
  const out = new Map<number, OsvRecord>();
  for (const line of lines) {
    let value: unknown;
    try {
      value = JSON.parse(rows[line] ?? '');
    } catch {
      throw new SnapshotFormatError(`record ${line} of block ${block} is not JSON (corrupt file)`);
    }
    const { record } = validateRecord(value);
    if (!record) throw new SnapshotFormatError(`record ${line} of block ${block} is not an OSV record (corrupt file)`);
    out.set(line, record);
  }
  return out;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
