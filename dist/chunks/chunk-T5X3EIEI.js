import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);

// src/lockfiles/source.ts
var PUBLIC_REGISTRY_HOSTS = [
  "registry.npmjs.org",
  "registry.yarnpkg.com",
  "registry.npmjs.com"
];
var GIT_PREFIX = /^(?:git\+|git:|git@|ssh:|github:|gitlab:|bitbucket:|gist:)/i;
var TARBALL_PATH = /\.(?:tgz|tar\.gz|tar)(?:[?#]|$)/i;
function isGitReference(ref) {
  return GIT_PREFIX.test(ref) || /^https?:\/\/codeload\.github\.com\//i.test(ref) || /\.git(?:#|$)/i.test(ref) || /#commit=/.test(ref);
}
function isHttpUrl(ref) {
  return /^https?:\/\//i.test(ref);
}
function isTarballPath(ref) {
  return TARBALL_PATH.test(ref);
}
function registryTarball(url) {
  let parsed;
  try {
    if (!isHttpUrl(url)) return void 0;
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  const segments = parsed.pathname.split("/");
  const dash = segments.lastIndexOf("-");
  if (dash < 2 || dash !== segments.length - 2) return void 0;
  const file = safeDecode(segments[dash + 1]);
  let name = safeDecode(segments[dash - 1]);
  const scope = segments[dash - 2] ? safeDecode(segments[dash - 2]) : "";
  if (scope.startsWith("@") && !name.includes("/")) name = `${scope}/${name}`;
  const base = name.slice(name.lastIndexOf("/") + 1);
  if (!base || !file.startsWith(`${base}-`) || !file.endsWith(".tgz")) return void 0;
  const version = file.slice(base.length + 1, -".tgz".length);
  if (!/^v?\d+\.\d+\.\d+/.test(version)) return void 0;
  return { name, version, host: parsed.host.toLowerCase() };
}
function isRegistryTarballOf(url, name, version) {
  const id = registryTarball(url);
  return id !== void 0 && id.name === name && id.version === version;
}
function urlHost(ref) {
  const scp = /^(?:git\+)?[\w.-]+@([\w.-]+):(?!\d)/.exec(ref);
  if (scp) return scp[1].toLowerCase();
  try {
    const parsed = new URL(ref.replace(/^git\+/i, ""));
    return parsed.host ? parsed.host.toLowerCase() : void 0;
  } catch {
    return void 0;
  }
}
function isPublicRegistryHost(host) {
  return host !== void 0 && PUBLIC_REGISTRY_HOSTS.includes(host);
}
function normalizeResolved(resolved) {
  if (!resolved || !/^(?:https?|git\+|git:|ssh:|github:)/i.test(resolved)) return void 0;
  const noHash = resolved.split("#")[0];
  const host = urlHost(noHash);
  return isPublicRegistryHost(host) ? noHash.replace(/^https?:\/\/[^/]+\//i, "https://registry.npmjs.org/") : noHash;
}
function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export {
  isGitReference,
  isHttpUrl,
  isTarballPath,
  registryTarball,
  isRegistryTarballOf,
  normalizeResolved
};
