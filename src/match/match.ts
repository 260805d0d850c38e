/**
 * Matching locked package versions against OSV records (pure).
 *
 * - A record covers `name@version` when it is not withdrawn and one of its
 *   `affected` entries names the package (ecosystem `npm`, compared without
 *   case; name compared exactly) and covers the version (osv-range.ts).
 * - A record is withdrawn when `withdrawn` is a non-empty string, whatever the
 *   date: withdrawn malware records were false positives.
 * - A record is read as it says now (origins.ts): ranges and versions that
 *   only a superseded import of one of its origins gave are left out, and the
 *   hit names the origins whose latest import covers the version.
 * - Records that alias each other (through `aliases` on either side, and
 *   transitively through shared alias ids) are one finding, an AdvisoryHit,
 *   whatever source each came from.
 */
import { plain } from '../core/escape.js';
import { isRecord } from '../core/guards.js';
import type { OsvAffected, OsvRecord, PackageQuery } from '../core/osv.js';
import { currentRecord, currentView } from './origins.js';
import { affectsVersion, isVersionRange, parseRangeEvents } from './osv-range.js';

/** A report behind a match: the latest import of one origin of a record that covers the version. */
export interface MatchedOrigin {
  /** The record whose origin it is. */
  record: string;
  /** Who reported it (`ghsa-malware`, `ossf-package-analysis`, `reversing-labs`, …). */
  source: string;
  /** The report's own id, when it has one (`GHSA-…`, `RLMA-…`). */
  id?: string;
  /** When the report was last modified (its `modified_time`). */
  modified?: string;
}

/** One finding for one package version: every record that matched, merged by aliases. */
export interface AdvisoryHit {
  /** Primary id, chosen among the matching records' own ids: a MAL- id if any, else a GHSA- id, else the smallest. */
  id: string;
  /** Every other id of the finding (record ids and their aliases), sorted. */
  aliases: string[];
  /** Summary of the primary record (or of the first record that has one). */
  summary?: string;
  /** Distinct names of the sources the records came from, sorted. */
  sources: string[];
  /** `sources` joined with ", ", for the JSON report's `source` field. */
  source: string;
  /** The matching records, sorted by id, each as it reads now (`affected` without stale imports). */
  records: OsvRecord[];
  /**
   * The origins whose latest import covers the version, sorted; empty when the
   * records list no origins or the version is covered only by what the record
   * itself says (a curator's edit).
   */
  origins: MatchedOrigin[];
  /** The source of each record, in the order of `records`. */
  recordSources?: string[];
}

/** What validateRecord says about one raw value. */
export interface RecordValidation {
  /** The record, usable for matching (a shallow copy; the input is not modified). */
  record?: OsvRecord;
  /** Why the value cannot be read as an OSV record (then there is no `record`). */
  error?: string;
  /** Parts of a usable record that cannot be evaluated (such a range matches nothing). */
  warnings?: string[];
}

/** Ecosystem names compared case-insensitively. */
const NPM = 'npm';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** True when the record has been withdrawn. */
export function isWithdrawn(record: OsvRecord): boolean {
  return typeof record.withdrawn === 'string' && record.withdrawn.trim() !== '';
}

/** True when the affected entry is about the npm package `name`. */
function namesPackage(affected: OsvAffected, name: string): boolean {
  const pkg = affected.package;
  return isRecord(pkg) && typeof pkg.ecosystem === 'string' && pkg.ecosystem.toLowerCase() === NPM && pkg.name === name;
}

/** True when the (not withdrawn) record, as it reads now, covers npm package `name` at `version`. */
export function recordAffects(record: OsvRecord, name: string, version: string): boolean {
  if (isWithdrawn(record) || !Array.isArray(record.affected)) return false;
  return currentRecord(record).affected.some(
    (affected) => isRecord(affected) && namesPackage(affected, name) && affectsVersion(affected, version),
  );
}

/** The origins of `record` whose latest import covers `version` of `name`. */
function matchedOrigins(record: OsvRecord, name: string, version: string): MatchedOrigin[] {
  const named = (record.affected ?? []).some((a) => isRecord(a) && namesPackage(a, name));
  if (!named) return [];
  return currentRecord(record)
    .origins.filter((origin) => {
      const said: OsvAffected = {};
      if (origin.ranges) said.ranges = origin.ranges;
      if (origin.versions) said.versions = origin.versions;
      return affectsVersion(said, version);
    })
    .map((origin) => ({
      record: record.id,
      source: origin.source,
      ...(origin.id !== undefined ? { id: origin.id } : {}),
      ...(origin.modified_time !== undefined ? { modified: origin.modified_time } : {}),
    }));
}

