import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  require_js_yaml
} from "./chunk-46RT45P2.js";
import {
  DEFAULT_REGISTRIES,
  DependencyBudget,
  LockfileError,
  absoluteUrl,
  applyPlan,
  checkIdLength,
  gitRepository,
  isProtocolRelative,
  isRegistryTarballOf,
  pinnedCommit,
  planHost,
  quote,
  registryFor,
  registryTarballUrl
} from "./chunk-PCST67PE.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
import "./chunk-UNWV5ZLC.js";
import {
  __toESM
} from "./chunk-7FTKMFDC.js";

// src/lockfiles/pnpm.ts
var import_js_yaml = __toESM(require_js_yaml(), 1);
import path from "node:path";
var IMPORTER_DEP_FIELDS = [
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "configDependencies",
  "packageManagerDependencies"
];
function parsePnpm(file, text, options = {}) {
  const documents = loadDocuments(file, text);
  const lines = scanLines(text);
  if (documents.length === 0) {
    throw new LockfileError(file, 1, "no lockfileVersion: the file holds no YAML document");
  }
  const state = {
    file,
    registries: options.registries ?? DEFAULT_REGISTRIES,
    budget: new DependencyBudget(file, text),
    lines,
    packages: [],
    byId: /* @__PURE__ */ new Map(),
    pending: [],
    importers: /* @__PURE__ */ new Map()
  };
  let formatVersion = "";
  documents.forEach((doc, index) => {
    const docLines = lines.documents[index] ?? lines.documents[0] ?? { top: /* @__PURE__ */ new Map(), start: 1 };
    if (!isRecord(doc)) {
      throw new LockfileError(file, docLines.start, `YAML document ${index + 1} is not a mapping of lockfile fields`);
    }
    formatVersion = readDocument(state, doc, docLines);
  });
  resolvePendingDeps(state);
  if (!text.endsWith("\n")) checkComplete(state, text);
  return {
    path: file,
    format: "pnpm",
    formatVersion,
    packages: state.packages,
    importers: [...state.importers].map(([importerPath, deps]) => ({ path: importerPath, deps: [...deps] }))
  };
}
function loadDocuments(file, text) {
  let loaded;
  try {
    loaded = import_js_yaml.default.loadAll(text, void 0, { schema: import_js_yaml.default.CORE_SCHEMA });
  } catch (error) {
    throw yamlError(file, text, error);
  }
  return loaded.filter((doc) => doc !== null && doc !== void 0);
}
function yamlError(file, text, error) {
  if (error instanceof import_js_yaml.default.YAMLException) {
    const mark = error.mark?.line;
    const line = typeof mark === "number" ? Math.min(mark + 1, lineCount(text)) : void 0;
    return new LockfileError(file, line, `invalid YAML: ${clean(error.reason || "syntax error")}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new LockfileError(file, void 0, `could not be read as YAML: ${clean(message)}`);
}
function lineCount(text) {
  let count = text.endsWith("\n") ? 0 : 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return Math.max(count, 1);
}
function clean(message) {
  const flat = message.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}
function checkComplete(state, text) {
  const lines = text.split("\n");
  const cut = (why) => {
    throw new LockfileError(
      state.file,
      lines.length,
      `the file does not end with a line break and ${why}, so it looks truncated; regenerate it`
    );
  };
  if (state.unresolved) {
    cut(`the dependency ${quote(state.unresolved.reference)} at line ${state.unresolved.line} names no entry`);
  }
  const flag = /^\s+(dev|optional|hasBin|requiresBuild|deprecated|prepare|bundled):\s*(\S*)\s*$/.exec(
    lines[lines.length - 1]
  );
  if (flag && flag[1] !== "deprecated" && flag[2] !== "true" && flag[2] !== "false") {
    cut(`its last line sets ${flag[1]} to ${quote(flag[2])}`);
  }
}
function scanLines(text) {
  const result = { documents: [], packages: /* @__PURE__ */ new Map(), snapshots: /* @__PURE__ */ new Map(), importers: /* @__PURE__ */ new Map() };
  let current = { top: /* @__PURE__ */ new Map(), start: 1 };
  let hasContent = false;
  let section;
  let lineNo = 1;
  let counted = 0;
  const shallowLine = /^(?:[^ \r\n#]| {2}[^ \r\n#])[^\n]*/gm;
  for (let match = shallowLine.exec(text); match; match = shallowLine.exec(text)) {
    for (let at = text.indexOf("\n", counted); at !== -1 && at < match.index; at = text.indexOf("\n", counted)) {
      lineNo++;
      counted = at + 1;
    }
    const line = match[0].endsWith("\r") ? match[0].slice(0, -1) : match[0];
    if (line.charCodeAt(0) === SPACE) {
      if (!hasContent) current.start = lineNo;
      hasContent = true;
      if (section) {
        const key2 = readKey(line, 2);
        if (key2 !== void 0 && !section.has(key2)) section.set(key2, lineNo);
      }
      continue;
    }
    if (/^(---|\.\.\.)(\s|$)/.test(line)) {
      if (hasContent) {
        result.documents.push(current);
        current = { top: /* @__PURE__ */ new Map(), start: lineNo + 1 };
        hasContent = false;
      } else {
        current.start = lineNo + 1;
      }
      section = void 0;
      continue;
    }
    if (!hasContent) current.start = lineNo;
    hasContent = true;
    const key = readKey(line, 0);
    if (key !== void 0 && !current.top.has(key)) current.top.set(key, lineNo);
    section = sectionFor(key, result);
  }
  if (hasContent) result.documents.push(current);
  return result;
}
var SPACE = 32;
function sectionFor(key, lines) {
  if (key === "packages") return lines.packages;
  if (key === "snapshots") return lines.snapshots;
  if (key === "importers") return lines.importers;
  return void 0;
}
function readKey(line, at) {
  const quote2 = line[at];
  if (quote2 === "'") {
    let key = "";
    let i = at + 1;
    for (; ; ) {
      const close = line.indexOf("'", i);
      if (close === -1) return void 0;
      key += line.slice(i, close);
      if (line[close + 1] === "'") {
        key += "'";
        i = close + 2;
      } else {
        return key;
      }
    }
  }
  if (quote2 === '"') {
    for (let close = line.indexOf('"', at + 1); close !== -1; close = line.indexOf('"', close + 1)) {
      if (line[close - 1] === "\\") continue;
      try {
        const key = JSON.parse(line.slice(at, close + 1));
        return typeof key === "string" ? key : void 0;
      } catch {
        return void 0;
      }
    }
    return void 0;
  }
  const separator = line.indexOf(": ", at);
  if (separator !== -1) return line.slice(at, separator).trimEnd();
  const trimmed = line.trimEnd();
  return trimmed.endsWith(":") ? trimmed.slice(at, -1).trimEnd() : void 0;
}
function readDocument(state, doc, lines) {
  const { label, major } = lockfileVersion(state.file, doc, lines);
  const packages = mapField(state.file, doc, "packages", lines);
  if (major === 9) {
    readV9Entries(state, packages, mapField(state.file, doc, "snapshots", lines));
  } else {
    readEntries(state, packages, major);
  }
  readImporters(state, doc, major, lines);
  return label;
}
function lockfileVersion(file, doc, lines) {
  const value = own(doc, "lockfileVersion");
  const line = lines.top.get("lockfileVersion") ?? lines.start;
  if (value === void 0 || value === null) {
    throw new LockfileError(file, line, "no lockfileVersion: not a pnpm lockfile this tool can read");
  }
  const label = typeof value === "number" || typeof value === "string" ? String(value) : "";
  const match = /^(\d+)(?:\.\d+)?$/.exec(label);
  const major = match ? Number(match[1]) : NaN;
  if (major === 5 || major === 6 || major === 9) return { label, major };
  throw new LockfileError(
    file,
    line,
    `lockfileVersion ${quote(label || value)} is not supported (expected 5.x, 6.x or 9.x)`
  );
}
function mapField(file, doc, key, lines) {
  const value = own(doc, key);
  if (value === void 0 || value === null) return {};
  if (isRecord(value)) return value;
  throw new LockfileError(file, lines.top.get(key) ?? lines.start, `"${key}" is not a mapping`);
}
function readEntries(state, packages, major) {
  for (const key of Object.keys(packages)) {
    const value = packages[key];
    const line = entryLine(state, key, void 0);
    if (!isRecord(value)) throw new LockfileError(state.file, line, `package entry ${quote(key)} is not a mapping`);
    const pkg = addEntry(state, key, major, value, value, line);
    if (pkg) state.pending.push(pendingDeps(pkg, major, value));
  }
}
function readV9Entries(state, packages, snapshots) {
  const covered = /* @__PURE__ */ new Set();
  for (const key of Object.keys(snapshots)) {
    const value = snapshots[key];
    const line = entryLine(state, key, void 0);
    const snapshot = value === null ? {} : value;
    if (!isRecord(snapshot)) throw new LockfileError(state.file, line, `snapshot entry ${quote(key)} is not a mapping`);
    const packageKey = key.slice(0, suffixStart(key));
    const meta = own(packages, packageKey);
    if (meta !== void 0 && !isRecord(meta)) {
      throw new LockfileError(
        state.file,
        entryLine(state, packageKey, "packages"),
        `package entry ${quote(packageKey)} is not a mapping`
      );
    }
    covered.add(packageKey);
    const entryAt = meta === void 0 ? line : entryLine(state, packageKey, "packages");
    const pkg = addEntry(state, key, 9, meta, snapshot, entryAt);
    if (pkg) state.pending.push(pendingDeps(pkg, 9, snapshot));
  }
  for (const key of Object.keys(packages)) {
    if (covered.has(key)) continue;
    const meta = packages[key];
    const line = entryLine(state, key, "packages");
    if (!isRecord(meta)) throw new LockfileError(state.file, line, `package entry ${quote(key)} is not a mapping`);
    addEntry(state, key, 9, meta, void 0, line);
  }
}
function pendingDeps(pkg, major, entry) {
  return {
    pkg,
    major,
    dependencies: own(entry, "dependencies"),
    optionalDependencies: own(entry, "optionalDependencies")
  };
}
function entryLine(state, key, only) {
  const { lines } = state;
  const fromSnapshots = only ? void 0 : lines.snapshots.get(key);
  return fromSnapshots ?? lines.packages.get(key) ?? lines.documents[0]?.top.get("packages") ?? 1;
}
function addEntry(state, id, major, meta, snapshot, line) {
  if (state.byId.has(id)) return void 0;
  checkIdLength(state.file, line, id);
  const resolution = meta ? own(meta, "resolution") : void 0;
  if (resolution !== void 0 && resolution !== null && !isRecord(resolution)) {
    throw new LockfileError(state.file, line, `the resolution of package entry ${quote(id)} is not a mapping`);
  }
  const fromKey = decodeKey(major, id);
  const name = stringField(meta, "name") ?? fromKey?.name;
  let version = stringField(meta, "version");
  if (isRecord(resolution) && stringField(resolution, "type") === "directory") {
    version ??= "";
  } else {
    version ??= fromKey?.version;
  }
  if (!name || version === void 0) {
    throw new LockfileError(
      state.file,
      line,
      `cannot read a name and version from package entry ${quote(id)}${whyUnreadable(major, id)}`
    );
  }
  const pkg = { id, name, version, source: "registry", line };
  const registryKey = fromKey !== void 0 && fromKey.name === name && fromKey.version === version;
  applyResolution(state, pkg, isRecord(resolution) ? resolution : {}, registryKey);
  const dev = booleanField(meta, "dev");
  if (dev !== void 0) pkg.dev = dev;
  const optional = booleanField(snapshot, "optional") ?? booleanField(meta, "optional");
  if (optional !== void 0) pkg.optional = optional;
  const requiresBuild = booleanField(meta, "requiresBuild");
  if (requiresBuild !== void 0) pkg.hasInstallScript = requiresBuild;
  state.packages.push(pkg);
  state.byId.set(id, pkg);
  return pkg;
}
function applyResolution(state, pkg, resolution, registryKey) {
  const integrity = stringField(resolution, "integrity");
  if (integrity) pkg.integrity = integrity;
  const type = own(resolution, "type");
  if (type === void 0 || type === null) {
    tarballResolution(state, pkg, resolution, registryKey);
    return;
  }
  const field = (key) => {
    const value = stringField(resolution, key);
    if (value === void 0) {
      throw new LockfileError(
        state.file,
        pkg.line,
        `the "${String(type)}" resolution of package entry ${quote(pkg.id)} has no "${key}"`
      );
    }
    return value;
  };
  switch (type) {
    case "directory":
      pkg.source = "directory";
      pkg.resolved = field("directory");
      return;
    case "git": {
      const repo = field("repo");
      const commit = stringField(resolution, "commit");
      pkg.source = "git";
      pkg.resolved = commit ? `${repo}#${commit}` : repo;
      applyPlan(pkg, state.registries);
      return;
    }
    case "binary":
      pkg.source = "tarball";
      plan(state, pkg, field("url"));
      return;
    case "variations":
      variations(state, pkg, own(resolution, "variants"));
      return;
    default:
      throw new LockfileError(
        state.file,
        pkg.line,
        `package entry ${quote(pkg.id)} has resolution type ${quote(type)}, which pnpm installs only through a custom fetcher (a .pnpmfile.cjs hook) or not at all, so what it installs cannot be told`
      );
  }
}
function tarballResolution(state, pkg, resolution, registryKey) {
  const tarball = own(resolution, "tarball");
  if (tarball !== void 0 && tarball !== null && typeof tarball !== "string") {
    throw new LockfileError(state.file, pkg.line, `the tarball of package entry ${quote(pkg.id)} is not a string`);
  }
  const local = tarball || (pkg.version.startsWith("file:") ? pkg.version : void 0);
  if (local?.startsWith("file:")) {
    pkg.source = "file";
    pkg.resolved = local;
    return;
  }
  const registry = registryFor(pkg.name, state.registries);
  if (!tarball) {
    pkg.url = registryTarballUrl(pkg.name, pkg.version, registry);
    pkg.host = planHost(pkg.url);
    return;
  }
  const elsewhere = isProtocolRelative(tarball) || /^[a-z][a-z0-9+.-]*:/i.test(tarball);
  plan(state, pkg, tarball, registry);
  const repo = gitRepository(pkg.url);
  const commit = repo && pinnedCommit(repo);
  if (commit && /^https:\/\/codeload\.github\.com\//i.test(pkg.url)) {
    pkg.git = { repository: `${repo.host}/${repo.path}`, commit };
  }
  pkg.source = !elsewhere || registryKey && !pkg.git && isRegistryTarballOf(pkg.url, pkg.name, pkg.version) ? "registry" : "tarball";
}
function plan(state, pkg, ref, base = registryFor(pkg.name, state.registries)) {
  const url = absoluteUrl(ref, base);
  if (url === void 0 || !/^https?:\/\//i.test(url)) {
    throw new LockfileError(
      state.file,
      pkg.line,
      `package entry ${quote(pkg.id)} downloads ${quote(ref)}, which is not an http(s) URL pnpm can fetch`
    );
  }
  pkg.resolved = url;
  pkg.url = url;
  pkg.host = planHost(url);
}
function variations(state, pkg, variants) {
  if (!Array.isArray(variants) || variants.length === 0) {
    throw new LockfileError(state.file, pkg.line, `the variations of package entry ${quote(pkg.id)} list no variants`);
  }
  const all = [];
  for (const variant of variants) {
    const resolution = isRecord(variant) ? own(variant, "resolution") : void 0;
    const type = isRecord(resolution) ? own(resolution, "type") : void 0;
    if (!isRecord(resolution) || type !== "binary" && type !== void 0 && type !== null) {
      throw new LockfileError(
        state.file,
        pkg.line,
        `a variant of package entry ${quote(pkg.id)} is not a binary or tarball resolution`
      );
    }
    const ref = stringField(resolution, type === "binary" ? "url" : "tarball");
    if (ref === void 0) {
      throw new LockfileError(state.file, pkg.line, `a variant of package entry ${quote(pkg.id)} has no URL`);
    }
    plan(state, pkg, ref);
    all.push({ url: pkg.url, host: pkg.host });
  }
  pkg.source = "tarball";
  pkg.url = all[0].url;
  pkg.host = all[0].host;
  pkg.resolved = pkg.url;
  pkg.variants = all;
}
function whyUnreadable(major, key) {
  if (major !== 5) return "";
  if (decodeKey(6, key) !== void 0) {
    return ": that is lockfileVersion 6's key form, and this file's 5.x keys are /name/version, as pnpm 7 reads them; pnpm 7 refuses such a file, and pnpm 8 to 10 refuse a frozen install of any 5.x file";
  }
  if (/^\/(?:@[\w.~-]+\/)?[\w.~-]+\/?$/.test(key)) {
    return ": its key has no version, nor has the entry; pnpm 7 finds no entry for the version that depends on it, and pnpm 8 calls it an invalid dependency path";
  }
  return "";
}
function decodeKey(major, key) {
  return major === 5 ? decodeV5Key(key) : decodeAtKey(key);
}
function decodeV5Key(key) {
  const parts = key.split("/");
  parts.shift();
  const head = parts.shift();
  if (!head) return void 0;
  const name = head.startsWith("@") ? `${head}/${parts.shift() ?? ""}` : head;
  const version = (parts.shift() ?? "").split("_")[0] ?? "";
  if (name.endsWith("/") || !version) return void 0;
  return { name, version };
}
function decodeAtKey(key) {
  let bare = key.slice(0, suffixStart(key));
  if (bare.startsWith("/")) bare = bare.slice(1);
  const at = bare.indexOf("@", 1);
  if (at === -1) return void 0;
  const slash = bare.indexOf("/");
  if (!bare.startsWith("@") && slash !== -1 && slash < at) bare = bare.slice(slash + 1);
  const nameEnd = bare.indexOf("@", 1);
  if (nameEnd <= 0) return void 0;
  const name = bare.slice(0, nameEnd);
  const version = bare.slice(nameEnd + 1);
  return name && version ? { name, version } : void 0;
}
function suffixStart(key) {
  const end = key.length;
  if (key.charCodeAt(end - 1) !== CLOSE) return end;
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const c = key.charCodeAt(i);
    if (c === CLOSE) depth++;
    else if (c === OPEN) {
      depth--;
      if (depth === 0 && key.charCodeAt(i - 1) !== CLOSE) return i;
    }
  }
  return end;
}
var OPEN = 40;
var CLOSE = 41;
function candidateIds(major, name, reference) {
  if (reference.startsWith("npm:")) {
    const real = reference.slice(4);
    const at2 = real.indexOf("@", 1);
    if (at2 === -1) return [];
    const realName = real.slice(0, at2);
    const version = real.slice(at2 + 1);
    if (major === 5) return [`/${realName}/${version}`];
    if (major === 6) return [`/${realName}@${version}`];
    return [real];
  }
  if (major === 5) return reference.includes("/") ? [reference] : [`/${name}/${reference}`, reference];
  if (major === 6) {
    if (reference.slice(0, suffixStart(reference)).includes("/")) return [reference];
    return [`/${name}@${reference}`, `/${reference}`, reference];
  }
  if (reference.startsWith("@")) return [reference];
  const at = reference.indexOf("@");
  if (at === -1) return [`${name}@${reference}`];
  const colon = reference.indexOf(":");
  const paren = reference.indexOf("(");
  const isPath = (colon === -1 || at < colon) && (paren === -1 || at < paren);
  return isPath ? [reference, `${name}@${reference}`] : [`${name}@${reference}`];
}
function resolveReference(state, major, name, reference) {
  const direct = state.byId.get(
    major === 9 ? `${name}@${reference}` : major === 6 ? `/${name}@${reference}` : `/${name}/${reference}`
  );
  if (direct) return direct;
  for (const id of candidateIds(major, name, reference)) {
    const pkg = state.byId.get(id);
    if (!pkg) continue;
    if (pkg.name !== name && pkg.alias === void 0 && pkg.source !== "link") pkg.alias = name;
    return pkg;
  }
  return void 0;
}
function referenceOf(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (isRecord(value)) return stringField(value, "version");
  return void 0;
}
function resolvePendingDeps(state) {
  for (const { pkg, major, dependencies, optionalDependencies } of state.pending) {
    let deps;
    for (const map of [dependencies, optionalDependencies]) {
      if (map === void 0 || map === null) continue;
      if (!isRecord(map)) {
        throw new LockfileError(state.file, pkg.line, `the dependencies of ${quote(pkg.id)} are not a mapping`);
      }
      const names = Object.keys(map);
      state.budget.spend(names.length, pkg.line);
      for (const name of names) {
        const reference = referenceOf(map[name]);
        const target = reference === void 0 ? void 0 : resolveReference(state, major, name, reference);
        if (!target && !reference?.startsWith("link:")) {
          state.unresolved ??= { line: pkg.line, reference: `${name}: ${reference ?? ""}` };
        }
        if (!target || target === pkg) continue;
        (deps ??= /* @__PURE__ */ new Set()).add(target.id);
      }
    }
    if (deps) pkg.deps = [...deps];
  }
}
function readImporters(state, doc, major, lines) {
  const importers = own(doc, "importers");
  if (importers === void 0 || importers === null) {
    readImporter(state, ".", doc, major, lines.top.get("dependencies") ?? lines.start);
    return;
  }
  if (!isRecord(importers)) {
    throw new LockfileError(state.file, lines.top.get("importers") ?? lines.start, '"importers" is not a mapping');
  }
  for (const [importerPath, importer] of Object.entries(importers)) {
    const line = state.lines.importers.get(importerPath) ?? lines.top.get("importers") ?? lines.start;
    if (importer !== null && !isRecord(importer)) {
      throw new LockfileError(state.file, line, `importer ${quote(importerPath)} is not a mapping`);
    }
    readImporter(state, importerPath, importer ?? {}, major, line);
  }
}
function readImporter(state, importerPath, importer, major, line) {
  const manifest = path.posix.join(importerPath, "package.json");
  let deps = state.importers.get(manifest);
  if (!deps) {
    deps = /* @__PURE__ */ new Set();
    state.importers.set(manifest, deps);
  }
  for (const field of IMPORTER_DEP_FIELDS) {
    const map = own(importer, field);
    if (map === void 0 || map === null) continue;
    if (!isRecord(map)) {
      throw new LockfileError(state.file, line, `${field} of importer ${quote(importerPath)} is not a mapping`);
    }
    const entries = Object.entries(map);
    state.budget.spend(entries.length, line);
    for (const [name, value] of entries) {
      const reference = referenceOf(value);
      const target = reference === void 0 ? void 0 : reference.startsWith("link:") ? linkEntry(state, importerPath, name, reference.slice(5), line) : resolveReference(state, major, name, reference);
      if (target) deps.add(target.id);
      else state.unresolved ??= { line, reference: `${name}: ${reference ?? ""}` };
    }
  }
}
function linkEntry(state, importerPath, name, relative, line) {
  const joined = relative.startsWith("/") ? relative : path.posix.join(importerPath, relative || ".");
  const target = path.posix.normalize(joined).replace(/(.)\/$/, "$1");
  const id = `link:${target}`;
  const existing = state.byId.get(id);
  if (existing) return existing;
  const pkg = {
    id,
    name,
    version: id,
    source: "link",
    resolved: target,
    line: state.lines.importers.get(target) ?? line
  };
  state.packages.push(pkg);
  state.byId.set(id, pkg);
  return pkg;
}
function own(map, key) {
  return Object.hasOwn(map, key) ? map[key] : void 0;
}
function stringField(map, key) {
  const value = map ? own(map, key) : void 0;
  if (typeof value === "string") return value === "" ? void 0 : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return void 0;
}
function booleanField(map, key) {
  const value = map ? own(map, key) : void 0;
  return typeof value === "boolean" ? value : void 0;
}
export {
  parsePnpm
};
