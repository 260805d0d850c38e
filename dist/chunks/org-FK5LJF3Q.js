import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  MAX_WORKFLOWS,
  workflowSecrets
} from "./chunk-RLA2M7T3.js";
import {
  EmptyTree,
  HttpRequestError,
  LocalSource,
  checkComparison,
  compareTrees,
  countOf,
  createSources,
  incidentPlan,
  listEntryRecord,
  lockgateVersion,
  mapLimit,
  message,
  parseDuration,
  parseIncidentList,
  renderSarif,
  requestJson,
  thousands
} from "./chunk-F4BCUNK6.js";
import "./chunk-LHOIBBIU.js";
import "./chunk-ZVYVRW72.js";
import "./chunk-ZGRLDC5Z.js";
import "./chunk-46RT45P2.js";
import {
  LockgateError,
  MAX_LOCKFILE_BYTES,
  errorSentence
} from "./chunk-PCST67PE.js";
import {
  isRecord
} from "./chunk-3GP7XQVC.js";
import {
  md,
  mdCode,
  mdLink,
  mdProse,
  plain
} from "./chunk-UNWV5ZLC.js";
import "./chunk-7FTKMFDC.js";

// src/entry/org.ts
import { readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import path from "node:path";

// src/org/github.ts
var MAX_PAGES = 1e3;
var MAX_TREE_REQUESTS = 2e3;
var MAX_LIMITED = 10;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var OrgApi = class {
  constructor(options) {
    this.options = options;
    this.origin = new URL(options.apiUrl).origin;
  }
  options;
  origin;
  get gate() {
    return this.options.gate;
  }
  /** `Organization` or `User`. */
  async ownerType(owner) {
    const { data } = await this.get(`/users/${encodeURIComponent(owner)}`);
    const type = isRecord(data) ? data.type : void 0;
    if (type !== "Organization" && type !== "User")
      throw new Error(`GET /users/${plain(owner, 100)} answered without a type of Organization or User.`);
    return type;
  }
  /** Every repository of the owner, in the order GitHub lists them. */
  async repositories(owner) {
    const type = await this.ownerType(owner);
    const what = type === "Organization" ? `/orgs/${encodeURIComponent(owner)}/repos?type=all` : `/users/${encodeURIComponent(owner)}/repos?type=owner`;
    const repos = [];
    let url = `${this.options.apiUrl}${what}&per_page=100`;
    for (let page = 1; url; page++) {
      if (page > MAX_PAGES)
        throw new Error(
          `${owner} lists more than ${MAX_PAGES * 100} repositories; name them with --repo or --repos-file.`
        );
      const response = await this.getUrl(url);
      if (!Array.isArray(response.data))
        throw new Error(
          `Page ${page} of ${plain(owner, 100)}'s repositories is not a list (GitHub answered ${describeShape(response.data)}).`
        );
      for (const item of response.data) repos.push(repoInfo(item, owner, page));
      url = this.nextPage(response.headers, page);
    }
    return repos;
  }
  /** The default branch's commit and root tree, or `empty` for a repository without commits. */
  async branchHead(repo) {
    const path2 = `/repos/${repo.fullName}/branches/${repo.defaultBranch.split("/").map(encodeURIComponent).join("/")}`;
    let data;
    try {
      ({ data } = await this.get(path2));
    } catch (error) {
      if (error instanceof HttpRequestError && error.status === 404 && repo.size === 0) return "empty";
      throw error;
    }
    const commit = isRecord(data) && isRecord(data.commit) ? data.commit : void 0;
    const tree = commit && isRecord(commit.commit) && isRecord(commit.commit.tree) ? commit.commit.tree.sha : void 0;
    if (typeof commit?.sha !== "string" || !isSha(commit.sha) || typeof tree !== "string" || !isSha(tree))
      throw new Error(`${repo.fullName}: GET ${path2} answered without the branch's commit and tree.`);
    return { commit: commit.sha, tree };
  }
  /**
   * Every file of the tree (path → blob), skipping node_modules. One recursive
   * request; when GitHub truncates it (very large repositories), the tree is
   * walked one directory per request, at most MAX_TREE_REQUESTS.
   */
  async listing(repo, treeSha) {
    const first = await this.tree(repo, treeSha, true);
    const files = /* @__PURE__ */ new Map();
    if (!first.truncated) {
      for (const entry of first.entries) if (entry.type === "blob") files.set(entry.path, fileOf(entry));
      return files;
    }
    const pending = [{ sha: treeSha, prefix: "" }];
    for (let requests = 0; pending.length; requests++) {
      if (requests >= MAX_TREE_REQUESTS)
        throw new Error(
          `${repo.fullName}: the tree has more than ${MAX_TREE_REQUESTS} directories to walk; name the lockfiles' repository in a scan of its own with a checkout.`
        );
      const { sha, prefix } = pending.shift();
      const level = await this.tree(repo, sha, false);
      if (level.truncated)
        throw new Error(
          `${repo.fullName}: the directory ${plain(prefix || "/", 200)} has more entries than GitHub lists.`
        );
      for (const entry of level.entries) {
        const path2 = prefix + entry.path;
        if (entry.type === "tree" && !SKIPPED_DIRS.has(entry.path))
          pending.push({ sha: entry.sha, prefix: `${path2}/` });
        else if (entry.type === "blob") files.set(path2, fileOf(entry));
      }
    }
    return files;
  }
  /** A blob's bytes. */
  async blob(repo, sha) {
    const path2 = `/repos/${repo.fullName}/git/blobs/${sha}`;
    const { data } = await this.get(path2);
    if (!isRecord(data) || data.encoding !== "base64" || typeof data.content !== "string")
      throw new Error(`${repo.fullName}: GET ${path2} answered without base64 content.`);
    return Buffer.from(data.content, "base64");
  }
  async tree(repo, sha, recursive) {
    const path2 = `/repos/${repo.fullName}/git/trees/${sha}${recursive ? "?recursive=1" : ""}`;
    const { data } = await this.get(path2);
    if (!isRecord(data) || !Array.isArray(data.tree))
      throw new Error(`${repo.fullName}: GET ${path2} answered without a tree (${describeShape(data)}).`);
    const entries = [];
    for (const item of data.tree) {
      if (!isRecord(item) || typeof item.path !== "string" || typeof item.type !== "string" || typeof item.sha !== "string")
        throw new Error(`${repo.fullName}: GET ${path2} listed an entry without a path, type and sha.`);
      if (item.path.split("/").includes("node_modules")) continue;
      entries.push({
        path: item.path,
        type: item.type,
        sha: item.sha,
        mode: typeof item.mode === "string" ? item.mode : "",
        ...typeof item.size === "number" ? { size: item.size } : {}
      });
    }
    return { entries, truncated: data.truncated === true };
  }
  /** The next page's URL from `Link`, only on the API's own origin (the token goes with it). */
  nextPage(headers, page) {
    const link = headers.get("link") ?? "";
    const next = /<([^>]+)>\s*;\s*rel="next"/.exec(link)?.[1];
    if (!next) return void 0;
    if (new URL(next, this.options.apiUrl).origin !== this.origin)
      throw new Error(
        `Page ${page} of the repository list links its next page to another host; lockgate does not send the token there.`
      );
    return new URL(next, this.options.apiUrl).href;
  }
  get(path2) {
    return this.getUrl(`${this.options.apiUrl}${path2}`);
  }
  /** One GET through the gate, waiting out rate limits as the gate decides. */
  async getUrl(url) {
    const headers = {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      ...this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}
    };
    for (let limited = 0; ; limited++) {
      await this.gate.enter();
      try {
        const response = await requestJson({ url, headers }, { maxTotalWaitMs: 5e3, ...this.options.retry });
        this.gate.observe(response.headers);
        return response;
      } catch (error) {
        if (!(error instanceof HttpRequestError) || error.kind !== "rate-limit" || limited >= MAX_LIMITED) throw error;
        this.gate.limited(await this.whyLimited(headers, error));
      }
    }
  }
  /** Primary or secondary? GitHub's `GET /rate_limit` (which costs nothing) says whether requests are left. */
  async whyLimited(headers, error) {
    const retryAfterMs = error.retryAfterMs;
    try {
      const { data } = await requestJson(
        { url: `${this.options.apiUrl}/rate_limit`, headers },
        { maxAttempts: 1, ...this.options.retry }
      );
      const core = isRecord(data) && isRecord(data.resources) && isRecord(data.resources.core) ? data.resources.core : void 0;
      if (core && core.remaining === 0 && typeof core.reset === "number") return { primaryReset: core.reset };
    } catch {
    }
    return retryAfterMs !== void 0 ? { retryAfterMs } : {};
  }
};
function fileOf(entry) {
  return { sha: entry.sha, link: entry.mode === "120000", ...entry.size !== void 0 ? { size: entry.size } : {} };
}
function repoInfo(item, owner, page) {
  if (!isRecord(item) || typeof item.name !== "string" || typeof item.default_branch !== "string")
    throw new Error(
      `Page ${page} of ${plain(owner, 100)}'s repositories has an entry without a name and default branch.`
    );
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(item.name))
    throw new Error(
      `Page ${page} of ${plain(owner, 100)}'s repositories names a repository ${JSON.stringify(plain(item.name, 100))} that GitHub would not allow.`
    );
  return {
    name: item.name,
    fullName: `${owner}/${item.name}`,
    htmlUrl: typeof item.html_url === "string" ? item.html_url : `https://github.com/${owner}/${item.name}`,
    defaultBranch: item.default_branch,
    fork: item.fork === true,
    archived: item.archived === true,
    size: typeof item.size === "number" ? item.size : -1
  };
}
function isSha(value) {
  return /^[0-9a-f]{40}$/.test(value);
}
function describeShape(data) {
  if (Array.isArray(data)) return "a list";
  if (data === null) return "null";
  return typeof data === "object" ? "an object" : typeof data;
}

