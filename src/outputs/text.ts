/**
 * The report a person reads in a terminal: the verdict, one line per finding,
 * the data age, one plan for all findings, then each finding's own details,
 * the changes and the sources. Untrusted text is bounded and stripped of
 * control characters (plain()) before any colour is added.
 */
import { defang, plain, plainUrl } from '../core/escape.js';
import { messagesAt, verdictOf, type Report } from '../core/report.js';
import { policyPlan } from '../findings/guidance/plan.js';
import { textSignals } from './signals.js';
import { textContent } from './content.js';
import {
  FILE_FINDINGS_FIX,
  fileFindingLines,
  manifestFindingLines,
  noSourcesLine,
  countOf,
  changeLine,
  dataAgeLine,
  describeSource,
  howItChanged,
  howItEntered,
  lockfileTitle,
  maliciousFindings,
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

export interface TextOptions {
  /** ANSI colours (the CLI decides from the TTY, NO_COLOR and FORCE_COLOR). */
  color?: boolean;
  /** Findings, holds and errors only: no changes, sources or notes. */
  quiet?: boolean;
  /** The time the data age is measured at (ms since the epoch; default now). */
  now?: number;
  /** List the errors (default true; the CLI prints them on stderr instead). */
  errors?: boolean;
}

/** Most changes listed per lockfile in text output (the JSON report has all). */
const TEXT_CHANGES = 200;

type Paint = (text: string) => string;

function palette(color: boolean): { red: Paint; yellow: Paint; green: Paint; bold: Paint; dim: Paint } {
  const wrap =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}

/** The report as terminal text. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const p = palette(options.color === true);
  const now = options.now ?? Date.now();
  const malicious = maliciousFindings(report);
  const policy = policyFindings(report);
  const verdict = summaryLine(report);
  const errors = messagesAt(report, 'error');
  const gaps = notCheckedLine(report);
  const out: string[] = [
    errors.length
      ? p.yellow(p.bold(verdict))
      : verdictOf(report) !== 'clean'
        ? p.red(p.bold(verdict))
        : p.green(verdict),
    ...(gaps ? [p.yellow(plain(gaps, 600))] : []),
    '',
  ];
  if (options.errors !== false) {
    for (const error of errors) out.push(`${p.yellow('error:')} ${plain(where(error), 500)}`);
    if (errors.length) out.push('');
  }
  // One numbering for both lists, so a finding's details below carry its number.
  malicious.forEach((f, i) =>
    out.push(`  ${i + 1}. ${p.red('✖')} ${listLine(f)} ${f.advisories.map((a) => plain(a.id, 60)).join(', ')}`),
  );
  policy.forEach((f, i) =>
    out.push(`  ${malicious.length + i + 1}. ${p.yellow('▲')} ${listLine(f)} policy: ${f.kind}`),
  );
  if (malicious.length || policy.length) out.push('');
  const age = dataAgeLine(report.sources, now);
  if (age && (!options.quiet || malicious.length)) out.push(p.dim(plain(age, 400)), '');

  if (malicious.length) {
    out.push(...planLines(report, p), '');
    out.push(p.bold('Malicious versions:'), '');
    malicious.forEach((f, i) => out.push(...findingLines(f, i + 1, p, malicious.length === 1), ''));
  }
  if (policy.length) {
    out.push(p.bold('Lockfile policy (no advisory covers these entries):'));
    policyPlan(policy).forEach((step, i) => out.push(`  ${i + 1}. ${plain(step, 1000)}`));
    out.push('');
    policy.forEach((f, i) => out.push(...policyLines(f, malicious.length + i + 1, p, policy.length === 1), ''));
  }
  const asked = manifestFindingLines(report);
  if (asked.length) {
    out.push(p.bold('Malicious versions package.json asks for:'));
    for (const line of asked) out.push(`  ${p.red('✖')} ${plain(line, 800)}`);
    out.push('');
  }
  const fileFindings = fileFindingLines(report);
  if (fileFindings.length) {
    out.push(p.bold('Policy (package-manager config and manifests):'));
    for (const line of fileFindings) out.push(`  ${p.red('✖')} ${plain(line, 600)}`);
    out.push(`  ${FILE_FINDINGS_FIX}`, '');
  }
  // Holds and other registry signals: a reason to wait or look, kept apart from the findings.
  out.push(...textSignals(report));
  out.push(...textContent(report));
  if (options.quiet) return `${trimEnd(out).join('\n')}\n`;

  for (const lockfile of report.lockfiles) {
    out.push(`${plain(lockfileTitle(lockfile))}: ${countOf(lockfile.changes.length, 'change')}`);
    for (const change of lockfile.changes.slice(0, TEXT_CHANGES)) out.push(`  ${plain(changeLine(change), 400)}`);
    if (lockfile.changes.length > TEXT_CHANGES) {
      out.push(`  … ${lockfile.changes.length - TEXT_CHANGES} more (see --format json)`);
    }
  }
  if (!report.lockfiles.length && !errors.length) out.push('No lockfile found.');
  out.push('', 'Sources:');
  for (const status of report.sources) out.push(`  ${plain(describeSource(status, now), 400)}`);
  if (!report.sources.length) out.push(`  ${noSourcesLine(errors.length > 0)}`);
  for (const m of report.messages) {
    if (m.level !== 'error')
      out.push(`${m.level === 'warning' ? p.yellow('warning:') : 'note:'} ${plain(where(m), 500)}`);
  }
  return `${out.join('\n')}\n`;
}

/** "postmark-mcp@1.0.16 — added (package-lock.json:8)", the start of a finding's list line. */
function listLine(f: LocatedFinding): string {
  return `${plain(versionLabel(f), 280)} — ${plain(howItChanged(f))} (${plain(whereIs(f.lockfile, f, ':'))})`;
}

function planLines(report: Report, p: ReturnType<typeof palette>): string[] {
  const plan = reportPlan(report);
  const lines = [p.bold('What to do now:')];
  if (plan.taken.length) {
    lines.push(
      // The advisories' own words follow with each finding: named here, not quoted twice.
      `  What was taken, as the advisories say: ${plan.taken.map((t) => t.label.toLowerCase()).join(', ')}.`,
    );
  }
  plan.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${plain(step, 1000)}`));
  const ci = plan.rotate.ci.map(
    (c) =>
      `  - CI secrets of ${plain(c.workflow)}: ${c.secrets.map((s) => plain(s, 100)).join(', ')}${c.note ? ` (${plain(c.note, 300)})` : ''}`,
  );
  const rotate = [...plan.rotate.machines.map((m) => `  - ${plain(m, 300)}`), ...ci];
  if (plan.rotate.ciNote) rotate.push(`  ${plain(plan.rotate.ciNote, 500)}`);
  if (rotate.length) lines.push(p.bold('Credentials to rotate, on machines that installed or ran them:'), ...rotate);
  const { domains, ips, urls } = plan.indicators;
  if (domains.length + ips.length + urls.length) {
    lines.push(`Indicators (defanged): ${[...domains, ...ips, ...urls].map((x) => plain(defang(x), 200)).join(', ')}`);
  }
  return lines;
}

/** Where a finding is and how it entered: "package-lock.json:8, direct dependency (package.json), has an install script". */
function whereLine(f: LocatedFinding): string {
  return `  ${plain(whereIs(f.lockfile, f, ':'))}, ${plain(howItEntered(f), 1000)}${f.installScript ? ', has an install script' : ''}`;
}

function findingLines(f: LocatedAdvisoryFinding, n: number, p: ReturnType<typeof palette>, alone: boolean): string[] {
  const g = f.guidance;
  const lines = [
    `${n}. ${p.red('✖')} ${p.bold(plain(versionLabel(f), 280))}${f.alias ? ` (installed as ${plain(f.alias)})` : ''} — ${plain(howItChanged(f))}`,
    whereLine(f),
  ];
  if (f.origin) lines.push(`  ${plain(f.origin.problem, 1000)}`);
  for (const a of f.advisories) {
    const aliases = a.aliases.length ? ` (also ${a.aliases.map((x) => plain(x, 60)).join(', ')})` : '';
    const url = a.url ? ` ${plainUrl(a.url)}` : '';
    lines.push(
      `  ${plain(a.id, 60)}${aliases}: ${plain(a.summary)} [${plain(a.sources.join(', '))}]${url}${plain(reportedBy(a), 400)}`,
    );
  }
  lines.push(`  ${plain(g.headline, 500)}`);
  lines.push(`  When it could have run: ${plain(g.exposure.text, 1000)}`);
  // A lone finding's fix is a step of the plan above.
  if (!alone) lines.push(`  Fix: ${plain(g.fix, 1000)}`);
  for (const d of g.details)
    lines.push(`  What ${plain(d.id, 80)} says (${plain(d.source, 60)}): ${plain(d.text, 600)}`);
  const references = g.links.filter((l) => l.kind !== 'record').map((l) => plainUrl(l.url));
  if (references.length) lines.push(`  References: ${references.join(' ')}`);
  return lines;
}

function policyLines(f: LocatedPolicyFinding, n: number, p: ReturnType<typeof palette>, alone: boolean): string[] {
  const g = f.guidance;
  return [
    `${n}. ${p.yellow('▲')} ${p.bold(plain(versionLabel(f), 280))}${f.alias ? ` (installed as ${plain(f.alias)})` : ''} — ${plain(howItChanged(f))}`,
    whereLine(f),
    `  ${f.kind}: ${plain(g.headline, 1000)}`,
    `  When it could have run: ${plain(g.exposure.text, 1000)}`,
    // A lone finding's fix is a step of the plan above.
    ...(alone ? [] : [`  Fix: ${plain(g.fix, 1000)}`]),
  ];
}

function trimEnd(lines: string[]): string[] {
  while (lines.length && lines.at(-1) === '') lines.pop();
  return lines;
}
