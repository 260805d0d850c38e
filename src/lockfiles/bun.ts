/**
 * bun.lock (Bun's text lockfile, JSONC: JSON with comments and trailing commas).
 *
 * On-disk shape (lockfileVersion 0, 1 and 2; 2 adds `hasInstallScript: true` to INFO):
 *
 * ```
 * { "lockfileVersion": 1,
 *   "workspaces": { "": { name, dependencies, devDependencies, optionalDependencies, peerDependencies },
 *                   "packages/x": { name, version?, ... } },
 *   "packages": { "<install path>": [ "<name>@<resolution>", ...rest ] },
 *   "trustedDependencies"?, "overrides"?, "patchedDependencies"?, "catalog"?, "catalogs"? }
 * ```
 *
 * A package key is its install path: `a`, `@s/x`, `b/a` (a copy of `a` nested under `b`),
 * `@s/x/@t/y`. The rest of the array depends on the resolution:
 *
 * ```
 * npm        ["name@1.2.3", "registry url or empty", INFO, "integrity"]
 * workspace  ["name@workspace:packages/x"]           (v1; v0 also has INFO)
 * link       ["name@link:path", INFO]
 * folder     ["name@file:path", INFO]                  (a `directory`: the repository's own code)
 * tarball    ["name@https://host/x.tgz" | "name@./x.tgz", INFO, "integrity"?]
 *            (a registry tarball URL of the same name gives the version: `…/is-number/-/is-number-7.0.0.tgz`)
 * git        ["name@git+https://host/repo#sha" | "name@github:owner/repo#sha", INFO, "bun tag", "integrity"?]
 * root       ["name@root:", { bin }]
 * ```
 *
 * INFO holds the entry's dependencies by group. A dependency `d` of the entry at key `p`
 * resolves like Node's lookup: `p/d`, then `d` under each parent of `p`, then top-level `d`.
 * A workspace named `w` resolves `w/d`, then `d`; the root resolves `d`.
 *
 * The document is read with ONE pass of jsonc-parser's visitor, which also gives the line
 * of every package key, so no second scan of the text is needed.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import type { Importer, LockedPackage, Lockfile, PackageSource } from '../core/model.js';
import { LockfileError, quote } from '../core/errors.js';
import { isGitReference, isHttpUrl, isTarballPath, registryTarball } from '../core/source.js';
import { checkIdLength } from './text.js';
import { isRecord } from '../core/guards.js';

/** lockfileVersion values this parser reads (Bun 1.4 writes 2, which adds `hasInstallScript` to INFO). */
const KNOWN_VERSIONS = new Set([0, 1, 2]);

/** Nesting deeper than this is not a lockfile; stop before the recursive parser runs out of stack. */
const MAX_DEPTH = 64;

/** Dependency groups of a workspace or a package's INFO object. */
const DEP_GROUPS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

type JsonObject = Record<string, unknown>;

/** The parsed document and the lines the visitor saw on the way. */
interface BunDocument {
  root: JsonObject;
  /** 1-based line of each top-level property. */
  topLines: Map<string, number>;
  /** 1-based line of each key of `workspaces`. */
  workspaceLines: Map<string, number>;
  /** 1-based line of each key of `packages`. */
  packageLines: Map<string, number>;
}

/** A package read from its entry, with the dependency names still to resolve. */
interface PendingPackage {
  pkg: LockedPackage;
  depNames: string[];
}

/** Parse a bun.lock into the lockfile model. Throws LockfileError on anything it cannot read. */
export function parseBun(file: string, text: string): Lockfile {
  const doc = readDocument(file, text);
  const { root } = doc;
  const formatVersion = readVersion(file, doc);

  const workspaces = root['workspaces'];
  if (workspaces === undefined) throw new LockfileError(file, 1, 'bun.lock has no "workspaces" object');
  if (!isRecord(workspaces)) {
    throw new LockfileError(file, doc.topLines.get('workspaces'), '"workspaces" must be an object');
  }

  const packagesValue = root['packages'];
  let entries: JsonObject = {};
  if (packagesValue !== undefined) {
    if (!isRecord(packagesValue)) {
      throw new LockfileError(file, doc.topLines.get('packages'), '"packages" must be an object');
    }
    entries = packagesValue;
  }

  const pending: PendingPackage[] = [];
  // From version 2, INFO records `hasInstallScript` whenever a package has one, so its absence means none.
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
    format: 'bun',
    formatVersion,
    packages: pending.map((p) => p.pkg),
    importers: readImporters(file, doc, workspaces, tree),
  };
}

// ---------------------------------------------------------------------------
// Reading the text