/** Problems with one affected entry's shape, each naming its path; empty when it can be read. */
function affectedErrors(affected: unknown, path: string): string[] {
  if (!isRecord(affected)) return [`${path} is ${describe(affected)}, not an object`];
  const errors: string[] = [];
  const pkg = affected.package;
  if (pkg !== undefined && pkg !== null && !isRecord(pkg))
    errors.push(`${path}.package is ${describe(pkg)}, not an object`);
  const versions = affected.versions;
  if (versions !== undefined && versions !== null) {
    if (!Array.isArray(versions)) errors.push(`${path}.versions is ${describe(versions)}, not an array`);
    else {
      const bad = versions.findIndex((v) => typeof v !== 'string');
      if (bad >= 0) errors.push(`${path}.versions[${bad}] is ${describe(versions[bad])}, not a string`);
    }
  }
  const ranges = affected.ranges;
  if (ranges !== undefined && ranges !== null) {
    if (!Array.isArray(ranges)) errors.push(`${path}.ranges is ${describe(ranges)}, not an array`);
    else {
      ranges.forEach((range: unknown, i) => {
        if (!isRecord(range)) errors.push(`${path}.ranges[${i}] is ${describe(range)}, not an object`);
        else if (range.events !== undefined && !Array.isArray(range.events))
          errors.push(`${path}.ranges[${i}].events is ${describe(range.events)}, not an array`);
        else if (Array.isArray(range.events)) {
          const bad = range.events.findIndex((e: unknown) => !isRecord(e));
          if (bad >= 0)
            errors.push(`${path}.ranges[${i}].events[${bad}] is ${describe(range.events[bad])}, not an object`);
        }
      });
    }
  }
  return errors;
}

/** Ranges of a readable affected entry that cannot be evaluated, each naming its path. */
function affectedWarnings(affected: OsvAffected, path: string): string[] {
  const warnings: string[] = [];
  (affected.ranges ?? []).forEach((range, i) => {
    if (!isVersionRange(range)) return;
    const parsed = parseRangeEvents(range);
    if ('error' in parsed) warnings.push(`${path}.ranges[${i}] is skipped: ${plain(parsed.error, 100)}`);
    else if (!parsed.events.some((e) => e.kind === 'introduced'))
      warnings.push(`${path}.ranges[${i}] has no introduced event, so it matches no version`);
  });
  return warnings;
}

/** Package names of a record's affected entries, for a synthetic id. */
function packageNames(affected: readonly unknown[]): string[] {
  const names = affected
    .map((a) => (isRecord(a) && isRecord(a.package) && typeof a.package.name === 'string' ? a.package.name : ''))
    .filter((n) => n !== '');
  return [...new Set(names)];
}

/**
 * Check that a raw value (a parsed JSON record) can be read as an OSV record.
 * An unreadable value (not an object, an `id` that is not a string, no
 * `affected` array, an affected entry or range of the wrong shape) gets an
 * `error` naming the field. A readable one is returned as a shallow copy with
 * `null` in optional fields (`aliases`, `withdrawn`, `summary`) read as absent;
 * an empty or missing `id` gets the stable synthetic id `(no id: NAME)`, NAME
 * being the affected package names joined with ", ". Ranges that cannot be
 * evaluated (a bound that is not semver, no `introduced`) are `warnings`: the
 * rest of the record still matches.
 */
export function validateRecord(raw: unknown): RecordValidation {
  if (!isRecord(raw)) return { error: `the record is ${describe(raw)}, not a JSON object` };
  const rawId = raw.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string')
    return { error: `the record's id is ${describe(rawId)}, not a string` };
  const idLabel =
    typeof rawId === 'string' && rawId.trim() !== '' ? `record ${plain(rawId, 100)}` : 'a record without id';
  const affected = raw.affected;
  if (!Array.isArray(affected))
    return { error: `${idLabel} has no affected array (affected is ${describe(affected)})` };
  if (affected.length === 0) return { error: `${idLabel} has an empty affected array, so it names no package` };
  const errors = affected.flatMap((a: unknown, i) => affectedErrors(a, `affected[${i}]`));
  if (errors.length > 0) return { error: `${idLabel}: ${errors.slice(0, 3).join('; ')}` };
  const aliases = raw.aliases;
  if (
    aliases !== undefined &&
    aliases !== null &&
    !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string'))
  )
    return { error: `${idLabel}: aliases is not a list of strings` };

  const id =
    typeof rawId === 'string' && rawId.trim() !== ''
      ? rawId.trim()
      : `(no id: ${plain(packageNames(affected).join(', ') || 'no package', 100)})`;
  const record: OsvRecord = { ...(raw as unknown as OsvRecord), id };
  if (aliases === null) delete record.aliases;
  if (typeof raw.withdrawn !== 'string') delete record.withdrawn;
  if (typeof raw.summary !== 'string') delete record.summary;
  const warnings = (record.affected ?? []).flatMap((a, i) => affectedWarnings(a, `affected[${i}]`));
  return warnings.length > 0 ? { record, warnings: warnings.map((w) => `${idLabel}: ${w}`) } : { record };
}

