/**
 * The one way to parse a lockfile: `loadLockfile`. Production (src/engine) and
 * every test call it, so the checks every format shares run the same way
 * everywhere. The formats themselves are plug-ins (formats.ts).
 */
import type { Lockfile } from '../core/model.js';
import { LockfileError } from '../core/errors.js';
import { applyPlan } from '../core/source.js';
import { detect } from './detect.js';
import { pluginsForName, textPlugin, type ParseBytesFn, type ParseFn, type ParseOptions } from './formats.js';
import { contentProblem, emptyProblem, precheck } from './text.js';

export { caseVariantNote, detect, isLockfileName, isLockfilePath } from './detect.js';
export {
  LOCKFILE_NAMES,
  PLUGINS,
  edgesOf,
  isBinaryLockfile,
  lockfileName,
  pluginOf,
  type LockfilePlugin,
  type ParseOptions,
} from './formats.js';

/** How to load one lockfile. */
export interface LoadOptions extends ParseOptions {
  /**
   * The file's real path, for telling its format, when `file` is a label
   * (`HEAD~1:pnpm-lock.yaml`, `base:pnpm-lock.yaml`) that errors should carry.
   */
  name?: string;
}

/**
 * Parse one lockfile (bytes: a bun.lockb; text: every other format): size checked, the format detected, an empty file refused where its package manager refuses it (from
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
    return withPlan(((await binary.load()) as ParseBytesFn)(file, content), options);
  }
  // A UTF-8 byte-order mark: every package manager reads past it, so every parser does.
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  precheck(file, text);
  const format = detect(options.name ?? file, text);
  const entry = textPlugin(format);
  const empty = emptyProblem(file, text, entry.emptyRefusedBy);
  if (empty) throw empty;
  const parse = (await entry.load()) as ParseFn;
  if (entry.syntax === 'lines') {
    const problem = contentProblem(file, text);
    if (problem) throw problem;
    return withPlan(parse(file, text, options), options);
  }
  try {
    return withPlan(parse(file, text, options), options);
  } catch (error) {
    if (error instanceof LockfileError) throw contentProblem(file, text) ?? error;
    throw error;
  }
}

/**
 * The install plan of every entry a parser left without one (npm, bun.lock and bun.lockb
 * download their `resolved` URL as written, or the registry's tarball when they record none).
 */
function withPlan(lockfile: Lockfile, options: ParseOptions): Lockfile {
  for (const pkg of lockfile.packages) {
    if (pkg.url === undefined && pkg.host === undefined && pkg.git === undefined) applyPlan(pkg, options.registries);
  }
  return lockfile;
}
