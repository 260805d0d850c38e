/**
 * bun.lockb: Bun's binary lockfile (written by default up to Bun 1.1, and by
 * later releases when bunfig.toml says `[install] saveTextLockfile = false`).
 *
 * The file is Bun's in-memory lockfile written out, little-endian:
 *
 * ```
 * "#!/usr/bin/env bun\nbun-lockfile-format-v0\n"   header (42 bytes, never changes)
 * u32   format version        2: Bun 1.0 to 1.2.x; 3: later 1.2 releases on (64-bit semver fields)
 * [32]  meta hash
 * u64   total size            where the last trailing section ends (padding may follow)
 * packages                    u64 count, u64 alignment (8), u64 field count (8), u64 begin, u64 end,
 *                             then between begin and end one column per Package field, in
 *                             declaration order: name String, name_hash u64, resolution
 *                             (64 bytes in v2, 72 in v3), dependencies slice, resolutions slice,
 *                             meta (88), bin (20), scripts (49)
 * 6 buffers                   trees, hoisted dependencies, resolutions (u32 package ids),
 *                             dependencies (26-byte records), extern strings, string bytes; each
 *                             as u64 start, u64 end (absolute), a type-name text, then the data
 * u64   0
 * trailing sections           each marked by an 8-byte tag: "wOrKsPaC" (workspace versions and
 *                             paths) comes first; "tRuStEDd", "oVeRriDs", "cNfGvRsN" … follow
 * ```
 *
 * A `String` is 8 bytes: inline text (up to 8 bytes, NUL-padded) when the top bit of the
 * last byte is clear, else a u32 offset and a u31 length into the string bytes.
 *
 * Only absolute offsets are followed: the type-name texts before each buffer differ
 * between Bun releases and are never read. Every read is checked against the bytes
 * there are; anything out of place is a LockfileError naming the byte offset.
 */
import type { Importer, LockedPackage, Lockfile, PackageSource } from '../core/model.js';
import { LockfileError, quote } from '../core/errors.js';
import { registryTarball } from '../core/source.js';
import { MAX_LOCKFILE_BYTES } from './text.js';

/** The 42 bytes every bun.lockb starts with. */
export const BUN_LOCKB_HEADER = '#!/usr/bin/env bun\nbun-lockfile-format-v0\n';

/** Does this content start like a bun.lockb? */
export function isBunLockb(bytes: Uint8Array): boolean {
  if (bytes.length < BUN_LOCKB_HEADER.length) return false;
  for (let i = 0; i < BUN_LOCKB_HEADER.length; i++) if (bytes[i] !== BUN_LOCKB_HEADER.charCodeAt(i)) return false;
  return true;
}

/** Per format version: the sizes that differ. */
interface Layout {
  /** Bytes of one Resolution (tag, padding, value). */
  resolution: number;
  /** Bytes of one Semver.Version. */
  version: number;
  /** Width of major/minor/patch. */
  versionPart: 4 | 8;
}

const LAYOUTS: Record<number, Layout> = {
  2: { resolution: 64, version: 48, versionPart: 4 },
  3: { resolution: 72, version: 56, versionPart: 8 },
};

const STRING = 8;
const META = 88;
const BIN = 20;
const SCRIPTS = 49;
const DEPENDENCY = 26;
const PACKAGE_ID = 4;

/** Resolution tags (Bun's `Resolution.Tag`). */
const TAG = {
  root: 1,
  npm: 2,
  folder: 4,
  localTarball: 8,
  github: 16,
  gitlab: 24,
  git: 32,
  symlink: 64,
  workspace: 72,
  remoteTarball: 80,
  singleFileModule: 100,
} as const;

/** Resolutions whose value is one path or URL string: the source and the version prefix, as bun.lock writes them. */
const PATH_KINDS: Record<number, { source: PackageSource; prefix: string }> = {
  [TAG.folder]: { source: 'file', prefix: 'file:' },
  [TAG.localTarball]: { source: 'tarball', prefix: '' },
  [TAG.singleFileModule]: { source: 'tarball', prefix: '' },
  [TAG.symlink]: { source: 'link', prefix: 'link:' },
  [TAG.workspace]: { source: 'workspace', prefix: 'workspace:' },
};

