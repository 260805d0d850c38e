import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  isGitReference,
  isHttpUrl,
  isTarballPath,
  registryTarball
} from "./chunk-T5X3EIEI.js";
import {
  lineAt
} from "./chunk-OD3H3W7Q.js";
import {
  LockfileError,
  quote
} from "./chunk-VJTRWSQF.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
import "./chunk-7FTKMFDC.js";

// src/lockfiles/npm.ts
var DEPENDENCY_FIELDS = ["dependencies", "optionalDependencies", "peerDependencies", "devDependencies"];
function parseNpm(file, text, options = {}) {
  try {
    return parseDocument(file, text, options.graph === "lazy");
  } catch (error) {
    if (error instanceof LockfileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new LockfileError(file, void 0, `could not read the npm lockfile (${quote(message)})`);
  }
}
function parseDocument(file, text, lazyGraph) {
  const ctx = { file, text };
  const doc = parseJson(ctx);
  if (!isRecord(doc)) {
    throw new LockfileError(file, 1, `the document is ${describe(doc)}, expected a JSON object with "lockfileVersion"`);
  }
  const version = doc["lockfileVersion"];
  if (version === void 0) {
    throw new LockfileError(file, 1, 'the document has no "lockfileVersion"; expected 1, 2 or 3');
  }
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new LockfileError(
      file,
      lineOfTopKey(ctx, "lockfileVersion"),
      `unknown lockfileVersion ${quote(version)}; expected 1, 2 or 3`
    );
  }
  if (version === 3 && doc["packages"] === void 0) {
    throw new LockfileError(
      file,
      lineOfTopKey(ctx, "lockfileVersion"),
      'a lockfileVersion 3 file must have a "packages" map'
    );
  }
  if (version === 2) rejectHollowPackages(ctx, doc);
  const read = version === 1 || doc["packages"] === void 0 ? readTree(ctx, doc) : readPackages(ctx, doc);
  const lockfile = {
    path: file,
    format: "npm",
    formatVersion: String(version),
    packages: read.packages,
    importers: []
  };
  if (!lazyGraph) {
    lockfile.importers = read.linkGraph();
    return lockfile;
  }
  lockfile.resolveGraph = () => {
    delete lockfile.resolveGraph;
    lockfile.importers = read.linkGraph();
  };
  return lockfile;
}
function rejectHollowPackages(ctx, doc) {
  const map = doc["packages"];
  const legacy = doc["dependencies"];
  if (!isRecord(map) || !isRecord(legacy)) return;
  const legacyCount = Object.keys(legacy).length;
  if (legacyCount === 0 || Object.keys(map).some((key) => key !== "")) return;
  throw new LockfileError(
    ctx.file,
    lineOfTopKey(ctx, "packages"),
    `"packages" lists no installed package while the legacy "dependencies" tree lists ${legacyCount}; regenerate the lockfile`
  );
}
function readPackages(ctx, doc) {
  const start = topKeyOffset(ctx, "packages");
  const mapLine = start === void 0 ? 1 : lineAt(ctx.text, start);
  const map = doc["packages"];
  if (!isRecord(map)) {
    throw new LockfileError(
      ctx.file,
      mapLine,
      `"packages" is ${describe(map)}, expected an object keyed by install path`
    );
  }
  const locator = new KeyLocator(ctx, start ?? 0, false);
  const keys = Object.keys(map);
  const lines = [];
  const linkNames = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const line = locator.lineOf(key) ?? mapLine;
    const entry = map[key];
    if (!isRecord(entry)) {
      throw new LockfileError(ctx.file, line, `entry ${quote(key)} is ${describe(entry)}, expected an object`);
    }
    lines.push(line);
    if (entry["link"] === true && typeof entry["resolved"] === "string" && isInstallPath(key)) {
      linkNames.set(entry["resolved"], nameFromInstallPath(key) ?? key);
    }
  }
  const entryAt = (key) => {
    const entry = Object.hasOwn(map, key) ? map[key] : void 0;
    return isRecord(entry) ? entry : void 0;
  };
  const drafts = [];
  let root;
  keys.forEach((key, index) => {
    const entry = map[key];
    const line = lines[index];
    const wants = dependencyNames(ctx, entry, key, line);
    if (key === "") {
      root = { pkg: placeholder(""), base: "", wants };
    } else if (!isInstallPath(key)) {
      drafts.push({ pkg: workspacePackage(ctx, key, entry, line, linkNames), base: key, wants });
    } else if (entry["link"] === true) {
      drafts.push(linkDraft(ctx, key, entry, line, entryAt));
    } else {
      drafts.push({ pkg: installedPackage(ctx, key, entry, line), base: key, wants });
    }
  });
  const linkGraph = () => {
    const resolver = new Resolver(keys);
    for (const draft of drafts) linkDeps(draft, resolver);
    const importers = [{ path: "package.json", deps: root ? resolver.resolveAll(root) : [] }];
    for (const draft of drafts) {
      if (draft.pkg.source === "workspace")
        importers.push({ path: `${draft.pkg.id}/package.json`, deps: draft.pkg.deps ?? [] });
    }
    return importers;
  };
  return { packages: drafts.map((d) => d.pkg), linkGraph };
}
function workspacePackage(ctx, key, entry, line, linkNames) {
  const name = optionalString(ctx, entry, "name", key, line) ?? linkNames.get(key) ?? lastSegment(key);
  const version = optionalString(ctx, entry, "version", key, line) ?? "";
  return { id: key, name, version, source: "workspace", resolved: key, line };
}
function linkDraft(ctx, key, entry, line, entryAt) {
  const installedAs = readInstallName(ctx, key, line);
  const resolved = optionalString(ctx, entry, "resolved", key, line);
  const target = resolved === void 0 ? void 0 : entryAt(resolved);
  const targetName = target && typeof target["name"] === "string" && target["name"] !== "" ? target["name"] : void 0;
  const targetVersion = target && typeof target["version"] === "string" ? target["version"] : "";
  const pkg = {
    id: key,
    name: targetName ?? installedAs,
    version: targetVersion,
    source: "link",
    resolved,
    alias: targetName !== void 0 && targetName !== installedAs ? installedAs : void 0,
    line
  };
  return target && resolved !== void 0 ? { pkg, base: key, wants: [], target: resolved } : { pkg, base: key, wants: [] };
}
function installedPackage(ctx, key, entry, line) {
  const installedAs = readInstallName(ctx, key, line);
  const version = optionalString(ctx, entry, "version", key, line);
  if (version === void 0 || version === "") {
    throw new LockfileError(ctx.file, line, `entry ${quote(key)} has no "version"`);
  }
  const nameField = optionalString(ctx, entry, "name", key, line);
  const resolved = optionalString(ctx, entry, "resolved", key, line);
  const aliasSpec = version.startsWith("npm:") ? parseAliasSpec(ctx, version, key, line) : void 0;
  const name = aliasSpec?.name ?? (nameField || installedAs);
  return {
    id: key,
    name,
    version: aliasSpec?.version ?? version,
    source: sourceOf(ctx, resolved, version, key, line),
    resolved,
    integrity: optionalString(ctx, entry, "integrity", key, line),
    alias: name !== installedAs ? installedAs : void 0,
    // `devOptional`: needed by the dev tree or as an optional dependency; in production it is optional.
    dev: entry["dev"] === true ? true : void 0,
    optional: entry["optional"] === true || entry["devOptional"] === true ? true : void 0,
    hasInstallScript: entry["hasInstallScript"] === true,
    line
  };
}
function dependencyNames(ctx, entry, key, line) {
  const names = [];
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
    for (const name in value) names.push(name);
  }
  return names;
}
function readTree(ctx, doc) {
  const tree = doc["dependencies"];
  if (tree === void 0) return { packages: [], linkGraph: () => [{ path: "package.json", deps: [] }] };
  const start = topKeyOffset(ctx, "dependencies");
  const treeLine = start === void 0 ? 1 : lineAt(ctx.text, start);
  if (!isRecord(tree)) {
    throw new LockfileError(
      ctx.file,
      treeLine,
      `"dependencies" is ${describe(tree)}, expected an object keyed by package name`
    );
  }
  const locator = new KeyLocator(ctx, start ?? 0, true);
  const drafts = [];
  const pending = [];
  pushChildren(pending, "", tree);
  while (pending.length > 0) {
    const [parent, value, name] = pending.pop();
    const id = parent === "" ? `node_modules/${name}` : `${parent}/node_modules/${name}`;
    const line = locator.lineOf(name) ?? treeLine;
    if (!isRecord(value)) {
      throw new LockfileError(ctx.file, line, `entry ${quote(id)} is ${describe(value)}, expected an object`);
    }
    if (name === "") throw new LockfileError(ctx.file, line, "a dependency has an empty name");
    drafts.push(treeDraft(ctx, id, name, value, line));
    const nested = value["dependencies"];
    if (nested !== void 0) {
      if (!isRecord(nested)) {
        throw new LockfileError(
          ctx.file,
          line,
          `"dependencies" of entry ${quote(id)} is ${describe(nested)}, expected an object`
        );
      }
      pushChildren(pending, id, nested);
    }
  }
  const linkGraph = () => {
    const resolver = new Resolver(drafts.map((d) => d.pkg.id));
    for (const draft of drafts) linkDeps(draft, resolver);
    return [{ path: "package.json", deps: rootDepsV1(drafts) }];
  };
  return { packages: drafts.map((d) => d.pkg), linkGraph };
}
function pushChildren(pending, parent, children) {
  const names = Object.keys(children);
  for (let i = names.length - 1; i >= 0; i--) {
    const name = names[i];
    pending.push([parent, children[name], name]);
  }
}
function treeDraft(ctx, id, key, entry, line) {
  const version = optionalString(ctx, entry, "version", id, line);
  if (version === void 0 || version === "") {
    throw new LockfileError(ctx.file, line, `entry ${quote(id)} has no "version"`);
  }
  const requires = entry["requires"];
  if (requires !== void 0 && !isRecord(requires)) {
    throw new LockfileError(
      ctx.file,
      line,
      `"requires" of entry ${quote(id)} is ${describe(requires)}, expected an object`
    );
  }
  const resolved = optionalString(ctx, entry, "resolved", id, line);
  const alias = version.startsWith("npm:") ? parseAliasSpec(ctx, version, id, line) : void 0;
  const source = version.startsWith("file:") ? isTarballPath(version) ? "tarball" : "link" : sourceOf(ctx, resolved, version, id, line);
  const pkg = {
    id,
    name: alias?.name ?? key,
    version: alias?.version ?? version,
    source,
    resolved: resolved ?? (source === "link" || source === "tarball" ? version : void 0),
    integrity: optionalString(ctx, entry, "integrity", id, line),
    alias: alias && alias.name !== key ? key : void 0,
    dev: entry["dev"] === true ? true : void 0,
    optional: entry["optional"] === true ? true : void 0,
    line
  };
  return { pkg, base: id, wants: requires ? Object.keys(requires) : [] };
}
function rootDepsV1(drafts) {
  const byId = new Map(drafts.map((d) => [d.pkg.id, d.pkg]));
  const required = /* @__PURE__ */ new Set();
  for (const { pkg } of drafts) for (const dep of pkg.deps ?? []) if (dep !== pkg.id) required.add(dep);
  const topLevel = drafts.map((d) => d.pkg.id).filter((id) => !id.includes("/node_modules/"));
  const roots = topLevel.filter((id) => !required.has(id));
  const reached = /* @__PURE__ */ new Set();
  const reach = (from) => {
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.pop();
      if (reached.has(id)) continue;
      reached.add(id);
      for (const dep of byId.get(id)?.deps ?? []) if (!reached.has(dep)) queue.push(dep);
    }
  };
  roots.forEach(reach);
  for (const id of topLevel) {
    if (!reached.has(id)) {
      roots.push(id);
      reach(id);
    }
  }
  return roots;
}
function isInstallPath(key) {
  return key.startsWith("node_modules/") || key.includes("/node_modules/");
}
function nameFromInstallPath(key) {
  const cut = key.lastIndexOf("node_modules/");
  if (cut === -1) return void 0;
  if (cut > 0 && key[cut - 1] !== "/") return void 0;
  const name = key.slice(cut + "node_modules/".length);
  const slash = name.indexOf("/");
  if (name === "" || name.startsWith(".")) return void 0;
  if (name.startsWith("@"))
    return slash > 1 && slash < name.length - 1 && name.indexOf("/", slash + 1) === -1 ? name : void 0;
  return slash === -1 ? name : void 0;
}
function readInstallName(ctx, key, line) {
  const name = nameFromInstallPath(key);
  if (name === void 0)
    throw new LockfileError(ctx.file, line, `cannot read a package name from the key ${quote(key)}`);
  return name;
}
function lastSegment(path) {
  return path.slice(path.lastIndexOf("/") + 1) || path;
}
function parseAliasSpec(ctx, spec, id, line) {
  const body = spec.slice("npm:".length);
  const at = body.lastIndexOf("@");
  if (at <= 0 || at === body.length - 1) {
    throw new LockfileError(
      ctx.file,
      line,
      `entry ${quote(id)} has an alias version ${quote(spec)} that is not npm:name@version`
    );
  }
  return { name: body.slice(0, at), version: body.slice(at + 1) };
}
var SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
function sourceOf(ctx, resolved, version, id, line) {
  const ref = resolved ?? version;
  if (isGitReference(ref)) return "git";
  if (ref.startsWith("file:")) return isTarballPath(ref) ? "tarball" : "file";
  if (isHttpUrl(ref)) return registryTarball(ref) ? "registry" : "tarball";
  if (resolved === void 0) {
    if (SEMVER.test(version) || version.startsWith("npm:")) return "registry";
    throw new LockfileError(
      ctx.file,
      line,
      `entry ${quote(id)} has version ${quote(version)}, which is neither a version nor a source`
    );
  }
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref) ? "tarball" : "file";
}
function linkDeps(draft, resolver) {
  if (draft.pkg.source === "link" && draft.target !== void 0) {
    draft.pkg.deps = [draft.target];
    return;
  }
  draft.pkg.deps = resolver.resolveAll(draft);
}
var Resolver = class {
  children = /* @__PURE__ */ new Map();
  parents = /* @__PURE__ */ new Map();
  constructor(ids) {
    for (const id of ids) {
      const name = nameFromInstallPath(id);
      if (name === void 0 || !isInstallPath(id)) continue;
      const folder = id.slice(0, Math.max(0, id.length - name.length - "/node_modules/".length));
      let names = this.children.get(folder);
      if (!names) this.children.set(folder, names = /* @__PURE__ */ new Map());
      names.set(name, id);
    }
  }
  /** The id `name` resolves to when required from folder `dir`, if the lockfile has it. */
  resolve(dir, name) {
    let at = dir;
    for (; ; ) {
      const hit = this.children.get(at)?.get(name);
      if (hit !== void 0) return hit;
      if (at === "") return void 0;
      at = this.parentOf(at);
    }
  }
  /** A draft's wanted names resolved from its folder, without repeats or itself. */
  resolveAll(draft) {
    const deps = [];
    for (const name of draft.wants) {
      const id = this.resolve(draft.base, name);
      if (id !== void 0 && id !== draft.pkg.id && !deps.includes(id)) deps.push(id);
    }
    return deps;
  }
  /** The next folder up that can hold a `node_modules`: `a/node_modules/b` → `a`, `packages/x` → `packages`. */
  parentOf(dir) {
    let parent = this.parents.get(dir);
    if (parent === void 0) {
      const nested = dir.lastIndexOf("/node_modules/");
      if (nested !== -1) parent = dir.slice(0, nested);
      else if (dir.startsWith("node_modules/")) parent = "";
      else parent = dir.slice(0, Math.max(0, dir.lastIndexOf("/")));
      this.parents.set(dir, parent);
    }
    return parent;
  }
};
var KeyLocator = class {
  constructor(ctx, start, objectValue) {
    this.ctx = ctx;
    this.start = start;
    this.objectValue = objectValue;
    this.cursor = start;
  }
  ctx;
  start;
  objectValue;
  cursor;
  misses = 0;
  /** Forward line counting: the last offset counted to and its line. */
  countedTo = 0;
  countedLine = 1;
  lineOf(key) {
    let at = this.find(key, this.cursor);
    if (at === void 0 && this.cursor > this.start) at = this.find(key, this.start);
    if (at === void 0) return void 0;
    this.cursor = at + 1;
    return this.lineAt(at);
  }
  /** 1-based line of `offset`, counting newlines forward from the previous call (restarting if it goes back). */
  lineAt(offset) {
    if (offset < this.countedTo) {
      this.countedTo = 0;
      this.countedLine = 1;
    }
    const text = this.ctx.text;
    let line = this.countedLine;
    for (let nl = text.indexOf("\n", this.countedTo); nl !== -1 && nl < offset; nl = text.indexOf("\n", nl + 1)) line++;
    this.countedTo = offset;
    this.countedLine = line;
    return line;
  }
  find(key, from) {
    const needle = NEEDS_ESCAPE.test(key) ? JSON.stringify(key) : `"${key}"`;
    const fast = this.ctx.text.indexOf(this.objectValue ? `${needle}: {` : `${needle}:`, from);
    if (fast !== -1) return fast;
    if (this.misses > 32) return void 0;
    const pattern = new RegExp(`${escapeRegExp(needle)}\\s*:${this.objectValue ? "\\s*\\{" : ""}`, "g");
    pattern.lastIndex = from;
    const match = pattern.exec(this.ctx.text);
    if (!match) this.misses++;
    return match?.index;
  }
};
var NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function topKeyOffset(ctx, key) {
  const match = new RegExp(`"${key}"\\s*:`).exec(ctx.text);
  return match?.index;
}
function lineOfTopKey(ctx, key) {
  const at = topKeyOffset(ctx, key);
  return at === void 0 ? 1 : lineAt(ctx.text, at);
}
function parseJson(ctx) {
  try {
    return JSON.parse(ctx.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const found = jsonError(ctx.text);
    const offset = found?.offset ?? positionInMessage(message);
    const line = offset === void 0 ? void 0 : lineAt(ctx.text, offset);
    const reason = found?.truncated ? "invalid JSON: the document ends before it is complete (truncated file?)" : `invalid JSON (${quote(message, 120)})`;
    throw new LockfileError(ctx.file, line, reason);
  }
}
function positionInMessage(message) {
  const match = /in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  return match ? Number(match[1]) : void 0;
}
function jsonError(text) {
  const found = scanJson(text);
  if (found === void 0) return void 0;
  const last = Math.max(0, text.trimEnd().length - 1);
  return found >= text.length ? { offset: last, truncated: true } : { offset: found, truncated: false };
}
function scanJson(text) {
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
function optionalString(ctx, entry, field, id, line) {
  const value = entry[field];
  if (value === void 0) return void 0;
  if (typeof value !== "string") {
    throw new LockfileError(
      ctx.file,
      line,
      `"${field}" of entry ${quote(id)} is ${describe(value)}, expected a string`
    );
  }
  return value;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value} (${quote(value, 40)})`;
}
function placeholder(id) {
  return { id, name: id, version: "", source: "workspace", line: 1 };
}
export {
  parseNpm
};
