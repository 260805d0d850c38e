/**
 * npm dependency edges, built from the data the npm parser leaves on the model
 * (`unresolvedEdges`, each package's `wants`) where a chain is needed: node's
 * module resolution over install paths turns each wanted name into an id. A
 * pure function of the lockfile: it reads the model and returns the edges.
 */
import type { Edges, Importer, LockedPackage, Lockfile } from '../core/model.js';
import { isInstallPath, nameFromInstallPath } from './npm-tree.js';

/** The edges of an npm lockfile whose edges are unresolved (see `Lockfile.unresolvedEdges`). */
export function npmEdges(lockfile: Lockfile): Edges {
  const resolver = new Resolver(lockfile.packages.map((p) => p.id));
  const deps = new Map<string, string[]>();
  for (const pkg of lockfile.packages) {
    deps.set(pkg.id, pkg.wants ? resolver.resolveAll(pkg.id, pkg.wants) : (pkg.deps ?? []));
  }
  const root = lockfile.unresolvedEdges?.root;
  if (root === undefined)
    return { deps, importers: [{ path: 'package.json', deps: treeRoots(lockfile.packages, deps) }] };
  const importers: Importer[] = [{ path: 'package.json', deps: resolver.resolveAll('', root) }];
  for (const pkg of lockfile.packages) {
    if (pkg.source === 'workspace') importers.push({ path: `${pkg.id}/package.json`, deps: deps.get(pkg.id)! });
  }
  return { deps, importers };
}

/**
 * v1 records no list of the root's own dependencies (that is in package.json,
 * which a parser does not read). The honest approximation: the top-level
 * entries no other entry resolves to, then, for any top-level entry still not
 * reachable from those (a cycle), that entry too. A direct dependency that is
 * also required by another package is therefore seen as indirect.
 */
function treeRoots(packages: readonly LockedPackage[], deps: ReadonlyMap<string, string[]>): string[] {
  const required = new Set<string>();
  for (const [id, ids] of deps) for (const dep of ids) if (dep !== id) required.add(dep);
  const topLevel = packages.map((p) => p.id).filter((id) => !id.includes('/node_modules/'));
  const roots = topLevel.filter((id) => !required.has(id));
  const reached = new Set<string>();
  const reach = (from: string): void => {
    const queue = [from];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const dep of deps.get(id) ?? []) if (!reached.has(dep)) queue.push(dep);
    }
  };
  roots.forEach(reach);
  for (const id of topLevel) {
    if (!reached.has(id)) {
      roots.push(id);
      reach(id);
    }
  }
  return roots;
}

/**
 * Node's module resolution over install paths: a name wanted from folder `dir`
 * is `<dir>/node_modules/<name>` if that entry exists, else the same looked up
 * from each enclosing folder, up to the root. Folders are indexed once (folder
 * → installed name → id), so a lookup never builds path strings.
 */
export class Resolver {
  private readonly children = new Map<string, Map<string, string>>();
  private readonly parents = new Map<string, string>();

  constructor(ids: Iterable<string>) {
    for (const id of ids) {
      const name = nameFromInstallPath(id);
      if (name === undefined || !isInstallPath(id)) continue;
      const folder = id.slice(0, Math.max(0, id.length - name.length - '/node_modules/'.length));
      let names = this.children.get(folder);
      if (!names) this.children.set(folder, (names = new Map()));
      names.set(name, id);
    }
  }

  /** The id `name` resolves to when required from folder `dir`, if the lockfile has it. */
  resolve(dir: string, name: string): string | undefined {
    let at = dir;
    for (;;) {
      const hit = this.children.get(at)?.get(name);
      if (hit !== undefined) return hit;
      if (at === '') return undefined;
      at = this.parentOf(at);
    }
  }

  /**
   * `names` wanted by the entry at install path `id` (`''` for the root),
   * resolved from its folder, without repeats or itself.
   */
  resolveAll(id: string, names: readonly string[]): string[] {
    const deps: string[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      const dep = this.resolve(id, name);
      if (dep !== undefined && dep !== id && !seen.has(dep)) {
        seen.add(dep);
        deps.push(dep);
      }
    }
    return deps;
  }

  /** The next folder up that can hold a `node_modules`: `a/node_modules/b` → `a`, `packages/x` → `packages`. */
  private parentOf(dir: string): string {
    let parent = this.parents.get(dir);
    if (parent === undefined) {
      const nested = dir.lastIndexOf('/node_modules/');
      if (nested !== -1) parent = dir.slice(0, nested);
      else if (dir.startsWith('node_modules/')) parent = '';
      else parent = dir.slice(0, Math.max(0, dir.lastIndexOf('/')));
      this.parents.set(dir, parent);
    }
    return parent;
  }
}
