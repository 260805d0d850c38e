/**
 * The action: inputs → event plan → config → trees → the same pipeline as the
 * CLI → GitHub reporting (sticky comment, annotations, job summary, outputs,
 * report file, SARIF). Exit status follows the CLI contract: 2 on errors, 1 on
 * findings (0 with `warn-only`), else 0.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { InputError, parseActionInputs, type ActionInputs } from '../config/action-inputs.js';
import { EMPTY_CONFIG, parseConfigText, utcDate, validateConfig, type LockgateConfig } from '../config/config-file.js';
import { plain } from '../core/escape.js';
import { applyIgnores } from '../core/ignore.js';
import { renderJson } from '../outputs/render.js';
import { allFindings, exitCode, type Report } from '../core/report.js';
import { renderSarif } from '../outputs/sarif.js';
import {
  annotationProperties,
  findingAnnotations,
  hiddenAnnotationsNote,
  originWarnings,
  planAnnotations,
  type Annotation,
} from '../github/annotations.js';
import { createClient, describeHttpError, parseRepository, type GitHubClient, type RepoRef } from '../github/client.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, resolvedNote, syncComment } from '../github/comment.js';
import { commitTree, workspaceTree, type ResolvedTree } from '../github/commits.js';
import { planForEvent, type EventPlan } from '../github/event.js';
import { globMatcher } from '../core/globs.js';
import { changedLockfiles, listPullFiles } from '../github/pull-files.js';
import { MAX_SUMMARY_BYTES, findingsOutput, markdownWithinBytes } from '../github/summary.js';
import { checkComparison } from '../engine/lookup.js';
import { compareTrees, errorSentence, type ComparedLockfile } from '../engine/compare.js';
import { createSources } from '../advisories/sources.js';
import { lockgateVersion } from '../version.js';
import { EmptyTree, isLockfilePath, listLockfiles, type Tree } from '../inputs/trees.js';

/** The action's entry point: sets process.exitCode, never throws. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  process.exitCode = await runAction(env);
}

/** Everything a run learned, for the reporting stage. */
interface RunResult {
  report: Report;
  compared: ComparedLockfile[];
  /** Warnings for the log and the annotation budget (config warnings, a skipped comment). */
  warnings: string[];
}

/** The whole action; returns the exit status. */
export async function runAction(env: NodeJS.ProcessEnv): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = parseActionInputs((name) => core.getInput(name));
  } catch (error) {
    core.error(error instanceof InputError ? error.message : `lockgate: ${errorSentence(error)}`);
    return 2;
  }
  try {
    const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
    const repo = parseRepository(env.GITHUB_REPOSITORY);
    const plan = planForEvent(env.GITHUB_EVENT_NAME ?? '', readEventPayload(env.GITHUB_EVENT_PATH));
    const client = inputs.githubToken ? createClient(inputs.githubToken, env.GITHUB_API_URL) : undefined;
    const result = await scan(inputs, plan, { workspace, repo, env, ...(client ? { client } : {}) });
    return await publish(inputs, plan, result, { workspace, repo, env, ...(client ? { client } : {}) });
  } catch (error) {
    core.error(`lockgate: ${errorSentence(error)}`);
    return 2;
  }
}

interface RunContext {
  workspace: string;
  repo: RepoRef;
  env: NodeJS.ProcessEnv;
  client?: GitHubClient;
}

