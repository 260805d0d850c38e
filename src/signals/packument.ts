/**
 * Reads a registry packument (the JSON document `GET {registry}/{name}`
 * answers) into `PackageMeta`. Pure.
 *
 * Two shapes (https://github.com/npm/registry/blob/main/docs/responses/package-metadata.md):
 * - full: `time` (`created`, `modified`, one ISO date per version ever
 *   published, kept after an unpublish), and per version `_npmUser`
 *   (`{name, email, trustedPublisher?}`), `scripts`, `dist.attestations`;
 * - abbreviated (`Accept: application/vnd.npm.install-v1+json`): `modified`,
 *   and per version `hasInstallScript` and `dist`, without `time` or `_npmUser`.
 *
 * Fields of the wrong type are treated as absent: a registry document is data,
 * and a missing fact makes a rule stay silent rather than guess.
 */
import { isRecord } from '../core/guards.js';
import type { PackageMeta } from './types.js';
import type { VersionMeta } from './types.js';
import type { Publisher } from './types.js';

/** Lifecycle scripts npm runs on install (`prepare` is not run for registry packages). */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'] as const;

/** Reads a packument; undefined when it is not an object with a `versions` map. */
export function readPackument(name: string, doc: unknown): PackageMeta | undefined {
  if (!isRecord(doc) || !isRecord(doc.versions)) return undefined;
  const time = isRecord(doc.time) ? doc.time : undefined;
  const times = new Map<string, number>();
  let created: number | undefined;
  let modified = dateMs(doc.modified);
  if (time) {
    for (const [key, value] of Object.entries(time)) {
      const ms = dateMs(value);
      if (ms === undefined) continue;
      if (key === 'created') created = ms;
      else if (key === 'modified') modified ??= ms;
      else times.set(key, ms);
    }
  }
  const owners = userNames(doc.maintainers);
  const versions = new Map<string, VersionMeta>();
  for (const [version, raw] of Object.entries(doc.versions)) {
    if (isRecord(raw)) versions.set(version, readVersion(raw, owners));
  }
  return {
    name,
    full: time !== undefined,
    ...(modified !== undefined ? { modified } : {}),
    ...(created !== undefined ? { created } : {}),
    versions,
    times,
  };
}

function readVersion(raw: Record<string, unknown>, owners: readonly string[]): VersionMeta {
  const scripts = isRecord(raw.scripts) ? raw.scripts : {};
  const installScripts = INSTALL_SCRIPTS.filter(
    (s) => typeof scripts[s] === 'string' && (scripts[s] as string).trim() !== '',
  );
  const installScript = raw.hasInstallScript === true || installScripts.length > 0;
  const dist = isRecord(raw.dist) ? raw.dist : {};
  const attestations = isRecord(dist.attestations) ? dist.attestations : undefined;
  const provenance = attestations !== undefined && isRecord(attestations.provenance);
  const publisher = readPublisher(raw._npmUser);
  const own = userNames(raw.maintainers);
  // A trusted publisher's `_npmUser` names the CI service, which every package published that way shares.
  const person = publisher && !publisher.trusted ? [publisher.name] : [];
  const maintainers = [...new Set([...(own.length ? own : owners), ...person])];
  return {
    installScript,
    installScripts,
    provenance,
    maintainers,
    ...(publisher ? { publisher } : {}),
    ...(typeof dist.integrity === 'string' && dist.integrity !== '' ? { integrity: dist.integrity } : {}),
    ...(typeof dist.shasum === 'string' && dist.shasum !== '' ? { shasum: dist.shasum } : {}),
    ...dependencyMap(raw),
  };
}

/**
 * `dependencies` with `optionalDependencies` over them (as npm merges them), kept as the parsed
 * object when there is only one; values are checked where a range is read (suggest.ts).
 */
function dependencyMap(raw: Record<string, unknown>): { dependencies?: Record<string, unknown> } {
  const deps = isRecord(raw.dependencies) ? raw.dependencies : undefined;
  const optional = isRecord(raw.optionalDependencies) ? raw.optionalDependencies : undefined;
  if (!deps && !optional) return {};
  return { dependencies: deps && optional ? { ...deps, ...optional } : (deps ?? optional)! };
}

/** Names of a `maintainers` list (`[{name, email}]`; old documents also hold `"name <email>"` strings). */
function userNames(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const names = raw.map((m) => (isRecord(m) ? m.name : typeof m === 'string' ? m.split(' <')[0] : undefined));
  return names.filter((n): n is string => typeof n === 'string' && n !== '');
}

function readPublisher(raw: unknown): Publisher | undefined {
  if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name === '') return undefined;
  return {
    name: raw.name,
    ...(typeof raw.email === 'string' && raw.email !== '' ? { email: raw.email } : {}),
    trusted: raw.trustedPublisher !== undefined && raw.trustedPublisher !== null && raw.trustedPublisher !== false,
  };
}

function dateMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
