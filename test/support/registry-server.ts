/**
 * A real HTTP server on 127.0.0.1 speaking the npm registry's package-metadata
 * endpoint (https://github.com/npm/registry/blob/main/docs/responses/package-metadata.md):
 *
 * - `GET /{name}` and `GET /@scope%2fname` with `Accept: application/vnd.npm.install-v1+json`:
 *   the abbreviated document (`name`, `modified`, `dist-tags`, per version
 *   `name`, `version`, `dependencies`, `dist`, `hasInstallScript`, `engines`),
 *   served as `application/vnd.npm.install-v1+json`;
 * - any other Accept: the full document (`_id`, `_rev`, `time` with `created`,
 *   `modified` and one entry per version ever published, per version `scripts`,
 *   `_npmUser {name, email, trustedPublisher?}`, `dist.attestations.provenance`,
 *   `dist.signatures`, `maintainers`, `readme`);
 * - an unknown name: 404 `{"error":"Not found"}`.
 *
 * Each document carries an `ETag` (a digest of its text, so the abbreviated
 * and the full document differ) and a `Last-Modified` (the package's
 * `modified`), as the registry's CDN does; `If-None-Match` (which wins when
 * both are sent) or `If-Modified-Since` that still match answer
 * `304 Not Modified` with no body. `setValidators` serves only one of them or
 * none, as other registries do.
 *
 * The `Date` header is the test's clock (`setNow`); faults (429 with
 * Retry-After, delays, 5xx) come from startScriptedServer. The registry these
 * machines reach is a mirror that strips `_npmUser` and attestations, so the
 * documents are built here from the facts each test gives.
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { startScriptedServer, type RouteAnswer, type ScriptedServer } from './osv-server.js';

/** One version as a test describes it. */
export interface FakeVersion {
  /** ISO publish time. */
  published: string;
  /** `_npmUser`; default `{name: 'maintainer', email: 'maintainer@example.org'}`. */
  user?: { name: string; email: string; trustedPublisher?: { id: string; oidcConfigId: string } };
  provenance?: boolean;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  /** Still in `time`, gone from `versions` (unpublished). */
  unpublished?: boolean;
  /** `versions[v].maintainers` by name; default the package's maintainers. */
  maintainers?: string[];
  /** `dist.tarball` (default the public registry's URL of the tarball). */
  tarball?: string;
  /**
   * `dist.integrity` and `dist.shasum` as the real registry publishes them (a real lockfile's hash of
   * this version). Without them, the hashes of the tarball the server holds for the version, else of
   * its stand-in bytes (`standInBytes`).
   */
  integrity?: string;
  shasum?: string;
}

export interface FakePackage {
  name: string;
  versions: Record<string, FakeVersion>;
  /** `time.created`; default the earliest publish time. */
  created?: string;
  /** Characters of `readme` in the full document (a big packument is mostly readme and versions). */
  readmeChars?: number;
  /** The document's `maintainers` by name; default the versions' publishers that are people, else `maintainer`. */
  maintainers?: string[];
}

export interface RegistryServer extends ScriptedServer {
  /** Adds or replaces a package. */
  put(pkg: FakePackage): void;
  /** Serves `bytes` at the registry's tarball path of `name@version` (`/{name}/-/{basename}-{version}.tgz`). */
  putTarball(name: string, version: string, bytes: Uint8Array): void;
  /** Paths of the tarballs served. */
  tarballsServed(): string[];
  /** Sets the clock the `Date` header reports (ms since the epoch). */
  setNow(ms: number): void;
  /** Requests per kind: `abbreviated`/`full` by package name (a 304 counts in its kind and in `notModified`). */
  served(): { abbreviated: string[]; full: string[]; notModified: string[] };
  /** Which validators documents carry and honour (default `both`). */
  setValidators(validators: Validators): void;
}

/** The validators a registry sends and honours. */
export type Validators = 'both' | 'etag' | 'last-modified' | 'none';

/** A trusted publisher as npm records it for a GitHub Actions OIDC publish. */
export const GITHUB_ACTIONS_PUBLISHER = {
  name: 'GitHub Actions',
  email: 'npm-oidc-no-reply@github.com',
  trustedPublisher: { id: 'github', oidcConfigId: 'oidc:2f0c3a1e-0000-4000-8000-000000000001' },
};

const ABBREVIATED_TYPE = 'application/vnd.npm.install-v1+json';
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];

