/**
 * Every setting of lockgate, declared once: its CLI flag, its Action input, its
 * config-file key, how its text is read, its default and its help. The CLI's
 * parser and --help (cli-args.ts), the Action's input reader (action-inputs.ts),
 * the check of action.yml (test/config/options.test.ts) and the generated docs
 * all come from this table, and `explicitOrFile` applies the one precedence rule:
 * a flag or input beats the config file, which beats the default.
 *
 * A row says how to read one value; rules that relate two settings (`--base` or
 * `--base-dir`, `offline` against `require-live`) stay with each entry point.
 */
import { parseDuration } from '../core/duration.js';
import { PUBLIC_REGISTRY } from '../core/source.js';
import { normalizeHttpUrl } from './urls.js';

/** How a value's text is read: undefined when it is not of this kind, which `expected` then describes. */
export interface ValueKind<T> {
  parse(raw: string): T | undefined;
  /** The expected shape, for the error: "Invalid --x 'v'. Expected …". */
  expected: string;
}

export const kinds = {
  /** A boolean input (a CLI flag takes no value): YAML 1.2 core-schema spellings, as @actions/core reads them. */
  boolean: {
    parse: (raw: string) =>
      ['true', 'True', 'TRUE'].includes(raw) ? true : ['false', 'False', 'FALSE'].includes(raw) ? false : undefined,
    expected: 'true or false',
  } satisfies ValueKind<boolean>,
  text: { parse: (raw: string) => (raw.trim() ? raw : undefined), expected: 'a value' } satisfies ValueKind<string>,
  /** An http(s) URL, normalised; `example` is shown in the error. */
  url(example: string): ValueKind<string> {
    return { parse: normalizeHttpUrl, expected: `an http(s) URL such as ${example}` };
  },
  duration: {
    parse: parseDuration,
    expected: 'a duration such as 72h, 3d or 90m (at most 365d), or 0 to turn the hold off',
  } satisfies ValueKind<number>,
  seconds: {
    parse: (raw: string) => {
      const n = Number(raw);
      return /^\d+(\.\d+)?$/.test(raw.trim()) && n > 0 && n <= 600 ? n : undefined;
    },
    expected: 'a number of seconds between 0 and 600, such as 10',
  } satisfies ValueKind<number>,
  /** A path inside the repository. */
  repoPath: {
    parse: (raw: string) => (raw.trim() && !raw.split(/[\\/]/).includes('..') ? raw : undefined),
    expected: "a path inside the repository (no '..')",
  } satisfies ValueKind<string>,
  /** A branch, tag or commit name: never an option (`-…`), no `..`, no spaces or control characters. */
  gitRef: {
    parse: (raw: string) => (/^(?!-)[A-Za-z0-9._/-]{1,255}$/.test(raw) && !raw.includes('..') ? raw : undefined),
    expected: 'a branch, tag or commit, such as main',
  } satisfies ValueKind<string>,
  /** A whole number of at least `min` (thousands separators allowed). */
  count(min: number): ValueKind<number> {
    return {
      parse: (raw) => {
        const n = Number(raw.replace(/[,_]/g, ''));
        return /^\d[\d,_]*$/.test(raw.trim()) && Number.isSafeInteger(n) && n >= min ? n : undefined;
      },
      expected: `a whole number of at least ${min}, such as 65536`,
    };
  },
  oneOf<T extends string>(values: readonly T[]): ValueKind<T> {
    return {
      parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
      expected: `one of: ${values.join(', ')}`,
    };
  },
};

/** Items of a list input: separated by newlines or commas, trimmed, empty items and `#` comments dropped. */
export function listItems(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}

export const OUTPUT_FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export const MODES = ['diff', 'all'] as const;
export const COMMENT_MODES = ['on-findings', 'always', 'never'] as const;
export const HOLD_MODES = ['fail', 'warn'] as const;

/** Default config file path. */
export const DEFAULT_CONFIG = '.github/lockgate.yml';
export const DEFAULT_OSV_URL = 'https://api.osv.dev';

/** One setting. */
export interface OptionDef {
  /** The field of CliOptions / ActionInputs it fills. */
  key: string;
  /** The CLI flag, without `--`. */
  flag?: string;
  short?: string;
  /** The placeholder of the flag's value in --help; absent for a switch (no value). */
  arg?: string;
  /** The flag may be given several times (a list). */
  multiple?: boolean;
  /** The Action input (action.yml) that sets it. */
  input?: string;
  /** The input is a list (newlines or commas). */
  list?: boolean;
  /** Where the config file sets it (dotted path). */
  configKey?: string;
  /** How its text is read; absent for a switch or a raw list. */
  kind?: ValueKind<unknown>;
  /** The value when not given, as text (read by `kind`), for both the flag and the input. */
  default?: string;
  /** One paragraph of --help. */
  help: string;
}

