/**
 * The package managers' own config, read as data (pure). Where packages come
 * from, how they are checked and what code runs at install is decided here as
 * much as in the lockfile: `.npmrc` `registry=` or `.yarnrc.yml`
 * `npmRegistryServer` makes npm, pnpm and yarn download another tarball for an
 * unchanged name@version, `checksumBehavior: ignore` turns Yarn's check off,
 * `yarnPath`, `plugins` and `.pnpmfile.cjs` run the pull request's code on
 * every install. None of these files is ever run; each is parsed with the
 * parser its package manager uses (`ini` for .npmrc as npm and pnpm do, YAML
 * for .yarnrc.yml and pnpm-workspace.yaml, TOML for bunfig.toml, JSON for
 * package.json), and only the settings below are kept (never auth tokens).
 *
 * | setting (file)                                          | class   | a change is                              |
 * |---------------------------------------------------------|---------|------------------------------------------|
 * | registry, @scope:registry, replace-registry-host, proxy | source  | fail                                     |
 * |   (.npmrc, .yarnrc), npmRegistryServer, npmScopes       |         |                                          |
 * |   (.yarnrc.yml), install.registry/scopes (bunfig.toml), |         |                                          |
 * |   registry/registries (pnpm-workspace.yaml)             |         |                                          |
 * | strict-ssl, ca, cafile, checksumBehavior,               | verify  | fail when it weakens the check, else note|
 * |   unsafeHttpWhitelist, verify-store-integrity, lockfile |         |                                          |
 * | yarnPath, yarn-path, plugins, .pnpmfile.cjs, pnpmfile,  | code    | fail when added or changed; note removed |
 * |   node-options, script-shell, git, configDependencies   |         |                                          |
 * | ignore-scripts                                          | code    | fail when scripts are turned back on     |
 * | onlyBuiltDependencies, trustedDependencies, ...         | builds  | warning when a package is allowed        |
 * | packageManager (package.json)                           | manager | fail on a URL or another manager; note   |
 * |                                                         |         | on a version of the same one             |
 */
import { createHash } from 'node:crypto';
// A CommonJS module: Node's ESM loader (scripts/run-ts.mjs runs src unbundled) sees no named `parse`,
// vitest and esbuild give it as a named export: take it wherever it is.
import * as yarnLockfileModule from '@yarnpkg/lockfile';

const yarnLockfile = (
  'parse' in yarnLockfileModule
    ? yarnLockfileModule
    : (yarnLockfileModule as unknown as { default: typeof yarnLockfileModule }).default
) as typeof yarnLockfileModule;
import { parseSyml } from '@yarnpkg/parsers';
import { parse as parseIni } from 'ini';
import { load as loadYaml } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { plain } from '../core/escape.js';
import { isRecord } from '../core/guards.js';
import { urlHost } from '../core/source.js';

/** The config files read, by base name. */
export type ConfigFileKind =
  'npmrc' | 'yarnrc' | 'yarnrc-yml' | 'bunfig' | 'pnpmfile' | 'pnpm-workspace' | 'package-json';

const FILE_KINDS: Readonly<Record<string, ConfigFileKind>> = {
  '.npmrc': 'npmrc',
  '.yarnrc': 'yarnrc',
  '.yarnrc.yml': 'yarnrc-yml',
  'bunfig.toml': 'bunfig',
  '.pnpmfile.cjs': 'pnpmfile',
  '.pnpmfile.mjs': 'pnpmfile',
  'pnpm-workspace.yaml': 'pnpm-workspace',
  'package.json': 'package-json',
};

/** The kind of package-manager config a path is, by its base name (undefined: not one). */
export function configFileKind(file: string): ConfigFileKind | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return Object.hasOwn(FILE_KINDS, base) ? FILE_KINDS[base] : undefined;
}

/** How a setting's change is judged (see the table at the top). */
export type SettingClass = 'source' | 'verify' | 'code' | 'scripts' | 'builds' | 'manager';

