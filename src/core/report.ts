import type { SourceStatus } from './osv.js';
import type { Change } from './diff.js';
import type { LockfileFormat } from './model.js';
import type { Signal } from './signals.js';
import type { Guidance } from './guidance-types.js';

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

/** A version an advisory covers, with where it is and how it got there. */
export interface Finding {
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
  /**
   * Absent for an advisory finding. For an entry whose origin fails a check:
   * its `resolved` URL names another package (`resolved-mismatch`), the same
   * version moved host or hash (`origin-changed`), or a new package downloads
   * from a host that is not allowed (`unapproved-host`). Its first advisory is
   * the check itself (id = kind), so an ignore entry can name it.
   */
  kind?: 'resolved-mismatch' | 'origin-changed' | 'unapproved-host';
  /** One sentence: what the origin check found. */
  problem?: string;
  /** For `resolved-mismatch`: the package and version the URL downloads. */
  resolvedAs?: { name: string; version: string };
  /** The host it downloads from, for host findings. */
  host?: string;
  advisories: AdvisoryRef[];
  guidance: Guidance;
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

/** The report model every renderer reads (`--format json` writes it as the JSON contract). */
export interface Report {
  version: 1;
  /** `diff`: new versions only; `all`: every version in head. */
  mode: 'diff' | 'all';
  lockfiles: LockfileReport[];
  sources: SourceStatus[];
  /** Errors, warnings and notes, in the order the run met them. */
  messages: Message[];
  /** Policy findings about config files and manifests (absent when there are none). */
  fileFindings?: FileFinding[];
}

/** The messages of one level. */
export function messagesAt(report: Pick<Report, 'messages'>, level: Message['level']): Message[] {
  return report.messages.filter((m) => m.level === level);
}

/** The sentences of the messages of these levels (`notes` in the JSON contract are warnings and notes). */
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
  return { version: 1, mode, lockfiles: [], sources: [], messages };
}

/** Every finding of a report, with its lockfile path. */
export function allFindings(report: Report): (Finding & { lockfile: string })[] {
  return report.lockfiles.flatMap((l) => l.findings.map((f) => ({ ...f, lockfile: l.path })));
}

/** Every signal of a report, with its lockfile path. */
export function allSignals(report: Report): (Signal & { lockfile: string })[] {
  return report.lockfiles.flatMap((l) => (l.signals ?? []).map((s) => ({ ...s, lockfile: l.path })));
}

/**
 * Exit status of the contract: 2 on errors, 1 on findings or a fail-level
 * registry signal, else 0; with `warnOnly`, those exit 0.
 */
export function exitCode(report: Report, warnOnly = false): 0 | 1 | 2 {
  if (messagesAt(report, 'error').length) return 2;
  const fails =
    (report.fileFindings?.length ?? 0) > 0 ||
    report.lockfiles.some((l) => l.findings.length || (l.signals ?? []).some((s) => s.level === 'fail'));
  return fails && !warnOnly ? 1 : 0;
}

/** A version registry signals did not look at, and why. */
export interface NotChecked {
  name: string;
  version: string;
  reason: string;
}