/** Rank of an id for choosing the primary one: MAL- first, then GHSA-, then the rest. */
function idRank(id: string): number {
  if (id.startsWith('MAL-')) return 0;
  if (id.startsWith('GHSA-')) return 1;
  return 2;
}

/** The primary id among `ids`: lowest rank, then smallest string. */
export function primaryId(ids: readonly string[]): string | undefined {
  return [...ids].sort((a, b) => idRank(a) - idRank(b) || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/** Every id a record is known by: its own id and its aliases. */
function idsOf(record: OsvRecord): string[] {
  return [record.id, ...(Array.isArray(record.aliases) ? record.aliases : [])].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
}

/** Group records into sets that alias each other, directly or through shared ids. */
export function groupByAliases(records: readonly OsvRecord[]): OsvRecord[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    if (!parent.has(id)) parent.set(id, id);
    let root = id;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    parent.set(find(a), find(b));
  };
  for (const record of records) {
    const ids = idsOf(record);
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (const id of ids.slice(1)) union(ids[0] ?? id, id);
  }
  const groups = new Map<string, OsvRecord[]>();
  for (const record of records) {
    const root = find(record.id);
    const group = groups.get(root) ?? [];
    group.push(record);
    groups.set(root, group);
  }
  return [...groups.values()];
}

/** Build the hit for one alias group of records matching `name@version`. */
function toHit(
  group: readonly OsvRecord[],
  sourceOf: (record: OsvRecord) => string,
  name: string,
  version: string,
): AdvisoryHit {
  const records = [...group].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const id = primaryId(records.map((r) => r.id)) ?? '';
  const allIds = new Set(records.flatMap(idsOf));
  allIds.delete(id);
  const primary = records.find((r) => r.id === id && typeof r.summary === 'string');
  const summary = primary?.summary ?? records.find((r) => typeof r.summary === 'string')?.summary;
  const sources = [...new Set(records.map(sourceOf))].sort();
  const origins = records
    .flatMap((record) => matchedOrigins(record, name, version))
    .sort((a, b) => originLabel(a).localeCompare(originLabel(b)));
  const hit: AdvisoryHit = {
    id,
    aliases: [...allIds].sort(),
    sources,
    source: sources.join(', '),
    records: records.map(currentView),
    origins,
    recordSources: records.map(sourceOf),
  };
  if (summary !== undefined) hit.summary = summary;
  return hit;
}

/** An origin in words: `ghsa-malware GHSA-qjqf-7j6f-82c4 (modified 2025-09-16)`; bounded, no control characters. */
export function originLabel(origin: Omit<MatchedOrigin, 'record'>): string {
  const id = origin.id !== undefined ? ` ${plain(origin.id, 60)}` : '';
  const modified = origin.modified !== undefined ? ` (modified ${plain(origin.modified, 40).slice(0, 10)})` : '';
  return `${plain(origin.source, 60)}${id}${modified}`;
}

/** Index records by the npm package names they affect. */
function indexByPackage(records: readonly OsvRecord[]): Map<string, OsvRecord[]> {
  const index = new Map<string, OsvRecord[]>();
  for (const record of records) {
    if (isWithdrawn(record) || !Array.isArray(record.affected)) continue;
    const names = new Set<string>();
    for (const affected of record.affected) {
      const pkg = isRecord(affected) ? affected.package : undefined;
      if (
        isRecord(pkg) &&
        typeof pkg.ecosystem === 'string' &&
        pkg.ecosystem.toLowerCase() === NPM &&
        typeof pkg.name === 'string'
      )
        names.add(pkg.name);
    }
    for (const name of names) {
      const list = index.get(name) ?? [];
      list.push(record);
      index.set(name, list);
    }
  }
  return index;
}

/**
 * Match package versions against records. The result maps `name@version` to
 * its hits (records merged by aliases, sorted by primary id); a query with no
 * hit has no entry. `sourceOf` names the source of each record (default
 * `"unknown"`). The same record object given twice counts once.
 */
export function matchPackages(
  queries: readonly PackageQuery[],
  records: readonly OsvRecord[],
  sourceOf: (record: OsvRecord) => string = () => 'unknown',
): Map<string, AdvisoryHit[]> {
  const index = indexByPackage([...new Set(records)]);
  const result = new Map<string, AdvisoryHit[]>();
  for (const { name, version } of queries) {
    const key = `${name}@${version}`;
    if (result.has(key)) continue;
    const matching = (index.get(name) ?? []).filter((record) => recordAffects(record, name, version));
    if (matching.length === 0) continue;
    const hits = groupByAliases(matching).map((group) => toHit(group, sourceOf, name, version));
    result.set(
      key,
      hits.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );
  }
  return result;
}
