/**
 * The sentences every renderer shares (text, Markdown, SARIF, annotations):
 * the summary line, how a version changed and entered, what each advisory
 * source answered and how old its data is. Plain text; each renderer escapes.
 */
import type { SourceStatus } from '../core/osv.js';
import type { Change } from '../core/diff.js';
import { incidentPlan, type IncidentPlan } from '../findings/guidance/plan.js';
import { originLabel } from '../match/match.js';
import { signalsHeadline } from './signals.js';
import {
  messagesAt,
  type AdvisoryRef,
  type Finding,
  type LockfileReport,
  type Message,
  type Report,
} from '../core/report.js';
import { daysOld, thousands } from '../core/numbers.js';


export function countOf(n: number, one: string, many = `${one}s`): string {
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

/**
 * Where a finding is: its lockfile line (`yarn.lock line 12`, or `yarn.lock:12` with
 * `sep` ':'), or for bun.lockb, which has no lines, the package.json line declaring it.
 */
export function whereIs(lockfile: string, f: Finding, sep = ' line '): string {
  if (f.line) return `${lockfile}${sep}${f.line}`;
  return f.declared ? `${lockfile} (declared in ${f.declared.file} line ${f.declared.line})` : lockfile;
}

/** ", reported by ghsa-malware GHSA-… (modified 2025-09-16)" for an advisory whose origins are known, else "". */
export function reportedBy(a: AdvisoryRef): string {
  return a.origins?.length ? `, reported by ${a.origins.map(originLabel).join('; ')}` : '';
}

/** "direct dependency (package.json)" or "via a@1 → b@2 → c@3". */
export function howItEntered(finding: Finding): string {
  if (finding.direct) return `direct dependency${finding.importer ? ` (${finding.importer})` : ''}`;
  if (finding.via.length)
    return `via ${finding.via.join(' → ')}${finding.importer ? ` (from ${finding.importer})` : ''}`;
  return 'dependency chain not recorded in the lockfile';
}

/** One line per source: "snapshot: 22,256 records, advisories as of 2026-08-04 (114 days old)". */
export function describeSource(status: SourceStatus, now?: number): string {
  const parts: string[] = [];
  if (!status.ok) parts.push(`did not answer: ${status.error ?? 'unknown error'}`);
  else {
    if (status.records !== undefined) parts.push(countOf(status.records, 'record'));
    if (status.asOf) parts.push(`advisories as of ${status.asOf.slice(0, 10)}${ageSuffix(status.asOf, now)}`);
    if (status.requests !== undefined) parts.push(countOf(status.requests, 'request'));
    if (status.bytes !== undefined) parts.push(countOf(status.bytes, 'byte'));
  }
  return `${status.name}: ${parts.join(', ') || 'answered'}`;
}


function ageSuffix(asOf: string, now: number | undefined): string {
  const days = now === undefined ? undefined : daysOld(asOf, now);
  return days === undefined ? '' : ` (${countOf(days, 'day')} old)`;
}

/**
 * How fresh the advisory data was, in one line: "Advisory data: snapshot as of
 * 2026-08-04 (114 days old); osv and github answered live." Undefined when no
 * source was consulted.
 */
export function dataAgeLine(sources: readonly SourceStatus[], now: number): string | undefined {
  if (!sources.length) return undefined;
  const dated = sources.filter((s) => s.ok && s.asOf && !isLive(s));
  const live = sources.filter((s) => isLive(s));
  const parts = dated.map((s) => `${s.name} as of ${s.asOf!.slice(0, 10)}${ageSuffix(s.asOf!, now)}`);
  const answered = live.filter((s) => s.ok).map((s) => s.name);
  const silent = live.filter((s) => !s.ok).map((s) => s.name);
  if (answered.length) parts.push(`${answered.join(' and ')} answered live`);
  if (silent.length) parts.push(`${silent.join(' and ')} did not answer`);
  return parts.length ? `Advisory data: ${parts.join('; ')}.` : undefined;
}

/** The live sources by name (their records are as of the moment they answered). */
function isLive(status: SourceStatus): boolean {
  return status.name === 'osv' || status.name === 'github';
}

export function summaryLine(report: Report): string {
  const findings = report.lockfiles.reduce((n, l) => n + l.findings.length, 0);
  const checked = report.lockfiles.length;
  const errors = messagesAt(report, 'error').length;
  if (errors) return `lockgate could not finish: ${countOf(errors, 'error')}.`;
  const held = signalsHeadline(report);
  const policy = report.fileFindings?.length
    ? `${countOf(report.fileFindings.length, 'policy finding')} in package-manager config or manifests`
    : '';
  if (findings) {
    return `lockgate: ${countOf(findings, 'malicious package version')} found in ${countOf(checked, 'lockfile')}.${policy ? ` Also ${policy}.` : ''}${held ? ` Also ${held}.` : ''}`;
  }
  if (policy) return `lockgate: ${policy}.${held ? ` Also ${held}.` : ''}`;
  if (held) return `lockgate: ${held}.`;
  const changed = report.lockfiles.reduce((n, l) => n + l.changes.length, 0);
  return report.mode === 'all'
    ? `lockgate: no malicious package version in ${countOf(checked, 'lockfile')} (every version checked).`
    : `lockgate: no malicious package version among ${countOf(changed, 'changed package')} in ${countOf(checked, 'lockfile')}.`;
}

/**
 * The policy findings about config files and manifests, one sentence each,
 * led by the file and line, and what to do about them (never rotation: they
 * are not malware).
 */
export function fileFindingLines(report: Report): string[] {
  return (report.fileFindings ?? []).map((f) => {
    const at = `${f.file}${f.line ? `:${f.line}` : ''}`;
    return f.problem.startsWith(`${f.file}:`)
      ? `${at}: ${f.problem.slice(f.file.length + 1).trim()}`
      : `${at}: ${f.problem}`;
  });
}

/** What to do about policy findings in config files and manifests. */
export const FILE_FINDINGS_FIX =
  "Review each change with the people who own the repository's install setup; if it is intended, merge it with their approval (the check fails until then), else revert it.";

/** A message as a sentence, led by its file and line when it has them and does not already name them. */
export function where(m: Message): string {
  if (m.file === undefined || m.message.includes(m.file)) return m.message;
  return `${m.file}${m.line ? `:${m.line}` : ''}: ${m.message}`;
}

export function changeLine(change: Change): string {
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

export function lockfileTitle(lockfile: LockfileReport): string {
  const base = lockfile.base
    ? ` (base: ${lockfile.base.path}, ${lockfile.base.format} ${lockfile.base.formatVersion})`
    : '';
  const deleted = lockfile.deleted ? ' — deleted in head' : '';
  return `${lockfile.path} (${lockfile.format} ${lockfile.formatVersion})${base}${deleted}`;
}

/** A finding with its lockfile's path and format. */
export type LocatedFinding = Finding & { lockfile: string; format: LockfileReport['format'] };

/** Every finding of the report, in lockfile order, with its lockfile. */
export function locatedFindings(report: Report): LocatedFinding[] {
  return report.lockfiles.flatMap((l) => l.findings.map((f) => ({ ...f, lockfile: l.path, format: l.format })));
}

/** The one plan for the report's findings. */
export function reportPlan(report: Report): IncidentPlan {
  return incidentPlan(locatedFindings(report));
}

/** When a finding's code could have run, in a few words (the plan explains what each means once). */
export function exposureShort(finding: Finding): string {
  switch (finding.guidance.exposure.when) {
    case 'install':
      return 'at install time (the lockfile records an install script)';
    case 'runtime':
      return 'when code that requires it ran (no install script recorded)';
    case 'unknown':
      return 'assume install time (this lockfile format does not record install scripts)';
  }
}

/** What install time and runtime exposure mean, said once for a report with several findings. */
export const EXPOSURE_NOTE =
  'Code with an install script ran on every machine and CI job that installed this branch, whether or not it was used; code without one ran wherever tests, builds or the app were started after installing. Formats that do not record install scripts (Yarn, Bun) count as install time.';
