/**
 * What the advisory records behind a finding say, read for the guidance:
 * which versions they cover and whether that is the whole package, what the
 * code does (the records' `details`, per source), what it took, indicators of
 * compromise, and the pages to link.
 *
 * Records come from outside (OSV, GitHub, a repository's own list): every
 * value taken from them is bounded and stripped of control characters, URLs
 * are kept only when they are plain https URLs, and advisory ids only when
 * they look like ids.
 */
import { defangText, plain } from '../../core/escape.js';
import { isRecord } from '../../core/guards.js';
import type { OsvAffected, OsvEvent, OsvRecord } from '../../core/osv.js';
import { currentRecord } from '../../match/origins.js';
import { affectsVersion, isVersionRange, parseVersion } from '../../match/osv-range.js';
import { compareVersions } from '../../core/versions.js';
import type {
  AdvisoryDetail,
  GuidanceKind,
  GuidanceLink,
  Indicators,
  Taken,
  TakenKind,
} from '../../core/guidance-types.js';

/** Longest npm package name. */
export const MAX_NAME = 214;
export const MAX_VERSION = 64;
/** Most indicators of each kind, and reference links, kept per finding. */
const MAX_INDICATORS = 50;
const MAX_REFERENCE_LINKS = 12;
/** Most explicit versions spelled out in `affected`. */
const MAX_LISTED_VERSIONS = 10;
/** Most detail sections kept per finding, and characters of each. */
const MAX_DETAILS = 4;
export const MAX_DETAIL_CHARS = 600;

/** The affected entries of the records for this package (all entries when none names it). */
export function affectedEntries(records: readonly OsvRecord[], name: string): OsvAffected[] {
  // As each record says now: without what only superseded imports of its origins said.
  const all = records.flatMap((record) => currentRecord(record).affected);
  const own = all.filter((entry) => entry?.package?.name === name);
  return own.length > 0 ? own : all.filter((entry) => entry !== null && typeof entry === 'object');
}

/**
 * True when the records word it as a takeover of a real package ("was
 * compromised", "account takeover", "hijacked"), not the generic "consider the
 * machine compromised".
 */
export function describesTakeover(records: readonly OsvRecord[]): boolean {
  const said = records
    .map((r) => `${isText(r.summary) ? r.summary : ''} ${isText(r.details) ? r.details : ''}`)
    .join(' ');
  return TAKEOVER.test(said);
}

const TAKEOVER = /\b(?:was|were|been|got) (?:compromised|hijacked|taken over)\b|\btake-?over\b|\bhijack(?:ed|ing)?\b/i;

/** `malicious-package` when any entry covers every version (or none says anything), else `compromised-release`. */
export function guidanceKind(entries: readonly OsvAffected[]): GuidanceKind {
  if (entries.length === 0) return 'malicious-package';
  return entries.some(coversEveryVersion) ? 'malicious-package' : 'compromised-release';
}

/** True when the entry has a version range from `introduced: "0"` with no upper bound. */
function coversEveryVersion(entry: OsvAffected): boolean {
  return versionRanges(entry).some((events) => {
    const fromZero = events.some((e) => e.introduced === '0');
    const bounded = events.some(
      (e) => isText(e.fixed) || isText(e.last_affected) || (isText(e.limit) && !e.limit.includes('*')),
    );
    return fromZero && !bounded;
  });
}

/** The affected versions in words, bounded. */
export function describeAffected(entries: readonly OsvAffected[]): string {
  if (entries.length === 0 || entries.some(coversEveryVersion)) return 'every version';
  const parts: string[] = [];
  const listed = [...new Set(entries.flatMap((e) => (Array.isArray(e.versions) ? e.versions : [])).filter(isText))]
    .map((v) => clean(v, MAX_VERSION))
    .sort(compareVersions);
  if (listed.length > 0) {
    const shown = listed.slice(0, MAX_LISTED_VERSIONS).join(', ');
    parts.push(
      listed.length > MAX_LISTED_VERSIONS ? `${shown} and ${listed.length - MAX_LISTED_VERSIONS} more` : shown,
    );
  }
  for (const entry of entries) {
    for (const events of versionRanges(entry)) {
      const text = describeRange(events);
      if (text && !parts.includes(text)) parts.push(text);
    }
  }
  return parts.length > 0 ? parts.slice(0, MAX_LISTED_VERSIONS).join('; ') : 'the versions its record lists';
}