/** One setting as a file states it. */
export interface Setting {
  /** The key as the package manager names it (`registry`, `@acme:registry`, `npmScopes.acme.npmRegistryServer`). */
  key: string;
  /** The value, as one string (lists and tables as JSON); never a credential. */
  value: string;
  class: SettingClass;
  /** 1-based line where the key is written, when it can be found. */
  line?: number;
}

/** A config file's text that cannot be read as its package manager reads it. */
export class ConfigFileError extends Error {
  constructor(
    readonly line: number | undefined,
    reason: string,
  ) {
    super(reason);
  }
}

/** The settings of one config file that the policy judges. Throws ConfigFileError for text its manager cannot read. */
export function readSettings(kind: ConfigFileKind, text: string): Setting[] {
  const settings = READERS[kind](text);
  for (const s of settings) s.line ??= lineOf(text, s.key.slice(s.key.lastIndexOf('.') + 1));
  return settings;
}

const READERS: Record<ConfigFileKind, (text: string) => Setting[]> = {
  npmrc: (text) => npmrcSettings(parseIni(text)),
  yarnrc: (text) => yarnrcSettings(yarnrcRecord(text)),
  'yarnrc-yml': (text) => yarnrcYmlSettings(symlRecord(text)),
  bunfig: (text) => bunfigSettings(tomlRecord(text)),
  // Its code runs on every pnpm install: its whole text is the setting.
  pnpmfile: (text) => [
    { key: '.pnpmfile', value: `sha256 ${createHash('sha256').update(text).digest('hex')}`, class: 'code', line: 1 },
  ],
  'pnpm-workspace': (text) => pnpmWorkspaceSettings(yamlRecord(text)),
  'package-json': (text) => packageJsonSettings(jsonRecord(text)),
};

/** npm and pnpm .npmrc keys that decide where packages come from, how they are checked and what runs. */
const NPMRC_KEYS: Readonly<Record<string, SettingClass>> = {
  registry: 'source',
  'replace-registry-host': 'source',
  proxy: 'source',
  'https-proxy': 'source',
  'http-proxy': 'source',
  'strict-ssl': 'verify',
  ca: 'verify',
  cafile: 'verify',
  'package-lock': 'verify',
  lockfile: 'verify',
  'verify-store-integrity': 'verify',
  'node-options': 'code',
  'script-shell': 'code',
  git: 'code',
  pnpmfile: 'code',
  'global-pnpmfile': 'code',
  'onload-script': 'code',
  userconfig: 'code',
  globalconfig: 'code',
  'dangerously-allow-all-builds': 'code',
  'ignore-scripts': 'scripts',
  'only-built-dependencies': 'builds',
};

function npmrcSettings(ini: Record<string, unknown>): Setting[] {
  const out: Setting[] = [];
  // npm reads top-level keys only; a `[section]` is not config. Keys are compared in lower case.
  for (const [rawKey, value] of Object.entries(ini)) {
    if (isRecord(value)) continue;
    const key = rawKey.toLowerCase().replace(/\[\]$/, '');
    const cls = NPMRC_KEYS[key] ?? (/^@[^:]+:registry$/.test(key) ? 'source' : undefined);
    if (cls) out.push({ key, value: stringOf(value), class: cls });
  }
  return out;
}

/**
 * Yarn 1's .yarnrc, read with Yarn 1's own parser (the yarn.lock grammar).
 * `--install.registry` style keys are flags for one command (or `--*.` for
 * all), which count as settings too.
 */
function yarnrcSettings(doc: Record<string, unknown>): Setting[] {
  const out: Setting[] = [];
  for (const [rawKey, value] of Object.entries(doc)) {
    const key = rawKey.toLowerCase().replace(/^--(?:[\w*-]+\.)?/, '');
    const cls = YARNRC_KEYS[key] ?? (/^@[^:]+:registry$/.test(key) ? 'source' : undefined);
    if (cls) out.push({ key, value: stringOf(value), class: cls });
  }
  return out;
}

