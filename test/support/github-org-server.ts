/**
 * A real HTTP server on 127.0.0.1 that speaks the GitHub REST endpoints an
 * organisation scan reads, with GitHub's response shapes, `Link` paging and
 * primary rate-limit headers on every answer (via startScriptedServer, so
 * every request is recorded and faults can be armed per path):
 *
 * - GET /users/{owner}                               (`type`: Organization or User; 404 for an unknown owner)
 * - GET /orgs/{org}/repos?type=all&per_page&page     (paged, Link rel="next"/"last")
 * - GET /users/{user}/repos?type=owner&per_page&page (paged)
 * - GET /repos/{o}/{r}/branches/{branch}             (404 "Branch not found" for an empty repository)
 * - GET /repos/{o}/{r}/git/trees/{sha}[?recursive=1] (`truncated: true` past `truncateAt` entries, as GitHub
 *                                                     cuts a recursive listing of a very large tree)
 * - GET /repos/{o}/{r}/git/blobs/{sha}               (base64 content wrapped at 60 characters)
 * - GET /rate_limit                                  (does not count against the limit, as on GitHub)
 *
 * The primary rate limit: every counted request spends one of `remaining`;
 * at zero, requests answer 403 with `x-ratelimit-remaining: 0` and the reset
 * time, until the test calls `refill()` (the hour has passed). The clock is
 * the test's (`now`), so nothing here waits.
 */
import { createHash } from 'node:crypto';
import { startScriptedServer, type RecordedRequest, type RouteAnswer, type ScriptedServer } from './osv-server.js';

/** One repository of the stand-in. */
export interface FakeRepo {
  name: string;
  fork?: boolean;
  archived?: boolean;
  /** Default `main`. */
  defaultBranch?: string;
  /** The default branch's files (path → content); absent or `undefined`: an empty repository (no commit). */
  files?: Record<string, string | Uint8Array>;
  private?: boolean;
}

/** The primary rate limit as the stand-in keeps it. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Epoch seconds at which `remaining` is refilled (by `refill()`). */
  reset: number;
}

export interface GitHubOrgServer extends ScriptedServer {
  /** Adds repositories to the owner's list (in this order; GitHub lists by creation). */
  addRepos(repos: readonly FakeRepo[]): void;
  /** Sets the primary limit (what `x-ratelimit-*` says and when requests start answering 403). */
  setRateLimit(state: RateLimitState): void;
  readonly rateLimit: RateLimitState;
  /** The reset time has come: `remaining` back to `limit`, the next reset an hour later. */
  refill(): void;
  /**
   * Another consumer of the same token spends the rest of the limit after `n` more counted requests:
   * until then the headers say nothing of it, then `remaining` is 0.
   */
  exhaustAfter(n: number): void;
  /** Counted requests (everything but /rate_limit), as `METHOD /path`. */
  counted(): string[];
}

export interface OrgServerOptions {
  owner: string;
  /** `Organization` (default) or `User`. */
  ownerType?: 'Organization' | 'User';
  /** Repositories per listing page at most (GitHub: per_page up to 100). */
  maxPageSize?: number;
  /** A recursive tree listing with more entries than this is cut and marked `truncated` (default 100,000). */
  truncateAt?: number;
  /** The test's clock in ms (default Date.now). */
  now?: () => number;
}

interface GitObject {
  kind: 'tree' | 'blob';
  /** For a tree: entries by name. */
  entries?: Map<string, { mode: string; sha: string; kind: 'tree' | 'blob' }>;
  bytes?: Buffer;
}

interface StoredRepo extends FakeRepo {
  id: number;
  commit?: string;
  rootTree?: string;
}

const DOCS = 'https://docs.github.com/rest';