/** The scan: trees, config, the PR's changed files, then the engine. */
async function scan(inputs: ActionInputs, plan: EventPlan, ctx: RunContext): Promise<RunResult> {
  const mode = plan.hasBase ? (inputs.mode ?? 'diff') : 'all';
  const notes: string[] = [];
  const warnings: string[] = [];
  if (!plan.hasBase)
    core.info(
      `The ${plan.event || 'current'} event has no base commit, so every version in the lockfiles is checked (mode all).`,
    );
  // The PR's file list first: a PR that touches no lockfile is answered before any commit is fetched or read.
  let pullFiles: Awaited<ReturnType<typeof listPullFiles>>;
  if (mode === 'diff' && plan.pullNumber !== undefined && ctx.client) {
    try {
      pullFiles = await listPullFiles(ctx.client, ctx.repo, plan.pullNumber, plan.changedFiles);
    } catch (error) {
      core.info(`Could not list the pull request's files (${describeHttpError(error)}); every lockfile is compared.`);
    }
    if (pullFiles && !changedLockfiles(pullFiles, isLockfilePath).any) {
      notes.push(
        `This pull request changes no lockfile (${pullFiles.length} file${pullFiles.length === 1 ? '' : 's'} changed), so nothing needed checking.`,
      );
      return { report: emptyReport(mode, notes, []), compared: [], warnings };
    }
  }

  const treeOptions = { workspace: ctx.workspace, repo: ctx.repo, ...(ctx.client ? { client: ctx.client } : {}) };
  const base: ResolvedTree | undefined = plan.baseSha
    ? await commitTree(plan.baseSha, { ...treeOptions, fetch: true })
    : undefined;
  const head =
    plan.head.kind === 'commit'
      ? await commitTree(plan.head.sha, { ...treeOptions, fetch: false })
      : await workspaceTree(plan.head.sha, { ...treeOptions, fetch: false });
  const baseTree: Tree = base?.tree ?? new EmptyTree();
  core.info(
    `lockgate: ${plan.event || 'unknown'} event, mode ${mode}; head ${describeTree(plan.head.sha, head)}; base ${plan.baseSha ? describeTree(plan.baseSha, base!) : 'empty'}.`,
  );

  const config = await loadConfig(inputs, plan, base?.tree, head.tree);
  warnings.push(...config.warnings);
  notes.push(...config.notes);
  if (config.errors.length) return { report: emptyReport(mode, notes, config.errors), compared: [], warnings };

  const globs = inputs.lockfiles.length ? inputs.lockfiles : config.config.lockfiles;
  const selects = globMatcher(globs);

  let onlyChanged: string[] | undefined;
  if (pullFiles) {
    const changed = changedLockfiles(pullFiles, (f) => isLockfilePath(f) && selects(f));
    if (!changed.any) {
      notes.push('This pull request changes no lockfile that the lockfile globs select, so nothing needed checking.');
      return { report: emptyReport(mode, notes, []), compared: [], warnings };
    }
    onlyChanged = changed.inHead;
  }

  const headFiles = await listLockfiles(head.tree);
  const restrict =
    globs.length || onlyChanged
      ? headFiles.filter((f) => selects(f) && (!onlyChanged || onlyChanged.includes(f)))
      : undefined;
  if (restrict && restrict.length === 0) {
    notes.push(
      onlyChanged
        ? 'The lockfiles this pull request changes were removed, so no version was added.'
        : `No lockfile matches the lockfile globs (${globs.join(', ').slice(0, 300)}).`,
    );
    return { report: emptyReport(mode, notes, []), compared: [], warnings };
  }

  const listPaths = [...inputs.advisories, ...config.config.advisories];
  const baseLists =
    plan.trustedConfigFrom === 'base' && base ? await baseVersionsOfLists(listPaths, base.tree, ctx) : [];
  if (baseLists.length) {
    notes.push(
      `This pull request changes advisory list ${baseLists.map((l) => l.path).join(', ')}; the base branch's version is checked too, so removing an entry takes effect once merged.`,
    );
  }
  const [comparison, sources] = await Promise.all([
    compareTrees(head.tree, baseTree, restrict),
    createSources({
      advisories: [...listPaths.map((p) => path.resolve(ctx.workspace, p)), ...baseLists.map((l) => l.copy)],
      offline: inputs.offline,
      osvUrl: inputs.osvUrl,
      githubApiUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
    }),
  ]);
  const checked = await checkComparison(comparison, sources.sources, {
    all: mode === 'all',
    requireLive: inputs.requireLiveSources,
    liveSources: sources.live,
    workflows: async () => (await import('../inputs/workflows.js')).readWorkflowSecrets(ctx.workspace),
  });
  const report = applyIgnores({ ...checked, notes: [...notes, ...checked.notes] }, config.config.ignore, inputs.config);
  return { report, compared: comparison.lockfiles, warnings };
}

