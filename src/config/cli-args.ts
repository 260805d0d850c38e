import { parseArgs } from 'node:util';
import { LockgateError } from '../core/errors.js';
import { plain } from '../core/escape.js';
import { githubApiUrl } from './urls.js';
import { isLockfilePath } from '../lockfiles/detect.js';
import { LOCKFILE_NAMES } from '../lockfiles/formats.js';
import { FLAG_OPTIONS, OUTPUT_FORMATS, optionsHelp } from './options.js';

export const FORMATS = OUTPUT_FORMATS;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Everything the CLI was asked to do, validated. */
export interface CliOptions {
  /** git ref to compare against; undefined = merge-base with the remote default branch. */
  base?: string;
  /** Compare against the lockfiles in this directory instead of git. */
  baseDir?: string;
  /** The tree to check; undefined = the workspace root found from the current directory (entry/cli.ts). */
  headDir?: string;
  /** Check only the lockfiles these paths or globs select (relative to headDir). */
  lockfiles: string[];
  /** Config file named with --config (default: .github/lockgate.yml of the trusted tree, when present). */
  config?: string;
  /** Findings exit 0 (errors still exit 2). */
  warnOnly: boolean;
  /** Write the report to this file instead of stdout. */
  output?: string;
  /** Extra advisory lists. */
  advisories: string[];
  /** Use no network source. */
  offline: boolean;
  /** --no-content: do not read package tarballs (package content is on unless this or --offline). */
  noContent: boolean;
  /** --cache-dir: a directory for on-disk caches (tarballs by integrity); undefined = no cache. */
  cacheDir?: string;
  /** Fail (exit 2) when a live advisory source does not answer. */
  requireLive: boolean;
  /** Check every package in head, not only new versions. */
  all: boolean;
  format: OutputFormat;
  osvUrl: string;
  githubApiUrl: string;
  /** Time allowed for one request to a live source, in ms. */
  requestTimeoutMs: number;
  /** The npm registry registry signals read (default the public registry). */
  registryUrl: string;
  /** Hold versions younger than this (ms); 0 turns release-age off. Undefined: the config file's, else 3 days. */
  minReleaseAgeMs?: number;
  /** `warn`: holds are warnings; every other fail stays. */
  holds: 'fail' | 'warn';
  /** Findings, holds and errors only (no changes, sources, notes or progress). */
  quiet: boolean;
  /** Most characters of `--format markdown` (default: a pull request comment's 65,536). */
  maxChars: number;
  /** Run the bundled postmark-mcp example, offline. */
  demo: boolean;
  help: boolean;
  version: boolean;
}

/** A bad command line: printed as one sentence, exit 2. */
export class UsageError extends LockgateError {
  constructor(message: string) {
    super('usage', message);
  }
}

export const USAGE = `Usage: lockgate [options]
       lockgate org <owner> [options]   every repository of an organisation (lockgate org --help)

Compare the lockfiles of a tree with a base and flag new package versions that
malicious-package advisories cover.

${optionsHelp()}

Colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on.

Exit status: 0 no finding, 1 at least one finding or fail-level registry signal (a hold,
an added install script, a trust downgrade, ...), 2 bad usage, unreadable input or a
required live source unavailable.`;

/** Parse and validate argv (without node and script), from the options table. Throws UsageError. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: Object.fromEntries(
        FLAG_OPTIONS.map((o) => [
          o.flag!,
          {
            type: o.arg ? 'string' : 'boolean',
            ...(o.multiple ? { multiple: true } : {}),
            ...(o.short ? { short: o.short } : {}),
          },
        ]),
      ),
    }));
  } catch (error) {
    throw new UsageError(`${usageProblem(error as Error & { code?: string })} (see lockgate --help).`);
  }
  const read: Record<string, unknown> = {};
  for (const o of FLAG_OPTIONS) {
    const given = values[o.flag!];
    if (!o.arg) read[o.key] = given === true;
    else if (o.multiple) read[o.key] = (given as string[] | undefined) ?? [];
    else {
      const raw = (given as string | undefined) ?? (o.key === 'githubApiUrl' ? githubApiUrl(env) : o.default);
      if (raw === undefined) continue;
      const value = o.kind!.parse(raw);
      if (value === undefined)
        throw new UsageError(`Invalid --${o.flag} '${plain(raw, 100)}'. Expected ${o.kind!.expected}.`);
      read[o.key] = value;
    }
  }
  if (read.base !== undefined && read.baseDir !== undefined) {
    throw new UsageError('--base and --base-dir are alternatives; pass one of them.');
  }
  if (read.offline && read.requireLive) {
    throw new UsageError('--offline and --require-live contradict each other; pass one of them.');
  }
  const { requestTimeoutSeconds, ...rest } = read;
  return {
    ...(rest as Omit<CliOptions, 'requestTimeoutMs' | 'lockfiles'>),
    lockfiles: (read.lockfiles as string[]).map(lockfileSelector),
    requestTimeoutMs: (requestTimeoutSeconds as number) * 1000,
  };
}

/** Every long flag, for suggestions. */
const FLAGS = [...USAGE.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!);

/** parseArgs' complaint in one sentence; an unknown flag gets the nearest known one. */
function usageProblem(error: Error & { code?: string }): string {
  const first = plain(error.message.split('\n')[0] ?? '', 200);
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-{1,2}[^'=]*)/.exec(first)?.[1] : undefined;
  if (!unknown) return first;
  const nearest = nearestFlag(unknown);
  return `Unknown option '${unknown}'.${nearest ? ` Did you mean ${nearest}?` : ''}`;
}

/** The known flag closest to `typed` (edit distance at most a third of its length, or a unique prefix). */
export function nearestFlag(typed: string): string | undefined {
  const wanted = `--${typed.replace(/^-+/, '').toLowerCase()}`;
  const prefixed = FLAGS.filter((f) => f.startsWith(wanted));
  if (prefixed.length === 1) return prefixed[0];
  let best: { flag: string; distance: number } | undefined;
  for (const flag of FLAGS) {
    const distance = editDistance(wanted, flag);
    if (!best || distance < best.distance) best = { flag, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.flag : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A --lockfile value: a glob, or a path whose file name is a lockfile's. */
function lockfileSelector(value: string): string {
  const selector = nonEmpty('--lockfile', value).replaceAll('\\', '/').replace(/^\.\//, '');
  if (!/[*?[{]/.test(selector) && !isLockfilePath(selector)) {
    throw new UsageError(
      `--lockfile '${plain(selector, 100)}' is not a lockfile; expected one of ${LOCKFILE_NAMES.join(', ')} (or a glob of them).`,
    );
  }
  return selector;
}

function nonEmpty(flag: string, value: string): string {
  if (!value.trim()) throw new UsageError(`${flag} needs a value.`);
  return value;
}
