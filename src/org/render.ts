/**
 * The organisation scan's report as text, Markdown, JSON and SARIF. Per
 * repository: each flagged version at its lockfile line (a link to that line
 * at the scanned commit in Markdown), then that repository's rotation plan;
 * then the repositories that could not be read, what was skipped, and, for a
 * stopped scan, what is pending. Paths, names and versions come from the
 * repositories and go through the escaping helpers like every other report.
 */
import { md, mdCode, mdLink, mdProse, plain } from '../core/escape.js';
import type { Finding } from '../core/report.js';
import type { IncidentPlan } from '../findings/guidance/plan.js';
import { renderSarif } from '../outputs/sarif.js';
import { countOf } from '../outputs/words.js';
import { thousands } from '../core/numbers.js';
import { findingCount, repoPlan, type OrgReport, type RepoResult } from './report.js';

/** One line that says what the scan found and whether it is complete. */
export function orgSummary(report: OrgReport): string {
  const scanned = report.repositories.filter((r) => r.status !== 'error');
  const flagged = report.repositories.filter((r) => r.status === 'flagged');
  const errors = report.repositories.filter((r) => r.status === 'error');
  const findings = findingCount(report);
  const what = report.query.packages.length
    ? `${report.query.packages.join(', ')} is locked`
    : report.query.advisory
      ? `${report.query.advisory} covers a locked version`
      : 'a flagged version is locked';
  const parts = [
    `${countOf(scanned.length, 'repository', 'repositories')} of ${report.owner} scanned`,
    flagged.length
      ? `${what} in ${countOf(flagged.length, 'repository', 'repositories')} (${countOf(findings, 'finding')})`
      : `no repository where ${what}`,
  ];
  if (errors.length) parts.push(`${countOf(errors.length, 'repository', 'repositories')} could not be read`);
  if (report.skipped.length) parts.push(`${report.skipped.length} skipped`);
  const state = report.complete ? '' : ` INCOMPLETE: ${report.pending.length} not scanned yet.`;
  return `lockgate org: ${parts.join('; ')}.${state}`;
}

/** Where a finding is, as a link to the line at the scanned commit. */
function lineUrl(repo: RepoResult, path: string, line: number): string {
  const file = path.split('/').map(encodeURIComponent).join('/');
  return `${repo.url}/blob/${repo.commit ?? repo.branch}/${file}${line > 0 ? `#L${line}` : ''}`;
}

function advisoryIds(f: Finding): string {
  return f.kind === 'advisory' ? f.advisories.map((a) => a.id).join(', ') : `policy: ${f.kind}`;
}

export function renderOrgText(report: OrgReport): string {
  const out = [orgSummary(report), ''];
  for (const repo of report.repositories.filter((r) => r.status === 'flagged')) {
    out.push(`${repo.repo} (${plain(repo.branch, 100)} at ${repo.commit?.slice(0, 12) ?? '?'})`);
    for (const lockfile of repo.lockfiles) {
      for (const f of lockfile.findings) {
        const at =
          f.line > 0
            ? `${lockfile.path}:${f.line}`
            : f.declared
              ? `${f.declared.file}:${f.declared.line}`
              : lockfile.path;
        const via = f.via.length ? ` via ${f.via.map((v) => plain(v, 100)).join(' > ')}` : f.direct ? ' (direct)' : '';
        out.push(`  ${plain(at, 300)}  ${plain(f.name)}@${plain(f.version, 100)}  ${plain(advisoryIds(f), 300)}${via}`);
      }
    }
    out.push('  Rotation plan:', ...planText(repoPlan(repo)).map((l) => `    ${l}`), '');
  }
  const errors = report.repositories.filter((r) => r.status === 'error');
  if (errors.length) {
    out.push('Could not be read:');
    for (const repo of errors)
      for (const m of repo.messages.filter((x) => x.level === 'error'))
        out.push(`  ${repo.repo}: ${plain(m.message, 500)}`);
    out.push('');
  }
  for (const m of report.messages) out.push(`${m.level}: ${plain(m.message, 1000)}`);
  if (report.skipped.length) out.push(skippedLine(report));
  if (report.pending.length)
    out.push(
      `Not scanned yet: ${report.pending.slice(0, 20).join(', ')}${report.pending.length > 20 ? `, … ${report.pending.length - 20} more` : ''}`,
    );
  out.push(`${thousands(report.requests)} GitHub API requests.`);
  return `${out.join('\n').trimEnd()}\n`;
}

function skippedLine(report: OrgReport): string {
  const forks = report.skipped.filter((s) => s.reason === 'fork').length;
  const archived = report.skipped.filter((s) => s.reason === 'archived').length;
  const parts = [
    forks ? `${countOf(forks, 'fork')} (--include-forks)` : '',
    archived ? `${archived} archived (--include-archived)` : '',
  ];
  return `Skipped: ${parts.filter(Boolean).join(', ')}.`;
}

