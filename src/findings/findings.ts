import type { OsvRecord, PackageQuery } from '../core/osv.js';
import type { Change } from '../core/diff.js';
import { DependencyGraph } from './graph.js';
import type { WorkflowSecrets } from '../core/guidance-types.js';
import { advisoryUrl, buildGuidance, type GuidanceInput } from './guidance/guidance.js';
import { policyGuidance } from './guidance/policy.js';
import type { AdvisoryHit } from '../match/match.js';
import type { LocalTarball, LockedPackage, Lockfile } from '../core/model.js';
import { isOwnCode } from '../core/model.js';
import { DEFAULT_ALLOWED_HOSTS, originIssues, originQueries, type OriginIssue } from '../match/origin-checks.js';
import { hostsPolicy, type SourcePolicy } from '../match/source-policy.js';
import type { AdvisoryFinding, AdvisoryRef, Finding, OriginFacts } from '../core/report.js';

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
  /** Entry id → the `file:` tarball committed in the head tree that it installs. */
  localTarballs?: ReadonlyMap<string, LocalTarball> | undefined;
  /** Entries whose integrity is not the one the registry publishes (the engine compares them after the lookups). */
  integrity?: readonly OriginIssue[] | undefined;
  /** Its origin issues, once computed (withOriginIssues): the lookups and the findings then judge the same list. */
  origins?: readonly OriginIssue[];
}

const DEFAULT_POLICY = hostsPolicy(DEFAULT_ALLOWED_HOSTS);

/** The origin issues of a checked lockfile (see match/origin-checks.ts). */
function issuesOf(lockfile: CheckedLockfile, all: boolean): OriginIssue[] {
  return lockfile.origins ? [...lockfile.origins] : originIssues(lockfile, all, lockfile.policy ?? DEFAULT_POLICY);
}

