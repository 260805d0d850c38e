import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  DEPENDENCY_FIELDS
} from "./chunk-LHOIBBIU.js";
import "./chunk-7FTKMFDC.js";

// src/lockfiles/bun-binary-lines.ts
async function declarationLines(lockfile, manifests) {
  const { visit } = await import("./main-2GQ7O264.js");
  const byPath = new Map(manifests.map((m) => [m.path, m.text]));
  for (const importer of lockfile.importers) {
    const text = byPath.get(importer.path);
    if (text === void 0) continue;
    const lines = {};
    visit(text, {
      onObjectProperty(property, _offset, _length, startLine, _startCharacter, pathSupplier) {
        const at = pathSupplier();
        if (at.length === 1 && DEPENDENCY_FIELDS.includes(String(at[0])) && !Object.hasOwn(lines, property)) {
          Object.defineProperty(lines, property, { value: startLine + 1, enumerable: true });
        }
      }
    });
    importer.lines = lines;
  }
}
export {
  declarationLines
};
