/**
 * The report as GitHub-flavoured Markdown (PR comment, job summary, `--format
 * markdown`), sized to a budget before anything is written.
 *
 * Order: the verdict, a table of the findings, the data age, one plan for all
 * findings (what was taken first, one clean-up, one rotation list), then per
 * finding only what is its own (where, chain, exposure, fix, what the
 * advisory says, its references), then the changes and the sources.
 *
 * Every piece of text from a lockfile or an advisory goes through md(), or
 * mdCode() for names and versions (a code span that copies back exactly).
 * When the budget is short, the advisories' details are shortened first; only
 * then are changes and, last, findings left out, counted and pointed to.
 */
import { defang, md, mdCode, mdLink, mdProse, mdText } from '../core/escape.js';
import type { IncidentPlan } from '../findings/guidance/plan.js';
import { policyPlan } from '../findings/guidance/plan.js';
import { messagesAt, verdictOf, type Report, type Verdict } from '../core/report.js';
import { markdownSignals } from './signals.js';
import {
  FILE_FINDINGS_FIX,
  fileFindingLines,
  manifestFindingLines,
  countOf,
  dataAgeLine,
  describeSource,
  howItChanged,
  lockfileTitle,
  locatedFindings,
  maliciousFindings,
  noSourcesLine,
  notCheckedLine,
  policyFindings,
  reportPlan,
  reportedBy,
  summaryLine,
  versionLabel,
  where,
  whereIs,
  type LocatedAdvisoryFinding,
  type LocatedFinding,
  type LocatedPolicyFinding,
} from './words.js';

export interface MarkdownOptions {
  /** Most characters of the result (PR comments: 65,536; job summary: 1 MiB). */
  maxChars: number;
  /** Where the full report is, said when something did not fit. */
  fullReportHint?: string;
  /** First line, e.g. a hidden marker for a sticky comment. */
  prefix?: string;
  /** The time the data age is measured at (ms since the epoch; default now). */
  now?: number;
}

/** Most rows in the overview table (each finding still has its own section). */
const TABLE_ROWS = 100;
/** Characters of each advisory detail, tried in turn until the report fits. */
const DETAIL_LEVELS = [600, 300, 140, 0] as const;

/** The report as Markdown within `options.maxChars`. */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const now = options.now ?? Date.now();
  const plan = reportPlan(report);
  let out = { text: '', complete: false };
  for (const detailChars of DETAIL_LEVELS) {
    out = assemble(report, plan, options, now, detailChars);
    if (out.complete) break;
  }
  return out.text.length <= options.maxChars ? out.text : compact(report, options, now);
}

/**
 * A budget too small for the plan: the verdict, as many table rows as fit and
 * where the rest is.
 */
function compact(report: Report, options: MarkdownOptions, now: number): string {
  const errors = messagesAt(report, 'error');
  const findings = locatedFindings(report);
  const age = dataAgeLine(report.sources, now);
  const head = [...(options.prefix ? [options.prefix] : []), ...headline(report), ''];
  const tail = [
    '',
    ...(age ? [md(age, 400), ''] : []),
    `> The full report did not fit here${options.fullReportHint ? `; ${options.fullReportHint}` : ''}.`,
  ];
  const rows = findings.length ? findingsTable(findings) : errors.map((e) => `- **Error:** ${mdText(where(e), 500)}`);
  let used = head.join('\n').length + tail.join('\n').length + 2;
  const kept: string[] = [];
  for (const row of rows) {
    if (used + row.length + 1 > options.maxChars) break;
    kept.push(row);
    used += row.length + 1;
  }
  // A table needs its header and separator rows, or nothing.
  const table = findings.length && kept.length < 3 ? [] : kept;
  return [...head, ...table, ...tail].join('\n').slice(0, options.maxChars);
}

