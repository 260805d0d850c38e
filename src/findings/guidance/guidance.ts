/**
 * What a responder does about one malicious-package finding: structured
 * guidance (no Markdown; the renderers format it) built from the finding, the
 * advisory records behind it and the repository's workflows.
 *
 * Malware is not a vulnerability: there is no fixed version to upgrade to. The
 * guidance is either "pin to the last release before the compromised ones" (a
 * real package whose maintainer account or pipeline was hijacked for some
 * releases) or "remove it and whatever pulled it in" (a package whose
 * advisory covers every version), and in both
 * cases purge caches and rotate every credential the code could have read.
 *
 * Decisions:
 * - Kind: a record whose affected entry has a SEMVER/ECOSYSTEM range starting
 *   at `introduced: "0"` with no upper bound covers every version, so the
 *   package is `malicious-package` (even when other ranges or explicit
 *   `versions` are listed too: no version would be safe to pin). Explicit
 *   `versions` or bounded ranges only make a `compromised-release`. A finding
 *   whose records list no affected entry for the package gets the cautious
 *   advice, `malicious-package`.
 * - The version to pin is the highest base-branch version (`from`) that no
 *   record covers; otherwise "below" the lowest affected version of the flagged
 *   version's major line (so axios 1.14.1 says "below 1.14.1", not "below
 *   0.30.4"), and "or X and later" when a range has a `fixed` above it.
 * - Everything taken from a lockfile or a record is bounded and stripped of
 *   control characters; URLs are kept only when they are plain https URLs and
 *   advisory ids only when they look like ids.
 *
 * This file assembles one finding's guidance and its own steps (context, pin or
 * remove). What the records say lives in guidance-records.ts, exposure and
 * rotation in guidance-exposure.ts, package-manager commands in
 * guidance-commands.ts, and the one plan for a report with many findings in
 * guidance-plan.ts.
 */
import type { OsvAffected, OsvRecord } from '../../core/osv.js';
import type { ChangeKind } from '../../core/diff.js';
import type { LockfileFormat } from '../../core/model.js';
import { cacheCommand, overrideField, regenerateCommand, whyCommand } from './commands.js';
import { ciExposure, exposureOf, machineCredentials } from './exposure.js';
import {
  MAX_NAME,
  MAX_VERSION,
  affectedEntries,
  clean,
  cleanVersions,
  codeName,
  collectIndicators,
  collectLinks,
  describeAffected,
  describesTakeover,
  fixedAbove,
  guidanceKind,
  lowestAffectedInLine,
  recordDetails,
  whatWasTaken,
} from './records.js';
export { cacheCommand } from './commands.js';
export {
  advisoryUrl,
  affectedEntries,
  collectIndicators,
  collectLinks,
  describeAffected,
  guidanceKind,
  recordDetails,
  whatWasTaken,
} from './records.js';
import type { Guidance, WorkflowSecrets } from '../../core/guidance-types.js';

/**
 * How the flagged version arrived: a diff change kind, or `present` for an
 * `--all` scan. (`removed` cannot carry a flagged head version; it is accepted
 * so callers can pass a Change's kind as it is.)
 */
export type GuidanceChange = ChangeKind | 'present';

/** One finding, as the report stage knows it. */
export interface GuidanceInput {
  name: string;
  version: string;
  change: GuidanceChange;
  /** Versions of the package only in the base lockfile (empty for `added` and `present`). */
  from: string[];
  /** npm `hasInstallScript` / pnpm `requiresBuild`; undefined when the format does not record it. */
  installScript: boolean | undefined;
  /** True when a package.json of the repository depends on it directly. */
  direct: boolean;
  /** Chain from a direct dependency to the flagged package (last = flagged), empty when direct or unknown. */
  via: string[];
  /** Path of the lockfile, relative to the scanned tree. */
  lockfile: string;
  format: LockfileFormat;
  /** The advisory records behind this finding (several when they alias each other). */
  records: OsvRecord[];
  /** The advisory source each record came from (same order as `records`), when known. */
  recordSources?: readonly string[];
  /**
   * The name the lockfile entry carries when what it installs is another package (`name`): an
   * entry renamed onto another package's tarball, or a committed tarball holding another package.
   */
  entryName?: string;
}

