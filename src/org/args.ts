/**
 * The flags of `lockgate org`, checked once: each bad value is one sentence
 * naming the flag, the value and what was expected (exit 2).
 */
import { parseArgs } from 'node:util';
import { parseDuration } from '../core/duration.js';
import { parseIncidentList } from '../advisories/local.js';

export const ORG_USAGE = `lockgate org <owner> [options]

Checks every lockfile on the default branch of every repository of a GitHub
organisation or user, through the API (nothing is cloned), against the
malicious-package advisories, or answers one incident: where is this version locked?

  --package <name@version>  only this version: where is it locked? (repeatable)
  --advisory <id>        only findings of this advisory (MAL-…, GHSA-…, or an alias)
  --advisories <path>    extra advisories, as for the pull-request check (repeatable)
  --repo <name>          only this repository of the owner (repeatable)
  --include-forks        scan forks too (skipped by default)
  --include-archived     scan archived repositories too (skipped by default)
  --shard <k>/<n>        scan part k of n of the repository list (split across a matrix)
  --concurrency <n>      repositories read at once (default 4, at most 16)
  --max-wait <duration>  longest wait for a rate limit to reset before stopping (default 15m);
                         a stopped scan resumes from its state file when run again
  --state <file>         the resume file (default lockgate-org-<owner>.jsonl; removed once complete)
  --merge <file>         instead of scanning, combine the JSON reports of the parts (repeatable)
  --offline              no live advisory source (the bundled snapshot and your lists)
  --github-api-url <url> the API (default $GITHUB_API_URL or https://api.github.com)
  --osv-url <url>        OSV's API (default https://api.osv.dev)
  --format <f>           text (default) | json | markdown | sarif
  --output <file>        write the report there instead of stdout
  --quiet                no progress line

The token comes from GITHUB_TOKEN (or GH_TOKEN): it needs read access to the
repositories' contents. Exit status: 0 nothing found; 1 a flagged version is
locked somewhere; 2 bad usage, a repository that could not be read, or a scan
stopped before the end (run it again to resume).`;

export interface OrgOptions {
  help: boolean;
  owner: string;
  packages: string[];
  advisory?: string;
  advisories: string[];
  repos: string[];
  includeForks: boolean;
  includeArchived: boolean;
  shard?: string;
  concurrency: number;
  maxWaitMs: number;
  state?: string;
  merge: string[];
  offline: boolean;
  githubApiUrl: string;
  osvUrl: string;
  format: 'text' | 'json' | 'markdown' | 'sarif';
  output?: string;
  quiet: boolean;
}

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;

/** Parse `lockgate org …` (argv without `org`); throws one sentence on bad usage. */
export function parseOrgArgs(argv: readonly string[], env: NodeJS.ProcessEnv): OrgOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        package: { type: 'string', multiple: true },
        advisory: { type: 'string' },
        advisories: { type: 'string', multiple: true },
        repo: { type: 'string', multiple: true },
        'include-forks': { type: 'boolean' },
        'include-archived': { type: 'boolean' },
        shard: { type: 'string' },
        concurrency: { type: 'string' },
        'max-wait': { type: 'string' },
        state: { type: 'string' },
        merge: { type: 'string', multiple: true },
        offline: { type: 'boolean' },
        'github-api-url': { type: 'string' },
        'osv-url': { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        quiet: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new Error(`${(error as Error).message.split('\n')[0]} (lockgate org --help lists the options).`);
  }
  const { values, positionals } = parsed;
  const merge = values.merge ?? [];
  if (values.help) return { ...defaults(env), help: true };
  if (positionals.length > 1)
    throw new Error(`lockgate org takes one owner, got ${positionals.length}: ${positionals.slice(0, 3).join(' ')}.`);
  const owner = positionals[0] ?? '';
  if (!merge.length && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner))
    throw new Error(
      owner
        ? `Invalid owner '${owner.slice(0, 100)}'. Expected a GitHub organisation or user name.`
        : 'lockgate org needs an owner: lockgate org <owner>.',
    );
  const packages = values.package ?? [];
  for (const spec of packages) {
    const [entry] = parseIncidentList(spec, '--package');
    if (!entry?.version) throw new Error(`--package '${spec.slice(0, 100)}' needs an exact version: name@1.2.3.`);
  }
  if (values.advisory !== undefined && !/^[A-Za-z][A-Za-z0-9._:-]{1,99}$/.test(values.advisory))
    throw new Error(
      `--advisory '${values.advisory.slice(0, 100)}' is not an advisory id (expected e.g. MAL-2025-47604 or GHSA-xxxx-xxxx-xxxx).`,
    );
  if (values.advisory !== undefined && packages.length)
    throw new Error('--advisory and --package ask two different questions; give one of them.');
  const shard = values.shard;
  if (shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(shard);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]) || Number(m[2]) > 256)
      throw new Error(`--shard '${shard.slice(0, 50)}' is not k/n with 1 <= k <= n <= 256.`);
  }
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)
    throw new Error(`--concurrency '${String(values.concurrency).slice(0, 20)}' is not a whole number from 1 to 16.`);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new Error(`--format '${format.slice(0, 20)}' is not one of ${FORMATS.join(', ')}.`);
  let maxWaitMs = 15 * 60_000;
  if (values['max-wait'] !== undefined) {
    const ms = parseDuration(values['max-wait']);
    if (ms === undefined)
      throw new Error(`--max-wait '${values['max-wait'].slice(0, 20)}' is not a duration (e.g. 0, 90s, 15m, 1h).`);
    maxWaitMs = ms;
  }
  return {
    ...defaults(env),
    owner,
    packages,
    ...(values.advisory !== undefined ? { advisory: values.advisory } : {}),
    advisories: values.advisories ?? [],
    repos: values.repo ?? [],
    includeForks: values['include-forks'] ?? false,
    includeArchived: values['include-archived'] ?? false,
    ...(shard !== undefined ? { shard } : {}),
    concurrency,
    maxWaitMs,
    ...(values.state !== undefined ? { state: values.state } : {}),
    merge,
    offline: values.offline ?? false,
    githubApiUrl: (values['github-api-url'] ?? defaults(env).githubApiUrl).replace(/\/+$/, ''),
    osvUrl: (values['osv-url'] ?? defaults(env).osvUrl).replace(/\/+$/, ''),
    format: format as OrgOptions['format'],
    ...(values.output !== undefined ? { output: values.output } : {}),
    quiet: values.quiet ?? false,
  };
}

function defaults(env: NodeJS.ProcessEnv): OrgOptions {
  return {
    help: false,
    owner: '',
    packages: [],
    advisories: [],
    repos: [],
    includeForks: false,
    includeArchived: false,
    concurrency: 4,
    maxWaitMs: 15 * 60_000,
    merge: [],
    offline: false,
    githubApiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    osvUrl: 'https://api.osv.dev',
    format: 'text',
    quiet: false,
  };
}
