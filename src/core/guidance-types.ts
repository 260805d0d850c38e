/**
 * The guidance part of the report contract: what a responder is told about one
 * finding. Built in src/findings/guidance/; every renderer reads these types.
 */

/** A compromised release of a real package, or a package malicious in every version. */
export type GuidanceKind = 'compromised-release' | 'malicious-package';

/** A page about the finding. */
export interface GuidanceLink {
  /** Advisory id (for references: the id of the record that lists them). */
  id: string;
  url: string;
  /**
   * `record`: the advisory page of an id or alias; otherwise the OSV type of a
   * reference of the record, lower-cased (`advisory`, `report`, `article`,
   * `web`, `package`, `evidence`, …).
   */
  kind: 'record' | 'advisory' | 'report' | 'article' | 'web' | 'package' | 'evidence' | 'reference';
}

/** What one source says the code does: a section of a record's `details`. */
export interface AdvisoryDetail {
  /** The record it is from. */
  id: string;
  /** Who said it: the source named in the details (`ghsa-malware`, `checkmarx`, …) or the advisory source. */
  source: string;
  /** The text, on one line, bounded, with URLs and domains defanged. */
  text: string;
}

/** A kind of data the details say the code took. */
export type TakenKind =
  'emails' | 'environment' | 'credentials' | 'wallets' | 'ssh-keys' | 'source-code' | 'browser-data' | 'system-info';

/** What the details say was taken, with the sentence that says so. */
export interface Taken {
  kind: TakenKind;
  /** The record's own words (bounded, defanged), for the reader to judge. */
  evidence: string;
}

/** Indicators of compromise: domains, IPs and URLs. */
export interface Indicators {
  domains: string[];
  ips: string[];
  urls: string[];
}

/** What one GitHub Actions workflow of the repository exposes (see src/inputs/workflows.ts). */
export interface WorkflowSecrets {
  /** Path relative to the repository root, e.g. `.github/workflows/ci.yml`. */
  path: string;
  /** True when a job installs dependencies (npm ci, yarn, pnpm install, setup-node with cache, npx, ...). */
  installsDependencies: boolean;
  /** Why it counts as installing, e.g. "job build runs `npm ci`" (bounded). */
  installs: string[];
  /** Names of the secrets it references (`secrets.X`, `secrets['X']`), upper-cased, sorted, bounded. */
  secrets: string[];
  /** What a reader must check by hand: `secrets: inherit`, `toJSON(secrets)`, local actions. */
  notes: string[];
  /** Why the file could not be read or parsed (then nothing else is known about it). */
  error?: string;
}

/** When the package's code could have run. `unknown`: the format does not say, assume install time. */
export type ExposureTime = 'install' | 'runtime' | 'unknown';

/** A workflow whose secrets the package could have read. */
export interface CiExposure {
  workflow: string;
  /** `GITHUB_TOKEN` first (every workflow has it), then the referenced secrets. */
  secrets: string[];
  note?: string;
}

export interface Guidance {
  kind: GuidanceKind;
  /** One sentence: what this package is. */
  headline: string;
  /** Affected versions in words: "1.0.16 and later", "0.30.4, 1.14.1", "every version". */
  affected: string;
  /** Steps to take now, in order (every step, for this finding alone). */
  now: string[];
  /** This finding's own step of `now`: pin it to a clean version, or remove it and what pulls it in. */
  fix: string;
  exposure: { when: ExposureTime; text: string };
  rotate: {
    /** Credentials on machines that installed or ran it. */
    machines: string[];
    /** Workflows of this repository that install dependencies, with the secrets they reference. */
    ci: CiExposure[];
    /** GITHUB_TOKEN, and what the CI list does or does not cover. */
    ciNote: string;
  };
  indicators: Indicators;
  links: GuidanceLink[];
  /** What the advisory records say the code does, per source (bounded, defanged). */
  details: AdvisoryDetail[];
  /** What the details say the code took (emails, environment variables, tokens, wallets, …). */
  taken: Taken[];
}

/** What a responder does about a policy finding: regenerate the entry or allow the source. No rotation: it is not malware. */
export interface PolicyGuidance {
  kind: 'policy';
  /** One sentence: what the check found. */
  headline: string;
  /** Steps in order (for this finding alone). */
  now: string[];
  /** This finding's own step: how to regenerate the entry or allow the source. */
  fix: string;
  exposure: { when: ExposureTime; text: string };
}
