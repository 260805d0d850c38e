/**
 * Integrity hashes as package managers verify them (pure). A lockfile entry
 * carries an SRI string (`sha512-<base64>`, several tokens separated by
 * spaces), and a classic yarn.lock also a `#<sha1 hex>` fragment on its
 * `resolved` URL; the registry publishes `dist.integrity` (SRI) and
 * `dist.shasum` (hex SHA-1) for every version and never lets its bytes change.
 *
 * npm (ssri), pnpm and Bun verify a download with the strongest algorithm the
 * lockfile gives, so that is the one compared: the strongest algorithm both
 * sides have. A Berry `checksum` hashes Yarn's own archive, not the npm
 * tarball, and is never compared with these.
 */
import type { LockedPackage } from './model.js';

/** Strongest first. */
const ALGORITHMS = ['sha512', 'sha384', 'sha256', 'sha1'] as const;

/** What the registry publishes for one version. */
export interface RegistryDist {
  integrity?: string;
  shasum?: string;
}

/** The algorithm compared and both digests, when they differ. */
export interface HashMismatch {
  algorithm: string;
  lockfile: string;
  registry: string;
}

/** Digests (base64) by algorithm of an SRI string; an algorithm given twice keeps every digest. */
export function sriHashes(integrity: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const token of (integrity ?? '').split(/\s+/)) {
    const match = /^(sha(?:1|256|384|512))-([A-Za-z0-9+/]+={0,2})(?:\?\S*)?$/.exec(token);
    if (!match) continue;
    const list = out.get(match[1]!);
    if (list) list.push(match[2]!);
    else out.set(match[1]!, [match[2]!]);
  }
  return out;
}

/** A hex SHA-1 as the base64 digest SRI writes, or undefined when it is not 40 hex digits. */
function sha1FromHex(hex: string | undefined): string | undefined {
  return hex !== undefined && /^[0-9a-f]{40}$/i.test(hex) ? Buffer.from(hex, 'hex').toString('base64') : undefined;
}

/**
 * An entry's digests by algorithm: its SRI tokens and a classic yarn.lock's `#<sha1 hex>` on an
 * http(s) URL or a committed `file:` tarball (yarn 1.22.22 checks that sha1 on a frozen install:
 * with other bytes at the path it refuses, "Integrity check failed").
 */
export function entryHashes(pkg: Pick<LockedPackage, 'integrity' | 'resolved'>): Map<string, string[]> {
  const out = sriHashes(pkg.integrity);
  const fragment =
    pkg.resolved && /^(?:https?|file):/i.test(pkg.resolved) ? /#([0-9a-f]{40})$/i.exec(pkg.resolved)?.[1] : undefined;
  const sha1 = sha1FromHex(fragment);
  if (sha1) out.set('sha1', [...new Set([...(out.get('sha1') ?? []), sha1])]);
  return out;
}

/** The digests of several entries (every base entry of one name@version) together. */
export function entriesHashes(pkgs: readonly Pick<LockedPackage, 'integrity' | 'resolved'>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const pkg of pkgs)
    for (const [algorithm, digests] of entryHashes(pkg))
      out.set(algorithm, [...(out.get(algorithm) ?? []), ...digests]);
  return out;
}

/** The registry's digests by algorithm: `dist.integrity` and `dist.shasum`. */
export function registryHashes(dist: RegistryDist): Map<string, string[]> {
  const out = sriHashes(dist.integrity);
  const sha1 = sha1FromHex(dist.shasum);
  if (sha1) out.set('sha1', [...new Set([...(out.get('sha1') ?? []), sha1])]);
  return out;
}

/**
 * Compares the strongest algorithm both sides give: `undefined` when they agree,
 * `'incomparable'` when they share none, else the mismatch (every lockfile
 * digest of that algorithm must be one the other side gives).
 */
export function compareHashes(
  lockfile: ReadonlyMap<string, readonly string[]>,
  other: ReadonlyMap<string, readonly string[]>,
): HashMismatch | 'incomparable' | undefined {
  for (const algorithm of ALGORITHMS) {
    const mine = lockfile.get(algorithm);
    const theirs = other.get(algorithm);
    if (!mine?.length || !theirs?.length) continue;
    const wrong = mine.find((d) => !theirs.includes(d));
    return wrong === undefined ? undefined : { algorithm, lockfile: wrong, registry: theirs[0]! };
  }
  return 'incomparable';
}

/** A digest shortened for a message (`sha512-AbCdEf0123456789…`). */
export function shortHash(algorithm: string, digest: string): string {
  return `${algorithm}-${digest.length > 16 ? `${digest.slice(0, 16)}…` : digest}`;
}
