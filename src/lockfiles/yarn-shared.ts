/**
 * What classic yarn.lock and Berry's yarn.lock share: entry keys are lists of
 * `name@range` specifiers, and a dependency `name: range` resolves to the
 * entry whose key lists it.
 */

/** A dependency specifier `name@range`, as written in an entry key. */
export interface Specifier {
  /** The name it is installed under (the part before the range). */
  name: string;
  range: string;
}

/**
 * Split `name@range` (scoped names keep their leading `@`). Returns undefined
 * when there is no name before an `@`.
 */
export function splitSpecifier(spec: string): Specifier | undefined {
  const at = spec.indexOf('@', 1);
  if (at <= 0) return undefined;
  const name = spec.slice(0, at);
  if (name.startsWith('@') && !name.includes('/')) return undefined;
  return { name, range: spec.slice(at + 1) };
}

/**
 * Resolves `name@range` to entry ids: the exact specifier first, and failing
 * that the only entry installed under that name (when there is exactly one;
 * e.g. `resolutions` overrides the range the dependent asked for).
 */
export class SpecifierIndex {
  private readonly bySpecifier = new Map<string, string>();
  private readonly byName = new Map<string, string | null>();

  /** Record that `specifier` (installed as `name`) resolves to `id`; later entries win, as in yarn. */
  add(specifier: string, name: string, id: string): void {
    this.bySpecifier.set(specifier, id);
    const known = this.byName.get(name);
    this.byName.set(name, known === undefined || known === id ? id : null);
  }

  /** Id of the entry `specifier` resolves to, if any. */
  exact(specifier: string): string | undefined {
    return this.bySpecifier.get(specifier);
  }

  /** Id of the only entry installed under `name`, if exactly one. */
  only(name: string): string | undefined {
    return this.byName.get(name) ?? undefined;
  }
}
