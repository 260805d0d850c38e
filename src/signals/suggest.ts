/**
 * The way out of a failing registry signal (pure): the newest version of the
 * range that asks for the package which trips no fail-level signal today, and
 * the one package.json edit that makes the package manager install it.
 *
 * - The range is the repository's own (the package.json declaring a direct
 *   dependency) or, for a transitive one, the dependent's: the range its
 *   registry document declares for the package. A version outside it would be
 *   an override the dependent never asked for.
 * - "Passes today" is every rule of rules.ts run on the candidate as if the
 *   change brought it instead (same replaced versions, same dependents): older
 *   than the hold, no install script added, no trust lost, still served. Those
 *   that pass are drafts: the engine then skips any an advisory covers
 *   (engine/suggestions.ts), so the suggestion is never a known-bad version.
 * - The edit: a direct dependency is pinned in its own field; a transitive one
 *   gets the package manager's override in the lockfile's root package.json
 *   (`overrides` for npm and Bun, `resolutions` for Yarn, `pnpm.overrides` for
 *   pnpm). Then the package manager is run once to rewrite the lockfile.
 *   Checked with the real tools (debug@4.3.4, whose ms@2.1.2 is overridden to
 *   2.1.1 by a plain-name key): npm 11.19 `overrides`, pnpm 10 `pnpm.overrides`,
 *   Yarn 1.22.22 and Yarn 4 `resolutions`, Bun 1.2 `overrides` each lock ms@2.1.1.
 */
import semverSatisfies from 'semver/functions/satisfies.js';
import semverValid from 'semver/functions/valid.js';
import semverValidRange from 'semver/ranges/valid.js';
import { isRecord } from '../core/guards.js';
import type { LockfileFormat } from '../core/model.js';
import type { HoldSuggestion, SignalSettings } from '../core/signals.js';
import { compareVersions } from '../core/versions.js';
import { evaluateSignals, type RegistryView, type SignalTarget } from './rules.js';
import type { PackageMeta } from './types.js';

/** Most versions of a range tried, newest first (a range of @types/node holds hundreds). */
const MAX_CANDIDATES = 200;

/**
 * Versions that pass the registry rules kept per suggestion, newest first: when an advisory covers
 * the newest, the next one is suggested. A campaign that publishes more bad versions than this in
 * one range leaves the hold without a suggestion (and says so), never with a covered one.
 */
const MAX_STANDBY = 20;

/** The dependency fields a pin goes into (a peer dependency is the consumer's to install). */
const PIN_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** Where each package manager reads overrides from, in the root package.json. */
export const OVERRIDE_FIELD: Record<LockfileFormat, string> = {
  npm: 'overrides',
  bun: 'overrides',
  'yarn-classic': 'resolutions',
  'yarn-berry': 'resolutions',
  pnpm: 'pnpm.overrides',
};

/** The command that rewrites the lockfile after the edit. */
export const INSTALL_COMMAND: Record<LockfileFormat, string> = {
  npm: 'npm install',
  bun: 'bun install',
  'yarn-classic': 'yarn install',
  'yarn-berry': 'yarn install',
  pnpm: 'pnpm install',
};

/** The range a version is chosen in, and the edit's place. */
export interface RangeSource {
  range: string;
  /** A package.json path (direct) or the dependent's `name@version` (transitive). */
  rangeFrom: string;
  /** The package.json to edit, repository-relative. */
  file: string;
  field: string;
}

/**
 * The versions of `range` (other than the target's) that trip no fail-level signal now, newest
 * first, at most `limit`: the first is the suggestion, the next ones stand by for when an advisory
 * covers it (the engine asks the advisory sources; engine/suggestions.ts).
 */
export function passingVersions(
  target: SignalTarget,
  meta: PackageMeta,
  range: string,
  now: number,
  settings: SignalSettings,
  registry: RegistryView,
  limit: number,
): string[] {
  if (semverValidRange(range) === null) return [];
  const candidates = [...meta.versions.keys()]
    .filter((v) => v !== target.version && semverValid(v) !== null && semverSatisfies(v, range))
    .sort(compareVersions)
    .reverse()
    .slice(0, MAX_CANDIDATES);
  const out: string[] = [];
  for (const version of candidates) {
    if (out.length >= limit) break;
    const judged = evaluateSignals({ ...target, version }, { kind: 'found', meta }, now, settings, registry);
    if (!judged.some((s) => s.level === 'fail')) out.push(version);
  }
  return out;
}

/** A way out before the advisories had their say: the edit's place and the versions that pass the registry rules. */
export interface SuggestionDraft {
  name: string;
  /** The version that fails. */
  version: string;
  source: RangeSource;
  /** Versions of the range that pass every registry rule today, newest first. */
  candidates: string[];
}

/** The draft for one failing version, or undefined when no version of the range passes today. */
export function suggestFor(
  target: SignalTarget,
  meta: PackageMeta,
  source: RangeSource,
  now: number,
  settings: SignalSettings,
  registry: RegistryView,
): SuggestionDraft | undefined {
  const candidates = passingVersions(target, meta, source.range, now, settings, registry, MAX_STANDBY);
  if (!candidates.length) return undefined;
  return { name: target.name, version: target.version, source, candidates };
}

/** The suggestion of `suggested`, one of the draft's candidates, with its exact edit. */
export function suggestionOf(draft: SuggestionDraft, suggested: string): HoldSuggestion {
  return {
    name: draft.name,
    version: draft.version,
    suggested,
    range: draft.source.range,
    rangeFrom: draft.source.rangeFrom,
    file: draft.source.file,
    field: draft.source.field,
    edit: `${JSON.stringify(draft.name)}: ${JSON.stringify(suggested)}`,
  };
}

/** A direct dependency's field and range in a package.json's text (`file` is repository-relative). */
export function directSource(file: string, text: string, name: string): RangeSource | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(doc)) return undefined;
  for (const field of PIN_FIELDS) {
    const deps = doc[field];
    const range = isRecord(deps) ? deps[name] : undefined;
    if (typeof range === 'string') return { range, rangeFrom: file, file, field };
  }
  return undefined;
}

/** A transitive dependency: the dependent's range for it, edited as an override in the root package.json. */
export function overrideSource(
  format: LockfileFormat,
  rootManifest: string,
  name: string,
  dependent: { name: string; version: string; meta: PackageMeta | undefined },
): RangeSource | undefined {
  const range = dependent.meta?.versions.get(dependent.version)?.dependencies?.[name];
  if (typeof range !== 'string') return undefined;
  return {
    range,
    rangeFrom: `${dependent.name}@${dependent.version}`,
    file: rootManifest,
    field: OVERRIDE_FIELD[format],
  };
}

/** `name@version` → its parts (a scoped name keeps its first `@`). */
export function splitSpec(spec: string): { name: string; version: string } | undefined {
  const at = spec.lastIndexOf('@');
  if (at <= 0) return undefined;
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
}
