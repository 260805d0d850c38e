import type { LockedPackage, Lockfile } from './model.js';
import { isOwnCode } from './model.js';
import { originFacts, sameOrigin, type OriginFact } from './origin.js';
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
 * Why the same version's origin changed (the first fact of core/origin.ts in this
 * order, over every head entry), or undefined.
 */
function originChange(bases: LockedPackage[], heads: LockedPackage[], sameFormat: boolean): string | undefined {
  const facts = heads.flatMap((h) => originFacts(bases, h, sameFormat));
  for (const kinds of REASON_ORDER) {
    const fact = facts.find((f) => kinds.includes(f.fact));
    if (fact) return changeReason(fact);
  }
  return undefined;
}

/** Which fact names a change: the source kind, then the URL, then the bytes (host and git facts come with a URL's). */
const REASON_ORDER: readonly (readonly OriginFact['fact'][])[] = [
  ['source'],
  ['resolved'],
  ['integrity', 'algorithm'],
  ['checksum'],
];

function changeReason(fact: OriginFact): string {
  switch (fact.fact) {
    case 'source':
      return `source changed to ${fact.to}`;
    case 'integrity':
      return 'integrity changed';
    case 'algorithm':
      return 'integrity changed to another algorithm';
    case 'checksum':
      return 'checksum changed';
    default:
      return 'resolved URL changed';
  }
}
