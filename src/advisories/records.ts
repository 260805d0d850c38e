/**
 * Reading OSV records from the shapes advisories come in: a `.json` record or
 * array, `.jsonl` / `.jsonl.gz` (one record per line), a directory of `.json`
 * files (recursive), and an OSV bulk-export zip (`npm/all.zip`: one `<ID>.json`
 * per record). Shared by the custom-list source and the snapshot builder.
 *
 * Every record is checked for the fields lockgate reads; a bad one is an error
 * naming the file (for zips `archive.zip!entry.json`) and the 1-based line.
 */
import { validateRecord } from '../match/match.js';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { parseTree, type ParseError } from 'jsonc-parser';
import { LockfileError, quote } from '../core/errors.js';
import { isRecord } from '../core/guards.js';
import { jsonErrorLine } from '../core/lines.js';
import { lineAt } from '../core/lines.js';
import type { OsvRecord } from '../core/osv.js';

/** A record and where it was read. */
export interface SourcedRecord {
  record: OsvRecord;
  /** File it came from (`archive.zip!entry.json` inside a zip). */
  file: string;
  /** 1-based line of the record in that file. */
  line: number;
}

/** How a byte buffer is read, chosen from its name or, failing that, its first bytes. */
export type RecordsShape = 'json' | 'jsonl' | 'jsonl.gz' | 'zip';

/** Shape of a file from its name, or undefined when the name does not say. */
export function shapeOfName(name: string): RecordsShape | undefined {
  const lower = name.toLowerCase().replace(/[?#].*$/, '');
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.jsonl.gz') || lower.endsWith('.ndjson.gz') || lower.endsWith('.json.gz')) return 'jsonl.gz';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

/** Shape of a buffer from its magic bytes: zip (`PK\3\4`), gzip (`1f 8b`), else JSON text. */
export function shapeOfBytes(bytes: Uint8Array): RecordsShape {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'jsonl.gz';
  const text = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  return text.startsWith('[') ? 'json' : 'jsonl';
}

/** Check one parsed value and wrap it, or throw naming file and line. */
function toSourced(value: unknown, file: string, line: number): SourcedRecord {
  // A record naming no package is readable, just of no use here: callers count it (warning, dropped).
  if (
    isRecord(value) &&
    typeof value.id === 'string' &&
    value.id &&
    (value.affected == null || (Array.isArray(value.affected) && !value.affected.length))
  ) {
    return { record: value as unknown as OsvRecord, file, line };
  }
  const { record, error } = validateRecord(value);
  if (!record) throw new LockfileError(file, line, error ?? 'not an OSV record');
  return { record, file, line };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Records of a JSONL text: one record per non-blank line. */
export function parseJsonl(text: string, file: string): SourcedRecord[] {
  const out: SourcedRecord[] = [];
  const lines = stripBom(text).split('\n');
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      throw new LockfileError(file, index + 1, `not a JSON record (${errorText(error)})`);
    }
    out.push(toSourced(value, file, index + 1));
  }
  return out;
}

/** Records of a `.json` text: one record, or an array of them. */
export function parseJsonRecords(text: string, file: string): SourcedRecord[] {
  const clean = stripBom(text);
  if (clean.trim() === '')
    throw new LockfileError(file, 1, 'file is empty; expected an OSV record or an array of them');
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch (error) {
    throw new LockfileError(
      file,
      syntaxErrorLine(clean) ?? jsonErrorLine(clean, error) ?? 1,
      `not valid JSON (${errorText(error)})`,
    );
  }
  if (!Array.isArray(value)) return [toSourced(value, file, firstLine(clean))];
  const lines = elementLines(clean);
  return value.map((item, index) => toSourced(item, file, lines[index] ?? 1));
}

/** 1-based line of the first JSON syntax error, from a position-aware parser (V8's messages often omit it). */
function syntaxErrorLine(text: string): number | undefined {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors[0] ? lineAt(text, errors[0].offset) : undefined;
}

/** 1-based line of each top-level array element (a second, position-aware parse). */
function elementLines(text: string): number[] {
  const root = parseTree(text);
  return (root?.children ?? []).map((child) => lineAt(text, child.offset));
}

function firstLine(text: string): number {
  const at = text.search(/\S/);
  return at === -1 ? 1 : lineAt(text, at);
}

/** Records of an OSV bulk-export zip: every `.json` entry, in name order. */
export function parseZip(bytes: Uint8Array, file: string): SourcedRecord[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (entry) => entry.name.toLowerCase().endsWith('.json') });
  } catch (error) {
    throw new LockfileError(file, undefined, `not a readable zip archive (${errorText(error)})`);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: SourcedRecord[] = [];
  for (const name of Object.keys(entries).sort()) {
    const entryName = `${file}!${name}`;
    let text: string;
    try {
      text = decoder.decode(entries[name]);
    } catch {
      throw new LockfileError(entryName, undefined, 'entry is not UTF-8 text');
    }
    out.push(...parseJsonRecords(text, entryName));
  }
  return out;
}

