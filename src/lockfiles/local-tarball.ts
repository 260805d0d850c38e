/**
 * Where a lockfile entry's `file:` tarball lies in the repository (pure). Each
 * package manager writes the path relative to the folder its lockfile serves:
 *
 * - npm `resolved: "file:vendor/x-1.0.0.tgz"`, pnpm `tarball: file:vendor/x-1.0.0.tgz`,
 *   yarn classic `resolved "file:vendor/x-1.0.0.tgz#<sha1>"`;
 * - Yarn Berry `x@file:vendor/x-1.0.0.tgz#vendor/x-1.0.0.tgz::hash=…&locator=app%40workspace%3A.`:
 *   the path after `#`, relative to the workspace the locator names;
 * - bun.lock `x@vendor/x-1.0.0.tgz` (Bun 1.2 writes no `file:`).
 */
import path from 'node:path';
import type { LockedPackage, Lockfile } from '../core/model.js';
import { isTarballPath } from '../core/source.js';

/** The repository-relative path of the entry's tarball; `outside` when it climbs out of the repository; undefined when the entry is no local tarball. */
export function localTarballPath(
  lockfile: Lockfile,
  pkg: LockedPackage,
): { path: string } | { outside: string } | undefined {
  if (pkg.source !== 'file' || pkg.resolved === undefined) return undefined;
  let ref = pkg.resolved.replace(/^file:/, '');
  let folder = '.';
  if (lockfile.format === 'yarn-berry') {
    const hash = ref.indexOf('#');
    const [target, params = ''] = (hash === -1 ? ref : ref.slice(hash + 1)).split('::');
    ref = target ?? '';
    const locator = new URLSearchParams(params).get('locator') ?? '';
    const workspace = /@workspace:(.*)$/.exec(locator);
    if (workspace) folder = workspace[1] || '.';
  } else ref = ref.split('#')[0] ?? '';
  if (!isTarballPath(ref)) return undefined;
  const from = path.posix.dirname(lockfile.path);
  if (ref.startsWith('/') || /^[a-z]:[\\/]/i.test(ref)) return { outside: ref };
  const joined = path.posix.normalize(path.posix.join(from, folder, ref.replaceAll('\\', '/')));
  if (joined === '..' || joined.startsWith('../') || joined.startsWith('/')) return { outside: ref };
  return { path: joined };
}
