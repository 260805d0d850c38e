import type { Lockfile, LockfileFormat } from '../core/model.js';
import { parseBunBinary } from './bun-binary.js';
import { parseBun } from './bun.js';
import { parseChecked, prepare, type ParseFn } from './detect.js';
import { parseNpm } from './npm.js';
import { parsePnpm } from './pnpm.js';
import { parseYarnBerry } from './yarn-berry.js';
import { parseYarnClassic } from './yarn-classic.js';

export { BUN_BINARY_LOCKFILE, LOCKFILE_NAMES, detect, isBinaryLockfile, isLockfileName } from './detect.js';
export { parseBunBinary } from './bun-binary.js';

const PARSERS: Record<LockfileFormat, ParseFn> = {
  npm: parseNpm,
  'yarn-classic': parseYarnClassic,
  'yarn-berry': parseYarnBerry,
  pnpm: parsePnpm,
  bun: parseBun,
};

/**
 * Parse one lockfile, every parser loaded up front (for library use and tests;
 * the CLI and the action use load.ts, which loads only the parsers a run needs).
 * Bytes are a bun.lockb.
 */
export function parseLockfile(file: string, content: string | Uint8Array): Lockfile {
  if (typeof content !== 'string') return parseBunBinary(file, content);
  const text = content;
  const format = prepare(file, text);
  return parseChecked(format, PARSERS[format], file, text);
}
