/**
 * What a `resolved` URL or a reference in a lockfile says about where a package
 * comes from. One module for every format, because a package manager installs
 * what this string names, not what the entry's key says: the same rules decide
 * the source kind, the identity a registry tarball URL carries, and whether a
 * host is a known registry.
 */

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
export function downloadHost(pkg: { source: string; resolved?: string | undefined }): string | undefined {
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
