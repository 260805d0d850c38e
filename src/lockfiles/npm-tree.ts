/**
 * What both npm readers share: install paths (`node_modules/a/node_modules/b`),
 * node's module resolution over them, and the fields of one entry (version,
 * alias, source) read with an error naming the entry for anything unexpected.
 */
import type { LockfileNote, PackageSource } from '../core/model.js';
import { LockfileError, quote } from '../core/errors.js';
import { checkIdLength, MAX_INSTALL_PATH_LENGTH } from './text.js';
import { isGitReference, isHttpUrl, registryTarball } from '../core/source.js';

export type JsonRecord = Record<string, unknown>;

/** What every reader needs: the file, its text, and notes about entries kept with less than usual. */
export interface Context {
  file: string;
  text: string;
  notes: LockfileNote[];
}

/**
 * Is this `packages` key an install path (a package name under some `node_modules/`)
 * rather than a project folder? npm (arborist's Node) installs an entry only at
 * `<folder>/node_modules/<name>`; any other key, also one under a `node_modules/`
 * (`node_modules/.pnpm/is-odd@3.0.1`, the folders npm 10 and 11 write when they read
 * a node_modules that pnpm installed), is a folder of the project for which npm
 * fetches nothing, whatever `resolved` it carries (measured with npm 11.19.1:
 * test/fixtures/tools/npm11-pnpm-layout).
 */
export function isInstallPath(key: string): boolean {
  // A name is read only after a `node_modules/` that starts the key or follows a `/`.
  return nameFromInstallPath(key) !== undefined;
}

/** The name a package is installed under: what follows the last `node_modules/` of its path. */
export function nameFromInstallPath(key: string): string | undefined {
  const cut = key.lastIndexOf('node_modules/');
  if (cut === -1) return undefined;
  if (cut > 0 && key[cut - 1] !== '/') return undefined;
  const name = key.slice(cut + 'node_modules/'.length);
  const slash = name.indexOf('/');
  if (name === '' || name.startsWith('.')) return undefined;
  if (name.startsWith('@'))
    return slash > 1 && slash < name.length - 1 && name.indexOf('/', slash + 1) === -1 ? name : undefined;
  return slash === -1 ? name : undefined;
}

/** Refuse an install path over npm's limit, naming its line (one limit function for every format: text.ts). */
export function checkInstallPath(ctx: Context, id: string, line: number): void {
  checkIdLength(ctx.file, line, id, MAX_INSTALL_PATH_LENGTH, 'install path');
}

export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

/** `npm:real@1.2.3` (an alias) → name `real`, version `1.2.3`. */
export function parseAliasSpec(
  ctx: Context,
  spec: string,
  id: string,
  line: number,
): { name: string; version: string } {
  const body = spec.slice('npm:'.length);
  const at = body.lastIndexOf('@');
  if (at <= 0 || at === body.length - 1) {
    throw new LockfileError(
      ctx.file,
      line,
      `entry ${quote(id)} has an alias version ${quote(spec)} that is not npm:name@version`,
    );
  }
  return { name: body.slice(0, at), version: body.slice(at + 1) };
}

const SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * Where an installed package comes from, by its `resolved` (or, when absent, its
 * `version`): git, a registry tarball (`…/name/-/name-1.2.3.tgz` on any host),
 * another http(s) tarball, a `file:` tarball or folder, or a bare semver
 * version (a registry package without `resolved`, e.g. bundled).
 */
export function sourceOf(
  ctx: Context,
  resolved: string | undefined,
  version: string,
  id: string,
  line: number,
): PackageSource {
  // The common case first: a registry package without `resolved` (a plain version is never a git reference).
  if (resolved === undefined && SEMVER.test(version)) return 'registry';
  const ref = resolved ?? version;
  if (isGitReference(ref)) return 'git';
  // A `file:` tarball is installed from the repository's bytes (the model's `file`), never downloaded.
  if (ref.startsWith('file:')) return 'file';
  if (isHttpUrl(ref)) return registryTarball(ref) ? 'registry' : 'tarball';
  if (resolved === undefined) {
    if (SEMVER.test(version) || version.startsWith('npm:')) return 'registry';
    throw new LockfileError(
      ctx.file,
      line,
      `entry ${quote(id)} has version ${quote(version)}, which is neither a version nor a source`,
    );
  }
  // A path without `file:` (npm writes these for some local folders).
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref) ? 'tarball' : 'file';
}

/**
 * Is `resolved` exactly the public registry's tarball URL of `name`@`version` (a plain
 * semver)? Such a URL is a registry source without reading it apart: what sourceOf
 * would find at the cost of a URL parse per entry.
 */
export function isPublicTarballOf(resolved: string, name: string, version: string): boolean {
  // Compared piece by piece in place: building the URL to compare costs a string per entry.
  const base = name.lastIndexOf('/') + 1;
  const baseLength = name.length - base;
  if (resolved.length !== PUBLIC_TARBALL_LENGTH + name.length + baseLength + version.length) return false;
  let at = PUBLIC_REGISTRY.length;
  if (!resolved.startsWith(PUBLIC_REGISTRY) || !resolved.startsWith(name, at)) return false;
  at += name.length;
  if (!resolved.startsWith('/-/', at)) return false;
  at += 3;
  for (let i = 0; i < baseLength; i++) if (resolved.charCodeAt(at + i) !== name.charCodeAt(base + i)) return false;
  at += baseLength;
  return (
    resolved.charCodeAt(at) === 0x2d &&
    resolved.startsWith(version, at + 1) &&
    resolved.endsWith('.tgz') &&
    SEMVER.test(version)
  );
}

const PUBLIC_REGISTRY = 'https://registry.npmjs.org/';
/** The characters of `https://registry.npmjs.org/` + `/-/` + `-` + `.tgz`. */
const PUBLIC_TARBALL_LENGTH = PUBLIC_REGISTRY.length + '/-/'.length + '-'.length + '.tgz'.length;

/**
 * An installed entry without a `version` (npm leaves it out for a git or
 * tarball dependency whose package.json has none, and for extraneous
 * packages). Kept rather than losing the rest of the file: a registry tarball
 * URL gives the version it installs; otherwise the version stays empty, the
 * source comes from `resolved`, and a note says so.
 */
export function versionless(
  ctx: Context,
  resolved: string | undefined,
  id: string,
  line: number,
): { version: string; source: PackageSource } {
  const tarball = resolved === undefined ? undefined : registryTarball(resolved);
  if (tarball) return { version: tarball.version, source: 'registry' };
  ctx.notes.push({
    line,
    message: `entry ${quote(id, 100)} has no "version"${resolved === undefined ? ' and no "resolved"' : ''}; it is kept without a version and compared by its source`,
  });
  return { version: '', source: resolved === undefined ? 'registry' : sourceOf(ctx, resolved, '', id, line) };
}

/** A string field, undefined when absent; any other type is an error naming the entry. */
export function optionalString(
  ctx: Context,
  entry: JsonRecord,
  field: string,
  id: string,
  line: number,
): string | undefined {
  const value = entry[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new LockfileError(
      ctx.file,
      line,
      `"${field}" of entry ${quote(id)} is ${describe(value)}, expected a string`,
    );
  }
  return value;
}

/**
 * `resolved`: a string, or `false`, which npm 6 wrote for bundled dependencies
 * (they come inside their parent's tarball, from nowhere of their own).
 */
export function optionalResolved(ctx: Context, entry: JsonRecord, id: string, line: number): string | undefined {
  return entry['resolved'] === false ? undefined : optionalString(ctx, entry, 'resolved', id, line);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${quote(value, 40)})`;
}
