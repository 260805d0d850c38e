/**
 * Which versions of a compared lockfile registry signals look at (pure): every
 * version in `to` of an added, upgraded or downgraded package, resolved from
 * the registry lockgate reads: the public one (and Yarn's mirror of it, which
 * classic yarn.lock files name), or the configured one. Git, tarball, `file:`
 * and other hosts' packages are listed as not checked, with the reason; so are
 * the config's allow-listed names.
 */
import type { Change } from '../core/diff.js';
import { edgesOf } from '../lockfiles/index.js';
import { isOwnCode, type LockedPackage, type Lockfile } from '../core/model.js';
import { isHttpUrl, isPublicRegistryHost, urlHost } from '../core/source.js';
import type { SignalTarget } from './rules.js';
import { allowedBy, type AllowEntry } from './settings.js';
import type { NotChecked } from '../core/report.js';
import { entryHashes } from '../core/integrity.js';

export interface TargetPlan {
  targets: SignalTarget[];
  notChecked: NotChecked[];
  /**
   * Registry entries whose integrity is compared with the registry's: those of the targets, and
   * of versions whose origin or hash changed (`changed`), in every format but Yarn Berry's.
   */
  verify: LockedPackage[];
  /** Versions looked up only to verify their integrity (a `changed` version, which no rule judges). */
  verifyOnly: SignalTarget[];
}

/** The targets of one compared lockfile. `registryHost` is the configured registry's host (lower case). */
export function signalTargets(
  compared: { head?: Lockfile; base?: Lockfile; changes: readonly Change[] },
  registryHost: string | undefined,
  allow: readonly AllowEntry[],
): TargetPlan {
  const plan: TargetPlan = { targets: [], notChecked: [], verify: [], verifyOnly: [] };
  const head = compared.head;
  if (!head) return plan;
  const baseNames = new Set((compared.base?.packages ?? []).map((p) => p.name));
  const entries = new Map<string, LockedPackage[]>();
  for (const pkg of head.packages) {
    if (isOwnCode(pkg)) continue;
    const key = `${pkg.name}@${pkg.version}`;
    const list = entries.get(key);
    if (list) list.push(pkg);
    else entries.set(key, [pkg]);
  }
  let dependents: ((name: string) => { name: string; version: string }[]) | undefined;
  for (const change of compared.changes) {
    if (change.kind === 'removed') continue;
    for (const version of change.to) {
      const found = entries.get(`${change.name}@${version}`) ?? [];
      if (!found.length) continue;
      const allowed = allowedBy(change.name, allow);
      if (change.kind === 'changed') {
        const verify = found.filter((p) => verifiable(head, p, registryHost));
        plan.verify.push(...verify);
        if (!allowed && verify.length)
          plan.verifyOnly.push({ ...first(change.name, version, verify), replaces: [], newToLockfile: false });
        continue;
      }
      if (allowed) {
        plan.notChecked.push({ name: change.name, version, reason: `allowed by the config (${allowed.reason})` });
        continue;
      }
      const fromRegistry = found.filter((p) => fromReadRegistry(p, registryHost));
      if (!fromRegistry.length) {
        plan.notChecked.push({ name: change.name, version, reason: whereFrom(found[0]!) });
        continue;
      }
      const newToLockfile = !baseNames.has(change.name);
      plan.verify.push(...fromRegistry.filter((p) => verifiable(head, p, registryHost)));
      plan.targets.push({
        ...first(change.name, version, fromRegistry),
        replaces: change.from,
        newToLockfile,
        ...(newToLockfile ? { dependents: (dependents ??= dependentsIn(head, registryHost))(change.name) } : {}),
      });
    }
  }
  return plan;
}

/** A target's name, version and first line. */
function first(name: string, version: string, pkgs: readonly LockedPackage[]) {
  return { name, version, line: Math.min(...pkgs.map((p) => p.line)) };
}

/**
 * An entry whose integrity is compared with the registry's: from the registry read, with a hash
 * of the npm tarball (a Berry checksum hashes Yarn's own archive and is compared base against head).
 */
function verifiable(lockfile: Lockfile, pkg: LockedPackage, registryHost: string | undefined): boolean {
  return lockfile.format !== 'yarn-berry' && fromReadRegistry(pkg, registryHost) && entryHashes(pkg).size > 0;
}

/** name → the registry packages of `lockfile` that depend on a package of that name (edges built once). */
function dependentsIn(lockfile: Lockfile, registryHost: string | undefined) {
  const byId = new Map(lockfile.packages.map((p) => [p.id, p]));
  const parents = new Map<string, Map<string, { name: string; version: string }>>();
  for (const [id, deps] of edgesOf(lockfile).deps) {
    const from = byId.get(id);
    if (!from || !fromReadRegistry(from, registryHost)) continue;
    for (const dep of deps) {
      const child = byId.get(dep)?.name;
      if (child === undefined) continue;
      let list = parents.get(child);
      if (!list) parents.set(child, (list = new Map()));
      list.set(`${from.name}@${from.version}`, { name: from.name, version: from.version });
    }
  }
  return (name: string) => [...(parents.get(name)?.values() ?? [])];
}

/** A registry package whose resolved URL (when it names one) is on the public registry or the configured one. */
function fromReadRegistry(pkg: LockedPackage, registryHost: string | undefined): boolean {
  if (pkg.source !== 'registry') return false;
  if (!pkg.resolved || !isHttpUrl(pkg.resolved)) return true;
  const host = urlHost(pkg.resolved);
  return isPublicRegistryHost(host) || (host !== undefined && host === registryHost);
}

function whereFrom(pkg: LockedPackage): string {
  if (pkg.source === 'registry')
    return `resolved from ${urlHost(pkg.resolved ?? '') ?? 'another registry'}, not the registry lockgate reads`;
  return `a ${pkg.source} dependency, not from the registry`;
}