// src/org/args.ts
import { parseArgs } from "node:util";
var ORG_USAGE = `lockgate org <owner> [options]

Checks every lockfile on the default branch of every repository of a GitHub
organisation or user, through the API (nothing is cloned), against the
malicious-package advisories, or answers one incident: where is this version locked?

  --package <name@version>  only this version: where is it locked? (repeatable)
  --advisory <id>        only findings of this advisory (MAL-…, GHSA-…, or an alias)
  --advisories <path>    extra advisories, as for the pull-request check (repeatable)
  --repo <name>          only this repository of the owner (repeatable)
  --include-forks        scan forks too (skipped by default)
  --include-archived     scan archived repositories too (skipped by default)
  --shard <k>/<n>        scan part k of n of the repository list (split across a matrix)
  --concurrency <n>      repositories read at once (default 4, at most 16)
  --max-wait <duration>  longest wait for a rate limit to reset before stopping (default 15m);
                         a stopped scan resumes from its state file when run again
  --state <file>         the resume file (default lockgate-org-<owner>.jsonl; removed once complete)
  --merge <file>         instead of scanning, combine the JSON reports of the parts (repeatable)
  --offline              no live advisory source (the bundled snapshot and your lists)
  --github-api-url <url> the API (default $GITHUB_API_URL or https://api.github.com)
  --osv-url <url>        OSV's API (default https://api.osv.dev)
  --format <f>           text (default) | json | markdown | sarif
  --output <file>        write the report there instead of stdout
  --quiet                no progress line

The token comes from GITHUB_TOKEN (or GH_TOKEN): it needs read access to the
repositories' contents. Exit status: 0 nothing found; 1 a flagged version is
locked somewhere; 2 bad usage, a repository that could not be read, or a scan
stopped before the end (run it again to resume).`;
var FORMATS = ["text", "json", "markdown", "sarif"];
function parseOrgArgs(argv, env) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        package: { type: "string", multiple: true },
        advisory: { type: "string" },
        advisories: { type: "string", multiple: true },
        repo: { type: "string", multiple: true },
        "include-forks": { type: "boolean" },
        "include-archived": { type: "boolean" },
        shard: { type: "string" },
        concurrency: { type: "string" },
        "max-wait": { type: "string" },
        state: { type: "string" },
        merge: { type: "string", multiple: true },
        offline: { type: "boolean" },
        "github-api-url": { type: "string" },
        "osv-url": { type: "string" },
        format: { type: "string" },
        output: { type: "string" },
        quiet: { type: "boolean" }
      }
    });
  } catch (error) {
    throw new Error(`${error.message.split("\n")[0]} (lockgate org --help lists the options).`);
  }
  const { values, positionals } = parsed;
  const merge = values.merge ?? [];
  if (values.help) return { ...defaults(env), help: true };
  if (positionals.length > 1)
    throw new Error(`lockgate org takes one owner, got ${positionals.length}: ${positionals.slice(0, 3).join(" ")}.`);
  const owner = positionals[0] ?? "";
  if (!merge.length && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner))
    throw new Error(
      owner ? `Invalid owner '${owner.slice(0, 100)}'. Expected a GitHub organisation or user name.` : "lockgate org needs an owner: lockgate org <owner>."
    );
  const packages = values.package ?? [];
  for (const spec of packages) {
    const [entry] = parseIncidentList(spec, "--package");
    if (!entry?.version) throw new Error(`--package '${spec.slice(0, 100)}' needs an exact version: name@1.2.3.`);
  }
  if (values.advisory !== void 0 && !/^[A-Za-z][A-Za-z0-9._:-]{1,99}$/.test(values.advisory))
    throw new Error(
      `--advisory '${values.advisory.slice(0, 100)}' is not an advisory id (expected e.g. MAL-2025-47604 or GHSA-xxxx-xxxx-xxxx).`
    );
  if (values.advisory !== void 0 && packages.length)
    throw new Error("--advisory and --package ask two different questions; give one of them.");
  const shard = values.shard;
  if (shard !== void 0) {
    const m = /^(\d+)\/(\d+)$/.exec(shard);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]) || Number(m[2]) > 256)
      throw new Error(`--shard '${shard.slice(0, 50)}' is not k/n with 1 <= k <= n <= 256.`);
  }
  const concurrency = values.concurrency === void 0 ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)
    throw new Error(`--concurrency '${String(values.concurrency).slice(0, 20)}' is not a whole number from 1 to 16.`);
  const format = values.format ?? "text";
  if (!FORMATS.includes(format))
    throw new Error(`--format '${format.slice(0, 20)}' is not one of ${FORMATS.join(", ")}.`);
  let maxWaitMs = 15 * 6e4;
  if (values["max-wait"] !== void 0) {
    const ms = parseDuration(values["max-wait"]);
    if (ms === void 0)
      throw new Error(`--max-wait '${values["max-wait"].slice(0, 20)}' is not a duration (e.g. 0, 90s, 15m, 1h).`);
    maxWaitMs = ms;
  }
  return {
    ...defaults(env),
    owner,
    packages,
    ...values.advisory !== void 0 ? { advisory: values.advisory } : {},
    advisories: values.advisories ?? [],
    repos: values.repo ?? [],
    includeForks: values["include-forks"] ?? false,
    includeArchived: values["include-archived"] ?? false,
    ...shard !== void 0 ? { shard } : {},
    concurrency,
    maxWaitMs,
    ...values.state !== void 0 ? { state: values.state } : {},
    merge,
    offline: values.offline ?? false,
    githubApiUrl: (values["github-api-url"] ?? defaults(env).githubApiUrl).replace(/\/+$/, ""),
    osvUrl: (values["osv-url"] ?? defaults(env).osvUrl).replace(/\/+$/, ""),
    format,
    ...values.output !== void 0 ? { output: values.output } : {},
    quiet: values.quiet ?? false
  };
}
function defaults(env) {
  return {
    help: false,
    owner: "",
    packages: [],
    advisories: [],
    repos: [],
    includeForks: false,
    includeArchived: false,
    concurrency: 4,
    maxWaitMs: 15 * 6e4,
    merge: [],
    offline: false,
    githubApiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    osvUrl: "https://api.osv.dev",
    format: "text",
    quiet: false
  };
}

