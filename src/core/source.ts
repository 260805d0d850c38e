/**
 * What a `resolved` URL or a reference in a lockfile says about where a package
 * comes from. One module for every format, because a package manager installs
 * what this string names, not what the entry's key says: the same rules decide
 * the source kind, the identity a registry tarball URL carries, and whether a
 * host is a known registry.
 */

import type { LockedPackage } from './model.js';

/** Hosts of the public npm registry (and Yarn's mirror of it). */
export const PUBLIC_REGISTRY_HOSTS: readonly string[] = [
  'registry.npmjs.org',
  'registry.yarnpkg.com',
  'registry.npmjs.com',
];

/** git+…, git:, git@, ssh:, and the hosted shorthands npm and yarn write. */
const GIT_PREFIX = /^(?:git\+|git:|git@|ssh:|github:|gitlab:|bitbucket:|gist:)/i;
const TARBALL_PATH = /\.(?:tgz|tar\.gz|tar)(?:[?#]|$)/i;

/** Is this URL or reference a git source (git+, git:, ssh:, hosted shorthands, codeload, a `.git` URL)? */
export function isGitReference(ref: string): boolean {
  return (
    GIT_PREFIX.test(ref) ||
    /^https?:\/\/codeload\.github\.com\//i.test(ref) ||
    /\.git(?:#|$)/i.test(ref) ||
    /#commit=/.test(ref)
  );
}

/** Is this an http(s) URL? */
export function isHttpUrl(ref: string): boolean {
  return /^https?:\/\//i.test(ref);
}

/** Does this reference end in a tarball file name (`.tgz`, `.tar.gz`, `.tar`)? */
export function isTarballPath(ref: string): boolean {
  return TARBALL_PATH.test(ref);
}

/** The identity a registry tarball URL names. */
export interface TarballIdentity {
  /** Package name (`@scope/name` for scoped packages). */
  name: string;
  version: string;
  /** Lower-case host (with port, when one is given). */
  host: string;
  /**
   * For `…/<word>/<name>/-/<name>-<v>.tgz`: the scoped name the path also reads as
   * (`@word/name`), the form Artifactory writes for scoped packages.
   */
  scoped?: string;
}

/**
 * The package a registry tarball URL names: `…/<name>/-/<base>-<version>.tgz`,
 * where `<name>` is `base` or `@scope/base` (`@scope%2fbase` too) and the path
 * may sit under a prefix (Artifactory, Verdaccio). Undefined for any other URL.
 */
export function registryTarball(url: string): TarballIdentity | undefined {
  if (!isHttpUrl(url)) return undefined;
  // Most URLs are plain (no escapes, dot segments, credentials or odd characters): read them
  // directly, since a lockfile holds one per package; anything else goes through the WHATWG
  // parser, which is what package managers fetch with.
  const plainUrl = PLAIN_URL.exec(url);
  if (plainUrl && !plainUrl[3]!.includes('/.')) {
    const scheme = plainUrl[1]!.toLowerCase();
    const host = plainUrl[2]!.toLowerCase().replace(scheme === 'https' ? /:443$/ : /:80$/, '');
    return tarballOfPath(plainUrl[3]!, host);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return tarballOfPath(parsed.pathname, parsed.host.toLowerCase());
}

/**
 * The registry a tarball URL of `name` downloads from: the URL up to `/<name>/-/`
 * (`@scope%2fname` and Artifactory's scope without `@` too), lower-cased, or undefined
 * when the URL is not a registry tarball of that name. Two entries with one prefix come
 * from one registry path, which serves one set of bytes per version.
 */
export function registryPrefix(url: string, name: string): string | undefined {
  const identity = registryTarball(url);
  if (!identity || (identity.name !== name && identity.scoped !== name)) return undefined;
  const lower = url.toLowerCase().split(/[?#]/)[0]!;
  const slash = name.indexOf('/');
  const forms = [name, name.replace('/', '%2f'), slash > 0 ? name.slice(1) : undefined];
  for (const form of forms) {
    if (form === undefined) continue;
    const at = lower.lastIndexOf(`/${form.toLowerCase()}/-/`);
    if (at > 0) return lower.slice(0, at);
  }
  return undefined;
}

/** `scheme://host[:port]/path` with only plain characters, an optional `?query` or `#fragment` after. */
const PLAIN_URL = /^(https?):\/\/([a-z0-9.-]+(?::\d{1,5})?)(\/[a-z0-9._~!$&'()*+,;=:@/-]*)(?:[?#][^\s\\]*)?$/i;

/**
 * The identity of a registry tarball path. Besides the npm form, the forms
 * private registries write: Artifactory's `…/@scope/name/-/@scope/name-1.0.0.tgz`
 * (the scope repeated in the file part) and `…/<scope-without-@>/<name>/-/<name>-1.0.0.tgz`
 * (`scoped` then names `@scope/name`), GitHub Packages' `/download/@scope/name/1.0.0/<hash>`;
 * Nexus, Verdaccio (`@scope%2fname`), Azure Artifacts and Gemfury write the npm form under a prefix.
 */
function tarballOfPath(pathname: string, host: string): TarballIdentity | undefined {
  const download = /^\/download\/(@[^/]+\/[^/]+)\/(v?\d+\.\d+\.\d+[^/]*)\/[0-9a-f]+$/i.exec(pathname);
  if (download) return { name: safeDecode(download[1]!), version: download[2]!, host };
  // `…/[<scope>/]<name>/-/<file>`, read by offsets (one call per locked package).
  const cut = pathname.lastIndexOf('/-/');
  const nameStart = cut > 0 ? pathname.lastIndexOf('/', cut - 1) : -1;
  if (nameStart === -1) return undefined;
  const rest = pathname.slice(cut + 3);
  const slash = rest.indexOf('/');
  // Artifactory's scoped file part `@scope/name-1.0.0.tgz`: one more segment, and it must be a scope.
  if (slash !== -1 && (!rest.startsWith('@') || rest.indexOf('/', slash + 1) !== -1)) return undefined;
  const file = safeDecode(rest.slice(slash + 1));
  let name = safeDecode(pathname.slice(nameStart + 1, cut));
  const scope =
    nameStart > 0 ? safeDecode(pathname.slice(pathname.lastIndexOf('/', nameStart - 1) + 1, nameStart)) : '';
  if (scope.startsWith('@') && !name.includes('/')) name = `${scope}/${name}`;
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (!base || !file.startsWith(`${base}-`) || !file.endsWith('.tgz')) return undefined;
  const version = file.slice(base.length + 1, -'.tgz'.length);
  if (!/^v?\d+\.\d+\.\d+/.test(version)) return undefined;
  const scoped = !name.includes('/') && /^[a-z0-9][\w.-]*$/i.test(scope) ? { scoped: `@${scope}/${name}` } : {};
  return { name, version, host, ...scoped };
}

/** Is `url` the registry tarball of exactly this name and version (any host)? */
export function isRegistryTarballOf(url: string, name: string, version: string): boolean {
  const id = registryTarball(url);
  return id !== undefined && (id.name === name || id.scoped === name) && id.version === version;
}

/** Lower-case host of an http(s) or git URL (`git+ssh://git@github.com/x` → `github.com`), else undefined. */
export function urlHost(ref: string): string | undefined {
  const scp = /^(?:git\+)?[\w.-]+@([\w.-]+):(?!\d)/.exec(ref);
  if (scp) return scp[1]!.toLowerCase();
  try {
    const parsed = new URL(ref.replace(/^git\+/i, ''));
    return parsed.host ? parsed.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Is `host` one of the public npm registry's hosts? */
export function isPublicRegistryHost(host: string | undefined): boolean {
  return host !== undefined && PUBLIC_REGISTRY_HOSTS.includes(host);
}

/** A resolved URL for comparing sides: the public registry's hosts folded into one, a tarball's `#fragment` (a checksum) dropped, a git reference kept whole (its fragment is the commit). */
export function normalizeResolved(resolved: string | undefined): string | undefined {
  if (!resolved || !/^(?:https?|git\+|git:|ssh:|github:)/i.test(resolved)) return undefined;
  // A git reference's fragment is the commit it installs: another commit is another origin.
  if (isGitReference(resolved)) return resolved;
  const noHash = resolved.split('#')[0]!;
  const host = urlHost(noHash);
  return isPublicRegistryHost(host) ? noHash.replace(/^https?:\/\/[^/]+\//i, 'https://registry.npmjs.org/') : noHash;
}

function safeDecode(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Hosted git shorthands and the host each names. */
const SHORTHAND_HOSTS: Record<string, string> = {
  'github:': 'github.com',
  'gitlab:': 'gitlab.com',
  'bitbucket:': 'bitbucket.org',
  'gist:': 'gist.github.com',
};

/**
 * The host a locked package is downloaded from, with the public registry's
 * hosts folded into `registry.npmjs.org`: the host of its `resolved` URL or
 * git reference, or the registry when a registry entry records no URL (pnpm,
 * bun). Undefined for local sources (`file:`, folders) and unreadable references.
 */
export function downloadHost(pkg: {
  source: string;
  resolved?: string | undefined;
  host?: string | undefined;
}): string | undefined {
  // The install plan's host, where the reader resolved it (the registry a registry entry uses,
  // a Berry locator's URL, a git host): what the package manager contacts.
  if (pkg.host !== undefined) return pkg.host;
  const ref = pkg.resolved;
  if (ref === undefined || ref === '' || (!isHttpUrl(ref) && !isGitReference(ref))) {
    return pkg.source === 'registry' || pkg.source === 'patch' ? PUBLIC_REGISTRY_HOSTS[0] : undefined;
  }
  const shorthand = /^[a-z]+:/i.exec(ref)?.[0]?.toLowerCase();
  const host = (shorthand && SHORTHAND_HOSTS[shorthand]) || urlHost(ref);
  return isPublicRegistryHost(host) ? PUBLIC_REGISTRY_HOSTS[0] : host;
}

/** Is this reference fetched over plain http (no TLS)? */
export function isPlainHttp(ref: string | undefined): boolean {
  return ref !== undefined && /^(?:git\+)?http:\/\//i.test(ref);
}

export const PUBLIC_REGISTRY = 'https://registry.npmjs.org';

// ---------------------------------------------------------------------------
// The install plan: URLs resolved the way the package managers resolve them

/**
 * The registries a lockfile is read with: where a registry entry that records no URL is
 * downloaded from, and what pnpm resolves a relative tarball against. `default` is the
 * registry (`registry=`, `npmRegistryServer`); `scopes` maps `@scope` to its registry
 * (`@scope:registry=`, `npmScopes`). The engine passes the base commit's configuration;
 * without one, every package manager uses the public registry.
 */
export interface Registries {
  default: string;
  scopes?: Readonly<Record<string, string>>;
}

/** What npm, pnpm, Yarn and Bun use when nothing is configured. */
export const DEFAULT_REGISTRIES: Registries = { default: `${PUBLIC_REGISTRY}/` };

/** The registry (with a final `/`) a package name is fetched from: its scope's, else the default. */
export function registryFor(name: string, registries: Registries = DEFAULT_REGISTRIES): string {
  const slash = name.indexOf('/');
  const scoped = name.startsWith('@') && slash > 1 ? registries.scopes?.[name.slice(0, slash)] : undefined;
  const url = scoped ?? registries.default;
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * The tarball URL of name@version on a registry, as pnpm, Yarn and Bun build it when the
 * lockfile records none: `<registry>/<name>/-/<name without scope>-<version>.tgz`, without
 * the version's build metadata.
 */
export function registryTarballUrl(name: string, version: string, registry: string): string {
  const plus = version.indexOf('+');
  const bare = plus === -1 ? version : version.slice(0, plus);
  return `${registry.endsWith('/') ? registry : `${registry}/`}${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${bare}.tgz`;
}

/**
 * A reference made absolute against `base` the way the WHATWG URL parser (pnpm's
 * `new URL(tarball, registry)`) does: a relative path joins the base, a protocol-relative
 * `//host/x` takes the base's scheme, an absolute URL stays. Undefined when it does not parse.
 */
export function absoluteUrl(ref: string, base: string): string | undefined {
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

/** Is this a protocol-relative URL (`//host/path`)? */
export function isProtocolRelative(ref: string): boolean {
  return /^[\\/]{2}/.test(ref);
}

/** The plan's host of an http(s) URL: lower-case, with its port, the public registry's aliases folded. */
export function planHost(url: string): string | undefined {
  // Most URLs are plain ASCII (one per locked package): read the host directly; anything
  // else goes through the WHATWG parser, which is what the package managers fetch with.
  const plainHost = PLAIN_HOST.exec(url);
  let host: string | undefined;
  if (plainHost) {
    const port = plainHost[3];
    const https = plainHost[1]!.length === 5;
    host = plainHost[2]!.toLowerCase();
    if (port !== undefined && port !== (https ? '443' : '80')) host = `${host}:${port}`;
  } else {
    host = urlHost(url);
  }
  return isPublicRegistryHost(host) ? PUBLIC_REGISTRY_HOSTS[0] : host;
}

/** `http(s)://host[:port]` with a plain ASCII host, no credentials, then a path, query, fragment or the end. */
const PLAIN_HOST = /^(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?(?=[/?#]|$)/i;

/**
 * The install plan of an entry the package manager fetches from its `resolved` as written (npm,
 * Yarn 1 once made absolute, Bun, Berry's reference): a git source's repository, commit and host;
 * an http(s) URL without its `#checksum`; a registry entry without a URL, its tarball on the
 * registry. Nothing for the repository's own code and local files.
 */
export function applyPlan(pkg: LockedPackage, registries: Registries = DEFAULT_REGISTRIES): void {
  const resolved = pkg.resolved;
  if (pkg.source === 'git') {
    const repo = resolved === undefined ? undefined : gitRepository(resolved);
    if (repo) {
      const commit = pinnedCommit(repo);
      pkg.git = { repository: `${repo.host}/${repo.path}`, ...(commit ? { commit } : {}) };
      // Where the bytes come from: an archive's own host (codeload.github.com), else the repository's.
      pkg.host = (isHttpUrl(resolved!) && planHost(resolved!)) || repo.host;
    }
    if (resolved !== undefined && isHttpUrl(resolved)) pkg.url = withoutFragment(resolved);
    return;
  }
  if (pkg.source !== 'registry' && pkg.source !== 'tarball' && pkg.source !== 'patch') return;
  const url =
    resolved !== undefined && isHttpUrl(resolved)
      ? withoutFragment(resolved)
      : pkg.version === ''
        ? undefined
        : registryTarballUrl(pkg.name, pkg.version, registryFor(pkg.name, registries));
  if (url === undefined) return;
  pkg.url = url;
  const host = planHost(url);
  if (host !== undefined) pkg.host = host;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** A git repository as a package manager fetches it. */
export interface GitRepository {
  /** Lower-case host (`github.com`). */
  host: string;
  /** `owner/repo`, lower case, without `.git`. */
  path: string;
  /** The commit or ref after `#`, when given. */
  ref?: string;
}

/**
 * The repository a git reference or a hosted archive URL names, as npm, pnpm
 * and yarn read it: `github:o/r#c`, `o/r` (npm's GitHub shorthand),
 * `git+https://host/o/r.git#c`, `git+ssh://git@host/o/r.git`, `git@host:o/r.git`,
 * `https://codeload.github.com/o/r/tar.gz/c` (pnpm), `https://github.com/o/r/archive/c.tar.gz`,
 * `https://gitlab.com/o/r/-/archive/c/…`, `https://gitlab.com/o/r/repository/archive.tar.gz?ref=c`,
 * `https://bitbucket.org/o/r/get/c.tar.gz`.
 */
export function gitRepository(ref: string): GitRepository | undefined {
  // A Berry locator (`name@https://github.com/o/r.git#commit=…`): the reference after the name.
  const locator = /^(?:@[^/@\s]+\/)?[^@/\s]+@((?:https?|git\+[a-z]+|git|ssh|github|gitlab|bitbucket):.*)$/i.exec(
    ref.trim(),
  );
  const [body, fragment] = splitOnce(locator ? locator[1]! : ref.trim(), '#');
  const commit = fragment === undefined ? undefined : fragmentRef(fragment);
  const result = (host: string, path: string, at = commit): GitRepository | undefined => {
    const clean = path
      .replace(/^\/+/, '')
      .replace(/\.git$/i, '')
      .replace(/\/+$/, '')
      .toLowerCase();
    if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(clean)) return undefined;
    return { host: host.toLowerCase(), path: clean, ...(at ? { ref: at } : {}) };
  };
  const hosted = /^(github|gitlab|bitbucket|gist):(.+)$/i.exec(body);
  if (hosted) return result(SHORTHAND_HOSTS[`${hosted[1]!.toLowerCase()}:`]!, hosted[2]!);
  if (/^[\w.-]+\/[\w.-]+$/.test(body) && !body.startsWith('.')) return result('github.com', body);
  const scp = /^(?:git\+)?(?:[\w.-]+@)?([\w.-]+):(?!\d|\/\/)(.+)$/.exec(body);
  if (scp && !/^(?:https?|git|ssh|file)$/i.test(scp[1]!)) return result(scp[1]!, scp[2]!);
  // npm 6 and Yarn 1 write `git+ssh://git@github.com:owner/repo.git`: an scp-style path inside an ssh URL,
  // which no URL parser reads (the "port" is the owner); a number after the colon is a real port.
  const sshScp = /^(?:git\+)?ssh:\/\/(?:[\w.-]+@)?([\w.-]+):(?!\d+(?:\/|$))([^/].*)$/i.exec(body);
  if (sshScp) return result(sshScp[1]!, sshScp[2]!);
  // `file:` without `git+` is a local folder or tarball (yarn 1 writes `file:vendor/x.tgz#<sha1>`), never git.
  if (/^file:/i.test(body)) return undefined;
  let url: URL;
  try {
    url = new URL(body.replace(/^git\+/i, ''));
  } catch {
    return undefined;
  }
  const host = url.host.toLowerCase();
  const parts = url.pathname.split('/').filter(Boolean);
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (host === 'codeload.github.com' && parts.length >= 4)
      return result('github.com', `${parts[0]}/${parts[1]}`, parts[3]);
    const archive = parts.indexOf('archive');
    if (host === 'github.com' && archive === 2)
      return result(host, `${parts[0]}/${parts[1]}`, parts[3]?.replace(/\.(?:tar\.gz|tgz|zip)$/, ''));
    const dash = parts.indexOf('-');
    if (dash >= 2 && parts[dash + 1] === 'archive')
      return result(host, parts.slice(0, dash).join('/'), parts[dash + 2]);
    // Yarn 1 resolves `gitlab:o/r#ref` to GitLab's archive API: `/o/r/repository/archive.tar.gz?ref=<commit>`.
    const repository = parts.indexOf('repository');
    if (
      repository >= 2 &&
      repository === parts.length - 2 &&
      /^archive\.(?:tar\.gz|tgz|tar|zip)$/.test(parts[repository + 1]!)
    )
      return result(host, parts.slice(0, repository).join('/'), url.searchParams.get('ref') ?? undefined);
    if (host === 'bitbucket.org' && parts[2] === 'get')
      return result(host, `${parts[0]}/${parts[1]}`, parts[3]?.replace(/\.(?:tar\.gz|tgz|zip)$/, ''));
    if (!/\.git$/i.test(url.pathname) && !isGitReference(ref) && !isHostedRepoPage(host, parts)) return undefined;
  }
  return result(host, parts.join('/'));
}

/**
 * `https://github.com/owner/repo` (or on GitLab or Bitbucket), a repository's
 * page: npm (hosted-git-info) and Yarn clone it as a git dependency.
 */
export function isHostedRepoPage(host: string, parts: readonly string[]): boolean {
  return (host === 'github.com' || host === 'gitlab.com' || host === 'bitbucket.org') && parts.length === 2;
}

/**
 * The reference a git URL's fragment names: Berry's `commit=<sha>` among its
 * `head=…&commit=…` parts, else the plain part (`#<sha>`, `#v1.2.0`); a full
 * commit id in lower case.
 */
function fragmentRef(fragment: string): string | undefined {
  const parts = fragment.split('&');
  const commit = parts.find((p) => p.startsWith('commit='))?.slice('commit='.length);
  const ref = commit ?? parts.find((p) => p !== '' && !p.includes('='));
  return ref && /^[0-9a-f]{40}$/i.test(ref) ? ref.toLowerCase() : ref || undefined;
}

/** The full commit id a repository's reference pins, if it is one. */
export function pinnedCommit(repo: GitRepository): string | undefined {
  return repo.ref !== undefined && /^[0-9a-f]{40}$/.test(repo.ref) ? repo.ref : undefined;
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const i = text.indexOf(sep);
  return i === -1 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}
