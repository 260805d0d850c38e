import type { SourceStatus } from '../advisories/types.js';
import type { Change } from './diff.js';
import type { Guidance } from './guidance.js';
import type { LockfileFormat } from './model.js';

/** An advisory behind a finding, as the JSON contract lists it. */
export interface AdvisoryRef {
  id: string;
  aliases: string[];
  summary: string;
  /** The source that reported it first; `sources` lists all of them. */
  source: string;
  sources: string[];
  url: string;
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
  /** 1-based line of its entry in the head lockfile. */
  line: number;
  direct: boolean;
  /** The package.json declaring the first package of the chain, when known. */
  importer?: string;
  via: string[];
  installScript: boolean;
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
}

/** The JSON contract (`--format json`, the action's report file). */
export interface Report {
  version: 1;
  /** `diff`: new versions only; `all`: every version in head. */
  mode: 'diff' | 'all';
  lockfiles: LockfileReport[];
  sources: SourceStatus[];
  /** Things a reader must know (a bun.lockb not read, a degraded source). */
  notes: string[];
  errors: string[];
}

/** Every finding of a report, with its lockfile path. */
export function allFindings(report: Report): (Finding & { lockfile: string })[] {
  return report.lockfiles.flatMap((l) => l.findings.map((f) => ({ ...f, lockfile: l.path })));
}

/** Exit status of the contract: 2 on errors, 1 on findings, else 0. */
export function exitCode(report: Report): 0 | 1 | 2 {
  if (report.errors.length) return 2;
  return report.lockfiles.some((l) => l.findings.length) ? 1 : 0;
}