/** Integrity digests by Bun's `Integrity.Tag`. */
const INTEGRITY: Record<number, { name: string; bytes: number }> = {
  1: { name: 'sha1', bytes: 20 },
  2: { name: 'sha256', bytes: 32 },
  3: { name: 'sha384', bytes: 48 },
  4: { name: 'sha512', bytes: 64 },
};

const WORKSPACES_TAG = 'wOrKsPaC';

/** A little-endian reader over the file that reports every problem with its byte offset. */
class Reader {
  readonly view: DataView;
  private readonly decoder = new TextDecoder();

  constructor(
    readonly file: string,
    readonly bytes: Uint8Array,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fail(offset: number, reason: string): never {
    throw new LockfileError(this.file, undefined, `at byte ${offset}: ${reason}`);
  }

  need(offset: number, length: number, what: string): void {
    if (offset < 0 || length < 0 || offset + length > this.bytes.length) {
      this.fail(
        offset,
        `${what} needs ${length} bytes but the file ends at byte ${this.bytes.length}; it looks truncated`,
      );
    }
  }

  u8(offset: number): number {
    this.need(offset, 1, 'a byte');
    return this.bytes[offset]!;
  }

  u32(offset: number, what = 'a 32-bit number'): number {
    this.need(offset, 4, what);
    return this.view.getUint32(offset, true);
  }

  /** A u64 as a number; values past 2^53 (never a real offset or count) are reported. */
  u64(offset: number, what: string): number {
    this.need(offset, 8, what);
    const hi = this.view.getUint32(offset + 4, true);
    if (hi >= 0x200000) this.fail(offset, `${what} is impossibly large`);
    return hi * 0x100000000 + this.view.getUint32(offset, true);
  }

  /** A u64 printed in full (semver parts may use all 64 bits). */
  u64Text(offset: number): string {
    this.need(offset, 8, 'a version number');
    return this.view.getBigUint64(offset, true).toString();
  }

  ascii(offset: number, length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(this.bytes[offset + i]!);
    return text;
  }

  utf8(start: number, end: number): string {
    return this.decoder.decode(this.bytes.subarray(start, end));
  }
}

/** Where the string bytes are, for Strings that point into them. */
interface Strings {
  start: number;
  end: number;
}

/** A buffer of fixed-size records: its absolute start and its record count. */
interface Buffer {
  start: number;
  count: number;
}

/** Parse a bun.lockb into the lockfile model. Throws LockfileError on anything it cannot read. */
export function parseBunBinary(file: string, bytes: Uint8Array): Lockfile {
  const r: Reader = new Reader(file, bytes);
  const header = readHeader(r, bytes);
  const list = readPackageList(r, header);
  const { resolutions, dependencies, strings, pos } = readBuffers(r, list.end, header.totalSize);
  const workspaceVersions = readTrailer(r, pos, header.totalSize, header.layout, strings);
  const read = readPackages(r, list, header.layout, strings, workspaceVersions);
  const importers = readEdges(r, list, read, resolutions, dependencies, strings);
  return {
    path: file,
    format: 'bun',
    formatVersion: `lockb-${header.format}`,
    packages: read.packages.filter((p): p is LockedPackage => p !== undefined),
    importers,
  };
}

/** The file header: Bun's magic line, the format version (which picks the layout) and the data's total size. */
function readHeader(r: Reader, bytes: Uint8Array): { format: number; layout: Layout; totalSize: number; pos: number } {
  if (bytes.length > MAX_LOCKFILE_BYTES) {
    r.fail(0, `file is ${bytes.length} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles`);
  }
  if (!isBunLockb(bytes)) {
    r.fail(0, `does not start with Bun's lockfile header ${quote(BUN_LOCKB_HEADER)}; not a bun.lockb`);
  }
  let pos = BUN_LOCKB_HEADER.length;
  const format = r.u32(pos, 'the format version');
  const layout = LAYOUTS[format];
  if (!layout) {
    r.fail(
      pos,
      format < 2
        ? `format version ${format} was written by Bun before 1.0, which no Bun 1.x reads either; lockgate cannot check it. Run \`bun install\` with a current Bun to rewrite it (Bun 1.2+ then writes the text bun.lock and deletes bun.lockb)`
        : `format version ${format} is newer than the versions lockgate reads (2 and 3, Bun 1.0 to 1.4); lockgate cannot check it. \`bun install --save-text-lockfile\` writes the text bun.lock, which lockgate reads, and deletes bun.lockb`,
    );
  }
  pos += 4 + 32;
  const totalSize = r.u64(pos, 'the total size');
  if (totalSize > bytes.length) {
    r.fail(pos, `the total size says ${totalSize} bytes but the file has ${bytes.length}; it looks truncated`);
  }
  return { format, layout: layout!, totalSize, pos: pos + 8 };
}

/** The package list: a header, then one column per field. */
interface PackageList {
  count: number;
  /** Where each column starts. */
  col: { name: number; resolution: number; dependencies: number; meta: number };
  /** The end of the list, where the buffers begin. */
  end: number;
}

function readPackageList(r: Reader, header: { layout: Layout; totalSize: number; pos: number }): PackageList {
  const { layout, totalSize } = header;
  let pos = header.pos;
  const count = r.u64(pos, 'the package count');
  const alignment = r.u64(pos + 8, 'the package alignment');
  const fields = r.u64(pos + 16, 'the package field count');
  const begin = r.u64(pos + 24, 'the start of the package list');
  const end = r.u64(pos + 32, 'the end of the package list');
  if (alignment !== 8) r.fail(pos + 8, `package alignment is ${alignment}, expected 8`);
  if (fields !== 8 && fields !== 7) r.fail(pos + 16, `packages have ${fields} fields, expected 8`);
  pos += 40;
  const perPackage = 2 * STRING + layout.resolution + 16 + META + BIN + (fields === 8 ? SCRIPTS : 0);
  if (begin < pos || end > totalSize || begin > end) {
    r.fail(
      pos - 16,
      `the package list (bytes ${begin} to ${end}) is outside the file's data (bytes ${pos} to ${totalSize})`,
    );
  }
  if (count * perPackage !== end - begin) {
    r.fail(pos - 40, `${count} packages need ${count * perPackage} bytes but the package list has ${end - begin}`);
  }
  return {
    count,
    col: {
      name: begin,
      resolution: begin + 2 * STRING * count,
      dependencies: begin + (2 * STRING + layout.resolution) * count,
      meta: begin + (2 * STRING + layout.resolution + 16) * count,
    },
    end,
  };
}

/** The buffers after the package list, in the order Bun writes them, each checked to lie inside the data. */
function readBuffers(
  r: Reader,
  from: number,
  totalSize: number,
): { resolutions: Buffer; dependencies: Buffer; strings: Strings; pos: number } {
  let pos = from;
  const readBuffer = (what: string, size: number): Buffer => {
    const start = r.u64(pos, `the start of the ${what}`);
    const stop = r.u64(pos + 8, `the end of the ${what}`);
    if (start < pos + 16 || stop < start || stop > totalSize) {
      r.fail(
        pos,
        `the ${what} (bytes ${start} to ${stop}) is outside the file's data (bytes ${pos + 16} to ${totalSize})`,
      );
    }
    if ((stop - start) % size !== 0) {
      r.fail(pos, `the ${what} is ${stop - start} bytes, not a whole number of ${size}-byte records`);
    }
    pos = stop;
    return { start, count: (stop - start) / size };
  };
  readBuffer('tree list', 1);
  readBuffer('hoisted dependency list', PACKAGE_ID);
  const resolutions = readBuffer('resolution list', PACKAGE_ID);
  const dependencies = readBuffer('dependency list', DEPENDENCY);
  readBuffer('extern string list', 16);
  const stringBuffer = readBuffer('string buffer', 1);
  const strings: Strings = { start: stringBuffer.start, end: stringBuffer.start + stringBuffer.count };
  if (resolutions.count !== dependencies.count) {
    r.fail(pos, `${dependencies.count} dependencies but ${resolutions.count} resolutions; the lists must match`);
  }
  if (r.u64(pos, 'the end marker') !== 0) r.fail(pos, 'expected 8 zero bytes after the string buffer');
  return { resolutions, dependencies, strings, pos: pos + 8 };
}

/** The packages by index (the root is undefined), their names, and the folders of workspace packages. */
interface ReadPackages {
  packages: (LockedPackage | undefined)[];
  names: string[];
  root: number | undefined;
  workspaceDirs: Map<number, string>;
}

function readPackages(
  r: Reader,
  list: PackageList,
  layout: Layout,
  strings: Strings,
  workspaceVersions: Map<bigint, string>,
): ReadPackages {
  const { count, col } = list;
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(readString(r, col.name + i * STRING, strings));
  const packages: (LockedPackage | undefined)[] = [];
  const usedIds = new Set<string>();
  let root: number | undefined;
  const workspaceDirs = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const at = col.resolution + i * layout.resolution;
    const tag = r.u8(at);
    const name = names[i]!;
    if (tag === TAG.root) {
      root ??= i;
      packages.push(undefined);
      continue;
    }
    const pkg = readPackage(r, at, tag, name, layout, strings, col.meta + i * META);
    if (pkg.source === 'workspace' && pkg.resolved !== undefined) {
      workspaceDirs.set(i, pkg.resolved);
      const version = workspaceVersions.get(r.view.getBigUint64(col.name + count * STRING + i * 8, true));
      if (version) pkg.version = version;
    }
    let id = `${name}@${pkg.version}`;
    if (usedIds.has(id)) id = `${id}#${i}`;
    usedIds.add(id);
    pkg.id = id;
    packages.push(pkg);
  }
  return { packages, names, root, workspaceDirs };
}