const YARNRC_KEYS: Readonly<Record<string, SettingClass>> = {
  registry: 'source',
  proxy: 'source',
  'https-proxy': 'source',
  'yarn-offline-mirror': 'source',
  'strict-ssl': 'verify',
  ca: 'verify',
  cafile: 'verify',
  'yarn-path': 'code',
  'ignore-scripts': 'scripts',
};

/** Yarn Berry's .yarnrc.yml keys (camelCase, as Yarn names them). */
const YARNRC_YML_KEYS: Readonly<Record<string, SettingClass>> = {
  npmRegistryServer: 'source',
  httpProxy: 'source',
  httpsProxy: 'source',
  checksumBehavior: 'verify',
  unsafeHttpWhitelist: 'verify',
  enableStrictSsl: 'verify',
  caFilePath: 'verify',
  httpsCaFilePath: 'verify',
  yarnPath: 'code',
  plugins: 'code',
  enableScripts: 'scripts',
};

function yarnrcYmlSettings(doc: Record<string, unknown>): Setting[] {
  const out = pick(doc, YARNRC_YML_KEYS);
  const scopes = doc.npmScopes;
  if (isRecord(scopes)) {
    for (const [scope, conf] of Object.entries(scopes)) {
      if (isRecord(conf) && conf.npmRegistryServer !== undefined)
        out.push({
          key: `npmScopes.${scope}.npmRegistryServer`,
          value: stringOf(conf.npmRegistryServer),
          class: 'source',
        });
    }
  }
  return out;
}

/** pnpm-workspace.yaml settings (pnpm 10 reads most settings there). */
const PNPM_WORKSPACE_KEYS: Readonly<Record<string, SettingClass>> = {
  registry: 'source',
  registries: 'source',
  httpProxy: 'source',
  httpsProxy: 'source',
  strictSsl: 'verify',
  ca: 'verify',
  cafile: 'verify',
  verifyStoreIntegrity: 'verify',
  pnpmfile: 'code',
  globalPnpmfile: 'code',
  configDependencies: 'code',
  dangerouslyAllowAllBuilds: 'code',
  nodeOptions: 'code',
  scriptShell: 'code',
  ignoreScripts: 'scripts',
  onlyBuiltDependencies: 'builds',
  allowBuilds: 'builds',
};

function pnpmWorkspaceSettings(doc: Record<string, unknown>): Setting[] {
  return pick(doc, PNPM_WORKSPACE_KEYS);
}

function bunfigSettings(doc: Record<string, unknown>): Setting[] {
  const install = doc.install;
  if (!isRecord(install)) return [];
  const out: Setting[] = [];
  // A registry is a URL string or a table `{ url, token }`: only the URL is kept.
  if (install.registry !== undefined)
    out.push({ key: 'install.registry', value: registryUrlOf(install.registry), class: 'source' });
  if (isRecord(install.scopes)) {
    for (const [scope, conf] of Object.entries(install.scopes))
      out.push({ key: `install.scopes.${scope}`, value: registryUrlOf(conf), class: 'source' });
  }
  for (const key of ['cafile', 'ca'] as const)
    if (install[key] !== undefined) out.push({ key: `install.${key}`, value: stringOf(install[key]), class: 'verify' });
  return out;
}

function packageJsonSettings(doc: Record<string, unknown>): Setting[] {
  const out: Setting[] = [];
  if (doc.packageManager !== undefined)
    out.push({ key: 'packageManager', value: stringOf(doc.packageManager), class: 'manager' });
  if (doc.trustedDependencies !== undefined)
    out.push({ key: 'trustedDependencies', value: stringOf(doc.trustedDependencies), class: 'builds' });
  const pnpm = doc.pnpm;
  if (isRecord(pnpm)) {
    for (const key of ['onlyBuiltDependencies', 'neverBuiltDependencies'])
      if (pnpm[key] !== undefined) out.push({ key: `pnpm.${key}`, value: stringOf(pnpm[key]), class: 'builds' });
    if (pnpm.configDependencies !== undefined)
      out.push({ key: 'pnpm.configDependencies', value: stringOf(pnpm.configDependencies), class: 'code' });
  }
  return out;
}

