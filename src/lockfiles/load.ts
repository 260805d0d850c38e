import type { Lockfile, LockfileFormat, ParseOptions } from '../core/model.js';
import { parseChecked, prepare, type ParseFn } from './detect.js';

/**
 * Each format's parser, imported on first use: a run over npm lockfiles never
 * loads the YAML parsers, which keeps the CLI's start-up short (the bundle
 * splits them into chunks of their own).
 */
const LOADERS: Record<LockfileFormat, () => Promise<ParseFn>> = {
  npm: async () => (await import('./npm.js')).parseNpm,
  'yarn-classic': async () => (await import('./yarn-classic.js')).parseYarnClassic,
  'yarn-berry': async () => (await import('./yarn-berry.js')).parseYarnBerry,
  pnpm: async () => (await import('./pnpm.js')).parsePnpm,
  bun: async () => (await import('./bun.js')).parseBun,
};

/**
 * Parse one lockfile, loading its format's parser if this run has not yet.
 * Same result and errors as parseLockfile; dependency edges may be left to
 * `resolveGraph` (`{ graph: 'lazy' }`). Bytes are a bun.lockb.
 */
export async function loadLockfile(
  file: string,
  content: string | Uint8Array,
  options?: ParseOptions,
): Promise<Lockfile> {
  if (typeof content !== 'string') return (await import('./bun-binary.js')).parseBunBinary(file, content);
  const text = content;
  const format = prepare(file, text);
  return parseChecked(format, await LOADERS[format](), file, text, options);
}