// src/org/rate-gate.ts
var RateLimitStop = class extends LockgateError {
  /** When the limit resets, in ms since the epoch. */
  resetAt;
  constructor(resetAt, why) {
    super("rate-limit", `${why}; it resets at ${new Date(resetAt).toISOString()}`);
    this.name = "RateLimitStop";
    this.resetAt = resetAt;
  }
};
var SECONDARY_WAIT_MS = 6e4;
var RateGate = class {
  constructor(options) {
    this.options = options;
  }
  options;
  /** Requests let through. */
  requests = 0;
  /** The limit's state as the last answer told it. */
  remaining;
  limit;
  until = 0;
  why = "";
  pause;
  stop;
  secondaryStreak = 0;
  /** The stop, once the scan has hit a limit it may not wait for. */
  get stopped() {
    return this.stop;
  }
  /** Waits while the gate is closed; throws the RateLimitStop once the scan must stop. */
  async enter() {
    for (; ; ) {
      if (this.stop) throw this.stop;
      const wait = this.until - this.options.now();
      if (wait <= 0) {
        this.requests += 1;
        return;
      }
      if (wait > this.options.maxWaitMs) {
        this.stop = new RateLimitStop(this.until, this.why);
        throw this.stop;
      }
      this.pause ??= this.options.sleep(wait).finally(() => this.pause = void 0);
      await this.pause;
    }
  }
  /** Reads the rate-limit headers of an answer. */
  observe(headers) {
    const remaining = integerHeader(headers, "x-ratelimit-remaining");
    const reset = integerHeader(headers, "x-ratelimit-reset");
    const limit = integerHeader(headers, "x-ratelimit-limit");
    if (limit !== void 0) this.limit = limit;
    if (remaining === void 0) return;
    this.remaining = remaining;
    this.secondaryStreak = 0;
    if (remaining <= (this.options.reserve ?? 0) && reset !== void 0) {
      this.close(reset * 1e3, `${remaining} GitHub API request${remaining === 1 ? "" : "s"} left`);
    }
  }
  /**
   * A request was rate-limited. `primaryReset` (epoch seconds) when GitHub says
   * no requests are left, `retryAfterMs` when the answer named a wait.
   */
  limited(answer) {
    const now = this.options.now();
    if (answer.primaryReset !== void 0) {
      this.remaining = 0;
      this.close(answer.primaryReset * 1e3, "the GitHub API rate limit is spent");
    } else if (answer.retryAfterMs !== void 0) {
      this.close(now + answer.retryAfterMs, "GitHub asked to slow down (secondary rate limit)");
    } else {
      const wait = SECONDARY_WAIT_MS * 2 ** Math.min(this.secondaryStreak, 5);
      this.secondaryStreak += 1;
      this.close(now + wait, "GitHub asked to slow down (secondary rate limit)");
    }
  }
  close(until, why) {
    const at = until + 1e3;
    if (at <= this.until) return;
    this.until = at;
    this.why = why;
    this.options.onWait?.(at, why);
  }
};
function integerHeader(headers, name) {
  const value = headers.get(name)?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : void 0;
}