/**
 * Dependency edges per package, and the importers (the root and each
 * workspace); an alias is the name a dependency gives a package of another name.
 */
function readEdges(
  r: Reader,
  list: PackageList,
  read: ReadPackages,
  resolutions: Buffer,
  dependencies: Buffer,
  strings: Strings,
): Importer[] {
  const { count, col } = list;
  const { packages, names, root, workspaceDirs } = read;
  const importers: Importer[] = [];
  for (let i = 0; i < count; i++) {
    const sliceAt = col.dependencies + i * 8;
    const off = r.u32(sliceAt);
    const len = r.u32(sliceAt + 4);
    if (off + len > dependencies.count) {
      r.fail(
        sliceAt,
        `package ${quote(names[i])} lists dependencies ${off} to ${off + len}, past the ${dependencies.count} there are`,
      );
    }
    const deps: string[] = [];
    for (let d = off; d < off + len; d++) {
      const target = r.u32(resolutions.start + d * PACKAGE_ID);
      // Not installed: an optional dependency for another platform, a peer. Bun skips every
      // resolution past its package list (0xFFFFFFFF is its unset id): elysia's test/node/cjs/bun.lockb
      // holds 0xAAAAAAAA (an unset slot as some Bun builds wrote it) and Bun 1.2.23 installs from
      // it with --frozen-lockfile.
      if (target >= count) continue;
      const targetPkg = packages[target];
      if (!targetPkg) continue;
      deps.push(targetPkg.id);
      const depName = readString(r, dependencies.start + d * DEPENDENCY, strings);
      if (depName && depName !== targetPkg.name && targetPkg.alias === undefined) targetPkg.alias = depName;
    }
    const pkg = packages[i];
    if (i === root) importers.push({ path: 'package.json', deps });
    else if (workspaceDirs.has(i))
      importers.push({ path: `${workspaceDirs.get(i)!.replace(/\/+$/, '')}/package.json`, deps });
    if (pkg && deps.length) pkg.deps = deps;
  }
  return importers;
}

