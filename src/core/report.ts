import type { Change } from './diff.js';
import type { Guidance, PolicyGuidance } from './guidance-types.js';
import type { LockfileFormat } from './model.js';
import type { SourceStatus } from './osv.js';
import { isContentSignal, type HoldSuggestion, type HoldsContext, type Signal } from './signals.js';

/** An advisory behind a finding, as the JSON contract lists it. */
export interface AdvisoryRef {
  id: string;
  aliases: string[];
  summary: string;
  /** The source that reported it first; `sources` lists all of them. */
  source: string;
  sources: string[];
  url: string;
  /** The reports (origins of the record) whose latest word covers this version, when the record lists them. */
  origins?: { source: string; id?: string; modified?: string }[];
}

/** The kinds of policy finding: the lockfile entry is not what the package manager would write, or its source is not allowed. */
export const POLICY_KINDS = [
  'resolved-mismatch',
  'origin-changed',
  'unapproved-host',
  'plain-http',
  'registry-config',
  'integrity-mismatch',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** The facts of a source check that an entry fails. */
export interface OriginFacts {
  /**
   * `resolved-mismatch`: its `resolved` URL names another package; `origin-changed`:
   * the same version moved host or hash; `unapproved-host`: a new package downloads
   * from a host that is not allowed; `plain-http`: it downloads over plain http;
   * `registry-config`: the change edits where the package manager downloads from;
   * `integrity-mismatch`: its integrity is not the one the registry publishes for that name@version.
   */
  kind: PolicyKind;
  /** One sentence: what the check found. */
  problem: string;
  /** For `resolved-mismatch`: the package and version the URL downloads. */
  resolvedAs?: { name: string; version: string };
  /** The host it downloads from, for host findings. */
  host?: string;
}

/** What every finding says about the entry: which version, where it is and how it got there. */
interface FindingBase {
  name: string;
  version: string;
  /** How it entered: the change kind, or `present` when every version is checked (--all). */
  change: Change['kind'] | 'present';
  from: string[];
  /** The name it is installed under, when it is an alias. */
  alias?: string;
  /** 1-based line of its entry in the head lockfile; 0 in bun.lockb, which has no lines (see `declared`). */
  line: number;
  /** For a lockfile without lines: the package.json line declaring the direct dependency that brings it in. */
  declared?: { file: string; line: number };
  direct: boolean;
  /** The package.json declaring the first package of the chain, when known. */
  importer?: string;
  via: string[];
  installScript: boolean;
}

/**
 * Verdict malicious: an advisory or the repository's own list covers the
 * version (or, for an entry whose URL installs another package, what it installs).
 */
export interface AdvisoryFinding extends FindingBase {
  kind: 'advisory';
  /** Never empty. */
  advisories: AdvisoryRef[];
  /** The source check the entry fails as well, when it does (a URL that installs a flagged version). */
  origin?: OriginFacts;
  guidance: Guidance;
}

/** Verdict policy: the entry fails a source check and no advisory covers what it installs. Not malware. */
export interface PolicyFinding extends FindingBase, OriginFacts {
  guidance: PolicyGuidance;
}

export type Finding = AdvisoryFinding | PolicyFinding;

/** Is this finding a policy finding (not malware)? */
export function isPolicy(finding: Finding): finding is PolicyFinding {
  return finding.kind !== 'advisory';
}

export interface LockfileReport {
  path: string;
  format: LockfileFormat;
  formatVersion: string;
  /** The base lockfile it was compared with, when its path or format differs. */
  base?: { path: string; format: LockfileFormat; formatVersion: string };
  /** True when the lockfile exists in base only. */
  deleted?: boolean;
  changes: Change[];
  findings: Finding[];
  /** Registry signals on the versions in `to` (diff mode, not offline). */
  signals: Signal[];
  /** Versions registry signals did not look at (not from the registry read, allow-listed, no answer). */
  notChecked?: NotChecked[];
  /** For versions a registry signal fails: the newest version that passes today and the edit that installs it. */
  suggestions?: HoldSuggestion[];
  /** Entries installed from a committed `file:` tarball that could not be opened, so what it holds was not compared. */
  tarballsNotRead?: TarballNotRead[];
  /**
   * The warning that this lockfile locks no package while a package.json it serves declares
   * dependencies (no base to compare: a new lockfile, or a full scan). `messages` has it on its own
   * when few lockfiles do, else one warning for them all.
   */
  locksNothing?: string;
}

/** A committed `file:` tarball that was not read: the entry, the tarball's path and why (one clause). */
export interface TarballNotRead {
  name: string;
  version: string;
  file: string;
  reason: string;
}

/**
 * Something a run has to tell besides findings. `error`: the run could not
 * finish (exit 2); `warning`: a result may be incomplete or needs a look (a
 * source that did not answer, a config warning); `note`: context (an ignored
 * finding, a package-manager switch). `file` (repository-relative) and `line`
 * place it in the repository when it is about one file.
 */
export interface Message {
  level: 'error' | 'warning' | 'note';
  /** One sentence, as it is printed; untrusted parts are already bounded by whoever wrote it. */
  message: string;
  file?: string;
  line?: number;
}

/**
 * A policy finding about a file rather than a lockfile entry: a change to the
 * package managers' config (where packages come from, how they are checked,
 * what runs at install), or a manifest out of step with its lockfile. It fails
 * the check like a finding, as a policy verdict (never malware). Warnings and
 * notes of the same checks are messages.
 */
export interface FileFinding {
  kind: 'config-changed' | 'manifest-without-lockfile' | 'lockfile-deleted' | 'range-unsatisfied';
  /** Repository-relative path of the config file or package.json. */
  file: string;
  line?: number;
  /** The setting or field (`registry`, `npmScopes.acme.npmRegistryServer`, `packageManager`, `dependencies`). */
  key?: string;
  /** Its value in base and head, bounded and with credentials removed (absent: not set). */
  from?: string;
  to?: string;
  /** One sentence, safe to print. */
  problem: string;
}

/**
 * An exact version a package.json asks for (a pin, an `npm:` alias, an override or a resolution)
 * that an advisory covers: verdict malicious, whether or not a lockfile holds it yet, since the next
 * install after the merge fetches it.
 */
export interface ManifestFinding {
  /** Repository-relative path of the package.json. */
  file: string;
  line?: number;
  /** `dependencies`, `devDependencies`, `optionalDependencies`, `peerDependencies`, `overrides`, `resolutions`, `pnpm.overrides`. */
  field: string;
  /** The key as written (nested overrides joined by ` > `), bounded. */
  key: string;
  /** The registry name and version it installs (an alias's target). */
  name: string;
  version: string;
  advisories: AdvisoryRef[];
}

/** The report model every renderer reads (`--format json` writes it as the JSON contract). */
/** What a run did with a source: asked and answered, asked and failed, or never asked. */
export type SourceState = 'answered' | 'failed' | 'not-asked';

/** An advisory source in the report: the bundled snapshot, a live API (`live`), or the repository's lists. */
export interface AdvisorySourceStatus extends Omit<SourceStatus, 'ok'> {
  type: 'advisory';
  state: SourceState;
  /** True only when it answered (kept for readers of version 1). */
  ok: boolean;
  /** OSV and GitHub: records as of the moment they answered. */
  live?: boolean;
}

/** The npm registry, read for registry signals. */
export interface RegistrySourceStatus {
  type: 'registry';
  name: 'registry';
  state: SourceState;
  ok: boolean;
  requests?: number;
  bytes?: number;
  /** With the on-disk cache (`--cache-dir`): requests the registry answered 304 Not Modified, read from the cache. */
  notModified?: number;
  /** Why it did not answer, or why it was not asked (`--offline`). */
  error?: string;
}

/** Package content: the tarballs read to compare the new version's code with the old (src/content/). */
export interface ContentSourceStatus {
  type: 'content';
  name: 'content';
  state: SourceState;
  ok: boolean;
  requests?: number;
  /** Compressed bytes downloaded (or read from the cache or the demo's folder). */
  bytes?: number;
  unpackedBytes?: number;
  /** Tarballs read from the on-disk cache (`--cache-dir`) instead of downloaded. */
  cached?: number;
  /** Why some tarball was not read, or why none was asked for. */
  error?: string;
}

export type ReportSource = AdvisorySourceStatus | RegistrySourceStatus | ContentSourceStatus;

/** The one word a run comes to; the first that applies, in this order: error, malicious, suspicious, policy, held, clean. */
export type Verdict = 'clean' | 'held' | 'policy' | 'suspicious' | 'malicious' | 'error';

/** How many of each: findings by kind, and versions with a fail-level content signal (suspicious) or registry signal (held). */
export interface VerdictCounts {
  malicious: number;
  suspicious: number;
  policy: number;
  held: number;
  /** malicious + policy. */
  findings: number;
}

/** The report model every renderer reads. */
export interface Report {
  version: 2;
  /** `diff`: new versions only; `all`: every version in head. */
  mode: 'diff' | 'all';
  lockfiles: LockfileReport[];
  sources: ReportSource[];
  /** Errors, warnings and notes, in the order the run met them. */
  messages: Message[];
  /** Policy findings about config files and manifests (absent when there are none). */
  fileFindings?: FileFinding[];
  /** Exact versions package.json files ask for that an advisory covers (absent when there are none). */
  manifestFindings?: ManifestFinding[];
  /** How this run treats holds (absent when registry signals were off). */
  holds?: HoldsContext;
}

/** The JSON contract (`--format json`, the Action's report file): the report with what it comes to. */
export interface ReportJson {
  version: 2;
  verdict: Verdict;
  counts: VerdictCounts;
  mode: Report['mode'];
  /** What the run did not check, one clause each (empty when everything was checked). */
  notChecked: string[];
  lockfiles: LockfileReport[];
  sources: ReportSource[];
  messages: Message[];
  /** Policy findings about config files and manifests (absent when there are none). */
  fileFindings?: FileFinding[];
  /** Exact versions package.json files ask for that an advisory covers (absent when there are none). */
  manifestFindings?: ManifestFinding[];
  /** How this run treats holds (absent when registry signals were off). */
  holds?: HoldsContext;
}

/**
 * The counts of each kind of verdict in a report (a policy finding about a
 * config file or manifest counts as policy; a version both malicious and
 * suspicious counts once, as malicious).
 */
export function verdictCounts(report: Pick<Report, 'lockfiles' | 'fileFindings' | 'manifestFindings'>): VerdictCounts {
  let malicious = report.manifestFindings?.length ?? 0;
  let policy = report.fileFindings?.length ?? 0;
  const suspicious = new Set<string>();
  const held = new Set<string>();
  for (const lockfile of report.lockfiles) {
    const covered = new Set<string>();
    for (const finding of lockfile.findings) {
      if (isPolicy(finding)) policy++;
      else {
        malicious++;
        covered.add(`${finding.name}@${finding.version}`);
      }
    }
    for (const signal of lockfile.signals) {
      if (signal.level !== 'fail') continue;
      const version = `${signal.name}@${signal.version}`;
      // A version an advisory covers is malicious; its content signals are evidence of that verdict, not a second one.
      if (isContentSignal(signal)) {
        if (!covered.has(version)) suspicious.add(`${lockfile.path}\0${version}`);
      } else held.add(`${lockfile.path}\0${version}`);
    }
  }
  return { malicious, suspicious: suspicious.size, policy, held: held.size, findings: malicious + policy };
}

/** What the report comes to (see Verdict). */
export function verdictOf(
  report: Pick<Report, 'lockfiles' | 'messages' | 'fileFindings' | 'manifestFindings'>,
): Verdict {
  if (messagesAt(report, 'error').length) return 'error';
  const counts = verdictCounts(report);
  if (counts.malicious) return 'malicious';
  if (counts.suspicious) return 'suspicious';
  if (counts.policy) return 'policy';
  if (counts.held) return 'held';
  return 'clean';
}

/**
 * What the run did not check, as clauses for the headline's second line:
 * live advisory sources that did not answer or were not asked, registry
 * signals not evaluated (and for how many versions). Empty when nothing was left out.
 */
export function notChecked(report: Pick<Report, 'sources' | 'lockfiles'>): string[] {
  const out: string[] = [];
  const live = report.sources.filter((s): s is AdvisorySourceStatus => s.type === 'advisory' && s.live === true);
  const sources = (names: string[]) => `live advisory source${names.length === 1 ? '' : 's'} ${names.join(' and ')}`;
  const failed = live.filter((s) => s.state === 'failed').map((s) => s.name);
  if (failed.length) out.push(`${sources(failed)} (did not answer)`);
  // Not asked for a reason (offline); a live source with nothing to ask is no gap.
  const unasked = live.filter((s) => s.state === 'not-asked' && s.error);
  if (unasked.length) out.push(`${sources(unasked.map((s) => s.name))} (${unasked[0]!.error})`);
  const registry = report.sources.find((s): s is RegistrySourceStatus => s.type === 'registry');
  const skipped = report.lockfiles.reduce((n, l) => n + (l.notChecked?.length ?? 0), 0);
  if (skipped) out.push(`registry signals for ${skipped} version${skipped === 1 ? '' : 's'}`);
  else if (registry && registry.state !== 'answered' && registry.error)
    out.push(`registry signals (${registry.error})`);
  const unread = new Set(
    report.lockfiles.flatMap((l) =>
      l.signals.filter((s) => s.signal === 'content-not-read').map((s) => `${s.name}@${s.version}`),
    ),
  );
  if (unread.size) out.push(`package content of ${unread.size} new version${unread.size === 1 ? '' : 's'}`);
  const tarballs = report.lockfiles.flatMap((l) => l.tarballsNotRead ?? []);
  const first = tarballs[0];
  if (first)
    out.push(
      `${tarballs.length === 1 ? 'the committed tarball' : `${tarballs.length} committed tarballs, first`} ${first.file} of ${first.name} (${first.reason})`,
    );
  return out;
}

/** The messages of one level. */
export function messagesAt(report: Pick<Report, 'messages'>, level: Message['level']): Message[] {
  return report.messages.filter((m) => m.level === level);
}

/** The sentences of the messages of these levels. */
export function messageTexts(report: Pick<Report, 'messages'>, ...levels: Message['level'][]): string[] {
  return report.messages.filter((m) => levels.includes(m.level)).map((m) => m.message);
}

/** A message of `level` (file and line only when known). */
export function message(level: Message['level'], text: string, where: { file?: string; line?: number } = {}): Message {
  return {
    level,
    message: text,
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.line !== undefined ? { line: where.line } : {}),
  };
}