/** Comment, annotations, summary, outputs, report file, SARIF; returns the exit status. */
async function publish(inputs: ActionInputs, plan: EventPlan, result: RunResult, ctx: RunContext): Promise<number> {
  const { report } = result;
  const warnings = [...result.warnings];
  const runUrl = runLink(ctx.env, ctx.repo);
  const reportPath = await writeReportFile(report, ctx.env);
  const fullReportHint = `the full report is in the job summary${runUrl ? ` of [this run](${runUrl})` : ''} and in the report file (output report-path)`;
  const commentMarkdown = markdownWithinBytes(report, MAX_COMMENT_CHARS - 600, {
    prefix: COMMENT_MARKER,
    fullReportHint,
  });
  const footer = `\n\n<sub>lockgate${plan.head.sha ? ` checked commit ${plan.head.sha.slice(0, 12)}` : ''}${runUrl ? ` in [this run](${runUrl})` : ''}.</sub>`;

  let commentUrl: string | undefined;
  if (plan.pullNumber !== undefined && inputs.comment !== 'never') {
    if (!ctx.client)
      warnings.push('lockgate could not write its pull request comment: the github-token input is empty.');
    else {
      const outcome = await syncComment(
        ctx.client,
        { ...ctx.repo, issueNumber: plan.pullNumber },
        {
          mode: inputs.comment,
          findings: allFindings(report).length,
          errors: report.errors.length,
          reportBody: `${commentMarkdown}${footer}`,
          resolvedBody: resolvedNote(plan.head.sha, runUrl),
        },
      );
      if (outcome.warning) warnings.push(outcome.warning);
      commentUrl = outcome.url;
      if (outcome.action !== 'none' && outcome.action !== 'failed')
        core.info(`Pull request comment: ${outcome.action}d${outcome.url ? ` (${outcome.url})` : ''}.`);
    }
  }

  // A live advisory source that did not answer is worth seeing inline, not only in the summary.
  const degraded = report.notes.filter((note) => note.startsWith('Warning'));
  const runWarnings: Annotation[] = [...warnings, ...degraded].map((message) => ({
    level: 'warning',
    title: 'lockgate',
    message: plain(message, 1000),
  }));
  const annotations = planAnnotations(findingAnnotations(report), [...runWarnings, ...originWarnings(result.compared)]);
  for (const annotation of annotations.shown) {
    const emit = annotation.level === 'error' ? core.error : core.warning;
    emit(annotation.message, annotationProperties(annotation));
  }

  const extra = [
    hiddenAnnotationsNote(annotations),
    commentUrl ? `Pull request comment: ${commentUrl}` : undefined,
  ].filter((x): x is string => !!x);
  const summary = markdownWithinBytes(report, MAX_SUMMARY_BYTES - 1024, {
    fullReportHint: 'the full report is in the report file (output report-path)',
    extra,
  });
  try {
    await core.summary.addRaw(summary).write();
  } catch (error) {
    core.info(`No job summary written (${errorSentence(error)}).`);
  }

  core.setOutput('finding-count', String(allFindings(report).length));
  core.setOutput('findings', JSON.stringify(findingsOutput(report)));
  core.setOutput('report-path', reportPath);
  core.setOutput('markdown', markdownWithinBytes(report, MAX_COMMENT_CHARS, { fullReportHint }));
  if (inputs.sarifFile) {
    const sarifPath = path.resolve(ctx.workspace, inputs.sarifFile);
    await mkdir(path.dirname(sarifPath), { recursive: true });
    await writeFile(sarifPath, `${JSON.stringify(renderSarif(report, lockgateVersion()), null, 2)}\n`);
    core.info(`SARIF written to ${sarifPath}.`);
  }

  const status = exitCode(report);
  const findings = allFindings(report).length;
  if (status === 2)
    core.info(`lockgate could not finish: ${report.errors.length} error(s); see the annotations and the job summary.`);
  else if (findings)
    core.info(
      `lockgate found ${findings} malicious package version(s)${inputs.warnOnly ? '; warn-only is set, so the step passes' : ''}.`,
    );
  else core.info(`lockgate found no malicious package version.${report.notes.length ? ` ${report.notes[0]}` : ''}`);
  return status === 1 && inputs.warnOnly ? 0 : status;
}

