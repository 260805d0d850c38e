/**
 * The repository's own advisories (`--advisories`, repeatable), as one source
 * named `custom`. Each path is one of:
 *
 * - an OSV record or array of records in a `.json` file, a directory of such
 *   files (recursive), `.jsonl` / `.jsonl.gz`, or an OSV bulk-export `.zip`;
 * - a plain incident list (any other extension, e.g. `incidents.txt`): one
 *   `name@version` (that exact version) or `name` (every version) per line,
 *   scoped names allowed, `#` starts a comment, blank lines are skipped.
 *
 * Each list line becomes a synthetic OSV record with id `LIST-<path>:<line>`
 * (the path relative to the repository root when inside it, else as given,
 * with `/` separators: the same on every run, so an ignore entry can name it),
 * summary "<name@version> is listed in <path> (line N)", and affected
 * `versions: [version]` or a SEMVER range `introduced: "0"`. List names match
 * package names case-insensitively, as npm treats names that differ only in
 * case as one (legacy mixed-case names such as `JSONStream`).
 *
 * A list path inside the repository must stay inside it once symbolic links
 * are resolved: a change could otherwise turn a list into a link to a runner
 * file whose first line an error would quote.
 *
 * Nothing is skipped silently: a malformed line or record is a LockfileError
 * naming the file and line.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import semverParse from 'semver/functions/parse.js';
import { LockfileError, quote } from '../core/errors.js';
import { isInside } from '../core/paths.js';
import { filesUnder, parseRecordBytes, readBytes, shapeOfName } from './records.js';
import { compactRecord, newestDate, npmNames } from './snapshot-format.js';
import type { OsvRecord, PackageQuery, SourceStatus } from '../core/osv.js';
import type { AdvisorySource } from './types.js';

/** An npm package name: optional `@scope/`, then URL-safe characters, not starting with `.` or `_`. */
const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/i;
/** Longest npm package name. */
const NAME_MAX = 214;

/** One entry of an incident list. */
export interface ListEntry {
  name: string;
  /** Exact version, or undefined for every version. */
  version?: string;
  line: number;
}

/**
 * Parse an incident list. Throws a LockfileError naming `file` and the line of
 * the first malformed entry (spaces inside an entry, `foo@`, a range instead of
 * an exact version, a name npm would refuse).
 */
export function parseIncidentList(text: string, file: string): ListEntry[] {
  const entries: ListEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const entry = raw.replace(/#.*$/, '').trim();
    if (entry === '') continue;
    if (/\s/.test(entry)) {
      throw new LockfileError(file, line, `expected one "name@version" or "name" per line, got ${quote(entry)}`);
    }
    const at = entry.lastIndexOf('@');
    const name = at > 0 ? entry.slice(0, at) : entry;
    const version = at > 0 ? entry.slice(at + 1) : undefined;
    if (!PACKAGE_NAME.test(name) || name.length > NAME_MAX) {
      throw new LockfileError(
        file,
        line,
        `${quote(name)} is not an npm package name (expected "name@version" or "name")`,
      );
    }
    if (version === '') throw new LockfileError(file, line, `${quote(entry)} has no version after "@"`);
    if (version !== undefined && (!/^\d/.test(version) || semverParse(version) === null)) {
      throw new LockfileError(file, line, `${quote(version)} is not an exact version (expected e.g. 1.2.3)`);
    }
    entries.push(version === undefined ? { name, line } : { name, version, line });
  }
  return entries;
}

/** The synthetic OSV record of one list entry. */
export function listEntryRecord(entry: ListEntry, listPath: string): OsvRecord {
  const label = entry.version === undefined ? `${entry.name} (every version)` : `${entry.name}@${entry.version}`;
  return {
    id: `LIST-${listPath}:${entry.line}`,
    summary: `${label} is listed in ${listPath} (line ${entry.line})`,
    affected: [
      entry.version === undefined
        ? {
            package: { ecosystem: 'npm', name: entry.name },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }],
          }
        : { package: { ecosystem: 'npm', name: entry.name }, versions: [entry.version] },
    ],
  };
}

/** The custom advisories, indexed by npm package name. */
export class LocalSource implements AdvisorySource {
  readonly name = 'custom';
  private readonly byName = new Map<string, OsvRecord[]>();
  private readonly warnings: string[];

  constructor(
    readonly records: readonly OsvRecord[],
    warnings: readonly string[] = [],
  ) {
    let unindexed = 0;
    for (const record of records) {
      const names = npmNames(record);
      if (names.length === 0) unindexed++;
      for (const name of names) {
        const key = name.toLowerCase();
        const list = this.byName.get(key);
        if (list) list.push(record);
        else this.byName.set(key, [record]);
      }
    }
    this.warnings = [...warnings];
    if (unindexed > 0) this.warnings.push(`${unindexed} record(s) name no npm package and can never match`);
  }

  /**
   * Records naming any of the packages, each once, in the order they were read.
   * A list entry whose name differs from a package's only in case is returned
   * under the package's own spelling (OSV records from files match exactly).
   */
  async lookup(packages: readonly PackageQuery[]): Promise<OsvRecord[]> {
    const found = new Map<OsvRecord, OsvRecord[]>();
    for (const name of new Set(packages.map((p) => p.name))) {
      for (const record of this.byName.get(name.toLowerCase()) ?? []) {
        const named = npmNames(record);
        if (named.includes(name)) found.set(record, [...(found.get(record) ?? []), record]);
        else if (record.id.startsWith('LIST-'))
          found.set(record, [...(found.get(record) ?? []), renamed(record, name)]);
      }
    }
    return this.records.flatMap((record) => [...new Set(found.get(record) ?? [])]);
  }

