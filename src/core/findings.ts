import type { OsvRecord, PackageQuery } from '../advisories/types.js';
import type { Change } from './diff.js';
import { DependencyGraph } from './graph.js';
import { advisoryUrl, buildGuidance, type WorkflowSecrets } from './guidance.js';
import type { AdvisoryHit } from './match.js';
import type { LockedPackage, Lockfile } from './model.js';
import { isOwnCode } from './model.js';
import type { AdvisoryRef, Finding } from './report.js';

/** A head lockfile and what changed in it against its base. */
export interface CheckedLockfile {
  head: Lockfile;
  changes: Change[];
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
 * Findings of one lockfile: each checked version that has advisory hits, with
 * its line, how it entered, its install-script flag and guidance.
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
  const findings: Finding[] = [];
  for (const query of versionsToCheck(lockfile, all)) {
    const key = `${query.name}@${query.version}`;
    const matched = hits.get(key);
    const pkgs = entries.get(key);
    if (!matched?.length || !pkgs?.length) continue;
    graph ??= new DependencyGraph(lockfile.head);
    const provenance = graph.provenance(pkgs.map((p) => p.id));
    const change = changeOf.get(key);
    const first = pkgs.reduce((a, b) => (b.line < a.line ? b : a));
    const installFlags = pkgs.map((p) => p.hasInstallScript);
    const installScript = installFlags.includes(true)
      ? true
      : installFlags.every((f) => f === false)
        ? false
        : undefined;
    const records: OsvRecord[] = matched.flatMap((h) => h.records);
    const recordSources = matched.flatMap((h) => h.recordSources ?? h.records.map(() => h.source));
    const finding: Finding = {
      name: query.name,
      version: query.version,
      change: change?.kind ?? 'present',
      from: change && change.kind !== 'changed' ? change.from : [],
      ...(first.alias ? { alias: first.alias } : {}),
      line: first.line,
      ...declaredAt(lockfile.head, first, provenance),
      direct: provenance.direct,
      ...(provenance.importer ? { importer: provenance.importer } : {}),
      via: provenance.via,
      installScript: installScript === true,
      advisories: matched.map(toRef),
      guidance: buildGuidance(
        {
          name: query.name,
          version: query.version,
          change: change?.kind ?? 'present',
          from: change?.from ?? [],
          installScript,
          direct: provenance.direct,
          via: provenance.via,
          lockfile: lockfile.head.path,
          format: lockfile.head.format,
          records,
          recordSources,
        },
        workflows,
      ),
    };
    findings.push(finding);
  }
  return findings.sort((a, b) => a.line - b.line);
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