function pick(doc: Record<string, unknown>, keys: Readonly<Record<string, SettingClass>>): Setting[] {
  const out: Setting[] = [];
  for (const [key, cls] of Object.entries(keys))
    if (Object.hasOwn(doc, key) && doc[key] !== undefined && doc[key] !== null)
      out.push({ key, value: stringOf(doc[key]), class: cls });
  return out;
}

// ---------------------------------------------------------------------------
// Judging a change

/** What a change of one setting comes to. */
export interface ConfigChange {
  /** Path of the config file (repository-relative). */
  file: string;
  line?: number;
  key: string;
  /** The value in base and head, bounded and with credentials removed (absent: not set). */
  from?: string;
  to?: string;
  level: 'fail' | 'warning' | 'note';
  /** One sentence, safe to print. */
  problem: string;
}

/** The settings of one config file on each side (undefined: the file is absent on that side). */
export interface ConfigFilePair {
  file: string;
  base?: Setting[] | undefined;
  head?: Setting[] | undefined;
}

/** Every setting change between base and head, judged. Unchanged settings say nothing. */
export function judgeConfigChanges(pairs: readonly ConfigFilePair[]): ConfigChange[] {
  const out: ConfigChange[] = [];
  for (const pair of pairs) {
    const before = new Map((pair.base ?? []).map((s) => [s.key, s]));
    const after = new Map((pair.head ?? []).map((s) => [s.key, s]));
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const b = before.get(key);
      const h = after.get(key);
      if (b?.value === h?.value) continue;
      const cls = (h ?? b)!.class;
      const judged = RULES[cls](key, b?.value, h?.value);
      if (!judged) continue;
      const line = h?.line ?? undefined;
      out.push({
        file: pair.file,
        ...(line ? { line } : {}),
        key,
        ...(b ? { from: shown(b.value) } : {}),
        ...(h ? { to: shown(h.value) } : {}),
        level: judged.level,
        problem: `${plain(pair.file)}: ${judged.sentence(plain(key, 120), b && shown(b.value), h && shown(h.value))}`,
      });
    }
  }
  return out;
}

type Sentence = (key: string, from: string | undefined, to: string | undefined) => string;
type Rule = (
  key: string,
  from: string | undefined,
  to: string | undefined,
) => { level: ConfigChange['level']; sentence: Sentence } | undefined;

const change: Sentence = (key, from, to) =>
  from === undefined
    ? `sets ${key} to ${to}`
    : to === undefined
      ? `removes ${key} (was ${from})`
      : `changes ${key} from ${from} to ${to}`;

