import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  require_lib
} from "./chunk-DJLBLQNC.js";
import {
  SpecifierIndex,
  splitSpecifier
} from "./chunk-WL7TFMA2.js";
import "./chunk-46RT45P2.js";
import {
  DEFAULT_REGISTRIES,
  DependencyBudget,
  LineIndex,
  LockfileError,
  applyPlan,
  checkIdLength,
  isGitReference,
  isTarballPath,
  lineAt,
  planHost,
  quote
} from "./chunk-PCST67PE.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
import "./chunk-UNWV5ZLC.js";
import {
  __toESM
} from "./chunk-7FTKMFDC.js";

// src/lockfiles/yarn-berry.ts
var import_parsers = __toESM(require_lib(), 1);
var MIN_VERSION = 4;
var MAX_VERSION = 10;
function fail(file, line, reason) {
  throw new LockfileError(file, line, reason);
}
function parseDocument(file, text) {
  try {
    const doc = (0, import_parsers.parseSyml)(text);
    if (!isRecord(doc)) fail(file, 1, "the lockfile is not a YAML mapping of entries");
    return doc;
  } catch (error) {
    if (error instanceof LockfileError) throw error;
    const line = errorLine(text, error);
    const lastLine = lineAt(text, text.length);
    fail(
      file,
      line === void 0 ? void 0 : Math.min(line, lastLine),
      `YAML syntax error: ${quote(errorReason(error), 120)}`
    );
  }
}
function errorLine(text, error) {
  if (!isRecord(error)) return void 0;
  const mark = error.mark;
  if (isRecord(mark) && typeof mark.line === "number") return mark.line + 1;
  const location = error.location;
  if (isRecord(location) && isRecord(location.start) && typeof location.start.line === "number") {
    return location.start.line;
  }
  if (typeof error.message === "string" && /unexpected end/i.test(error.message)) return lineAt(text, text.length);
  return 1;
}
function errorReason(error) {
  if (isRecord(error) && typeof error.reason === "string") return error.reason;
  return error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
}
function keyOfLine(line) {
  let text = line;
  if (text.startsWith("? ")) text = text.slice(2);
  if (text.startsWith('"')) {
    let i = 1;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    const raw = text.slice(0, i + 1);
    try {
      const value = JSON.parse(raw);
      return typeof value === "string" ? value : void 0;
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')*)'/.exec(text);
    return match?.[1]?.replace(/''/g, "'");
  }
  const colon = /:(?=\s|$)/.exec(text);
  return colon ? text.slice(0, colon.index).trimEnd() : void 0;
}
function topLevelKeyLines(file, text) {
  const lines = /* @__PURE__ */ new Map();
  let lineNo = 0;
  for (let start = text.startsWith("\uFEFF") ? 1 : 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNo++;
    const first = text.charCodeAt(start);
    if (end > start && first !== 32 && first !== 9 && first !== 35 && first !== 13 && first !== 45 && first !== 58) {
      const key = keyOfLine(text.slice(start, end));
      if (key !== void 0) {
        const earlier = lines.get(key);
        if (earlier !== void 0) fail(file, lineNo, `entry ${quote(key)} appears twice (first at line ${earlier})`);
        lines.set(key, lineNo);
      }
    }
    start = end + 1;
  }
  return lines;
}
function readMetadata(file, doc, line) {
  const meta = doc.__metadata;
  if (meta === void 0) fail(file, 1, "no `__metadata` block; not a Yarn Berry lockfile");
  if (!isRecord(meta)) fail(file, line, "`__metadata` is not a mapping");
  const version = meta.version;
  if (typeof version !== "string" || !/^\d{1,4}$/.test(version)) {
    fail(file, line, `\`__metadata.version\` is missing or not a number: ${quote(version ?? "")}`);
  }
  const number = Number(version);
  if (number < MIN_VERSION || number > MAX_VERSION) {
    fail(
      file,
      line,
      `unknown Yarn Berry lockfile version ${version}; lockgate reads versions ${MIN_VERSION} to ${MAX_VERSION}`
    );
  }
  const cacheKey = meta.cacheKey;
  if (cacheKey !== void 0 && (typeof cacheKey !== "string" || !/^[0-9]+[a-z0-9]{0,16}$/i.test(cacheKey))) {
    fail(file, line, `\`__metadata.cacheKey\` is not a cache key: ${quote(cacheKey)}`);
  }
  return version;
}
function npmReference(rest) {
  const params = rest.indexOf("::");
  const body = params === -1 ? rest : rest.slice(0, params);
  const at = body.indexOf("@", 1);
  const ref = at > 0 ? { realName: body.slice(0, at), version: body.slice(at + 1) } : { version: body };
  const archive = params === -1 ? null : new URLSearchParams(rest.slice(params + 2)).get("__archiveUrl");
  if (archive) ref.archiveUrl = archive;
  return ref;
}
function readReference(reference) {
  if (reference.startsWith("npm:")) return { source: "registry", ...npmReference(reference.slice(4)) };
  if (reference.startsWith("patch:")) {
    const encoded = reference.slice(6).split("#")[0] ?? "";
    let inner;
    try {
      inner = decodeURIComponent(encoded);
    } catch {
      return { source: "patch" };
    }
    const locator = splitSpecifier(inner);
    const patched = locator && locator.range !== "" ? readReference(locator.range) : void 0;
    if (!patched) return void 0;
    return patched.source === "registry" ? { ...patched, source: "patch" } : { ...patched, patched: locator.range };
  }
  if (reference.startsWith("workspace:")) {
    return { source: "workspace", workspace: reference.slice(10).split("::")[0] ?? "" };
  }
  if (reference.startsWith("link:") || reference.startsWith("portal:")) return { source: "link" };
  if (reference.startsWith("file:")) {
    return { source: isTarballPath(reference.split("::")[0] ?? "") ? "file" : "directory" };
  }
  if (reference.startsWith("exec:")) return { source: "file" };
  if (isGitReference(reference)) return { source: "git" };
  if (/^https?:\/\//i.test(reference)) return { source: "tarball" };
  return void 0;
}
function planOf(pkg, ref, registries) {
  const archive = ref.archiveUrl;
  if (ref.patched !== void 0) {
    const inner = { ...pkg, resolved: ref.patched };
    applyPlan(inner, registries);
    for (const key of ["url", "host", "git"])
      if (inner[key] !== void 0) Object.assign(pkg, { [key]: inner[key] });
    return;
  }
  if (archive === void 0) {
    applyPlan(pkg, registries);
    return;
  }
  pkg.url = archive;
  const host = planHost(archive);
  if (host !== void 0) pkg.host = host;
}
function manifestPath(dir) {
  const clean = dir.replace(/^\.\/+/, "").replace(/\/+$/, "");
  return clean === "" || clean === "." ? "package.json" : `${clean}/package.json`;
}
function optionalString(file, line, entry, key, id) {
  const value = entry[key];
  if (value === void 0 || typeof value === "string") return value;
  fail(file, line, `\`${key}\` of entry ${quote(id)} is not a string`);
}
function readEntry(file, id, descriptors, value, line, registries) {
  checkIdLength(file, line, id);
  if (!isRecord(value)) fail(file, line, `entry ${quote(id)} is not a mapping`);
  const version = optionalString(file, line, value, "version", id);
  if (version === void 0 || version === "") fail(file, line, `entry ${quote(id)} has no version`);
  const resolution = optionalString(file, line, value, "resolution", id);
  if (resolution === void 0) fail(file, line, `entry ${quote(id)} has no resolution`);
  const locator = splitSpecifier(resolution);
  if (!locator || locator.range === "")
    fail(file, line, `cannot read a package name from resolution ${quote(resolution)}`);
  const ref = readReference(locator.range);
  if (!ref) {
    fail(
      file,
      line,
      `resolution ${quote(resolution)} uses a protocol Yarn has no built-in fetcher for, so what it installs cannot be told`
    );
  }
  const name = ref.realName ?? locator.name;
  const pkg = {
    id,
    name,
    version: ref.version || version,
    source: ref.source,
    // The locator's reference: the URL, git repository or `npm:` version Yarn fetches, without the name.
    resolved: locator.range,
    line
  };
  planOf(pkg, ref, registries);
  const checksum = optionalString(file, line, value, "checksum", id);
  if (checksum !== void 0) pkg.integrity = checksum;
  const installNames = descriptors.map((d) => splitSpecifier(d)?.name);
  const alias = installNames.find((n) => n !== void 0 && n !== name);
  if (alias !== void 0 && !installNames.includes(name)) pkg.alias = alias;
  const dependencies = value.dependencies;
  if (dependencies !== void 0 && !isRecord(dependencies)) {
    fail(file, line, `\`dependencies\` of entry ${quote(id)} is not a mapping`);
  }
  return { pkg, resolution, dependencies, workspace: ref.workspace };
}
var LocatorIndex = class {
  byLocator = /* @__PURE__ */ new Map();
  add(descriptor, id) {
    const at = descriptor.lastIndexOf(LOCATOR);
    if (at === -1) return;
    const locator = descriptor.slice(at + LOCATOR.length);
    let map = this.byLocator.get(locator);
    if (!map) this.byLocator.set(locator, map = /* @__PURE__ */ new Map());
    map.set(descriptor.slice(0, at), id);
  }
  /** Id of the entry for `name@range` asked for by the package at `encodedLocator`. */
  get(encodedLocator, specifier) {
    return this.byLocator.get(encodedLocator)?.get(specifier);
  }
};
var LOCATOR = "::locator=";
function resolveDeps(built, index, locators, budget) {
  if (!built.dependencies) return [];
  const deps = /* @__PURE__ */ new Set();
  let encoded;
  const entries = Object.entries(built.dependencies);
  budget.spend(entries.length, built.pkg.line);
  for (const [name, range] of entries) {
    if (typeof range !== "string") {
      fail(budget.file, built.pkg.line, `dependency ${quote(name)} of entry ${quote(built.pkg.id)} has no range`);
    }
    const specifier = `${name}@${range}`;
    const id = index.exact(specifier) ?? index.exact(`${name}@npm:${range}`) ?? locators.get(encoded ??= encodeURIComponent(built.resolution), specifier) ?? index.only(name);
    if (id !== void 0) deps.add(id);
  }
  return [...deps];
}
function splitDescriptors(key) {
  const parts = key.split(",");
  const last = parts.length - 1;
  return parts.map((part, i) => {
    let start = 0;
    let end = part.length;
    if (i > 0) while (part.charCodeAt(start) === SPACE) start++;
    if (i < last) while (end > start && part.charCodeAt(end - 1) === SPACE) end--;
    return part.slice(start, end);
  });
}
var SPACE = 32;
var KeySearch = class {
  constructor(text) {
    this.text = text;
  }
  text;
  cursor = 0;
  misses = 0;
  index;
  lineOf(key) {
    if (this.misses >= MAX_SEARCH_MISSES) return 1;
    const at = this.text.indexOf(key, this.cursor);
    if (at === -1) {
      this.misses++;
      return 1;
    }
    this.cursor = at + key.length;
    this.index ??= new LineIndex(this.text);
    return this.index.lineOf(at);
  }
};
var MAX_SEARCH_MISSES = 16;
var LINK_TYPES = /* @__PURE__ */ new Set(["hard", "soft"]);
function checkLastEntryComplete(file, text, doc, built) {
  let last;
  let carriesLinkType = false;
  for (const entry of built) {
    if (!last || entry.pkg.line > last.pkg.line) last = entry;
    const value2 = doc[entry.pkg.id];
    if (!carriesLinkType && isRecord(value2) && value2.linkType !== void 0) carriesLinkType = true;
  }
  if (!last || !carriesLinkType) return;
  const value = doc[last.pkg.id];
  const linkType = isRecord(value) ? value.linkType : void 0;
  if (typeof linkType === "string" && LINK_TYPES.has(linkType)) return;
  fail(
    file,
    lineAt(text, text.trimEnd().length),
    `the last entry ${quote(last.pkg.id)} has no complete \`linkType\` line, so the file looks truncated; regenerate it`
  );
}
function parseYarnBerry(file, text, options = {}) {
  const registries = options.registries ?? DEFAULT_REGISTRIES;
  const doc = parseDocument(file, text);
  const lines = topLevelKeyLines(file, text);
  const metaAt = text.indexOf("__metadata");
  const formatVersion = readMetadata(file, doc, lines.get("__metadata") ?? (metaAt === -1 ? 1 : lineAt(text, metaAt)));
  const index = new SpecifierIndex();
  const locators = new LocatorIndex();
  const built = [];
  const search = new KeySearch(text);
  const budget = new DependencyBudget(file, text);
  for (const [id, value] of Object.entries(doc)) {
    if (id === "__metadata") continue;
    const line = lines.get(id) ?? search.lineOf(id);
    const descriptors = splitDescriptors(id);
    const entry = readEntry(file, id, descriptors, value, line, registries);
    for (const descriptor of descriptors) {
      const spec = splitSpecifier(descriptor);
      if (!spec) continue;
      index.add(descriptor, spec.name, id);
      locators.add(descriptor, id);
    }
    built.push(entry);
  }
  checkLastEntryComplete(file, text, doc, built);
  const importers = [];
  for (const entry of built) {
    entry.pkg.deps = resolveDeps(entry, index, locators, budget);
    if (entry.workspace !== void 0) importers.push({ path: manifestPath(entry.workspace), deps: entry.pkg.deps });
  }
  return { path: file, format: "yarn-berry", formatVersion, packages: built.map((b) => b.pkg), importers };
}
export {
  parseYarnBerry
};
