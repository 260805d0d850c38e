import semverValid from 'semver/functions/valid.js';
import semverCompare from 'semver/functions/compare.js';

/** Order versions by semver precedence; strings that are not semver sort after, by text. */
export function compareVersions(a: string, b: string): number {
  const va = semverValid(a, { loose: true });
  const vb = semverValid(b, { loose: true });
  if (va && vb) return semverCompare(va, vb, { loose: true }) || (a < b ? -1 : a > b ? 1 : 0);
  if (va) return -1;
  if (vb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sorted copy. */
export function sortVersions(versions: Iterable<string>): string[] {
  return [...versions].sort(compareVersions);
}
