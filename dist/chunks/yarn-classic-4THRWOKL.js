import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  SpecifierIndex,
  splitSpecifier
} from "./chunk-WL7TFMA2.js";
import {
  require_js_yaml
} from "./chunk-46RT45P2.js";
import {
  DEFAULT_REGISTRIES,
  LineIndex,
  LockfileError,
  applyPlan,
  checkIdLength,
  isGitReference,
  isHttpUrl,
  isProtocolRelative,
  isRegistryTarballOf,
  isTarballPath,
  quote,
  registryFor,
  registryTarball
} from "./chunk-PCST67PE.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
import "./chunk-UNWV5ZLC.js";
import {
  __toESM
} from "./chunk-7FTKMFDC.js";

// src/lockfiles/yarn-classic.ts
var import_js_yaml = __toESM(require_js_yaml(), 1);
function realNameOf(spec) {
  if (!spec.range.startsWith("npm:")) return spec.name;
  const inner = spec.range.slice(4);
  const at = inner.indexOf("@", 1);
  if (at > 0) return inner.slice(0, at);
  return /^(?:@[a-z0-9._~-]+\/)?[a-z._~-][a-z0-9._~-]*$/i.test(inner) ? inner : spec.name;
}
function bareSpecifier(file, entry, text) {
  if (!/^[a-z0-9][\w.~-]*(?:\/[\w.~-]+)?$/i.test(text)) return void 0;
  if (!text.includes("/")) return { name: text, range: "latest" };
  const name = stringField(file, entry, "name");
  return name === void 0 || name === "" ? void 0 : { name, range: text };
}
function classicSource(file, entry, specs, name, version, resolved) {
  const local = specs.filter((s) => s.range.startsWith("file:") || s.range.startsWith("link:"));
  if (local.length > 0) {
    const other = specs.find((s) => !local.includes(s));
    if (other) {
      fail(
        file,
        entry.line,
        `entry ${quote(entry.key)} lists the local specifier ${quote(`${local[0].name}@${local[0].range}`)} beside ${quote(`${other.name}@${other.range}`)}; Yarn installs the entry's "resolved" for both, so it is not the repository's own code: regenerate the lockfile`
      );
    }
    if (resolved !== void 0 && (isHttpUrl(resolved) || isGitReference(resolved) || isProtocolRelative(resolved))) {
      fail(
        file,
        entry.line,
        `entry ${quote(entry.key)} lists only local specifiers but resolves to ${quote(resolved)}, which Yarn does not write for a local package: regenerate the lockfile`
      );
    }
    if (local.some((s) => s.range.startsWith("link:"))) return "link";
    return isTarballPath(local[0].range) ? "file" : "directory";
  }
  if (resolved === void 0) {
    return specs.some((s) => isGitReference(s.range) || /^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(s.range)) ? "git" : "registry";
  }
  if (isGitReference(resolved)) return "git";
  if (isRegistryTarballOf(resolved, name, version)) return "registry";
  if (isHttpUrl(resolved)) return "tarball";
  return "file";
}
function absoluteResolved(file, entry, name, resolved, registries) {
  if (isProtocolRelative(resolved)) {
    fail(
      file,
      entry.line,
      `entry ${quote(entry.key)} resolves to the protocol-relative ${quote(resolved)}, which Yarn reads as a path on the machine that installs: regenerate the lockfile`
    );
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(resolved) || resolved.startsWith("/") || resolved.startsWith(".")) return resolved;
  return new URL(resolved, registryFor(name, registries)).href;
}
function fail(file, line, reason) {
  throw new LockfileError(file, line, reason);
}
function readToken(file, lineNo, text, pos) {
  if (text[pos] === '"') {
    let i2 = pos + 1;
    while (i2 < text.length && text[i2] !== '"') i2 += text[i2] === "\\" ? 2 : 1;
    if (i2 >= text.length) fail(file, lineNo, "unterminated quoted string");
    try {
      const value = JSON.parse(text.slice(pos, i2 + 1));
      if (typeof value === "string") return { value, end: i2 + 1 };
    } catch {
    }
    fail(file, lineNo, `invalid quoted string ${quote(text.slice(pos, i2 + 1))}`);
  }
  let i = pos;
  while (i < text.length && text[i] !== " " && text[i] !== ":" && text[i] !== ",") i++;
  if (i === pos) fail(file, lineNo, `expected a name or a quoted string, found ${quote(text.slice(pos, pos + 20))}`);
  return { value: text.slice(pos, i), end: i };
}
function skipSpaces(text, pos) {
  while (text[pos] === " ") pos++;
  return pos;
}
function readKeyLine(file, lineNo, text) {
  const specifiers = [];
  let pos = 0;
  for (; ; ) {
    const token = readToken(file, lineNo, text, pos);
    specifiers.push(token.value);
    pos = skipSpaces(text, token.end);
    if (text[pos] === ",") {
      pos = skipSpaces(text, pos + 1);
      continue;
    }
    if (text[pos] === ":" && text.slice(pos + 1).trim() === "") return specifiers;
    fail(file, lineNo, `an entry key must be a list of specifiers ending in ':', found ${quote(text)}`);
  }
}
function readField(file, lineNo, text) {
  const key = readToken(file, lineNo, text, 0);
  let pos = skipSpaces(text, key.end);
  if (text[pos] === ":") pos = skipSpaces(text, pos + 1);
  if (pos >= text.length) return { name: key.value, value: void 0 };
  let value;
  let end;
  if (text[pos] === '"') {
    ({ value, end } = readToken(file, lineNo, text, pos));
  } else {
    end = text.indexOf(" ", pos);
    if (end === -1) end = text.length;
    value = text.slice(pos, end);
  }
  if (text.slice(end).trim() !== "") fail(file, lineNo, `unexpected text after the value of ${quote(key.value)}`);
  return { name: key.value, value };
}
function withoutColon(line) {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  if (line.charCodeAt(end - 1) === COLON) end--;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  return line.slice(0, end);
}
var COLON = 58;
function isSpace(code) {
  return SPACE.test(String.fromCharCode(code));
}
var SPACE = /\s/;
function readEntries(file, text) {
  const entries = [];
  let entry;
  let map;
  let lineNo = 0;
  for (let start = text.startsWith("\uFEFF") ? 1 : 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    lineNo++;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    const rest = indent === 0 ? line : line.slice(indent);
    if (rest.trim() === "" || rest.startsWith("#")) continue;
    if (rest.startsWith("	")) fail(file, lineNo, "tab indentation; yarn.lock is indented with spaces");
    if (indent === 0) {
      const key = withoutColon(rest);
      checkIdLength(file, lineNo, key);
      const specifiers = readKeyLine(file, lineNo, rest);
      entry = { key, specifiers, line: lineNo, fields: /* @__PURE__ */ new Map() };
      map = void 0;
      entries.push(entry);
    } else if (indent === 2) {
      if (!entry) fail(file, lineNo, "indented line before the first entry");
      const field = readField(file, lineNo, rest);
      if (field.value === void 0) {
        map = /* @__PURE__ */ new Map();
        entry.fields.set(field.name, map);
      } else {
        map = void 0;
        entry.fields.set(field.name, field.value);
      }
    } else if (indent === 4) {
      if (!map) fail(file, lineNo, "line indented by 4 spaces outside a dependency list");
      const field = readField(file, lineNo, rest);
      if (field.value === void 0) fail(file, lineNo, `dependency ${quote(field.name)} has no range`);
      map.set(field.name, field.value);
    } else {
      fail(file, lineNo, `unexpected indentation of ${indent} spaces`);
    }
  }
  return entries;
}
function readClassicOrYaml(file, text) {
  try {
    return readEntries(file, text);
  } catch (error) {
    if (!(error instanceof LockfileError) || !/^\s*\{/.test(text)) throw error;
    let doc;
    try {
      doc = import_js_yaml.default.load(text, { schema: import_js_yaml.default.FAILSAFE_SCHEMA });
    } catch {
      throw error;
    }
    if (!isRecord(doc)) throw error;
    return entriesOfDocument(file, text, doc);
  }
}
function entriesOfDocument(file, text, doc) {
  const index = new LineIndex(text);
  let cursor = 0;
  const lineOf = (key) => {
    const at = text.indexOf(JSON.stringify(key), cursor);
    if (at === -1) return 1;
    cursor = at + 1;
    return index.lineOf(at);
  };
  const entries = [];
  for (const [key, value] of Object.entries(doc)) {
    const line = lineOf(key);
    checkIdLength(file, line, key);
    if (!isRecord(value)) fail(file, line, `entry ${quote(key)} is not a mapping of fields`);
    const fields = /* @__PURE__ */ new Map();
    for (const [name, field] of Object.entries(value)) {
      if (typeof field === "string") {
        fields.set(name, field);
      } else if (isRecord(field) && Object.values(field).every((v) => typeof v === "string")) {
        fields.set(name, new Map(Object.entries(field)));
      } else {
        fail(file, line, `field ${quote(name)} of entry ${quote(key)} is neither a string nor a map of strings`);
      }
    }
    entries.push({ key, specifiers: key.split(/ *, */), line, fields });
  }
  return entries;
}
function stringField(file, entry, name) {
  const value = entry.fields.get(name);
  if (value instanceof Map) fail(file, entry.line, `${name} of entry ${quote(entry.key)} is a list, expected a string`);
  return value;
}
function mapField(file, entry, name) {
  const value = entry.fields.get(name);
  if (typeof value === "string")
    fail(file, entry.line, `${name} of entry ${quote(entry.key)} is a string, expected a list`);
  return value;
}
function entryName(file, entry, realNames, resolved) {
  const name = realNames[0];
  const other = realNames.find((n) => n !== name);
  if (other === void 0) return name;
  const tarball = resolved === void 0 ? void 0 : registryTarball(resolved);
  if (tarball && realNames.includes(tarball.name)) return tarball.name;
  fail(file, entry.line, `entry lists specifiers of two packages, ${quote(name)} and ${quote(other)}`);
}
function toPackage(file, entry, registries) {
  const specs = [];
  const realNames = [];
  for (const text of entry.specifiers) {
    const spec = splitSpecifier(text) ?? bareSpecifier(file, entry, text);
    if (!spec) fail(file, entry.line, `cannot read a package name from specifier ${quote(text)}`);
    specs.push(spec);
    realNames.push(realNameOf(spec));
  }
  const first = specs[0];
  if (!first || realNames[0] === void 0) fail(file, entry.line, "entry has no specifier");
  const version = stringField(file, entry, "version");
  if (version === void 0 || version.trim() === "") {
    fail(file, entry.line, `entry ${quote(entry.key)} has no version`);
  }
  const written = stringField(file, entry, "resolved");
  const name = entryName(file, entry, realNames, written);
  const local = specs.some((s) => s.range.startsWith("file:") || s.range.startsWith("link:"));
  const resolved = written === void 0 || local ? written : absoluteResolved(file, entry, name, written, registries);
  const integrity = stringField(file, entry, "integrity");
  const pkg = {
    id: entry.key,
    name,
    version,
    source: classicSource(file, entry, specs, name, version, resolved),
    line: entry.line
  };
  if (resolved !== void 0) pkg.resolved = resolved;
  if (integrity !== void 0) pkg.integrity = integrity;
  applyPlan(pkg, registries);
  if (!specs.some((s) => s.name === name)) pkg.alias = first.name;
  return { pkg, specs };
}
function parseYarnClassic(file, text, options = {}) {
  const registries = options.registries ?? DEFAULT_REGISTRIES;
  const entries = readClassicOrYaml(file, text);
  const berryLike = /^# yarn lockfile v1\r?$/m.test(text.slice(0, 4096)) ? void 0 : entries.find((e) => e.fields.has("resolution"));
  if (berryLike) {
    fail(file, berryLike.line, "entry has a Yarn Berry `resolution` field, but the file has no `__metadata` block");
  }
  const seen = /* @__PURE__ */ new Map();
  const index = new SpecifierIndex();
  const built = [];
  const notes = [];
  for (const entry of entries) {
    const earlier = seen.get(entry.key);
    if (earlier !== void 0) {
      if (!sameFields(earlier.fields, entry.fields)) {
        fail(
          file,
          entry.line,
          `entry ${quote(entry.key)} appears twice with different fields (first at line ${earlier.line}); Yarn 1 installs the last copy while a reader of the first sees another, so the file is ambiguous; regenerate it`
        );
      }
      notes.push({
        line: entry.line,
        message: `entry ${quote(entry.key, 100)} appears twice with the same fields (first at line ${earlier.line}), as a merge leaves it; it is read once, as Yarn 1 reads it`
      });
      continue;
    }
    seen.set(entry.key, entry);
    const { pkg, specs } = toPackage(file, entry, registries);
    for (const spec of specs) index.add(`${spec.name}@${spec.range}`, spec.name, pkg.id);
    built.push({ pkg, entry });
  }
  let unresolved;
  for (const { pkg, entry } of built) {
    const deps = /* @__PURE__ */ new Set();
    for (const field of ["dependencies", "optionalDependencies"]) {
      const map = mapField(file, entry, field);
      if (!map) continue;
      for (const [name, range] of map) {
        const id = index.exact(`${name}@${range}`) ?? index.only(name);
        if (id !== void 0) deps.add(id);
        else if (!aliasResolves(index, range)) unresolved ??= { entry, dependency: `${name}@${range}` };
      }
    }
    pkg.deps = [...deps];
  }
  if (!text.endsWith("\n") && !/^\s*\{/.test(text)) checkComplete(file, text, entries, unresolved);
  const importers = [];
  return {
    path: file,
    format: "yarn-classic",
    formatVersion: "1",
    packages: built.map((b) => b.pkg),
    importers,
    ...notes.length ? { notes } : {}
  };
}
function sameFields(a, b) {
  if (a.size !== b.size) return false;
  for (const [name, value] of a) {
    const other = b.get(name);
    if (typeof value === "string" || typeof other === "string" || other === void 0) {
      if (value !== other) return false;
    } else if (value.size !== other.size || [...value].some(([k, v]) => other.get(k) !== v)) {
      return false;
    }
  }
  return true;
}
function checkComplete(file, text, entries, unresolved) {
  const lastLine = text.split("\n").length;
  const cut = (why) => fail(file, lastLine, `the file does not end with a line break and ${why}, so it looks truncated; regenerate it`);
  if (unresolved) {
    cut(`the dependency ${quote(unresolved.dependency)} of the entry at line ${unresolved.entry.line} has no entry`);
  }
  const last = entries[entries.length - 1];
  if (!last) return;
  const fields = [...last.fields];
  const [name, value] = fields[fields.length - 1] ?? [];
  if (value instanceof Map && value.size === 0) cut(`the last entry's ${quote(name)} list is empty`);
  if (name === "integrity" && typeof value === "string" && !value.split(/\s+/).every(wholeHash)) {
    cut("the last entry's integrity hash is shorter than its algorithm's");
  }
}
function aliasResolves(index, range) {
  if (!range.startsWith("npm:")) return false;
  const spec = splitSpecifier(range.slice(4));
  return spec !== void 0 && (index.exact(`${spec.name}@${spec.range}`) ?? index.only(spec.name)) !== void 0;
}
var DIGEST_LENGTH = { sha1: 28, sha256: 44, sha384: 64, sha512: 88 };
function wholeHash(hash) {
  const dash = hash.indexOf("-");
  const length = DIGEST_LENGTH[hash.slice(0, dash)];
  return length === void 0 || hash.length - dash - 1 === length;
}
function importersFromManifests(lockfile, manifests) {
  const index = new SpecifierIndex();
  for (const pkg of lockfile.packages) {
    let specifiers;
    try {
      specifiers = readKeyLine(lockfile.path, pkg.line, `${pkg.id}:`);
    } catch {
      continue;
    }
    for (const text of specifiers) {
      const spec = splitSpecifier(text);
      if (spec) index.add(`${spec.name}@${spec.range}`, spec.name, pkg.id);
    }
  }
  return manifests.map((manifest) => {
    const deps = /* @__PURE__ */ new Set();
    for (const [name, range] of Object.entries(manifest.dependencies)) {
      const id = index.exact(`${name}@${range}`) ?? index.only(name);
      if (id !== void 0) deps.add(id);
    }
    return { path: manifest.path, deps: [...deps] };
  });
}
export {
  importersFromManifests,
  parseYarnClassic
};
