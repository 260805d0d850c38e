/**
 * The one way to parse a lockfile: `loadLockfile`. Production (src/engine) and
 * every test call it, so the checks every format shares run the same way
 * everywhere. The formats themselves are plug-ins (formats.ts).
 */
import type { Lockfile } from '../core/model.js';
import { LockfileError } from '../core/errors.js';
import { lineAt } from '../core/lines.js';
import { detect } from './detect.js';
import { pluginsForName, textPlugin, type ParseBytesFn, type ParseFn } from './formats.js';
import { contentProblem, precheck } from './text.js';

export { detect, isLockfileName, isLockfilePath } from './detect.js';
export { LOCKFILE_NAMES, PLUGINS, edgesOf, isBinaryLockfile, pluginOf, type LockfilePlugin } from './formats.js';

/** How to load one lockfile. */
export interface LoadOptions {
  /**
   * The file's real path, for telling its format, when `file` is a label
   * (`HEAD~1:pnpm-lock.yaml`, `base:pnpm-lock.yaml`) that errors should carry.
   */
  name?: string;
}

/**
 * Parse one lockfile (bytes: a bun.lockb; text: every other format): size and emptiness checked, the format detected (from
 * `options.name`, else `file`), its parser loaded if this run has not yet, and
 * the checks its syntax needs run. Errors are LockfileErrors naming `file`.
 */
export async function loadLockfile(
  file: string,
  content: string | Uint8Array,
  options: LoadOptions = {},
): Promise<Lockfile> {
  if (typeof content !== 'string') {
    // Bytes: the binary format the file's name claims, with checks of its own.
    const binary = pluginsForName(options.name ?? file).find((p) => p.syntax === 'binary');
    if (!binary) throw new LockfileError(file, undefined, 'is not a binary lockfile and was given as bytes');
    return ((await binary.load()) as ParseBytesFn)(file, content);
  }
  // A UTF-8 byte-order mark: every package manager reads past it, so every parser does.
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  precheck(file, text);
  const format = detect(options.name ?? file, text);
  const entry = textPlugin(format);
  const parse = (await entry.load()) as ParseFn;
  if (entry.syntax === 'lines') {
    const problem = contentProblem(file, text) ?? (entry.finalNewline ? missingFinalNewline(file, text) : undefined);
    if (problem) throw problem;
    return parse(file, text);
  }
  try {
    return parse(file, text);
  } catch (error) {
    if (error instanceof LockfileError) throw contentProblem(file, text) ?? error;
    throw error;
  }
}

/**
 * A YAML-like file cut in the middle of a line often still parses (a checksum
 * cut short is still a string); for formats whose tool always ends the file with
 * a line break, a missing one is reported as a truncated file.
 */
function missingFinalNewline(file: string, text: string): LockfileError | undefined {
  if (text.endsWith('\n')) return undefined;
  return new LockfileError(
    file,
    lineAt(text, text.length),
    'the file does not end with a line break, so it looks truncated; regenerate it',
  );
}
