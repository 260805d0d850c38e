/**
 * What lockgate reads of the registry's packument: it comes in at the edge
 * (registry.ts), is read into `PackageMeta` (packument.ts), and the rules
 * (rules.ts) are pure over it.
 */

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
  /**
   * npm user names that may publish it: `versions[v].maintainers` (else the document's
   * `maintainers`) and `_npmUser`; only the full packument has them.
   */
  maintainers: string[];
  /** `dist.integrity` (SRI), when the registry gives one: what a lockfile entry must match. */
  integrity?: string;
  /** `dist.shasum` (hex SHA-1), when given. */
  shasum?: string;
  /**
   * What it depends on: `optionalDependencies` over `dependencies` (name → range, as npm merges them),
   * in both documents; read only for the range a dependent asks a held version with.
   */
  dependencies?: Readonly<Record<string, unknown>>;
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