/** Start the fake GitHub API for one owner's repositories. */
export async function startGitHubOrgServer(options: OrgServerOptions): Promise<GitHubOrgServer> {
  const owner = options.owner;
  const now = options.now ?? Date.now;
  const truncateAt = options.truncateAt ?? 100_000;
  const maxPageSize = options.maxPageSize ?? 100;
  const repos: StoredRepo[] = [];
  const byName = new Map<string, StoredRepo>();
  const objects = new Map<string, GitObject>();
  const rate: RateLimitState = { limit: 5000, remaining: 5000, reset: Math.floor(now() / 1000) + 3600 };
  let base = '';
  let drainIn: number | undefined;

  const gitHash = (kind: string, bytes: Buffer): string =>
    createHash('sha1').update(`${kind} ${bytes.length}\0`).update(bytes).digest('hex');

  /** Stores the files as git blobs and trees; returns the root tree's sha. */
  function storeTree(files: Record<string, string | Uint8Array>): string {
    interface Dir {
      dirs: Map<string, Dir>;
      blobs: Map<string, Buffer>;
    }
    const root: Dir = { dirs: new Map(), blobs: new Map() };
    for (const [file, content] of Object.entries(files)) {
      const parts = file.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.dirs.get(part);
        if (!next) dir.dirs.set(part, (next = { dirs: new Map(), blobs: new Map() }));
        dir = next;
      }
      dir.blobs.set(parts[parts.length - 1]!, Buffer.from(content));
    }
    const write = (dir: Dir): string => {
      const entries = new Map<string, { mode: string; sha: string; kind: 'tree' | 'blob' }>();
      for (const [name, bytes] of dir.blobs) {
        const sha = gitHash('blob', bytes);
        objects.set(sha, { kind: 'blob', bytes });
        entries.set(name, { mode: '100644', sha, kind: 'blob' });
      }
      for (const [name, sub] of dir.dirs) entries.set(name, { mode: '040000', sha: write(sub), kind: 'tree' });
      const serial = Buffer.from(
        [...entries]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([n, e]) => `${e.mode} ${n} ${e.sha}`)
          .join('\n'),
      );
      const sha = gitHash('tree', serial);
      objects.set(sha, { kind: 'tree', entries });
      return sha;
    };
    return write(root);
  }

  const repoJson = (r: StoredRepo) => ({
    id: r.id,
    node_id: `R_kgDO${r.id}`,
    name: r.name,
    full_name: `${owner}/${r.name}`,
    private: r.private ?? false,
    owner: { login: owner, id: 9_000_001, type: options.ownerType ?? 'Organization' },
    html_url: `https://github.com/${owner}/${r.name}`,
    url: `${base}/repos/${owner}/${r.name}`,
    fork: r.fork ?? false,
    archived: r.archived ?? false,
    disabled: false,
    // GitHub says 0 KB for a repository without commits.
    size: r.commit ? 1 + Object.keys(r.files ?? {}).length : 0,
    default_branch: r.defaultBranch ?? 'main',
    pushed_at: '2026-11-30T12:00:00Z',
    visibility: r.private ? 'private' : 'public',
  });

  const notFound = (): RouteAnswer => ({
    status: 404,
    json: { message: 'Not Found', documentation_url: DOCS, status: '404' },
  });

  function page(items: unknown[], request: RecordedRequest): RouteAnswer {
    const query = new URL(request.url, 'http://x').searchParams;
    const size = Math.min(maxPageSize, Number(query.get('per_page') ?? 30) || 30);
    const number = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / size));
    const link = (p: number, rel: string) => {
      const next = new URL(`${base}${request.pathname}`);
      for (const [k, v] of query) next.searchParams.set(k, v);
      next.searchParams.set('page', String(p));
      return `<${next.href}>; rel="${rel}"`;
    };
    const links = [];
    if (number < last) links.push(link(number + 1, 'next'), link(last, 'last'));
    if (number > 1) links.push(link(1, 'first'), link(number - 1, 'prev'));
    return {
      status: 200,
      json: items.slice((number - 1) * size, number * size),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  function treeEntries(sha: string, recursive: boolean, prefix = ''): object[] {
    const tree = objects.get(sha);
    const out: object[] = [];
    for (const [name, entry] of [...(tree?.entries ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const path = prefix + name;
      const blob = entry.kind === 'blob' ? objects.get(entry.sha) : undefined;
      out.push({
        path,
        mode: entry.mode,
        type: entry.kind,
        sha: entry.sha,
        ...(blob ? { size: blob.bytes!.length } : {}),
        url: `${base}/repos/${owner}/x/git/${entry.kind}s/${entry.sha}`,
      });
      if (recursive && entry.kind === 'tree') out.push(...treeEntries(entry.sha, true, `${path}/`));
    }
    return out;
  }

  function route(request: RecordedRequest): RouteAnswer {
    if (request.method !== 'GET') return notFound();
    const p = request.pathname;
    let m: RegExpExecArray | null;
    if (p === `/users/${owner}`) {
      return { status: 200, json: { login: owner, id: 9_000_001, type: options.ownerType ?? 'Organization' } };
    }
    const listPath = options.ownerType === 'User' ? `/users/${owner}/repos` : `/orgs/${owner}/repos`;
    if (p === listPath) return page(repos.map(repoJson), request);
    if ((m = new RegExp(`^/repos/${owner}/([^/]+)/(.*)$`).exec(p))) {
      const repo = byName.get(decodeURIComponent(m[1]!));
      if (!repo) return notFound();
      const rest = m[2]!;
      let n: RegExpExecArray | null;
      if ((n = /^branches\/(.+)$/.exec(rest))) {
        if (!repo.commit || decodeURIComponent(n[1]!) !== (repo.defaultBranch ?? 'main'))
          return { status: 404, json: { message: 'Branch not found', documentation_url: DOCS, status: '404' } };
        return {
          status: 200,
          json: {
            name: repo.defaultBranch ?? 'main',
            commit: {
              sha: repo.commit,
              commit: {
                tree: { sha: repo.rootTree, url: `${base}/repos/${owner}/${repo.name}/git/trees/${repo.rootTree}` },
              },
            },
            protected: false,
          },
        };
      }
      if ((n = /^git\/trees\/([0-9a-f]{40})$/.exec(rest))) {
        const tree = objects.get(n[1]!);
        if (tree?.kind !== 'tree') return notFound();
        const recursive = new URL(request.url, 'http://x').searchParams.has('recursive');
        const all = treeEntries(n[1]!, recursive);
        const truncated = recursive && all.length > truncateAt;
        return {
          status: 200,
          json: {
            sha: n[1],
            url: `${base}/repos/${owner}/${repo.name}/git/trees/${n[1]}`,
            tree: truncated ? all.slice(0, truncateAt) : all,
            truncated,
          },
        };
      }
      if ((n = /^git\/blobs\/([0-9a-f]{40})$/.exec(rest))) {
        const blob = objects.get(n[1]!);
        if (blob?.kind !== 'blob') return notFound();
        return {
          status: 200,
          json: {
            sha: n[1],
            node_id: `B_${n[1]!.slice(0, 12)}`,
            size: blob.bytes!.length,
            url: `${base}/repos/${owner}/${repo.name}/git/blobs/${n[1]}`,
            content: (blob.bytes!.toString('base64').match(/.{1,60}/g) ?? []).join('\n'),
            encoding: 'base64',
          },
        };
      }
    }
    return notFound();
  }

  const server = await startScriptedServer((request) => {
    if (request.pathname === '/rate_limit') {
      const core = { ...rate, used: rate.limit - rate.remaining, resource: 'core' };
      return { status: 200, json: { resources: { core }, rate: core } };
    }
    const headers = (): Record<string, string> => ({
      'x-ratelimit-limit': String(rate.limit),
      'x-ratelimit-remaining': String(rate.remaining),
      'x-ratelimit-reset': String(rate.reset),
      'x-ratelimit-used': String(rate.limit - rate.remaining),
      'x-ratelimit-resource': 'core',
    });
    if (drainIn !== undefined && --drainIn <= 0) {
      rate.remaining = 0;
      drainIn = undefined;
    }
    if (rate.remaining <= 0) {
      return {
        status: 403,
        json: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
          status: '403',
        },
        headers: headers(),
      };
    }
    rate.remaining -= 1;
    const answer = route(request);
    return { ...answer, headers: { ...headers(), ...answer.headers } };
  });
  base = server.url;

  return {
    get url() {
      return server.url;
    },
    requests: server.requests,
    fault: server.fault,
    reset: server.reset,
    close: server.close,
    addRepos(list: readonly FakeRepo[]) {
      for (const repo of list) {
        const stored: StoredRepo = { ...repo, id: 100_000 + repos.length };
        if (repo.files) {
          stored.rootTree = storeTree(repo.files);
          stored.commit = createHash('sha1').update(`commit ${repo.name} ${stored.rootTree}`).digest('hex');
        }
        repos.push(stored);
        byName.set(repo.name, stored);
      }
    },
    setRateLimit(state: RateLimitState) {
      Object.assign(rate, state);
    },
    get rateLimit() {
      return { ...rate };
    },
    exhaustAfter(n: number) {
      drainIn = n + 1;
    },
    refill() {
      rate.remaining = rate.limit;
      rate.reset = Math.floor(now() / 1000) + 3600;
    },
    counted() {
      return server.requests.filter((r) => r.pathname !== '/rate_limit').map((r) => `${r.method} ${r.pathname}`);
    },
  };
}