/** The heading with the verdict's icon, and what was not checked under it when something was not. */
function headline(report: Report): string[] {
  const gaps = notCheckedLine(report);
  return [
    `## ${VERDICT_ICON[verdictOf(report)]} ${md(summaryLine(report), 300)}`,
    ...(gaps ? ['', `**${md(gaps, 600)}**`] : []),
  ];
}

function assemble(
  report: Report,
  plan: IncidentPlan,
  options: MarkdownOptions,
  now: number,
  detailChars: number,
): { text: string; complete: boolean } {
  const malicious = maliciousFindings(report);
  const policy = policyFindings(report);
  const head: string[] = [];
  if (options.prefix) head.push(options.prefix);
  const errors = messagesAt(report, 'error');
  head.push(...headline(report), '');
  if (malicious.length || policy.length) head.push(...findingsTable([...malicious, ...policy]), '');
  for (const error of errors) head.push(`- **Error:** ${mdText(where(error), 500)}`);
  if (errors.length) head.push('');
  const age = dataAgeLine(report.sources, now);
  if (age) head.push(md(age, 400), '');
  if (malicious.length) head.push(...planBlock(plan));
  if (policy.length) head.push(...policyPlanBlock(policy));
  const asked = manifestFindingLines(report);
  if (asked.length) {
    head.push('### Malicious versions package.json asks for', '');
    for (const line of asked) head.push(`- ${mdText(line, 800)}`);
    head.push('');
  }
  const fileFindings = fileFindingLines(report);
  if (fileFindings.length) {
    head.push('### Policy: package-manager config and manifests', '');
    for (const line of fileFindings) head.push(`- ${mdText(line, 600)}`);
    head.push('', md(FILE_FINDINGS_FIX, 400), '');
  }
  // Holds and other registry signals: a reason to wait or look, kept apart from the findings.
  const signalSections = markdownSignals(report);
  if (signalSections) head.push(signalSections, '');

  const tail: string[] = ['', '<details><summary>Sources</summary>', ''];
  for (const status of report.sources) tail.push(`- ${md(describeSource(status, now), 400)}`);
  if (!report.sources.length) tail.push(`- ${noSourcesLine(errors.length > 0)}`);
  tail.push('', '</details>');
  for (const m of report.messages) {
    if (m.level === 'warning') tail.push('', `> **Warning:** ${mdText(where(m), 500)}`);
    else if (m.level === 'note') tail.push('', `> ${mdText(where(m), 500)}`);
  }

  const shared = sharedDetails(malicious);
  if (shared.size) {
    head.push('**What the advisories say about several of these findings**', '');
    for (const [text, { label, source, count }] of shared) {
      head.push(`- **${label}** (${md(source, 60)}, ${countOf(count, 'finding')}): ${md(text, detailChars || 140)}`);
    }
    head.push('');
  }

  const blocks: { text: string; kind: 'finding' | 'change' }[] = [];
  // Each section's heading travels with its first finding, so a heading is never left without one.
  malicious.forEach((f, i) => {
    const block = findingBlock(f, i + 1, detailChars, malicious.length === 1, shared);
    blocks.push({ text: i === 0 ? `### Malicious versions\n\n${block}` : block, kind: 'finding' });
  });
  policy.forEach((f, i) => {
    const block = policyBlock(f, malicious.length + i + 1, policy.length === 1);
    blocks.push({ text: i === 0 ? `### Lockfile policy\n\n${block}` : block, kind: 'finding' });
  });
  for (const lockfile of report.lockfiles) {
    if (!lockfile.changes.length && !lockfile.deleted) continue;
    blocks.push({
      text: `\n<details><summary>${md(lockfileTitle(lockfile), 400)}: ${countOf(lockfile.changes.length, 'change')}</summary>\n\n| change | package | from | to |\n|---|---|---|---|`,
      kind: 'change',
    });
    for (const c of lockfile.changes) {
      blocks.push({
        text: `| ${c.kind} | ${mdCode(c.name)} | ${md(c.from.join(', '), 300)} | ${md(c.to.join(', '), 300)} |`,
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
  return { text: [...head, ...body, ...tail].join('\n'), complete: !skippedFindings && !skippedChanges };
}

/** The heading's icon per verdict. */
const VERDICT_ICON: Record<Verdict, string> = {
  error: '⚠️',
  malicious: '❌',
  suspicious: '🔍',
  policy: '🚧',
  held: '⏸️',
  clean: '✅',
};

/** One row per finding: the list a responder reads before anything else. */
function findingsTable(findings: readonly LocatedFinding[]): string[] {
  const rows = findings
    .slice(0, TABLE_ROWS)
    .map(
      (f, i) =>
        `| ${i + 1} | ${mdCode(versionLabel(f), 280)} | ${md(howItChanged(f))} | ${md(whereIs(f.lockfile, f))} | ${entered(f, 2)} | ${verdictCell(f)} |`,
    );
  if (findings.length > TABLE_ROWS) rows.push(`| | … ${findings.length - TABLE_ROWS} more below | | | | |`);
  return ['| # | package | change | where | how it entered | verdict |', '|---|---|---|---|---|---|', ...rows];
}

/** "direct (package.json)" or "via `a@1` → `b@2`", the chain cut after `steps` in the table. */
function entered(f: LocatedFinding, steps = 10): string {
  if (f.direct) return `direct${f.importer ? ` (${md(f.importer)})` : ''}`;
  if (!f.via.length) return 'chain not recorded';
  const shown = f.via.slice(0, steps).map((v) => mdCode(v));
  return `via ${shown.join(' → ')}${f.via.length > steps ? ' → …' : ''}`;
}

/** "malicious: MAL-2025-47604" or "policy: unapproved-host" for the table's last cell. */
function verdictCell(f: LocatedFinding): string {
  return f.kind === 'advisory'
    ? `malicious: ${f.advisories.map((a) => mdLink(a.id, a.url)).join(', ')}`
    : `policy: ${md(f.kind)}`;
}

/** The one plan for the malicious versions: what was taken, the steps, the rotation list, the indicators. */
function planBlock(plan: IncidentPlan): string[] {
  const out = ['### What to do now', ''];
  if (plan.taken.length) {
    out.push(
      // The advisories' own words follow with each finding: named here, not quoted twice.
      `**What was taken, as the advisories say:** ${plan.taken.map((t) => md(t.label.toLowerCase())).join(', ')}.`,
      '',
    );
  }
  out.push(...plan.steps.map((step, i) => `${i + 1}. ${mdProse(step, 1000)}`), '');
  const rotate = [
    ...plan.rotate.machines.map((m) => `- ${mdProse(m, 300)}`),
    ...plan.rotate.ci.map(
      (ci) =>
        `- CI secrets of ${md(ci.workflow)}: ${ci.secrets.map((s) => md(s, 100)).join(', ')}${ci.note ? ` (${md(ci.note, 300)})` : ''}`,
    ),
    ...(plan.rotate.ciNote ? [`- ${md(plan.rotate.ciNote, 500)}`] : []),
  ];
  if (rotate.length) out.push('**Credentials to rotate**', '', ...rotate, '');
  const { domains, ips, urls } = plan.indicators;
  if (domains.length + ips.length + urls.length) {
    out.push(
      `**Indicators of compromise** (defanged): ${[...domains, ...ips, ...urls].map((x) => mdCode(defang(x))).join(', ')}`,
      '',
    );
  }
  return out;
}

/** The plan for the policy findings: regenerate the entries or allow their sources; nothing to rotate. */
function policyPlanBlock(policy: readonly LocatedPolicyFinding[]): string[] {
  return [
    '### What to do about the lockfile policy',
    '',
    ...policyPlan(policy).map((step, i) => `${i + 1}. ${mdProse(step, 1000)}`),
    '',
  ];
}

/** A policy finding's own: where, what the check found, when it could have run, its fix. */
function policyBlock(f: LocatedPolicyFinding, n: number, alone: boolean): string {
  const g = f.guidance;
  return [
    `#### ${n}. ${mdCode(versionLabel(f), 280)} — ${md(howItChanged(f))}`,
    '',
    `- **Where:** ${md(whereIs(f.lockfile, f))}${f.alias ? `, installed as ${mdCode(f.alias)}` : ''}; ${entered(f)}${f.importer && !f.direct ? ` (from ${md(f.importer)})` : ''}`,
    `- **Policy check \`${f.kind}\`:** ${mdProse(g.headline, 1000)}`,
    `- **When it could have run:** ${mdProse(g.exposure.text, 1000)}`,
    // A lone finding's fix is a step of the plan above.
    ...(alone ? [] : [`- **Fix:** ${mdProse(g.fix, 1000)}`]),
    '',
  ].join('\n');
}

/** What is a finding's own: where, how it entered, when it ran, its fix, what its advisories say. */
function findingBlock(
  f: LocatedAdvisoryFinding,
  n: number,
  detailChars: number,
  alone: boolean,
  shared: ReadonlyMap<string, SharedDetail>,
): string {
  const g = f.guidance;
  const out = [
    `#### ${n}. ${mdCode(versionLabel(f), 280)} — ${md(howItChanged(f))}`,
    '',
    `- **Where:** ${md(whereIs(f.lockfile, f))}${f.alias ? `, installed as ${mdCode(f.alias)}` : ''}; ${entered(f)}${f.importer && !f.direct ? ` (from ${md(f.importer)})` : ''}`,
    `- **What it is:** ${mdProse(g.headline, 500)}`,
    ...(f.origin ? [`- **Its source:** ${mdText(f.origin.problem, 1000)}`] : []),
    `- **When it could have run:** ${mdProse(g.exposure.text, 1000)}`,
    // A lone finding's fix is a step of the plan above.
    ...(alone ? [] : [`- **Fix:** ${mdProse(g.fix, 1000)}`]),
    `- **Advisories:** ${f.advisories
      .map(
        (a) =>
          `${mdLink(a.id, a.url)}${a.aliases.length ? ` (also ${a.aliases.map((x) => md(x, 60)).join(', ')})` : ''} ${md(a.summary)} (from ${md(a.sources.join(', '))}${md(reportedBy(a))})`,
      )
      .join('; ')}`,
  ];
  for (const d of g.details) {
    const common = shared.get(d.text);
    const text = common ? `text ${common.label} above` : detailChars > 0 ? md(d.text, detailChars) : undefined;
    if (text) out.push(`- **What ${md(d.id, 80)} says** (${md(d.source, 60)}): ${text}`);
  }
  const references = g.links.filter((l) => l.kind !== 'record');
  if (references.length) {
    out.push(`- **References:** ${references.map((l) => mdLink(`${l.kind}: ${hostOf(l.url)}`, l.url)).join(', ')}`);
  }
  out.push('');
  return out.join('\n');
}

/** A detail text that several findings' advisories share (often a source's standard wording). */
interface SharedDetail {
  /** "A", "B", …: how the findings refer to it. */
  label: string;
  source: string;
  count: number;
}

/** Detail texts that appear in two findings or more, said once above the findings. */
function sharedDetails(findings: readonly LocatedAdvisoryFinding[]): Map<string, SharedDetail> {
  const counts = new Map<string, { source: string; count: number }>();
  for (const f of findings) {
    for (const text of new Set(f.guidance.details.map((d) => d.text))) {
      const source = f.guidance.details.find((d) => d.text === text)!.source;
      const known = counts.get(text);
      counts.set(text, { source: known?.source ?? source, count: (known?.count ?? 0) + 1 });
    }
  }
  const shared = new Map<string, SharedDetail>();
  for (const [text, { source, count }] of counts) {
    if (count < 2 || shared.size >= 26) continue;
    shared.set(text, { label: String.fromCharCode(65 + shared.size), source, count });
  }
  return shared;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return 'link';
  }
}