/**
 * Advisory lists (files) of the repository that the pull request changed: the
 * base version is written to RUNNER_TEMP and checked as well, so a pull request
 * cannot remove the entry that would flag what it adds. Directories are read
 * from the workspace only.
 */
async function baseVersionsOfLists(
  lists: readonly string[],
  base: Tree,
  ctx: RunContext,
): Promise<{ path: string; copy: string }[]> {
  const out: { path: string; copy: string }[] = [];
  for (const list of lists) {
    const rel = path.posix.normalize(list.replaceAll('\\', '/')).replace(/^\.\//, '');
    if (rel.startsWith('../') || path.isAbsolute(list) || rel.endsWith('.gz')) continue;
    const baseText = await base.read(rel);
    if (baseText === undefined) continue;
    let headText: string | undefined;
    try {
      headText = readFileSync(path.resolve(ctx.workspace, rel), 'utf8');
    } catch {
      headText = undefined;
    }
    if (headText === baseText) continue;
    const copy = path.join(ctx.env.RUNNER_TEMP || os.tmpdir(), 'lockgate-base-lists', rel);
    await mkdir(path.dirname(copy), { recursive: true });
    await writeFile(copy, baseText);
    out.push({ path: rel, copy });
  }
  return out;
}

/** The config file, from the base commit on PR events (a PR cannot exempt itself), else from head. */
async function loadConfig(
  inputs: ActionInputs,
  plan: EventPlan,
  base: Tree | undefined,
  head: Tree,
): Promise<{ config: LockgateConfig; errors: string[]; warnings: string[]; notes: string[] }> {
  const file = inputs.config;
  const fromBase = plan.trustedConfigFrom === 'base' && base !== undefined;
  const trusted = fromBase ? base : head;
  const [text, headText] = await Promise.all([trusted.read(file), fromBase ? head.read(file) : undefined]);
  const notes: string[] = [];
  if (fromBase && headText !== undefined && headText !== text) {
    notes.push(
      `This pull request changes ${file}; the base branch's version was used, so the change applies once it is merged.`,
    );
  }
  if (text === undefined) {
    if (inputs.configExplicit && headText === undefined) {
      return {
        config: EMPTY_CONFIG,
        errors: [`Config file '${file}' (input 'config') does not exist.`],
        warnings: [],
        notes,
      };
    }
    return { config: EMPTY_CONFIG, errors: [], warnings: [], notes };
  }
  try {
    const validation = validateConfig(file, parseConfigText(file, text), utcDate());
    return { ...validation, notes };
  } catch (error) {
    return { config: EMPTY_CONFIG, errors: [errorSentence(error)], warnings: [], notes };
  }
}

function emptyReport(mode: 'diff' | 'all', notes: string[], errors: string[]): Report {
  return { version: 1, mode, lockfiles: [], sources: [], notes, errors };
}

/** The event payload (`{}` when there is none, as on a local run). */
function readEventPayload(file: string | undefined): unknown {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`Could not read the event payload at GITHUB_EVENT_PATH (${errorSentence(error)}).`);
  }
}

function describeTree(sha: string | undefined, resolved: ResolvedTree): string {
  const what = sha ? `commit ${sha.slice(0, 12)}` : 'the workspace';
  const how = {
    git: 'from git objects',
    fetched: 'fetched shallowly',
    api: 'through the contents API',
    workspace: 'checked out in the workspace',
  }[resolved.how];
  return `${what} (${how})`;
}

function runLink(env: NodeJS.ProcessEnv, repo: RepoRef): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID)
    ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
}

/** The JSON report under RUNNER_TEMP, one file per step. */
async function writeReportFile(report: Report, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = env.RUNNER_TEMP || os.tmpdir();
  const step = (env.GITHUB_ACTION || 'lockgate').replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 100);
  const file = path.join(dir, `lockgate-report-${step}.json`);
  await mkdir(dir, { recursive: true });
  await writeFile(file, renderJson(report));
  return file;
}
