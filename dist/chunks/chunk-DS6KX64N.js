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
  if (!isHttpUrl(url)) return void 0;
  const plainUrl = PLAIN_URL.exec(url);
  if (plainUrl && !plainUrl[3].includes("/.")) {
    const scheme = plainUrl[1].toLowerCase();
    const host = plainUrl[2].toLowerCase().replace(scheme === "https" ? /:443$/ : /:80$/, "");
    return tarballOfPath(plainUrl[3], host);
  }
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  return tarballOfPath(parsed.pathname, parsed.host.toLowerCase());
}
var PLAIN_URL = /^(https?):\/\/([a-z0-9.-]+(?::\d{1,5})?)(\/[a-z0-9._~!$&'()*+,;=:@/-]*)(?:[?#][^\s\\]*)?$/i;
function tarballOfPath(pathname, host) {
  const cut = pathname.lastIndexOf("/-/");
  const nameStart = cut > 0 ? pathname.lastIndexOf("/", cut - 1) : -1;
  if (nameStart === -1 || pathname.indexOf("/", cut + 3) !== -1) return void 0;
  const file = safeDecode(pathname.slice(cut + 3));
  let name = safeDecode(pathname.slice(nameStart + 1, cut));
  const scope = nameStart > 0 ? safeDecode(pathname.slice(pathname.lastIndexOf("/", nameStart - 1) + 1, nameStart)) : "";
  if (scope.startsWith("@") && !name.includes("/")) name = `${scope}/${name}`;
  const base = name.slice(name.lastIndexOf("/") + 1);
  if (!base || !file.startsWith(`${base}-`) || !file.endsWith(".tgz")) return void 0;
  const version = file.slice(base.length + 1, -".tgz".length);
  if (!/^v?\d+\.\d+\.\d+/.test(version)) return void 0;
  return { name, version, host };
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
  if (isGitReference(resolved)) return resolved;
  const noHash = resolved.split("#")[0];
  const host = urlHost(noHash);
  return isPublicRegistryHost(host) ? noHash.replace(/^https?:\/\/[^/]+\//i, "https://registry.npmjs.org/") : noHash;
}
function safeDecode(segment) {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
var SHORTHAND_HOSTS = {
  "github:": "github.com",
  "gitlab:": "gitlab.com",
  "bitbucket:": "bitbucket.org",
  "gist:": "gist.github.com"
};
function downloadHost(pkg) {
  const ref = pkg.resolved;
  if (ref === void 0 || ref === "" || !isHttpUrl(ref) && !isGitReference(ref)) {
    return pkg.source === "registry" || pkg.source === "patch" ? PUBLIC_REGISTRY_HOSTS[0] : void 0;
  }
  const shorthand = /^[a-z]+:/i.exec(ref)?.[0]?.toLowerCase();
  const host = shorthand && SHORTHAND_HOSTS[shorthand] || urlHost(ref);
  return isPublicRegistryHost(host) ? PUBLIC_REGISTRY_HOSTS[0] : host;
}
function isPlainHttp(ref) {
  return ref !== void 0 && /^(?:git\+)?http:\/\//i.test(ref);
}

export {
  PUBLIC_REGISTRY_HOSTS,
  isGitReference,
  isHttpUrl,
  isTarballPath,
  registryTarball,
  isRegistryTarballOf,
  urlHost,
  isPublicRegistryHost,
  normalizeResolved,
  downloadHost,
  isPlainHttp
};
