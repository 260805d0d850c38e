/**
 * What an OSSF malicious-packages record says now, from its origins (pure).
 *
 * The OSSF repository builds a MAL- record from reports it imports (GHSA,
 * OpenSSF package analysis, vendors) and keeps the union of every import in
 * `affected`; `database_specific["malicious-packages-origins"]` lists each
 * import with its `source`, the report's `id`, `modified_time`, `import_time`
 * and its `ranges` or `versions`. When a report is corrected, its old import
 * stays in the union: MAL-2025-47141 keeps GHSA's first "every version of
 * @ctrl/tinycolor" next to its correction "4.1.1 through 4.1.2".
 *
 * Decisions:
 * - An origin is one report: `source` and `id`. Imports without an `id` (package
 *   analysis, one per version analysed) are each their own origin.
 * - The latest import of an origin (by `modified_time`, then `import_time`) is
 *   what that origin says now; its earlier imports are superseded.
 * - A range or version of `affected` that only superseded imports gave is stale
 *   and left out. Everything else in `affected` stays, including what no import
 *   gave (curators edit records by hand: MAL-2023-8697 bounds a range its origin
 *   leaves open), so this only ever narrows what the record says, never widens it.
 * - A record without origins, or whose origins carry no ranges or versions, is
 *   read as its `affected` says.
 */
import type { OsvAffected, OsvRange, OsvRecord } from '../core/osv.js';
import { isRecord } from '../core/guards.js';

/** The `database_specific` key of the OSSF repository's import list. */
export const ORIGINS_KEY = 'malicious-packages-origins';

/** One import of a report into the record, as the OSSF repository lists it. */
export interface OriginImport {
  source: string;
  id?: string;
  modified_time?: string;
  import_time?: string;
  ranges?: OsvRange[];
  versions?: string[];
}

/** What a record says now: `affected` without stale parts, and the latest import of each origin. */
export interface CurrentRecord {
  affected: OsvAffected[];
  /** The latest import of each origin; empty when the record lists none. */
  origins: OriginImport[];
  /** True when stale ranges or versions were left out of `affected`. */
  narrowed: boolean;
}

const cache = new WeakMap<OsvRecord, CurrentRecord>();

/** The record's origin imports that can be read (an object with a string `source`). */
export function originImports(record: OsvRecord): OriginImport[] {
  const specific = record.database_specific;
  const list = isRecord(specific) ? specific[ORIGINS_KEY] : undefined;
  if (!Array.isArray(list)) return [];
  const imports: OriginImport[] = [];
  for (const raw of list) {
    if (!isRecord(raw) || typeof raw.source !== 'string') continue;
    const entry: OriginImport = { source: raw.source };
    for (const key of ['id', 'modified_time', 'import_time'] as const) {
      const value = raw[key];
      if (typeof value === 'string' && value !== '') entry[key] = value;
    }
    if (Array.isArray(raw.ranges)) entry.ranges = raw.ranges.filter(isRecord) as OsvRange[];
    if (Array.isArray(raw.versions)) entry.versions = raw.versions.filter((v): v is string => typeof v === 'string');
    imports.push(entry);
  }
  return imports;
}

/** Milliseconds of an ISO time, or -Infinity when absent or unreadable. */
function timeOf(value: string | undefined): number {
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? -Infinity : ms;
}

/** Order of imports of one origin: by `modified_time`, then `import_time`. */
function compareImports(a: OriginImport, b: OriginImport): number {
  return timeOf(a.modified_time) - timeOf(b.modified_time) || timeOf(a.import_time) - timeOf(b.import_time) || 0;
}

/** The latest import of each origin, and the superseded ones. */
export function latestImports(imports: readonly OriginImport[]): {
  latest: OriginImport[];
  superseded: OriginImport[];
} {
  const groups = new Map<string, OriginImport[]>();
  imports.forEach((entry, index) => {
    const key = entry.id === undefined ? `#${index}` : `${entry.source}\u0000${entry.id}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  });
  const latest: OriginImport[] = [];
  const superseded: OriginImport[] = [];
  for (const group of groups.values()) {
    // A stable sort: of two imports with equal times, the later-listed one wins.
    const sorted = [...group].sort(compareImports);
    latest.push(sorted.at(-1)!);
    superseded.push(...sorted.slice(0, -1));
  }
  return { latest, superseded };
}

/** A range as a comparable string: its type and its events, whatever their order or key layout. */
export function rangeKey(range: OsvRange): string {
  const events = (Array.isArray(range.events) ? range.events : [])
    .flatMap((event) =>
      isRecord(event)
        ? Object.entries(event)
            .filter(([, value]) => typeof value === 'string')
            .map(([kind, value]) => `${kind}=${String(value)}`)
        : [],
    )
    .sort();
  return `${typeof range.type === 'string' ? range.type.toUpperCase() : ''}|${events.join(',')}`;
}

/**
 * One affected entry without its stale ranges and versions; the entry itself
 * when nothing is stale, or when nothing would be left (it would match nothing).
 */
function withoutStale(
  entry: OsvAffected,
  staleRanges: ReadonlySet<string>,
  staleVersions: ReadonlySet<string>,
): OsvAffected {
  if (entry === null || typeof entry !== 'object') return entry;
  const oldRanges: readonly OsvRange[] = Array.isArray(entry.ranges) ? entry.ranges : [];
  const oldVersions: readonly string[] = Array.isArray(entry.versions) ? entry.versions : [];
  const ranges = oldRanges.filter((r) => !isRecord(r) || !staleRanges.has(rangeKey(r)));
  const versions = oldVersions.filter((v) => !staleVersions.has(v));
  const kept = ranges.length + versions.length;
  if (kept === oldRanges.length + oldVersions.length || kept === 0) return entry;
  const copy: OsvAffected = { ...entry };
  if (Array.isArray(entry.ranges)) copy.ranges = ranges;
  if (Array.isArray(entry.versions)) copy.versions = versions;
  return copy;
}

/** What `record` says now (see the module doc). Cached per record object. */
export function currentRecord(record: OsvRecord): CurrentRecord {
  const known = cache.get(record);
  if (known) return known;
  const affected = Array.isArray(record.affected) ? record.affected : [];
  const { latest, superseded } = latestImports(originImports(record));
  const currentRanges = new Set(latest.flatMap((i) => (i.ranges ?? []).map(rangeKey)));
  const currentVersions = new Set(latest.flatMap((i) => i.versions ?? []));
  const staleRanges = new Set(
    superseded.flatMap((i) => (i.ranges ?? []).map(rangeKey)).filter((key) => !currentRanges.has(key)),
  );
  const staleVersions = new Set(superseded.flatMap((i) => i.versions ?? []).filter((v) => !currentVersions.has(v)));
  let narrowed = false;
  const current =
    staleRanges.size === 0 && staleVersions.size === 0
      ? affected
      : affected.map((entry) => {
          const narrowedEntry = withoutStale(entry, staleRanges, staleVersions);
          if (narrowedEntry !== entry) narrowed = true;
          return narrowedEntry;
        });
  const result: CurrentRecord = { affected: current, origins: latest, narrowed };
  cache.set(record, result);
  return result;
}

/** The record as it reads now: a copy with `affected` narrowed, or the record itself when nothing is stale. */
export function currentView(record: OsvRecord): OsvRecord {
  const current = currentRecord(record);
  return current.narrowed ? { ...record, affected: current.affected } : record;
}
