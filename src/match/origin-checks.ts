/**
 * Where a locked package really comes from (pure). Package managers download
 * what an entry's `resolved` URL names, not what its key, name and version
 * say, so a pull request can slip a package in under another's name (the
 * attack class lockfile-lint exists for). Three checks, each a failing finding:
 *
 * - `resolved-mismatch`: a registry tarball URL (`…/<name>/-/<base>-<version>.tgz`)
 *   names another package or version than the entry. The advisory check also
 *   runs on the identity the URL names, since that is what gets installed.
 * - `origin-changed`: the same version now downloads from another host, or
 *   with another integrity hash (the public registry never lets a version be
 *   republished, so its hash cannot honestly change).
 * - `unapproved-host`: a package the change adds downloads from a host that is
 *   not an allowed registry (default: the public npm and Yarn registries), or
 *   over plain `http:` (always reported). A full scan (`all`) does not report
 *   hosts of packages already there: that is a policy for what a change adds.
 *
 * Every format that records a URL is covered the same way (npm, yarn classic,
 * pnpm tarball resolutions, bun), since the rules read only the model.
 */
import type { PackageQuery } from '../core/osv.js';
import { digestPinned, originFacts } from '../core/origin.js';
import { plain } from '../core/escape.js';
import { downloadHost, PUBLIC_REGISTRY_HOSTS, registryPrefix, registryTarball } from '../core/source.js';
import type { Change } from '../core/diff.js';
import type { LocalTarball, LockedPackage, Lockfile } from '../core/model.js';
import { isOwnCode } from '../core/model.js';
import {
  judgeSource,
  knownHost,
  registryHostsOf,
  type SourceContext,
  type SourcePolicy,
  type SourceVerdict,
} from './source-policy.js';

export type OriginKind = 'resolved-mismatch' | 'origin-changed' | 'unapproved-host' | 'integrity-mismatch';

/** One entry whose origin fails a check. */
export interface OriginIssue {
  kind: OriginKind;
  /** The head entry. */
  pkg: LockedPackage;
  /** One sentence: what is wrong, naming both identities, hosts or hashes. */
  problem: string;
  /** For `resolved-mismatch`: the package and version the URL names. */
  tarball?: { name: string; version: string };
  /** For `unapproved-host` and host changes: the host it downloads from. */
  host?: string;
}

/** The hosts allowed for new packages when the config names none. */
export const DEFAULT_ALLOWED_HOSTS: readonly string[] = PUBLIC_REGISTRY_HOSTS;

export interface OriginInput {
  head: Lockfile;
  base?: Lockfile | undefined;
  changes: readonly Change[];
  /** Name → the specs the lockfile's package.json files ask for it with (see source-policy.ts). */
  requested?: ReadonlyMap<string, readonly string[]> | undefined;
  /** Entry id → the `file:` tarball committed in the head tree that it installs. */
  localTarballs?: ReadonlyMap<string, LocalTarball> | undefined;
}

/** A source the policy reports as a warning or note, not a finding: grouped by where it comes from. */
export interface SourceNote {
  level: 'warning' | 'note';
  /** The host or repository. */
  from: string;
  reason: string;
  /** The entries, first line first. */
  pkgs: LockedPackage[];
}

/**
 * The origin issues of a head lockfile: entries the change adds or whose
 * origin it changes (every entry with `all`), checked against the URL they
 * name, their base entries and the source policy.
 */
export function originIssues(input: OriginInput, all: boolean, policy: SourcePolicy): OriginIssue[] {
  return evaluate(input, all, policy).issues;
}

/** The sources the policy reports without failing: what the manifests ask for, plain http, outliers of a full scan. */
export function sourceNotes(input: OriginInput, all: boolean, policy: SourcePolicy): SourceNote[] {
  return evaluate(input, all, policy).notes;
}

const NO_SPECS: ReadonlyMap<string, readonly string[]> = new Map();

/** Where the source policy judges one compared lockfile's entries from. */
export function sourceContextOf(input: OriginInput, all: boolean, policy: SourcePolicy): SourceContext {
  return {
    policy,
    base: input.base ? registryHostsOf(input.base.packages) : undefined,
    head: registryHostsOf(input.head.packages),
    baseHosts: new Set(
      (input.base?.packages ?? []).map((p) => downloadHost(p)).filter((h): h is string => h !== undefined),
    ),
    basePrefixes: new Set((input.base?.packages ?? []).map(prefixOf).filter((p): p is string => p !== undefined)),
    all,
    requested: input.requested ?? NO_SPECS,
  };
}