/** One range in words: "1.0.16 and later", "4.1.1 through 4.1.2", "2.0.0 up to (not including) 2.1.0". */
function describeRange(events: readonly OsvEvent[]): string | undefined {
  const introduced = events.map((e) => e.introduced).find(isText);
  if (introduced === undefined) return undefined;
  const start = introduced === '0' ? 'every version' : clean(introduced, MAX_VERSION);
  const lastAffected = events.map((e) => e.last_affected).find(isText);
  const fixed = events.map((e) => e.fixed).find(isText);
  if (lastAffected !== undefined) {
    return introduced === '0'
      ? `every version through ${clean(lastAffected, MAX_VERSION)}`
      : `${start} through ${clean(lastAffected, MAX_VERSION)}`;
  }
  if (fixed !== undefined) {
    return introduced === '0'
      ? `every version before ${clean(fixed, MAX_VERSION)}`
      : `${start} up to (not including) ${clean(fixed, MAX_VERSION)}`;
  }
  return introduced === '0' ? start : `${start} and later`;
}

/**
 * The lowest affected version of the flagged version's major line that is not
 * above it: explicit versions and non-zero `introduced` bounds.
 */
export function lowestAffectedInLine(entries: readonly OsvAffected[], version: string): string | undefined {
  const flagged = parseVersion(version);
  if (!flagged) return undefined;
  const candidates: string[] = [];
  for (const entry of entries) {
    if (Array.isArray(entry.versions)) candidates.push(...entry.versions.filter(isText));
    for (const events of versionRanges(entry)) {
      for (const event of events) {
        if (isText(event.introduced) && event.introduced !== '0') candidates.push(event.introduced);
      }
    }
  }
  return candidates
    .filter((candidate) => {
      const parsed = parseVersion(candidate);
      return parsed !== null && parsed.major === flagged.major && parsed.compare(flagged) <= 0;
    })
    .sort(compareVersions)[0];
}

/** The lowest `fixed` bound above the flagged version, if a range has one. */
export function fixedAbove(entries: readonly OsvAffected[], version: string): string | undefined {
  const flagged = parseVersion(version);
  if (!flagged) return undefined;
  const fixes: string[] = [];
  for (const entry of entries) {
    for (const events of versionRanges(entry)) {
      for (const event of events) {
        const parsed = isText(event.fixed) ? parseVersion(event.fixed) : null;
        if (parsed && parsed.compare(flagged) > 0) fixes.push(event.fixed as string);
      }
    }
  }
  // A fix that is itself listed as affected by another entry is no way out.
  return fixes.filter((fix) => !entries.some((entry) => affectsVersion(entry, fix))).sort(compareVersions)[0];
}

/** Versions of the base branch that no record covers, highest last. */
export function cleanVersions(entries: readonly OsvAffected[], versions: readonly string[]): string[] {
  return versions.filter((v) => !entries.some((entry) => affectsVersion(entry, v))).sort(compareVersions);
}

/**
 * What the records say the code does, per source. OSSF malicious-packages
 * records keep one section per reporting source in `details`
 * (`## Source: ghsa-malware (sha256)` followed by its text); other records
 * have one text, attributed to the advisory source that returned them.
 * Identical texts are kept once.
 */
export function recordDetails(records: readonly OsvRecord[], sourceOf: (index: number) => string): AdvisoryDetail[] {
  const out: AdvisoryDetail[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    if (!isText(record.details) || !isText(record.id)) return;
    for (const section of detailSections(record.details)) {
      const text = clean(defangText(section.text.replace(/\s+/g, ' ').trim()), MAX_DETAIL_CHARS);
      if (text === '' || seen.has(text) || out.length >= MAX_DETAILS) continue;
      seen.add(text);
      out.push({ id: clean(record.id, 80), source: clean(section.source ?? sourceOf(index), 60), text });
    }
  });
  return out;
}

