import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  printParseErrorCode,
  visit
} from "./chunk-ZVYVRW72.js";
import {
  LockfileError,
  checkIdLength,
  isGitReference,
  isHttpUrl,
  isTarballPath,
  quote,
  registryTarball
} from "./chunk-PCST67PE.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
import "./chunk-UNWV5ZLC.js";
import "./chunk-7FTKMFDC.js";

// src/lockfiles/bun.ts
var KNOWN_VERSIONS = /* @__PURE__ */ new Set([0, 1, 2]);
var MAX_DEPTH = 64;
var DEP_GROUPS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
function parseBun(file, text) {
  const doc = readDocument(file, text);
  const { root } = doc;
  const formatVersion = readVersion(file, doc);
  const workspaces = root["workspaces"];
  if (workspaces === void 0) throw new LockfileError(file, 1, 'bun.lock has no "workspaces" object');
  if (!isRecord(workspaces)) {
    throw new LockfileError(file, doc.topLines.get("workspaces"), '"workspaces" must be an object');
  }
  const packagesValue = root["packages"];
  let entries = {};
  if (packagesValue !== void 0) {
    if (!isRecord(packagesValue)) {
      throw new LockfileError(file, doc.topLines.get("packages"), '"packages" must be an object');
    }
    entries = packagesValue;
  }
  const pending = [];
  const recordsInstallScripts = Number(formatVersion) >= 2;
  for (const key of Object.keys(entries)) {
    pending.push(readEntry(file, key, entries[key], doc.packageLines.get(key) ?? 1, recordsInstallScripts));
  }
  const tree = new InstallTree(Object.keys(entries));
  for (const { pkg, depNames } of pending) {
    const deps = resolveAll(file, pkg.line, tree, pkg.id, depNames);
    if (deps.length > 0) pkg.deps = deps;
  }
  return {
    path: file,
    format: "bun",
    formatVersion,
    packages: pending.map((p) => p.pkg),
    importers: readImporters(file, doc, workspaces, tree)
  };
}
function readDocument(file, text) {
  const topLines = /* @__PURE__ */ new Map();
  const workspaceLines = /* @__PURE__ */ new Map();
  const packageLines = /* @__PURE__ */ new Map();
  const parents = [];
  let current;
  let property = null;
  let root;
  let seenRoot = false;
  let topObject;
  let packagesMap;
  let workspacesMap;
  const addValue = (value) => {
    if (current === void 0) {
      if (!seenRoot) root = value;
      seenRoot = true;
    } else if (Array.isArray(current)) {
      current.push(value);
    } else if (property === "__proto__") {
      Object.defineProperty(current, property, { value, writable: true, enumerable: true, configurable: true });
    } else if (property !== null) {
      current[property] = value;
    }
  };
  const enter = (container, line) => {
    if (parents.length >= MAX_DEPTH) {
      throw new LockfileError(file, line + 1, `nesting deeper than ${MAX_DEPTH} levels; not a bun.lock`);
    }
    addValue(container);
    if (current !== void 0) parents.push(current);
    current = container;
    property = null;
  };
  const leave = () => {
    current = parents.pop();
    property = null;
  };
  let firstError;
  visit(
    text,
    {
      onObjectBegin: (_offset, _length, line) => {
        const object = {};
        if (current === void 0 && !seenRoot) topObject = object;
        else if (current === topObject && topObject !== void 0) {
          if (property === "packages") {
            packagesMap = object;
            packageLines.clear();
          } else if (property === "workspaces") {
            workspacesMap = object;
            workspaceLines.clear();
          }
        }
        enter(object, line);
      },
      onObjectProperty: (name, _offset, _length, line) => {
        property = name;
        if (current === void 0) return;
        if (current === packagesMap) {
          if (packageLines.has(name)) {
            throw new LockfileError(file, line + 1, `package key ${quote(name)} appears twice in "packages"`);
          }
          packageLines.set(name, line + 1);
        } else if (current === workspacesMap) {
          workspaceLines.set(name, line + 1);
        } else if (current === topObject) {
          const first = topLines.get(name);
          if (first !== void 0) {
            throw new LockfileError(
              file,
              line + 1,
              `the key ${quote(name)} appears twice at the top level (first on line ${first}); the file is ambiguous`
            );
          }
          topLines.set(name, line + 1);
        }
      },
      onObjectEnd: leave,
      onArrayBegin: (_offset, _length, line) => enter([], line),
      onArrayEnd: leave,
      onLiteralValue: addValue,
      onError: (code, _offset, _length, line) => {
        firstError ??= { code, line: line + 1 };
      }
    },
    { allowTrailingComma: true, disallowComments: false }
  );
  if (firstError) {
    throw new LockfileError(file, firstError.line, `not valid JSONC: ${describeParseError(firstError.code)}`);
  }
  if (!isRecord(root)) throw new LockfileError(file, 1, "bun.lock must be a JSON object at the top level");
  return { root, topLines, workspaceLines, packageLines };
}
function describeParseError(code) {
  const name = printParseErrorCode(code);
  const phrases = {
    InvalidSymbol: "unexpected character",
    InvalidNumberFormat: "invalid number",
    PropertyNameExpected: "expected a property name",
    ValueExpected: "expected a value",
    ColonExpected: "expected ':'",
    CommaExpected: "expected ','",
    CloseBraceExpected: "expected '}' (is the file cut short?)",
    CloseBracketExpected: "expected ']' (is the file cut short?)",
    EndOfFileExpected: "unexpected text after the end of the document",
    InvalidCommentToken: "invalid comment",
    UnexpectedEndOfComment: "unterminated comment",
    UnexpectedEndOfString: "unterminated string",
    UnexpectedEndOfNumber: "unterminated number",
    InvalidUnicode: "invalid unicode escape",
    InvalidEscapeCharacter: "invalid escape character",
    InvalidCharacter: "invalid character in a string"
  };
  return phrases[name] ?? name;
}
function readVersion(file, doc) {
  const version = doc.root["lockfileVersion"];
  if (version === void 0) throw new LockfileError(file, 1, 'bun.lock has no "lockfileVersion"');
  if (typeof version !== "number" || !KNOWN_VERSIONS.has(version)) {
    throw new LockfileError(
      file,
      doc.topLines.get("lockfileVersion"),
      `unknown lockfileVersion ${quote(version)}; lockgate reads bun.lock versions 0, 1 and 2`
    );
  }
  return String(version);
}
function readEntry(file, key, value, line, recordsInstallScripts) {
  checkIdLength(file, line, key);
  if (!Array.isArray(value)) {
    throw new LockfileError(file, line, `package ${quote(key)} must be an array, not ${describeType(value)}`);
  }
  const head = value[0];
  if (typeof head !== "string") {
    throw new LockfileError(file, line, `package ${quote(key)} has no "name@version" string as its first element`);
  }
  const split = splitNameAndResolution(head);
  if (!split)
    throw new LockfileError(file, line, `package ${quote(key)}: cannot read name and version from ${quote(head)}`);
  const { name, resolution } = split;
  const kind = classify(resolution);
  if (!kind) {
    throw new LockfileError(file, line, `package ${quote(key)}: cannot read a version from ${quote(head)}`);
  }
  const pkg = { id: key, name, version: resolution, source: kind.source, line };
  const installName = lastName(key);
  if (installName !== name && name !== "") pkg.alias = installName;
  let infoIndex = 1;
  switch (kind.kind) {
    case "npm": {
      const registry = value[1];
      if (registry !== void 0 && typeof registry !== "string") {
        throw new LockfileError(file, line, `package ${quote(key)}: registry must be a string`);
      }
      if (registry) pkg.resolved = registry;
      infoIndex = 2;
      pkg.integrity = optionalString(file, key, line, value[3], "integrity");
      break;
    }
    case "tarball": {
      pkg.resolved = resolution;
      pkg.integrity = optionalString(file, key, line, value[2], "integrity");
      const tarball = registryTarball(resolution);
      if (tarball && tarball.name === name) {
        pkg.version = tarball.version;
        pkg.source = "registry";
      }
      break;
    }
    case "git":
      pkg.resolved = resolution;
      pkg.integrity = optionalString(file, key, line, value[3], "integrity");
      break;
    default:
      if (kind.path) pkg.resolved = kind.path;
      if (kind.kind === "file") pkg.version = "";
      break;
  }
  if (pkg.integrity === void 0) delete pkg.integrity;
  const info = value[infoIndex];
  if (info !== void 0 && !isRecord(info)) {
    throw new LockfileError(
      file,
      line,
      `package ${quote(key)}: expected an object of dependencies, not ${describeType(info)}`
    );
  }
  const depNames = info ? dependencyNames(file, key, line, info) : [];
  const installScript = info?.["hasInstallScript"];
  if (installScript !== void 0 && typeof installScript !== "boolean") {
    throw new LockfileError(file, line, `package ${quote(key)}: "hasInstallScript" must be a boolean`);
  }
  if (installScript !== void 0 || recordsInstallScripts) pkg.hasInstallScript = installScript === true;
  return { pkg, depNames };
}
function splitNameAndResolution(head) {
  if (head.startsWith("@root:")) return { name: "", resolution: head.slice(1) };
  const at = head.indexOf("@", 1);
  if (at <= 0 || at === head.length - 1) return null;
  const name = head.slice(0, at);
  if (name.startsWith("@") && !name.includes("/")) return null;
  return { name, resolution: head.slice(at + 1) };
}
var EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
function classify(resolution) {
  if (EXACT_VERSION.test(resolution)) return { kind: "npm", source: "registry" };
  if (resolution.startsWith("root:")) return { kind: "root", source: "workspace", path: "" };
  if (resolution.startsWith("link:")) return { kind: "link", source: "link", path: resolution.slice(5) };
  if (resolution.startsWith("workspace:"))
    return { kind: "workspace", source: "workspace", path: resolution.slice(10) };
  if (resolution.startsWith("file:"))
    return { kind: "file", source: isTarballPath(resolution) ? "file" : "directory", path: resolution.slice(5) };
  if (isGitReference(resolution)) return { kind: "git", source: "git" };
  if (!isHttpUrl(resolution) && isTarballPath(resolution)) return { kind: "file", source: "file", path: resolution };
  if (isHttpUrl(resolution) || isTarballPath(resolution)) return { kind: "tarball", source: "tarball" };
  return null;
}
function optionalString(file, key, line, value, what) {
  if (value === void 0 || value === "") return void 0;
  if (typeof value !== "string") throw new LockfileError(file, line, `package ${quote(key)}: ${what} must be a string`);
  return value;
}
function dependencyNames(file, owner, line, info) {
  const names = [];
  for (const group of DEP_GROUPS) {
    const deps = info[group];
    if (deps === void 0) continue;
    if (!isRecord(deps)) {
      throw new LockfileError(file, line, `${quote(owner)}: "${group}" must be an object, not ${describeType(deps)}`);
    }
    for (const name of Object.keys(deps)) names.push(name);
  }
  return names;
}
function lastName(key) {
  const slash = key.lastIndexOf("/");
  if (slash === -1) return key;
  const before = key.lastIndexOf("/", slash - 1);
  return key[before + 1] === "@" ? key.slice(before + 1) : key.slice(slash + 1);
}
function parentKey(key) {
  const name = lastName(key);
  return key.length === name.length ? "" : key.slice(0, key.length - name.length - 1);
}
var InstallTree = class {
  /** Install path → names installed directly under it ('' is the top level). */
  children = /* @__PURE__ */ new Map();
  constructor(keys) {
    for (const key of keys) {
      const parent = parentKey(key);
      let names = this.children.get(parent);
      if (!names) this.children.set(parent, names = /* @__PURE__ */ new Set());
      names.add(lastName(key));
    }
  }
  /**
   * Where a lookup from `from` looks, nearest first: `from`, each of its parents, then ``, less
   * those with nothing installed under them; and how many levels that was (the walk stops past
   * MAX_INSTALL_DEPTH).
   */
  chain(from) {
    const chain = [];
    let levels = 0;
    for (let prefix = from; prefix !== void 0 && levels <= MAX_INSTALL_DEPTH + 1; levels++) {
      const names = this.children.get(prefix);
      if (names) chain.push([prefix, names]);
      prefix = prefix === "" ? void 0 : parentKey(prefix);
    }
    return { chain, levels };
  }
  /** The key `name` resolves to along a chain, if any. */
  static resolve(chain, name) {
    for (const [prefix, names] of chain) {
      if (names.has(name)) return prefix === "" ? name : `${prefix}/${name}`;
    }
    return void 0;
  }
};
var MAX_INSTALL_DEPTH = 64;
function resolveAll(file, line, tree, from, names) {
  const { chain, levels } = tree.chain(from);
  if (levels > MAX_INSTALL_DEPTH + 1) {
    throw new LockfileError(
      file,
      line,
      `the install path ${quote(from, 60)} nests deeper than ${MAX_INSTALL_DEPTH} levels; no package manager writes this`
    );
  }
  const out = /* @__PURE__ */ new Set();
  for (const name of names) {
    const id = InstallTree.resolve(chain, name);
    if (id !== void 0 && id !== from) out.add(id);
  }
  return [...out];
}
function readImporters(file, doc, workspaces, tree) {
  const importers = [];
  for (const wsPath of Object.keys(workspaces)) {
    const line = doc.workspaceLines.get(wsPath);
    const ws = workspaces[wsPath];
    if (!isRecord(ws)) {
      throw new LockfileError(file, line, `workspace ${quote(wsPath)} must be an object, not ${describeType(ws)}`);
    }
    const wsName = ws["name"];
    if (wsName !== void 0 && typeof wsName !== "string") {
      throw new LockfileError(file, line, `workspace ${quote(wsPath)}: "name" must be a string`);
    }
    const names = dependencyNames(file, wsPath || "root workspace", line, ws);
    const from = wsPath === "" || !wsName ? "" : wsName;
    const deps = resolveAll(file, line, tree, from, names);
    importers.push({ path: wsPath === "" ? "package.json" : `${wsPath.replace(/\/+$/, "")}/package.json`, deps });
  }
  return importers;
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
export {
  InstallTree,
  MAX_INSTALL_DEPTH,
  parseBun
};
