/**
 * Does one OSV `affected` entry cover a version? The evaluation follows the OSV
 * schema's `IsVulnerable` pseudocode (https://ossf.github.io/osv-schema/#evaluation)
 * for the npm ecosystem, where versions are semantic versions.
 *
 * Decisions, each tested in test/match/osv-range.test.ts:
 *
 * - Explicit `versions`: a version is listed when it equals an entry as a string,
 *   or when both parse as semver and name the same npm release, i.e. they are
 *   equal once a leading `v`/`=` and the build metadata are dropped. npm cleans
 *   every version it publishes that way (`1.0.0+a` and `1.0.0+b` cannot both be
 *   published), so `1.0.0+x` in a lockfile is the registry's `1.0.0`. Prerelease
 *   tags are never dropped: `1.0.0-beta` is not `1.0.0`. The list may be in any
 *   order.
 * - `ranges` of type `SEMVER` and `ECOSYSTEM` (npm's ecosystem order is semver
 *   precedence) are evaluated; other types (`GIT`) cannot be evaluated on a
 *   version string and are skipped, and later ranges are still evaluated.
 * - Events are read from a sorted copy; the record is never modified. An event
 *   object with several keys counts as several events; a key whose value is an
 *   empty string (or not a string) is ignored. `introduced: "0"` sorts before
 *   every version; a `limit` containing `*` is infinity; no `limit` means an
 *   implicit `*`. At equal versions `introduced` sorts first, so that
 *   `introduced X` + `last_affected X` covers exactly X.
 * - Comparison is semver precedence (section 11): prereleases sort below their
 *   release (`1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0`) and build metadata is
 *   ignored. Versions are parsed loosely (`v1.2.3`, `=1.2.3` are accepted).
 * - A range with a bound that does not parse as semver cannot be evaluated and
 *   contributes nothing (validateRecord in match.ts reports it as a warning).
 * - A version that is not semver at all can only match an explicit `versions`
 *   entry, or a range that covers every version (an `introduced: "0"` with no
 *   `fixed`, `last_affected` or finite `limit`): for a malicious package, every
 *   version, whatever its spelling, is affected.
 */
import semverCompare from 'semver/functions/compare.js';
import semverParse from 'semver/functions/parse.js';
import type { SemVer } from 'semver';
import type { OsvAffected, OsvEvent, OsvRange } from '../core/osv.js';

/** The event kinds OSV defines, in the order used to break ties at equal versions. */
const EVENT_KINDS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;
type EventKind = (typeof EVENT_KINDS)[number];

/** A bound's position: before every version, a real version, or after every version. */
type Bound = { at: 'zero' } | { at: 'version'; version: SemVer } | { at: 'infinity' };

/** One event with its value parsed. */
interface ParsedEvent {
  kind: EventKind;
  bound: Bound;
}

/** The range types whose bounds are npm (semver) versions. */
const VERSION_RANGE_TYPES = new Set(['SEMVER', 'ECOSYSTEM']);

/** Parse a version the way lockgate compares versions: semver, loosely; null when it is not semver. */
export function parseVersion(version: string): SemVer | null {
  return semverParse(version, { loose: true });
}

/** True when the range's type is one lockgate evaluates (`SEMVER` or `ECOSYSTEM`). */
export function isVersionRange(range: OsvRange): boolean {
  return typeof range.type === 'string' && VERSION_RANGE_TYPES.has(range.type.toUpperCase());
}

/** Split event objects into single-kind events, leaving out empty and non-string values. */
function flattenEvents(events: readonly OsvEvent[]): { kind: EventKind; value: string }[] {
  const flat: { kind: EventKind; value: string }[] = [];
  for (const event of events) {
    if (event === null || typeof event !== 'object') continue;
    for (const kind of EVENT_KINDS) {
      const value: unknown = event[kind];
      if (typeof value === 'string' && value.trim() !== '') flat.push({ kind, value: value.trim() });
    }
  }
  return flat;
}

/** Parse one event's value; null when it is not a valid bound for its kind. */
function parseBound(kind: EventKind, value: string): Bound | null {
  if (kind === 'introduced' && value === '0') return { at: 'zero' };
  if (kind === 'limit' && value.includes('*')) return { at: 'infinity' };
  const version = parseVersion(value);
  return version ? { at: 'version', version } : null;
}