/** The sections of an OSSF-style `details` text, or the whole text as one section. */
function detailSections(details: string): { source?: string; text: string }[] {
  const text = details.slice(0, 20_000);
  const marker = /^## Source: ([^\s(]+)[^\n]*$/gm;
  const starts = [...text.matchAll(marker)];
  if (starts.length === 0) return [{ text }];
  const sections: { source?: string; text: string }[] = [];
  const preamble = text
    .slice(0, starts[0]!.index)
    .replace(/^-{3,}\s*$/gm, '')
    .replace(/_-= Per source details\. Do not edit below this line\.=-_/, '')
    .trim();
  if (preamble !== '') sections.push({ text: preamble });
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.index ?? text.length;
    sections.push({ source: start[1]!, text: text.slice(start.index + start[0].length, end) });
  });
  return sections;
}

/** A verb saying data left the machine. */
const TAKE_VERB =
  /\b(?:exfil\w*|steal\w*|stole\w*|harvest\w*|collect\w*|send\w*|sent|upload\w*|leak\w*|grab\w*|capture\w*|dump\w*|forward\w*|BCC\w*|copies|copied|siphon\w*|drain\w*|transmit\w*|extract\w*)\b/i;

/** What each kind of taken data looks like in a record's words. */
const TAKEN_PATTERNS: readonly [TakenKind, RegExp][] = [
  ['emails', /\be-?mails?\b/i],
  ['environment', /\benvironment(?:al)? variables?\b|\benv(?:ironment)? vars?\b|process\.env|\.env\b/i],
  [
    'credentials',
    /\b(?:tokens?|credentials?|secrets?|passwords?|api[ -]?keys?|access keys?|npmrc|cookies?|session)\b/i,
  ],
  ['wallets', /\b(?:wallets?|crypto\s*currency|seed phrases?|mnemonic|private keys?|metamask|phantom)\b/i],
  ['ssh-keys', /\bssh\b/i],
  ['source-code', /\bsource code\b|\brepositor(?:y|ies)\b/i],
  ['browser-data', /\bbrowser\b|\bchrome\b|\bfirefox\b/i],
  ['system-info', /\b(?:system|host|machine|device) (?:info\w*|data|details)\b|\bhostname\b|\busername\b/i],
];

/**
 * What the details say the code took: a sentence with a verb of taking
 * (exfiltrates, steals, sends, BCC…) and a kind of data. A sentence that only
 * tells the reader to rotate secrets says nothing about what was taken.
 */
export function whatWasTaken(details: readonly AdvisoryDetail[]): Taken[] {
  const found = new Map<TakenKind, Taken>();
  for (const detail of details) {
    for (const sentence of detail.text.split(/(?<=[.!?])\s+|\s+-\s+/)) {
      // Quoted names ('api-code-capture-chrome-extension') say nothing about what the code does.
      const words = sentence.replace(/'[^']*'|"[^"]*"/g, ' ');
      if (!TAKE_VERB.test(words)) continue;
      for (const [kind, pattern] of TAKEN_PATTERNS) {
        if (!found.has(kind) && pattern.test(words)) found.set(kind, { kind, evidence: clean(sentence, 300) });
      }
    }
  }
  return TAKEN_PATTERNS.map(([kind]) => found.get(kind)).filter((t): t is Taken => t !== undefined);
}

/** Domains, IPs and URLs from `database_specific.iocs` and `affected[].database_specific.indicators`. */
export function collectIndicators(records: readonly OsvRecord[]): Indicators {
  const domains = new Set<string>();
  const ips = new Set<string>();
  const urls = new Set<string>();
  const add = (target: Set<string>, values: unknown, max: number, lower: boolean): void => {
    if (!Array.isArray(values)) return;
    for (const value of values) {
      if (!isText(value) || target.size >= MAX_INDICATORS) continue;
      const text = clean(value.trim(), max);
      if (text !== '') target.add(lower ? text.toLowerCase() : text);
    }
  };
  const addAll = (source: unknown): void => {
    if (!isRecord(source)) return;
    add(domains, source.domains, 253, true);
    add(ips, source.ips, 64, true);
    add(urls, source.urls, 500, false);
  };
  for (const record of records) {
    addAll(isRecord(record.database_specific) ? record.database_specific.iocs : undefined);
    for (const entry of Array.isArray(record.affected) ? record.affected : []) {
      const specific = entry?.database_specific;
      addAll(isRecord(specific) ? specific.indicators : undefined);
    }
  }
  return { domains: [...domains], ips: [...ips], urls: [...urls] };
}

