/**
 * `lockgate org <owner>`: where in an organisation is a flagged version locked?
 * (src/org/ holds the whole subcommand: this orchestration, the GitHub calls
 * and their rate gate, the API-backed tree, the resumable state, the report
 * model and its renderers.)
 *
 *   list the owner's repositories (or take the named ones) → skip forks and
 *   archived ones, keep this shard's part → for each, with bounded
 *   concurrency: the default branch's commit → its file list (trees API) →
 *   the engine's compareTrees against an empty base, so every locked version
 *   is checked (blobs API for the lockfiles) → checkComparison with the
 *   advisory sources, created once for the whole scan → one result per
 *   repository, appended to the state file → the report.
 *
 * The engine, the readers and the matcher are the ones a pull request check
 * uses; only the tree the files come from differs. A rate limit that resets
 * later than the scan may wait stops it: finished repositories stay in the
 * state file, the rest are reported pending, and the report is not complete.
 */
import type { AdvisorySource } from '../advisories/types.js';
import type { OsvRecord, PackageQuery, SourceStatus } from '../core/osv.js';
import { message, type Message } from '../core/report.js';
import { errorSentence } from '../core/errors.js';
import { compareTrees } from '../engine/compare.js';
import { checkComparison } from '../engine/lookup.js';
import { EmptyTree } from '../inputs/trees.js';
import type { WorkflowSecrets } from '../core/guidance-types.js';
import { workflowSecrets, MAX_WORKFLOWS } from '../inputs/workflows.js';
import { mapLimit } from '../net/http.js';
import type { OrgApi, RepoInfo } from './github.js';
import { RateLimitStop } from './rate-gate.js';
import { onlyAdvisory, repoResult, type OrgQuery, type OrgReport, type RepoResult, type SkipReason } from './report.js';
import type { ScanState } from './state.js';
import { ApiTree } from './tree.js';

export interface OrgScanRequest {
  owner: string;
  query: OrgQuery;
  api: OrgApi;
  sources: readonly AdvisorySource[];
  /** Sources whose failure degrades with a warning (unless requireLive). */
  liveSources: ReadonlySet<string>;
  requireLive: boolean;
  /** Repositories scanned at once (default 4). */
  concurrency?: number;
  state?: ScanState;
  /** Told after each repository and at each rate-limit wait. */
  progress?: (progress: OrgProgress) => void;
}

export interface OrgProgress {
  done: number;
  total: number;
  flagged: number;
  errors: number;
  requests: number;
  /** Requests left in the rate limit, as GitHub last said. */
  remaining?: number;
}

/** Run the scan. Throws only for what ends it before any repository (no listing, a bad state file). */
export async function scanOrg(request: OrgScanRequest): Promise<OrgReport> {
  const { api, query } = request;
  const messages: Message[] = [];
  const listed = await chooseRepositories(request);
  const inScope = query.shard ? listed.filter((r) => inShard(r.name, query.shard!)) : listed;
  const skipped: { repo: string; reason: SkipReason }[] = [];
  const toScan: RepoInfo[] = [];
  for (const repo of inScope) {
    if (repo.fork && !query.includeForks) skipped.push({ repo: repo.fullName, reason: 'fork' });
    else if (repo.archived && !query.includeArchived) skipped.push({ repo: repo.fullName, reason: 'archived' });
    else toScan.push(repo);
  }
  const results = new Map<string, RepoResult>();
  for (const repo of toScan) {
    const done = request.state?.done.get(repo.fullName);
    if (done) results.set(repo.fullName, done);
  }
  const sources = request.sources.map((s) => new CachedSource(s));
  const progress = (): void =>
    request.progress?.({
      done: results.size,
      total: toScan.length,
      flagged: [...results.values()].filter((r) => r.status === 'flagged').length,
      errors: [...results.values()].filter((r) => r.status === 'error').length,
      requests: api.gate.requests,
      ...(api.gate.remaining !== undefined ? { remaining: api.gate.remaining } : {}),
    });
  let statuses: SourceStatus[] = request.sources.map((s) => s.status());

  await mapLimit(
    toScan.filter((r) => !results.has(r.fullName)),
    Math.max(1, Math.min(16, request.concurrency ?? 4)),
    async (repo) => {
      if (api.gate.stopped) return;
      const scanned = await scanRepository(repo, request, sources);
      // A repository the stop cut into is not finished: it stays pending for the next run.
      if (!scanned) return;
      const result = query.advisory ? onlyAdvisory(scanned.result, query.advisory) : scanned.result;
      results.set(repo.fullName, result);
      if (scanned.statuses.length) statuses = scanned.statuses;
      await request.state?.add(result);
      progress();
    },
  );

  const stop = api.gate.stopped;
  const pending = toScan.filter((r) => !results.has(r.fullName)).map((r) => r.fullName);
  if (stop) {
    messages.push(
      message(
        'error',
        `The scan stopped before ${pending.length} of ${toScan.length} repositories: ${stop.message}. Run the same command again after that${request.state ? ` (it resumes from ${request.state.file})` : ' with --state to resume'}.`,
      ),
    );
  }
  const repositories = [...results.values()].sort((a, b) => (a.repo < b.repo ? -1 : 1));
  return {
    version: 1,
    kind: 'org-scan',
    owner: request.owner,
    complete: !stop && pending.length === 0,
    query,
    listed: inScope.length,
    repositories,
    skipped,
    pending,
    sources: statuses,
    messages,
    requests: api.gate.requests,
  };
}