/** A report with no lockfile: a run that stopped early (config error, nothing to compare). */
export function emptyReport(mode: Report['mode'], messages: Message[]): Report {
  return { version: 2, mode, lockfiles: [], sources: [], messages };
}

/** The JSON contract of a report: the report with its verdict, counts and what it did not check. */
export function reportJson(report: Report): ReportJson {
  return {
    version: 2,
    verdict: verdictOf(report),
    counts: verdictCounts(report),
    mode: report.mode,
    notChecked: notChecked(report),
    lockfiles: report.lockfiles,
    sources: report.sources,
    messages: report.messages,
    ...(report.fileFindings?.length ? { fileFindings: report.fileFindings } : {}),
    ...(report.manifestFindings?.length ? { manifestFindings: report.manifestFindings } : {}),
    ...(report.holds ? { holds: report.holds } : {}),
  };
}

/** Every finding of a report, with its lockfile path. */
export function allFindings(report: Report): (Finding & { lockfile: string })[] {
  return report.lockfiles.flatMap((l) => l.findings.map((f) => ({ ...f, lockfile: l.path })));
}

/** Every signal of a report, with its lockfile path. */
export function allSignals(report: Report): (Signal & { lockfile: string })[] {
  return report.lockfiles.flatMap((l) => l.signals.map((s) => ({ ...s, lockfile: l.path })));
}

/**
 * Exit status of the contract: 2 on errors, 1 on any other verdict than
 * clean (a finding, a fail-level signal), else 0; with `warnOnly`, those exit 0.
 */
export function exitCode(report: Report, warnOnly = false): 0 | 1 | 2 {
  const verdict = verdictOf(report);
  if (verdict === 'error') return 2;
  return verdict !== 'clean' && !warnOnly ? 1 : 0;
}

/** A version registry signals did not look at, and why. */
export interface NotChecked {
  name: string;
  version: string;
  reason: string;
}