  status(): SourceStatus {
    const asOf = newestDate(this.records.map((r) => r.modified));
    return {
      name: this.name,
      ok: true,
      records: this.records.length,
      ...(asOf ? { asOf } : {}),
      ...(this.warnings.length > 0 ? { warning: this.warnings.join('; ') } : {}),
    };
  }
}

/** A list record naming `name` instead of the spelling the list used. */
function renamed(record: OsvRecord, name: string): OsvRecord {
  return {
    ...record,
    affected: (record.affected ?? []).map((a) => ({ ...a, package: { ...a.package, ecosystem: 'npm', name } })),
  };
}

/** How advisory paths are read. */
export interface LoadOptions {
  /** The repository root: ids and messages name paths relative to it (default: the working directory). */
  root?: string;
  /** Lists already read as bytes (the base commit's versions of the repository's lists), by their path in the repository. */
  files?: readonly AdvisoryFile[];
}

/** An advisory file read elsewhere (from a git tree): its path in the repository and its bytes. */
export interface AdvisoryFile {
  path: string;
  bytes: Uint8Array;
}

/** A path for ids and messages: relative to `root` (or the working directory) when inside it, `/`-separated. */
function displayPath(file: string, root = process.cwd()): string {
  const full = path.resolve(file);
  const shown = full !== path.resolve(root) && isInside(root, full) ? path.relative(root, full) : file;
  return shown.split(path.sep).join('/');
}

/**
 * Refuse a path inside the repository that leaves it once links are resolved,
 * before anything of it is read (so no error can quote a runner file).
 */
async function confine(file: string, root: string | undefined): Promise<void> {
  if (root === undefined || !isInside(path.resolve(root), path.resolve(file))) return;
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
  } catch {
    return; // missing: reported by the reader
  }
  if (!isInside(realRoot, real)) {
    throw new LockfileError(
      displayPath(file, root),
      undefined,
      'this advisory list is a symbolic link (or lies under one) that leads outside the repository; lockgate reads no list outside it',
    );
  }
}

/** Records of one `--advisories` path. */
async function readAdvisoryPath(file: string, warnings: string[], root: string | undefined): Promise<OsvRecord[]> {
  await confine(file, root);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(file)).isDirectory();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(error);
    throw new LockfileError(file, undefined, `cannot read advisories (${quote(reason, 160).slice(1, -1)})`);
  }
  if (!isDirectory) return recordsOfFile(displayPath(file, root), await readBytes(file));
  const files = await filesUnder(file);
  const read = files.filter(isAdvisoryFileName);
  const skipped = files.filter((f) => !read.includes(f));
  if (read.length === 0) {
    throw new LockfileError(file, undefined, 'directory holds no advisory file (.json, .jsonl, .jsonl.gz, .zip, .txt)');
  }
  if (skipped.length) {
    const names = skipped.slice(0, 5).map((f) => path.relative(file, f));
    warnings.push(
      `${displayPath(file, root)}: ${skipped.length} file(s) not read, not being advisory files: ${names.join(', ')}${skipped.length > 5 ? ', …' : ''}`,
    );
  }
  const records: OsvRecord[] = [];
  for (const f of read) {
    await confine(f, root);
    records.push(...recordsOfFile(displayPath(f, root), await readBytes(f)));
  }
  return records;
}

/** Incident lists inside a directory of advisories are recognised by these extensions. */
const LIST_EXTENSIONS = /\.(?:txt|list)$/i;

/** Is this a file a directory of advisories is read for (OSV records or an incident list)? */
export function isAdvisoryFileName(file: string): boolean {
  return shapeOfName(file) !== undefined || LIST_EXTENSIONS.test(file);
}

/** One advisory file's records: OSV records by extension, else a plain incident list. `shown` names it. */
function recordsOfFile(shown: string, bytes: Uint8Array): OsvRecord[] {
  const shape = shapeOfName(shown);
  if (shape) return parseRecordBytes(bytes, shown, shape).map((r) => compactRecord(r.record));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LockfileError(shown, undefined, 'incident list is not UTF-8 text');
  }
  return parseIncidentList(text, shown).map((entry) => listEntryRecord(entry, shown));
}

/**
 * Load every `--advisories` path, and lists already read (`options.files`),
 * into one `custom` source. Throws a LockfileError (file, line, reason) on the
 * first unreadable path, record or line.
 */
export async function loadAdvisoryPaths(paths: readonly string[], options: LoadOptions = {}): Promise<LocalSource> {
  const records: OsvRecord[] = [];
  const warnings: string[] = [];
  for (const file of paths) {
    const read = await readAdvisoryPath(file, warnings, options.root);
    if (read.length === 0) warnings.push(`${displayPath(file, options.root)} holds no advisories`);
    records.push(...read);
  }
  for (const file of options.files ?? []) records.push(...recordsOfFile(file.path, file.bytes));
  return new LocalSource(records, warnings);
}