/**
 * The range's events parsed and sorted (a new array), or an error naming the
 * first value that does not parse. Ranges that are not SEMVER/ECOSYSTEM are not
 * this function's business: the caller skips them.
 */
export function parseRangeEvents(range: OsvRange): { events: ParsedEvent[] } | { error: string } {
  const events: ParsedEvent[] = [];
  for (const { kind, value } of flattenEvents(Array.isArray(range.events) ? range.events : [])) {
    const bound = parseBound(kind, value);
    if (!bound) return { error: `${kind} ${JSON.stringify(value.slice(0, 80))} is not a semver version` };
    events.push({ kind, bound });
  }
  return { events: [...events].sort(compareEvents) };
}

/** Order of bounds: zero < every version (semver precedence) < infinity. */
function compareBounds(a: Bound, b: Bound): number {
  const rank = (x: Bound): number => (x.at === 'zero' ? 0 : x.at === 'version' ? 1 : 2);
  if (a.at === 'version' && b.at === 'version') return semverCompare(a.version, b.version);
  return rank(a) - rank(b);
}

/** Sort by bound; at equal bounds, `introduced` before `fixed` before `last_affected` before `limit`. */
function compareEvents(a: ParsedEvent, b: ParsedEvent): number {
  return compareBounds(a.bound, b.bound) || EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind);
}

/** Compare a version with a bound: negative when the version sorts before it. */
function compareToBound(version: SemVer, bound: Bound): number {
  if (bound.at === 'zero') return 1;
  if (bound.at === 'infinity') return -1;
  return semverCompare(version, bound.version);
}

/** OSV's BeforeLimits: no limit events, or the version is below at least one limit. */
function beforeLimits(version: SemVer, events: readonly ParsedEvent[]): boolean {
  const limits = events.filter((e) => e.kind === 'limit');
  return limits.length === 0 || limits.some((e) => compareToBound(version, e.bound) < 0);
}

/** OSV's timeline walk over sorted events: is the version inside the range? */
function inEvents(version: SemVer, events: readonly ParsedEvent[]): boolean {
  if (!beforeLimits(version, events)) return false;
  let affected = false;
  for (const event of events) {
    const cmp = compareToBound(version, event.bound);
    if (event.kind === 'introduced' && cmp >= 0) affected = true;
    else if (event.kind === 'fixed' && cmp >= 0) affected = false;
    else if (event.kind === 'last_affected' && cmp > 0) affected = false;
  }
  return affected;
}

/** True when the sorted events cover every version: introduced "0" and no upper bound at all. */
function coversEverything(events: readonly ParsedEvent[]): boolean {
  const hasZero = events.some((e) => e.kind === 'introduced' && e.bound.at === 'zero');
  const hasUpper = events.some(
    (e) => e.kind === 'fixed' || e.kind === 'last_affected' || (e.kind === 'limit' && e.bound.at !== 'infinity'),
  );
  return hasZero && !hasUpper;
}

/** True when `version` is in the explicit list (exact string, or the same npm release; see the module doc). */
export function inVersionList(versions: readonly unknown[], version: string): boolean {
  if (versions.includes(version)) return true;
  const wanted = parseVersion(version);
  if (!wanted) return false;
  return versions.some((listed) => {
    if (typeof listed !== 'string') return false;
    const parsed = parseVersion(listed);
    return parsed !== null && parsed.version === wanted.version;
  });
}

/** True when one SEMVER/ECOSYSTEM range covers the version; false for other types and unreadable ranges. */
export function rangeAffects(range: OsvRange, version: string): boolean {
  if (range === null || typeof range !== 'object' || !isVersionRange(range)) return false;
  const parsed = parseRangeEvents(range);
  if ('error' in parsed) return false;
  const semverVersion = parseVersion(version);
  if (!semverVersion) return coversEverything(parsed.events);
  return inEvents(semverVersion, parsed.events);
}

/**
 * True when the `affected` entry covers `version`: listed in `versions`, or
 * inside any of its SEMVER/ECOSYSTEM `ranges`. The package name and ecosystem
 * are not checked here (see recordAffects in match.ts).
 */
export function affectsVersion(affected: OsvAffected, version: string): boolean {
  if (Array.isArray(affected.versions) && inVersionList(affected.versions, version)) return true;
  return Array.isArray(affected.ranges) && affected.ranges.some((range) => rangeAffects(range, version));
}
