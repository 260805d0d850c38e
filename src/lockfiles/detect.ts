import path from 'node:path';
import type { LockfileFormat } from '../core/model.js';
import { LOCKFILE_NAMES } from './formats.js';

/**
 * Which format a lockfile is, by its content first and its name second: a
 * `package-lock.json` holding YAML is read as pnpm, a `yarn.lock` with
 * `__metadata` as Berry. `file` is the file's real path or name, never a label
 * such as `base:pnpm-lock.yaml` (a pnpm 5.x file may hold its `lockfileVersion:`
 * line thousands of lines down, so only its name tells).
 */
export function detect(file: string, text: string): LockfileFormat {
  const head = text.slice(0, 4096);
  const base = path.posix.basename(file);
  if (/^\s*\{/.test(head)) return base === 'bun.lock' || isBunJson(head) ? 'bun' : 'npm';
  if (/^__metadata:/m.test(text.slice(0, 64 * 1024))) return 'yarn-berry';
  if (/^# yarn lockfile v1/m.test(head)) return 'yarn-classic';
  if (base === 'pnpm-lock.yaml' || /^lockfileVersion:/m.test(text)) return 'pnpm';
  if (base === 'bun.lock') return 'bun';
  if (base === 'yarn.lock') return 'yarn-classic';
  return 'npm';
}

/** bun.lock's top level has `"workspaces": {` (an object), npm's never does. */
function isBunJson(head: string): boolean {
  return /^\s{0,2}"workspaces"\s*:\s*\{/m.test(head) && !/"packages"\s*:\s*\{\s*""\s*:/.test(head);
}

export function isLockfileName(file: string): boolean {
  return LOCKFILE_NAMES.includes(path.posix.basename(file));
}

/** Is this path one lockgate reads: a lockfile's name, outside node_modules? */
export function isLockfilePath(file: string): boolean {
  return !file.split('/').includes('node_modules') && isLockfileName(file);
}