// src/org/report.ts
function repoResult(base, report, packagesIn) {
  const lockfiles = report.lockfiles.map((l) => ({
    path: l.path,
    format: l.format,
    formatVersion: l.formatVersion,
    packages: packagesIn(l.path),
    findings: l.findings
  }));
  const status = report.messages.some((m) => m.level === "error") ? "error" : lockfiles.some((l) => l.findings.length) ? "flagged" : "clean";
  return { ...base, status, lockfiles, messages: report.messages };
}
function onlyAdvisory(result, advisory) {
  const id = advisory.toUpperCase();
  const covers = (f) => f.kind === "advisory" && f.advisories.some((a) => a.id.toUpperCase() === id || a.aliases.some((x) => x.toUpperCase() === id));
  const lockfiles = result.lockfiles.map((l) => ({ ...l, findings: l.findings.filter(covers) }));
  const status = result.status === "flagged" ? lockfiles.some((l) => l.findings.length) ? "flagged" : "clean" : result.status;
  return { ...result, lockfiles, status };
}
function repoPlan(result) {
  return incidentPlan(
    // Only malware has credentials to rotate; a policy finding's plan is its own.
    result.lockfiles.flatMap(
      (l) => l.findings.flatMap((f) => f.kind === "advisory" ? [{ ...f, lockfile: l.path, format: l.format }] : [])
    )
  );
}
function findingCount(report) {
  return report.repositories.reduce((n, r) => n + r.lockfiles.reduce((m, l) => m + l.findings.length, 0), 0);
}
function orgExitCode(report) {
  if (!report.complete || report.messages.some((m) => m.level === "error")) return 2;
  if (report.repositories.some((r) => r.status === "error")) return 2;
  return findingCount(report) ? 1 : 0;
}
function mergeReports(parts) {
  const first = parts[0];
  if (!first) throw new Error("--merge needs at least one report.");
  for (const part of parts) {
    if (part.owner !== first.owner)
      throw new Error(`The reports are of different owners (${first.owner}, ${part.owner}).`);
  }
  const shards = parts.map((p) => p.query.shard).filter((s) => s !== void 0);
  const messages = parts.flatMap((p) => p.messages);
  let complete = parts.every((p) => p.complete);
  if (shards.length) {
    const count = Number(shards[0].split("/")[1]);
    const have = new Set(shards.map((s) => Number(s.split("/")[0])));
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !have.has(k));
    if (missing.length || shards.length !== parts.length || shards.some((s) => Number(s.split("/")[1]) !== count)) {
      complete = false;
      messages.push({
        level: "error",
        message: `The reports do not cover every part of the repository list${missing.length ? ` (part ${missing.join(", ")} of ${count} is missing)` : ""}.`
      });
    }
  }
  const byRepo = (a, b) => a.repo < b.repo ? -1 : a.repo > b.repo ? 1 : 0;
  const query = { ...first.query };
  delete query.shard;
  return {
    version: 1,
    kind: "org-scan",
    owner: first.owner,
    complete,
    query,
    listed: parts.reduce((n, p) => n + p.listed, 0),
    repositories: parts.flatMap((p) => p.repositories).sort(byRepo),
    skipped: parts.flatMap((p) => p.skipped).sort(byRepo),
    pending: parts.flatMap((p) => p.pending).sort(),
    sources: first.sources,
    messages,
    requests: parts.reduce((n, p) => n + p.requests, 0)
  };
}

