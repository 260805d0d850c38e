import path from 'node:path';
import type { Lockfile, LockfileFormat, ParseOptions } from '../core/model.js';
import { LockfileError } from './errors.js';
import { contentProblem, lineAt, precheck } from './text.js';

/** File names lockgate reads, in the order a directory's lockfiles are preferred. */
export const LOCKFILE_NAMES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  'bun.lockb',
] as const;

/** Bun's binary lockfile: read as bytes (bun-binary.ts), never as text. */
export const BUN_BINARY_LOCKFILE = 'bun.lockb';

/** One format's parser: text in, model out, or a LockfileError. Parsers that cannot resolve edges lazily ignore `options`. */
export type ParseFn = (file: string, text: string, options?: ParseOptions) => Lockfile;

/** Is this file read as bytes (bun.lockb) rather than as text? */
export function isBinaryLockfile(file: string): boolean {
  return path.posix.basename(file) === BUN_BINARY_LOCKFILE;
}

export function isLockfileName(file: string): boolean {
  return (LOCKFILE_NAMES as readonly string[]).includes(path.posix.basename(file));
}

/**
 * Which format a lockfile is, by its content first and its name second: a
 * `package-lock.json` holding YAML is read as pnpm, a `yarn.lock` with
 * `__metadata` as Berry.
 */
export function detect(file: string, text: string): LockfileFormat {
  const head = text.slice(0, 4096);
  const base = path.posix.basename(file);
  if (/^\s*\{/.test(head)) return base === 'bun.lock' || isBunJson(head) ? 'bun' : 'npm';
  if (/^__metadata:/m.test(text.slice(0, 64 * 1024))) return 'yarn-berry';
  if (/^# yarn lockfile v1/m.test(head)) return 'yarn-classic';
  if (/^lockfileVersion:/m.test(head)) return 'pnpm';
  if (base === 'pnpm-lock.yaml') return 'pnpm';
  if (base === 'bun.lock') return 'bun';
  if (base === 'yarn.lock') return 'yarn-classic';
  return 'npm';
}

/** bun.lock's top level has `"workspaces": {` (an object), npm's never does. */
function isBunJson(head: string): boolean {
  return /^\s{0,2}"workspaces"\s*:\s*\{/m.test(head) && !/"packages"\s*:\s*\{\s*""\s*:/.test(head);
}

/** Formats whose syntax cannot hold binary data or conflict markers: those are looked for only when parsing fails. */
const JSON_FORMATS: ReadonlySet<LockfileFormat> = new Set(['npm', 'bun']);

/**
 * Run a format's parser with the checks every format shares. When a parser
 * fails on a file holding binary data or conflict markers, that is the error
 * reported, since it is the cause.
 */
export function parseChecked(
  format: LockfileFormat,
  parse: ParseFn,
  file: string,
  text: string,
  options?: ParseOptions,
): Lockfile {
  if (!JSON_FORMATS.has(format)) {
    const problem = contentProblem(file, text) ?? missingFinalNewline(file, text);
    if (problem) throw problem;
  }
  try {
    return parse(file, text, options);
  } catch (error) {
    if (error instanceof LockfileError && JSON_FORMATS.has(format)) throw contentProblem(file, text) ?? error;
    throw error;
  }
}

/**
 * Yarn and pnpm end every lockfile with a line break. A YAML-like file cut in
 * the middle of a line often still parses (a checksum cut short is still a
 * string), so a missing final line break is reported as a truncated file.
 */
function missingFinalNewline(file: string, text: string): LockfileError | undefined {
  if (text.endsWith('\n')) return undefined;
  return new LockfileError(
    file,
    lineAt(text, text.length),
    'the file does not end with a line break, so it looks truncated; regenerate it',
  );
}

/** The shared first step: size and emptiness checked, then the format detected. */
export function prepare(file: string, text: string): LockfileFormat {
  precheck(file, text);
  return detect(file, text);
}