export async function startRegistryServer(packages: FakePackage[] = []): Promise<RegistryServer> {
  const store = new Map<string, FakePackage>(packages.map((p) => [p.name, p]));
  const cache = new Map<string, ReturnType<typeof documents>>();
  let now = Date.now();
  const served = { abbreviated: [] as string[], full: [] as string[], notModified: [] as string[] };
  let validators: Validators = 'both';

  const tarballs = new Map<string, Uint8Array>();
  const tarballsServed: string[] = [];
  const server = await startScriptedServer((request): RouteAnswer => {
    if (request.pathname.includes('/-/')) {
      const bytes = request.method === 'GET' ? tarballs.get(decodeURIComponent(request.pathname)) : undefined;
      if (!bytes) return { status: 404, json: { error: 'Not found' } };
      tarballsServed.push(request.pathname);
      return { status: 200, bytes, headers: { 'content-type': 'application/octet-stream' } };
    }
    const name = decodeURIComponent(request.pathname.slice(1));
    const pkg = request.method === 'GET' ? store.get(name) : undefined;
    const date = new Date(now).toUTCString();
    if (!pkg) return { status: 404, json: { error: 'Not found' }, headers: { date } };
    const accept = String(request.headers.accept ?? '');
    const abbreviated = accept.includes(ABBREVIATED_TYPE);
    (abbreviated ? served.abbreviated : served.full).push(name);
    let docs = cache.get(name);
    if (!docs) {
      docs = documents(pkg, (version) => tarballs.get(tarballPath(pkg.name, version)));
      cache.set(name, docs);
    }
    const text = abbreviated ? docs.abbreviated : docs.full;
    const etag = `W/"${hash(text).slice(0, 32)}"`;
    const lastModified = new Date(Date.parse(docs.modified)).toUTCString();
    const sendEtag = validators === 'both' || validators === 'etag';
    const sendDate = validators === 'both' || validators === 'last-modified';
    const check = { etag: sendEtag ? etag : undefined, lastModified: sendDate ? docs.modified : undefined };
    const tags = { ...(sendEtag ? { etag } : {}), ...(sendDate ? { 'last-modified': lastModified } : {}) };
    if (notModified(request.headers, check)) {
      served.notModified.push(name);
      return { status: 304, text: '', headers: { date, ...tags } };
    }
    return {
      status: 200,
      text,
      headers: { date, 'content-type': abbreviated ? ABBREVIATED_TYPE : 'application/json', ...tags },
    };
  });
  return {
    ...server,
    url: server.url,
    requests: server.requests,
    put(pkg) {
      store.set(pkg.name, pkg);
      cache.delete(pkg.name);
    },
    setNow(ms) {
      now = ms;
    },
    putTarball(name, version, bytes) {
      tarballs.set(tarballPath(name, version), bytes);
      cache.delete(name);
    },
    tarballsServed: () => [...tarballsServed],
    served: () => ({
      abbreviated: [...served.abbreviated],
      full: [...served.full],
      notModified: [...served.notModified],
    }),
    setValidators(next) {
      validators = next;
    },
    reset() {
      server.reset();
      served.abbreviated.length = 0;
      served.full.length = 0;
      served.notModified.length = 0;
      tarballsServed.length = 0;
    },
  };
}

/**
 * RFC 9110 §13.2.2: `If-None-Match` decides when present (weak comparison,
 * a list or `*`); `If-Modified-Since` only without it, and only when the
 * document has a date to compare.
 */
function notModified(
  headers: IncomingHttpHeaders,
  current: { etag: string | undefined; lastModified: string | undefined },
): boolean {
  const match = headers['if-none-match'];
  if (typeof match === 'string') {
    if (!current.etag) return false;
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return match.trim() === '*' || match.split(',').some((t) => opaque(t) === opaque(current.etag!));
  }
  const since = headers['if-modified-since'];
  if (typeof since !== 'string' || !current.lastModified) return false;
  const at = Date.parse(since);
  // HTTP dates have whole seconds: a document modified later within the same second looks unchanged, as on any server.
  return !Number.isNaN(at) && Math.floor(Date.parse(current.lastModified) / 1000) * 1000 <= at;
}