/** One pass over the JSONC text: the value tree and the lines of interesting keys. */
function readDocument(file: string, text: string): BunDocument {
  const topLines = new Map<string, number>();
  const workspaceLines = new Map<string, number>();
  const packageLines = new Map<string, number>();
  const parents: (JsonObject | unknown[])[] = [];
  let current: JsonObject | unknown[] | undefined;
  let property: string | null = null;
  let root: unknown;
  let seenRoot = false;
  let topObject: JsonObject | undefined;
  let packagesMap: JsonObject | undefined;
  let workspacesMap: JsonObject | undefined;

  const addValue = (value: unknown): void => {
    if (current === undefined) {
      if (!seenRoot) root = value;
      seenRoot = true;
    } else if (Array.isArray(current)) {
      current.push(value);
    } else if (property === '__proto__') {
      // A plain assignment would replace the object's prototype; keep it an own property.
      Object.defineProperty(current, property, { value, writable: true, enumerable: true, configurable: true });
    } else if (property !== null) {
      current[property] = value;
    }
  };
  const enter = (container: JsonObject | unknown[], line: number): void => {
    if (parents.length >= MAX_DEPTH) {
      throw new LockfileError(file, line + 1, `nesting deeper than ${MAX_DEPTH} levels; not a bun.lock`);
    }
    addValue(container);
    if (current !== undefined) parents.push(current);
    current = container;
    property = null;
  };
  const leave = (): void => {
    current = parents.pop();
    property = null;
  };

  let firstError: { code: ParseErrorCode; line: number } | undefined;
  visit(
    text,
    {
      onObjectBegin: (_offset, _length, line) => {
        const object: JsonObject = {};
        if (current === undefined && !seenRoot) topObject = object;
        else if (current === topObject && topObject !== undefined) {
          if (property === 'packages') {
            packagesMap = object;
            packageLines.clear();
          } else if (property === 'workspaces') {
            workspacesMap = object;
            workspaceLines.clear();
          }
        }
        enter(object, line);
      },
      onObjectProperty: (name, _offset, _length, line) => {
        property = name;
        if (current === undefined) return;
        if (current === packagesMap) {
          if (packageLines.has(name)) {
            throw new LockfileError(file, line + 1, `package key ${quote(name)} appears twice in "packages"`);
          }
          packageLines.set(name, line + 1);
        } else if (current === workspacesMap) {
          workspaceLines.set(name, line + 1);
        } else if (current === topObject) {
          // Two top-level "packages" would let the last, empty one hide the first.
          const first = topLines.get(name);
          if (first !== undefined) {
            throw new LockfileError(
              file,
              line + 1,
              `the key ${quote(name)} appears twice at the top level (first on line ${first}); the file is ambiguous`,
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
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );

  if (firstError) {
    throw new LockfileError(file, firstError.line, `not valid JSONC: ${describeParseError(firstError.code)}`);
  }
  if (!isRecord(root)) throw new LockfileError(file, 1, 'bun.lock must be a JSON object at the top level');
  return { root, topLines, workspaceLines, packageLines };
}

/** A short phrase for a jsonc-parser error code. */
function describeParseError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  const phrases: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'expected a property name',
    ValueExpected: 'expected a value',
    ColonExpected: "expected ':'",
    CommaExpected: "expected ','",
    CloseBraceExpected: "expected '}' (is the file cut short?)",
    CloseBracketExpected: "expected ']' (is the file cut short?)",
    EndOfFileExpected: 'unexpected text after the end of the document',
    InvalidCommentToken: 'invalid comment',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in a string',
  };
  return phrases[name] ?? name;
}

/** lockfileVersion, checked against the versions this parser knows. */
function readVersion(file: string, doc: BunDocument): string {
  const version = doc.root['lockfileVersion'];
  if (version === undefined) throw new LockfileError(file, 1, 'bun.lock has no "lockfileVersion"');
  if (typeof version !== 'number' || !KNOWN_VERSIONS.has(version)) {
    throw new LockfileError(
      file,
      doc.topLines.get('lockfileVersion'),
      `unknown lockfileVersion ${quote(version)}; lockgate reads bun.lock versions 0, 1 and 2`,
    );
  }
  return String(version);
}

// ---------------------------------------------------------------------------
// Package entries

/** Read one entry of `packages`: `key: ["name@resolution", ...]`. */
function readEntry(
  file: string,
  key: string,
  value: unknown,
  line: number,
  recordsInstallScripts: boolean,
): PendingPackage {
  checkIdLength(file, line, key);
  if (!Array.isArray(value)) {
    throw new LockfileError(file, line, `package ${quote(key)} must be an array, not ${describeType(value)}`);
  }
  const head: unknown = value[0];
  if (typeof head !== 'string') {
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

  const pkg: LockedPackage = { id: key, name, version: resolution, source: kind.source, line };
  const installName = lastName(key);
  if (installName !== name && name !== '') pkg.alias = installName;

  // Position of the INFO object and what follows it, per resolution kind.
  let infoIndex = 1;
  switch (kind.kind) {
    case 'npm': {
      const registry: unknown = value[1];
      if (registry !== undefined && typeof registry !== 'string') {
        throw new LockfileError(file, line, `package ${quote(key)}: registry must be a string`);
      }
      if (registry) pkg.resolved = registry;
      infoIndex = 2;
      pkg.integrity = optionalString(file, key, line, value[3], 'integrity');
      break;
    }
    case 'tarball': {
      pkg.resolved = resolution;
      pkg.integrity = optionalString(file, key, line, value[2], 'integrity');
      // A registry tarball URL names the version installed, as npm, pnpm and Yarn write it.
      const tarball = registryTarball(resolution);
      if (tarball && tarball.name === name) {
        pkg.version = tarball.version;
        pkg.source = 'registry';
      }
      break;
    }
    case 'git':
      pkg.resolved = resolution;
      pkg.integrity = optionalString(file, key, line, value[3], 'integrity');
      break;
    default:
      if (kind.path) pkg.resolved = kind.path;
      // bun.lock records no version for a local folder or tarball (the model's "no version")
      if (kind.kind === 'file') pkg.version = '';
      break;
  }
  if (pkg.integrity === undefined) delete pkg.integrity;

  const info: unknown = value[infoIndex];
  if (info !== undefined && !isRecord(info)) {
    throw new LockfileError(
      file,
      line,
      `package ${quote(key)}: expected an object of dependencies, not ${describeType(info)}`,
    );
  }
  const depNames = info ? dependencyNames(file, key, line, info) : [];
  const installScript = info?.['hasInstallScript'];
  if (installScript !== undefined && typeof installScript !== 'boolean') {
    throw new LockfileError(file, line, `package ${quote(key)}: "hasInstallScript" must be a boolean`);
  }
  if (installScript !== undefined || recordsInstallScripts) pkg.hasInstallScript = installScript === true;
  return { pkg, depNames };
}

/** `name@resolution`, where a scoped name's own `@` is not the separator. Null when unreadable. */
function splitNameAndResolution(head: string): { name: string; resolution: string } | null {
  if (head.startsWith('@root:')) return { name: '', resolution: head.slice(1) };
  const at = head.indexOf('@', 1);
  if (at <= 0 || at === head.length - 1) return null;
  const name = head.slice(0, at);
  if (name.startsWith('@') && !name.includes('/')) return null;
  return { name, resolution: head.slice(at + 1) };
}

type Kind =
  | { kind: 'npm'; source: PackageSource }
  | { kind: 'tarball' | 'git'; source: PackageSource }
  | { kind: 'file' | 'link' | 'workspace' | 'root'; source: PackageSource; path: string };

/** An exact semver version, as Bun writes npm resolutions. */
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** What kind of resolution follows the `@`, the way Bun tells them apart. Null when unreadable. */
function classify(resolution: string): Kind | null {
  if (EXACT_VERSION.test(resolution)) return { kind: 'npm', source: 'registry' };
  if (resolution.startsWith('root:')) return { kind: 'root', source: 'workspace', path: '' };
  if (resolution.startsWith('link:')) return { kind: 'link', source: 'link', path: resolution.slice(5) };
  if (resolution.startsWith('workspace:'))
    return { kind: 'workspace', source: 'workspace', path: resolution.slice(10) };
  // A local tarball (Bun 1.2 writes `name@vendor/x-1.0.0.tgz`, no `file:`) is installed from the tree's bytes.
  if (resolution.startsWith('file:'))
    return { kind: 'file', source: isTarballPath(resolution) ? 'file' : 'directory', path: resolution.slice(5) };
  if (isGitReference(resolution)) return { kind: 'git', source: 'git' };
  if (!isHttpUrl(resolution) && isTarballPath(resolution)) return { kind: 'file', source: 'file', path: resolution };
  if (isHttpUrl(resolution) || isTarballPath(resolution)) return { kind: 'tarball', source: 'tarball' };
  return null;
}

/** A string element that may be absent; another type is an error. */
function optionalString(file: string, key: string, line: number, value: unknown, what: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new LockfileError(file, line, `package ${quote(key)}: ${what} must be a string`);
  return value;
}

/** Names listed in the dependency groups of an INFO or workspace object. */
function dependencyNames(file: string, owner: string, line: number | undefined, info: JsonObject): string[] {
  const names: string[] = [];
  for (const group of DEP_GROUPS) {
    const deps = info[group];
    if (deps === undefined) continue;
    if (!isRecord(deps)) {
      throw new LockfileError(file, line, `${quote(owner)}: "${group}" must be an object, not ${describeType(deps)}`);
    }
    for (const name of Object.keys(deps)) names.push(name);
  }
  return names;
}

/** The name a key installs under: its last segment, with the scope when there is one. */
function lastName(key: string): string {
  const slash = key.lastIndexOf('/');
  if (slash === -1) return key;
  const before = key.lastIndexOf('/', slash - 1);
  return key[before + 1] === '@' ? key.slice(before + 1) : key.slice(slash + 1);
}

/** The key of the parent install path (`a/@s/x` → `a`, `a/b` → `a`, `a` → ``). */
function parentKey(key: string): string {
  const name = lastName(key);
  return key.length === name.length ? '' : key.slice(0, key.length - name.length - 1);
}

/**
 * The install paths of `packages`, for Bun's lookup of a dependency `name` from the entry at
 * `from`: nested first (`from/name`), then under each parent of `from`, then at the top.
 * Each entry's chain of parents is built once and each step is one map lookup, so an entry
 * costs its depth per dependency, however long its key.
 */
export class InstallTree {
  /** Install path → names installed directly under it ('' is the top level). */
  private readonly children = new Map<string, Set<string>>();

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const parent = parentKey(key);
      let names = this.children.get(parent);
      if (!names) this.children.set(parent, (names = new Set()));
      names.add(lastName(key));
    }
  }

  /**
   * Where a lookup from `from` looks, nearest first: `from`, each of its parents, then ``, less
   * those with nothing installed under them; and how many levels that was (the walk stops past
   * MAX_INSTALL_DEPTH).
   */
  chain(from: string): { chain: (readonly [string, Set<string>])[]; levels: number } {
    const chain: (readonly [string, Set<string>])[] = [];
    let levels = 0;
    for (let prefix: string | undefined = from; prefix !== undefined && levels <= MAX_INSTALL_DEPTH + 1; levels++) {
      const names = this.children.get(prefix);
      if (names) chain.push([prefix, names]);
      prefix = prefix === '' ? undefined : parentKey(prefix);
    }
    return { chain, levels };
  }

  /** The key `name` resolves to along a chain, if any. */
  static resolve(chain: readonly (readonly [string, Set<string>])[], name: string): string | undefined {
    for (const [prefix, names] of chain) {
      if (names.has(name)) return prefix === '' ? name : `${prefix}/${name}`;
    }
    return undefined;
  }
}

/** Install paths deeper than this are refused: Bun nests a few levels, and each level costs a lookup per dependency. */
export const MAX_INSTALL_DEPTH = 64;

/** Resolve every name from `from`, dropping the unresolvable and the duplicates. */
function resolveAll(
  file: string,
  line: number | undefined,
  tree: InstallTree,
  from: string,
  names: string[],
): string[] {
  const { chain, levels } = tree.chain(from);
  if (levels > MAX_INSTALL_DEPTH + 1) {
    throw new LockfileError(
      file,
      line,
      `the install path ${quote(from, 60)} nests deeper than ${MAX_INSTALL_DEPTH} levels; no package manager writes this`,
    );
  }
  const out = new Set<string>();
  for (const name of names) {
    const id = InstallTree.resolve(chain, name);
    if (id !== undefined && id !== from) out.add(id);
  }
  return [...out];
}

// ---------------------------------------------------------------------------
// Workspaces

/** One importer per `workspaces` entry, its dependencies resolved to package keys. */
function readImporters(file: string, doc: BunDocument, workspaces: JsonObject, tree: InstallTree): Importer[] {
  const importers: Importer[] = [];
  for (const wsPath of Object.keys(workspaces)) {
    const line = doc.workspaceLines.get(wsPath);
    const ws = workspaces[wsPath];
    if (!isRecord(ws)) {
      throw new LockfileError(file, line, `workspace ${quote(wsPath)} must be an object, not ${describeType(ws)}`);
    }
    const wsName = ws['name'];
    if (wsName !== undefined && typeof wsName !== 'string') {
      throw new LockfileError(file, line, `workspace ${quote(wsPath)}: "name" must be a string`);
    }
    const names = dependencyNames(file, wsPath || 'root workspace', line, ws);
    // The root resolves from the top level; a workspace first from its own node_modules (`<name>/<dep>`).
    const from = wsPath === '' || !wsName ? '' : wsName;
    const deps = resolveAll(file, line, tree, from, names);
    importers.push({ path: wsPath === '' ? 'package.json' : `${wsPath.replace(/\/+$/, '')}/package.json`, deps });
  }
  return importers;
}

/** A type name for error messages. */
function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
