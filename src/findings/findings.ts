import type { OsvRecord, PackageQuery } from '../core/osv.js';
import type { Change } from '../core/diff.js';
import { DependencyGraph } from './graph.js';
import { advisoryUrl, buildGuidance, type GuidanceInput } from './guidance/guidance.js';
import type { AdvisoryHit } from '../match/match.js';
import type { LockedPackage, Lockfile } from '../core/model.js';
import { isOwnCode } from '../core/model.js';
import { DEFAULT_ALLOWED_HOSTS, originIssues, originQueries, type OriginIssue } from '../match/origin-checks.js';
import { hostsPolicy, type SourcePolicy } from '../match/source-policy.js';
import type { AdvisoryRef, Finding } from '../core/report.js';
import type { Guidance, WorkflowSecrets } from '../core/guidance-types.js';

/** A head lockfile and what changed in it against its base. */
export interface CheckedLockfile {
  head: Lockfile;
  /** The base lockfile, when there is one: same-version origin changes are checked against it. */
  base?: Lockfile | undefined;
  changes: Change[];
  /** Where packages may come from (default: the public npm and Yarn registries). */
  policy?: SourcePolicy;
  /** Name → the specs the lockfile's package.json files ask for it with. */
  requested?: ReadonlyMap<string, readonly string[]> | undefined;
}

const DEFAULT_POLICY = hostsPolicy(DEFAULT_ALLOWED_HOSTS);

/** The origin issues of a checked lockfile (see match/origin-checks.ts). */
function issuesOf(lockfile: CheckedLockfile, all: boolean): OriginIssue[] {
  return originIssues(lockfile, all, lockfile.policy ?? DEFAULT_POLICY);
}

/**
 * The versions to look up: every version in `to` of a change (new versions,
 * and those whose origin changed), or with `all` every version in head. The
 * repository's own code is never looked up.
 */
