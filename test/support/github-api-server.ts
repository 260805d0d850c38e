/**
 * A real HTTP server on 127.0.0.1 that speaks the GitHub REST endpoints the
 * action calls, with the real response shapes, `Link` paging and recorded
 * requests (via startScriptedServer):
 *
 * - GET   /repos/{o}/{r}/pulls/{n}/files          (paged)
 * - GET   /repos/{o}/{r}/pulls/{n}                (its head sha, when the test set one or lists it open; else 404)
 * - GET   /repos/{o}/{r}/issues/{n}/comments      (paged)
 * - POST  /repos/{o}/{r}/issues/{n}/comments      (201; 403 when comment writes are denied)
 * - PATCH /repos/{o}/{r}/issues/comments/{id}     (200; 403 when denied)
 * - DELETE /repos/{o}/{r}/issues/comments/{id}    (204; 403 when denied or somebody else's)
 * - GET   /repos/{o}/{r}/git/trees/{sha}?recursive=1
 * - GET   /repos/{o}/{r}/contents/{path}?ref={sha} (raw media type, or JSON with base64 content)
 * - GET   /repos/{o}/{r}/git/blobs/{sha}           (JSON, base64 content wrapped at 60 characters)
 * - GET   /repos/{o}/{r}/pulls?state=open           (paged; `setOpenPulls`)
 * - GET   /repos/{o}/{r}/actions/runs/{id}          (`addRun`)
 * - GET   /repos/{o}/{r}/actions/runs/{id}/jobs     (`{total_count, jobs}`)
 * - POST  /repos/{o}/{r}/actions/jobs/{id}/rerun    (201; the job's run becomes queued; recorded in `reruns`)
 * - GET   /user                                    (403 for an installation token, as GitHub answers it)
 * - POST  /graphql  `query { viewer { login } }`   (the token's login, bot or user)
 *
 * Comments are written as the token's identity (`useIdentity`; default the
 * GITHUB_TOKEN's `github-actions[bot]`), and editing somebody else's comment
 * answers 403.
 * Anything else answers 404 as GitHub does.
 */
import { startScriptedServer, type RecordedRequest, type RouteAnswer, type ScriptedServer } from './osv-server.js';
import { createHash } from 'node:crypto';

/** A stored issue comment. */
export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
}

/** One file of a PR's file list. */
export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

/** A workflow run and its jobs, as the Actions API shows them. */
export interface FakeRun {
  id: number;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  jobs: { id: number; name: string; conclusion: 'success' | 'failure' | 'skipped' | null }[];
}

/** The fake API and its state. */
export interface GitHubApiServer extends ScriptedServer {
  /** Open pull requests the pulls list shows (number and head commit). */
  setOpenPulls(pulls: { number: number; headSha: string }[]): void;
  /** Adds a workflow run with its jobs. */
  addRun(run: FakeRun): void;
  /** Job ids re-run through POST /actions/jobs/{id}/rerun, in order. */
  readonly reruns: number[];
  readonly comments: StoredComment[];
  /** Sets the files a PR lists, and the head commit the PR is at (without one, `GET /pulls/{n}` answers 404). */
  setPullFiles(pullNumber: number, files: PullFile[], headSha?: string): void;
  /** Makes a commit's files readable through the trees and contents endpoints (`links`: files that are symbolic links). */
  addCommit(sha: string, files: Record<string, string | Uint8Array>, links?: readonly string[]): void;
  /** Answers comment creation and update with 403 "Resource not accessible by integration". */
  denyCommentWrites(deny: boolean): void;
  /** Requests other than the ones a test ignores, as `METHOD /path`. */
  calls(): string[];
  /**
   * Who the token is: an installation token (GITHUB_TOKEN or an app: `GET /user`
   * answers 403) or a user's token; comments are written under its login.
   */
  useIdentity(identity: TokenIdentity): void;
}

/** Who the token authenticates as. */
export interface TokenIdentity {
  kind: 'installation' | 'user';
  login: string;
}

const BOT = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  type: 'Bot',
  site_admin: false,
};