// src/org/render.ts
function orgSummary(report) {
  const scanned = report.repositories.filter((r) => r.status !== "error");
  const flagged = report.repositories.filter((r) => r.status === "flagged");
  const errors = report.repositories.filter((r) => r.status === "error");
  const findings = findingCount(report);
  const what = report.query.packages.length ? `${report.query.packages.join(", ")} is locked` : report.query.advisory ? `${report.query.advisory} covers a locked version` : "a flagged version is locked";
  const parts = [
    `${countOf(scanned.length, "repository", "repositories")} of ${report.owner} scanned`,
    flagged.length ? `${what} in ${countOf(flagged.length, "repository", "repositories")} (${countOf(findings, "finding")})` : `no repository where ${what}`
  ];
  if (errors.length) parts.push(`${countOf(errors.length, "repository", "repositories")} could not be read`);
  if (report.skipped.length) parts.push(`${report.skipped.length} skipped`);
  const state = report.complete ? "" : ` INCOMPLETE: ${report.pending.length} not scanned yet.`;
  return `lockgate org: ${parts.join("; ")}.${state}`;
}
function lineUrl(repo, path2, line) {
  const file = path2.split("/").map(encodeURIComponent).join("/");
  return `${repo.url}/blob/${repo.commit ?? repo.branch}/${file}${line > 0 ? `#L${line}` : ""}`;
}
function advisoryIds(f) {
  return f.kind === "advisory" ? f.advisories.map((a) => a.id).join(", ") : `policy: ${f.kind}`;
}
function renderOrgText(report) {
  const out = [orgSummary(report), ""];
  for (const repo of report.repositories.filter((r) => r.status === "flagged")) {
    out.push(`${repo.repo} (${plain(repo.branch, 100)} at ${repo.commit?.slice(0, 12) ?? "?"})`);
    for (const lockfile of repo.lockfiles) {
      for (const f of lockfile.findings) {
        const at = f.line > 0 ? `${lockfile.path}:${f.line}` : f.declared ? `${f.declared.file}:${f.declared.line}` : lockfile.path;
        const via = f.via.length ? ` via ${f.via.map((v) => plain(v, 100)).join(" > ")}` : f.direct ? " (direct)" : "";
        out.push(`  ${plain(at, 300)}  ${plain(f.name)}@${plain(f.version, 100)}  ${plain(advisoryIds(f), 300)}${via}`);
      }
    }
    out.push("  Rotation plan:", ...planText(repoPlan(repo)).map((l) => `    ${l}`), "");
  }
  const errors = report.repositories.filter((r) => r.status === "error");
  if (errors.length) {
    out.push("Could not be read:");
    for (const repo of errors)
      for (const m of repo.messages.filter((x) => x.level === "error"))
        out.push(`  ${repo.repo}: ${plain(m.message, 500)}`);
    out.push("");
  }
  for (const m of report.messages) out.push(`${m.level}: ${plain(m.message, 1e3)}`);
  if (report.skipped.length) out.push(skippedLine(report));
  if (report.pending.length)
    out.push(
      `Not scanned yet: ${report.pending.slice(0, 20).join(", ")}${report.pending.length > 20 ? `, … ${report.pending.length - 20} more` : ""}`
    );
  out.push(`${thousands(report.requests)} GitHub API requests.`);
  return `${out.join("\n").trimEnd()}
`;
}
function skippedLine(report) {
  const forks = report.skipped.filter((s) => s.reason === "fork").length;
  const archived = report.skipped.filter((s) => s.reason === "archived").length;
  const parts = [
    forks ? `${countOf(forks, "fork")} (--include-forks)` : "",
    archived ? `${archived} archived (--include-archived)` : ""
  ];
  return `Skipped: ${parts.filter(Boolean).join(", ")}.`;
}
function planText(plan) {
  const lines = plan.steps.map((step, i) => `${i + 1}. ${plain(step, 1e3)}`);
  if (plan.rotate.machines.length) lines.push(...plan.rotate.machines.map((m) => `- ${plain(m, 300)}`));
  for (const ci of plan.rotate.ci)
    lines.push(
      `- ${plain(ci.workflow, 200)}: ${ci.secrets.map((s) => plain(s, 100)).join(", ") || "no named secrets"}`
    );
  return lines;
}
function renderOrgMarkdown(report) {
  const flagged = report.repositories.filter((r) => r.status === "flagged");
  const icon = !report.complete ? "⚠️" : flagged.length ? "❌" : report.repositories.some((r) => r.status === "error") ? "⚠️" : "✅";
  const out = [`### ${icon} ${md(orgSummary(report).replace(/^lockgate org: /, ""), 2e3)}`, ""];
  if (flagged.length) {
    out.push("| Repository | Lockfile line | Version | Advisory |", "|---|---|---|---|");
    for (const repo of flagged) {
      for (const lockfile of repo.lockfiles) {
        for (const f of lockfile.findings) {
          const label = f.line > 0 ? `${lockfile.path}:${f.line}` : lockfile.path;
          out.push(
            `| ${md(repo.repo)} | ${mdLink(label, lineUrl(repo, lockfile.path, f.line))} | ${mdCode(`${f.name}@${f.version}`)} | ${md(advisoryIds(f), 300)} |`
          );
        }
      }
    }
    out.push("");
    for (const repo of flagged) {
      out.push(`<details><summary>Rotation plan for ${md(repo.repo)}</summary>`, "");
      const plan = repoPlan(repo);
      out.push(...plan.steps.map((step, i) => `${i + 1}. ${mdProse(step, 1e3)}`), "");
      if (plan.rotate.machines.length || plan.rotate.ci.length) {
        out.push("**Rotate:**", ...plan.rotate.machines.map((m) => `- ${mdProse(m, 300)}`));
        out.push(
          ...plan.rotate.ci.map(
            (ci) => `- ${mdCode(ci.workflow)}: ${ci.secrets.map((s) => mdCode(s)).join(", ") || "no named secrets"}`
          ),
          ""
        );
      }
      out.push("</details>", "");
    }
  }
  const errors = report.repositories.filter((r) => r.status === "error");
  if (errors.length) {
    out.push("**Could not be read:**", "");
    for (const repo of errors)
      for (const m of repo.messages.filter((x) => x.level === "error"))
        out.push(`- ${md(repo.repo)}: ${md(m.message, 500)}`);
    out.push("");
  }
  for (const m of report.messages) out.push(`> **${m.level}:** ${md(m.message, 1e3)}`, "");
  if (report.skipped.length) out.push(md(skippedLine(report), 300), "");
  out.push(`${thousands(report.requests)} GitHub API requests.`);
  return `${out.join("\n").trimEnd()}
`;
}
function renderOrgJson(report) {
  const withPlans = {
    ...report,
    repositories: report.repositories.map((r) => r.status === "flagged" ? { ...r, plan: repoPlan(r) } : r)
  };
  return `${JSON.stringify(withPlans, null, 2)}
`;
}
function renderOrgSarif(report, toolVersion) {
  const runs = report.repositories.filter((r) => r.status === "flagged").flatMap((repo) => {
    const log = renderSarif(
      {
        version: 2,
        mode: "all",
        lockfiles: repo.lockfiles.map((l) => ({ ...l, changes: [], signals: [] })),
        // SARIF lists no sources.
        sources: [],
        messages: []
      },
      { toolVersion }
    );
    return log.runs.map((run) => ({
      ...run,
      versionControlProvenance: [
        { repositoryUri: repo.url, ...repo.commit ? { revisionId: repo.commit } : {}, branch: repo.branch }
      ]
    }));
  });
  return `${JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs }, null, 2)}
`;
}
function progressLine(p) {
  const left = p.remaining !== void 0 ? ` (${thousands(p.remaining)} left)` : "";
  return `${thousands(p.done)}/${thousands(p.total)} repositories, ${p.flagged} flagged, ${countOf(p.errors, "error")}, ${countOf(p.requests, "request")}${left}`;
}