/** OSV reference types kept under their own name; any other type is a `reference`. */
const REFERENCE_KINDS = new Set(['advisory', 'report', 'article', 'web', 'package', 'evidence']);

/**
 * Advisory pages of every MAL/GHSA/CVE/OSV id and alias, then every https
 * reference of the records (articles, reports, advisories, …; at most
 * MAX_REFERENCE_LINKS), de-duplicated by URL.
 */
export function collectLinks(records: readonly OsvRecord[]): GuidanceLink[] {
  const links: GuidanceLink[] = [];
  const seen = new Set<string>();
  const push = (link: GuidanceLink): void => {
    if (seen.has(link.url)) return;
    seen.add(link.url);
    links.push(link);
  };
  for (const record of records) {
    const ids = [record.id, ...(Array.isArray(record.aliases) ? record.aliases : [])];
    for (const id of ids) {
      if (!isText(id) || !ADVISORY_ID.test(id) || !LINKED_PREFIX.test(id)) continue;
      push({ id, url: advisoryUrl(id), kind: 'record' });
    }
  }
  let references = 0;
  for (const record of records) {
    if (!isText(record.id) || !ADVISORY_ID.test(record.id)) continue;
    for (const ref of Array.isArray(record.references) ? record.references : []) {
      if (references >= MAX_REFERENCE_LINKS) break;
      if (!isText(ref?.url) || !SAFE_URL.test(ref.url)) continue;
      const type = isText(ref.type) ? ref.type.toLowerCase() : '';
      const kind = (REFERENCE_KINDS.has(type) ? type : 'reference') as GuidanceLink['kind'];
      const before = links.length;
      push({ id: record.id, url: ref.url, kind });
      if (links.length > before) references++;
    }
  }
  return links;
}

/** What an OSV / GHSA id looks like; anything else is not turned into a link. */
const ADVISORY_ID = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9._-]{1,80}$/;
/** Id prefixes with a page of their own (osv.dev or GitHub); other aliases (SNYK-…) get none. */
const LINKED_PREFIX = /^(?:MAL|GHSA|CVE|OSV)-/i;
/** A plain https URL without spaces, quotes or angle brackets, bounded. */
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[^\s"'<>`\\]{0,400})?$/;

/**
 * GitHub's advisory page for GHSA ids, osv.dev for the ids it publishes (MAL,
 * CVE, OSV, …); "" for an entry of the repository's own list (`LIST-…`) or any
 * id no public page has.
 */
export function advisoryUrl(id: string): string {
  if (/^GHSA-/i.test(id)) return `https://github.com/advisories/${encodeURIComponent(id)}`;
  if (!LINKED_PREFIX.test(id)) return '';
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}

/** The version ranges (SEMVER / ECOSYSTEM) of an entry, each as its event objects. */
function versionRanges(entry: OsvAffected): OsvEvent[][] {
  const ranges = Array.isArray(entry.ranges) ? entry.ranges : [];
  return ranges
    .filter((range) => range !== null && typeof range === 'object' && isVersionRange(range))
    .map((range) => (Array.isArray(range.events) ? range.events.filter((e): e is OsvEvent => isRecord(e)) : []));
}

export function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * `name@version` for guidance text: in backticks when it is made only of the
 * characters package names and versions use (the Markdown renderer then writes
 * a code span that copies back exactly), else as plain, escaped-later text.
 */
export function codeName(name: string, version?: string): string {
  const text = version === undefined ? name : `${name}@${version}`;
  // Only characters escape.mdProse restores inside a code span; anything else stays prose.
  return /^[A-Za-z0-9@/.-]+$/.test(text) && text.length <= MAX_NAME + MAX_VERSION ? `\`${text}\`` : text;
}

/**
 * A value from a lockfile or record made safe to show: bounded, no control
 * characters, and backticks as `'`, so that every code span in guidance text is
 * one guidance wrote (the Markdown renderer keeps those as code).
 */
export function clean(value: string, max: number): string {
  return plain(value.replaceAll('`', "'"), max);
}