/** The git object id of a blob with this content (`blob <size>\0` + bytes, SHA-1), as GitHub lists it. */
export function gitSha(content: string | Uint8Array): string {
  const bytes = Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Start the fake GitHub REST API. */
export async function startGitHubApiServer(
  owner: string,
  repo: string,
  options: { pageSize?: number; latencyMs?: number } = {},
): Promise<GitHubApiServer> {
  const pageSize = options.pageSize ?? 100;
  const comments: StoredComment[] = [];
  const pullFiles = new Map<number, PullFile[]>();
  const pullHeads = new Map<number, string>();
  /** Per commit, the files that are symbolic links (their text is the target), listed with mode 120000. */
  const commitLinks = new Map<string, ReadonlySet<string>>();
  const commits = new Map<string, Record<string, string | Uint8Array>>();
  let deny = false;
  let identity: TokenIdentity = { kind: 'installation', login: BOT.login };
  let nextId = 1_000_000_001;
  let openPulls: { number: number; headSha: string }[] = [];
  const runs = new Map<number, FakeRun>();
  const reruns: number[] = [];
  const runJson = (r: FakeRun) => ({
    id: r.id,
    name: 'lockgate',
    head_sha: r.headSha,
    status: r.status,
    conclusion: r.conclusion,
    event: 'pull_request',
    run_attempt: 1,
    html_url: html(`/actions/runs/${r.id}`),
    url: api(`/actions/runs/${r.id}`),
  });
  let base = '';
  const prefix = `/repos/${owner}/${repo}`;

  const api = (path: string) => `${base}${prefix}${path}`;
  const html = (path: string) => `https://github.com/${owner}/${repo}${path}`;

  const commentJson = (c: StoredComment) => ({
    url: api(`/issues/comments/${c.id}`),
    html_url: html(`/pull/${c.issueNumber}#issuecomment-${c.id}`),
    issue_url: api(`/issues/${c.issueNumber}`),
    id: c.id,
    node_id: `IC_kwDO${c.id}`,
    user:
      c.login === BOT.login
        ? BOT
        : {
            login: c.login,
            id: 7_000_001,
            node_id: 'U_kgDOExample',
            type: c.login.endsWith('[bot]') ? 'Bot' : 'User',
            site_admin: false,
          },
    created_at: '2025-09-25T10:00:00Z',
    updated_at: '2025-09-25T10:00:00Z',
    author_association: 'NONE',
    body: c.body,
    reactions: { url: api(`/issues/comments/${c.id}/reactions`), total_count: 0 },
    performed_via_github_app: null,
  });

  const forbidden = (doc: string): RouteAnswer => ({
    status: 403,
    json: { message: 'Resource not accessible by integration', documentation_url: doc, status: '403' },
  });
  const notFound: RouteAnswer = {
    status: 404,
    json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  };

  const paged = (request: RecordedRequest, items: unknown[]): RouteAnswer => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), pageSize);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (p: number, rel: string) => {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(p));
      next.searchParams.set('per_page', String(perPage));
      links.push(`<${base}${next.pathname}${next.search}>; rel="${rel}"`);
    };
    if (page < last) {
      link(page + 1, 'next');
      link(last, 'last');
    }
    return {
      status: 200,
      json: items.slice((page - 1) * perPage, page * perPage),
      ...(links.length ? { headers: { link: links.join(', ') } } : {}),
    };
  };

  const route = (request: RecordedRequest): RouteAnswer => {
    const p = request.pathname;
    if (request.method === 'GET' && p === '/user') {
      if (identity.kind === 'installation')
        return forbidden('https://docs.github.com/rest/users/users#get-the-authenticated-user');
      return {
        status: 200,
        json: { login: identity.login, id: 7_000_001, node_id: 'U_kgDOExample', type: 'User', site_admin: false },
      };
    }
    if (request.method === 'POST' && p === '/graphql') {
      const query = (JSON.parse(request.body) as { query?: string }).query ?? '';
      if (!/viewer\s*\{\s*login\s*\}/.test(query))
        return { status: 200, json: { errors: [{ message: 'unsupported query in the fake' }] } };
      return { status: 200, json: { data: { viewer: { login: identity.login } } } };
    }
    if (!p.startsWith(`${prefix}/`)) return notFound;
    const rest = p.slice(prefix.length);
    let m: RegExpExecArray | null;
    if (request.method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const files = pullFiles.get(Number(m[1])) ?? [];
      return paged(
        request,
        files.map((f) => {
          const sha = createHash('sha1').update(f.filename).digest('hex');
          return {
            sha,
            filename: f.filename,
            status: f.status,
            additions: 1,
            deletions: 1,
            changes: 2,
            blob_url: html(`/blob/${sha}/${f.filename}`),
            raw_url: html(`/raw/${sha}/${f.filename}`),
            contents_url: api(`/contents/${f.filename}?ref=${sha}`),
            patch: '@@ -1 +1 @@\n-a\n+b',
            ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
          };
        }),
      );
    }
    if (request.method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const number = Number(m[1]);
      const sha = pullHeads.get(number) ?? openPulls.find((p) => p.number === number)?.headSha;
      if (sha === undefined) return notFound;
      return {
        status: 200,
        json: {
          url: api(`/pulls/${number}`),
          html_url: html(`/pull/${number}`),
          number,
          state: 'open',
          head: { label: `${owner}:pr`, ref: 'pr', sha },
          base: { label: `${owner}:main`, ref: 'main' },
          changed_files: pullFiles.get(number)?.length ?? 0,
        },
      };
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issueNumber = Number(m[1]);
      if (request.method === 'GET')
        return paged(request, comments.filter((c) => c.issueNumber === issueNumber).map(commentJson));
      if (request.method === 'POST') {
        if (deny) return forbidden('https://docs.github.com/rest/issues/comments#create-an-issue-comment');
        const body = (JSON.parse(request.body) as { body?: string }).body ?? '';
        const comment: StoredComment = { id: nextId++, issueNumber, body, login: identity.login };
        comments.push(comment);
        return { status: 201, json: commentJson(comment) };
      }
    }
    if (request.method === 'PATCH' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      if (deny) return forbidden('https://docs.github.com/rest/issues/comments#update-an-issue-comment');
      const comment = comments.find((c) => c.id === Number(m![1]));
      if (!comment) return notFound;
      // Only the author edits a comment (the token has no maintain rights here).
      if (comment.login !== identity.login)
        return forbidden('https://docs.github.com/rest/issues/comments#update-an-issue-comment');
      comment.body = (JSON.parse(request.body) as { body?: string }).body ?? comment.body;
      return { status: 200, json: commentJson(comment) };
    }
    if (request.method === 'DELETE' && (m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      if (deny) return forbidden('https://docs.github.com/rest/issues/comments#delete-an-issue-comment');
      const index = comments.findIndex((c) => c.id === Number(m![1]));
      if (index < 0) return notFound;
      if (comments[index]!.login !== identity.login)
        return forbidden('https://docs.github.com/rest/issues/comments#delete-an-issue-comment');
      comments.splice(index, 1);
      return { status: 204, text: '' };
    }
    if (request.method === 'GET' && rest === '/pulls') {
      const state = new URL(request.url, 'http://127.0.0.1').searchParams.get('state') ?? 'open';
      const pulls = state === 'closed' ? [] : openPulls;
      return paged(
        request,
        pulls.map((pr) => ({
          url: api(`/pulls/${pr.number}`),
          id: 2_000_000 + pr.number,
          number: pr.number,
          state: 'open',
          title: `PR ${pr.number}`,
          user: BOT,
          labels: [],
          head: { ref: `branch-${pr.number}`, sha: pr.headSha, label: `${owner}:branch-${pr.number}` },
          base: { ref: 'main', sha: 'b'.repeat(40), label: `${owner}:main` },
          html_url: html(`/pull/${pr.number}`),
        })),
      );
    }
    if (request.method === 'GET' && (m = /^\/actions\/runs\/(\d+)$/.exec(rest))) {
      const run = runs.get(Number(m[1]));
      return run ? { status: 200, json: runJson(run) } : notFound;
    }
    if (request.method === 'GET' && (m = /^\/actions\/runs\/(\d+)\/jobs$/.exec(rest))) {
      const run = runs.get(Number(m[1]));
      if (!run) return notFound;
      return {
        status: 200,
        json: {
          total_count: run.jobs.length,
          jobs: run.jobs.map((j) => ({
            id: j.id,
            run_id: run.id,
            name: j.name,
            head_sha: run.headSha,
            status: j.conclusion === null ? 'in_progress' : 'completed',
            conclusion: j.conclusion,
            html_url: html(`/actions/runs/${run.id}/job/${j.id}`),
          })),
        },
      };
    }
    if (request.method === 'POST' && (m = /^\/actions\/jobs\/(\d+)\/rerun$/.exec(rest))) {
      const id = Number(m[1]);
      const run = [...runs.values()].find((r) => r.jobs.some((j) => j.id === id));
      if (!run) return notFound;
      reruns.push(id);
      run.status = 'queued';
      run.conclusion = null;
      for (const j of run.jobs) if (j.id === id) j.conclusion = null;
      return { status: 201, json: {} };
    }
    if (request.method === 'GET' && (m = /^\/git\/trees\/([0-9a-f]+)$/.exec(rest))) {
      const files = commits.get(m[1]!);
      if (!files) return notFound;
      const dirs = new Set<string>();
      for (const file of Object.keys(files)) {
        const parts = file.split('/');
        for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
      }
      return {
        status: 200,
        json: {
          sha: m[1],
          url: api(`/git/trees/${m[1]}`),
          tree: [
            ...[...dirs].map((d) => ({
              path: d,
              mode: '040000',
              type: 'tree',
              sha: gitSha(d),
              url: api(`/git/trees/${gitSha(d)}`),
            })),
            ...Object.entries(files).map(([file, text]) => ({
              path: file,
              mode: commitLinks.get(m![1]!)?.has(file) ? '120000' : '100644',
              type: 'blob',
              sha: gitSha(text),
              size: typeof text === 'string' ? Buffer.byteLength(text) : text.length,
              url: api(`/git/blobs/${gitSha(text)}`),
            })),
          ],
          truncated: false,
        },
      };
    }
    if (request.method === 'GET' && rest.startsWith('/contents/')) {
      const file = rest.slice('/contents/'.length).split('/').map(decodeURIComponent).join('/');
      const ref = new URL(request.url, 'http://127.0.0.1').searchParams.get('ref') ?? '';
      const stored = commits.get(ref)?.[file];
      if (stored === undefined) return notFound;
      const text = typeof stored === 'string' ? stored : Buffer.from(stored).toString('utf8');
      // Octokit's `mediaType: { format: 'raw' }` asks for application/vnd.github.v3.raw.
      if (/application\/vnd\.github(?:\.v3)?\.raw/.test(String(request.headers.accept ?? ''))) {
        return { status: 200, text, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
      }
      return {
        status: 200,
        json: {
          type: 'file',
          encoding: 'base64',
          size: Buffer.byteLength(text),
          name: file.split('/').pop(),
          path: file,
          content: Buffer.from(text).toString('base64'),
          sha: gitSha(text),
        },
      };
    }
    if (request.method === 'GET' && (m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest))) {
      for (const files of commits.values()) {
        for (const content of Object.values(files)) {
          if (gitSha(content) !== m[1]) continue;
          const base64 = Buffer.from(content).toString('base64');
          return {
            status: 200,
            json: {
              sha: m[1],
              node_id: 'B_kwDOExample',
              size: Buffer.from(content).length,
              url: api(`/git/blobs/${m[1]}`),
              content: `${base64.replace(/.{60}/g, '$&\n')}\n`,
              encoding: 'base64',
            },
          };
        }
      }
      return notFound;
    }
    return notFound;
  };

  const server = await startScriptedServer(route, options.latencyMs ? { latencyMs: options.latencyMs } : {});
  base = server.url;
  return Object.assign(server, {
    comments,
    reruns,
    setOpenPulls(pulls: { number: number; headSha: string }[]) {
      openPulls = pulls;
    },
    addRun(run: FakeRun) {
      runs.set(run.id, run);
    },
    setPullFiles(pullNumber: number, files: PullFile[], headSha?: string) {
      pullFiles.set(pullNumber, files);
      if (headSha === undefined) pullHeads.delete(pullNumber);
      else pullHeads.set(pullNumber, headSha);
    },
    addCommit(sha: string, files: Record<string, string | Uint8Array>, links: readonly string[] = []) {
      commits.set(sha, files);
      commitLinks.set(sha, new Set(links));
    },
    denyCommentWrites(value: boolean) {
      deny = value;
    },
    calls() {
      return server.requests.map((r) => `${r.method} ${r.pathname}`);
    },
    useIdentity(value: TokenIdentity) {
      identity = value;
    },
  });
}
