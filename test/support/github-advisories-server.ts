/**
 * A real HTTP server on 127.0.0.1 that speaks the GitHub REST API's "List
 * global security advisories" (`GET /advisories`) for malware, built from the
 * real malicious-package records of data/osv (or records given), with
 * `Link` paging and the scripted faults of `startScriptedServer`.
 *
 * Advisories use the global-advisory shape: ghsa_id, cve_id, identifiers,
 * references as URL strings, vulnerabilities with `vulnerable_version_range`
 * written the way GitHub writes them (`= 1.0.1`, `>= 0`, `>= 1.0.16`,
 * `>= 4.1.1, <= 4.1.2`).
 */
import { createHash } from 'node:crypto';
import semver from 'semver';
import type { OsvRecord } from '../../src/core/osv.js';
import type { GitHubAdvisory } from '../../src/advisories/github.js';
import {
  snapshotRecords,
  startScriptedServer,
  type RecordedRequest,
  type RouteAnswer,
  type ScriptedServer,
} from './osv-server.js';

/** Settings of the fake GitHub API. */
export interface GitHubServerOptions {
  /** OSV records turned into GitHub malware advisories (default: the real snapshot). */
  records?: OsvRecord[];
  /** Advisories served as they are, besides those from `records`. */
  advisories?: GitHubAdvisory[];
  /** Largest page, whatever `per_page` asks (default 100, GitHub's maximum). */
  pageSize?: number;
}

/** A fake GitHub advisories API. */
export interface GitHubServer extends ScriptedServer {
  /** Adds an advisory (a "live-only" one). */
  addAdvisory(advisory: GitHubAdvisory): void;
}

const GHSA_ALPHABET = '23456789cfghjmpqrvwx';

/** A GHSA id: the record's own GHSA alias, else one derived from its id (stable across runs). */
export function ghsaIdFor(record: OsvRecord): string {
  const alias = record.aliases?.find((a) => a.startsWith('GHSA-'));
  if (alias) return alias;
  const digest = createHash('sha256').update(record.id).digest();
  const chars = [...digest.subarray(0, 12)].map((b) => GHSA_ALPHABET[b % GHSA_ALPHABET.length]).join('');
  return `GHSA-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** GitHub's range text for one OSV range (single interval, as in the real data). */
function rangeText(
  events: NonNullable<NonNullable<OsvRecord['affected']>[number]['ranges']>[number]['events'],
): string {
  const parts: string[] = [];
  for (const event of events ?? []) {
    if (event.introduced !== undefined) parts.push(`>= ${event.introduced}`);
    if (event.fixed !== undefined) parts.push(`< ${event.fixed}`);
    if (event.last_affected !== undefined) parts.push(`<= ${event.last_affected}`);
  }
  return parts.join(', ');
}

/** A GitHub malware advisory carrying the same data as a MAL record. */
export function osvToGitHubAdvisory(record: OsvRecord): GitHubAdvisory {
  const ghsa = ghsaIdFor(record);
  const vulnerabilities: NonNullable<GitHubAdvisory['vulnerabilities']> = [];
  for (const affected of record.affected ?? []) {
    const pkg = { ecosystem: 'npm', name: affected.package?.name ?? '' };
    for (const version of affected.versions ?? []) {
      vulnerabilities.push({
        package: pkg,
        vulnerable_version_range: `= ${version}`,
        first_patched_version: null,
        vulnerable_functions: [],
      });
    }
    for (const range of affected.ranges ?? []) {
      vulnerabilities.push({
        package: pkg,
        vulnerable_version_range: rangeText(range.events),
        first_patched_version: null,
        vulnerable_functions: [],
      });
    }
  }
  return {
    ghsa_id: ghsa,
    cve_id: null,
    html_url: `https://github.com/advisories/${ghsa}`,
    summary: record.summary ?? `Malware in ${record.affected?.[0]?.package?.name ?? 'a package'}`,
    description: 'Any computer that has this package installed or running should be considered fully compromised.',
    type: 'malware',
    severity: 'critical',
    identifiers: [{ type: 'GHSA', value: ghsa }],
    references: (record.references ?? []).map((r) => r.url ?? '').filter((u) => u !== ''),
    published_at: record.published ?? null,
    updated_at: record.modified ?? null,
    withdrawn_at: record.withdrawn ?? null,
    vulnerabilities,
    cwes: [{ cwe_id: 'CWE-506', name: 'Embedded Malicious Code' }],
  };
}

