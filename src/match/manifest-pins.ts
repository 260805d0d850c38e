/**
 * Exact versions a package.json asks for (pure): what the next `npm install`,
 * `yarn`, `pnpm install` or `bun install` after a merge fetches whatever the
 * lockfile says. These are looked up in the advisories like locked versions,
 * so a pin of a flagged version fails before any lockfile holds it.
 *
 * - `dependencies`, `devDependencies`, `optionalDependencies`,
 *   `peerDependencies`: `"x": "1.2.3"` (also `=1.2.3`, `v1.2.3`) and
 *   `"x": "npm:real@1.2.3"` (the alias target is what is installed).
 * - npm and Bun `overrides`: nested objects, a key `name` or `name@range`, the
 *   value for the package itself under `"."`; `$name` references are the
 *   root's own spec, already read.
 * - yarn and Bun `resolutions`: keys `x`, `**\/x`, `a/x`, `@s/a/@s/x`,
 *   `x@npm:^1`; values `1.2.3`, `npm:1.2.3` (Berry) or `npm:real@1.2.3`.
 * - `pnpm.overrides`: keys `x`, `x@<2`, `a>x`, `a@1>x`; the same keys under
 *   `overrides:` in pnpm-workspace.yaml, where pnpm 10 reads them too
 *   (`workspaceOverridePins`; when both name a key, pnpm 10.34 installs
 *   package.json's, either way both are looked up).
 *
 * Ranges, tags, URLs, git and local specifiers are not pins and are left out.
 */
import semver from 'semver';
import { visit } from 'jsonc-parser';
import { load as loadYaml } from 'js-yaml';
import { isRecord } from '../core/guards.js';

/** One exact version a package.json asks for. */
export interface ManifestPin {
  /** `dependencies`, `devDependencies`, …, `overrides`, `resolutions`, `pnpm.overrides`. */
  field: string;
  /** The key as written (for nested overrides the path, joined by ` > `). */
  key: string;
  /** The registry name that is installed (an alias's target). */
  name: string;
  version: string;
  /** 1-based line of the key in the package.json text. */
  line?: number;
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
/** `(@scope/)name` at the start of a string, and what follows it. */
const NAME = /^((?:@[^/@\s]+\/)?[^/@\s]+)(.*)$/;

/** The exact version a spec pins for `name`, with the real name an `npm:` alias installs, or undefined. */
export function pinOf(name: string, spec: unknown): { name: string; version: string } | undefined {
  if (typeof spec !== 'string') return undefined;
  let real = name;
  let version = spec.trim();
  if (version.startsWith('npm:')) {
    const target = version.slice(4);
    // `npm:1.2.3` (Berry resolutions: the same name) or `npm:real@1.2.3`.
    const alias = semver.valid(target, { loose: true }) ? undefined : NAME.exec(target);
    if (alias) {
      if (!alias[2]!.startsWith('@')) return undefined;
      real = alias[1]!;
      version = alias[2]!.slice(1);
    } else version = target;
  }
  const exact = /^[=v\s]*\d/.test(version) ? semver.valid(version, { loose: true }) : null;
  return exact && real ? { name: real, version: exact } : undefined;
}

/** The package an override or resolution key names: its last package (`a>x` → x, `**\/a/@s/x` → @s/x). */
export function overrideKeyName(key: string): string | undefined {
  const last = key.split('>').pop()!.trim();
  const parts = last.replace(/^(\*\*\/)+/, '').split('/');
  // The last package of a yarn path: `@s/x` counts as one.
  const tail = parts.length > 1 && parts[parts.length - 2]!.startsWith('@') ? parts.slice(-2).join('/') : parts.pop()!;
  const name = NAME.exec(tail)?.[1];
  return name && name !== '.' ? name : undefined;
}

/** Every (field, key path, value) of a package.json's overrides and resolutions, nested npm overrides flattened. */
export function overrideEntries(doc: Record<string, unknown>): { field: string; path: string[]; spec: unknown }[] {
  const out: { field: string; path: string[]; spec: unknown }[] = [];
  const walk = (field: string, value: unknown, at: string[]) => {
    if (!isRecord(value)) return;
    for (const [key, spec] of Object.entries(value)) {
      if (isRecord(spec) && field === 'overrides') walk(field, spec, [...at, key]);
      else out.push({ field, path: [...at, key], spec });
    }
  };
  walk('overrides', doc.overrides, []);
  walk('resolutions', doc.resolutions, []);
  if (isRecord(doc.pnpm)) walk('pnpm.overrides', doc.pnpm.overrides, []);
  return out;
}

/** The names a package.json's overrides and resolutions set a version for. */
export function overriddenNames(doc: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  for (const entry of overrideEntries(doc)) {
    const name = targetOf(entry.path);
    if (name) names.add(name);
  }
  return names;
}

/** The package an override path sets: its last key, or for `"."` the key above it. */
function targetOf(path: readonly string[]): string | undefined {
  const last = path[path.length - 1]!;
  return last === '.' ? (path.length > 1 ? overrideKeyName(path[path.length - 2]!) : undefined) : overrideKeyName(last);
}

/** The exact versions a package.json text asks for (see the file's comment); not JSON or not an object: none. */
export function manifestPins(text: string): ManifestPin[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (!isRecord(doc)) return [];
  const lines = keyLines(text);
  const out: ManifestPin[] = [];
  const add = (field: string, path: string[], name: string | undefined, spec: unknown) => {
    const pin = name === undefined ? undefined : pinOf(name, spec);
    if (!pin) return;
    const at = [...field.split('.'), ...path].join('\0');
    out.push({ field, key: path.join(' > '), ...pin, ...(lines.has(at) ? { line: lines.get(at)! } : {}) });
  };
  for (const field of DEPENDENCY_FIELDS) {
    const deps = doc[field];
    if (isRecord(deps)) for (const [name, spec] of Object.entries(deps)) add(field, [name], name, spec);
  }
  for (const entry of overrideEntries(doc)) add(entry.field, entry.path, targetOf(entry.path), entry.spec);
  return out;
}

/** Line of every object key, by its path joined with NUL (a key written twice: the last, as JSON.parse keeps). */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  visit(text, {
    onObjectProperty(property, _offset, _length, startLine, _startCharacter, pathSupplier) {
      const at = [...pathSupplier().map(String), property].join('\0');
      lines.set(at, startLine + 1);
    },
  });
  return lines;
}

/**
 * The exact versions pnpm-workspace.yaml's `overrides:` asks for (pnpm 10), with the line of
 * each key; not YAML or no `overrides` map: none.
 */
export function workspaceOverridePins(text: string): ManifestPin[] {
  let doc: unknown;
  try {
    doc = loadYaml(text);
  } catch {
    return [];
  }
  if (!isRecord(doc) || !isRecord(doc.overrides)) return [];
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^overrides\s*:/.test(l));
  const out: ManifestPin[] = [];
  for (const [key, spec] of Object.entries(doc.overrides)) {
    const name = overrideKeyName(key);
    const pin = name === undefined ? undefined : pinOf(name, typeof spec === 'number' ? String(spec) : spec);
    if (!pin) continue;
    const at = start < 0 ? -1 : lines.findIndex((l, i) => i > start && keyOnLine(l) === key);
    out.push({ field: 'overrides', key, ...pin, ...(at >= 0 ? { line: at + 1 } : {}) });
  }
  return out;
}

/** The key an indented YAML mapping line starts with (quotes removed), or undefined. */
function keyOnLine(line: string): string | undefined {
  const m = /^\s+(?:'([^']*)'|"([^"]*)"|([^\s'"#][^:#]*?))\s*:(?:\s|$)/.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
