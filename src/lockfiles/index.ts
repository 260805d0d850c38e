/**
 * The lockfile formats lockgate reads, in one table, and the one way to parse a
 * lockfile: `loadLockfile`. Production (src/engine) and every test call it, so
 * the checks every format shares run the same way everywhere.
 *
 * Each format's parser is imported on first use: a run over npm lockfiles never
 * loads the YAML parsers, which keeps the CLI's start-up short (the bundle
 * splits them into chunks of their own). A new format is one more entry in
 * FORMATS (and a name in detect.ts).
 */
import type { Lockfile, LockfileFormat } from '../core/model.js';
import { detect } from './detect.js';
import { LockfileError } from '../core/errors.js';
import { contentProblem, precheck } from './text.js';
import { lineAt } from '../core/lines.js';
export { BUN_BINARY_LOCKFILE, LOCKFILE_NAMES, detect, isBinaryLockfile, isLockfileName } from './detect.js';

/** One format's parser: text in, model out, or a LockfileError. */
export type ParseFn = (file: string, text: string) => Lockfile;

/** One lockfile format: how to get its parser, and which shared checks its syntax needs. */
export interface LockfileFormatEntry {
  /** The parser, imported on first use. */
  load: () => Promise<ParseFn>;
  /**
   * `json`: the syntax cannot hold binary data or conflict markers, so the text is
   * searched for them only when the parser fails (to name the cause). `lines`: a
   * line-based or YAML syntax that might read them as values, so they are looked for first.
   */
  syntax: 'json' | 'lines';
  /**
   * The package manager always ends the file with a line break and its parser
   * cannot tell a file cut mid-line from a whole one, so a missing final line break
   * is reported as truncation. (Berry instead checks that its last entry is complete.)
   */
  finalNewline: boolean;
}

export const FORMATS: Readonly<Record<LockfileFormat, LockfileFormatEntry>> = {
  npm: { load: async () => (await import('./npm.js')).parseNpm, syntax: 'json', finalNewline: false },
  'yarn-classic': {
    load: async () => (await import('./yarn-classic.js')).parseYarnClassic,
    syntax: 'lines',
    finalNewline: true,
  },
  'yarn-berry': {
    load: async () => (await import('./yarn-berry.js')).parseYarnBerry,
    syntax: 'lines',
    finalNewline: false,
  },
  pnpm: { load: async () => (await import('./pnpm.js')).parsePnpm, syntax: 'lines', finalNewline: true },
  bun: { load: async () => (await import('./bun.js')).parseBun, syntax: 'json', finalNewline: false },
};

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
  // Bytes are a bun.lockb: a binary format with checks of its own.
  if (typeof content !== 'string') return (await import('./bun-binary.js')).parseBunBinary(file, content);
  // A UTF-8 byte-order mark: every package manager reads past it, so every parser does.
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  precheck(file, text);
  const format = detect(options.name ?? file, text);
  const entry = FORMATS[format];
  const parse = await entry.load();
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
