/**
 * The GitHub REST calls of an organisation scan, made through the shared HTTP
 * layer (net/http.ts: timeouts, retries of 5xx and resets, proxies) and the
 * scan's RateGate (rate-gate.ts), and checked for shape where they enter:
 *
 *   GET /users/{owner}                        Organization or User
 *   GET /orgs/{org}/repos, /users/{u}/repos   every repository, paged by `Link`
 *   GET /repos/{o}/{r}/branches/{branch}      the default branch's commit and tree
 *   GET /repos/{o}/{r}/git/trees/{sha}        the file list (recursive; walked level by
 *                                             level when GitHub truncates it)
 *   GET /repos/{o}/{r}/git/blobs/{sha}        a file's bytes (base64)
 *   GET /rate_limit                           when a request is rate-limited: primary or secondary
 *
 * Nothing is cloned. The token goes only to the API's own origin (the `Link`
 * of a page must stay on it) and is never part of an error.
 */
import { HttpRequestError, requestJson, type JsonResponse, type RetryPolicy } from '../net/http.js';
import { plain } from '../core/escape.js';
import { isRecord } from '../core/guards.js';
import type { RateGate } from './rate-gate.js';

/** One repository as the listing shows it. */
export interface RepoInfo {
  /** `name` only; the owner is the scan's. */
  name: string;
  fullName: string;
  htmlUrl: string;
  defaultBranch: string;
  fork: boolean;
  archived: boolean;
  /** KB as GitHub counts them; 0 for a repository without commits. */
  size: number;
}

/** A file of a listing. */
export interface ListedFile {
  sha: string;
  size?: number;
  /** A symbolic link (mode 120000): its blob is the target's path, not the file. */
  link: boolean;
}

export interface OrgApiOptions {
  /** The API root (https://api.github.com, or GHES's https://host/api/v3), no trailing slash. */
  apiUrl: string;
  token?: string;
  gate: RateGate;
  /** Per-request timeout and proxy environment for net/http. */
  retry?: RetryPolicy;
}

