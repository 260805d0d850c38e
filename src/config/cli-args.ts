import { parseArgs } from 'node:util';
import { plain } from '../core/escape.js';
import { normalizeHttpUrl } from './urls.js';
import { githubApiUrl } from './urls.js';
import { isLockfilePath } from '../lockfiles/detect.js';
import { LOCKFILE_NAMES } from '../lockfiles/formats.js';
import { PUBLIC_REGISTRY } from '../core/source.js';
import { parseDuration } from '../core/duration.js';



export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Everything the CLI was asked to do, validated. */
export interface CliOptions {
  /** git ref to compare against; undefined = merge-base with the remote default branch. */
  base?: string;
  /** Compare against the lockfiles in this directory instead of git. */
  baseDir?: string;
  /** The tree to check. */
  headDir: string;
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
export class UsageError extends Error {}

export const USAGE = `Usage: lockgate [options]

Compare the lockfiles of a tree with a base and flag new package versions that
malicious-package advisories cover.

  --base <ref>            git commit/ref to compare against (default: merge-base of
                          HEAD and the remote default branch)
  --base-dir <dir>        compare against the lockfiles in this directory instead of git
  --head-dir <dir>        the tree to check (default: the current directory)
  --lockfile <path|glob>  check only the lockfiles this path or glob selects (repeatable;
                          default: every lockfile found, skipping node_modules)
  --advisories <path>     extra advisories: OSV .json record or array, a directory of
                          them, .jsonl / .jsonl.gz, or a plain list (one name@version or
                          name per line, # comments) (repeatable)
  --config <file>         config file: ignore entries, advisory lists, lockfile globs, signal
                          levels (default: .github/lockgate.yml, read from the base commit in
                          git mode as the action does, else from the head directory)
  --offline               use no network source (bundled snapshot and --advisories only;
                          no registry signals)
  --require-live          exit 2 when a live source (OSV, GitHub, the registry) does not answer
  --osv-url <url>         OSV API base URL (default https://api.osv.dev)
  --github-api-url <url>  GitHub API base URL (default $GITHUB_API_URL or https://api.github.com)
  --registry-url <url>    npm registry read for registry signals (default
                          https://registry.npmjs.org)
  --min-release-age <d>   hold versions published less than this ago: 72h, 3d, 90m;
                          0 turns the hold off (default 3d)
  --request-timeout <s>   seconds allowed for one request to a live source (default 10;
                          failed requests are retried with backoff)
  --all                   check every package in the head lockfiles, not only new versions
  --warn-only             report findings but exit 0 (errors still exit 2)
  --format <f>            text (default) | json | markdown | sarif
  --output <file>         write the report to this file instead of stdout
  --max-chars <n>         most characters of --format markdown (default 65536, a pull
                          request comment's limit; the details shorten first)
  -q, --quiet             findings, holds and errors only (no changes, sources or progress)
  --demo                  check the bundled postmark-mcp example (offline), then exit
  -h, --help              show this help
  -v, --version           show the version

Colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on.

Exit status: 0 no finding, 1 at least one finding or fail-level registry signal (a hold,
an added install script, a trust downgrade, ...), 2 bad usage, unreadable input or a
required live source unavailable.`;

/** Parse and validate argv (without node and script). Throws UsageError. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        base: { type: 'string' },
        'base-dir': { type: 'string' },
        'head-dir': { type: 'string' },
        lockfile: { type: 'string', multiple: true },
        config: { type: 'string' },
        'warn-only': { type: 'boolean' },
        output: { type: 'string' },
        advisories: { type: 'string', multiple: true },
        offline: { type: 'boolean' },
        'require-live': { type: 'boolean' },
        'osv-url': { type: 'string' },
        'github-api-url': { type: 'string' },
        'request-timeout': { type: 'string' },
        'registry-url': { type: 'string' },
        'min-release-age': { type: 'string' },
        all: { type: 'boolean' },
        format: { type: 'string' },
        'max-chars': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        demo: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${usageProblem(error as Error & { code?: string })} (see lockgate --help).`);
  }
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Invalid --format '${format}'. Expected one of: ${FORMATS.join(', ')}.`);
  }
  if (values.base !== undefined && values['base-dir'] !== undefined) {
    throw new UsageError('--base and --base-dir are alternatives; pass one of them.');
  }
  if (values.offline && values['require-live']) {
    throw new UsageError('--offline and --require-live contradict each other; pass one of them.');
  }
  const osvUrl = url('--osv-url', values['osv-url'] ?? 'https://api.osv.dev');
  const apiUrl = url('--github-api-url', values['github-api-url'] ?? githubApiUrl(env));
  const registryUrl = url('--registry-url', values['registry-url'] ?? PUBLIC_REGISTRY);
  let minReleaseAgeMs: number | undefined;
  if (values['min-release-age'] !== undefined) {
    minReleaseAgeMs = parseDuration(values['min-release-age']);
    if (minReleaseAgeMs === undefined) {
      throw new UsageError(
        `Invalid --min-release-age '${values['min-release-age'].slice(0, 40)}'. Expected a duration such as 72h, 3d or 90m (at most 365d), or 0 to turn the hold off.`,
      );
    }
  }
  return {
    ...(values.base !== undefined ? { base: nonEmpty('--base', values.base) } : {}),
    ...(values['base-dir'] !== undefined ? { baseDir: nonEmpty('--base-dir', values['base-dir']) } : {}),
    headDir: values['head-dir'] ?? '.',
    lockfiles: (values.lockfile ?? []).map(lockfileSelector),
    ...(values.config !== undefined ? { config: nonEmpty('--config', values.config) } : {}),
    warnOnly: values['warn-only'] ?? false,
    ...(values.output !== undefined ? { output: nonEmpty('--output', values.output) } : {}),
    advisories: values.advisories ?? [],
    offline: values.offline ?? false,
    requireLive: values['require-live'] ?? false,
    all: values.all ?? false,
    format: format as OutputFormat,
    osvUrl,
    githubApiUrl: apiUrl,
    requestTimeoutMs: seconds('--request-timeout', values['request-timeout'] ?? '10') * 1000,
    registryUrl,
    ...(minReleaseAgeMs !== undefined ? { minReleaseAgeMs } : {}),
    quiet: values.quiet ?? false,
    maxChars: values['max-chars'] === undefined ? 65_536 : count('--max-chars', values['max-chars'], 2_000),
    demo: values.demo ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
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

function count(flag: string, value: string, min: number): number {
  const n = Number(value.replace(/[,_]/g, ''));
  if (!/^\d[\d,_]*$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(
      `Invalid ${flag} '${plain(value, 40)}'. Expected a whole number of at least ${min}, such as 65536.`,
    );
  }
  return n;
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

function seconds(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0) || n > 600) {
    throw new UsageError(`Invalid ${flag} '${value}'. Expected a number of seconds between 0 and 600, such as 10.`);
  }
  return n;
}

function url(flag: string, value: string): string {
  const normalized = normalizeHttpUrl(value);
  if (normalized === undefined)
    throw new UsageError(
      `Invalid ${flag} '${plain(value, 100)}'. Expected an http(s) URL such as https://api.osv.dev.`,
    );
  return normalized;
}
