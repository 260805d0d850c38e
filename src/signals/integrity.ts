/**
 * Lockfile integrity against the registry's (pure). The registry publishes one
 * `dist.integrity`/`dist.shasum` per version and never lets a version's bytes
 * change, so an entry whose hash differs accepts other bytes than the
 * registry's: a tarball planted in a cache, an offline mirror or a registry the
 * package manager is pointed at gets installed under an honest name, version
 * and URL. Such an entry is a policy finding (`integrity-mismatch`).
 *
 * The strongest algorithm both sides give is compared (src/core/integrity.ts); a
 * lockfile hash of an algorithm the registry does not publish cannot be its hash.
 * A version the registry did not answer for, or does not serve, is not passed
 * here: the registry signals hold it (`unanswered`, `unpublished`).
 */
import { compareHashes, entryHashes, registryHashes, shortHash } from '../core/integrity.js';
import type { LockedPackage } from '../core/model.js';
import type { OriginIssue } from '../match/origin-checks.js';
import type { VersionMeta } from './types.js';

/** The issue of one entry whose integrity is not the registry's for its name@version, or undefined. */
export function integrityIssue(pkg: LockedPackage, published: VersionMeta): OriginIssue | undefined {
  const registry = registryHashes(published);
  // A registry that publishes no hash for the version leaves nothing to compare (the signals still judge it).
  if (!registry.size) return undefined;
  const locked = entryHashes(pkg);
  const compared = compareHashes(locked, registry);
  if (compared === undefined) return undefined;
  if (compared === 'incomparable')
    return {
      kind: 'integrity-mismatch',
      pkg,
      problem: `${pkg.name}@${pkg.version} is locked with ${[...locked.keys()].join(' and ')} only, which the registry does not publish for that version (it publishes ${[...registry.keys()].join(' and ')}): the lockfile's hash cannot be the registry's, and the package manager would accept whatever bytes match it.`,
    };
  return {
    kind: 'integrity-mismatch',
    pkg,
    problem: `${pkg.name}@${pkg.version} is locked with ${compared.algorithm} ${shortHash(compared.algorithm, compared.lockfile)}, but the registry publishes ${shortHash(compared.algorithm, compared.registry)} for that version: the package manager would accept other bytes than the registry's.`,
  };
}
