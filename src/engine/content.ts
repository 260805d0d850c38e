/**
 * Package content beside the advisory lookups and the registry signals: for
 * every version a change adds or upgrades (the same targets as the registry
 * signals: registry packages from the registry lockgate reads), the tarball of
 * the new version and of the version it replaces come in through a
 * TarballSource (content/fetch.ts: the registry; or a directory, for the
 * offline demo), and the pure rules (content/rules.ts) say what the new code
 * adds. Versions an advisory already covers are read too: the responder then
 * sees the line that steals.
 *
 * A tarball that cannot be read is a `content-not-read` warning on that
 * version (and a headline message; an error with --require-live), never a
 * silent pass.
 */
import path from 'node:path';
import semver from 'semver';
import { message, type Message } from '../core/report.js';
import type { Signal } from '../core/signals.js';
import { isOwnCode, type LockedPackage, type Lockfile } from '../core/model.js';
import type { NotChecked } from '../core/report.js';
import { isHttpUrl } from '../core/source.js';
import { sourceContextOf } from '../match/origin-checks.js';
import { judgeSource, type SourcePolicy } from '../match/source-policy.js';
import { allowedBy } from '../signals/settings.js';
import { plain } from '../core/escape.js';
import {
  DirectoryTarballs,
  TarballClient,
  type ContentFetchStatus,
  type TarballRequest,
  type TarballResult,
  type TarballSource,
} from '../content/fetch.js';
import {
  contentSignals,
  DEFAULT_CONTENT_SETTINGS,
  type ContentConfig,
  type ContentResult,
  type ContentSettings,
} from '../content/rules.js';
import { DEFAULT_UNPACK_LIMITS } from '../content/unpack.js';
import { signalTargets } from '../signals/targets.js';
import type { AllowEntry } from '../signals/settings.js';
import type { RetryPolicy } from '../net/http.js';
import type { ComparedLockfile } from './compare.js';

export interface ContentRequest {
  source: TarballSource;
  settings: ContentSettings;
  /** The host of the registry read (lower case), for which packages count as from the registry. */
  registryHost?: string;
  /** The config's signals allow list: an allowed package is not read either. */
  allow: readonly AllowEntry[];
  /**
   * The source policy: a git or tarball-URL entry is read only from a source it
   * does not fail (the run sets it; absent: those entries are not read).
   */
  sourcePolicy?: SourcePolicy;
  /** The archive URL of a GitHub commit (default: codeload.github.com). */
  gitArchive?: (owner: string, repo: string, commit: string) => string;
}

/** Commit archives from a mirror of codeload.github.com (LOCKGATE_GIT_ARCHIVE_URL): `{base}/{owner}/{repo}/tar.gz/{commit}`. */
function archiveAt(base: string): NonNullable<ContentRequest['gitArchive']> {
  const root = base.replace(/\/+$/, '');
  return (owner, repo, commit) => `${root}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/tar.gz/${commit}`;
}

/** GitHub's archive of a commit: the repository's files under one top folder, as a gzipped tarball. */
const CODELOAD = (owner: string, repo: string, commit: string) =>
  `https://codeload.github.com/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/tar.gz/${commit}`;

export interface ContentOutcome {
  /** Content signals per compared lockfile path. */
  lockfiles: Map<string, Signal[]>;
  status: ContentFetchStatus;
  /** Versions whose new tarball could not be read, with the first reason. */
  unread: { count: number; reason?: string };
  /** Git and tarball-URL versions not read, and why, per compared lockfile path (beside the registry's not-checked list). */
  notRead: Map<string, NotChecked[]>;
}

/** What an entry point says about content (flags or inputs); the config file's `content` section completes it. */
export type ContentOptions =
  | {
      registryUrl: string;
      env: NodeJS.ProcessEnv;
      retry?: RetryPolicy;
      /** A directory for on-disk caches (`--cache-dir`): tarballs are kept in its `tarballs/` by integrity. */
      cacheDir?: string;
    }
  /** The offline demo: tarballs named `{basename}-{version}.tgz` in a directory, read through the same path. */
  | { directory: string };