/** Whether a GitHub range holds `version`, read with node-semver (independent of the client's parser). */
export function githubRangeHolds(range: string | null | undefined, version: string): boolean {
  const text = (range ?? '')
    .split(',')
    .map((part) => part.trim().replace(/^(>=|<=|>|<|=)\s+/, '$1'))
    .join(' ');
  if (!semver.valid(version)) return false;
  return semver.satisfies(version, text === '' ? '*' : text, { includePrerelease: true });
}

/** Starts a fake GitHub API on 127.0.0.1. */
export async function startGitHubAdvisoriesServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const byName = new Map<string, GitHubAdvisory[]>();
  const add = (advisory: GitHubAdvisory): void => {
    for (const name of new Set((advisory.vulnerabilities ?? []).map((v) => v.package?.name ?? ''))) {
      byName.set(name, [...(byName.get(name) ?? []), advisory]);
    }
  };
  const merged = new Map<string, GitHubAdvisory>();
  for (const record of options.records ?? snapshotRecords()) {
    const advisory = osvToGitHubAdvisory(record);
    const same = merged.get(advisory.ghsa_id);
    if (same) same.vulnerabilities = [...(same.vulnerabilities ?? []), ...(advisory.vulnerabilities ?? [])];
    else merged.set(advisory.ghsa_id, advisory);
  }
  for (const advisory of merged.values()) add(advisory);
  for (const advisory of options.advisories ?? []) add(advisory);

  let baseUrl = '';
  const server = await startScriptedServer((request) => list(request, byName, baseUrl, options.pageSize ?? 100));
  baseUrl = server.url;
  return { ...server, addAdvisory: add };
}

function list(
  request: RecordedRequest,
  byName: Map<string, GitHubAdvisory[]>,
  baseUrl: string,
  maxPage: number,
): RouteAnswer {
  if (request.method !== 'GET' || request.pathname !== '/advisories') {
    return { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
  }
  const params = new URL(request.url, baseUrl).searchParams;
  // Malware is listed only when asked for by type.
  if (params.get('type') !== 'malware') return { status: 200, json: [] };
  const ecosystem = params.get('ecosystem');
  const perPage = Math.min(maxPage, Number(params.get('per_page') ?? '30') || 30);
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const found = new Map<string, GitHubAdvisory>();
  for (const entry of (params.get('affects') ?? '').split(',').filter((e) => e !== '')) {
    const at = entry.lastIndexOf('@');
    const name = at > 0 ? entry.slice(0, at) : entry;
    const version = at > 0 ? entry.slice(at + 1) : undefined;
    for (const advisory of byName.get(name) ?? []) {
      const hit = (advisory.vulnerabilities ?? []).some(
        (v) =>
          v.package?.name === name &&
          (!ecosystem || v.package.ecosystem === ecosystem) &&
          (version === undefined || githubRangeHolds(v.vulnerable_version_range, version)),
      );
      if (hit) found.set(advisory.ghsa_id, advisory);
    }
  }
  const all = [...found.values()];
  const items = all.slice((page - 1) * perPage, page * perPage);
  const headers: Record<string, string> = {};
  if (page * perPage < all.length) {
    const next = new URL(request.url, baseUrl);
    next.searchParams.set('page', String(page + 1));
    const last = new URL(request.url, baseUrl);
    last.searchParams.set('page', String(Math.ceil(all.length / perPage)));
    headers.link = `<${next.href}>; rel="next", <${last.href}>; rel="last"`;
  }
  return { status: 200, json: items, headers };
}
