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
 *   When other packages depend on it too, the override is scoped to the dependent
 *   (SCOPED_OVERRIDE), where the package manager can scope one.
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
  /**
   * A transitive version that other packages (or package.json files) depend on too, by name:
   * who they are. A plain-name override would change their copies as well, so the edit is
   * scoped to the dependent where the package manager can (`scope`).
   */
  others?: string[];
  /** The dependent the override is scoped to, with the format whose syntax it takes. */
  scope?: { parent: string; format: Exclude<LockfileFormat, 'bun'> };
}

/** Other dependents named in a suggestion, at most. */
const MAX_OTHERS = 10;

const json = (value: unknown) => JSON.stringify(value);

/**
 * The member that limits an override to what one parent depends on, in each package manager's
 * syntax. Checked with the real tools (debug@4.3.4 → ms@2.1.2 and humanize-ms@1.2.1 → ms@^2.0.0,
 * ms overridden to 2.1.1 under debug only): npm 11.19 `"overrides": {"debug": {"ms": "2.1.1"}}`,
 * pnpm 10 `"pnpm.overrides": {"debug>ms": "2.1.1"}`, Yarn 1.22.22 and Yarn 4
 * `"resolutions": {"debug/ms": "2.1.1"}` each lock debug's ms at 2.1.1 and leave humanize-ms's
 * free (pnpm and both Yarns keep ms@2.1.3 for it; npm dedupes it onto 2.1.1, which its range
 * allows). Bun 1.2.23 ignores both nested `overrides` and `resolutions` paths without a word and
 * keeps ms@2.1.2: it reads plain-name overrides only, so a Bun suggestion stays plain and says
 * whose copies it changes. The lockfiles they wrote are test/signals/fixtures/scoped-overrides/.
 */
export const SCOPED_OVERRIDE: Record<
  Exclude<LockfileFormat, 'bun'>,
  (parent: string, name: string, version: string) => string
> = {
  npm: (parent, name, version) => `${json(parent)}: { ${json(name)}: ${json(version)} }`,
  pnpm: (parent, name, version) => `${json(`${parent}>${name}`)}: ${json(version)}`,
  'yarn-classic': (parent, name, version) => `${json(`${parent}/${name}`)}: ${json(version)}`,
  'yarn-berry': (parent, name, version) => `${json(`${parent}/${name}`)}: ${json(version)}`,
};

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
  const scope = draft.source.scope;
  return {
    name: draft.name,
    version: draft.version,
    suggested,
    range: draft.source.range,
    rangeFrom: draft.source.rangeFrom,
    file: draft.source.file,
    field: draft.source.field,
    edit: scope
      ? SCOPED_OVERRIDE[scope.format](scope.parent, draft.name, suggested)
      : `${json(draft.name)}: ${json(suggested)}`,
    ...(scope ? { scope: scope.parent } : {}),
    ...(draft.source.others ? { others: draft.source.others } : {}),
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
  dependers: readonly string[] = [],
): RangeSource | undefined {
  const range = dependent.meta?.versions.get(dependent.version)?.dependencies?.[name];
  if (typeof range !== 'string') return undefined;
  const others = dependers.filter((d) => d !== dependent.name);
  return {
    range,
    rangeFrom: `${dependent.name}@${dependent.version}`,
    file: rootManifest,
    field: OVERRIDE_FIELD[format],
    ...(others.length ? { others: others.slice(0, MAX_OTHERS) } : {}),
    ...(others.length && format !== 'bun' ? { scope: { parent: dependent.name, format } } : {}),
  };
}

/** `name@version` → its parts (a scoped name keeps its first `@`). */
export function splitSpec(spec: string): { name: string; version: string } | undefined {
  const at = spec.lastIndexOf('@');
  if (at <= 0) return undefined;
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
}