export function createContentRequest(
  options: ContentOptions,
  config: ContentConfig | undefined,
  signals: { tokenEnv?: string; allow: readonly AllowEntry[] },
): ContentRequest {
  const limits = {
    ...DEFAULT_UNPACK_LIMITS,
    ...(config?.maxUnpackedBytes ? { maxUnpackedBytes: config.maxUnpackedBytes } : {}),
  };
  const settings: ContentSettings = {
    levels: config?.levels ?? DEFAULT_CONTENT_SETTINGS.levels,
    allowedEndpoints: config?.allowedEndpoints ?? [],
  };
  if ('directory' in options) {
    return { source: new DirectoryTarballs(options.directory, limits), settings, allow: signals.allow };
  }
  const token = signals.tokenEnv ? options.env[signals.tokenEnv] : undefined;
  return {
    source: new TarballClient({
      registryUrl: options.registryUrl,
      ...(token ? { token } : {}),
      // The proxy variables of the entry point's environment apply here as to the registry signals.
      retry: { proxyEnv: options.env, ...options.retry },
      limits,
      ...(options.cacheDir ? { cacheDir: path.join(options.cacheDir, 'tarballs') } : {}),
    }),
    settings,
    ...(hostOf(options.registryUrl) ? { registryHost: hostOf(options.registryUrl)! } : {}),
    allow: signals.allow,
    ...(options.env.LOCKGATE_GIT_ARCHIVE_URL ? { gitArchive: archiveAt(options.env.LOCKGATE_GIT_ARCHIVE_URL) } : {}),
  };
}

interface Job {
  path: string;
  name: string;
  version: string;
  line: number;
  after: TarballRequest;
  before?: TarballRequest & { version: string };
}

/** Content signals of every compared lockfile. Never throws. */
export async function packageContent(
  lockfiles: readonly ComparedLockfile[],
  request: ContentRequest,
): Promise<ContentOutcome> {
  const jobs: Job[] = [];
  const notRead = new Map<string, NotChecked[]>();
  for (const compared of lockfiles) {
    const direct = directJobs(compared, request);
    jobs.push(...direct.jobs);
    if (direct.notRead.length) notRead.set(compared.path, direct.notRead);
    const plan = signalTargets(compared, request.registryHost, request.allow);
    for (const t of plan.targets) {
      const after = entryOf(compared.head, t.name, t.version);
      const previous = t.newToLockfile ? undefined : replaced(t.replaces, t.version);
      const before = previous ? entryOf(compared.base, t.name, previous) : undefined;
      jobs.push({
        path: compared.path,
        name: t.name,
        version: t.version,
        line: t.line,
        after: tarballRequest(t.name, t.version, after),
        ...(previous ? { before: { ...tarballRequest(t.name, previous, before), version: previous } } : {}),
      });
    }
  }
  const requests = jobs.flatMap((j) => (j.before ? [j.after, j.before] : [j.after]));
  const results = requests.length ? await request.source.getAll(requests) : [];
  const byRequest = new Map<TarballRequest, TarballResult>(requests.map((r, i) => [r, results[i]!]));
  const judged = new Map<string, ContentResult[]>();
  const out = new Map<string, Signal[]>(lockfiles.map((l) => [l.path, []]));
  let unread = 0;
  let firstReason: string | undefined;
  for (const job of jobs) {
    const signals = out.get(job.path)!;
    const at = { name: job.name, version: job.version, line: job.line };
    const after = byRequest.get(job.after)!;
    if (!after.ok) {
      unread++;
      firstReason ??= after.reason;
      signals.push({ ...at, signal: 'content-not-read', level: 'warn', detail: `content ${after.reason}` });
      continue;
    }
    const before = job.before ? byRequest.get(job.before) : undefined;
    if (before && !before.ok) {
      signals.push({
        ...at,
        signal: 'content-not-compared',
        level: 'warn',
        detail: `the replaced version ${job.before!.version} was ${before.reason}; only the rules that need no comparison ran`,
      });
    }
    const key = `${job.before?.integrity ?? job.before?.url ?? job.before?.version ?? ''}\0${job.after.integrity ?? job.after.url ?? `${job.name}@${job.version}`}`;
    let results = judged.get(key);
    if (!results) {
      results = contentSignals(
        { ...(before?.ok ? { before: before.files } : {}), after: after.files },
        request.settings,
      );
      judged.set(key, results);
    }
    for (const r of results) {
      signals.push({ ...at, signal: r.signal, level: r.level, detail: r.detail, evidence: r.evidence });
    }
  }
  return {
    lockfiles: out,
    status: request.source.status(),
    unread: { count: unread, ...(firstReason ? { reason: firstReason } : {}) },
    notRead,
  };
}

/**
 * Git and tarball-URL versions a change adds, upgrades or repoints: read when
 * the source policy allows their source and the lockfile pins their bytes (an
 * integrity for a tarball, a commit for a git repository, fetched as GitHub's
 * archive of that commit); otherwise listed as not read, with the reason.
 */
