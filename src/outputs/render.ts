import type { SourceStatus } from '../advisories/types.js';
import type { Change } from '../core/diff.js';
import { defang, md, mdLink, mdProse, plain } from '../core/escape.js';
import type { Guidance } from '../core/guidance.js';
import { originLabel } from '../core/match.js';
import {
  allFindings,
  messageTexts,
  messagesAt,
  type AdvisoryRef,
  type Finding,
  type LockfileReport,
  type Message,
  type Report,
} from '../core/report.js';
import { markdownSignals, signalsHeadline, textSignals } from './signals.js';

/**
 * The JSON contract, pretty-printed: `notes` (warnings and notes) and `errors`
 * as sentences, as they always were, and `messages` with their levels, files
 * and lines.
 */
export function renderJson(report: Report): string {
  const { messages, ...rest } = report;
  const json = {
    ...rest,
    notes: messageTexts(report, 'warning', 'note'),
    errors: messageTexts(report, 'error'),
    messages,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

// ---------------------------------------------------------------- shared words

/** `22256` → `22,256` (toLocaleString would load ICU data: 25 ms of a cold start). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function countOf(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/** "added", "upgraded from 1.0.15", "present (full scan)". */
export function howItChanged(finding: Finding): string {
  switch (finding.change) {
    case 'upgraded':
    case 'downgraded':
      return `${finding.change} from ${finding.from.join(', ')}`;
    case 'added':
      return finding.from.length ? `added beside ${finding.from.join(', ')}` : 'added';
    case 'changed':
      return 'same version, new origin';
    case 'present':
      return 'present (full scan)';
    default:
      return finding.change;
  }
}

/** "direct dependency (package.json)" or "via a@1 → b@2 → c@3". */
/**
 * Where a finding is: its lockfile line (`yarn.lock line 12`, or `yarn.lock:12` with
 * `sep` ':'), or for bun.lockb, which has no lines, the package.json line declaring it.
 */
export function whereIs(lockfile: string, f: Finding, sep = ' line '): string {
  if (f.line) return `${lockfile}${sep}${f.line}`;
  return f.declared ? `${lockfile} (declared in ${f.declared.file} line ${f.declared.line})` : lockfile;
}

export function howItEntered(finding: Finding): string {
  if (finding.direct) return `direct dependency${finding.importer ? ` (${finding.importer})` : ''}`;
  if (finding.via.length)
    return `via ${finding.via.join(' → ')}${finding.importer ? ` (from ${finding.importer})` : ''}`;
  return 'dependency chain not recorded in the lockfile';
}

/** One line per source: "snapshot: 22,256 records, advisories as of 2026-08-04". */
export function describeSource(status: SourceStatus): string {
  const parts: string[] = [];
  if (!status.ok) parts.push(`did not answer: ${status.error ?? 'unknown error'}`);
  else {
    if (status.records !== undefined) parts.push(countOf(status.records, 'record'));
    if (status.asOf) parts.push(`advisories as of ${status.asOf.slice(0, 10)}`);
    if (status.requests !== undefined) parts.push(countOf(status.requests, 'request'));
    if (status.bytes !== undefined) parts.push(countOf(status.bytes, 'byte'));
  }
  return `${status.name}: ${parts.join(', ') || 'answered'}`;
}

function summaryLine(report: Report): string {
  const findings = allFindings(report);
  const checked = report.lockfiles.length;
  const errors = messagesAt(report, 'error').length;
  if (errors) return `lockgate could not finish: ${countOf(errors, 'error')}.`;
  const held = signalsHeadline(report);
  if (findings.length) {
    return `lockgate: ${countOf(findings.length, 'malicious package version')} found in ${countOf(checked, 'lockfile')}.${held ? ` Also ${held}.` : ''}`;
  }
  if (held) return `lockgate: ${held}.`;
  const changed = report.lockfiles.reduce((n, l) => n + l.changes.length, 0);
  return report.mode === 'all'
    ? `lockgate: no malicious package version in ${countOf(checked, 'lockfile')} (every version checked).`
    : `lockgate: no malicious package version among ${countOf(changed, 'changed package')} in ${countOf(checked, 'lockfile')}.`;
}

/** A message as a sentence, led by its file and line when it has them and does not already name them. */
function where(m: Message): string {
  if (m.file === undefined || m.message.includes(m.file)) return m.message;
  return `${m.file}${m.line ? `:${m.line}` : ''}: ${m.message}`;
}

function changeLine(change: Change): string {
  switch (change.kind) {
    case 'added':
      return `added ${change.name} ${change.to.join(', ')}`;
    case 'removed':
      return `removed ${change.name} ${change.from.join(', ')}`;
    case 'changed':
      return `changed ${change.name} ${change.to.join(', ')} (${change.reason ?? 'origin changed'})`;
    default:
      return `${change.kind} ${change.name} ${change.from.join(', ')} → ${change.to.join(', ')}`;
  }
}

function lockfileTitle(lockfile: LockfileReport): string {
  const base = lockfile.base
    ? ` (base: ${lockfile.base.path}, ${lockfile.base.format} ${lockfile.base.formatVersion})`
    : '';
  const deleted = lockfile.deleted ? ' — deleted in head' : '';
  return `${lockfile.path} (${lockfile.format} ${lockfile.formatVersion})${base}${deleted}`;
}

// ---------------------------------------------------------------------- text

/** Most changes listed per lockfile in text output (the JSON report has all). */
const TEXT_CHANGES = 200;

/** The report a person reads in a terminal. Untrusted text is bounded and stripped of control characters. */
export function renderText(report: Report): string {
  const out: string[] = [summaryLine(report), ''];
  const errors = messagesAt(report, 'error');
  for (const error of errors) out.push(`error: ${plain(where(error), 500)}`);
  if (errors.length) out.push('');
  for (const lockfile of report.lockfiles) {
    for (const f of lockfile.findings) out.push(...textFinding(lockfile.path, f), '');
  }
  out.push(...textSignals(report));
  for (const lockfile of report.lockfiles) {
    out.push(`${plain(lockfileTitle(lockfile))}: ${countOf(lockfile.changes.length, 'change')}`);
    for (const change of lockfile.changes.slice(0, TEXT_CHANGES)) out.push(`  ${plain(changeLine(change), 400)}`);
    if (lockfile.changes.length > TEXT_CHANGES) {
      out.push(`  … ${lockfile.changes.length - TEXT_CHANGES} more (see --format json)`);
    }
  }
  if (!report.lockfiles.length && !errors.length) out.push('No lockfile found.');
  out.push('', 'Advisory sources consulted:');
  for (const status of report.sources) out.push(`  ${plain(describeSource(status), 400)}`);
  if (!report.sources.length) out.push('  none (no version needed checking)');
  for (const m of report.messages) if (m.level !== 'error') out.push(`${m.level}: ${plain(where(m), 500)}`);
  return `${out.join('\n')}\n`;
}

/** ", reported by ghsa-malware GHSA-… (modified 2025-09-16)" for an advisory whose origins are known, else "". */
function reportedBy(a: AdvisoryRef): string {
  return a.origins?.length ? `, reported by ${a.origins.map(originLabel).join('; ')}` : '';
}

function textFinding(lockfile: string, f: Finding): string[] {
  const g = f.guidance;
  const lines = [
    `✖ ${plain(f.name)}@${plain(f.version, 64)}${f.alias ? ` (installed as ${plain(f.alias)})` : ''} — ${plain(howItChanged(f))}`,
    `  ${plain(whereIs(lockfile, f, ':'))}, ${plain(howItEntered(f), 1000)}${f.installScript ? ', has an install script' : ''}`,
  ];
  for (const a of f.advisories) {
    const aliases = a.aliases.length ? ` (also ${a.aliases.map((x) => plain(x, 60)).join(', ')})` : '';
    lines.push(
      `  ${plain(a.id, 60)}${aliases}: ${plain(a.summary)} [${a.sources.join(', ')}] ${a.url}${reportedBy(a)}`,
    );
  }
  lines.push(`  ${plain(g.headline, 500)}`, '  What to do now:');
  g.now.forEach((step, i) => lines.push(`    ${i + 1}. ${plain(step, 1000)}`));
  lines.push(`  When it could have run: ${plain(g.exposure.text, 1000)}`);
  lines.push('  Rotate, on machines that installed it:', ...g.rotate.machines.map((m) => `    - ${plain(m, 300)}`));
  for (const ci of g.rotate.ci) {
    lines.push(
      `  Rotate, CI secrets of ${plain(ci.workflow)}: ${ci.secrets.map((s) => plain(s, 100)).join(', ')}${ci.note ? ` (${plain(ci.note, 300)})` : ''}`,
    );
  }
  lines.push(`  ${plain(g.rotate.ciNote, 500)}`);
  const { domains, ips, urls } = g.indicators;
  if (domains.length + ips.length + urls.length) {
    lines.push(
      `  Indicators (defanged): ${[...domains, ...ips, ...urls].map((x) => plain(defang(x), 200)).join(', ')}`,
    );
  }
  const links = g.links.map((l) => l.url);
  if (links.length) lines.push(`  Links: ${links.join(' ')}`);
  return lines;
}

// ------------------------------------------------------------------ markdown

export interface MarkdownOptions {
  /** Most characters of the result (PR comments: 65,536; job summary: 1 MiB). */
  maxChars: number;
  /** Where the full report is, said when something did not fit. */
  fullReportHint?: string;
  /** First line, e.g. a hidden marker for a sticky comment. */
  prefix?: string;
}

/**
 * The report as GitHub-flavoured Markdown within `maxChars`: findings with their
 * guidance first, then the changes, then the sources; what does not fit is
 * counted and pointed to, never cut mid-element. Every piece of text from a
 * lockfile or an advisory goes through md().
 */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const findings = report.lockfiles.flatMap((l) => l.findings.map((f) => ({ lockfile: l.path, f })));
  const head: string[] = [];
  if (options.prefix) head.push(options.prefix);
  const errors = messagesAt(report, 'error');
  const held = signalsHeadline(report);
  const icon = errors.length ? '⚠️' : findings.length ? '❌' : held ? '⏸️' : '✅';
  head.push(`## ${icon} ${md(summaryLine(report), 300)}`, '');
  for (const error of errors) head.push(`- **Error:** ${md(where(error), 500)}`);
  if (errors.length) head.push('');

  const tail: string[] = ['', '<details><summary>Advisory sources consulted</summary>', ''];
  for (const status of report.sources) tail.push(`- ${md(describeSource(status), 400)}`);
  if (!report.sources.length) tail.push('- none (no version needed checking)');
  tail.push('', '</details>');
  for (const m of report.messages) {
    if (m.level === 'warning') tail.push('', `> **Warning:** ${md(where(m), 500)}`);
    else if (m.level === 'note') tail.push('', `> ${md(where(m), 500)}`);
  }

  if (findings.length > 1) head.push(...findingsTable(findings), '');
  const signalSections = markdownSignals(report);
  if (signalSections) head.push(signalSections, '');

  const blocks: { text: string; kind: 'finding' | 'change' }[] = [];
  for (const { lockfile, f } of findings) blocks.push({ text: markdownFinding(lockfile, f), kind: 'finding' });
  for (const lockfile of report.lockfiles) {
    if (!lockfile.changes.length && !lockfile.deleted) continue;
    blocks.push({
      text: `\n<details><summary>${md(lockfileTitle(lockfile), 400)}: ${countOf(lockfile.changes.length, 'change')}</summary>\n\n| change | package | from | to |\n|---|---|---|---|`,
      kind: 'change',
    });
    for (const c of lockfile.changes) {
      blocks.push({
        text: `| ${c.kind} | ${md(c.name)} | ${md(c.from.join(', '), 300)} | ${md(c.to.join(', '), 300)} |`,
        kind: 'change',
      });
    }
    blocks.push({ text: '\n</details>', kind: 'change' });
  }

  const reserve = 400;
  let used = head.join('\n').length + tail.join('\n').length + reserve;
  const body: string[] = [];
  let skippedFindings = 0;
  let skippedChanges = 0;
  let inTable = false;
  for (const block of blocks) {
    if (used + block.text.length + 1 > options.maxChars) {
      if (block.kind === 'finding') skippedFindings++;
      else if (block.text.startsWith('|')) skippedChanges++;
      continue;
    }
    if (block.text.startsWith('\n<details>')) inTable = true;
    if (block.text === '\n</details>') inTable = false;
    body.push(block.text);
    used += block.text.length + 1;
  }
  if (inTable) body.push('\n</details>');
  if (skippedFindings || skippedChanges) {
    const what = [
      skippedFindings ? countOf(skippedFindings, 'finding') : '',
      skippedChanges ? countOf(skippedChanges, 'change') : '',
    ].filter(Boolean);
    body.push(
      '',
      `> ${what.join(' and ')} did not fit here${options.fullReportHint ? `; ${options.fullReportHint}` : ''}.`,
    );
  }
  return [...head, ...body, ...tail].join('\n');
}

/** Most rows in the overview table of a Markdown report (each finding still has its own section). */
const TABLE_ROWS = 50;

/** One row per finding, for a reader who needs the list before the details. */
function findingsTable(findings: readonly { lockfile: string; f: Finding }[]): string[] {
  const rows = findings
    .slice(0, TABLE_ROWS)
    .map(
      ({ lockfile, f }) =>
        `| ${md(`${f.name}@${f.version}`, 280)} | ${md(howItChanged(f))} | ${md(whereIs(lockfile, f))} | ${f.direct ? 'direct' : f.via.length ? `via ${md(f.via[0]!)}` : 'indirect'} | ${f.advisories.map((a) => mdLink(a.id, a.url)).join(', ')} |`,
    );
  if (findings.length > TABLE_ROWS) rows.push(`| … ${findings.length - TABLE_ROWS} more below | | | | |`);
  return ['| package | change | where | how it entered | advisories |', '|---|---|---|---|---|', ...rows];
}

function markdownFinding(lockfile: string, f: Finding): string {
  const g: Guidance = f.guidance;
  const out = [
    `### ${md(`${f.name}@${f.version}`, 280)} — ${md(howItChanged(f))}`,
    '',
    `- **Where:** ${md(whereIs(lockfile, f))}${f.alias ? `, installed as ${md(f.alias)}` : ''}`,
    `- **How it entered:** ${md(howItEntered(f), 1000)}`,
    `- **Advisories:** ${f.advisories
      .map(
        (a) =>
          `${mdLink(a.id, a.url)}${a.aliases.length ? ` (also ${a.aliases.map((x) => md(x, 60)).join(', ')})` : ''} ${md(a.summary)} — ${md(a.sources.join(', '))}${md(reportedBy(a))}`,
      )
      .join('; ')}`,
    '',
    `${md(g.headline, 500)}`,
    '',
    '**What to do now**',
    '',
    ...g.now.map((step, i) => `${i + 1}. ${mdProse(step, 1000)}`),
    '',
    `**When it could have run:** ${mdProse(g.exposure.text, 1000)}`,
    '',
    '**Credentials to rotate**',
    '',
    ...g.rotate.machines.map((m) => `- ${mdProse(m, 300)}`),
    ...g.rotate.ci.map(
      (ci) =>
        `- CI secrets of ${md(ci.workflow)}: ${ci.secrets.map((s) => md(s, 100)).join(', ')}${ci.note ? ` (${md(ci.note, 300)})` : ''}`,
    ),
    `- ${md(g.rotate.ciNote, 500)}`,
  ];
  const { domains, ips, urls } = g.indicators;
  if (domains.length + ips.length + urls.length) {
    out.push(
      '',
      `**Indicators of compromise** (defanged): ${[...domains, ...ips, ...urls].map((x) => md(defang(x))).join(', ')}`,
    );
  }
  if (g.links.length)
    out.push(
      '',
      `**Links:** ${g.links.map((l) => mdLink(l.id === l.url ? l.url : `${l.id} (${l.kind})`, l.url)).join(', ')}`,
    );
  out.push('');
  return out.join('\n');
}