/** One package from its resolution and meta. */
function readPackage(
  r: Reader,
  at: number,
  tag: number,
  name: string,
  layout: Layout,
  strings: Strings,
  metaAt: number,
): LockedPackage {
  const str = (offset: number) => readString(r, offset, strings);
  const value = at + 8;
  let source: PackageSource;
  let version: string;
  let resolved: string | undefined;
  switch (tag) {
    case TAG.npm: {
      resolved = str(value) || undefined;
      version = readVersion(r, value + STRING, layout, strings);
      source = 'registry';
      break;
    }
    case TAG.remoteTarball:
      resolved = str(value);
      version = registryTarball(resolved)?.version ?? resolved;
      source = 'tarball';
      break;
    case TAG.github:
    case TAG.gitlab:
    case TAG.git: {
      // Repository: owner, repo, committish, resolved, package_name
      const owner = str(value);
      const repo = str(value + STRING);
      const commit = str(value + 3 * STRING) || str(value + 2 * STRING);
      const host = tag === TAG.github ? 'github:' : tag === TAG.gitlab ? 'gitlab:' : '';
      const where = host ? `${host}${owner ? `${owner}/` : ''}${repo}` : repo;
      resolved = commit ? `${where}#${commit}` : where;
      version = resolved;
      source = 'git';
      break;
    }
    default: {
      const kind = PATH_KINDS[tag];
      if (!kind) r.fail(at, `package ${quote(name)} has resolution tag ${tag}, which is not one Bun writes`);
      resolved = str(value);
      version = `${kind.prefix}${resolved}`;
      source = kind.source;
    }
  }
  if (!name) r.fail(at, 'a package has an empty name');
  const pkg: LockedPackage = { id: '', name, version, source, line: 0 };
  if (resolved) pkg.resolved = resolved;
  const integrity = readIntegrity(r, metaAt + 20);
  if (integrity) pkg.integrity = integrity;
  const script = r.u8(metaAt + 85);
  if (script === 1 || script === 2) pkg.hasInstallScript = script === 2;
  return pkg;
}