function evaluate(
  input: OriginInput,
  all: boolean,
  policy: SourcePolicy,
): { issues: OriginIssue[]; notes: SourceNote[] } {
  const added = new Set<string>();
  const changed = new Set<string>();
  for (const change of input.changes) {
    for (const version of change.to) (change.kind === 'changed' ? changed : added).add(`${change.name}@${version}`);
  }
  const baseEntries = new Map<string, LockedPackage[]>();
  for (const pkg of input.base?.packages ?? []) {
    const key = `${pkg.name}@${pkg.version}`;
    const list = baseEntries.get(key);
    if (list) list.push(pkg);
    else baseEntries.set(key, [pkg]);
  }
  const context = sourceContextOf(input, all, policy);
  const sameFormat = input.base?.format === input.head.format;

  const issues: OriginIssue[] = [];
  const notes = new Map<string, SourceNote>();
  const addNote = (verdict: SourceVerdict & { level: 'warning' | 'note' }, pkg: LockedPackage): void => {
    const id = `${verdict.level}\0${verdict.from}\0${verdict.reason}`;
    const note = notes.get(id);
    if (note) note.pkgs.push(pkg);
    else notes.set(id, { level: verdict.level, from: verdict.from, reason: verdict.reason, pkgs: [pkg] });
  };
  for (const pkg of input.head.packages) {
    if (isOwnCode(pkg)) continue;
    const key = `${pkg.name}@${pkg.version}`;
    const isNew = added.has(key);
    const isChanged = changed.has(key);
    // A committed tarball is read whether or not its entry changed: its bytes can change without the lockfile.
    const local = input.localTarballs?.has(pkg.id) === true;
    if (!all && !isNew && !isChanged && !local) continue;
    const mismatch = resolvedMismatch(pkg) ?? tarballMismatch(pkg, input.localTarballs?.get(pkg.id));
    if (mismatch) issues.push(mismatch);
    const before = baseEntries.get(key);
    const origin = isChanged && before ? originChange(pkg, before, sameFormat, context) : undefined;
    if (origin && 'kind' in origin) issues.push(origin);
    else if (origin) addNote(origin, pkg);
    else if ((isNew || all) && !mismatch) {
      const verdict = judgeSource(pkg, context);
      if (verdict?.level === 'fail')
        issues.push({ kind: 'unapproved-host', pkg, host: verdict.from, problem: verdict.reason });
      else if (verdict) addNote({ ...verdict, level: verdict.level }, pkg);
    }
  }
  return { issues, notes: [...notes.values()] };
}

/** The identities the advisory check must also look up: what mismatching URLs download. */
export function originQueries(issues: readonly OriginIssue[]): PackageQuery[] {
  return issues.flatMap((i) => (i.tarball ? [{ name: i.tarball.name, version: i.tarball.version }] : []));
}

function resolvedMismatch(pkg: LockedPackage): OriginIssue | undefined {
  const tarball = pkg.resolved === undefined ? undefined : registryTarball(pkg.resolved);
  if (!tarball) return undefined;
  const sameName = tarball.name === pkg.name || tarball.scoped === pkg.name;
  const sameVersion = sameRelease(tarball.version, pkg.version);
  if (sameName && sameVersion) return undefined;
  const entry = pkg.alias ? `${pkg.alias} (${pkg.name}@${pkg.version})` : `${pkg.name}@${pkg.version}`;
  return {
    kind: 'resolved-mismatch',
    pkg,
    tarball: { name: tarball.name, version: tarball.version },
    problem: `The entry says ${entry}, but its resolved URL downloads ${tarball.name}@${tarball.version} from ${tarball.host}: the package manager installs what the URL names.`,
  };
}

/**
 * A committed `file:` tarball whose package.json names another package or
 * version than the lockfile records for the entry: the package manager
 * installs the tarball's bytes, so what they are is what is looked up too.
 * (bun.lock records no version for a tarball: then the name alone is compared.)
 */
function tarballMismatch(pkg: LockedPackage, tarball: LocalTarball | undefined): OriginIssue | undefined {
  if (!tarball || !('inside' in tarball)) return undefined;
  const inside = tarball.inside;
  if (inside.name === pkg.name && (pkg.version === '' || sameRelease(inside.version, pkg.version))) return undefined;
  const entry = pkg.alias ? `${pkg.alias} (${pkg.name}@${pkg.version})` : `${pkg.name}@${pkg.version}`;
  return {
    kind: 'resolved-mismatch',
    pkg,
    tarball: { name: inside.name, version: inside.version },
    problem: plain(
      `The entry says ${entry}, but the tarball it installs from the repository (${tarball.path}) holds ${inside.name}@${inside.version || '(no version)'}: the package manager installs what the tarball holds.`,
      1000,
    ),
  };
}