/** Most repositories listed (1,000 pages of 100). */
const MAX_PAGES = 1000;
/** Most tree requests for one repository whose recursive listing GitHub truncated. */
export const MAX_TREE_REQUESTS = 2000;
/** Most rate-limited answers one request waits through before it fails. */
const MAX_LIMITED = 10;
/** Directories never walked when a listing has to be walked level by level. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export class OrgApi {
  private readonly origin: string;

  constructor(private readonly options: OrgApiOptions) {
    this.origin = new URL(options.apiUrl).origin;
  }

  get gate(): RateGate {
    return this.options.gate;
  }

  /** `Organization` or `User`. */
  async ownerType(owner: string): Promise<'Organization' | 'User'> {
    const { data } = await this.get(`/users/${encodeURIComponent(owner)}`);
    const type = isRecord(data) ? data.type : undefined;
    if (type !== 'Organization' && type !== 'User')
      throw new Error(`GET /users/${plain(owner, 100)} answered without a type of Organization or User.`);
    return type;
  }

  /** Every repository of the owner, in the order GitHub lists them. */
  async repositories(owner: string): Promise<RepoInfo[]> {
    const type = await this.ownerType(owner);
    const what =
      type === 'Organization'
        ? `/orgs/${encodeURIComponent(owner)}/repos?type=all`
        : `/users/${encodeURIComponent(owner)}/repos?type=owner`;
    const repos: RepoInfo[] = [];
    let url: string | undefined = `${this.options.apiUrl}${what}&per_page=100`;
    for (let page = 1; url; page++) {
      if (page > MAX_PAGES)
        throw new Error(
          `${owner} lists more than ${MAX_PAGES * 100} repositories; name them with --repo or --repos-file.`,
        );
      const response = await this.getUrl(url);
      if (!Array.isArray(response.data))
        throw new Error(
          `Page ${page} of ${plain(owner, 100)}'s repositories is not a list (GitHub answered ${describeShape(response.data)}).`,
        );
      for (const item of response.data) repos.push(repoInfo(item, owner, page));
      url = this.nextPage(response.headers, page);
    }
    return repos;
  }

  /** The default branch's commit and root tree, or `empty` for a repository without commits. */
  async branchHead(repo: RepoInfo): Promise<{ commit: string; tree: string } | 'empty'> {
    const path = `/repos/${repo.fullName}/branches/${repo.defaultBranch.split('/').map(encodeURIComponent).join('/')}`;
    let data: unknown;
    try {
      ({ data } = await this.get(path));
    } catch (error) {
      // GitHub lists an empty repository with its default branch and size 0, and has no such branch.
      if (error instanceof HttpRequestError && error.status === 404 && repo.size === 0) return 'empty';
      throw error;
    }
    const commit = isRecord(data) && isRecord(data.commit) ? data.commit : undefined;
    const tree = commit && isRecord(commit.commit) && isRecord(commit.commit.tree) ? commit.commit.tree.sha : undefined;
    if (typeof commit?.sha !== 'string' || !isSha(commit.sha) || typeof tree !== 'string' || !isSha(tree))
      throw new Error(`${repo.fullName}: GET ${path} answered without the branch's commit and tree.`);
    return { commit: commit.sha, tree };
  }

  /**
   * Every file of the tree (path → blob), skipping node_modules. One recursive
   * request; when GitHub truncates it (very large repositories), the tree is
   * walked one directory per request, at most MAX_TREE_REQUESTS.
   */
  async listing(repo: RepoInfo, treeSha: string): Promise<Map<string, ListedFile>> {
    const first = await this.tree(repo, treeSha, true);
    const files = new Map<string, ListedFile>();
    if (!first.truncated) {
      for (const entry of first.entries) if (entry.type === 'blob') files.set(entry.path, fileOf(entry));
      return files;
    }
    const pending: { sha: string; prefix: string }[] = [{ sha: treeSha, prefix: '' }];
    for (let requests = 0; pending.length; requests++) {
      if (requests >= MAX_TREE_REQUESTS)
        throw new Error(
          `${repo.fullName}: the tree has more than ${MAX_TREE_REQUESTS} directories to walk; name the lockfiles' repository in a scan of its own with a checkout.`,
        );
      const { sha, prefix } = pending.shift()!;
      const level = await this.tree(repo, sha, false);
      if (level.truncated)
        throw new Error(
          `${repo.fullName}: the directory ${plain(prefix || '/', 200)} has more entries than GitHub lists.`,
        );
      for (const entry of level.entries) {
        const path = prefix + entry.path;
        if (entry.type === 'tree' && !SKIPPED_DIRS.has(entry.path))
          pending.push({ sha: entry.sha, prefix: `${path}/` });
        else if (entry.type === 'blob') files.set(path, fileOf(entry));
      }
    }
    return files;
  }

  /** A blob's bytes. */
  async blob(repo: RepoInfo, sha: string): Promise<Uint8Array> {
    const path = `/repos/${repo.fullName}/git/blobs/${sha}`;
    const { data } = await this.get(path);
    if (!isRecord(data) || data.encoding !== 'base64' || typeof data.content !== 'string')
      throw new Error(`${repo.fullName}: GET ${path} answered without base64 content.`);
    return Buffer.from(data.content, 'base64');
  }

  private async tree(
    repo: RepoInfo,
    sha: string,
    recursive: boolean,
  ): Promise<{ entries: TreeEntry[]; truncated: boolean }> {
    const path = `/repos/${repo.fullName}/git/trees/${sha}${recursive ? '?recursive=1' : ''}`;
    const { data } = await this.get(path);
    if (!isRecord(data) || !Array.isArray(data.tree))
      throw new Error(`${repo.fullName}: GET ${path} answered without a tree (${describeShape(data)}).`);
    const entries: TreeEntry[] = [];
    for (const item of data.tree) {
      if (
        !isRecord(item) ||
        typeof item.path !== 'string' ||
        typeof item.type !== 'string' ||
        typeof item.sha !== 'string'
      )
        throw new Error(`${repo.fullName}: GET ${path} listed an entry without a path, type and sha.`);
      if (item.path.split('/').includes('node_modules')) continue;
      entries.push({
        path: item.path,
        type: item.type,
        sha: item.sha,
        mode: typeof item.mode === 'string' ? item.mode : '',
        ...(typeof item.size === 'number' ? { size: item.size } : {}),
      });
    }
    return { entries, truncated: data.truncated === true };
  }

  /** The next page's URL from `Link`, only on the API's own origin (the token goes with it). */
  private nextPage(headers: Headers, page: number): string | undefined {
    const link = headers.get('link') ?? '';
    const next = /<([^>]+)>\s*;\s*rel="next"/.exec(link)?.[1];
    if (!next) return undefined;
    if (new URL(next, this.options.apiUrl).origin !== this.origin)
      throw new Error(
        `Page ${page} of the repository list links its next page to another host; lockgate does not send the token there.`,
      );
    return new URL(next, this.options.apiUrl).href;
  }

  private get(path: string): Promise<JsonResponse> {
    return this.getUrl(`${this.options.apiUrl}${path}`);
  }

  /** One GET through the gate, waiting out rate limits as the gate decides. */
  private async getUrl(url: string): Promise<JsonResponse> {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
    };
    for (let limited = 0; ; limited++) {
      await this.gate.enter();
      try {
        // Short waits (a Retry-After of a few seconds, 5xx backoff) stay inside net/http; longer ones are the gate's.
        const response = await requestJson({ url, headers }, { maxTotalWaitMs: 5_000, ...this.options.retry });
        this.gate.observe(response.headers);
        return response;
      } catch (error) {
        if (!(error instanceof HttpRequestError) || error.kind !== 'rate-limit' || limited >= MAX_LIMITED) throw error;
        this.gate.limited(await this.whyLimited(headers, error));
      }
    }
  }

  /** Primary or secondary? GitHub's `GET /rate_limit` (which costs nothing) says whether requests are left. */
  private async whyLimited(
    headers: Record<string, string>,
    error: HttpRequestError,
  ): Promise<{ primaryReset?: number; retryAfterMs?: number }> {
    const retryAfterMs = error.retryAfterMs;
    try {
      const { data } = await requestJson(
        { url: `${this.options.apiUrl}/rate_limit`, headers },
        { maxAttempts: 1, ...this.options.retry },
      );
      const core =
        isRecord(data) && isRecord(data.resources) && isRecord(data.resources.core) ? data.resources.core : undefined;
      if (core && core.remaining === 0 && typeof core.reset === 'number') return { primaryReset: core.reset };
    } catch {
      // GitHub Enterprise Server without rate limiting answers 404: treat it as a secondary limit.
    }
    return retryAfterMs !== undefined ? { retryAfterMs } : {};
  }
}