/** The settings, in the order --help lists them. */
export const OPTIONS: readonly OptionDef[] = [
  { key: 'githubToken', input: 'github-token', help: 'Token for the REST API. Never logged.' },
  {
    key: 'base',
    flag: 'base',
    arg: '<ref>',
    kind: kinds.text,
    help: 'git commit/ref to compare against (default: merge-base of HEAD and the remote default branch)',
  },
  {
    key: 'baseDir',
    flag: 'base-dir',
    arg: '<dir>',
    kind: kinds.text,
    help: 'compare against the lockfiles in this directory instead of git',
  },
  {
    key: 'headDir',
    flag: 'head-dir',
    arg: '<dir>',
    kind: kinds.text,
    help: 'the tree to check (default: the current directory when it or a folder below it has a lockfile, else the nearest folder above it that has one, as the package managers find the workspace root)',
  },
  {
    key: 'baseRef',
    input: 'base-ref',
    kind: kinds.gitRef,
    help: 'branch, tag or commit to compare against on events without a pull request',
  },
  { key: 'headRef', input: 'head-ref', kind: kinds.gitRef, help: 'head to check instead of the workspace' },
  {
    key: 'workingDirectory',
    input: 'working-directory',
    kind: kinds.text,
    help: "the folder, inside GITHUB_WORKSPACE, where the repository is checked out: actions/checkout's `path:` when it puts the repository in a subfolder (default: the workspace itself). lockfiles, git objects and the advisories input's files are read there; sarif-file and cache-dir stay relative to the workspace. A folder outside the workspace is refused",
  },
  {
    key: 'lockfiles',
    flag: 'lockfile',
    arg: '<path|glob>',
    multiple: true,
    input: 'lockfiles',
    list: true,
    configKey: 'lockfiles',
    help: 'check only the lockfiles this path or glob selects (repeatable; default: every lockfile found, skipping node_modules)',
  },
  {
    key: 'advisories',
    flag: 'advisories',
    arg: '<path>',
    multiple: true,
    input: 'advisories',
    list: true,
    configKey: 'advisories',
    help: 'extra advisories: OSV .json record or array, a directory of them, .jsonl / .jsonl.gz, or a plain list (one name@version or name per line, # comments) (repeatable)',
  },
  {
    key: 'config',
    flag: 'config',
    arg: '<file>',
    input: 'config',
    kind: kinds.text,
    help: 'config file: ignore entries, advisory lists, lockfile globs, signal levels (default: .github/lockgate.yml, read from the base commit in git mode as the action does, else from the head directory)',
  },
  { key: 'configToken', input: 'config-token', help: 'token that can read a config in another repository' },
  {
    key: 'offline',
    flag: 'offline',
    input: 'offline',
    kind: kinds.boolean,
    default: 'false',
    help: 'use no network source (bundled snapshot and --advisories only; no registry signals, no package content)',
  },
  {
    key: 'noContent',
    flag: 'no-content',
    help: 'do not read the tarballs of new versions (package content: what the new code adds over the version it replaces)',
  },
  {
    key: 'content',
    input: 'content',
    kind: kinds.boolean,
    default: 'true',
    help: 'read the tarballs of the versions a change adds and of the versions they replace, and report what the new code adds (docs/content.md); offline turns it off too',
  },
  {
    key: 'cacheDir',
    flag: 'cache-dir',
    arg: '<dir>',
    input: 'cache-dir',
    kind: kinds.text,
    help: "a directory for lockgate's on-disk caches (package tarballs by integrity; outside the checked tree also the registry's documents, each revalidated before use), for actions/cache to keep between runs; files unused for 30 days, then the least recently used past 1 GiB, are removed after each run; nothing is cached when unset",
  },
  {
    key: 'requireLive',
    flag: 'require-live',
    input: 'require-live-sources',
    kind: kinds.boolean,
    default: 'false',
    help: 'exit 2 when a live source (OSV, GitHub, the registry) does not answer',
  },
  { key: 'osv', input: 'osv', kind: kinds.boolean, default: 'true', help: 'ask OSV.dev' },
  {
    key: 'githubAdvisories',
    input: 'github-advisories',
    kind: kinds.boolean,
    default: 'true',
    help: 'ask the GitHub Advisory Database',
  },
  {
    key: 'osvUrl',
    flag: 'osv-url',
    arg: '<url>',
    input: 'osv-url',
    kind: kinds.url(DEFAULT_OSV_URL),
    default: DEFAULT_OSV_URL,
    help: `OSV API base URL (default ${DEFAULT_OSV_URL})`,
  },
  {
    key: 'githubApiUrl',
    flag: 'github-api-url',
    arg: '<url>',
    kind: kinds.url('https://api.github.com'),
    help: 'GitHub API base URL (default $GITHUB_API_URL or https://api.github.com)',
  },
  {
    key: 'registryUrl',
    flag: 'registry-url',
    arg: '<url>',
    input: 'registry-url',
    kind: kinds.url(PUBLIC_REGISTRY),
    default: PUBLIC_REGISTRY,
    help: `npm registry read for registry signals (default ${PUBLIC_REGISTRY})`,
  },
  {
    key: 'minReleaseAgeMs',
    flag: 'min-release-age',
    arg: '<d>',
    input: 'min-release-age',
    configKey: 'signals.min-release-age',
    kind: kinds.duration,
    help: 'hold versions published less than this ago: 72h, 3d, 90m; 0 turns the hold off (default 3d)',
  },
  {
    key: 'requestTimeoutSeconds',
    flag: 'request-timeout',
    arg: '<s>',
    kind: kinds.seconds,
    default: '10',
    help: 'seconds allowed for one request to a live source (default 10; failed requests are retried with backoff)',
  },
  {
    key: 'holds',
    flag: 'holds',
    arg: '<m>',
    input: 'holds',
    kind: kinds.oneOf(HOLD_MODES),
    default: 'fail',
    help: 'fail (default): a version younger than min-release-age fails the check; warn: holds are warnings and every other fail stays (local and pre-commit use)',
  },
  {
    key: 'overrideLabel',
    input: 'override-label',
    help: 'a pull request label that, added after the latest push, turns the holds of that push into warnings',
  },
  {
    key: 'rerunHeld',
    input: 'rerun-held',
    kind: kinds.boolean,
    default: 'false',
    help: 're-run the failed jobs of pull requests whose holds have ended',
  },
  { key: 'all', flag: 'all', help: 'check every package in the head lockfiles, not only new versions' },
  {
    key: 'mode',
    input: 'mode',
    kind: kinds.oneOf(MODES),
    help: 'diff: the versions the change adds; all: every version',
  },
  {
    key: 'comment',
    input: 'comment',
    kind: kinds.oneOf(COMMENT_MODES),
    default: 'on-findings',
    help: 'when to write the sticky pull request comment',
  },
  {
    key: 'warnOnly',
    flag: 'warn-only',
    input: 'warn-only',
    kind: kinds.boolean,
    default: 'false',
    help: 'report findings but exit 0 (errors still exit 2)',
  },
  {
    key: 'format',
    flag: 'format',
    arg: '<f>',
    kind: kinds.oneOf(OUTPUT_FORMATS),
    default: 'text',
    help: 'text (default) | json | markdown | sarif',
  },
  {
    key: 'output',
    flag: 'output',
    arg: '<file>',
    kind: kinds.text,
    help: 'write the report to this file instead of stdout',
  },
  { key: 'sarifFile', input: 'sarif-file', kind: kinds.repoPath, help: 'where to write a SARIF 2.1.0 file' },
  {
    key: 'maxChars',
    flag: 'max-chars',
    arg: '<n>',
    kind: kinds.count(2_000),
    default: '65536',
    help: "most characters of --format markdown (default 65536, a pull request comment's limit; the details shorten first)",
  },
  {
    key: 'quiet',
    flag: 'quiet',
    short: 'q',
    help: 'findings, holds and errors only (no changes, sources or progress)',
  },
  { key: 'demo', flag: 'demo', help: 'check the bundled postmark-mcp example (offline), then exit' },
  { key: 'help', flag: 'help', short: 'h', help: 'show this help' },
  { key: 'version', flag: 'version', short: 'v', help: 'show the version' },
];