function directJobs(compared: ComparedLockfile, request: ContentRequest): { jobs: Job[]; notRead: NotChecked[] } {
  const out = { jobs: [] as Job[], notRead: [] as NotChecked[] };
  const head = compared.head;
  if (!head || !request.sourcePolicy) return out;
  const context = sourceContextOf(
    { head, base: compared.base, changes: compared.changes, requested: compared.requested },
    false,
    request.sourcePolicy,
  );
  const archive = request.gitArchive ?? CODELOAD;
  for (const change of compared.changes) {
    if (change.kind === 'removed') continue;
    for (const version of change.to) {
      const pkg = head.packages.find(
        (p) => p.name === change.name && p.version === version && !isOwnCode(p) && p.source !== 'registry',
      );
      if (!pkg || pkg.source === 'patch' || allowedBy(pkg.name, request.allow)) continue;
      const verdict = judgeSource(pkg, context);
      const after =
        verdict?.level === 'fail'
          ? { reason: `its source ${verdict.from} is not one the source policy allows` }
          : directRequest(pkg, archive);
      if ('reason' in after) {
        out.notRead.push({ name: pkg.name, version, reason: `package content not read: ${after.reason}` });
        continue;
      }
      const previous = change.kind === 'changed' ? version : replaced(change.from, version);
      const old =
        previous === undefined
          ? undefined
          : compared.base?.packages.find((p) => p.name === pkg.name && p.version === previous && !isOwnCode(p));
      const before = !old
        ? undefined
        : old.source === 'registry'
          ? tarballRequest(old.name, old.version, old)
          : directRequest(old, archive);
      out.jobs.push({
        path: compared.path,
        name: pkg.name,
        version,
        line: pkg.line,
        after,
        ...(before && !('reason' in before) ? { before: { ...before, version: previous! } } : {}),
      });
    }
  }
  return out;
}

/** The download of a git or tarball-URL entry whose bytes the lockfile pins, or why there is none. */
function directRequest(
  pkg: LockedPackage,
  archive: NonNullable<ContentRequest['gitArchive']>,
): TarballRequest | { reason: string } {
  if (pkg.git) {
    const repo = /^github\.com\/([^/]+)\/([^/]+)$/.exec(pkg.git.repository);
    if (!pkg.git.commit)
      return { reason: `a git dependency from ${pkg.git.repository} whose reference pins no commit` };
    if (!repo)
      return { reason: `a git dependency from ${pkg.git.repository}: only GitHub's archives of a commit are read` };
    return { name: pkg.name, version: pkg.version, url: archive(repo[1]!, repo[2]!, pkg.git.commit) };
  }
  const integrity = pkg.integrity?.trim();
  if (pkg.url && isHttpUrl(pkg.url) && integrity && TARBALL_HASH.test(integrity))
    return { name: pkg.name, version: pkg.version, url: pkg.url, integrity };
  return {
    reason: pkg.url
      ? `a tarball from ${pkg.host ?? 'its host'} without an integrity to verify it by`
      : `a ${pkg.source} dependency`,
  };
}

/** The headline message of a run with unread tarballs: a warning, or an error when live data is required. */
export function contentMessages(outcome: ContentOutcome, requireLive: boolean): Message[] {
  const { count, reason } = outcome.unread;
  if (!count) return [];
  const what = `${count} new version${count === 1 ? '' : 's'} (${plain(reason ?? 'no reason given', 200).replace(/\.$/, '')})`;
  return [
    requireLive
      ? message('error', `Package content was not read for ${what}.`)
      : message(
          'warning',
          `Package content was not read for ${what}; the advisory check and registry signals are complete.`,
        ),
  ];
}

/** The version a new one replaces: the highest of `from` below it, else the highest of `from`. */
function replaced(from: readonly string[], version: string): string | undefined {
  const valid = from.filter((v) => semver.valid(v));
  const below = valid.filter((v) => semver.lt(v, version));
  const pick = (list: string[]) => [...list].sort(semver.rcompare)[0];
  return pick(below) ?? pick(valid) ?? from[0];
}

function entryOf(lockfile: Lockfile | undefined, name: string, version: string): LockedPackage | undefined {
  return lockfile?.packages.find((p) => p.name === name && p.version === version && p.source === 'registry');
}

/** SRI (`sha512-…`) or a sha1 hex: a hash of the tarball. Berry's `checksum` hashes its zip cache instead. */
const TARBALL_HASH = /^(?:(?:sha1|sha256|sha384|sha512)-[A-Za-z0-9+/=]+\s*)+$|^[0-9a-f]{40}$/i;

function tarballRequest(name: string, version: string, entry: LockedPackage | undefined): TarballRequest {
  const integrity = entry?.integrity?.trim();
  return { name, version, ...(integrity && TARBALL_HASH.test(integrity) ? { integrity } : {}) };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}