/** `major.minor.patch[-pre][+build]` of a Semver.Version at `at`. */
function readVersion(r: Reader, at: number, layout: Layout, strings: Strings): string {
  const w = layout.versionPart;
  const part = (i: number) => (w === 4 ? String(r.u32(at + i * 4)) : r.u64Text(at + i * 8));
  const tagAt = at + (w === 4 ? 16 : 24);
  const pre = readString(r, tagAt, strings);
  const build = readString(r, tagAt + 16, strings);
  return `${part(0)}.${part(1)}.${part(2)}${pre ? `-${pre}` : ''}${build ? `+${build}` : ''}`;
}

/** `sha512-<base64>` from Bun's Integrity (tag byte, 64-byte digest), or undefined when none. */
function readIntegrity(r: Reader, at: number): string | undefined {
  const tag = r.u8(at);
  const kind = INTEGRITY[tag];
  if (!kind) return undefined;
  r.need(at + 1, kind.bytes, 'an integrity digest');
  let binary = '';
  for (let i = 0; i < kind.bytes; i++) binary += String.fromCharCode(r.bytes[at + 1 + i]!);
  return `${kind.name}-${btoa(binary)}`;
}

/** A Semver.String: inline, or a pointer into the string bytes (checked). */
function readString(r: Reader, at: number, strings: Strings): string {
  r.need(at, STRING, 'a string');
  const bytes = r.bytes;
  if ((bytes[at + 7]! & 0x80) === 0) {
    let len = 0;
    while (len < 8 && bytes[at + len] !== 0) len++;
    return r.utf8(at, at + len);
  }
  const off = r.view.getUint32(at, true);
  const len = r.view.getUint32(at + 4, true) & 0x7fffffff;
  if (off + len > strings.end - strings.start) {
    r.fail(
      at,
      `a string points at bytes ${off} to ${off + len} of a ${strings.end - strings.start}-byte string buffer`,
    );
  }
  return r.utf8(strings.start + off, strings.start + off + len);
}

/**
 * The trailing sections, up to the total size: the workspace versions (name hash →
 * version) when the first section is "wOrKsPaC". Later sections hold nothing the
 * model needs (trusted dependencies, overrides, catalogs, config version …) and newer
 * Bun releases add tags older source does not list, so reading stops there.
 */
function readTrailer(r: Reader, pos: number, totalSize: number, layout: Layout, strings: Strings): Map<bigint, string> {
  const versions = new Map<bigint, string>();
  if (totalSize - pos <= 8 || r.ascii(pos, 8) !== WORKSPACES_TAG) return versions;
  pos += 8;
  const array = (what: string, size: number): Buffer => {
    const start = r.u64(pos, `the start of the ${what}`);
    const stop = r.u64(pos + 8, `the end of the ${what}`);
    if (start < pos + 16 || stop < start || stop > totalSize || (stop - start) % size !== 0) {
      r.fail(
        pos,
        `the ${what} (bytes ${start} to ${stop}) is not a list of ${size}-byte records within the file's data`,
      );
    }
    pos = stop;
    return { start, count: (stop - start) / size };
  };
  const hashes = array('workspace name hashes', 8);
  const semvers = array('workspace versions', layout.version);
  if (hashes.count !== semvers.count) {
    r.fail(semvers.start, `${hashes.count} workspace names but ${semvers.count} workspace versions`);
  }
  for (let i = 0; i < hashes.count; i++) {
    const hash = r.view.getBigUint64(hashes.start + i * 8, true);
    versions.set(hash, readVersion(r, semvers.start + i * layout.version, layout, strings));
  }
  return versions;
}
