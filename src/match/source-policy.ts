/**
 * The source policy (pure): which download sources of a lockfile are a policy
 * finding, which are only worth a note, and which are fine. It passes healthy
 * repositories and still stops injection:
 *
 * - What the manifests ask for is not a finding. A git, tarball-URL or `file:`
 *   entry that a package.json asks for exactly (same repository, same URL) is a
 *   note: "from github.com/acme/tool, as package.json asks; registry signals do
 *   not check it". Over plain `http:` it is a warning. Such packages are still
 *   looked up in the advisories by name.
 * - A registry entry comes from a configured host: one the base lockfile
 *   already uses for registry packages, one the base commit's registry config
 *   names (`.npmrc`, `.yarnrc.yml`, `bunfig.toml`), `registry-url`, or
 *   `allowed-hosts`. Anything else is a fail. A scope the base config maps to
 *   one registry must come from it (a scoped name fetched elsewhere is the
 *   dependency-confusion shape).
 * - A lockfile with no base (new in the change, or `mode: all`) is judged by
 *   consistency: registry packages of one scope come from one host, as one
 *   registry config writes them. A registry serving the whole file is fine; a
 *   host only one package of its scope uses, while others of the scope come
 *   from elsewhere, is the outlier. With `mode: all` the outlier is a warning:
 *   a scheduled scan fails only on advisories and on what the user configured
 *   (`allowed-hosts` set explicitly).
 * - A git or tarball source nobody asks for (a transitive one, whose parent's
 *   spec the model does not carry) is a warning on a well-known git host or a
 *   configured host, and a fail elsewhere.
 * - Git sources are allowed per repository (`github.com/acme/*` in
 *   `allowed-hosts`), not per host.
 * - A package.json may name a registry tarball under another key
 *   (`"remote": "https://registry.npmjs.org/abbrev/-/abbrev-1.1.1.tgz"`): npm
 *   installs abbrev 1.1.1 in node_modules/remote and records `"name": "abbrev"`;
 *   Yarn 1 keys the entry `remote@<url>` and records no name. `nameAskedTarballs`
 *   gives such an entry the name the URL names and keeps the key as its alias,
 *   as npm's file does, so it is looked up as abbrev@1.1.1 and is a note, not a
 *   resolved-mismatch. Only when package.json asks for exactly that URL under
 *   that key: an entry that points a key at a tarball nobody asks for keeps its
 *   name, and its resolved-mismatch.
 */
import {
  gitRepository,
  isHostedRepoPage,
  isHttpUrl,
  isPlainHttp,
  isPublicRegistryHost,
  PUBLIC_REGISTRY_HOSTS,
  registryTarball,
  urlHost,
  type GitRepository,
} from '../core/source.js';
import type { LockedPackage } from '../core/model.js';
import { isRecord } from '../core/guards.js';

/** What the user and the base commit configure. */
export interface SourcePolicy {
  /** `allowed-hosts` (default: the public registries) and the host of `registry-url`; entries with a path are repository patterns. */
  allowedHosts: readonly string[];
  /** The user set `allowed-hosts` in the config: a full scan holds hosts to it. */
  explicit: boolean;
  /** Registry hosts the base commit's package-manager config names. */
  configHosts: readonly string[];
  /** Scope (`@acme`) → the registry host the base config maps it to. */
  scopeHosts: ReadonlyMap<string, string>;
}

/** The policy when nothing but the allowed hosts is known. */
export function hostsPolicy(allowedHosts: readonly string[], explicit = false): SourcePolicy {
  return { allowedHosts, explicit, configHosts: [], scopeHosts: new Map() };
}

/** Hosts whose git repositories are public code hosting (a source nobody asks for there is a warning, not a fail). */
const GIT_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'gist.github.com', 'codeload.github.com']);

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** What a package.json spec asks for. */
export type SpecKind = 'registry' | 'git' | 'tarball' | 'file' | 'own';