/** The owner's repositories, or the ones named (looked up in the listing, so a typo is an error). */
async function chooseRepositories(request: OrgScanRequest): Promise<RepoInfo[]> {
  const all = await request.api.repositories(request.owner);
  if (!request.query.repos.length) return all;
  const byName = new Map(all.map((r) => [r.name.toLowerCase(), r]));
  const chosen: RepoInfo[] = [];
  for (const name of request.query.repos) {
    const repo = byName.get(name.toLowerCase());
    if (!repo)
      throw new Error(
        `${request.owner} has no repository named ${JSON.stringify(name.slice(0, 100))} that the token can see.`,
      );
    chosen.push(repo);
  }
  return chosen;
}

/**
 * Is `name` in shard `k/n`? By a hash of the name, not its place in the list:
 * a repository created while the matrix jobs list them moves no other one.
 */
export function inShard(name: string, shard: string): boolean {
  const [k, n] = shard.split('/').map(Number) as [number, number];
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(name.toLowerCase())) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return (hash % n) + 1 === k;
}

/** One repository, or undefined when the rate-limit stop cut into it. */
async function scanRepository(
  repo: RepoInfo,
  request: OrgScanRequest,
  sources: readonly AdvisorySource[],
): Promise<{ result: RepoResult; statuses: SourceStatus[] } | undefined> {
  const { api } = request;
  const base = { repo: repo.fullName, url: repo.htmlUrl, branch: repo.defaultBranch };
  try {
    const head = await api.branchHead(repo);
    if (head === 'empty') {
      return {
        result: {
          ...base,
          status: 'empty',
          lockfiles: [],
          messages: [message('note', 'The repository has no commits.')],
        },
        statuses: [],
      };
    }
    const tree = new ApiTree(api, repo, head.commit, await api.listing(repo, head.tree));
    const comparison = await compareTrees(tree, new EmptyTree());
    // Nothing is being changed: every locked version is simply there (`present`), and the guidance says so.
    for (const lockfile of comparison.lockfiles) lockfile.changes = [];
    if (tree.interrupted || api.gate.stopped) return undefined;
    const report = await checkComparison(comparison, sources, {
      all: true,
      requireLive: request.requireLive,
      liveSources: request.liveSources,
      workflows: () => treeWorkflows(tree),
    });
    if (tree.interrupted) return undefined;
    const sizes = new Map(comparison.lockfiles.map((l) => [l.path, l.head?.packages.length ?? 0]));
    return {
      result: repoResult({ ...base, commit: head.commit }, report, (p) => sizes.get(p) ?? 0),
      statuses: report.sources,
    };
  } catch (error) {
    if (error instanceof RateLimitStop) return undefined;
    return {
      result: { ...base, status: 'error', lockfiles: [], messages: [message('error', errorSentence(error))] },
      statuses: [],
    };
  }
}

/** The workflows of the repository's default branch, for the rotation plan (read only when something is flagged). */
async function treeWorkflows(tree: ApiTree): Promise<WorkflowSecrets[]> {
  const files = (await tree.listFiles((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f))).slice(0, MAX_WORKFLOWS);
  const out: WorkflowSecrets[] = [];
  for (const file of files) {
    try {
      out.push(workflowSecrets(file, (await tree.read(file)) ?? ''));
    } catch (error) {
      if (error instanceof RateLimitStop) throw error;
      out.push({
        path: file,
        installsDependencies: false,
        installs: [],
        secrets: [],
        notes: [],
        error: errorSentence(error),
      });
    }
  }
  return out;
}

/**
 * An advisory source asked once per version for the whole scan: five hundred
 * repositories locking the same popular packages cost one lookup each.
 */
class CachedSource implements AdvisorySource {
  private readonly answers = new Map<string, OsvRecord[]>();

  constructor(private readonly source: AdvisorySource) {}

  get name(): string {
    return this.source.name;
  }

  async lookup(packages: readonly PackageQuery[]): Promise<OsvRecord[]> {
    const key = (p: PackageQuery) => `${p.name}@${p.version}`;
    const missing = packages.filter((p) => !this.answers.has(key(p)));
    if (missing.length) {
      const records = await this.source.lookup(missing);
      // By lower-cased name: a list entry may spell a name in another case (the matcher decides).
      const byName = new Map<string, OsvRecord[]>();
      for (const record of records) {
        const names = (record.affected ?? []).map((a) => a.package?.name?.toLowerCase());
        for (const name of new Set(names.filter((n): n is string => !!n)))
          byName.set(name, [...(byName.get(name) ?? []), record]);
      }
      for (const p of missing) this.answers.set(key(p), byName.get(p.name.toLowerCase()) ?? []);
    }
    return [...new Set(packages.flatMap((p) => this.answers.get(key(p)) ?? []))];
  }

  status(): SourceStatus {
    return this.source.status();
  }
}