const RULES: Record<SettingClass, Rule> = {
  source: (_key, from, to) => {
    if (from !== undefined && to !== undefined && sameUrl(from, to)) return undefined;
    return {
      level: 'fail',
      sentence: (k, f, t) =>
        `${change(k, f, t)}. This changes where the package manager downloads packages from, for versions the lockfile does not change too; review the registry before merging.`,
    };
  },
  verify: (key, from, to) => {
    if (!weakens(key, from, to)) return { level: 'note', sentence: (k, f, t) => `${change(k, f, t)}.` };
    return {
      level: 'fail',
      sentence: (k, f, t) =>
        `${change(k, f, t)}. This weakens how the package manager checks what it downloads (integrity, TLS or the lockfile itself).`,
    };
  },
  code: (_key, _from, to) => {
    if (to === undefined) return { level: 'note', sentence: (k, f, t) => `${change(k, f, t)}.` };
    return {
      level: 'fail',
      sentence: (k, f, t) =>
        `${k === '.pnpmfile' ? (f === undefined ? 'adds a pnpmfile' : 'changes the pnpmfile') : change(k, f, t)}. This is code or a program the package manager runs on every install, from this pull request; review it before merging.`,
    };
  },
  scripts: (_key, from, to) => {
    const off = (v: string | undefined) => v === 'true';
    if (off(from) && !off(to))
      return {
        level: 'fail',
        sentence: (k, f, t) => `${change(k, f, t)}. Install scripts of every package run again on install.`,
      };
    return { level: 'note', sentence: (k, f, t) => `${change(k, f, t)}.` };
  },
  builds: (_key, from, to) => {
    const added = listOf(to).filter((v) => !listOf(from).includes(v));
    if (!added.length) return undefined;
    return {
      level: 'warning',
      sentence: (k) =>
        `${k} now lets ${added
          .slice(0, 5)
          .map((v) => plain(v, 80))
          .join(', ')}${added.length > 5 ? ` and ${added.length - 5} more` : ''} run install scripts.`,
    };
  },
  manager: (_key, from, to) => managerRule(from, to),
};

/** `pnpm@10.32.1+sha512.…` → its parts, or undefined when it is not `name@semver` (a URL, a tag, garbage). */
export function parsePackageManager(value: string): { name: string; version: string; hash?: string } | undefined {
  const m = /^(npm|pnpm|yarn|bun)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:\+([\w.+/=-]+))?$/.exec(value.trim());
  return m ? { name: m[1]!, version: m[2]!, ...(m[3] ? { hash: m[3] } : {}) } : undefined;
}

function managerRule(from: string | undefined, to: string | undefined): ReturnType<Rule> {
  if (to === undefined) return { level: 'note', sentence: (k, f, t) => `${change(k, f, t)}.` };
  const after = parsePackageManager(to);
  if (!after)
    return {
      level: 'fail',
      sentence: (k, f, t) =>
        `${change(k, f, t)}. Corepack downloads and runs that package manager, and this is not a released version from the registry (a URL or an unknown name).`,
    };
  const before = from === undefined ? undefined : parsePackageManager(from);
  if (before && before.name !== after.name)
    return {
      level: 'fail',
      sentence: (k, f, t) =>
        `${change(k, f, t)}: another package manager now installs from this repository, reading other lockfiles and config; regenerate and review its lockfile.`,
    };
  return {
    level: 'note',
    sentence: (k, f, t) => `${change(k, f, t)} (a release of the same package manager from the registry).`,
  };
}

/** Does going from `from` to `to` weaken a verification setting? */
function weakens(key: string, from: string | undefined, to: string | undefined): boolean {
  const base = key.slice(key.lastIndexOf('.') + 1);
  switch (base) {
    case 'strict-ssl':
    case 'enableStrictSsl':
    case 'strictSsl':
    case 'package-lock':
    case 'lockfile':
    case 'verify-store-integrity':
    case 'verifyStoreIntegrity':
      return to === 'false';
    case 'checksumBehavior':
      return to !== undefined && to !== 'throw';
    case 'unsafeHttpWhitelist':
      return listOf(to).some((h) => !listOf(from).includes(h));
    default:
      // A certificate authority (ca, cafile, caFilePath) added or changed can vouch for any host.
      return to !== undefined;
  }
}

// ---------------------------------------------------------------------------
// The registries a config names (the source policy's "configured" hosts)

/** Hosts of the registries these settings name: default registry, scope registries, proxies excluded. */
export function registryHosts(settings: readonly Setting[]): string[] {
  const hosts = new Set<string>();
  for (const s of settings) {
    if (s.class !== 'source' || /proxy|mirror/i.test(s.key)) continue;
    for (const url of s.key === 'registries' ? Object.values(safeJson(s.value)) : [s.value]) {
      const host = typeof url === 'string' ? urlHost(url) : undefined;
      if (host) hosts.add(host);
    }
  }
  return [...hosts];
}

