import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  plain
} from "./chunk-UNWV5ZLC.js";

// src/core/errors.ts
var LockgateError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "LockgateError";
  }
  code;
};
var LockfileError = class extends LockgateError {
  file;
  line;
  reason;
  constructor(file, line, reason) {
    super("input-file", `${file}${line ? `:${line}` : ""}: ${reason}`);
    this.name = "LockfileError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
};
function quote(value, max = 80) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return `"${plain(text, max)}"`;
}
function errorSentence(error) {
  if (error instanceof LockgateError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0].slice(0, 500);
}

// src/core/source.ts
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
function registryPrefix(url, name) {
  const identity = registryTarball(url);
  if (!identity || identity.name !== name && identity.scoped !== name) return void 0;
  const lower = url.toLowerCase().split(/[?#]/)[0];
  const slash = name.indexOf("/");
  const forms = [name, name.replace("/", "%2f"), slash > 0 ? name.slice(1) : void 0];
  for (const form of forms) {
    if (form === void 0) continue;
    const at = lower.lastIndexOf(`/${form.toLowerCase()}/-/`);
    if (at > 0) return lower.slice(0, at);
  }
  return void 0;
}
var PLAIN_URL = /^(https?):\/\/([a-z0-9.-]+(?::\d{1,5})?)(\/[a-z0-9._~!$&'()*+,;=:@/-]*)(?:[?#][^\s\\]*)?$/i;
function tarballOfPath(pathname, host) {
  const download = /^\/download\/(@[^/]+\/[^/]+)\/(v?\d+\.\d+\.\d+[^/]*)\/[0-9a-f]+$/i.exec(pathname);
  if (download) return { name: safeDecode(download[1]), version: download[2], host };
  const cut = pathname.lastIndexOf("/-/");
  const nameStart = cut > 0 ? pathname.lastIndexOf("/", cut - 1) : -1;
  if (nameStart === -1) return void 0;
  const rest = pathname.slice(cut + 3);
  const slash = rest.indexOf("/");
  if (slash !== -1 && (!rest.startsWith("@") || rest.indexOf("/", slash + 1) !== -1)) return void 0;
  const file = safeDecode(rest.slice(slash + 1));
  let name = safeDecode(pathname.slice(nameStart + 1, cut));
  const scope = nameStart > 0 ? safeDecode(pathname.slice(pathname.lastIndexOf("/", nameStart - 1) + 1, nameStart)) : "";
  if (scope.startsWith("@") && !name.includes("/")) name = `${scope}/${name}`;
  const base = name.slice(name.lastIndexOf("/") + 1);
  if (!base || !file.startsWith(`${base}-`) || !file.endsWith(".tgz")) return void 0;
  const version = file.slice(base.length + 1, -".tgz".length);
  if (!/^v?\d+\.\d+\.\d+/.test(version)) return void 0;
  const scoped = !name.includes("/") && /^[a-z0-9][\w.-]*$/i.test(scope) ? { scoped: `@${scope}/${name}` } : {};
  return { name, version, host, ...scoped };
}
function isRegistryTarballOf(url, name, version) {
  const id = registryTarball(url);
  return id !== void 0 && (id.name === name || id.scoped === name) && id.version === version;
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
  if (pkg.host !== void 0) return pkg.host;
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
var PUBLIC_REGISTRY = "https://registry.npmjs.org";
var DEFAULT_REGISTRIES = { default: `${PUBLIC_REGISTRY}/` };
function registryFor(name, registries = DEFAULT_REGISTRIES) {
  const slash = name.indexOf("/");
  const scoped = name.startsWith("@") && slash > 1 ? registries.scopes?.[name.slice(0, slash)] : void 0;
  const url = scoped ?? registries.default;
  return url.endsWith("/") ? url : `${url}/`;
}
function registryTarballUrl(name, version, registry) {
  const plus = version.indexOf("+");
  const bare = plus === -1 ? version : version.slice(0, plus);
  return `${registry.endsWith("/") ? registry : `${registry}/`}${name}/-/${name.slice(name.lastIndexOf("/") + 1)}-${bare}.tgz`;
}
function absoluteUrl(ref, base) {
  try {
    return new URL(ref, base).href;
  } catch {
    return void 0;
  }
}
function isProtocolRelative(ref) {
  return /^[\\/]{2}/.test(ref);
}
function planHost(url) {
  const plainHost = PLAIN_HOST.exec(url);
  let host;
  if (plainHost) {
    const port = plainHost[3];
    const https = plainHost[1].length === 5;
    host = plainHost[2].toLowerCase();
    if (port !== void 0 && port !== (https ? "443" : "80")) host = `${host}:${port}`;
  } else {
    host = urlHost(url);
  }
  return isPublicRegistryHost(host) ? PUBLIC_REGISTRY_HOSTS[0] : host;
}
var PLAIN_HOST = /^(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?(?=[/?#]|$)/i;
function applyPlan(pkg, registries = DEFAULT_REGISTRIES) {
  const resolved = pkg.resolved;
  if (pkg.source === "git") {
    const repo = resolved === void 0 ? void 0 : gitRepository(resolved);
    if (repo) {
      const commit = pinnedCommit(repo);
      pkg.git = { repository: `${repo.host}/${repo.path}`, ...commit ? { commit } : {} };
      pkg.host = isHttpUrl(resolved) && planHost(resolved) || repo.host;
    }
    if (resolved !== void 0 && isHttpUrl(resolved)) pkg.url = withoutFragment(resolved);
    return;
  }
  if (pkg.source !== "registry" && pkg.source !== "tarball" && pkg.source !== "patch") return;
  const url = resolved !== void 0 && isHttpUrl(resolved) ? withoutFragment(resolved) : pkg.version === "" ? void 0 : registryTarballUrl(pkg.name, pkg.version, registryFor(pkg.name, registries));
  if (url === void 0) return;
  pkg.url = url;
  const host = planHost(url);
  if (host !== void 0) pkg.host = host;
}
function withoutFragment(url) {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}
function gitRepository(ref) {
  const locator = /^(?:@[^/@\s]+\/)?[^@/\s]+@((?:https?|git\+[a-z]+|git|ssh|github|gitlab|bitbucket):.*)$/i.exec(
    ref.trim()
  );
  const [body, fragment] = splitOnce(locator ? locator[1] : ref.trim(), "#");
  const commit = fragment === void 0 ? void 0 : fragmentRef(fragment);
  const result = (host2, path, at = commit) => {
    const clean = path.replace(/^\/+/, "").replace(/\.git$/i, "").replace(/\/+$/, "").toLowerCase();
    if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(clean)) return void 0;
    return { host: host2.toLowerCase(), path: clean, ...at ? { ref: at } : {} };
  };
  const hosted = /^(github|gitlab|bitbucket|gist):(.+)$/i.exec(body);
  if (hosted) return result(SHORTHAND_HOSTS[`${hosted[1].toLowerCase()}:`], hosted[2]);
  if (/^[\w.-]+\/[\w.-]+$/.test(body) && !body.startsWith(".")) return result("github.com", body);
  const scp = /^(?:git\+)?(?:[\w.-]+@)?([\w.-]+):(?!\d|\/\/)(.+)$/.exec(body);
  if (scp && !/^(?:https?|git|ssh|file)$/i.test(scp[1])) return result(scp[1], scp[2]);
  const sshScp = /^(?:git\+)?ssh:\/\/(?:[\w.-]+@)?([\w.-]+):(?!\d+(?:\/|$))([^/].*)$/i.exec(body);
  if (sshScp) return result(sshScp[1], sshScp[2]);
  if (/^file:/i.test(body)) return void 0;
  let url;
  try {
    url = new URL(body.replace(/^git\+/i, ""));
  } catch {
    return void 0;
  }
  const host = url.host.toLowerCase();
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.protocol === "http:" || url.protocol === "https:") {
    if (host === "codeload.github.com" && parts.length >= 4)
      return result("github.com", `${parts[0]}/${parts[1]}`, parts[3]);
    const archive = parts.indexOf("archive");
    if (host === "github.com" && archive === 2)
      return result(host, `${parts[0]}/${parts[1]}`, parts[3]?.replace(/\.(?:tar\.gz|tgz|zip)$/, ""));
    const dash = parts.indexOf("-");
    if (dash >= 2 && parts[dash + 1] === "archive")
      return result(host, parts.slice(0, dash).join("/"), parts[dash + 2]);
    const repository = parts.indexOf("repository");
    if (repository >= 2 && repository === parts.length - 2 && /^archive\.(?:tar\.gz|tgz|tar|zip)$/.test(parts[repository + 1]))
      return result(host, parts.slice(0, repository).join("/"), url.searchParams.get("ref") ?? void 0);
    if (host === "bitbucket.org" && parts[2] === "get")
      return result(host, `${parts[0]}/${parts[1]}`, parts[3]?.replace(/\.(?:tar\.gz|tgz|zip)$/, ""));
    if (!/\.git$/i.test(url.pathname) && !isGitReference(ref) && !isHostedRepoPage(host, parts)) return void 0;
  }
  return result(host, parts.join("/"));
}
function isHostedRepoPage(host, parts) {
  return (host === "github.com" || host === "gitlab.com" || host === "bitbucket.org") && parts.length === 2;
}
function fragmentRef(fragment) {
  const parts = fragment.split("&");
  const commit = parts.find((p) => p.startsWith("commit="))?.slice("commit=".length);
  const ref = commit ?? parts.find((p) => p !== "" && !p.includes("="));
  return ref && /^[0-9a-f]{40}$/i.test(ref) ? ref.toLowerCase() : ref || void 0;
}
function pinnedCommit(repo) {
  return repo.ref !== void 0 && /^[0-9a-f]{40}$/.test(repo.ref) ? repo.ref : void 0;
}
function splitOnce(text, sep) {
  const i = text.indexOf(sep);
  return i === -1 ? [text, void 0] : [text.slice(0, i), text.slice(i + 1)];
}

// src/core/lines.ts
function lineAt(text, offset) {
  let line = 1;
  let at = text.indexOf("\n");
  while (at !== -1 && at < offset) {
    line++;
    at = text.indexOf("\n", at + 1);
  }
  return line;
}
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }
  /** 1-based line holding the character at `offset`. */
  lineOf(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
};
function jsonErrorLine(text, error) {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+)/i.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /position (\d+)/i.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return lineAt(text, text.length);
  return void 0;
}

// src/lockfiles/text.ts
var MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;
var MAX_ID_LENGTH = 16 * 1024;
var MAX_INSTALL_PATH_LENGTH = 4096;
function checkIdLength(file, line, id, limit = MAX_ID_LENGTH, what = "entry key") {
  if (id.length > limit) {
    throw new LockfileError(
      file,
      line,
      `the ${what} ${quote(id, 60)} is ${id.length} characters long, over the ${limit}-character limit`
    );
  }
}
function precheck(file, text) {
  if (text.length > MAX_LOCKFILE_BYTES) {
    throw new LockfileError(
      file,
      void 0,
      `file is ${text.length} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles`
    );
  }
}
function emptyProblem(file, text, refusedBy) {
  if (refusedBy === void 0 || text.trimStart() !== "") return void 0;
  return new LockfileError(
    file,
    1,
    `file is empty, which ${refusedBy} refuses; regenerate it with the package manager`
  );
}
function contentProblem(file, text) {
  const nul = text.indexOf("\0");
  if (nul !== -1)
    return new LockfileError(file, lineAt(text, nul), "file holds binary data (a NUL byte), not lockfile text");
  const bad = text.indexOf("�");
  if (bad !== -1) return new LockfileError(file, lineAt(text, bad), "file is not valid UTF-8 text");
  const conflict = conflictMarker(text);
  if (conflict !== void 0) {
    return new LockfileError(
      file,
      lineAt(text, conflict),
      "merge-conflict marker; resolve the conflict and regenerate the lockfile"
    );
  }
  return void 0;
}
function conflictMarker(text) {
  let first;
  for (const marker of ["<<<<<<<", "=======", ">>>>>>>"]) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
      const atLineStart = at === 0 || text[at - 1] === "\n";
      const after = text[at + 7];
      if (atLineStart && (after === void 0 || after === " " || after === "\r" || after === "\n")) {
        if (first === void 0 || at < first) first = at;
        break;
      }
    }
  }
  return first;
}
var DependencyBudget = class {
  constructor(file, text) {
    this.file = file;
    this.left = text.length;
  }
  file;
  left;
  /** Count `count` dependencies of the entry at `line`; throws a LockfileError past the budget. */
  spend(count, line) {
    this.left -= count * 2;
    if (this.left < 0) {
      throw new LockfileError(
        this.file,
        line,
        "the dependency maps list more dependencies than the file has room for (YAML aliases repeat them; lockfiles use none)"
      );
    }
  }
};

export {
  LockgateError,
  LockfileError,
  quote,
  errorSentence,
  PUBLIC_REGISTRY_HOSTS,
  isGitReference,
  isHttpUrl,
  isTarballPath,
  registryTarball,
  registryPrefix,
  isRegistryTarballOf,
  urlHost,
  isPublicRegistryHost,
  normalizeResolved,
  downloadHost,
  isPlainHttp,
  PUBLIC_REGISTRY,
  DEFAULT_REGISTRIES,
  registryFor,
  registryTarballUrl,
  absoluteUrl,
  isProtocolRelative,
  planHost,
  applyPlan,
  gitRepository,
  isHostedRepoPage,
  pinnedCommit,
  lineAt,
  LineIndex,
  jsonErrorLine,
  MAX_LOCKFILE_BYTES,
  MAX_INSTALL_PATH_LENGTH,
  checkIdLength,
  precheck,
  emptyProblem,
  contentProblem,
  DependencyBudget
};
