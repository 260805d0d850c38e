/**
 * "Same version, other origin" decided once (pure): what differs between the
 * base entries of a name@version and one head entry of it. The diff names such
 * a version `changed` with the first fact as its reason (core/diff.ts); the
 * origin checks fail the facts a registry could not honestly produce
 * (match/origin-checks.ts). Only facts both sides record are compared, so a
 * change of lockfile format, which writes other fields, is no fact.
 */
import { compareHashes, entriesHashes, entryHashes } from './integrity.js';
import type { LockedPackage } from './model.js';
import { downloadHost, gitRepository, normalizeResolved, type GitRepository } from './source.js';

/** One thing that differs about where a head entry comes from, against every base entry of its version. */
export type OriginFact =
  /** Another kind of source (registry and patch count as one). */
  | { fact: 'source'; to: string }
  /** Another resolved URL, the public registry's aliases folded together. */
  | { fact: 'resolved' }
  /** Another download host than every base entry's. */
  | { fact: 'host'; from: string[]; to: string }
  /** A git source (or a hosted archive of one) from another repository. */
  | { fact: 'repository'; host: string; from: string[]; to: string }
  /** The same repository at another commit. */
  | { fact: 'commit'; host: string; repository: string; from: string[]; to: string }
  /** Another digest of an algorithm both sides give. */
  | { fact: 'integrity'; algorithm: string }
  /** Digests of no common algorithm, in one lockfile format (which bytes each accepts is then unknown). */
  | { fact: 'algorithm' }
  /** Another Yarn Berry checksum with the same cache key. */
  | { fact: 'checksum' };

/**
 * What differs between `head` and every entry of `bases` (the base entries of the
 * same name@version). `sameFormat`: both sides are one lockfile format, so an
 * integrity given only in another algorithm is a difference too.
 */
export function originFacts(bases: readonly LockedPackage[], head: LockedPackage, sameFormat: boolean): OriginFact[] {
  if (bases.some((b) => sameOrigin(b, head))) return [];
  const facts: OriginFact[] = [];
  if (!bases.some((b) => sourceKind(b) === sourceKind(head))) facts.push({ fact: 'source', to: sourceKind(head) });
  const url = normalizeResolved(head.resolved);
  const urls = defined(bases.map((b) => normalizeResolved(b.resolved)));
  if (url !== undefined && urls.size && !urls.has(url)) facts.push({ fact: 'resolved' });
  const host = downloadHost(head);
  const hosts = defined(bases.map((b) => downloadHost(b)));
  if (host !== undefined && hosts.size && !hosts.has(host)) facts.push({ fact: 'host', from: [...hosts], to: host });
  const git = gitFact(head, bases);
  if (git) facts.push(git);
  const hashes = entryHashes(head);
  const baseHashes = entriesHashes(bases);
  if (hashes.size && baseHashes.size) {
    const compared = compareHashes(hashes, baseHashes);
    if (compared === 'incomparable') {
      if (sameFormat) facts.push({ fact: 'algorithm' });
    } else if (compared) facts.push({ fact: 'integrity', algorithm: compared.algorithm });
  }
  // Berry's checksum hashes Yarn's own archive of the package, so it is compared only with
  // checksums of the same cache key (another Yarn writes another archive), never with SRI.
  const checksum = berryChecksum(head.integrity);
  if (checksum) {
    const same = bases.map((b) => berryChecksum(b.integrity)).filter((c) => c?.key === checksum.key);
    if (same.length && !same.some((c) => c!.hash === checksum.hash)) facts.push({ fact: 'checksum' });
  }
  return facts;
}

/**
 * Is every digest the head entry carries one its base entries carry (and it carries one)? Then
 * the package manager, which checks the strongest of them, installs the bytes the base locked
 * wherever they come from. A digest of an algorithm the base did not give is not pinned: npm
 * checks a new sha512 before the sha1 both sides share.
 */
export function digestPinned(bases: readonly LockedPackage[], head: LockedPackage): boolean {
  const hashes = entryHashes(head);
  const baseHashes = entriesHashes(bases);
  if (hashes.size === 0) return false;
  for (const [algorithm, digests] of hashes) {
    const known = baseHashes.get(algorithm);
    if (!known || !digests.every((d) => known.includes(d))) return false;
  }
  return true;
}

/** The common case, checked first: the head entry written exactly as a base entry. */
export function sameOrigin(a: LockedPackage, b: LockedPackage): boolean {
  return a.source === b.source && a.resolved === b.resolved && a.integrity === b.integrity;
}

/** Another repository, or the same repository at another commit, than every base entry's git source. */
function gitFact(head: LockedPackage, bases: readonly LockedPackage[]): OriginFact | undefined {
  const repo = head.resolved ? gitRepository(head.resolved) : undefined;
  if (!repo) return undefined;
  const before = bases.map((b) => (b.resolved ? gitRepository(b.resolved) : undefined)).filter((r) => r !== undefined);
  if (!before.length) return undefined;
  const full = (r: GitRepository) => `${r.host}/${r.path}`;
  if (!before.some((b) => full(b) === full(repo)))
    return { fact: 'repository', host: repo.host, from: [...new Set(before.map(full))], to: full(repo) };
  const commits = new Set(before.filter((b) => full(b) === full(repo)).map((b) => b.ref ?? ''));
  if (repo.ref !== undefined && !commits.has(repo.ref) && !commits.has(''))
    return { fact: 'commit', host: repo.host, repository: full(repo), from: [...commits], to: repo.ref };
  return undefined;
}

/** A Yarn Berry checksum (`10c0/<hex>`, or `<hex>` before Yarn 4's cache keys): its cache key and hash. */
function berryChecksum(integrity: string | undefined): { key: string; hash: string } | undefined {
  const match = integrity === undefined ? null : /^(?:([0-9]+[a-z0-9]*)\/)?([0-9a-f]{32,})$/i.exec(integrity);
  return match ? { key: match[1] ?? '', hash: match[2]!.toLowerCase() } : undefined;
}

/** Registry and patch entries are both registry code; other sources are compared as they are. */
function sourceKind(pkg: LockedPackage): string {
  return pkg.source === 'patch' ? 'registry' : pkg.source;
}

function defined<T>(values: (T | undefined)[]): Set<T> {
  return new Set(values.filter((v): v is T => v !== undefined));
}
