import { edgesOf } from '../lockfiles/formats.js';
import type { LockedPackage, Lockfile } from '../core/model.js';

/** How a package entered the tree: the shortest chain from a direct dependency. */
export interface Provenance {
  /** A direct dependency of one of the repository's package.json files. */
  direct: boolean;
  /** The package.json that declares the first package of the chain, when known. */
  importer?: string;
  /** `name@version` from the direct dependency down to the package itself; empty when direct. */
  via: string[];
}

/**
 * Answers "why is this here?" for a lockfile from its own dependency graph: a
 * breadth-first walk from the importers' direct dependencies, then from the
 * entries nothing else depends on for whatever the importers did not reach.
 */
export class DependencyGraph {
  private readonly byId = new Map<string, LockedPackage>();
  /** id → the id it was first reached from (undefined for roots). */
  private readonly parent = new Map<string, string | undefined>();
  /** root id → importer path. */
  private readonly rootImporter = new Map<string, string | undefined>();
  private readonly edges: ReturnType<typeof edgesOf>;
  /** name → who depends on an entry of that name (built on first use). */
  private dependers?: Map<string, Set<string>>;

  constructor(lockfile: Lockfile) {
    const edges = edgesOf(lockfile);
    this.edges = edges;
    for (const pkg of lockfile.packages) this.byId.set(pkg.id, pkg);
    const queue: string[] = [];
    const visit = (id: string, from: string | undefined) => {
      if (this.parent.has(id) || !this.byId.has(id)) return;
      this.parent.set(id, from);
      queue.push(id);
    };
    for (const importer of edges.importers) {
      for (const id of importer.deps) {
        if (!this.rootImporter.has(id)) this.rootImporter.set(id, importer.path);
        visit(id, undefined);
      }
    }
    // Breadth-first: the first time an entry is reached is by a shortest chain.
    const drain = (from: number) => {
      for (let i = from; i < queue.length; i++) {
        const id = queue[i]!;
        for (const dep of edges.deps.get(id) ?? []) visit(dep, id);
      }
    };
    drain(0);
    // What no importer reaches (no importers recorded, or a package.json that was
    // not found) starts from the entries nothing depends on: those are direct
    // dependencies of some package.json, even if the lockfile does not say which.
    const depended = new Set([...edges.deps.values()].flat());
    const start = queue.length;
    for (const pkg of lockfile.packages) {
      if (!depended.has(pkg.id) && !this.parent.has(pkg.id)) {
        this.rootImporter.set(pkg.id, undefined);
        visit(pkg.id, undefined);
      }
    }
    drain(start);
  }

  /** Provenance of the best-placed entry among `ids` (the shortest chain wins). */
  provenance(ids: readonly string[]): Provenance {
    let best: string[] | undefined;
    for (const id of ids) {
      const chain = this.chain(id);
      if (chain && (!best || chain.length < best.length)) best = chain;
    }
    if (!best) return { direct: false, via: [] };
    const root = best[0]!;
    const importer = this.rootImporter.get(root);
    return {
      direct: best.length === 1,
      ...(importer ? { importer } : {}),
      via: best.length === 1 ? [] : best.map((id) => this.describe(id)),
    };
  }

  /**
   * Who depends on any entry named `name`, whatever its version: the names of the packages
   * that do, and the importer paths (`package.json`, `packages/web/package.json`) that declare
   * it directly. Sorted.
   */
  dependersOf(name: string): string[] {
    if (!this.dependers) {
      this.dependers = new Map();
      const add = (id: string, who: string) => {
        const dep = this.byId.get(id);
        if (!dep) return;
        const set = this.dependers!.get(dep.name) ?? new Set<string>();
        set.add(who);
        this.dependers!.set(dep.name, set);
      };
      for (const importer of this.edges.importers) for (const id of importer.deps) add(id, importer.path);
      for (const [from, deps] of this.edges.deps) {
        const parent = this.byId.get(from);
        if (parent) for (const id of deps) add(id, parent.name);
      }
    }
    return [...(this.dependers.get(name) ?? [])].sort();
  }

  /** Ids from a root down to `id`, or undefined when `id` is unreachable. */
  private chain(id: string): string[] | undefined {
    if (!this.parent.has(id)) return undefined;
    const ids: string[] = [];
    for (let at: string | undefined = id; at !== undefined; at = this.parent.get(at)) ids.unshift(at);
    return ids;
  }

  private describe(id: string): string {
    const pkg = this.byId.get(id)!;
    return `${pkg.name}@${pkg.version}`;
  }
}
