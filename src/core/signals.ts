/**
 * The contract of registry signals: facts from the registry's metadata about a
 * version a change adds, each a reason to wait or to look (not a verdict of
 * malware). The rules live in src/signals/; these are the types every layer reads.
 */

/** The signals, in the order reports list them. */
export const SIGNAL_NAMES = [
  'unpublished',
  'unanswered',
  'release-age',
  'new-package',
  'install-script-added',
  'trust-downgrade',
  'publisher-changed',
  'burst',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** `fail` fails the check like a finding; `warn` only reports; `off` turns the rule off. */
export const SIGNAL_LEVELS = ['fail', 'warn', 'off'] as const;
export type SignalLevelSetting = (typeof SIGNAL_LEVELS)[number];

/**
 * Content signals: what the new version's code adds over the version it
 * replaces (src/content/). Each carries evidence from the tarball.
 */
export const CONTENT_SIGNAL_NAMES = [
  'content-exfiltration',
  'content-obfuscation',
  'content-exec-endpoint',
  'content-install-network',
  'content-install-script',
  'content-endpoint',
  'content-capability',
  'content-secret-access',
  'content-encoded',
  'content-binary',
  'content-not-read',
  'content-not-compared',
] as const;
export type ContentSignalName = (typeof CONTENT_SIGNAL_NAMES)[number];

/** One quoted place in the new version's files. */
export interface Evidence {
  /** Path inside the package (without npm's `package/`). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** At most 200 characters, exact; human renderers defang URLs and addresses and escape it. */
  excerpt: string;
}

export function isContentSignalName(signal: string): signal is ContentSignalName {
  return (CONTENT_SIGNAL_NAMES as readonly string[]).includes(signal);
}

/**
 * A content signal (what the new code adds, read from the tarballs) rather than
 * a registry signal (what the registry's metadata says). A fail-level content
 * signal makes a version suspicious; a fail-level registry signal holds it.
 */
export function isContentSignal(signal: Pick<Signal, 'signal'>): boolean {
  return isContentSignalName(signal.signal);
}

/** One signal on one version of one lockfile (the JSON contract's `signals` entry). */
export interface Signal {
  name: string;
  version: string;
  /** 1-based line of the version's entry in the head lockfile. */
  line: number;
  signal: SignalName | ContentSignalName;
  level: 'fail' | 'warn';
  /** One sentence a reviewer reads: what the registry says, with the numbers. */
  detail: string;
  /** ISO time at which this signal stops failing (release-age and the other time-bounded rules). */
  eligibleAt?: string;
  /** Content signals: where in the new version's files, quoted. */
  evidence?: Evidence[];
}

/** Settings of the rules. */
export interface SignalSettings {
  /** Hold versions younger than this (ms); 0 turns release-age off. */
  minReleaseAgeMs: number;
  /** Per-signal level; a rule's own `fail` window is capped by it. */
  levels: Record<SignalName, SignalLevelSetting>;
}

export const DEFAULT_MIN_RELEASE_AGE_MS = 3 * 24 * 3_600_000;

export const DEFAULT_LEVELS: Record<SignalName, SignalLevelSetting> = {
  unpublished: 'fail',
  unanswered: 'fail',
  'release-age': 'fail',
  'new-package': 'fail',
  'install-script-added': 'fail',
  'trust-downgrade': 'fail',
  'publisher-changed': 'warn',
  burst: 'warn',
};
