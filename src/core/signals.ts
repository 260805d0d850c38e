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
  /**
   * How the version entered, when it is not a direct dependency: `name@version` from a direct
   * dependency down to this package (as findings have it).
   */
  via?: string[];
  /** The package.json (relative to the lockfile's directory) whose dependency brings it in, when known. */
  importer?: string;
}

/**
 * The way out of a failing registry signal: the newest version in the range that
 * asks for it which trips no fail-level signal today, and the one edit of a
 * package.json that installs it (the dependency itself when it is direct, the
 * package manager's override when it is transitive).
 */
export interface HoldSuggestion {
  name: string;
  /** The version that fails. */
  version: string;
  /** The newest version of `range` that passes today (older than the hold, no other fail, no advisory covers it). */
  suggested: string;
  /** The range it was chosen in. */
  range: string;
  /** Whose range it is: a package.json of the repository (direct) or `name@version` of the dependent (transitive). */
  rangeFrom: string;
  /** The package.json to edit, relative to the repository root. */
  file: string;
  /**
   * Where in it: the dependency field (`dependencies`, `devDependencies`, `optionalDependencies`) or
   * the override field (`overrides` for npm and Bun, `resolutions` for Yarn, `pnpm.overrides` for pnpm).
   */
  field: string;
  /**
   * The member to write there, exactly (`"vite": "8.4.0"`; scoped: `"wrapper": { "ms": "2.1.1" }` for
   * npm, `"wrapper>ms": "2.1.1"` for pnpm, `"wrapper/ms": "2.1.1"` for Yarn).
   */
  edit: string;
  /**
   * The dependent the override is limited to, when other packages depend on this one too (`others`)
   * and the package manager can scope an override (npm, pnpm, Yarn; Bun 1.2 cannot).
   */
  scope?: string;
  /**
   * Who else depends on the package, by name (a package) or path (a package.json), at most 10: a
   * plain-name override changes their copies too. Absent when the dependent is the only one.
   */
  others?: string[];
}

/** How a run treats holds, for the words of the way out (absent when registry signals were off). */
export interface HoldsContext {
  /** `fail` (default): a hold fails the check; `warn` (`--holds warn`): holds are warnings, other fails stay. */
  mode: 'fail' | 'warn';
  /** `merge` on a pull request ("can merge from"), `install` elsewhere ("can install from"). */
  verb: 'merge' | 'install';
  /** The configured override label on a pull request (`''`: none configured). */
  overrideLabel?: string;
  /** The repository's workflows run lockgate on a schedule with `rerun-held`: a held job is re-run by itself. */
  rerun?: boolean;
  /**
   * Reusable workflows of other repositories that a scheduled workflow calls (`owner/repo/.github/workflows/x.yml@ref`):
   * lockgate cannot read them, so no automatic re-run is promised on their account. At most five.
   */
  rerunUnread?: string[];
}

/** Settings of the rules. */
export interface SignalSettings {
  /** Hold versions younger than this (ms); 0 turns release-age off. */
  minReleaseAgeMs: number;
  /** Per-signal level; a rule's own `fail` window is capped by it. */
  levels: Record<SignalName, SignalLevelSetting>;
  /** The verb of "can merge from": `merge` on a pull request (default), `install` elsewhere. */
  verb?: 'merge' | 'install';
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
