/**
 * Registry signals: facts from the registry's metadata about a version a change
 * adds, each a reason to wait or to look (not a verdict of malware).
 *
 * The registry's packument comes in at the edge (registry.ts) and is read into
 * `PackageMeta` (packument.ts); the rules (rules.ts) are pure.
 */

/** The signals, in the order reports list them. */
export const SIGNAL_NAMES = [
  'unpublished',
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

/** One signal on one version of one lockfile (the JSON contract's `signals` entry). */
export interface Signal {
  name: string;
  version: string;
  /** 1-based line of the version's entry in the head lockfile. */
  line: number;
  signal: SignalName;
  level: 'fail' | 'warn';
  /** One sentence a reviewer reads: what the registry says, with the numbers. */
  detail: string;
  /** ISO time at which this signal stops failing (release-age and the other time-bounded rules). */
  eligibleAt?: string;
}

/** Who published a version, from `_npmUser`. */
export interface Publisher {
  name: string;
  email?: string;
  /** `_npmUser.trustedPublisher` is present: published through an OIDC trusted publisher. */
  trusted: boolean;
}

/** What lockgate reads of one version of a packument. */
export interface VersionMeta {
  /** `versions[v]._npmUser`, only in the full packument. */
  publisher?: Publisher;
  /** `dist.attestations.provenance` is present. */
  provenance: boolean;
  /** `preinstall`/`install`/`postinstall` in `scripts`, or `hasInstallScript`. */
  installScript: boolean;
  /** Which of those scripts `scripts` names (empty when only `hasInstallScript` says so). */
  installScripts: string[];
}

/** One package's registry metadata, from the abbreviated or the full packument. */
export interface PackageMeta {
  name: string;
  /** True for the full packument (it has `time` and `_npmUser`). */
  full: boolean;
  /** `modified` (ms since the epoch), when given. */
  modified?: number;
  /** `time.created` (ms), when given. */
  created?: number;
  /** Versions the registry still serves. */
  versions: Map<string, VersionMeta>;
  /** `time[version]` (ms) for every version ever published, including unpublished ones. */
  times: Map<string, number>;
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
  'release-age': 'fail',
  'new-package': 'fail',
  'install-script-added': 'fail',
  'trust-downgrade': 'fail',
  'publisher-changed': 'warn',
  burst: 'warn',
};