/**
 * A same-version entry whose origin facts (core/origin.ts) no registry could
 * produce honestly: another repository or commit of a git source, another
 * download host, another digest. The first of these, in that order.
 *
 * Two moves are honest, and are notes: to a host the repository already uses (the
 * base lockfile, its registry config, allowed-hosts) with every digest the base
 * locked, which the package manager checks; and to a registry path the base already
 * downloads other packages from, without another digest of the same algorithm, where
 * what it installs is what that registry serves for the version. Registries that serve
 * one feed from several hosts relock so (Azure Artifacts' `ms-feed-N.pkgs.visualstudio.com`
 * in microsoft/rushstack).
 */
function originChange(
  pkg: LockedPackage,
  bases: readonly LockedPackage[],
  sameFormat: boolean,
  context: SourceContext,
): OriginIssue | (SourceVerdict & { level: 'note' }) | undefined {
  const facts = originFacts(bases, pkg, sameFormat);
  const fact =
    facts.find((f) => f.fact === 'repository' || f.fact === 'commit') ??
    facts.find((f) => f.fact === 'host') ??
    facts.find((f) => f.fact === 'integrity');
  const at = `${pkg.name}@${pkg.version} kept its version but`;
  switch (fact?.fact) {
    case 'repository':
      return {
        kind: 'origin-changed',
        pkg,
        host: fact.host,
        problem: `${at} now comes from the repository ${fact.to} instead of ${fact.from.join(', ')}: another repository's code under the same version.`,
      };
    case 'commit':
      return {
        kind: 'origin-changed',
        pkg,
        host: fact.host,
        problem: `${at} now installs commit ${fact.to.slice(0, 40)} of ${fact.repository} instead of ${fact.from.map((c) => c.slice(0, 40)).join(', ')}: other code under the same version.`,
      };
    case 'host':
      if (digestPinned(bases, pkg) && knownHost(fact.to, context))
        return {
          level: 'note',
          from: fact.to,
          reason: `from ${fact.to} now, a host the repository already uses, at the versions and digests the base locked from another host; the package manager checks each digest, so the bytes are unchanged`,
        };
      if (!facts.some((f) => f.fact === 'integrity' || f.fact === 'checksum') && fromBaseRegistry(pkg, context))
        return {
          level: 'note',
          from: fact.to,
          reason: `from ${fact.to} now, a registry path the base lockfile already downloads other packages from, and no digest of the same algorithm changed; the registry serves one set of bytes per version, so it installs what an honest resolution there would`,
        };
      return {
        kind: 'origin-changed',
        pkg,
        host: fact.to,
        problem: `${at} now downloads from ${fact.to} instead of ${fact.from.join(', ')}; a version does not move between hosts honestly.`,
      };
    case 'integrity':
      return {
        kind: 'origin-changed',
        pkg,
        problem: `${at} its ${fact.algorithm} integrity hash changed; the registry never lets a published version change, so this is different code under the same version.`,
      };
    default:
      return undefined;
  }
}

/** The registry path an entry downloads from (its tarball URL up to `/<name>/-/`), or undefined. */
function prefixOf(pkg: LockedPackage): string | undefined {
  const url = pkg.url ?? pkg.resolved;
  return url === undefined ? undefined : registryPrefix(url, pkg.name);
}

/**
 * Does the entry download its own name@version from a registry path the base already
 * downloads other packages from? Anything under that path is what the registry serves,
 * which a pull request cannot change; a look-alike path elsewhere on a known host
 * (`github.com/mallory/x/raw/main/lodash/-/lodash-4.17.21.tgz`) is another path.
 */
function fromBaseRegistry(pkg: LockedPackage, context: SourceContext): boolean {
  const prefix = prefixOf(pkg);
  return prefix !== undefined && (context.basePrefixes?.has(prefix) ?? false);
}

function withoutBuild(version: string): string {
  const plus = version.indexOf('+');
  return plus === -1 ? version : version.slice(0, plus);
}

/**
 * One release under two spellings: build metadata aside, and the leading zeros
 * of an old non-semver version dropped as npm's loose semver drops them. The
 * registry cleaned such versions on publish but kept the tarball's file name, so
 * npm locks esprima-fb@3001.1.0-dev-harmony-fb from `esprima-fb-3001.0001.0000-dev-harmony-fb.tgz`
 * (socket.io's engine.io latency example, a v1 lockfile). No registry accepts a
 * version with leading zeros today, so the two spellings cannot name two releases.
 */
function sameRelease(a: string, b: string): boolean {
  const x = withoutBuild(a);
  const y = withoutBuild(b);
  return x === y || withoutLeadingZeros(x) === withoutLeadingZeros(y);
}

function withoutLeadingZeros(version: string): string {
  return version.replace(/^(\d+)\.(\d+)\.(\d+)/, (_m, major: string, minor: string, patch: string) =>
    [major, minor, patch].map((n) => n.replace(/^0+(?=\d)/, '')).join('.'),
  );
}