/** The kind of a dependency spec, by npm's, pnpm's and yarn's rules. */
export function specKind(spec: string): SpecKind {
  const s = spec.trim();
  if (/^(?:workspace|link|portal):/i.test(s)) return 'own';
  if (/^file:/i.test(s) || /^\.{0,2}\//.test(s) || /^~\//.test(s)) return 'file';
  if (/^(?:npm|catalog|jsr):/i.test(s)) return 'registry';
  if (/^(?:git\+|git:|ssh:|github:|gitlab:|bitbucket:|gist:)/i.test(s) || /^[\w.-]+@[\w.-]+:/.test(s)) return 'git';
  if (isHttpUrl(s)) {
    const url = safeUrl(s);
    const hostedPage =
      url !== undefined && isHostedRepoPage(url.host.toLowerCase(), url.pathname.split('/').filter(Boolean));
    return gitRepository(s) && (/\.git(?:#|$)/i.test(s) || hostedPage) ? 'git' : 'tarball';
  }
  if (/^[\w.-]+\/[\w.-]+(?:#.*)?$/.test(s) && !s.startsWith('.')) return 'git';
  return 'registry';
}

/**
 * Name → specs, from package.json texts: every dependency field, `overrides`
 * (nested) and `resolutions` (the last name of each path). A text that is not
 * JSON asks for nothing.
 */
export function requestedSpecs(texts: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string | undefined, spec: unknown) => {
    if (!name || typeof spec !== 'string') return;
    const list = out.get(name);
    if (list) list.push(spec);
    else out.set(name, [spec]);
  };
  const walk = (value: unknown) => {
    if (!isRecord(value)) return;
    for (const [key, spec] of Object.entries(value)) {
      if (isRecord(spec)) walk(spec);
      else add(lastName(key), spec);
    }
  };
  for (const text of texts) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      continue;
    }
    if (!isRecord(doc)) continue;
    for (const field of [
      'dependencies',
      'devDependencies',
      'optionalDependencies',
      'peerDependencies',
      'overrides',
      'resolutions',
    ])
      walk(doc[field]);
    if (isRecord(doc.pnpm)) walk(doc.pnpm.overrides);
  }
  return out;
}

/**
 * Name the entries whose key a package.json maps to a registry tarball URL of another
 * package by what the URL names, the key becoming the alias (see the file's comment).
 * Changes the lockfile's entries in place; `requested` is what its package.json files ask for.
 */
export function nameAskedTarballs(
  packages: readonly LockedPackage[],
  requested: ReadonlyMap<string, readonly string[]>,
): void {
  for (const pkg of packages) {
    if (pkg.alias !== undefined || pkg.source !== 'tarball' || pkg.resolved === undefined) continue;
    const tarball = registryTarball(pkg.resolved);
    if (!tarball || tarball.version !== pkg.version) continue;
    // The npm form's name: the one resolved-mismatch reports the URL downloads.
    const name = tarball.name;
    if (name === pkg.name) continue;
    const specs = requested.get(pkg.name) ?? [];
    if (!specs.some((spec) => specKind(spec) === 'tarball' && sameUrl(spec, pkg.resolved!))) continue;
    pkg.alias = pkg.name;
    pkg.name = name;
  }
}

/** `x`, `@s/x`, `**\/a/x`, `a>x` (pnpm), `x@^1` → the last package name. */
function lastName(key: string): string | undefined {
  const last = key.split(/>|\//).reduce<string[]>((names, part) => {
    if (names.length && names[names.length - 1]!.startsWith('@') && !names[names.length - 1]!.includes('/'))
      names[names.length - 1] = `${names[names.length - 1]}/${part}`;
    else names.push(part);
    return names;
  }, []);
  const name = last[last.length - 1]?.trim();
  return name ? /^((?:@[^/@]+\/)?[^@]+)/.exec(name)?.[1] : undefined;
}

/** What the policy says of one entry: a fail (a policy finding), a warning or note (a message), or nothing. */
export interface SourceVerdict {
  level: 'fail' | 'warning' | 'note';
  /** The host or repository it comes from, as shown. */
  from: string;
  /** One sentence. The fail's is the finding's problem; a warning's or note's groups entries by `from`. */
  reason: string;
}

/** The hosts and scopes of a lockfile's registry entries, for consistency and "the base already uses it". */
export interface RegistryHosts {
  /** Every host registry entries download from. */
  hosts: Set<string>;
  /** scope ('' for unscoped) → host → number of entries. */
  byScope: Map<string, Map<string, number>>;
  /** host → number of registry entries. */
  counts: Map<string, number>;
}

/** The registry hosts of a lockfile's entries (own code left out). */
export function registryHostsOf(packages: readonly LockedPackage[]): RegistryHosts {
  const out: RegistryHosts = { hosts: new Set(), byScope: new Map(), counts: new Map() };
  for (const pkg of packages) {
    if (pkg.source !== 'registry' && pkg.source !== 'patch') continue;
    const host = registryHost(pkg);
    out.hosts.add(host);
    out.counts.set(host, (out.counts.get(host) ?? 0) + 1);
    const scope = scopeOf(pkg.name);
    let hosts = out.byScope.get(scope);
    if (!hosts) out.byScope.set(scope, (hosts = new Map()));
    hosts.set(host, (hosts.get(host) ?? 0) + 1);
  }
  return out;
}

/** Where to judge one lockfile's entries from. */
export interface SourceContext {
  policy: SourcePolicy;
  /** The base lockfile's registry hosts; undefined when there is no base (new lockfile, `mode: all`). */
  base: RegistryHosts | undefined;
  /** The head lockfile's, for consistency. */
  head: RegistryHosts;
  /** Every host any base entry downloads from (registry or not). */
  baseHosts: ReadonlySet<string>;
  /** The registry paths (core/source.ts registryPrefix) base entries download from. */
  basePrefixes?: ReadonlySet<string>;
  /** A full scan (`mode: all`). */
  all: boolean;
  /** Name → the specs the lockfile's package.json files ask for it with (dependency fields, overrides, resolutions). */
  requested: ReadonlyMap<string, readonly string[]>;
}

/** The verdict on one entry's source (own code and resolved-mismatch are judged elsewhere). */
export function judgeSource(pkg: LockedPackage, ctx: SourceContext): SourceVerdict | undefined {
  return pkg.source === 'registry' || pkg.source === 'patch' ? judgeRegistry(pkg, ctx) : judgeOther(pkg, ctx);
}

function judgeRegistry(pkg: LockedPackage, ctx: SourceContext): SourceVerdict | undefined {
  const host = registryHost(pkg);
  const { policy } = ctx;
  const id = `${pkg.name}@${pkg.version}`;
  const http = isPlainHttp(pkg.resolved);
  const scope = scopeOf(pkg.name);
  const scopeHost = scope ? policy.scopeHosts.get(scope) : undefined;
  if (scopeHost !== undefined && scopeHost !== host) {
    return {
      level: 'fail',
      from: host,
      reason: `${id} downloads from ${host}, but the repository's registry config sends ${scope} to ${scopeHost}: a scoped name fetched from another registry is how dependency confusion installs someone else's package.`,
    };
  }
  const configured =
    allowedHost(host, policy) ||
    policy.configHosts.includes(host) ||
    (ctx.base?.hosts.has(host) ?? false) ||
    scopeHost === host;
  if (!configured) {
    if (ctx.base) return unconfigured(id, host);
    const outlier = isOutlier(host, scope, ctx.head);
    if (outlier && (!ctx.all || policy.explicit)) return unconfigured(id, host);
    if (ctx.all && policy.explicit) return unconfigured(id, host);
    if (outlier)
      return {
        level: 'warning',
        from: host,
        reason: `from ${host}, a registry no other package of its scope in this lockfile uses and no config names`,
      };
  }
  if (http)
    return {
      level: 'warning',
      from: host,
      reason: `over plain http from ${host}: anyone on the network path can replace the download`,
    };
  return undefined;
}

function unconfigured(id: string, host: string): SourceVerdict {
  return {
    level: 'fail',
    from: host,
    reason: `${id} is a registry package downloaded from ${host}, which neither the base lockfile, the repository's registry config nor allowed-hosts names; a package manager with this repository's config would not fetch it there.`,
  };
}

/** A host that only one registry entry of its scope uses, while the scope (or the file) has other hosts. */
function isOutlier(host: string, scope: string, head: RegistryHosts): boolean {
  if (head.hosts.size <= 1) return false;
  const inScope = head.byScope.get(scope) ?? new Map<string, number>();
  if ((inScope.get(host) ?? 0) > 1) return false;
  // A scope served by one host of its own (a private registry for @acme) is consistent when that host serves more than this one entry.
  if (inScope.size <= 1 && (head.counts.get(host) ?? 0) > 1) return false;
  return true;
}

function judgeOther(pkg: LockedPackage, ctx: SourceContext): SourceVerdict | undefined {
  const ref = pkg.resolved ?? '';
  const repo = gitRepository(ref);
  const host = repo?.host ?? (isHttpUrl(ref) ? urlHost(ref) : undefined);
  const from = repo ? `${repo.host}/${repo.path}` : (host ?? `a ${pkg.source} source`);
  const id = `${pkg.name}@${pkg.version}`;
  const http = isPlainHttp(ref);
  const specs = [...(ctx.requested.get(pkg.name) ?? []), ...(pkg.alias ? (ctx.requested.get(pkg.alias) ?? []) : [])];
  if (asks(specs, pkg, repo)) {
    return http
      ? {
          level: 'warning',
          from,
          reason: `over plain http from ${from}, as package.json asks; anyone on the network path can replace the download`,
        }
      : { level: 'note', from, reason: `from ${from}, as package.json asks; not checked by registry signals` };
  }
  const pinned = specs.filter((spec) => {
    const kind = specKind(spec);
    return kind === 'git' || kind === 'tarball';
  });
  if (pinned.length && pkg.source !== 'file') {
    return {
      level: 'fail',
      from,
      reason: `${id} downloads from ${from}, but package.json asks for ${pinned.slice(0, 2).join(' or ')}: the lockfile installs another source than the manifest names.`,
    };
  }
  if (pkg.source === 'file')
    return {
      level: 'note',
      from: 'the repository',
      reason: 'from a tarball in the repository; not checked by registry signals',
    };
  if (host === undefined) return undefined;
  if (repo && repoAllowed(repo, ctx.policy.allowedHosts))
    return { level: 'note', from, reason: `from ${from}, an allowed repository; not checked by registry signals` };
  const configured = knownHost(host, ctx);
  if (!http && (configured || (repo && GIT_HOSTS.has(host))))
    return {
      level: 'warning',
      from,
      reason: `from ${from}, which no package.json of the repository asks for; not checked by registry signals`,
    };
  if (ctx.all && !ctx.policy.explicit)
    return {
      level: 'warning',
      from,
      reason: `from ${from}${http ? ' over plain http' : ''}, which nothing configures`,
    };
  return {
    level: 'fail',
    from,
    reason: `${id} downloads ${http ? 'over plain http ' : ''}from ${from} (${pkg.source}), which no package.json asks for and neither allowed-hosts nor the base lockfile names; add the host to allowed-hosts if it is trusted.`,
  };
}

/** A host the base lockfile already downloads from, the registry config names, or allowed-hosts lists. */
export function knownHost(host: string, ctx: SourceContext): boolean {
  return allowedHost(host, ctx.policy) || ctx.baseHosts.has(host) || ctx.policy.configHosts.includes(host);
}

/** Does one of the specs ask for exactly this entry's source? */
function asks(specs: readonly string[], pkg: LockedPackage, repo: GitRepository | undefined): boolean {
  for (const spec of specs) {
    const kind = specKind(spec);
    if (kind === 'file' && pkg.source === 'file') return true;
    if (kind === 'git' || kind === 'tarball') {
      const wanted = gitRepository(spec);
      if (repo && wanted && wanted.host === repo.host && wanted.path === repo.path) return true;
      if (kind === 'tarball' && pkg.resolved && sameUrl(spec, pkg.resolved)) return true;
    }
  }
  return false;
}

/** `github.com/acme/*` and `github.com/acme/tool` entries of allowed-hosts. */
function repoAllowed(repo: GitRepository, allowed: readonly string[]): boolean {
  const full = `${repo.host}/${repo.path}`;
  return allowed.some((entry) => {
    const pattern = entry.toLowerCase().replace(/\/+$/, '');
    if (!pattern.includes('/')) return false;
    return pattern.endsWith('/*')
      ? full.startsWith(pattern.slice(0, -1)) && !full.slice(pattern.length - 1).includes('/')
      : full === pattern;
  });
}

/** A plain host entry of allowed-hosts (the public registry's names count as one). */
function allowedHost(host: string, policy: SourcePolicy): boolean {
  const hosts = policy.allowedHosts.filter((h) => !h.includes('/')).map((h) => h.toLowerCase());
  if (hosts.includes(host)) return true;
  return isPublicRegistryHost(host) && hosts.some((h) => isPublicRegistryHost(h));
}

/** The host a registry entry downloads from (the public registry when it records no URL). */
function registryHost(pkg: LockedPackage): string {
  const ref = pkg.resolved;
  const host = ref && isHttpUrl(ref) ? urlHost(ref) : undefined;
  if (host === undefined || isPublicRegistryHost(host)) return PUBLIC_REGISTRY_HOSTS[0]!;
  return host;
}

function scopeOf(name: string): string {
  return name.startsWith('@') && name.includes('/') ? name.slice(0, name.indexOf('/')).toLowerCase() : '';
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.split('#')[0]!.replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}
