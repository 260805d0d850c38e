import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  LockfileError,
  MAX_LOCKFILE_BYTES,
  quote,
  registryTarball
} from "./chunk-PCST67PE.js";
import "./chunk-UNWV5ZLC.js";
import "./chunk-7FTKMFDC.js";

// src/lockfiles/bun-binary.ts
var BUN_LOCKB_HEADER = "#!/usr/bin/env bun\nbun-lockfile-format-v0\n";
function isBunLockb(bytes) {
  if (bytes.length < BUN_LOCKB_HEADER.length) return false;
  for (let i = 0; i < BUN_LOCKB_HEADER.length; i++) if (bytes[i] !== BUN_LOCKB_HEADER.charCodeAt(i)) return false;
  return true;
}
var LAYOUTS = {
  2: { resolution: 64, version: 48, versionPart: 4 },
  3: { resolution: 72, version: 56, versionPart: 8 }
};
var STRING = 8;
var META = 88;
var BIN = 20;
var SCRIPTS = 49;
var DEPENDENCY = 26;
var PACKAGE_ID = 4;
var TAG = {
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
  singleFileModule: 100
};
var PATH_KINDS = {
  [TAG.folder]: { source: "file", prefix: "file:" },
  [TAG.localTarball]: { source: "tarball", prefix: "" },
  [TAG.singleFileModule]: { source: "tarball", prefix: "" },
  [TAG.symlink]: { source: "link", prefix: "link:" },
  [TAG.workspace]: { source: "workspace", prefix: "workspace:" }
};
var INTEGRITY = {
  1: { name: "sha1", bytes: 20 },
  2: { name: "sha256", bytes: 32 },
  3: { name: "sha384", bytes: 48 },
  4: { name: "sha512", bytes: 64 }
};
var WORKSPACES_TAG = "wOrKsPaC";
var Reader = class {
  constructor(file, bytes) {
    this.file = file;
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  file;
  bytes;
  view;
  decoder = new TextDecoder();
  fail(offset, reason) {
    throw new LockfileError(this.file, void 0, `at byte ${offset}: ${reason}`);
  }
  need(offset, length, what) {
    if (offset < 0 || length < 0 || offset + length > this.bytes.length) {
      this.fail(
        offset,
        `${what} needs ${length} bytes but the file ends at byte ${this.bytes.length}; it looks truncated`
      );
    }
  }
  u8(offset) {
    this.need(offset, 1, "a byte");
    return this.bytes[offset];
  }
  u32(offset, what = "a 32-bit number") {
    this.need(offset, 4, what);
    return this.view.getUint32(offset, true);
  }
  /** A u64 as a number; values past 2^53 (never a real offset or count) are reported. */
  u64(offset, what) {
    this.need(offset, 8, what);
    const hi = this.view.getUint32(offset + 4, true);
    if (hi >= 2097152) this.fail(offset, `${what} is impossibly large`);
    return hi * 4294967296 + this.view.getUint32(offset, true);
  }
  /** A u64 printed in full (semver parts may use all 64 bits). */
  u64Text(offset) {
    this.need(offset, 8, "a version number");
    return this.view.getBigUint64(offset, true).toString();
  }
  ascii(offset, length) {
    let text = "";
    for (let i = 0; i < length; i++) text += String.fromCharCode(this.bytes[offset + i]);
    return text;
  }
  utf8(start, end) {
    return this.decoder.decode(this.bytes.subarray(start, end));
  }
};
function parseBunBinary(file, bytes) {
  const r = new Reader(file, bytes);
  const header = readHeader(r, bytes);
  const list = readPackageList(r, header);
  const { resolutions, dependencies, strings, pos } = readBuffers(r, list.end, header.totalSize);
  const workspaceVersions = readTrailer(r, pos, header.totalSize, header.layout, strings);
  const read = readPackages(r, list, header.layout, strings, workspaceVersions);
  const importers = readEdges(r, list, read, resolutions, dependencies, strings);
  return {
    path: file,
    format: "bun",
    formatVersion: `lockb-${header.format}`,
    packages: read.packages.filter((p) => p !== void 0),
    importers
  };
}
function readHeader(r, bytes) {
  if (bytes.length > MAX_LOCKFILE_BYTES) {
    r.fail(0, `file is ${bytes.length} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles`);
  }
  if (!isBunLockb(bytes)) {
    r.fail(0, `does not start with Bun's lockfile header ${quote(BUN_LOCKB_HEADER)}; not a bun.lockb`);
  }
  let pos = BUN_LOCKB_HEADER.length;
  const format = r.u32(pos, "the format version");
  const layout = LAYOUTS[format];
  if (!layout) {
    r.fail(
      pos,
      format < 2 ? `format version ${format} was written by Bun before 1.0, which no Bun 1.x reads either; lockgate cannot check it. Run \`bun install\` with a current Bun to rewrite it (Bun 1.2+ then writes the text bun.lock and deletes bun.lockb)` : `format version ${format} is newer than the versions lockgate reads (2 and 3, Bun 1.0 to 1.4); lockgate cannot check it. \`bun install --save-text-lockfile\` writes the text bun.lock, which lockgate reads, and deletes bun.lockb`
    );
  }
  pos += 4 + 32;
  const totalSize = r.u64(pos, "the total size");
  if (totalSize > bytes.length) {
    r.fail(pos, `the total size says ${totalSize} bytes but the file has ${bytes.length}; it looks truncated`);
  }
  return { format, layout, totalSize, pos: pos + 8 };
}
function readPackageList(r, header) {
  const { layout, totalSize } = header;
  let pos = header.pos;
  const count = r.u64(pos, "the package count");
  const alignment = r.u64(pos + 8, "the package alignment");
  const fields = r.u64(pos + 16, "the package field count");
  const begin = r.u64(pos + 24, "the start of the package list");
  const end = r.u64(pos + 32, "the end of the package list");
  if (alignment !== 8) r.fail(pos + 8, `package alignment is ${alignment}, expected 8`);
  if (fields !== 8 && fields !== 7) r.fail(pos + 16, `packages have ${fields} fields, expected 8`);
  pos += 40;
  const perPackage = 2 * STRING + layout.resolution + 16 + META + BIN + (fields === 8 ? SCRIPTS : 0);
  if (begin < pos || end > totalSize || begin > end) {
    r.fail(
      pos - 16,
      `the package list (bytes ${begin} to ${end}) is outside the file's data (bytes ${pos} to ${totalSize})`
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
      meta: begin + (2 * STRING + layout.resolution + 16) * count
    },
    end
  };
}
function readBuffers(r, from, totalSize) {
  let pos = from;
  const readBuffer = (what, size) => {
    const start = r.u64(pos, `the start of the ${what}`);
    const stop = r.u64(pos + 8, `the end of the ${what}`);
    if (start < pos + 16 || stop < start || stop > totalSize) {
      r.fail(
        pos,
        `the ${what} (bytes ${start} to ${stop}) is outside the file's data (bytes ${pos + 16} to ${totalSize})`
      );
    }
    if ((stop - start) % size !== 0) {
      r.fail(pos, `the ${what} is ${stop - start} bytes, not a whole number of ${size}-byte records`);
    }
    pos = stop;
    return { start, count: (stop - start) / size };
  };
  readBuffer("tree list", 1);
  readBuffer("hoisted dependency list", PACKAGE_ID);
  const resolutions = readBuffer("resolution list", PACKAGE_ID);
  const dependencies = readBuffer("dependency list", DEPENDENCY);
  readBuffer("extern string list", 16);
  const stringBuffer = readBuffer("string buffer", 1);
  const strings = { start: stringBuffer.start, end: stringBuffer.start + stringBuffer.count };
  if (resolutions.count !== dependencies.count) {
    r.fail(pos, `${dependencies.count} dependencies but ${resolutions.count} resolutions; the lists must match`);
  }
  if (r.u64(pos, "the end marker") !== 0) r.fail(pos, "expected 8 zero bytes after the string buffer");
  return { resolutions, dependencies, strings, pos: pos + 8 };
}
function readPackages(r, list, layout, strings, workspaceVersions) {
  const { count, col } = list;
  const names = [];
  for (let i = 0; i < count; i++) names.push(readString(r, col.name + i * STRING, strings));
  const packages = [];
  const usedIds = /* @__PURE__ */ new Set();
  let root;
  const workspaceDirs = /* @__PURE__ */ new Map();
  for (let i = 0; i < count; i++) {
    const at = col.resolution + i * layout.resolution;
    const tag = r.u8(at);
    const name = names[i];
    if (tag === TAG.root) {
      root ??= i;
      packages.push(void 0);
      continue;
    }
    const pkg = readPackage(r, at, tag, name, layout, strings, col.meta + i * META);
    if (pkg.source === "workspace" && pkg.resolved !== void 0) {
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
function readEdges(r, list, read, resolutions, dependencies, strings) {
  const { count, col } = list;
  const { packages, names, root, workspaceDirs } = read;
  const importers = [];
  for (let i = 0; i < count; i++) {
    const sliceAt = col.dependencies + i * 8;
    const off = r.u32(sliceAt);
    const len = r.u32(sliceAt + 4);
    if (off + len > dependencies.count) {
      r.fail(
        sliceAt,
        `package ${quote(names[i])} lists dependencies ${off} to ${off + len}, past the ${dependencies.count} there are`
      );
    }
    const deps = [];
    for (let d = off; d < off + len; d++) {
      const target = r.u32(resolutions.start + d * PACKAGE_ID);
      if (target >= count) continue;
      const targetPkg = packages[target];
      if (!targetPkg) continue;
      deps.push(targetPkg.id);
      const depName = readString(r, dependencies.start + d * DEPENDENCY, strings);
      if (depName && depName !== targetPkg.name && targetPkg.alias === void 0) targetPkg.alias = depName;
    }
    const pkg = packages[i];
    if (i === root) importers.push({ path: "package.json", deps });
    else if (workspaceDirs.has(i))
      importers.push({ path: `${workspaceDirs.get(i).replace(/\/+$/, "")}/package.json`, deps });
    if (pkg && deps.length) pkg.deps = deps;
  }
  return importers;
}
function readPackage(r, at, tag, name, layout, strings, metaAt) {
  const str = (offset) => readString(r, offset, strings);
  const value = at + 8;
  let source;
  let version;
  let resolved;
  switch (tag) {
    case TAG.npm: {
      resolved = str(value) || void 0;
      version = readVersion(r, value + STRING, layout, strings);
      source = "registry";
      break;
    }
    case TAG.remoteTarball:
      resolved = str(value);
      version = registryTarball(resolved)?.version ?? resolved;
      source = "tarball";
      break;
    case TAG.github:
    case TAG.gitlab:
    case TAG.git: {
      const owner = str(value);
      const repo = str(value + STRING);
      const commit = str(value + 3 * STRING) || str(value + 2 * STRING);
      const host = tag === TAG.github ? "github:" : tag === TAG.gitlab ? "gitlab:" : "";
      const where = host ? `${host}${owner ? `${owner}/` : ""}${repo}` : repo;
      resolved = commit ? `${where}#${commit}` : where;
      version = resolved;
      source = "git";
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
  if (!name) r.fail(at, "a package has an empty name");
  const pkg = { id: "", name, version, source, line: 0 };
  if (resolved) pkg.resolved = resolved;
  const integrity = readIntegrity(r, metaAt + 20);
  if (integrity) pkg.integrity = integrity;
  const script = r.u8(metaAt + 85);
  if (script === 1 || script === 2) pkg.hasInstallScript = script === 2;
  return pkg;
}
function readVersion(r, at, layout, strings) {
  const w = layout.versionPart;
  const part = (i) => w === 4 ? String(r.u32(at + i * 4)) : r.u64Text(at + i * 8);
  const tagAt = at + (w === 4 ? 16 : 24);
  const pre = readString(r, tagAt, strings);
  const build = readString(r, tagAt + 16, strings);
  return `${part(0)}.${part(1)}.${part(2)}${pre ? `-${pre}` : ""}${build ? `+${build}` : ""}`;
}
function readIntegrity(r, at) {
  const tag = r.u8(at);
  const kind = INTEGRITY[tag];
  if (!kind) return void 0;
  r.need(at + 1, kind.bytes, "an integrity digest");
  let binary = "";
  for (let i = 0; i < kind.bytes; i++) binary += String.fromCharCode(r.bytes[at + 1 + i]);
  return `${kind.name}-${btoa(binary)}`;
}
function readString(r, at, strings) {
  r.need(at, STRING, "a string");
  const bytes = r.bytes;
  if ((bytes[at + 7] & 128) === 0) {
    let len2 = 0;
    while (len2 < 8 && bytes[at + len2] !== 0) len2++;
    return r.utf8(at, at + len2);
  }
  const off = r.view.getUint32(at, true);
  const len = r.view.getUint32(at + 4, true) & 2147483647;
  if (off + len > strings.end - strings.start) {
    r.fail(
      at,
      `a string points at bytes ${off} to ${off + len} of a ${strings.end - strings.start}-byte string buffer`
    );
  }
  return r.utf8(strings.start + off, strings.start + off + len);
}
function readTrailer(r, pos, totalSize, layout, strings) {
  const versions = /* @__PURE__ */ new Map();
  if (totalSize - pos <= 8 || r.ascii(pos, 8) !== WORKSPACES_TAG) return versions;
  pos += 8;
  const array = (what, size) => {
    const start = r.u64(pos, `the start of the ${what}`);
    const stop = r.u64(pos + 8, `the end of the ${what}`);
    if (start < pos + 16 || stop < start || stop > totalSize || (stop - start) % size !== 0) {
      r.fail(
        pos,
        `the ${what} (bytes ${start} to ${stop}) is not a list of ${size}-byte records within the file's data`
      );
    }
    pos = stop;
    return { start, count: (stop - start) / size };
  };
  const hashes = array("workspace name hashes", 8);
  const semvers = array("workspace versions", layout.version);
  if (hashes.count !== semvers.count) {
    r.fail(semvers.start, `${hashes.count} workspace names but ${semvers.count} workspace versions`);
  }
  for (let i = 0; i < hashes.count; i++) {
    const hash = r.view.getBigUint64(hashes.start + i * 8, true);
    versions.set(hash, readVersion(r, semvers.start + i * layout.version, layout, strings));
  }
  return versions;
}
export {
  BUN_LOCKB_HEADER,
  isBunLockb,
  parseBunBinary
};
