import { parseArgs } from 'node:util';

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
  /** Check only these lockfiles (paths relative to headDir). */
  lockfiles: string[];
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
  --lockfile <path>       check only this lockfile (repeatable; default: every lockfile
                          found, skipping node_modules)
  --advisories <path>     extra advisories: OSV .json record or array, a directory of
                          them, .jsonl / .jsonl.gz, or a plain list (one name@version or
                          name per line, # comments) (repeatable)
  --offline               use no network source (bundled snapshot and --advisories only)
  --require-live          exit 2 when a live advisory source (OSV, GitHub) does not answer
  --osv-url <url>         OSV API base URL (default https://api.osv.dev)
  --github-api-url <url>  GitHub API base URL (default $GITHUB_API_URL or https://api.github.com)
  --request-timeout <s>   seconds allowed for one request to a live source (default 10;
                          failed requests are retried with backoff)
  --all                   check every package in the head lockfiles, not only new versions
  --format <f>            text (default) | json | markdown | sarif
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 no finding, 1 at least one finding, 2 bad usage, unreadable input or a
required advisory source unavailable.`;

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
        advisories: { type: 'string', multiple: true },
        offline: { type: 'boolean' },
        'require-live': { type: 'boolean' },
        'osv-url': { type: 'string' },
        'github-api-url': { type: 'string' },
        'request-timeout': { type: 'string' },
        all: { type: 'boolean' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see lockgate --help).`);
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
  const githubApiUrl = url(
    '--github-api-url',
    values['github-api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com',
  );
  return {
    ...(values.base !== undefined ? { base: nonEmpty('--base', values.base) } : {}),
    ...(values['base-dir'] !== undefined ? { baseDir: nonEmpty('--base-dir', values['base-dir']) } : {}),
    headDir: values['head-dir'] ?? '.',
    lockfiles: values.lockfile ?? [],
    advisories: values.advisories ?? [],
    offline: values.offline ?? false,
    requireLive: values['require-live'] ?? false,
    all: values.all ?? false,
    format: format as OutputFormat,
    osvUrl,
    githubApiUrl,
    requestTimeoutMs: seconds('--request-timeout', values['request-timeout'] ?? '10') * 1000,
    help: values.help ?? false,
    version: values.version ?? false,
  };
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
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error();
  } catch {
    throw new UsageError(`Invalid ${flag} '${value}'. Expected an http(s) URL such as https://api.osv.dev.`);
  }
  return value.replace(/\/+$/, '');
}
