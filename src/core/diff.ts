import type { LockedPackage, Lockfile } from './model.js';
import { isOwnCode } from './model.js';
import { compareHashes, entriesHashes, entryHashes } from './integrity.js';
import { normalizeResolved } from './source.js';
import { compareVersions, sortVersions } from './versions.js';

export type ChangeKind = 'added' | 'removed' | 'upgraded' | 'downgraded' | 'changed';

/** One package name whose locked versions differ between base and head (the JSON contract's `changes`). */
export interface Change {
  name: string;
  kind: ChangeKind;
  /** Versions only in base (for `changed`: the version whose origin changed). Sorted by semver. */
  from: string[];
  /** Versions only in head (for `changed`: the same version). Sorted by semver. */
  to: string[];
  /** For `changed`: what differs (source, resolved, integrity). */
  reason?: string;
}

/**
 * Compare two lockfiles' package sets. Versions are compared as exact strings per
 * name; the repository's own code (workspace, link) is left out. A version in
 * both whose source, registry-independent resolved URL or integrity changed is a
 * `changed` entry. `base` may be undefined (a lockfile new in head).
 */
export function diffLockfiles(base: Lockfile | undefined, head: Lockfile | undefined): Change[] {
  const before = byName(base?.packages ?? []);
  const after = byName(head?.packages ?? []);
  const names = [...after.keys()];
  for (const name of before.keys()) if (!after.has(name)) names.push(name);
  // Another format writes other hash algorithms for the same bytes (yarn classic's sha1, npm's sha512).
  const sameFormat = base?.format === head?.format;
  const changes: Change[] = [];
  for (const name of names.sort()) {
    const b = before.get(name) ?? [];
    const h = after.get(name) ?? [];
    // Most names: one entry on each side, same version: only its origin can have changed.
    if (b.length === 1 && h.length === 1 && b[0]!.version === h[0]!.version) {
      const reason = sameOrigin(b[0]!, h[0]!) ? undefined : originChange(b, h, sameFormat);
      if (reason) changes.push({ name, kind: 'changed', from: [h[0]!.version], to: [h[0]!.version], reason });
      continue;
    }
    const bv = byVersion(b);
    const hv = byVersion(h);
    const from = sortVersions([...bv.keys()].filter((v) => !hv.has(v)));
    const to = sortVersions([...hv.keys()].filter((v) => !bv.has(v)));
    if (from.length || to.length) changes.push({ name, kind: kindOf(from, to), from, to });
    for (const [version, heads] of hv) {
      const bases = bv.get(version);
      const reason = bases && originChange(bases, heads, sameFormat);
      if (reason) changes.push({ name, kind: 'changed', from: [version], to: [version], reason });
    }
  }
  return changes;
}

function kindOf(from: string[], to: string[]): ChangeKind {
  if (from.length === 0) return 'added';
  if (to.length === 0) return 'removed';
  return compareVersions(to[to.length - 1]!, from[from.length - 1]!) > 0 ? 'upgraded' : 'downgraded';
}

/** name → entries, leaving out the repository's own code. */
function byName(packages: readonly LockedPackage[]): Map<string, LockedPackage[]> {
  const names = new Map<string, LockedPackage[]>();
  for (const pkg of packages) {
    if (isOwnCode(pkg) || pkg.legacy) continue;
    const list = names.get(pkg.name);
    if (list) list.push(pkg);
    else names.set(pkg.name, [pkg]);
  }
  return names;
}

/** version → entries of one name. */
function byVersion(packages: readonly LockedPackage[]): Map<string, LockedPackage[]> {
  const versions = new Map<string, LockedPackage[]>();
  for (const pkg of packages) {
    const list = versions.get(pkg.version);
    if (list) list.push(pkg);
    else versions.set(pkg.version, [pkg]);
  }
  return versions;
}

/**
 * Why the same version's origin changed, or undefined. Only facts both sides
 * record are compared, so a change of lockfile format (which writes different
 * fields) is not an origin change: the source kind, the resolved URL with the
 * public registry's aliases folded together, and integrity of the same algorithm.
 */
function originChange(bases: LockedPackage[], heads: LockedPackage[], sameFormat: boolean): string | undefined {
  if (heads.every((h) => bases.some((b) => sameOrigin(b, h)))) return undefined;
  const sources = new Set(bases.map((p) => sourceKind(p)));
  const newSource = heads.find((p) => !sources.has(sourceKind(p)));
  if (newSource) return `source changed to ${sourceKind(newSource)}`;
  const urls = defined(bases.map((p) => normalizeResolved(p.resolved)));
  const headUrls = defined(heads.map((p) => normalizeResolved(p.resolved)));
  if (urls.size && headUrls.size && [...headUrls].some((u) => !urls.has(u))) return 'resolved URL changed';
  // The strongest algorithm both sides give; in one format, base and head giving only different algorithms
  // is a change too (which bytes each accepts is then told by the registry's hashes, never assumed equal).
  const baseHashes = entriesHashes(bases);
  for (const head of heads) {
    const hashes = entryHashes(head);
    if (!hashes.size || !baseHashes.size) continue;
    const compared = compareHashes(hashes, baseHashes);
    if (compared === 'incomparable') {
      if (sameFormat) return 'integrity changed to another algorithm';
      continue;
    }
    if (compared) return 'integrity changed';
  }
  // Berry's checksum hashes Yarn's own archive of the package, so it is compared only with
  // checksums of the same cache key (another Yarn writes another archive), never with SRI.
  const checksums = bases.map((p) => berryChecksum(p.integrity)).filter((c) => c !== undefined);
  for (const head of heads) {
    const checksum = berryChecksum(head.integrity);
    if (!checksum) continue;
    const same = checksums.filter((c) => c.key === checksum.key);
    if (same.length && !same.some((c) => c.hash === checksum.hash)) return 'checksum changed';
  }
  return undefined;
}

/** A Yarn Berry checksum (`10c0/<hex>`, or `<hex>` before Yarn 4's cache keys): its cache key and hash. */
function berryChecksum(integrity: string | undefined): { key: string; hash: string } | undefined {
  const match = integrity === undefined ? null : /^(?:([0-9]+[a-z0-9]*)\/)?([0-9a-f]{32,})$/i.exec(integrity);
  return match ? { key: match[1] ?? '', hash: match[2]!.toLowerCase() } : undefined;
}

/** The common case, checked first: every head entry written exactly as some base entry. */
function sameOrigin(a: LockedPackage, b: LockedPackage): boolean {
  return a.source === b.source && a.resolved === b.resolved && a.integrity === b.integrity;
}

/** Registry and patch entries are both registry code; other sources are compared as they are. */
function sourceKind(pkg: LockedPackage): string {
  return pkg.source === 'patch' ? 'registry' : pkg.source;
}

function defined<T>(values: (T | undefined)[]): Set<T> {
  return new Set(values.filter((v): v is T => v !== undefined));
}
