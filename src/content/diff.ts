/**
 * What a new version adds over the version it replaces, file by file.
 *
 * Added lines are a multiset difference, not an LCS diff: a line of the new
 * package is added when the new package holds more copies of it (trimmed)
 * than the old one did. That costs linear time in the size of both packages
 * (a 20 MB bundle included), and it is blind to moves, which is what we want:
 * a function moved to another file, or a bundle rebuilt under a new hashed
 * name, adds nothing. Lines longer than LONG_LINE (minified code) are cut at
 * content-chosen statement ends into units, so a one-line bundle still yields small pieces
 * with their line number.
 *
 * Pure: bytes in, data out.
 */

export type FileKind = 'code' | 'doc' | 'binary' | 'manifest';

/** One added unit: a line, or a piece of a long line, with its 1-based line in the new file. */
export interface AddedUnit {
  line: number;
  /** Which piece of a long line (0 for an ordinary line). */
  seq: number;
  text: string;
}

export interface FileDiff {
  path: string;
  status: 'added' | 'changed';
  kind: FileKind;
  /** Added units of a code file or the manifest (every unit when the file is new); empty for docs and binaries. */
  added: AddedUnit[];
}

export interface PackageDiff {
  files: FileDiff[];
  removed: string[];
}

const LONG_LINE = 1000;
const MIN_PIECE = 64;
const MAX_PIECE = 1000;
const decoder = new TextDecoder('utf-8', { fatal: false });

/** Docs, licences, type declarations and source maps: endpoints there are links, not calls. */
const DOC_FILE =
  /(^|\/)(readme|changelog|changes|history|license|licence|notice|authors|contributing|security)(\.[\w-]+)?$|\.(md|markdown|txt|rst|d\.ts|d\.mts|d\.cts|map|html?|css|svg|png|jpe?g|gif|ico|woff2?|ttf|eot)$/i;
const BINARY_EXT = /\.(node|dll|exe|so|dylib|wasm)$|\.so\.\d/i;

export function fileKind(path: string, bytes: Uint8Array): FileKind {
  if (path === 'package.json') return 'manifest';
  if (BINARY_EXT.test(path) || isBinary(bytes)) return 'binary';
  if (DOC_FILE.test(path)) return 'doc';
  return 'code';
}

/** ELF, PE, Mach-O (thin and fat), or a NUL byte in the first 8 kB. */
export function isExecutableBinary(bytes: Uint8Array): boolean {
  const b = bytes;
  if (b.length < 4) return false;
  if (b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46) return true;
  if (b[0] === 0x4d && b[1] === 0x5a) return true;
  const magic = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic);
}

function isBinary(bytes: Uint8Array): boolean {
  if (isExecutableBinary(bytes)) return true;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Splits text into units (lines; long lines cut by cutLongLine), calling `each` per unit. */
export function forEachUnit(
  text: string,
  each: (text: string, line: number, piece: number) => void,
  firstLine = 1,
): void {
  let line = firstLine - 1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    if (raw.length <= LONG_LINE) each(raw, line, 0);
    else cutLongLine(raw, (piece, index) => each(piece, line, index));
    if (end >= text.length) break;
    start = end + 1;
  }
}

/**
 * Cuts a long (minified) line after a `;` or `}` chosen by the characters
 * around it, so the same code is cut the same way wherever it sits: an
 * insertion changes the pieces around it, not every piece after it. Pieces
 * are 64 characters at least and MAX_PIECE at most.
 */
function cutLongLine(raw: string, each: (piece: string, index: number) => void): void {
  let from = 0;
  let index = 0;
  const ends = /[;}]/g;
  for (let m = ends.exec(raw); m; m = ends.exec(raw)) {
    const at = m.index + 1;
    const size = at - from;
    if (size < MIN_PIECE) continue;
    const h = raw.charCodeAt(at - 2) * 31 + raw.charCodeAt(at - 3) * 7 + (raw.charCodeAt(at) || 0);
    if (h % 8 !== 0 && size < MAX_PIECE) continue;
    while (at - from > MAX_PIECE) {
      each(raw.slice(from, from + MAX_PIECE), index++);
      from += MAX_PIECE;
    }
    each(raw.slice(from, at), index++);
    from = at;
  }
  while (from < raw.length) {
    each(raw.slice(from, Math.min(raw.length, from + MAX_PIECE)), index++);
    from += MAX_PIECE;
  }
}