function planText(plan: IncidentPlan): string[] {
  const lines = plan.steps.map((step, i) => `${i + 1}. ${plain(step, 1000)}`);
  if (plan.rotate.machines.length) lines.push(...plan.rotate.machines.map((m) => `- ${plain(m, 300)}`));
  for (const ci of plan.rotate.ci)
    lines.push(
      `- ${plain(ci.workflow, 200)}: ${ci.secrets.map((s) => plain(s, 100)).join(', ') || 'no named secrets'}`,
    );
  return lines;
}

export function renderOrgMarkdown(report: OrgReport): string {
  const flagged = report.repositories.filter((r) => r.status === 'flagged');
  const icon = !report.complete
    ? '⚠️'
    : flagged.length
      ? '❌'
      : report.repositories.some((r) => r.status === 'error')
        ? '⚠️'
        : '✅';
  const out = [`### ${icon} ${md(orgSummary(report).replace(/^lockgate org: /, ''), 2000)}`, ''];
  if (flagged.length) {
    out.push('| Repository | Lockfile line | Version | Advisory |', '|---|---|---|---|');
    for (const repo of flagged) {
      for (const lockfile of repo.lockfiles) {
        for (const f of lockfile.findings) {
          const label = f.line > 0 ? `${lockfile.path}:${f.line}` : lockfile.path;
          out.push(
            `| ${md(repo.repo)} | ${mdLink(label, lineUrl(repo, lockfile.path, f.line))} | ${mdCode(`${f.name}@${f.version}`)} | ${md(advisoryIds(f), 300)} |`,
          );
        }
      }
    }
    out.push('');
    for (const repo of flagged) {
      out.push(`<details><summary>Rotation plan for ${md(repo.repo)}</summary>`, '');
      const plan = repoPlan(repo);
      out.push(...plan.steps.map((step, i) => `${i + 1}. ${mdProse(step, 1000)}`), '');
      if (plan.rotate.machines.length || plan.rotate.ci.length) {
        out.push('**Rotate:**', ...plan.rotate.machines.map((m) => `- ${mdProse(m, 300)}`));
        out.push(
          ...plan.rotate.ci.map(
            (ci) => `- ${mdCode(ci.workflow)}: ${ci.secrets.map((s) => mdCode(s)).join(', ') || 'no named secrets'}`,
          ),
          '',
        );
      }
      out.push('</details>', '');
    }
  }
  const errors = report.repositories.filter((r) => r.status === 'error');
  if (errors.length) {
    out.push('**Could not be read:**', '');
    for (const repo of errors)
      for (const m of repo.messages.filter((x) => x.level === 'error'))
        out.push(`- ${md(repo.repo)}: ${md(m.message, 500)}`);
    out.push('');
  }
  for (const m of report.messages) out.push(`> **${m.level}:** ${md(m.message, 1000)}`, '');
  if (report.skipped.length) out.push(md(skippedLine(report), 300), '');
  out.push(`${thousands(report.requests)} GitHub API requests.`);
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderOrgJson(report: OrgReport): string {
  const withPlans = {
    ...report,
    repositories: report.repositories.map((r) => (r.status === 'flagged' ? { ...r, plan: repoPlan(r) } : r)),
  };
  return `${JSON.stringify(withPlans, null, 2)}\n`;
}

/**
 * SARIF: one run per repository with findings, each carrying its repository
 * and commit as `versionControlProvenance`, so paths stay repository-relative.
 */
export function renderOrgSarif(report: OrgReport, toolVersion: string): string {
  const runs = report.repositories
    .filter((r) => r.status === 'flagged')
    .flatMap((repo) => {
      const log = renderSarif(
        {
          version: 2,
          mode: 'all',
          lockfiles: repo.lockfiles.map((l) => ({ ...l, changes: [], signals: [] })),
          // SARIF lists no sources.
          sources: [],
          messages: [],
        },
        { toolVersion },
      ) as { runs: object[] };
      return log.runs.map((run) => ({
        ...run,
        versionControlProvenance: [
          { repositoryUri: repo.url, ...(repo.commit ? { revisionId: repo.commit } : {}), branch: repo.branch },
        ],
      }));
    });
  return `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2)}\n`;
}

/** The progress line: "120/488 repositories, 1 flagged, 0 errors, 380 requests (4,620 left)". */
export function progressLine(p: {
  done: number;
  total: number;
  flagged: number;
  errors: number;
  requests: number;
  remaining?: number;
}): string {
  const left = p.remaining !== undefined ? ` (${thousands(p.remaining)} left)` : '';
  return `${thousands(p.done)}/${thousands(p.total)} repositories, ${p.flagged} flagged, ${countOf(p.errors, 'error')}, ${countOf(p.requests, 'request')}${left}`;
}
