/**
 * The sentences every renderer shares (text, Markdown, SARIF, annotations):
 * the summary line, how a version changed and entered, what each advisory
 * source answered and how old its data is. Plain text; each renderer escapes.
 */
import type { Change } from '../core/diff.js';
import { incidentPlan, type IncidentPlan } from '../findings/guidance/plan.js';
import { originLabel } from '../match/match.js';
import { signalsHeadline } from './signals.js';
import {
  isPolicy,
  messagesAt,
  notChecked,
  verdictCounts,
  type AdvisoryFinding,
  type AdvisoryRef,
  type Finding,
  type LockfileReport,
  type Message,
  type PolicyFinding,
  type Report,
  type ReportSource,
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

/** One line per source: "snapshot: 22,256 records, advisories as of 2026-08-04 (114 days old)", "osv: not asked (--offline)". */
export function describeSource(status: ReportSource, now?: number): string {
  const parts: string[] = [];
  if (status.state === 'failed') parts.push(`did not answer: ${status.error ?? 'unknown error'}`);
  else if (status.state === 'not-asked') parts.push(`not asked${status.error ? ` (${status.error})` : ''}`);
  else if (status.type !== 'advisory') {
    if (status.requests !== undefined) parts.push(countOf(status.requests, 'request'));
    if (status.bytes !== undefined) parts.push(countOf(status.bytes, 'byte'));
    if (status.type === 'content') {
      if (status.cached) parts.push(`${countOf(status.cached, 'tarball')} from the cache`);
      if (status.unpackedBytes !== undefined) parts.push(`${countOf(status.unpackedBytes, 'byte')} unpacked`);
    }
    if (status.type === 'registry' && status.notModified !== undefined)
      parts.push(`${thousands(status.notModified)} from the cache (not modified)`);
  } else {
    if (status.records !== undefined) parts.push(countOf(status.records, 'record'));
    if (status.asOf) parts.push(`advisories as of ${status.asOf.slice(0, 10)}${ageSuffix(status.asOf, now)}`);
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
 * source was asked.
 */
export function dataAgeLine(sources: readonly ReportSource[], now: number): string | undefined {
  const advisory = sources.filter((s) => s.type === 'advisory');
  const dated = advisory.filter((s) => s.state === 'answered' && s.asOf && !s.live);
  const live = advisory.filter((s) => s.live);
  const parts = dated.map((s) => `${s.name} as of ${s.asOf!.slice(0, 10)}${ageSuffix(s.asOf!, now)}`);
  const answered = live.filter((s) => s.state === 'answered').map((s) => s.name);
  const silent = live.filter((s) => s.state === 'failed').map((s) => s.name);
  if (answered.length) parts.push(`${answered.join(' and ')} answered live`);
  if (silent.length) parts.push(`${silent.join(' and ')} did not answer`);
  return parts.length ? `Advisory data: ${parts.join('; ')}.` : undefined;
}

/**
 * The headline: what the run comes to, each kind of verdict in its own words
 * (malware, suspicious code, the source policy, holds), the leading one first.
 */
export function summaryLine(report: Report): string {
  const checked = report.lockfiles.length;
  const errors = messagesAt(report, 'error').length;
  if (errors) return `lockgate could not finish: ${countOf(errors, 'error')}.`;
  const counts = verdictCounts(report);
  const files = report.fileFindings?.length ?? 0;
  const asked = report.manifestFindings?.length ?? 0;
  const locked = counts.malicious - asked;
  const entries = counts.policy - files;
  const held = signalsHeadline(report);
  const parts = [
    locked ? `${countOf(locked, 'malicious package version')} found` : '',
    asked ? `${countOf(asked, 'malicious package version')} that package.json asks for` : '',
    counts.suspicious
      ? `${countOf(counts.suspicious, 'version')} with suspicious new code (content signals; no advisory covers ${counts.suspicious === 1 ? 'it' : 'them'} yet)`
      : '',
    entries
      ? `${countOf(entries, 'lockfile entry', 'lockfile entries')} against the source policy (no advisory covers ${entries === 1 ? 'it' : 'them'})`
      : '',
    files ? `${countOf(files, 'policy finding')} in package-manager config or manifests` : '',
    held ?? '',
  ].filter(Boolean);
  if (parts.length) {
    const [first, ...rest] = parts;
    const where =
      first!.includes('package-manager config') || first!.includes('package.json asks for')
        ? ''
        : ` in ${countOf(checked, 'lockfile')}`;
    return `lockgate: ${first}${where}.${rest.length ? ` Also ${rest.join('; ')}.` : ''}`;
  }
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

/**
 * The exact versions package.json files ask for that an advisory covers, one sentence each, led by
 * the file and line.
 */
export function manifestFindingLines(report: Report): string[] {
  return (report.manifestFindings ?? []).map((f) => {
    const at = `${f.file}${f.line ? `:${f.line}` : ''}`;
    const ids = f.advisories.map((a) => a.id).join(', ');
    const summary = f.advisories.find((a) => a.summary)?.summary;
    return `${at}: ${f.field} "${f.key}" asks for ${f.name}@${f.version}, which ${ids} covers${summary ? ` (${summary.slice(0, 200)})` : ''}. The next install after a merge (npm install, yarn, pnpm install, bun install, a bot's rebase) fetches it whatever the lockfile holds: remove it, or ask for a version no advisory covers.`;
  });
}

/** What to do about policy findings in config files and manifests. */
export const FILE_FINDINGS_FIX =
  "Review each change with the people who own the repository's install setup; if it is intended, merge it with their approval (the check fails until then), else revert it.";
/** The headline's second line: what the run did not check, or undefined when it checked everything. */
export function notCheckedLine(report: Report): string | undefined {
  const gaps = notChecked(report);
  return gaps.length ? `Not checked: ${gaps.join('; ')}.` : undefined;
}

/** Sentences joined as sentences: each ends with a full stop (or its own ! or ?). */
export function sentences(...parts: (string | undefined)[]): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter(Boolean)
    .map((p) => (/[.!?]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

/** A message as a sentence, led by its file and line when it has them and does not already name them. */
export function where(m: Message): string {
  if (m.file === undefined || m.message.includes(m.file)) return m.message;
  return `${m.file}${m.line ? `:${m.line}` : ''}: ${m.message}`;
}

export function changeLine(change: Change): string {
  const from = versionsText(change.from);
  const to = versionsText(change.to);
  switch (change.kind) {
    case 'added':
      return `added ${change.name} ${to}`;
    case 'removed':
      return `removed ${change.name} ${from}`;
    case 'changed':
      return `changed ${change.name} ${to} (${change.reason ?? 'origin changed'})`;
    default:
      return `${change.kind} ${change.name} ${from} → ${to}`;
  }
}

/** "1.0.0, 2.0.0"; an entry the lockfile records without a version reads "(no version recorded)". */
function versionsText(versions: readonly string[]): string {
  return versions.map((v) => v || '(no version recorded)').join(', ');
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
export type LocatedAdvisoryFinding = AdvisoryFinding & { lockfile: string; format: LockfileReport['format'] };
export type LocatedPolicyFinding = PolicyFinding & { lockfile: string; format: LockfileReport['format'] };

/** Every finding of the report, in lockfile order, with its lockfile: the malicious ones first, then the policy ones. */
export function locatedFindings(report: Report): LocatedFinding[] {
  return [...maliciousFindings(report), ...policyFindings(report)];
}

/** The findings an advisory covers (verdict malicious). */
export function maliciousFindings(report: Report): LocatedAdvisoryFinding[] {
  return report.lockfiles.flatMap((l) =>
    l.findings.flatMap((f) => (isPolicy(f) ? [] : [{ ...f, lockfile: l.path, format: l.format }])),
  );
}

/** The policy findings (not malware). */
export function policyFindings(report: Report): LocatedPolicyFinding[] {
  return report.lockfiles.flatMap((l) =>
    l.findings.flatMap((f) => (isPolicy(f) ? [{ ...f, lockfile: l.path, format: l.format }] : [])),
  );
}

/** The one plan for the report's malicious findings. */
export function reportPlan(report: Report): IncidentPlan {
  return incidentPlan(maliciousFindings(report));
}

/** "name@version", or for an entry without a version, the name and where it comes from. */
export function versionLabel(f: { name: string; version: string; host?: string }): string {
  if (f.version) return `${f.name}@${f.version}`;
  return f.host ? `${f.name} (from ${f.host})` : `${f.name} (no version recorded)`;
}

/** What the sources list says when no source was asked: nothing needed checking, or the run stopped first. */
export function noSourcesLine(stopped: boolean): string {
  return stopped ? 'none asked (the run stopped before the lookup)' : 'none asked (no version needed checking)';
}
