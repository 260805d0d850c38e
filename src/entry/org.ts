/**
 * `lockgate org`: flags → the advisory sources, the GitHub client and its rate
 * gate, the state file → scanOrg → text, JSON, Markdown or SARIF, the exit
 * status. With --merge it only reads the parts' JSON reports and renders them
 * as one.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalSource, listEntryRecord, parseIncidentList } from '../advisories/local.js';
import { createSources } from '../advisories/sources.js';
import type { AdvisorySource } from '../advisories/types.js';
import { errorSentence } from '../core/errors.js';
import { isRecord } from '../core/guards.js';
import { OrgApi } from '../org/github.js';
import { ORG_USAGE, parseOrgArgs, type OrgOptions } from '../org/args.js';
import { RateGate } from '../org/rate-gate.js';
import {
  orgSummary,
  progressLine,
  renderOrgJson,
  renderOrgMarkdown,
  renderOrgSarif,
  renderOrgText,
} from '../org/render.js';
import { mergeReports, orgExitCode, type OrgQuery, type OrgReport } from '../org/report.js';
import { scanOrg } from '../org/scan.js';
import { ScanState } from '../org/state.js';
import { lockgateVersion } from '../version.js';
import type { CliIo } from './cli.js';

/** What tests may replace: the clock and the sleep of rate-limit waits. */
export interface OrgIo extends CliIo {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** `lockgate org …` (argv without `org`): output written, exit status out. Never throws. */
export async function runOrg(argv: readonly string[], io: OrgIo): Promise<number> {
  let options: OrgOptions;
  try {
    options = parseOrgArgs(argv, io.env);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${ORG_USAGE}\n`);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  try {
    const report = options.merge.length
      ? mergeReports(await Promise.all(options.merge.map((f) => readReport(path.resolve(cwd, f)))))
      : await scan(options, io, cwd);
    const rendered = render(report, options);
    if (rendered !== undefined) {
      if (options.output) await writeFile(path.resolve(cwd, options.output), rendered);
      else io.stdout(rendered);
    }
    if (options.output || options.format !== 'text') io.stderr(`${orgSummary(report)}\n`);
    return orgExitCode(report);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}\n`);
    return 2;
  }
}

async function scan(options: OrgOptions, io: OrgIo, cwd: string): Promise<OrgReport> {
  const now = io.now ?? Date.now;
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const progress = (line: string): void => {
    if (!options.quiet) io.stderr(`lockgate org: ${line}\n`);
  };
  const gate = new RateGate({
    now,
    sleep,
    maxWaitMs: options.maxWaitMs,
    reserve: options.concurrency,
    onWait: (until, why) => {
      if (until - now() <= options.maxWaitMs)
        progress(
          `${why}; waiting until ${new Date(until).toISOString()} (--max-wait ${Math.round(options.maxWaitMs / 1000)}s)`,
        );
    },
  });
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
  const api = new OrgApi({
    apiUrl: options.githubApiUrl,
    gate,
    ...(token ? { token } : {}),
    retry: { proxyEnv: io.env, sleep, now },
  });
  const query: OrgQuery = {
    packages: options.packages,
    ...(options.advisory ? { advisory: options.advisory } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    includeForks: options.includeForks,
    includeArchived: options.includeArchived,
    repos: options.repos,
  };
  const { sources, live } = await advisorySources(options, cwd, io.env, token);
  const stateFile = path.resolve(
    cwd,
    options.state ??
      `lockgate-org-${options.owner}${options.shard ? `-${options.shard.replace('/', '-of-')}` : ''}.jsonl`,
  );
  const state = await ScanState.open(stateFile, options.owner, query);
  if (state.done.size)
    progress(`resuming: ${state.done.size} repositories already scanned (${path.basename(stateFile)})`);
  let shown = 0;
  const report = await scanOrg({
    owner: options.owner,
    query,
    api,
    sources,
    liveSources: live,
    requireLive: false,
    concurrency: options.concurrency,
    state,
    progress: (p) => {
      // A line per repository on a terminal would scroll; every 25th, and the last, is enough.
      if (p.done === p.total || p.done - shown >= (io.isTTY ? 1 : 25)) {
        shown = p.done;
        progress(progressLine(p));
      }
    },
  });
  if (report.complete) await state.remove();
  return report;
}

/**
 * The sources of the question asked: for `--package`, only those versions (the
 * answer is where they are locked, whatever any advisory says); otherwise the
 * snapshot, the lists and (unless --offline) OSV and GitHub, as a PR check uses.
 */
async function advisorySources(
  options: OrgOptions,
  cwd: string,
  env: NodeJS.ProcessEnv,
  token: string | undefined,
): Promise<{ sources: AdvisorySource[]; live: Set<string> }> {
  if (options.packages.length) {
    const records = options.packages.map((spec, i) => ({
      ...listEntryRecord({ ...parseIncidentList(spec, '--package')[0]!, line: i + 1 }, '--package'),
      id: `PACKAGE-${spec}`,
      summary: `${spec} is the version asked about (--package)`,
    }));
    return { sources: [new LocalSource(records)], live: new Set() };
  }
  return createSources({
    advisories: options.advisories.map((p) => path.resolve(cwd, p)),
    advisoryRoot: cwd,
    offline: options.offline,
    osvUrl: options.osvUrl,
    githubApiUrl: options.githubApiUrl,
    env,
    ...(token ? { githubToken: token } : {}),
  });
}

function render(report: OrgReport, options: OrgOptions): string | undefined {
  switch (options.format) {
    case 'json':
      return renderOrgJson(report);
    case 'markdown':
      return renderOrgMarkdown(report);
    case 'sarif':
      // A scan that did not finish has no SARIF: an analysis of part of the repositories would read as all of it.
      return report.complete ? renderOrgSarif(report, lockgateVersion()) : undefined;
    default:
      return renderOrgText(report);
  }
}

/** One part's JSON report (--merge), checked to be one. */
async function readReport(file: string): Promise<OrgReport> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`--merge ${file}: is not a JSON report (${errorSentence(error)})`);
  }
  if (!isRecord(data) || data.kind !== 'org-scan' || data.version !== 1 || !Array.isArray(data.repositories))
    throw new Error(`--merge ${file}: is not a lockgate org report (lockgate org --format json).`);
  return data as unknown as OrgReport;
}