/** Build the guidance for one finding. Pure; `workflows` come from readWorkflowSecrets. */
export function buildGuidance(input: GuidanceInput, workflows: readonly WorkflowSecrets[] = []): Guidance {
  const name = clean(input.name, MAX_NAME);
  const version = clean(input.version, MAX_VERSION);
  const entries = affectedEntries(input.records, input.name);
  const kind = guidanceKind(entries);
  const affected = describeAffected(entries);
  const exposure = exposureOf(input, name, version);
  const indicators = collectIndicators(input.records);
  const details = recordDetails(input.records, (i) => input.recordSources?.[i] ?? 'advisory');

  const headline =
    kind === 'compromised-release'
      ? `${codeName(name, version)} is a compromised release of ${name}: the advisory covers ${affected}, not the package as a whole.`
      : everyVersionHeadline(input.records, name, version);

  const renamed = input.entryName !== undefined && input.entryName !== input.name;
  const fix = renamed
    ? restoreStep(input, clean(input.entryName!, MAX_NAME), name, version)
    : kind === 'compromised-release'
      ? pinStep(input, entries, name, version)
      : removeStep(input, name);
  const now = [
    contextStep(input, name, version),
    fix,
    NODE_MODULES_STEP,
    purgeStep([input.format]),
    CI_CACHE_STEP,
    ROTATE_STEP,
  ];
  const indicatorCount = indicators.domains.length + indicators.ips.length + indicators.urls.length;
  if (indicatorCount > 0) now.push(indicatorStep(indicatorCount));

  return {
    kind,
    headline,
    affected,
    now,
    fix,
    exposure,
    rotate: { machines: machineCredentials(), ...ciExposure(workflows) },
    indicators,
    links: collectLinks(input.records),
    details,
    taken: whatWasTaken(details),
  };
}

/**
 * The headline of a package whose advisory covers every version, worded by what
 * its record says: a real package taken over, else a package published to attack.
 */
function everyVersionHeadline(records: readonly OsvRecord[], name: string, version: string): string {
  return describesTakeover(records)
    ? `The advisory covers every version of ${name}, and its record describes a takeover of a real package, so no release is known to be safe: ${codeName(name, version)} must not be installed.`
    : `The advisory covers every version of ${name}: its record describes a package published to attack, not a real one, so ${codeName(name, version)} must not be installed.`;
}

// Steps every finding shares: a report with several findings says them once (guidance-plan.ts).
export const NODE_MODULES_STEP =
  'On every machine that installed it, delete node_modules before installing again; if it ran at install time, treat the machine as compromised (removing the package does not remove what it may have dropped), and rebuild it from a clean image when in doubt.';
export const CI_CACHE_STEP =
  "Delete the CI caches that may hold it: actions/cache entries and the actions/setup-node dependency cache (`gh cache delete --all`, or the repository's Actions → Caches page).";
export const ROTATE_STEP =
  'Rotate the credentials listed below from a clean machine, CI and publishing secrets first, and review recent activity they allow (npm publishes, pushes, cloud logs).';

/** The step that purges the package caches of these lockfile formats. */
export function purgeStep(formats: readonly LockfileFormat[]): string {
  const commands = [...new Set(formats.map(cacheCommand))].map((c) => `\`${c}\``);
  return `Purge the package-manager cache on those machines: ${commands.join(', ')}.`;
}

/** The step that sends the reader to the logs for the indicators. */
export function indicatorStep(count: number): string {
  return `Search DNS, proxy and firewall logs of those machines and CI runners for the ${count} indicator${count === 1 ? '' : 's'} of compromise listed below.`;
}