// src/org/tree.ts
var ApiTree = class {
  constructor(api, repo, commit, files) {
    this.api = api;
    this.repo = repo;
    this.commit = commit;
    this.files = files;
  }
  api;
  repo;
  commit;
  files;
  /** Set when a read of this tree met the scan's rate-limit stop: the repository's result is incomplete. */
  interrupted = false;
  label(file) {
    return `${this.repo.fullName}:${file}`;
  }
  async listFiles(select) {
    return [...this.files.keys()].filter((f) => !f.split("/").includes("node_modules") && select(f)).sort();
  }
  async read(file) {
    const bytes = await this.readBytes(file);
    return bytes === void 0 ? void 0 : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  }
  async readBytes(file) {
    const listed = this.files.get(file);
    if (!listed) return void 0;
    if (listed.link)
      throw new Error(`${this.label(file)}: is a symbolic link, which lockgate does not follow through the API.`);
    if (listed.size !== void 0 && listed.size > MAX_LOCKFILE_BYTES)
      throw new Error(
        `${this.label(file)}: file is ${listed.size} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles.`
      );
    try {
      return await this.api.blob(this.repo, listed.sha);
    } catch (error) {
      if (error instanceof RateLimitStop) this.interrupted = true;
      throw error;
    }
  }
};

// src/org/scan.ts
async function scanOrg(request) {
  const { api, query } = request;
  const messages = [];
  const listed = await chooseRepositories(request);
  const inScope = query.shard ? listed.filter((r) => inShard(r.name, query.shard)) : listed;
  const skipped = [];
  const toScan = [];
  for (const repo of inScope) {
    if (repo.fork && !query.includeForks) skipped.push({ repo: repo.fullName, reason: "fork" });
    else if (repo.archived && !query.includeArchived) skipped.push({ repo: repo.fullName, reason: "archived" });
    else toScan.push(repo);
  }
  const results = /* @__PURE__ */ new Map();
  for (const repo of toScan) {
    const done = request.state?.done.get(repo.fullName);
    if (done) results.set(repo.fullName, done);
  }
  const sources = request.sources.map((s) => new CachedSource(s));
  const progress = () => request.progress?.({
    done: results.size,
    total: toScan.length,
    flagged: [...results.values()].filter((r) => r.status === "flagged").length,
    errors: [...results.values()].filter((r) => r.status === "error").length,
    requests: api.gate.requests,
    ...api.gate.remaining !== void 0 ? { remaining: api.gate.remaining } : {}
  });
  let statuses = request.sources.map((s) => s.status());
  await mapLimit(
    toScan.filter((r) => !results.has(r.fullName)),
    Math.max(1, Math.min(16, request.concurrency ?? 4)),
    async (repo) => {
      if (api.gate.stopped) return;
      const scanned = await scanRepository(repo, request, sources);
      if (!scanned) return;
      const result = query.advisory ? onlyAdvisory(scanned.result, query.advisory) : scanned.result;
      results.set(repo.fullName, result);
      if (scanned.statuses.length) statuses = scanned.statuses;
      await request.state?.add(result);
      progress();
    }
  );
  const stop = api.gate.stopped;
  const pending = toScan.filter((r) => !results.has(r.fullName)).map((r) => r.fullName);
  if (stop) {
    messages.push(
      message(
        "error",
        `The scan stopped before ${pending.length} of ${toScan.length} repositories: ${stop.message}. Run the same command again after that${request.state ? ` (it resumes from ${request.state.file})` : " with --state to resume"}.`
      )
    );
  }
  const repositories = [...results.values()].sort((a, b) => a.repo < b.repo ? -1 : 1);
  return {
    version: 1,
    kind: "org-scan",
    owner: request.owner,
    complete: !stop && pending.length === 0,
    query,
    listed: inScope.length,
    repositories,
    skipped,
    pending,
    sources: statuses,
    messages,
    requests: api.gate.requests
  };
}
async function chooseRepositories(request) {
  const all = await request.api.repositories(request.owner);
  if (!request.query.repos.length) return all;
  const byName = new Map(all.map((r) => [r.name.toLowerCase(), r]));
  const chosen = [];
  for (const name of request.query.repos) {
    const repo = byName.get(name.toLowerCase());
    if (!repo)
      throw new Error(
        `${request.owner} has no repository named ${JSON.stringify(name.slice(0, 100))} that the token can see.`
      );
    chosen.push(repo);
  }
  return chosen;
}
function inShard(name, shard) {
  const [k, n] = shard.split("/").map(Number);
  let hash = 2166136261;
  for (const byte of Buffer.from(name.toLowerCase())) hash = Math.imul(hash ^ byte, 16777619) >>> 0;
  return hash % n + 1 === k;
}
async function scanRepository(repo, request, sources) {
  const { api } = request;
  const base = { repo: repo.fullName, url: repo.htmlUrl, branch: repo.defaultBranch };
  try {
    const head = await api.branchHead(repo);
    if (head === "empty") {
      return {
        result: {
          ...base,
          status: "empty",
          lockfiles: [],
          messages: [message("note", "The repository has no commits.")]
        },
        statuses: []
      };
    }
    const tree = new ApiTree(api, repo, head.commit, await api.listing(repo, head.tree));
    const comparison = await compareTrees(tree, new EmptyTree());
    for (const lockfile of comparison.lockfiles) lockfile.changes = [];
    if (tree.interrupted || api.gate.stopped) return void 0;
    const report = await checkComparison(comparison, sources, {
      all: true,
      requireLive: request.requireLive,
      liveSources: request.liveSources,
      workflows: () => treeWorkflows(tree)
    });
    if (tree.interrupted) return void 0;
    const sizes = new Map(comparison.lockfiles.map((l) => [l.path, l.head?.packages.length ?? 0]));
    return {
      result: repoResult({ ...base, commit: head.commit }, report, (p) => sizes.get(p) ?? 0),
      statuses: report.sources
    };
  } catch (error) {
    if (error instanceof RateLimitStop) return void 0;
    return {
      result: { ...base, status: "error", lockfiles: [], messages: [message("error", errorSentence(error))] },
      statuses: []
    };
  }
}
async function treeWorkflows(tree) {
  const files = (await tree.listFiles((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f))).slice(0, MAX_WORKFLOWS);
  const out = [];
  for (const file of files) {
    try {
      out.push(workflowSecrets(file, await tree.read(file) ?? ""));
    } catch (error) {
      if (error instanceof RateLimitStop) throw error;
      out.push({
        path: file,
        installsDependencies: false,
        installs: [],
        secrets: [],
        notes: [],
        error: errorSentence(error)
      });
    }
  }
  return out;
}
var CachedSource = class {
  constructor(source) {
    this.source = source;
  }
  source;
  answers = /* @__PURE__ */ new Map();
  get name() {
    return this.source.name;
  }
  async lookup(packages) {
    const key = (p) => `${p.name}@${p.version}`;
    const missing = packages.filter((p) => !this.answers.has(key(p)));
    if (missing.length) {
      const records = await this.source.lookup(missing);
      const byName = /* @__PURE__ */ new Map();
      for (const record of records) {
        const names = (record.affected ?? []).map((a) => a.package?.name?.toLowerCase());
        for (const name of new Set(names.filter((n) => !!n)))
          byName.set(name, [...byName.get(name) ?? [], record]);
      }
      for (const p of missing) this.answers.set(key(p), byName.get(p.name.toLowerCase()) ?? []);
    }
    return [...new Set(packages.flatMap((p) => this.answers.get(key(p)) ?? []))];
  }
  status() {
    return this.source.status();
  }
};

