/**
 * The organisation scan's report model (pure): one entry per repository
 * scanned, each with its lockfiles' findings at their lines (the finding shape
 * of the JSON report), what was skipped and what is still pending, and
 * whether the scan is complete. A scan stopped by a rate limit is never
 * complete; its exit status is 2 however clean the part it saw.
 */
import type { SourceStatus } from '../core/osv.js';
import type { Finding, LockfileReport, Message, Report } from '../core/report.js';
import { incidentPlan, type IncidentPlan } from '../findings/guidance/plan.js';

/** One lockfile of a repository: what was read and what is flagged. */
export interface OrgLockfile {
  path: string;
  format: LockfileReport['format'];
  formatVersion: string;
  /** Locked versions checked. */
  packages: number;
  findings: Finding[];
}

/** One repository's result. */
export interface RepoResult {
  /** `owner/name`. */
  repo: string;
  url: string;
  branch: string;
  /** The commit scanned (absent for an empty repository). */
  commit?: string;
  status: 'clean' | 'flagged' | 'error' | 'empty';
  lockfiles: OrgLockfile[];
  /** Errors, warnings and notes of this repository (file and line relative to it). */
  messages: Message[];
}

export type SkipReason = 'fork' | 'archived';

/** What was asked: every advisory, or one incident. */
export interface OrgQuery {
  /** `name@version` given on the command line: where is it locked? */
  packages: string[];
  /** Only findings of this advisory id (or alias). */
  advisory?: string;
  /** `k/n`: this run's part of the repository list. */
  shard?: string;
  includeForks: boolean;
  includeArchived: boolean;
  /** The repositories named on the command line (all of the owner's when empty). */
  repos: string[];
}

export interface OrgReport {
  version: 1;
  kind: 'org-scan';
  owner: string;
  /** Every repository in scope was scanned; false after a rate-limit stop (and then exit 2). */
  complete: boolean;
  query: OrgQuery;
  /** Repositories in this run's scope (after the shard split), skipped ones included. */
  listed: number;
  repositories: RepoResult[];
  skipped: { repo: string; reason: SkipReason }[];
  /** Repositories not scanned yet: a later run with the same state file scans them. */
  pending: string[];
  sources: SourceStatus[];
  /** Scan-wide messages (a stop, a source that did not answer). */
  messages: Message[];
  /** GitHub API requests this run made. */
  requests: number;
}

/** A repository's result from its engine report (every version in its lockfiles checked). */
export function repoResult(
  base: Pick<RepoResult, 'repo' | 'url' | 'branch' | 'commit'>,
  report: Report,
  packagesIn: (path: string) => number,
): RepoResult {
  const lockfiles = report.lockfiles.map((l) => ({
    path: l.path,
    format: l.format,
    formatVersion: l.formatVersion,
    packages: packagesIn(l.path),
    findings: l.findings,
  }));
  const status = report.messages.some((m) => m.level === 'error')
    ? 'error'
    : lockfiles.some((l) => l.findings.length)
      ? 'flagged'
      : 'clean';
  return { ...base, status, lockfiles, messages: report.messages };
}

/** Keeps only the findings of `advisory` (its id or one of its aliases, case-insensitive). */
export function onlyAdvisory(result: RepoResult, advisory: string): RepoResult {
  const id = advisory.toUpperCase();
  const covers = (f: Finding) =>
    f.kind === 'advisory' &&
    f.advisories.some((a) => a.id.toUpperCase() === id || a.aliases.some((x) => x.toUpperCase() === id));
  const lockfiles = result.lockfiles.map((l) => ({ ...l, findings: l.findings.filter(covers) }));
  const status =
    result.status === 'flagged' ? (lockfiles.some((l) => l.findings.length) ? 'flagged' : 'clean') : result.status;
  return { ...result, lockfiles, status };
}

/** The rotation plan of one repository's findings (the plan of the PR comment, for a default branch). */
export function repoPlan(result: RepoResult): IncidentPlan {
  return incidentPlan(
    // Only malware has credentials to rotate; a policy finding's plan is its own.
    result.lockfiles.flatMap((l) =>
      l.findings.flatMap((f) => (f.kind === 'advisory' ? [{ ...f, lockfile: l.path, format: l.format }] : [])),
    ),
  );
}

/** Every flagged repository's findings count. */
export function findingCount(report: Pick<OrgReport, 'repositories'>): number {
  return report.repositories.reduce((n, r) => n + r.lockfiles.reduce((m, l) => m + l.findings.length, 0), 0);
}

/** 2: incomplete or an error; 1: a finding; 0: clean. */
export function orgExitCode(report: OrgReport): 0 | 1 | 2 {
  if (!report.complete || report.messages.some((m) => m.level === 'error')) return 2;
  if (report.repositories.some((r) => r.status === 'error')) return 2;
  return findingCount(report) ? 1 : 0;
}

/** The shards' reports as one: complete when every part is, and when the parts are 1..n of n. */
export function mergeReports(parts: readonly OrgReport[]): OrgReport {
  const first = parts[0];
  if (!first) throw new Error('--merge needs at least one report.');
  for (const part of parts) {
    if (part.owner !== first.owner)
      throw new Error(`The reports are of different owners (${first.owner}, ${part.owner}).`);
  }
  const shards = parts.map((p) => p.query.shard).filter((s): s is string => s !== undefined);
  const messages: Message[] = parts.flatMap((p) => p.messages);
  let complete = parts.every((p) => p.complete);
  if (shards.length) {
    const count = Number(shards[0]!.split('/')[1]);
    const have = new Set(shards.map((s) => Number(s.split('/')[0])));
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !have.has(k));
    if (missing.length || shards.length !== parts.length || shards.some((s) => Number(s.split('/')[1]) !== count)) {
      complete = false;
      messages.push({
        level: 'error',
        message: `The reports do not cover every part of the repository list${missing.length ? ` (part ${missing.join(', ')} of ${count} is missing)` : ''}.`,
      });
    }
  }
  const byRepo = (a: { repo: string }, b: { repo: string }) => (a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0);
  const query = { ...first.query };
  delete query.shard;
  return {
    version: 1,
    kind: 'org-scan',
    owner: first.owner,
    complete,
    query,
    listed: parts.reduce((n, p) => n + p.listed, 0),
    repositories: parts.flatMap((p) => p.repositories).sort(byRepo),
    skipped: parts.flatMap((p) => p.skipped).sort(byRepo),
    pending: parts.flatMap((p) => p.pending).sort(),
    sources: first.sources,
    messages,
    requests: parts.reduce((n, p) => n + p.requests, 0),
  };
}
