import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);

// src/lockfiles/yarn-shared.ts
function splitSpecifier(spec) {
  const at = spec.indexOf("@", 1);
  if (at <= 0) return void 0;
  const name = spec.slice(0, at);
  if (name.startsWith("@") && !name.includes("/")) return void 0;
  return { name, range: spec.slice(at + 1) };
}
var SpecifierIndex = class {
  bySpecifier = /* @__PURE__ */ new Map();
  byName = /* @__PURE__ */ new Map();
  /** Record that `specifier` (installed as `name`) resolves to `id`; later entries win, as in yarn. */
  add(specifier, name, id) {
    this.bySpecifier.set(specifier, id);
    const known = this.byName.get(name);
    this.byName.set(name, known === void 0 || known === id ? id : null);
  }
  /** Id of the entry `specifier` resolves to, if any. */
  exact(specifier) {
    return this.bySpecifier.get(specifier);
  }
  /** Id of the only entry installed under `name`, if exactly one. */
  only(name) {
    return this.byName.get(name) ?? void 0;
  }
};

export {
  splitSpecifier,
  SpecifierIndex
};
