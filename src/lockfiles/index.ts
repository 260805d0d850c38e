import type { Lockfile, LockfileFormat } from '../core/model.js';
import { parseBun } from './bun.js';
import { parseChecked, prepare, type ParseFn } from './detect.js';
import { parseNpm } from './npm.js';
import { parsePnpm } from './pnpm.js';
import { parseYarnBerry } from './yarn-berry.js';
import { parseYarnClassic } from './yarn-classic.js';

export { BUN_BINARY_LOCKFILE, LOCKFILE_NAMES, detect, isLockfileName } from './detect.js';

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
 */
export function parseLockfile(file: string, text: string): Lockfile {
  const format = prepare(file, text);
  return parseChecked(format, PARSERS[format], file, text);
}
