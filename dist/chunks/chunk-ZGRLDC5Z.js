import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  LockfileError,
  MAX_INSTALL_PATH_LENGTH,
  checkIdLength,
  isGitReference,
  isHttpUrl,
  quote,
  registryTarball
} from "./chunk-PCST67PE.js";

// src/lockfiles/npm-tree.ts
function isInstallPath(key) {
  return nameFromInstallPath(key) !== void 0;
}
function nameFromInstallPath(key) {
  const cut = key.lastIndexOf("node_modules/");
  if (cut === -1) return void 0;
  if (cut > 0 && key[cut - 1] !== "/") return void 0;
  const name = key.slice(cut + "node_modules/".length);
  const slash = name.indexOf("/");
  if (name === "" || name.startsWith(".")) return void 0;
  if (name.startsWith("@"))
    return slash > 1 && slash < name.length - 1 && name.indexOf("/", slash + 1) === -1 ? name : void 0;
  return slash === -1 ? name : void 0;
}
function checkInstallPath(ctx, id, line) {
  checkIdLength(ctx.file, line, id, MAX_INSTALL_PATH_LENGTH, "install path");
}
function lastSegment(path) {
  return path.slice(path.lastIndexOf("/") + 1) || path;
}
function parseAliasSpec(ctx, spec, id, line) {
  const body = spec.slice("npm:".length);
  const at = body.lastIndexOf("@");
  if (at <= 0 || at === body.length - 1) {
    throw new LockfileError(
      ctx.file,
      line,
      `entry ${quote(id)} has an alias version ${quote(spec)} that is not npm:name@version`
    );
  }
  return { name: body.slice(0, at), version: body.slice(at + 1) };
}
var SEMVER = /^v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
function sourceOf(ctx, resolved, version, id, line) {
  if (resolved === void 0 && SEMVER.test(version)) return "registry";
  const ref = resolved ?? version;
  if (isGitReference(ref)) return "git";
  if (ref.startsWith("file:")) return "file";
  if (isHttpUrl(ref)) return registryTarball(ref) ? "registry" : "tarball";
  if (resolved === void 0) {
    if (SEMVER.test(version) || version.startsWith("npm:")) return "registry";
    throw new LockfileError(
      ctx.file,
      line,
      `entry ${quote(id)} has version ${quote(version)}, which is neither a version nor a source`
    );
  }
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref) ? "tarball" : "file";
}
function isPublicTarballOf(resolved, name, version) {
  const base = name.lastIndexOf("/") + 1;
  const baseLength = name.length - base;
  if (resolved.length !== PUBLIC_TARBALL_LENGTH + name.length + baseLength + version.length) return false;
  let at = PUBLIC_REGISTRY.length;
  if (!resolved.startsWith(PUBLIC_REGISTRY) || !resolved.startsWith(name, at)) return false;
  at += name.length;
  if (!resolved.startsWith("/-/", at)) return false;
  at += 3;
  for (let i = 0; i < baseLength; i++) if (resolved.charCodeAt(at + i) !== name.charCodeAt(base + i)) return false;
  at += baseLength;
  return resolved.charCodeAt(at) === 45 && resolved.startsWith(version, at + 1) && resolved.endsWith(".tgz") && SEMVER.test(version);
}
var PUBLIC_REGISTRY = "https://registry.npmjs.org/";
var PUBLIC_TARBALL_LENGTH = PUBLIC_REGISTRY.length + "/-/".length + "-".length + ".tgz".length;
function versionless(ctx, resolved, id, line) {
  const tarball = resolved === void 0 ? void 0 : registryTarball(resolved);
  if (tarball) return { version: tarball.version, source: "registry" };
  ctx.notes.push({
    line,
    message: `entry ${quote(id, 100)} has no "version"${resolved === void 0 ? ' and no "resolved"' : ""}; it is kept without a version and compared by its source`
  });
  return { version: "", source: resolved === void 0 ? "registry" : sourceOf(ctx, resolved, "", id, line) };
}
function optionalString(ctx, entry, field, id, line) {
  const value = entry[field];
  if (value === void 0) return void 0;
  if (typeof value !== "string") {
    throw new LockfileError(
      ctx.file,
      line,
      `"${field}" of entry ${quote(id)} is ${describe(value)}, expected a string`
    );
  }
  return value;
}
function optionalResolved(ctx, entry, id, line) {
  return entry["resolved"] === false ? void 0 : optionalString(ctx, entry, "resolved", id, line);
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `a ${typeof value} (${quote(value, 40)})`;
}

export {
  isInstallPath,
  nameFromInstallPath,
  checkInstallPath,
  lastSegment,
  parseAliasSpec,
  sourceOf,
  isPublicTarballOf,
  versionless,
  optionalString,
  optionalResolved,
  describe
};