export function versionsToCheck(lockfile: CheckedLockfile, all: boolean): PackageQuery[] {
  const seen = new Set<string>();
  const out: PackageQuery[] = [];
  const add = (name: string, version: string) => {
    const key = `${name}@${version}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ name, version });
    }
  };
  if (all) {
    for (const pkg of lockfile.head.packages) if (!isOwnCode(pkg)) add(pkg.name, pkg.version);
  } else {
    for (const change of lockfile.changes) for (const version of change.to) add(change.name, version);
  }
  // What only an npm v2 file's legacy half locks (npm 6 installs it) and base did not have.
  const before = new Set(lockfile.base?.packages.map((p) => `${p.name}@${p.version}`));
  for (const pkg of lockfile.head.packages) {
    if (pkg.legacy && !before.has(`${pkg.name}@${pkg.version}`)) add(pkg.name, pkg.version);
  }
  // What a mismatching URL downloads is checked too: that is what gets installed.
  for (const query of originQueries(issuesOf(lockfile, all))) add(query.name, query.version);
  return out;
}

/**
 * Where a package of a lockfile without lines (bun.lockb) is declared: the line
 * of the direct dependency that brings it in, in the package.json that declares it.
 */
function declaredAt(
  head: Lockfile,
  pkg: LockedPackage,
  provenance: { direct: boolean; importer?: string; via: string[] },
): { declared?: { file: string; line: number } } {
  if (pkg.line || !provenance.importer) return {};
  const importer = head.importers.find((i) => i.path === provenance.importer);
  const top = provenance.via[0];
  const names = provenance.direct ? [pkg.alias, pkg.name] : [top?.slice(0, top.lastIndexOf('@'))];
  for (const name of names) {
    const line = name ? importer?.lines?.[name] : undefined;
    if (line) {
      const dir = head.path.includes('/') ? head.path.slice(0, head.path.lastIndexOf('/') + 1) : '';
      return { declared: { file: `${dir}${provenance.importer}`, line } };
    }
  }
  return {};
}

/**
 * Findings of one lockfile: each checked version that has advisory hits, and
 * each entry whose origin fails a check (match/origin-checks.ts), with its line, how it
 * entered, its install-script flag and guidance.
 */
export function findingsFor(
  lockfile: CheckedLockfile,
  hits: ReadonlyMap<string, AdvisoryHit[]>,
  all: boolean,
  workflows: readonly WorkflowSecrets[],
): Finding[] {
  const entries = new Map<string, LockedPackage[]>();
  for (const pkg of lockfile.head.packages) {
    if (isOwnCode(pkg)) continue;
    const key = `${pkg.name}@${pkg.version}`;
    const list = entries.get(key);
    if (list) list.push(pkg);
    else entries.set(key, [pkg]);
  }
  const changeOf = new Map<string, Change>();
  for (const change of lockfile.changes)
    for (const version of change.to) changeOf.set(`${change.name}@${version}`, change);

  let graph: DependencyGraph | undefined;
  /** A finding for entries `pkgs` of `name@version`, covered by `advisories` whose records give the guidance. */
  const finding = (
    pkgs: LockedPackage[],
    advisories: AdvisoryRef[],
    records: OsvRecord[],
    recordSources: string[],
    origin?: OriginIssue,
  ): Finding => {
    const { name, version } = pkgs[0]!;
    graph ??= new DependencyGraph(lockfile.head);
    const provenance = graph.provenance(pkgs.map((p) => p.id));
    const change = changeOf.get(`${name}@${version}`);
    const first = pkgs.reduce((a, b) => (b.line < a.line ? b : a));
    const installFlags = pkgs.map((p) => p.hasInstallScript);
    const installScript = installFlags.includes(true)
      ? true
      : installFlags.every((f) => f === false)
        ? false
        : undefined;
    // A mismatching URL installs the package it names: its advisories' guidance is the guidance.
    const guided = origin?.tarball && records.length ? origin.tarball : { name, version };
    const guidanceInput = {
      name: guided.name,
      version: guided.version,
      change: change?.kind ?? 'present',
      from: change?.from ?? [],
      installScript,
      direct: provenance.direct,
      via: provenance.via,
      lockfile: lockfile.head.path,
      format: lockfile.head.format,
      records,
      recordSources,
    } as const;
    return {
      name,
      version,
      change: change?.kind ?? 'present',
      from: change && change.kind !== 'changed' ? change.from : [],
      ...(first.alias ? { alias: first.alias } : {}),
      line: first.line,
      ...declaredAt(lockfile.head, first, provenance),
      direct: provenance.direct,
      ...(provenance.importer ? { importer: provenance.importer } : {}),
      via: provenance.via,
      installScript: installScript === true,
      ...(origin
        ? {
            kind: origin.kind,
            problem: origin.problem,
            ...(origin.tarball ? { resolvedAs: origin.tarball } : {}),
            ...(origin.host ? { host: origin.host } : {}),
          }
        : {}),
      advisories,
      guidance:
        origin && !records.length ? originGuidance(origin, guidanceInput) : buildGuidance(guidanceInput, workflows),
    };
  };

  const findings: Finding[] = [];
  for (const query of versionsToCheck(lockfile, all)) {
    const key = `${query.name}@${query.version}`;
    const matched = hits.get(key);
    const pkgs = entries.get(key);
    if (!matched?.length || !pkgs?.length) continue;
    findings.push(finding(pkgs, matched.map(toRef), ...recordsOf(matched)));
  }
  for (const issue of issuesOf(lockfile, all)) {
    const urlHits = issue.tarball ? (hits.get(`${issue.tarball.name}@${issue.tarball.version}`) ?? []) : [];
    findings.push(finding([issue.pkg], [originRef(issue), ...urlHits.map(toRef)], ...recordsOf(urlHits), issue));
  }
  return findings.sort((a, b) => a.line - b.line);
}

/**
 * An origin issue as an advisory of its finding: its id is the check's kind
 * (which an ignore entry can name), its summary the problem.
 */
function originRef(issue: OriginIssue): AdvisoryRef {
  return { id: issue.kind, aliases: [], summary: issue.problem, source: 'lockfile', sources: ['lockfile'], url: '' };
}

/** What to do about an entry whose origin fails a check and that no advisory covers. */
function originGuidance(issue: OriginIssue, input: Omit<GuidanceInput, 'records'>): Guidance {
  const fix =
    'Regenerate the entry from package.json with the package manager itself (remove it and install again) and compare the result with this change.';
  return {
    kind: 'lockfile-origin',
    headline: issue.problem,
    affected: `${input.name}@${input.version}`,
    now: [
      'Do not install from this lockfile until the entry is explained: a package manager downloads what the entry resolves to, whatever its name says.',
      fix,
      issue.kind === 'unapproved-host'
        ? 'If the host is a registry or git host you trust, add it to allowed-hosts in the config file; otherwise replace the dependency with one from the registry.'
        : 'If nobody on the team made this edit, treat the pull request as hostile and review its other changes.',
    ],
    fix,
    exposure: {
      when: 'unknown',
      text: 'Nothing from this entry runs until someone installs from this lockfile; if someone did, treat that machine as if it installed an unknown package.',
    },
    rotate: { machines: [], ci: [], ciNote: '' },
    indicators: { domains: [], ips: [], urls: [] },
    links: [],
    details: [],
    taken: [],
  };
}

/** The records behind some hits, and the source each came from (same order). */
function recordsOf(hits: readonly AdvisoryHit[]): [OsvRecord[], string[]] {
  return [hits.flatMap((h) => h.records), hits.flatMap((h) => h.recordSources ?? h.records.map(() => h.source))];
}

function toRef(hit: AdvisoryHit): AdvisoryRef {
  return {
    id: hit.id,
    aliases: hit.aliases,
    summary: hit.summary ?? '',
    source: hit.sources[0] ?? 'unknown',
    sources: hit.sources,
    url: advisoryUrl(hit.id),
    ...(hit.origins.length > 0 ? { origins: hit.origins.map(({ record: _record, ...origin }) => origin) } : {}),
  };
}