/** `lockfile` with its origin issues computed once, for versionsToCheck and findingsFor to share. */
export function withOriginIssues(lockfile: CheckedLockfile, all: boolean): CheckedLockfile {
  return { ...lockfile, origins: issuesOf(lockfile, all) };
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

/** What a finding says about where an entry is and how it got there (shared by both kinds). */
type Located = Omit<AdvisoryFinding, 'kind' | 'advisories' | 'origin' | 'guidance'>;

/**
 * Findings of one lockfile: each checked version that has advisory hits
 * (malicious), and each entry whose origin fails a check (origin-checks.ts):
 * a policy finding, unless what the entry really installs is itself covered by
 * an advisory, which makes it malicious with the check attached.
 */
export function findingsFor(
  lockfile: CheckedLockfile,
  hits: ReadonlyMap<string, AdvisoryHit[]>,
  all: boolean,
  workflows: readonly WorkflowSecrets[],
): Finding[] {
  const locator = new EntryLocator(lockfile);
  return [
    ...advisoryFindings(lockfile, locator, hits, all, workflows),
    ...originFindings(lockfile, locator, hits, all, workflows),
  ].sort((a, b) => a.line - b.line);
}

/** Where one name@version is, how it entered, and what the guidance needs to know of it. */
interface Location {
  located: Located;
  input: Omit<GuidanceInput, 'records'>;
}

/**
 * A lockfile's entries by name@version (own code left out) and what the
 * change did to each; the dependency graph is built on the first finding.
 */
class EntryLocator {
  readonly entries = new Map<string, LockedPackage[]>();
  private readonly changeOf = new Map<string, Change>();
  private graph: DependencyGraph | undefined;

  constructor(private readonly lockfile: CheckedLockfile) {
    for (const pkg of lockfile.head.packages) {
      if (isOwnCode(pkg)) continue;
      const key = `${pkg.name}@${pkg.version}`;
      const list = this.entries.get(key);
      if (list) list.push(pkg);
      else this.entries.set(key, [pkg]);
    }
    for (const change of lockfile.changes)
      for (const version of change.to) this.changeOf.set(`${change.name}@${version}`, change);
  }

  /** Where entries `pkgs` of one name@version are (the first line), how they entered, and the guidance's input. */
  locate(pkgs: readonly LockedPackage[]): Location {
    const head = this.lockfile.head;
    const { name, version } = pkgs[0]!;
    this.graph ??= new DependencyGraph(head);
    const provenance = this.graph.provenance(pkgs.map((p) => p.id));
    const change = this.changeOf.get(`${name}@${version}`);
    const first = pkgs.reduce((a, b) => (b.line < a.line ? b : a));
    const installScript = installScriptOf(pkgs);
    const located: Located = {
      name,
      version,
      change: change?.kind ?? 'present',
      from: change && change.kind !== 'changed' ? change.from : [],
      ...(first.alias ? { alias: first.alias } : {}),
      line: first.line,
      ...declaredAt(head, first, provenance),
      direct: provenance.direct,
      ...(provenance.importer ? { importer: provenance.importer } : {}),
      via: provenance.via,
      installScript: installScript === true,
    };
    const input = {
      name,
      version,
      change: change?.kind ?? 'present',
      from: change?.from ?? [],
      installScript,
      direct: provenance.direct,
      via: provenance.via,
      lockfile: head.path,
      format: head.format,
    } as const;
    return { located, input };
  }
}

/** A malicious finding for every checked version an advisory covers. */
function advisoryFindings(
  lockfile: CheckedLockfile,
  locator: EntryLocator,
  hits: ReadonlyMap<string, AdvisoryHit[]>,
  all: boolean,
  workflows: readonly WorkflowSecrets[],
): Finding[] {
  const findings: Finding[] = [];
  for (const query of versionsToCheck(lockfile, all)) {
    const key = `${query.name}@${query.version}`;
    const matched = hits.get(key);
    const pkgs = locator.entries.get(key);
    if (!matched?.length || !pkgs?.length) continue;
    findings.push(maliciousFinding(locator.locate(pkgs), matched, workflows));
  }
  return findings;
}

/** The malicious finding of a located version that `matched` covers, with its advisories' guidance. */
function maliciousFinding(
  { located, input }: Location,
  matched: readonly AdvisoryHit[],
  workflows: readonly WorkflowSecrets[],
  extra: { origin: OriginFacts; installed: { name: string; version: string } } | undefined = undefined,
): Finding {
  const [records, recordSources] = recordsOf(matched);
  return {
    ...located,
    kind: 'advisory',
    advisories: matched.map(toRef),
    ...(extra ? { origin: extra.origin } : {}),
    guidance: buildGuidance(
      { ...input, ...(extra ? { ...extra.installed, entryName: input.name } : {}), records, recordSources },
      workflows,
    ),
  };
}

/**
 * A policy finding for every entry whose origin fails a check (and, for one
 * that fails none, whose integrity the registry contradicts); malicious instead
 * when the URL installs a version an advisory covers.
 */
function originFindings(
  lockfile: CheckedLockfile,
  locator: EntryLocator,
  hits: ReadonlyMap<string, AdvisoryHit[]>,
  all: boolean,
  workflows: readonly WorkflowSecrets[],
): Finding[] {
  const issues = issuesOf(lockfile, all);
  // One finding per entry: an entry that already fails a source check needs no integrity finding besides it.
  const failing = new Set(issues.map((i) => i.pkg));
  issues.push(...(lockfile.integrity ?? []).filter((i) => !failing.has(i.pkg)));
  return issues.map((issue) => {
    const location = locator.locate([issue.pkg]);
    const facts = originFacts(issue);
    const urlHits = issue.tarball ? (hits.get(`${issue.tarball.name}@${issue.tarball.version}`) ?? []) : [];
    // The URL installs a flagged version: malicious, and its advisories' guidance is the guidance.
    if (urlHits.length && issue.tarball)
      return maliciousFinding(location, urlHits, workflows, { origin: facts, installed: issue.tarball });
    return { ...location.located, ...facts, guidance: policyGuidance(facts, location.input) };
  });
}

/** True when an entry records an install script, false when every entry records none, else undefined (not recorded). */
function installScriptOf(pkgs: readonly LockedPackage[]): boolean | undefined {
  const flags = pkgs.map((p) => p.hasInstallScript);
  if (flags.includes(true)) return true;
  return flags.every((f) => f === false) ? false : undefined;
}

/** The facts of an origin issue, as a finding carries them. */
function originFacts(issue: OriginIssue): OriginFacts {
  return {
    kind: issue.kind,
    problem: issue.problem,
    ...(issue.tarball ? { resolvedAs: issue.tarball } : {}),
    ...(issue.host ? { host: issue.host } : {}),
  };
}

/** The records behind some hits, and the source each came from (same order). */
function recordsOf(hits: readonly AdvisoryHit[]): [OsvRecord[], string[]] {
  return [hits.flatMap((h) => h.records), hits.flatMap((h) => h.recordSources ?? h.records.map(() => h.source))];
}

/** An advisory hit as the report names it. */
export function toRef(hit: AdvisoryHit): AdvisoryRef {
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