/** The first step: where the version is and what not to do. */
function contextStep(input: GuidanceInput, name: string, version: string): string {
  if (input.change === 'present') {
    return `${codeName(name, version)} is already in ${clean(input.lockfile, 200)} on this branch: every machine and CI job that installed this branch has it.`;
  }
  const from = input.from.length > 0 ? ` (from ${input.from.map((v) => clean(v, MAX_VERSION)).join(', ')})` : '';
  const verb =
    input.change === 'added'
      ? 'adds'
      : input.change === 'changed' || input.change === 'removed'
        ? 'changes the source or integrity of'
        : input.change === 'upgraded'
          ? 'upgrades to'
          : 'downgrades to';
  return `Do not merge this change and do not install this branch: it ${verb} ${codeName(name, version)}${from} in ${clean(input.lockfile, 200)}.`;
}

/** Pin advice for a compromised release: the base version when it is clean, else "below" the first bad one. */
function pinStep(input: GuidanceInput, entries: readonly OsvAffected[], name: string, version: string): string {
  const cleanBase = cleanVersions(entries, input.from).at(-1);
  const below = lowestAffectedInLine(entries, input.version);
  const later = fixedAbove(entries, input.version);

  let target: string;
  if (cleanBase !== undefined) {
    target = `${clean(cleanBase, MAX_VERSION)}, the version on the base branch, which the advisory does not cover`;
  } else if (below !== undefined) {
    target = `the last release before the affected ones (a version below ${clean(below, MAX_VERSION)})`;
  } else {
    target = `a release before ${version} that the advisory does not cover`;
  }
  const alternative = later !== undefined ? `, or to ${clean(later, MAX_VERSION)} or later` : '';
  const how = input.direct
    ? 'as an exact version in package.json (no ^ or ~)'
    : `with ${overrideField(input.format)} in package.json, since it is a transitive dependency${chainText(input)}`;
  return `Pin ${name} to ${target}${alternative}, ${how}, then regenerate ${clean(input.lockfile, 200)} without running install scripts (\`${regenerateCommand(input.format)}\`).`;
}

/**
 * Advice for an entry that installs another package than it names: pinning either name in
 * package.json changes nothing the entry installs, and the base versions are of the entry's name.
 */
function restoreStep(input: GuidanceInput, entryName: string, name: string, version: string): string {
  const lockfile = clean(input.lockfile, 200);
  return `Restore from the base branch the ${entryName} entry of ${lockfile} and any file it installs from that the change replaced (a committed tarball), then regenerate ${lockfile} without running install scripts (\`${regenerateCommand(input.format)}\`): the entry names ${entryName} but installs ${codeName(name, version)}.`;
}

/** Remove advice for a package that is malicious in every version. */
function removeStep(input: GuidanceInput, name: string): string {
  const lockfile = clean(input.lockfile, 200);
  const regenerate = `then regenerate ${lockfile} (\`${regenerateCommand(input.format)}\`)`;
  if (input.direct) {
    return `Remove ${name} from package.json (it is a direct dependency; check whether the name was meant to be a different, legitimate package), ${regenerate}.`;
  }
  const top = input.via[0];
  if (top !== undefined && input.via.length > 1) {
    return `Remove ${name} and ${clean(top, MAX_NAME + MAX_VERSION)}, the direct dependency that pulls it in${chainText(input)}, or move that dependency to a version that does not depend on ${name}; ${regenerate}.`;
  }
  return `Remove ${name} and the dependency that pulls it in (find it with \`${whyCommand(input.format, name)}\`), ${regenerate}.`;
}

/** " (a → b → c)" for a known chain, else "". */
function chainText(input: GuidanceInput): string {
  if (input.via.length < 2) return '';
  const chain = input.via.slice(0, 10).map((step) => clean(step, MAX_NAME + MAX_VERSION));
  return ` (${chain.join(' → ')}${input.via.length > 10 ? ' → …' : ''})`;
}
