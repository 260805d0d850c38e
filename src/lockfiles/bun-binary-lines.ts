/**
 * bun.lockb has no lines to point at, so its findings point at the line of each
 * direct dependency in the package.json that declares it: this is the plug-in's
 * manifest step (formats.ts).
 */
import { DEPENDENCY_FIELDS, type Lockfile } from '../core/model.js';
import type { ManifestText } from './formats.js';

/**
 * The line of each dependency name in each importer's package.json, set on
 * `lockfile.importers`. An importer whose package.json was not given keeps no
 * lines; its findings then name the lockfile alone.
 */
export async function declarationLines(lockfile: Lockfile, manifests: readonly ManifestText[]): Promise<void> {
  const { visit } = await import('jsonc-parser');
  const byPath = new Map(manifests.map((m) => [m.path, m.text]));
  for (const importer of lockfile.importers) {
    const text = byPath.get(importer.path);
    if (text === undefined) continue;
    const lines: Record<string, number> = {};
    visit(text, {
      onObjectProperty(property, _offset, _length, startLine, _startCharacter, pathSupplier) {
        const at = pathSupplier();
        if (at.length === 1 && DEPENDENCY_FIELDS.includes(String(at[0])) && !Object.hasOwn(lines, property)) {
          Object.defineProperty(lines, property, { value: startLine + 1, enumerable: true });
        }
      },
    });
    importer.lines = lines;
  }
}