/** The full and abbreviated documents of a package, as JSON text, and its `modified` time. */
export function documents(
  pkg: FakePackage,
  tarballOf: (version: string) => Uint8Array | undefined = () => undefined,
): { full: string; abbreviated: string; modified: string } {
  const entries = Object.entries(pkg.versions).sort((a, b) => Date.parse(a[1].published) - Date.parse(b[1].published));
  const live = entries.filter(([, v]) => !v.unpublished);
  const latest = live[live.length - 1]?.[0];
  const created = pkg.created ?? entries[0]?.[1].published ?? new Date(0).toISOString();
  const modified = entries[entries.length - 1]?.[1].published ?? created;
  const maintainer = { name: 'maintainer', email: 'maintainer@example.org' };
  const people = [...new Set(entries.flatMap(([, v]) => (v.user && !v.user.trustedPublisher ? [v.user.name] : [])))];
  const owners = (pkg.maintainers ?? (people.length ? people : [maintainer.name])).map((name) => ({
    name,
    email: `${name.replace(/\W+/g, '.')}@example.org`,
  }));
  const time: Record<string, string> = { created, modified };
  for (const [v, x] of entries) time[v] = x.published;

  const full: Record<string, unknown> = {
    _id: pkg.name,
    _rev: `${entries.length}-${hash(pkg.name).slice(0, 32)}`,
    name: pkg.name,
    description: `${pkg.name} test package`,
    'dist-tags': latest ? { latest } : {},
    versions: {},
    time,
    maintainers: owners,
    license: 'MIT',
    readme: 'x'.repeat(pkg.readmeChars ?? 200),
    readmeFilename: 'README.md',
  };
  const abbreviated: Record<string, unknown> = {
    name: pkg.name,
    modified,
    'dist-tags': latest ? { latest } : {},
    versions: {},
  };
  for (const [version, v] of live) {
    const file = pkg.name.startsWith('@') ? pkg.name.split('/')[1] : pkg.name;
    const dist: Record<string, unknown> = {
      ...distHashes(pkg.name, version, v, tarballOf(version)),
      tarball: v.tarball ?? `https://registry.npmjs.org/${pkg.name}/-/${file}-${version}.tgz`,
      fileCount: 12,
      unpackedSize: 48213,
      signatures: [
        { keyid: 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U', sig: `MEUCIQ${hash(version).slice(0, 40)}` },
      ],
      ...(v.provenance
        ? {
            attestations: {
              url: `https://registry.npmjs.org/-/npm/v1/attestations/${pkg.name}@${version}`,
              provenance: { predicateType: 'https://slsa.dev/provenance/v1' },
            },
          }
        : {}),
    };
    const scripts = v.scripts ?? {};
    const hasInstallScript = INSTALL_SCRIPTS.some((s) => s in scripts);
    (full.versions as Record<string, unknown>)[version] = {
      name: pkg.name,
      version,
      description: `${pkg.name} test package`,
      main: 'index.js',
      scripts,
      dependencies: v.dependencies ?? {},
      license: 'MIT',
      _id: `${pkg.name}@${version}`,
      _nodeVersion: '22.14.0',
      _npmVersion: '10.9.2',
      dist,
      _npmUser: v.user ?? maintainer,
      maintainers:
        v.maintainers?.map((name) => ({ name, email: `${name.replace(/\W+/g, '.')}@example.org` })) ?? owners,
      directories: {},
      _hasShrinkwrap: false,
    };
    (abbreviated.versions as Record<string, unknown>)[version] = {
      name: pkg.name,
      version,
      dependencies: v.dependencies ?? {},
      dist,
      ...(hasInstallScript ? { hasInstallScript: true } : {}),
      engines: { node: '>=18' },
    };
  }
  return { full: JSON.stringify(full), abbreviated: JSON.stringify(abbreviated), modified };
}

/** `/{name}/-/{basename}-{version}.tgz`, the path npm's registry serves a tarball at. */
export function tarballPath(name: string, version: string): string {
  return `/${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${version}.tgz`;
}

/**
 * The bytes a version stands for when a test gives none: its `name@version` text. Lockfiles that
 * tests write lock these bytes' hash (test/signals/lockfile-pairs.ts), as a package manager locks
 * the registry's.
 */
export function standInBytes(name: string, version: string): Uint8Array {
  return Buffer.from(`${name}@${version}`);
}

/** `dist.integrity` and `dist.shasum` of some bytes, as the registry publishes them. */
export function distOf(bytes: Uint8Array): { integrity: string; shasum: string } {
  return {
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    shasum: createHash('sha1').update(bytes).digest('hex'),
  };
}

/**
 * `dist.integrity` and `dist.shasum`: as the test gives them (a document out of step with the bytes served is a
 * test's choice), else of the tarball served, else of the stand-in bytes.
 */
function distHashes(name: string, version: string, v: FakeVersion, bytes: Uint8Array | undefined) {
  const computed = distOf(bytes ?? standInBytes(name, version));
  const sha1 = /(?:^|\s)sha1-([A-Za-z0-9+/=]+)/.exec(v.integrity ?? '')?.[1];
  return {
    integrity: v.integrity ?? computed.integrity,
    shasum:
      v.shasum ?? (sha1 ? Buffer.from(sha1, 'base64').toString('hex') : v.integrity ? undefined : computed.shasum),
  };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Packages for every registry version in these lockfiles, published long ago
 * by one maintainer with nothing notable: the registry of a test that is not
 * about registry signals (ordinary upgrades, no signal expected).
 */
export async function ordinaryPackages(
  files: string[],
  published = '2024-01-15T10:00:00.000Z',
): Promise<FakePackage[]> {
  const { readFileSync } = await import('node:fs');
  const { loadLockfile } = await import('../../src/lockfiles/index.js');
  const byName = new Map<string, FakePackage>();
  for (const file of files) {
    const lockfile = await loadLockfile(file, readFileSync(file, 'utf8'));
    for (const p of lockfile.packages) {
      if (p.source !== 'registry') continue;
      const pkg = byName.get(p.name) ?? { name: p.name, versions: {} };
      // The real registry's hash of the version is the one the real package manager wrote.
      const integrity = p.integrity && /^sha\d+-/.test(p.integrity) ? p.integrity : undefined;
      const shasum = /#([0-9a-f]{40})$/.exec(p.resolved ?? '')?.[1];
      pkg.versions[p.version] = { published, ...(integrity ? { integrity } : {}), ...(shasum ? { shasum } : {}) };
      byName.set(p.name, pkg);
    }
  }
  return [...byName.values()];
}