/** The rows that have a CLI flag. */
export const FLAG_OPTIONS = OPTIONS.filter((o) => o.flag !== undefined);
/** The rows that have an Action input. */
export const INPUT_OPTIONS = OPTIONS.filter((o) => o.input !== undefined);

/** --help's option lines: the flag in a column of 24, the help wrapped at 88 characters. */
export function optionsHelp(width = 88): string {
  const lines: string[] = [];
  for (const o of FLAG_OPTIONS) {
    const head = `  ${o.short ? `-${o.short}, ` : ''}--${o.flag}${o.arg ? ` ${o.arg}` : ''}`;
    const words = o.help.split(' ');
    let line = head.length < 26 ? head.padEnd(26) : `${head}\n${' '.repeat(26)}`;
    let used = line.length - line.lastIndexOf('\n') - 1;
    for (const word of words) {
      if (used + word.length + 1 > width && used > 26) {
        lines.push(line.trimEnd());
        line = ' '.repeat(26);
        used = 26;
      }
      line += (used > 26 ? ' ' : '') + word;
      used += (used > 26 ? 1 : 0) + word.length;
    }
    lines.push(line.trimEnd());
  }
  return lines.join('\n');
}

/** The one precedence rule: an explicit flag or input beats the config file, which beats the default. */
export function explicitOrFile<T>(explicit: T | undefined, file: T | undefined, fallback: T): T {
  return explicit ?? file ?? fallback;
}
