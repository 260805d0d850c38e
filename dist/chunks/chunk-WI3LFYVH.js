import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);

// src/core/model.ts
var DEPENDENCY_FIELDS = [
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "peerDependencies"
];
function isOwnCode(pkg) {
  return pkg.source === "workspace" || pkg.source === "link" || pkg.source === "directory";
}

export {
  DEPENDENCY_FIELDS,
  isOwnCode
};
