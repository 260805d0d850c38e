/**
 * Where the registry's documents are kept under `--cache-dir` (input
 * `cache-dir`): `<dir>/registry/`. A stored document is read back as the
 * registry's answer once the registry confirms its ETag, which anyone can
 * learn, so the directory must be one a pull request cannot write: never
 * inside the checked tree, where a change could commit a forged "cache".
 * (Tarballs, in `<dir>/tarballs/`, are checked against their integrity and
 * may stay anywhere.) A leading `~/` is the home directory, as `actions/cache`
 * reads its `path`.
 */
import os from 'node:os';
import path from 'node:path';
import { isInside } from '../core/paths.js';

/** The cache directory as an absolute path: `~/` is the home directory, anything else relative to `cwd`. */
export function cacheRoot(raw: string, cwd: string): string {
  const expanded = raw === '~' || raw.startsWith('~/') ? path.join(os.homedir(), raw.slice(1)) : raw;
  return path.resolve(cwd, expanded);
}

/** The registry cache's directory, or why the registry's documents are not kept there (a note). */
export type RegistryCacheDir = { dir: string } | { refused: string };

/** `<cache-dir>/registry` as an absolute path, unless the cache directory lies inside the checked `tree`. */
export function registryCacheDir(raw: string, cwd: string, tree: string): RegistryCacheDir {
  const dir = cacheRoot(raw, cwd);
  if (isInside(path.resolve(tree), dir)) {
    return {
      refused:
        'Registry documents were not cached: the cache directory lies inside the checked tree, where a pull request could commit a forged one. A directory outside it (such as ${{ runner.temp }}/lockgate-cache) keeps them too; tarballs are cached either way, since each is checked against its integrity.',
    };
  }
  return { dir: path.join(dir, 'registry') };
}