// src/org/state.ts
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
var KIND = "lockgate-org-state";
var ScanState = class _ScanState {
  constructor(file, done) {
    this.file = file;
    this.done = done;
  }
  file;
  done;
  /** Appends one after another, so concurrent workers never interleave their lines. */
  writes = Promise.resolve();
  /** Opens `file` for this scan: its finished repositories, or a new file with the header. */
  static async open(file, owner, query) {
    const text = await readFile(file, "utf8").catch((error) => {
      if (error.code === "ENOENT") return void 0;
      throw new Error(`State file ${file} could not be read: ${error.message}`);
    });
    const header = { kind: KIND, version: 1, owner, query };
    if (text === void 0 || text.trim() === "") {
      await writeFile(file, `${JSON.stringify(header)}
`);
      return new _ScanState(file, /* @__PURE__ */ new Map());
    }
    const lines = text.split("\n");
    let first;
    try {
      first = JSON.parse(lines[0]);
    } catch {
      first = void 0;
    }
    if (!isRecord(first) || first.kind !== KIND || first.version !== 1)
      throw new Error(`${file}:1: is not a lockgate org state file; name another --state file.`);
    if (first.owner !== owner || JSON.stringify(first.query) !== JSON.stringify(query))
      throw new Error(
        `${file}:1: holds a scan of another owner or question (${String(first.owner).slice(0, 100)}); remove it or name another --state file.`
      );
    const done = /* @__PURE__ */ new Map();
    for (const line of lines.slice(1)) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line);
        if (isRecord(entry) && isRecord(entry.result) && typeof entry.result.repo === "string")
          done.set(entry.result.repo, entry.result);
      } catch {
      }
    }
    return new _ScanState(file, done);
  }
  /** Records one finished repository. */
  add(result) {
    this.writes = this.writes.then(() => appendFile(this.file, `${JSON.stringify({ result })}
`));
    return this.writes;
  }
  async remove() {
    await rm(this.file, { force: true });
  }
};

