import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  checkInstallPath,
  describe,
  isInstallPath,
  isPublicTarballOf,
  lastSegment,
  nameFromInstallPath,
  optionalResolved,
  optionalString,
  parseAliasSpec,
  sourceOf,
  versionless
} from "./chunk-ZGRLDC5Z.js";
import {
  LockfileError,
  isTarballPath,
  lineAt,
  quote,
  registryTarball
} from "./chunk-PCST67PE.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
import "./chunk-UNWV5ZLC.js";
import "./chunk-7FTKMFDC.js";

// src/lockfiles/json-locations.ts
var MAX_JSON_DEPTH = 256;
var KeyLines = class {
  constructor(file, where, follow) {
    this.file = file;
    this.where = where;
    this.follow = follow;
  }
  file;
  where;
  follow;
  lines = /* @__PURE__ */ new Map();
  followed = /* @__PURE__ */ new Map();
  key(text, open, close, line) {
    const name = keyName(text, open, close);
    const first = this.lines.get(name);
    if (first !== void 0) throw duplicateKey(this.file, name, this.where, first, line);
    this.lines.set(name, line);
    const child = this.follow?.(name);
    if (child) this.followed.set(name, child);
    return child;
  }
  /** The visitor that followed `name`'s value, if any. */
  child(name) {
    return this.followed.get(name);
  }
};
var KeyList = class {
  constructor(file, where, follow) {
    this.file = file;
    this.where = where;
    this.follow = follow;
  }
  file;
  where;
  follow;
  /** Offsets of each key's opening and closing quotes, and its line. */
  opens = [];
  closes = [];
  lines = [];
  /** The visitors `follow` gave, by key index (sparse: most keys have none). */
  children = [];
  text = "";
  /** The parsed object's keys are these, in this order (set by `refuseDuplicates`). */
  inOrder = false;
  byName;
  key(text, open, close, line) {
    this.text = text;
    this.opens.push(open);
    this.closes.push(close);
    this.lines.push(line);
    if (!this.follow) return void 0;
    const child = this.follow(text, open, close);
    if (child) this.children[this.lines.length - 1] = child;
    return child;
  }
  /** How many keys the text has. */
  get count() {
    return this.lines.length;
  }
  /** The name of the `index`-th key written. */
  name(index) {
    return keyName(this.text, this.opens[index], this.closes[index]);
  }
  /**
   * Index of `name`, the `index`-th key of the parsed object: the same index unless keys
   * were reordered (JSON.parse puts integer-like keys first) or the keys were not matched.
   */
  indexOf(name, index) {
    if (this.inOrder && index < this.lines.length) return index;
    if (!this.byName) {
      this.byName = /* @__PURE__ */ new Map();
      for (let i = 0; i < this.lines.length; i++) this.byName.set(this.name(i), i);
    }
    return this.byName.get(name);
  }
  lineOf(name, index) {
    const at = this.indexOf(name, index);
    return at === void 0 ? void 0 : this.lines[at];
  }
  /**
   * Throws naming the first key written twice, when the parsed object has fewer keys
   * (`keys`, its own keys in JSON.parse's order) than the text. Otherwise the text's keys
   * are the parsed keys, in the same order unless an integer-like key came first.
   */
  refuseDuplicates(keys) {
    if (this.lines.length === keys.length) {
      this.inOrder = keys.length === 0 || !isArrayIndex(keys[0]);
      return;
    }
    const first = /* @__PURE__ */ new Map();
    for (let i = 0; i < this.lines.length; i++) {
      const name = this.name(i);
      const seen = first.get(name);
      if (seen !== void 0) throw duplicateKey(this.file, name, this.where, seen, this.lines[i]);
      first.set(name, this.lines[i]);
    }
  }
};
function isArrayIndex(key) {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}
function duplicateKey(file, name, where, first, line) {
  return new LockfileError(
    file,
    line,
    `the key ${quote(name)} appears twice in ${where} (first on line ${first}); readers disagree on which one counts, so the file is ambiguous`
  );
}
function scanKeys(file, text, root, maxDepth = MAX_JSON_DEPTH) {
  const n = text.length;
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  let line = 1;
  const visitors = [];
  const objects = [];
  let expectKey = false;
  let next = root;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
    } else if (c === 10) {
      line++;
      i++;
    } else if (c === 9 || c === 13 || c === 58) {
      i++;
    } else if (c === 123 || c === 91) {
      if (visitors.length >= maxDepth) {
        throw new LockfileError(
          file,
          line,
          `objects and arrays nest deeper than ${maxDepth} levels; no lockfile nests this deep`
        );
      }
      const isObject = c === 123;
      visitors.push(isObject ? next : void 0);
      objects.push(isObject);
      expectKey = isObject;
      next = void 0;
      i++;
    } else if (c === 125 || c === 93) {
      visitors.pop();
      objects.pop();
      expectKey = false;
      next = void 0;
      i++;
    } else if (c === 44) {
      expectKey = objects[objects.length - 1] === true;
      next = void 0;
      i++;
    } else if (c === 34) {
      const end = stringEnd(text, i);
      if (expectKey) {
        const visitor = visitors[visitors.length - 1];
        next = visitor?.key(text, i, end, line);
        expectKey = false;
      } else {
        next = void 0;
      }
      i = end + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? n : nl;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf("*/", i + 2);
      const stop = close === -1 ? n : close + 2;
      for (let at = text.indexOf("\n", i); at !== -1 && at < stop; at = text.indexOf("\n", at + 1)) line++;
      i = stop;
    } else {
      next = void 0;
      i++;
      while (i < n && !isDelimiter(text.charCodeAt(i))) i++;
    }
  }
}
function stringEnd(text, open) {
  let at = open + 1;
  for (; ; ) {
    const close = text.indexOf('"', at);
    if (close === -1) return text.length;
    let backslashes = 0;
    for (let k = close - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return close;
    at = close + 1;
  }
}
function keyName(text, open, close) {
  const raw = text.slice(open + 1, close);
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(text.slice(open, close + 1));
  } catch {
    return raw;
  }
}
function keyIs(text, open, close, name) {
  const length = close - open - 1;
  if (length === name.length) return text.startsWith(name, open + 1);
  if (length < name.length) return false;
  for (let at = open + 1; at < close; at++) if (text.charCodeAt(at) === 92) return keyName(text, open, close) === name;
  return false;
}
function isDelimiter(c) {
  return c === 44 || c === 125 || c === 93 || c === 58 || c === 32 || c === 10 || c === 13 || c === 9;
}
function jsonSyntaxError(file, text, error) {
  const message = error instanceof Error ? error.message : String(error);
  const found = firstSyntaxError(text);
  const offset = found?.offset ?? positionInMessage(message);
  const line = offset === void 0 ? void 0 : lineAt(text, offset);
  const reason = found?.truncated ? "invalid JSON: the document ends before it is complete (truncated file?)" : `invalid JSON (${quote(message, 120)})`;
  return new LockfileError(file, line, reason);
}
function positionInMessage(message) {
  const match = /in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  return match ? Number(match[1]) : void 0;
}
function firstSyntaxError(text) {
  const found = syntaxErrorOffset(text);
  if (found === void 0) return void 0;
  const last = Math.max(0, text.trimEnd().length - 1);
  return found >= text.length ? { offset: last, truncated: true } : { offset: found, truncated: false };
}
function syntaxErrorOffset(text) {
  const n = text.length;
  const stack = [];
  let i = 0;
  let state = "value";
  const skip = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
  };
  const scanString = () => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (next !== void 0 && '"\\/bfnrt'.includes(next)) {
          i += 2;
        } else {
          i++;
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  const scalar = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  for (; ; ) {
    skip();
    if (i >= n) return state === "after" && stack.length === 0 ? void 0 : n;
    const c = text[i];
    if (state === "value") {
      if (c === "{" || c === "[") {
        stack.push(c);
        i++;
        skip();
        if (text[i] === (c === "{" ? "}" : "]")) {
          stack.pop();
          i++;
          state = "after";
        } else {
          state = c === "{" ? "key" : "value";
        }
      } else if (c === '"') {
        if (!scanString()) return i;
        state = "after";
      } else {
        scalar.lastIndex = i;
        if (!scalar.exec(text)) return i;
        i = scalar.lastIndex;
        state = "after";
      }
    } else if (state === "key") {
      if (c !== '"' || !scanString()) return i;
      skip();
      if (i >= n) return n;
      if (text[i] !== ":") return i;
      i++;
      state = "value";
    } else {
      const top = stack[stack.length - 1];
      if (top === void 0) return i;
      if (c === ",") {
        i++;
        state = top === "{" ? "key" : "value";
      } else if (c === "}" && top === "{" || c === "]" && top === "[") {
        stack.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}

// src/lockfiles/npm-packages.ts
var DEPENDENCY_FIELDS = ["dependencies", "optionalDependencies", "peerDependencies", "devDependencies"];
function packagesLocations(file) {
  return new KeyList(file, '"packages"');
}
function readPackages(ctx, map, lines, mapLine) {
  if (!isRecord(map)) {
    throw new LockfileError(
      ctx.file,
      mapLine,
      `"packages" is ${describe(map)}, expected an object keyed by install path`
    );
  }
  const keys = Object.keys(map);
  lines?.refuseDuplicates(keys);
  const packages = [];
  const workspaces = [];
  const linkNames = /* @__PURE__ */ new Map();
  let root = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    const entry = map[key];
    const line = lines?.lineOf(key, index) ?? mapLine;
    if (!isRecord(entry)) {
      throw new LockfileError(ctx.file, line, `entry ${quote(key)} is ${describe(entry)}, expected an object`);
    }
    checkInstallPath(ctx, key, line);
    const wants = dependencyNames(ctx, entry, key, line);
    const installedAs = nameFromInstallPath(key);
    if (key === "") {
      root = wants;
    } else if (installedAs === void 0 || key.startsWith("../")) {
      workspaces.push({ index: packages.length, key, entry, line, wants });
      packages.push(void 0);
    } else if (entry["link"] === true) {
      if (typeof entry["resolved"] === "string") linkNames.set(entry["resolved"], installedAs);
      packages.push(linkPackage(ctx, key, installedAs, entry, line, map));
    } else {
      packages.push(installedPackage(ctx, key, installedAs, entry, line, wants));
    }
  }
  for (const { index, key, entry, line, wants } of workspaces) {
    packages[index] = workspacePackage(ctx, key, entry, line, linkNames, wants);
  }
  return { packages, root };
}
function workspacePackage(ctx, key, entry, line, linkNames, wants) {
  const name = optionalString(ctx, entry, "name", key, line) ?? linkNames.get(key) ?? nameFromInstallPath(key) ?? lastSegment(key);
  const version = optionalString(ctx, entry, "version", key, line) ?? "";
  return { id: key, name, version, source: "workspace", resolved: key, line, wants };
}
function linkPackage(ctx, key, installedAs, entry, line, map) {
  const resolved = optionalString(ctx, entry, "resolved", key, line);
  const found = resolved !== void 0 && Object.hasOwn(map, resolved) ? map[resolved] : void 0;
  const target = isRecord(found) ? found : void 0;
  const targetName = target && typeof target["name"] === "string" && target["name"] !== "" ? target["name"] : void 0;
  const targetVersion = target && typeof target["version"] === "string" ? target["version"] : "";
  return {
    id: key,
    name: targetName ?? installedAs,
    version: targetVersion,
    source: "link",
    resolved,
    alias: targetName !== void 0 && targetName !== installedAs ? installedAs : void 0,
    line,
    deps: target && resolved !== void 0 ? [resolved] : []
  };
}
function installedPackage(ctx, key, installedAs, entry, line, wants) {
  const written = optionalString(ctx, entry, "version", key, line) ?? "";
  const nameField = optionalString(ctx, entry, "name", key, line);
  const resolved = optionalResolved(ctx, entry, key, line);
  const aliasSpec = written.startsWith("npm:") ? parseAliasSpec(ctx, written, key, line) : void 0;
  const name = aliasSpec?.name ?? (nameField || installedAs);
  const { version, source } = written === "" ? versionless(ctx, resolved, key, line) : {
    version: aliasSpec?.version ?? written,
    // Most entries: the public registry's tarball of exactly this name and version.
    source: aliasSpec === void 0 && resolved !== void 0 && isPublicTarballOf(resolved, name, written) ? "registry" : sourceOf(ctx, resolved, written, key, line)
  };
  return {
    id: key,
    name,
    version,
    source,
    resolved,
    integrity: optionalString(ctx, entry, "integrity", key, line),
    alias: name !== installedAs ? installedAs : void 0,
    // `devOptional`: needed by the dev tree or as an optional dependency; in production it is optional.
    dev: entry["dev"] === true ? true : void 0,
    optional: entry["optional"] === true || entry["devOptional"] === true ? true : void 0,
    hasInstallScript: entry["hasInstallScript"] === true,
    line,
    wants
  };
}
function dependencyNames(ctx, entry, key, line) {
  let names;
  for (const field of DEPENDENCY_FIELDS) {
    const value = entry[field];
    if (value === void 0) continue;
    if (!isRecord(value)) {
      throw new LockfileError(
        ctx.file,
        line,
        `"${field}" of entry ${quote(key)} is ${describe(value)}, expected an object`
      );
    }
    if (names === void 0) names = Object.keys(value);
    else for (const name of Object.keys(value)) names.push(name);
  }
  return names ?? [];
}

// src/lockfiles/npm-v1.ts
var MAX_TREE_DEPTH = 100;
var ID_EXPANSION = 8;
var TreeLocations = class _TreeLocations extends KeyList {
  nested = [];
  /** One visitor for every entry of this level: the scan finishes an entry's keys before the next key. */
  entry = {
    key: (text, open, close) => {
      if (!keyIs(text, open, close, "dependencies")) return void 0;
      const child = new _TreeLocations(this.file);
      this.nested[this.count - 1] = child;
      return child;
    }
  };
  constructor(file) {
    super(file, 'a "dependencies" map');
  }
  key(text, open, close, line) {
    super.key(text, open, close, line);
    return this.entry;
  }
};
var TreeKeyCount = class {
  count = 0;
  /** One visitor for every entry: it follows only the entry's nested `dependencies`, counted here too. */
  entry = {
    key: (text, open, close) => keyIs(text, open, close, "dependencies") ? this : void 0
  };
  key() {
    this.count++;
    return this.entry;
  }
};
function readTree(ctx, tree, locations, treeLine, known) {
  if (tree === void 0) return { packages: [], entries: 0 };
  if (!isRecord(tree)) {
    throw new LockfileError(
      ctx.file,
      treeLine,
      `"dependencies" is ${describe(tree)}, expected an object keyed by package name`
    );
  }
  const packages = [];
  const budget = ID_EXPANSION * ctx.text.length + 1e6;
  let idChars = 0;
  let entries = 0;
  const levels = [];
  enterLevel(levels, "", tree, locations, 1);
  while (levels.length > 0) {
    const level = levels[levels.length - 1];
    if (level.next === level.names.length) {
      levels.pop();
      continue;
    }
    const index = level.next++;
    const name = level.names[index];
    const value = level.children[name];
    const { parent, where, depth } = level;
    entries++;
    const id = parent === "" ? `node_modules/${name}` : `${parent}/node_modules/${name}`;
    const at = where?.indexOf(name, index);
    const line = (at !== void 0 ? where?.lines[at] : void 0) ?? treeLine;
    if (!isRecord(value)) {
      throw new LockfileError(ctx.file, line, `entry ${quote(id, 60)} is ${describe(value)}, expected an object`);
    }
    if (name === "") throw new LockfileError(ctx.file, line, "a dependency has an empty name");
    if (depth > MAX_TREE_DEPTH) {
      throw new LockfileError(
        ctx.file,
        line,
        `the dependencies tree nests deeper than ${MAX_TREE_DEPTH} levels; no package manager writes this`
      );
    }
    checkInstallPath(ctx, id, line);
    idChars += id.length;
    if (idChars > budget) {
      throw new LockfileError(
        ctx.file,
        line,
        `the dependencies tree expands to install paths over ${ID_EXPANSION} times the file's size; no package manager writes this`
      );
    }
    if (known?.(id, name, value)) checkKnown(ctx, id, value, line);
    else packages.push(treePackage(ctx, id, name, value, line));
    const nested = value["dependencies"];
    if (nested !== void 0) {
      if (!isRecord(nested)) throw notAnObject(ctx, id, "dependencies", nested, line);
      enterLevel(levels, id, nested, at !== void 0 ? where?.nested[at] : void 0, depth + 1);
    }
  }
  return { packages, entries };
}
function checkKnown(ctx, id, entry, line) {
  const requires = entry["requires"];
  if (requires !== void 0 && !isRecord(requires)) throw notAnObject(ctx, id, "requires", requires, line);
  optionalString(ctx, entry, "integrity", id, line);
}
function notAnObject(ctx, id, field, value, line) {
  return new LockfileError(
    ctx.file,
    line,
    `"${field}" of entry ${quote(id, 60)} is ${describe(value)}, expected an object`
  );
}
function enterLevel(levels, parent, children, where, depth) {
  const names = Object.keys(children);
  where?.refuseDuplicates(names);
  levels.push({ parent, children, names, next: 0, where, depth });
}
function treePackage(ctx, id, key, entry, line) {
  const written = optionalString(ctx, entry, "version", id, line);
  const requires = entry["requires"];
  if (requires !== void 0 && !isRecord(requires)) throw notAnObject(ctx, id, "requires", requires, line);
  const resolved = optionalResolved(ctx, entry, id, line);
  const missing = written === void 0 || written === "" ? versionless(ctx, resolved, id, line) : void 0;
  const version = missing?.version ?? written;
  const alias = missing === void 0 && version.startsWith("npm:") ? parseAliasSpec(ctx, version, id, line) : void 0;
  const source = missing !== void 0 ? missing.source : version.startsWith("file:") ? isTarballPath(version) ? "tarball" : "link" : sourceOf(ctx, resolved, version, id, line);
  return {
    id,
    name: alias?.name ?? key,
    version: alias?.version ?? version,
    source,
    // npm 6 writes a git dependency's source in `version` alone (`github:owner/repo#<sha>`,
    // synp's integrity-is-absent fixture): that is what it fetches.
    resolved: resolved ?? (source === "link" || source === "tarball" || source === "git" ? version : void 0),
    integrity: optionalString(ctx, entry, "integrity", id, line),
    alias: alias && alias.name !== key ? key : void 0,
    dev: entry["dev"] === true ? true : void 0,
    optional: entry["optional"] === true ? true : void 0,
    line,
    wants: requires ? Object.keys(requires) : []
  };
}

// src/lockfiles/npm.ts
function parseNpm(file, text) {
  try {
    return parseDocument(file, text);
  } catch (error) {
    if (error instanceof LockfileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new LockfileError(file, void 0, `could not read the npm lockfile (${quote(message)})`);
  }
}
function parseDocument(file, text) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const ctx = { file, text: body, notes: [] };
  const where = locate(ctx);
  let doc;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    throw jsonSyntaxError(file, body, error);
  }
  if (!isRecord(doc)) {
    throw new LockfileError(file, 1, `the document is ${describe(doc)}, expected a JSON object with "lockfileVersion"`);
  }
  const ancient = doc["lockfileVersion"] === void 0 && doc["packages"] === void 0 && isRecord(doc["dependencies"]);
  const version = ancient ? 1 : doc["lockfileVersion"];
  const readsTree = version === 1 || version === 2 && doc["packages"] === void 0;
  const lineOf = (key) => where.top.lines.get(key) ?? 1;
  if (version === void 0) {
    throw new LockfileError(file, 1, 'the document has no "lockfileVersion"; expected 1, 2 or 3');
  }
  if (ancient) {
    ctx.notes.push({
      line: 1,
      message: 'the file has no "lockfileVersion" (npm 4 or earlier wrote it); it is read as version 1, as npm reads it'
    });
  }
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new LockfileError(
      file,
      lineOf("lockfileVersion"),
      `unknown lockfileVersion ${quote(version)}; expected 1, 2 or 3`
    );
  }
  if (version === 3 && doc["packages"] === void 0) {
    throw new LockfileError(file, lineOf("lockfileVersion"), 'a lockfileVersion 3 file must have a "packages" map');
  }
  const read = readsTree ? readTree(ctx, doc["dependencies"], treeLocations(ctx, where.tree), lineOf("dependencies")) : readPackages(ctx, doc["packages"], where.packages, lineOf("packages"));
  const legacy = version === 2 && !readsTree ? legacyHalf(ctx, doc, read.packages, lineOf, where.tree) : [];
  return {
    path: file,
    format: "npm",
    formatVersion: String(version),
    packages: legacy.length ? [...read.packages, ...legacy] : read.packages,
    importers: [],
    unresolvedEdges: read.root ? { root: read.root } : {},
    ...ctx.notes.length ? { notes: ctx.notes } : {}
  };
}
function locate(ctx) {
  const found = {
    top: new KeyLines(ctx.file, "the top level", (key) => {
      if (key === "packages") return found.packages = packagesLocations(ctx.file);
      if (key === "dependencies")
        return found.tree = found.packages ? new TreeKeyCount() : new TreeLocations(ctx.file);
      return void 0;
    })
  };
  scanKeys(ctx.file, ctx.text, found.top);
  return found;
}
function treeLocations(ctx, tree) {
  if (!(tree instanceof TreeKeyCount)) return tree;
  let found;
  const top = new KeyLines(
    ctx.file,
    "the top level",
    (key) => key === "dependencies" ? found = new TreeLocations(ctx.file) : void 0
  );
  scanKeys(ctx.file, ctx.text, top);
  return found;
}
function legacyHalf(ctx, doc, packages, lineOf, tree) {
  if (tree instanceof TreeKeyCount) {
    try {
      const agrees = legacyOnly(ctx, doc, packages, lineOf, void 0, tree.count);
      if (agrees) return agrees;
    } catch (error) {
      if (!(error instanceof LockfileError)) throw error;
    }
  }
  return legacyOnly(ctx, doc, packages, lineOf, treeLocations(ctx, tree));
}
var MAX_LEGACY_NOTES = 20;
function legacyOnly(ctx, doc, packages, lineOf, locations, keys) {
  const legacy = doc["dependencies"];
  const written = doc["packages"];
  if (!isRecord(legacy) || !isRecord(written)) return [];
  const byId = /* @__PURE__ */ new Map();
  for (const p of packages) byId.set(p.id, p);
  const links = /* @__PURE__ */ new Map();
  const inPackages = (id) => {
    if (links.size === 0) return id;
    for (let cut = id.indexOf("/node_modules/"); cut !== -1; cut = id.indexOf("/node_modules/", cut + 1)) {
      const target = links.get(id.slice(0, cut));
      if (target === void 0) continue;
      const rest = id.slice(cut);
      return target === "" ? rest.slice(1) : `${target}${rest}`;
    }
    return id;
  };
  const isProjectFolder = (at) => byId.has(at) && !isInstallPath(at);
  const known = (id, key, entry) => {
    const version = entry["version"];
    if (version === void 0 && entry["resolved"] === void 0 && isProjectFolder(inPackages(id))) return true;
    if (typeof version !== "string" || version === "") return false;
    if (version.startsWith("file:") && !isTarballPath(version)) {
      const resolved = typeof entry["resolved"] === "string" ? entry["resolved"] : version;
      if (resolved.startsWith("file:"))
        links.set(id, resolved.slice("file:".length).replace(/^\.\//, "").replace(/\/+$/, "").replace(/^\.$/, ""));
      return false;
    }
    const read = byId.get(inPackages(id));
    const now = read && written[read.id];
    if (!isRecord(now)) return false;
    if (now["link"] === true) return true;
    const name = now["name"];
    return now["version"] === version && (name === void 0 || name === "" || name === key) && (now["resolved"] === false ? void 0 : now["resolved"]) === (entry["resolved"] === false ? void 0 : entry["resolved"]);
  };
  const quiet = { ...ctx, notes: [] };
  let legacyPackages;
  try {
    const read = readTree(quiet, legacy, locations, lineOf("dependencies"), known);
    if (keys !== void 0 && read.entries !== keys) return void 0;
    legacyPackages = read.packages;
  } catch (error) {
    if (!(error instanceof LockfileError)) throw error;
    throw new LockfileError(
      ctx.file,
      error.line ?? lineOf("dependencies"),
      `the legacy "dependencies" tree (read by npm 6): ${error.reason}`
    );
  }
  const extra = [];
  if (legacyPackages.length === 0) return extra;
  let noted = 0;
  for (const old of legacyPackages) {
    if (old.source === "link") continue;
    const found = byId.get(inPackages(old.id));
    const now = found?.source === "workspace" ? void 0 : found;
    const differs = now === void 0 ? 'is not in "packages"' : identityDiffers(old, now);
    if (!differs) continue;
    if (keys !== void 0) return void 0;
    extra.push({ ...old, id: `legacy:${old.id}`, legacy: true, wants: [] });
    if (old.id.startsWith("node_modules/../")) continue;
    if (++noted <= MAX_LEGACY_NOTES) {
      ctx.notes.push({
        line: old.line,
        message: `the legacy "dependencies" tree, which npm 6 installs, locks ${quote(`${old.name}@${old.version}`, 100)} at ${quote(old.id, 100)}, which ${differs}; npm 7 and later install from "packages", and this version is checked too`
      });
    }
  }
  if (noted > MAX_LEGACY_NOTES) {
    ctx.notes.push({
      line: lineOf("dependencies"),
      message: `${noted - MAX_LEGACY_NOTES} more versions only the legacy "dependencies" tree locks are checked too`
    });
  }
  return extra;
}
function identityDiffers(legacy, current) {
  if (current.source === "link") return void 0;
  const fromUrl = registryTarball(legacy.version);
  const version = fromUrl?.version ?? legacy.version;
  const comparable = legacy.source === "registry" && current.source === "registry";
  if (legacy.name !== current.name || comparable && version !== current.version) {
    const shown = (p) => quote(`${p.name}@${p.version}`, 100);
    return `is ${shown({ name: legacy.name, version })} there and ${shown(current)} in "packages"`;
  }
  if (comparable && legacy.resolved && current.resolved && legacy.resolved !== current.resolved) {
    return `resolves to ${quote(legacy.resolved, 100)} there and ${quote(current.resolved, 100)} in "packages"`;
  }
  return void 0;
}
export {
  parseNpm
};