interface Chunk {
  text: string;
  firstLine: number;
}

/**
 * Cuts text into runs of lines at content-defined boundaries (a cheap
 * function of each line decides), so an edit changes only the runs around
 * it. Equal runs on both sides cancel before any line is counted: a patch
 * release of a 9 MB bundle then costs a few thousand map operations, not a
 * few hundred thousand.
 */
function chunksOf(text: string): Chunk[] {
  const out: Chunk[] = [];
  let chunkStart = 0;
  let chunkLine = 1;
  let line = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const len = end - start;
    const boundary = len > LONG_LINE || (len * 31 + text.charCodeAt(start) + 7 * text.charCodeAt(end - 1)) % 16 === 0;
    if (boundary || end >= text.length) {
      out.push({ text: text.slice(chunkStart, end), firstLine: chunkLine });
      chunkStart = end + 1;
      chunkLine = line + 1;
    }
    start = end + 1;
  }
  if (chunkStart < text.length) out.push({ text: text.slice(chunkStart), firstLine: chunkLine });
  return out;
}

/**
 * The diff of two packages. `before` is undefined for a package that is new
 * to the lockfile: then every file is added (and every unit with it).
 */
export function diffPackages(
  before: ReadonlyMap<string, Uint8Array> | undefined,
  after: ReadonlyMap<string, Uint8Array>,
): PackageDiff {
  const old = before ?? new Map<string, Uint8Array>();
  // Files that did not change cancel out on both sides; the rest of the old package is what new lines are matched against.
  const oldChunks: Chunk[] = [];
  for (const [path, bytes] of old) {
    if (sameFile(after.get(path), bytes) || !isText(fileKind(path, bytes))) continue;
    oldChunks.push(...chunksOf(decodeText(bytes)));
  }
  const chunkCounts = new Map<string, number>();
  for (const c of oldChunks) chunkCounts.set(c.text, (chunkCounts.get(c.text) ?? 0) + 1);

  const pending: { file: FileDiff; chunk: Chunk }[] = [];
  const files: FileDiff[] = [];
  for (const path of [...after.keys()].sort()) {
    const bytes = after.get(path)!;
    const previous = old.get(path);
    if (sameFile(previous, bytes)) continue;
    const kind = fileKind(path, bytes);
    const file: FileDiff = { path, status: previous ? 'changed' : 'added', kind, added: [] };
    files.push(file);
    if (!isText(kind)) continue;
    for (const chunk of chunksOf(decodeText(bytes))) {
      const left = chunkCounts.get(chunk.text) ?? 0;
      if (left > 0) chunkCounts.set(chunk.text, left - 1);
      else pending.push({ file, chunk });
    }
  }
  // Lines of the old runs nothing matched, as a multiset.
  const remaining = new Map<string, number>();
  for (const c of oldChunks) {
    const left = chunkCounts.get(c.text) ?? 0;
    if (left <= 0) continue;
    chunkCounts.set(c.text, left - 1);
    forEachUnit(c.text, (text) => {
      const key = text.trim();
      if (key) remaining.set(key, (remaining.get(key) ?? 0) + 1);
    });
  }
  for (const { file, chunk } of pending) {
    forEachUnit(
      chunk.text,
      (text, line, piece) => {
        const key = text.trim();
        if (!key) return;
        const left = remaining.get(key) ?? 0;
        if (left > 0) remaining.set(key, left - 1);
        else file.added.push({ line, seq: piece, text });
      },
      chunk.firstLine,
    );
  }
  const removed = [...old.keys()].filter((p) => !after.has(p)).sort();
  return { files, removed };
}

/** Code and the manifest are read line by line; docs, maps and binaries only listed. */
function isText(kind: FileKind): boolean {
  return kind === 'code' || kind === 'manifest';
}

function sameFile(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