/** Records of a buffer whose shape is named or sniffed. */
export function parseRecordBytes(
  bytes: Uint8Array,
  file: string,
  shape = shapeOfName(file) ?? shapeOfBytes(bytes),
): SourcedRecord[] {
  switch (shape) {
    case 'zip':
      return parseZip(bytes, file);
    case 'jsonl.gz': {
      let text: string;
      try {
        text = gunzipSync(bytes).toString('utf8');
      } catch (error) {
        throw new LockfileError(file, undefined, `not a readable gzip file (${errorText(error)})`);
      }
      return parseJsonl(text, file);
    }
    case 'jsonl':
      return parseJsonl(Buffer.from(bytes).toString('utf8'), file);
    case 'json':
      return parseJsonRecords(Buffer.from(bytes).toString('utf8'), file);
  }
}

/**
 * Records of a path: a directory (every `.json` below it, recursively, in path
 * order; other files are ignored), or a `.json`, `.jsonl`, `.jsonl.gz` or `.zip` file.
 */
export async function readRecordsFromPath(target: string): Promise<SourcedRecord[]> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    throw new LockfileError(target, undefined, `cannot read advisories (${errorText(error)})`);
  }
  if (info.isDirectory()) {
    const files = await jsonFilesUnder(target);
    const out: SourcedRecord[] = [];
    for (const file of files) out.push(...parseJsonRecords(await readText(file), file));
    return out;
  }
  const shape = shapeOfName(target);
  if (!shape) {
    throw new LockfileError(target, undefined, 'unknown advisory file type; expected .json, .jsonl, .jsonl.gz or .zip');
  }
  return parseRecordBytes(await readBytes(target), target, shape);
}

/** Every `.json` file below a directory, sorted by path. */
/** Every file under `dir`, recursively, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? (entry as { path?: string }).path ?? dir, entry.name))
    .sort();
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  return (await filesUnder(dir)).filter((file) => file.toLowerCase().endsWith('.json'));
}

/** A file's bytes, or a LockfileError naming it. */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new LockfileError(file, undefined, `cannot read file (${errorText(error)})`);
  }
}

async function readText(file: string): Promise<string> {
  return Buffer.from(await readBytes(file)).toString('utf8');
}

/** Message of an unknown thrown value, bounded and without control characters. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return quote(message, 160).slice(1, -1);
}

/** Does a list of CWE entries (strings or `{cweId}` objects) name CWE-506 (embedded malicious code)? */
function namesCwe506(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  return value.some((entry) => {
    const id = isRecord(entry) ? (entry.cweId ?? entry.cwe_id ?? entry.id) : entry;
    return typeof id === 'string' && id.trim().toUpperCase() === 'CWE-506';
  });
}

function hasCwe506(specific: unknown): boolean {
  return isRecord(specific) && (namesCwe506(specific.cwes) || namesCwe506(specific.cwe_ids));
}

/**
 * Is this a malicious-package record? A `MAL-` id, an alias to a `MAL-` id, or
 * CWE-506 in the record's or an affected entry's `database_specific` (`cwes` or `cwe_ids`).
 */
export function isMalicious(record: OsvRecord): boolean {
  if (record.id.startsWith('MAL-')) return true;
  if ((record.aliases ?? []).some((alias) => alias.startsWith('MAL-'))) return true;
  if (hasCwe506(record.database_specific)) return true;
  return (record.affected ?? []).some((affected) => hasCwe506(affected.database_specific));
}
