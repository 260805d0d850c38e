import path from 'node:path';
import type { LockfileFormat } from '../core/model.js';
import { lockfileName, pluginsForName } from './formats.js';

/**
 * Which format a lockfile is, the way the package managers decide: by the file's name, which
 * names the one tool that reads it, never by what its content or comments claim. A
 * `package-lock.json` is npm's whatever it holds (YAML there is an error, as for npm); a
 * `yarn.lock` is Yarn's, and its content only picks which Yarn wrote it: Berry when it has a
 * `__metadata` block and no Yarn 1 header (Berry's own test), else classic. Names match
 * case-insensitively (see `lockfileName`). `file` is the file's real path or name, never a
 * label such as `base:pnpm-lock.yaml`; only a name that is no lockfile's (a test's label) falls
 * back to the content.
 */
export function detect(file: string, text: string): LockfileFormat {
  const plugins = pluginsForName(file).filter((p) => p.syntax !== 'binary');
  if (plugins.length === 1) return plugins[0]!.format;
  if (plugins.length > 1) return isBerryText(text) ? 'yarn-berry' : 'yarn-classic';
  return detectByContent(text);
}

/** Yarn 1's header, as Berry's parser recognises a legacy file (comment lines, then `# yarn lockfile v1`). */
const LEGACY_HEADER = /^(?:#.*\r?\n)*?#\s+yarn\s+lockfile\s+v1\r?\n/i;

/** Does a yarn.lock hold Berry's format: no Yarn 1 header, and a top-level `__metadata` key (YAML or JSON)? */
function isBerryText(text: string): boolean {
  if (LEGACY_HEADER.test(text.slice(0, 4096))) return false;
  return /^\s{0,2}(?:__metadata|"__metadata"|'__metadata')\s*:/m.test(text.slice(0, 64 * 1024));
}

/** A file whose name is no lockfile's: its content says which parser can read it. */
function detectByContent(text: string): LockfileFormat {
  const head = text.slice(0, 4096);
  if (/^\s*\{/.test(head)) return isBunJson(head) ? 'bun' : 'npm';
  if (/^__metadata:/m.test(text.slice(0, 64 * 1024))) return 'yarn-berry';
  if (/^# yarn lockfile v1/m.test(head)) return 'yarn-classic';
  return /^lockfileVersion:/m.test(text) ? 'pnpm' : 'npm';
}

/** bun.lock's top level has `"workspaces": {` (an object), npm's never does. */
function isBunJson(head: string): boolean {
  return /^\s{0,2}"workspaces"\s*:\s*\{/m.test(head) && !/"packages"\s*:\s*\{\s*""\s*:/.test(head);
}

export function isLockfileName(file: string): boolean {
  return lockfileName(file) !== undefined;
}

/**
 * A note for a lockfile whose name differs from the package manager's only in case, or
 * undefined: it is read (a case-insensitive file system makes it the lockfile), and said.
 */
export function caseVariantNote(file: string): string | undefined {
  const name = lockfileName(file);
  const base = path.posix.basename(file);
  if (name === undefined || base === name) return undefined;
  return `${file} is named in another case than ${name}; it is read as ${name}, which the package manager reads on case-insensitive file systems (macOS, Windows). Rename it to ${name}.`;
}

/** Is this path one lockgate reads: a lockfile's name, outside node_modules? */
export function isLockfilePath(file: string): boolean {
  return !file.split('/').includes('node_modules') && isLockfileName(file);
}