interface TreeEntry {
  path: string;
  type: string;
  sha: string;
  mode: string;
  size?: number;
}

function fileOf(entry: TreeEntry): ListedFile {
  return { sha: entry.sha, link: entry.mode === '120000', ...(entry.size !== undefined ? { size: entry.size } : {}) };
}

function repoInfo(item: unknown, owner: string, page: number): RepoInfo {
  if (!isRecord(item) || typeof item.name !== 'string' || typeof item.default_branch !== 'string')
    throw new Error(
      `Page ${page} of ${plain(owner, 100)}'s repositories has an entry without a name and default branch.`,
    );
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(item.name))
    throw new Error(
      `Page ${page} of ${plain(owner, 100)}'s repositories names a repository ${JSON.stringify(plain(item.name, 100))} that GitHub would not allow.`,
    );
  return {
    name: item.name,
    fullName: `${owner}/${item.name}`,
    htmlUrl: typeof item.html_url === 'string' ? item.html_url : `https://github.com/${owner}/${item.name}`,
    defaultBranch: item.default_branch,
    fork: item.fork === true,
    archived: item.archived === true,
    size: typeof item.size === 'number' ? item.size : -1,
  };
}

function isSha(value: string): boolean {
  return /^[0-9a-f]{40}$/.test(value);
}

function describeShape(data: unknown): string {
  if (Array.isArray(data)) return 'a list';
  if (data === null) return 'null';
  return typeof data === 'object' ? 'an object' : typeof data;
}
