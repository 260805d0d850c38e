/**
 * What the Action does with a report: the sticky comment, line annotations,
 * the job summary, the step outputs, the JSON report file and SARIF. Returns
 * the exit status of the contract (findings exit 0 with `warn-only`).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { plain } from '../core/escape.js';
import type { ActionInputs } from '../config/action-inputs.js';
import {
  exitCode,
  message,
  messagesAt,
  verdictCounts,
  verdictOf,
  type Message,
  type Report,
  type Verdict,
} from '../core/report.js';
import { errorSentence } from '../core/errors.js';
import { renderJson } from '../outputs/render.js';
import { notCheckedLine, summaryLine } from '../outputs/words.js';
import { sarifFor } from '../outputs/sarif.js';
import { lockgateVersion } from '../version.js';
import { heldUntil, holdMarker } from './holds.js';
import {
  annotationProperties,
  findingAnnotations,
  hiddenAnnotationsNote,
  signalAnnotations,
  planAnnotations,
  warningAnnotations,
} from './annotations.js';
import type { GitHubClient, RepoRef } from './client.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, resolvedNote, syncComment } from './comment.js';
import type { EventPlan } from './event.js';
import { MAX_SUMMARY_BYTES, findingsOutput, markdownWithinBytes } from './summary.js';

export interface PublishContext {
  workspace: string;
  repo: RepoRef;
  env: NodeJS.ProcessEnv;
  client?: GitHubClient;
}

/** Publish the report everywhere GitHub shows it; returns the step's exit status. */
export async function publish(
  inputs: ActionInputs,
  plan: EventPlan,
  checked: Report,
  ctx: PublishContext,
): Promise<number> {
  const runUrl = runLink(ctx.env, ctx.repo);
  const fullReportHint = `the full report is in the job summary${runUrl ? ` of [this run](${runUrl})` : ''} and in the report file (output report-path)`;
  const comment = await writeComment(inputs, plan, checked, ctx, { runUrl, fullReportHint });
  // A comment that could not be written is a warning of this run, shown like the others.
  const report: Report = comment.warning ? { ...checked, messages: [...checked.messages, comment.warning] } : checked;
  const reportPath = await writeReportFile(report, ctx.env);

  const signalNotes = signalAnnotations(report);
  const annotations = planAnnotations(
    [...findingAnnotations(report), ...signalNotes.errors],
    [...warningAnnotations(report), ...signalNotes.warnings],
  );
  for (const annotation of annotations.shown) {
    const emit = annotation.level === 'error' ? core.error : core.warning;
    emit(annotation.message, annotationProperties(annotation));
  }

  const extra = [hiddenAnnotationsNote(annotations), comment.url ? `Pull request comment: ${comment.url}` : undefined];
  const summary = markdownWithinBytes(report, MAX_SUMMARY_BYTES - 1024, {
    fullReportHint: 'the full report is in the report file (output report-path)',
    extra: extra.filter((x): x is string => !!x),
  });
  try {
    await core.summary.addRaw(summary).write();
  } catch (error) {
    core.info(`No job summary written (${errorSentence(error)}).`);
  }

  const counts = verdictCounts(report);
  const verdict = verdictOf(report);
  core.setOutput('verdict', verdict);
  core.setOutput('finding-count', String(counts.findings));
  core.setOutput('policy-count', String(counts.policy));
  core.setOutput('held-count', String(counts.held));
  core.setOutput('findings', JSON.stringify(findingsOutput(report)));
  core.setOutput('report-path', reportPath);
  core.setOutput('markdown', markdownWithinBytes(report, MAX_COMMENT_CHARS, { fullReportHint }));
  if (inputs.sarifFile) await writeSarif(report, path.resolve(ctx.workspace, inputs.sarifFile));

  const status = exitCode(report, inputs.warnOnly);
  core.info(closingLine(report, verdict, inputs.warnOnly));
  return status;
}

/** The step log's last word: the verdict in its own terms, and what was not checked. */
/** Who re-runs a held job once its hold ends: a scheduled run only when one is configured. */
function rerunSentence(report: Report): string {
  if (report.holds?.rerun) return ' The scheduled run with rerun-held re-runs this job then.';
  const unread = report.holds?.rerunUnread;
  const why = unread?.length
    ? `a scheduled workflow calls ${unread.map((u) => plain(u, 120)).join(', ')}, a reusable workflow of another repository that lockgate cannot read, so no re-run is promised`
    : 'no scheduled run with rerun-held was found in .github/workflows';
  return ` Re-run this job then (${why}).`;
}