// src/entry/org.ts
async function runOrg(argv, io) {
  let options;
  try {
    options = parseOrgArgs(argv, io.env);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}
`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${ORG_USAGE}
`);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  try {
    const report = options.merge.length ? mergeReports(await Promise.all(options.merge.map((f) => readReport(path.resolve(cwd, f))))) : await scan(options, io, cwd);
    const rendered = render(report, options);
    if (rendered !== void 0) {
      if (options.output) await writeFile2(path.resolve(cwd, options.output), rendered);
      else io.stdout(rendered);
    }
    if (options.output || options.format !== "text") io.stderr(`${orgSummary(report)}
`);
    return orgExitCode(report);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}
`);
    return 2;
  }
}
async function scan(options, io, cwd) {
  const now = io.now ?? Date.now;
  const sleep = io.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const progress = (line) => {
    if (!options.quiet) io.stderr(`lockgate org: ${line}
`);
  };
  const gate = new RateGate({
    now,
    sleep,
    maxWaitMs: options.maxWaitMs,
    reserve: options.concurrency,
    onWait: (until, why) => {
      if (until - now() <= options.maxWaitMs)
        progress(
          `${why}; waiting until ${new Date(until).toISOString()} (--max-wait ${Math.round(options.maxWaitMs / 1e3)}s)`
        );
    }
  });
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || void 0;
  const api = new OrgApi({
    apiUrl: options.githubApiUrl,
    gate,
    ...token ? { token } : {},
    retry: { proxyEnv: io.env, sleep, now }
  });
  const query = {
    packages: options.packages,
    ...options.advisory ? { advisory: options.advisory } : {},
    ...options.shard ? { shard: options.shard } : {},
    includeForks: options.includeForks,
    includeArchived: options.includeArchived,
    repos: options.repos
  };
  const { sources, live } = await advisorySources(options, cwd, io.env, token);
  const stateFile = path.resolve(
    cwd,
    options.state ?? `lockgate-org-${options.owner}${options.shard ? `-${options.shard.replace("/", "-of-")}` : ""}.jsonl`
  );
  const state = await ScanState.open(stateFile, options.owner, query);
  if (state.done.size)
    progress(`resuming: ${state.done.size} repositories already scanned (${path.basename(stateFile)})`);
  let shown = 0;
  const report = await scanOrg({
    owner: options.owner,
    query,
    api,
    sources,
    liveSources: live,
    requireLive: false,
    concurrency: options.concurrency,
    state,
    progress: (p) => {
      if (p.done === p.total || p.done - shown >= (io.isTTY ? 1 : 25)) {
        shown = p.done;
        progress(progressLine(p));
      }
    }
  });
  if (report.complete) await state.remove();
  return report;
}
async function advisorySources(options, cwd, env, token) {
  if (options.packages.length) {
    const records = options.packages.map((spec, i) => ({
      ...listEntryRecord({ ...parseIncidentList(spec, "--package")[0], line: i + 1 }, "--package"),
      id: `PACKAGE-${spec}`,
      summary: `${spec} is the version asked about (--package)`
    }));
    return { sources: [new LocalSource(records)], live: /* @__PURE__ */ new Set() };
  }
  return createSources({
    advisories: options.advisories.map((p) => path.resolve(cwd, p)),
    advisoryRoot: cwd,
    offline: options.offline,
    osvUrl: options.osvUrl,
    githubApiUrl: options.githubApiUrl,
    env,
    ...token ? { githubToken: token } : {}
  });
}
function render(report, options) {
  switch (options.format) {
    case "json":
      return renderOrgJson(report);
    case "markdown":
      return renderOrgMarkdown(report);
    case "sarif":
      return report.complete ? renderOrgSarif(report, lockgateVersion()) : void 0;
    default:
      return renderOrgText(report);
  }
}
async function readReport(file) {
  let data;
  try {
    data = JSON.parse(await readFile2(file, "utf8"));
  } catch (error) {
    throw new Error(`--merge ${file}: is not a JSON report (${errorSentence(error)})`);
  }
  if (!isRecord(data) || data.kind !== "org-scan" || data.version !== 1 || !Array.isArray(data.repositories))
    throw new Error(`--merge ${file}: is not a lockgate org report (lockgate org --format json).`);
  return data;
}
export {
  runOrg
};
