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
function entryLabel(pkg) {
  if (pkg.version) return `${pkg.name}@${pkg.version}`;
  const from = pkg.git ? `${pkg.git.repository}${pkg.git.commit ? `#${pkg.git.commit.slice(0, 12)}` : ""}` : pkg.host ?? pkg.resolved;
  return from ? `${pkg.name} from ${from}` : `${pkg.name} (no version recorded)`;
}

export {
  DEPENDENCY_FIELDS,
  isOwnCode,
  entryLabel
};