function closingLine(report: Report, verdict: Verdict, warnOnly: boolean): string {
  const passes = warnOnly && verdict !== 'clean' && verdict !== 'error' ? ' warn-only is set, so the step passes.' : '';
  const gaps = notCheckedLine(report);
  const tail = `${passes}${gaps ? ` ${gaps}` : ''}`;
  switch (verdict) {
    case 'error':
      return `lockgate could not finish: ${messagesAt(report, 'error').length} error(s); see the annotations and the job summary.`;
    case 'held': {
      const until = heldUntil(report);
      return until
        ? `lockgate holds ${verdictCounts(report).held} new version(s) until ${until}: a reason to wait, not a verdict of malware.${passes || rerunSentence(report)}${gaps ? ` ${gaps}` : ''}`
        : `lockgate: registry signals fail the check (see the annotations and the job summary).${tail}`;
    }
    case 'clean': {
      const first = report.messages[0];
      return `lockgate found no malicious package version.${first ? ` ${plain(first.message, 500)}` : ''}${tail}`;
    }
    default:
      return `${summaryLine(report)}${tail}`;
  }
}

/** The sticky comment, when the event is a pull request and comments are on. */
async function writeComment(
  inputs: ActionInputs,
  plan: EventPlan,
  report: Report,
  ctx: PublishContext,
  links: { runUrl: string | undefined; fullReportHint: string },
): Promise<{ url?: string; warning?: Message }> {
  if (plan.pullNumber === undefined || inputs.comment === 'never') return {};
  if (!ctx.client)
    return {
      warning: message(
        'warning',
        'lockgate could not write its pull request comment: the github-token input is empty.',
      ),
    };
  const body = markdownWithinBytes(report, MAX_COMMENT_CHARS - 600, {
    prefix: COMMENT_MARKER,
    fullReportHint: links.fullReportHint,
  });
  const footer = `\n\n<sub>lockgate${plan.head.sha ? ` checked commit ${plan.head.sha.slice(0, 12)}` : ''}${links.runUrl ? ` in [this run](${links.runUrl})` : ''}.</sub>`;
  const counts = verdictCounts(report);
  const outcome = await syncComment(
    ctx.client,
    { ...ctx.repo, issueNumber: plan.pullNumber },
    {
      mode: inputs.comment,
      // Holds need the comment too: it carries the hold marker the scheduled re-run reads.
      findings: counts.findings + counts.suspicious + counts.held,
      errors: messagesAt(report, 'error').length,
      reportBody: `${body}${footer}${heldMarkerLine(report, plan, ctx.env)}`,
      resolvedBody: resolvedNote(plan.head.sha, links.runUrl),
    },
  );
  if (outcome.action !== 'none' && outcome.action !== 'failed')
    core.info(`Pull request comment: ${outcome.action}d${outcome.url ? ` (${outcome.url})` : ''}.`);
  return {
    ...(outcome.url ? { url: outcome.url } : {}),
    ...(outcome.warning ? { warning: message('warning', outcome.warning) } : {}),
  };
}

/** The hidden hold marker for the sticky comment, when this run fails only because of holds (see holds.ts). */
function heldMarkerLine(report: Report, plan: EventPlan, env: NodeJS.ProcessEnv): string {
  const until = heldUntil(report);
  const run = Number(env.GITHUB_RUN_ID);
  const job = env.GITHUB_JOB ?? '';
  if (!until || !plan.head.sha || !Number.isSafeInteger(run) || run <= 0 || !/^[\w.-]{1,100}$/.test(job)) return '';
  return `\n${holdMarker({ run, job, sha: plan.head.sha, until })}`;
}

/**
 * The SARIF file, only for a run that finished: code scanning reads an
 * uploaded analysis as complete and closes every alert it does not list, so a
 * run that ended in an error removes any file left at that path and writes
 * none (the README's upload step runs only when the `sarif-file` output is set).
 */
async function writeSarif(report: Report, sarifPath: string): Promise<void> {
  const log = sarifFor(report, { toolVersion: lockgateVersion() });
  if (!log) {
    await rm(sarifPath, { force: true });
    core.info(
      'No SARIF written: the run did not finish, and an incomplete analysis would close open code scanning alerts.',
    );
    return;
  }
  await mkdir(path.dirname(sarifPath), { recursive: true });
  await writeFile(sarifPath, `${JSON.stringify(log, null, 2)}\n`);
  core.setOutput('sarif-file', sarifPath);
  core.info(`SARIF written to ${sarifPath}.`);
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