/** `@acme` → host, from `@acme:registry`, `npmScopes.acme.npmRegistryServer` and `install.scopes.acme`. */
export function scopeRegistryHosts(settings: readonly Setting[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of settings) {
    const scope =
      /^(@[^:]+):registry$/.exec(s.key)?.[1] ??
      /^npmScopes\.([^.]+)\.npmRegistryServer$/.exec(s.key)?.[1] ??
      /^install\.scopes\.(.+)$/.exec(s.key)?.[1];
    const host = scope === undefined ? undefined : urlHost(s.value);
    if (scope !== undefined && host) out.set(`@${scope.replace(/^@/, '').toLowerCase()}`, host);
  }
  return out;
}

// ---------------------------------------------------------------------------
// helpers

function yamlRecord(text: string): Record<string, unknown> {
  let doc: unknown;
  try {
    // As pnpm reads it (read-yaml-file: js-yaml's default schema; a duplicate key is an error).
    doc = loadYaml(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ConfigFileError(
      mark?.line !== undefined ? mark.line + 1 : undefined,
      `not valid YAML (${firstLine(error)})`,
    );
  }
  if (doc === undefined || doc === null) return {};
  if (!isRecord(doc)) throw new ConfigFileError(1, 'its top level is not a mapping of settings');
  return doc;
}

function yarnrcRecord(text: string): Record<string, unknown> {
  try {
    const parsed = yarnLockfile.parse(text) as { object?: unknown };
    return isRecord(parsed.object) ? parsed.object : {};
  } catch (error) {
    throw new ConfigFileError(undefined, `not readable by Yarn 1 (${firstLine(error)})`);
  }
}

/** Yarn Berry's own reader of .yarnrc.yml (its syml: YAML, duplicate keys allowed, last one wins). */
function symlRecord(text: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = parseSyml(text);
  } catch (error) {
    throw new ConfigFileError(undefined, `not readable by Yarn (${firstLine(error)})`);
  }
  if (!isRecord(doc)) throw new ConfigFileError(1, 'its top level is not a mapping of settings');
  return doc;
}

function tomlRecord(text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { line?: number }).line;
    throw new ConfigFileError(typeof line === 'number' ? line : undefined, `not valid TOML (${firstLine(error)})`);
  }
}

function jsonRecord(text: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigFileError(undefined, `not valid JSON (${firstLine(error)})`);
  }
  if (!isRecord(doc)) throw new ConfigFileError(1, 'its top level is not an object');
  return doc;
}

function firstLine(error: unknown): string {
  return plain(String(error instanceof Error ? error.message : error).split('\n')[0]!, 160);
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function registryUrlOf(value: unknown): string {
  if (isRecord(value)) return typeof value.url === 'string' ? value.url : '';
  return typeof value === 'string' ? value : stringOf(value);
}

function listOf(value: string | undefined): string[] {
  if (value === undefined) return [];
  const parsed = safeJson(value);
  if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  if (isRecord(parsed)) return Object.keys(parsed);
  return [value];
}

function safeJson(text: string): Record<string, unknown> | unknown[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) || isRecord(v) ? v : {};
  } catch {
    return {};
  }
}

/** Two registry URLs that only differ in letter case of scheme and host or a trailing slash. */
function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const p = new URL(u);
      return `${p.protocol}//${p.host}${p.pathname.replace(/\/+$/, '')}${p.search}`;
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

/** A value as it may be shown: credentials in URLs removed, bounded, hidden characters made visible. */
function shown(value: string): string {
  return plain(value.replace(/(\w+:\/\/)[^/@\s]*@/g, '$1***@'), 160);
}

function lineOf(text: string, key: string): number | undefined {
  if (!key) return undefined;
  const index = text.split(/\r?\n/).findIndex((l) => l.includes(key));
  return index === -1 ? undefined : index + 1;
}
