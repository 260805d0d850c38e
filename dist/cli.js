#!/usr/bin/env node
import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  BUN_BINARY_LOCKFILE,
  DEFAULT_CONFIG,
  DirTree,
  EmptyTree,
  GitTree,
  LOCKFILE_NAMES,
  PUBLIC_REGISTRY,
  check,
  defaultBaseRef,
  errorSentence,
  exitCode,
  githubApiUrl,
  isLockfilePath,
  lockgateVersion,
  messagesAt,
  normalizeHttpUrl,
  parseDuration,
  renderJson,
  renderMarkdown,
  renderText,
  sarifFor
} from "./chunks/chunk-4OCRHSVZ.js";
import "./chunks/chunk-CFW47MYL.js";
import "./chunks/chunk-ZVYVRW72.js";
import "./chunks/chunk-DDQOH2IR.js";
import "./chunks/chunk-DS6KX64N.js";
import "./chunks/chunk-46RT45P2.js";
import "./chunks/chunk-DAHF6HJP.js";
import {
  plain
} from "./chunks/chunk-AH5I3PDV.js";
import "./chunks/chunk-7FTKMFDC.js";

// src/entry/cli.ts
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/config/cli-args.ts
import { parseArgs } from "node:util";
var FORMATS = ["text", "json", "markdown", "sarif"];
var UsageError = class extends Error {
};
var USAGE = `Usage: lockgate [options]

Compare the lockfiles of a tree with a base and flag new package versions that
malicious-package advisories cover.

  --base <ref>            git commit/ref to compare against (default: merge-base of
                          HEAD and the remote default branch)
  --base-dir <dir>        compare against the lockfiles in this directory instead of git
  --head-dir <dir>        the tree to check (default: the current directory)
  --lockfile <path|glob>  check only the lockfiles this path or glob selects (repeatable;
                          default: every lockfile found, skipping node_modules)
  --advisories <path>     extra advisories: OSV .json record or array, a directory of
                          them, .jsonl / .jsonl.gz, or a plain list (one name@version or
                          name per line, # comments) (repeatable)
  --config <file>         config file: ignore entries, advisory lists, lockfile globs, signal
                          levels (default: .github/lockgate.yml, read from the base commit in
                          git mode as the action does, else from the head directory)
  --offline               use no network source (bundled snapshot and --advisories only;
                          no registry signals)
  --require-live          exit 2 when a live source (OSV, GitHub, the registry) does not answer
  --osv-url <url>         OSV API base URL (default https://api.osv.dev)
  --github-api-url <url>  GitHub API base URL (default $GITHUB_API_URL or https://api.github.com)
  --registry-url <url>    npm registry read for registry signals (default
                          https://registry.npmjs.org)
  --min-release-age <d>   hold versions published less than this ago: 72h, 3d, 90m;
                          0 turns the hold off (default 3d)
  --request-timeout <s>   seconds allowed for one request to a live source (default 10;
                          failed requests are retried with backoff)
  --all                   check every package in the head lockfiles, not only new versions
  --warn-only             report findings but exit 0 (errors still exit 2)
  --format <f>            text (default) | json | markdown | sarif
  --output <file>         write the report to this file instead of stdout
  --max-chars <n>         most characters of --format markdown (default 65536, a pull
                          request comment's limit; the details shorten first)
  -q, --quiet             findings, holds and errors only (no changes, sources or progress)
  --demo                  check the bundled postmark-mcp example (offline), then exit
  -h, --help              show this help
  -v, --version           show the version

Colour on a terminal; NO_COLOR turns it off, FORCE_COLOR on.

Exit status: 0 no finding, 1 at least one finding or fail-level registry signal (a hold,
an added install script, a trust downgrade, ...), 2 bad usage, unreadable input or a
required live source unavailable.`;
function parseCliArgs(argv, env = process.env) {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        base: { type: "string" },
        "base-dir": { type: "string" },
        "head-dir": { type: "string" },
        lockfile: { type: "string", multiple: true },
        config: { type: "string" },
        "warn-only": { type: "boolean" },
        output: { type: "string" },
        advisories: { type: "string", multiple: true },
        offline: { type: "boolean" },
        "require-live": { type: "boolean" },
        "osv-url": { type: "string" },
        "github-api-url": { type: "string" },
        "request-timeout": { type: "string" },
        "registry-url": { type: "string" },
        "min-release-age": { type: "string" },
        all: { type: "boolean" },
        format: { type: "string" },
        "max-chars": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        demo: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    }));
  } catch (error) {
    throw new UsageError(`${usageProblem(error)} (see lockgate --help).`);
  }
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    throw new UsageError(`Invalid --format '${format}'. Expected one of: ${FORMATS.join(", ")}.`);
  }
  if (values.base !== void 0 && values["base-dir"] !== void 0) {
    throw new UsageError("--base and --base-dir are alternatives; pass one of them.");
  }
  if (values.offline && values["require-live"]) {
    throw new UsageError("--offline and --require-live contradict each other; pass one of them.");
  }
  const osvUrl = url("--osv-url", values["osv-url"] ?? "https://api.osv.dev");
  const apiUrl = url("--github-api-url", values["github-api-url"] ?? githubApiUrl(env));
  const registryUrl = url("--registry-url", values["registry-url"] ?? PUBLIC_REGISTRY);
  let minReleaseAgeMs;
  if (values["min-release-age"] !== void 0) {
    minReleaseAgeMs = parseDuration(values["min-release-age"]);
    if (minReleaseAgeMs === void 0) {
      throw new UsageError(
        `Invalid --min-release-age '${values["min-release-age"].slice(0, 40)}'. Expected a duration such as 72h, 3d or 90m (at most 365d), or 0 to turn the hold off.`
      );
    }
  }
  return {
    ...values.base !== void 0 ? { base: nonEmpty("--base", values.base) } : {},
    ...values["base-dir"] !== void 0 ? { baseDir: nonEmpty("--base-dir", values["base-dir"]) } : {},
    headDir: values["head-dir"] ?? ".",
    lockfiles: (values.lockfile ?? []).map(lockfileSelector),
    ...values.config !== void 0 ? { config: nonEmpty("--config", values.config) } : {},
    warnOnly: values["warn-only"] ?? false,
    ...values.output !== void 0 ? { output: nonEmpty("--output", values.output) } : {},
    advisories: values.advisories ?? [],
    offline: values.offline ?? false,
    requireLive: values["require-live"] ?? false,
    all: values.all ?? false,
    format,
    osvUrl,
    githubApiUrl: apiUrl,
    requestTimeoutMs: seconds("--request-timeout", values["request-timeout"] ?? "10") * 1e3,
    registryUrl,
    ...minReleaseAgeMs !== void 0 ? { minReleaseAgeMs } : {},
    quiet: values.quiet ?? false,
    maxChars: values["max-chars"] === void 0 ? 65536 : count("--max-chars", values["max-chars"], 2e3),
    demo: values.demo ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  };
}
var FLAGS = [...USAGE.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]);
function usageProblem(error) {
  const first = plain(error.message.split("\n")[0] ?? "", 200);
  const unknown = error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(-{1,2}[^'=]*)/.exec(first)?.[1] : void 0;
  if (!unknown) return first;
  const nearest = nearestFlag(unknown);
  return `Unknown option '${unknown}'.${nearest ? ` Did you mean ${nearest}?` : ""}`;
}
function nearestFlag(typed) {
  const wanted = `--${typed.replace(/^-+/, "").toLowerCase()}`;
  const prefixed = FLAGS.filter((f) => f.startsWith(wanted));
  if (prefixed.length === 1) return prefixed[0];
  let best;
  for (const flag of FLAGS) {
    const distance = editDistance(wanted, flag);
    if (!best || distance < best.distance) best = { flag, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(wanted.length / 3)) ? best.flag : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function count(flag, value, min) {
  const n = Number(value.replace(/[,_]/g, ""));
  if (!/^\d[\d,_]*$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(
      `Invalid ${flag} '${plain(value, 40)}'. Expected a whole number of at least ${min}, such as 65536.`
    );
  }
  return n;
}
function lockfileSelector(value) {
  const selector = nonEmpty("--lockfile", value).replaceAll("\\", "/").replace(/^\.\//, "");
  if (!/[*?[{]/.test(selector) && !isLockfilePath(selector)) {
    throw new UsageError(
      `--lockfile '${plain(selector, 100)}' is not a lockfile; expected ${LOCKFILE_NAMES.join(", ")} or ${BUN_BINARY_LOCKFILE} (or a glob of them).`
    );
  }
  return selector;
}
function nonEmpty(flag, value) {
  if (!value.trim()) throw new UsageError(`${flag} needs a value.`);
  return value;
}
function seconds(flag, value) {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0) || n > 600) {
    throw new UsageError(`Invalid ${flag} '${value}'. Expected a number of seconds between 0 and 600, such as 10.`);
  }
  return n;
}
function url(flag, value) {
  const normalized = normalizeHttpUrl(value);
  if (normalized === void 0)
    throw new UsageError(
      `Invalid ${flag} '${plain(value, 100)}'. Expected an http(s) URL such as https://api.osv.dev.`
    );
  return normalized;
}

// src/entry/cli.ts
async function runCli(argv, io) {
  let options;
  try {
    options = parseCliArgs(argv, io.env);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}
`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}
`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${lockgateVersion()}
`);
    return 0;
  }
  try {
    const cwd = io.cwd ?? process.cwd();
    if (options.demo) options = demoOptions(options);
    const request = await cliRequest(options, io.env, cwd);
    if (io.snapshotPath) request.sources = { ...request.sources, snapshotPath: io.snapshotPath };
    if (request.signals && io.retry) request.signals.retry = { ...request.signals.retry, ...io.retry };
    if (!options.quiet) request.progress = (line) => io.stderr(`lockgate: ${line}
`);
    if (io.progressAfterMs !== void 0) request.progressAfterMs = io.progressAfterMs;
    const report = await check(request);
    const color = !options.output && useColor(io.env, io.isTTY === true);
    const rendered = render(report, options, { color, uriPrefix: repositoryPrefix(request.root) });
    if (rendered !== void 0) {
      if (options.output) await writeFile(path.resolve(cwd, options.output), rendered);
      else io.stdout(rendered);
    }
    for (const error of messagesAt(report, "error")) io.stderr(`lockgate: ${error.message}
`);
    return exitCode(report, options.warnOnly);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}
`);
    return 2;
  }
}
async function cliRequest(options, env, cwd) {
  const headDir = path.resolve(cwd, options.headDir);
  const head = new DirTree(headDir);
  const baseRef = options.baseDir ? void 0 : options.base ?? await defaultBase(headDir, options.all);
  const gitBase = baseRef === void 0 ? void 0 : new GitTree(headDir, baseRef);
  const base = gitBase ?? (options.baseDir ? new DirTree(path.resolve(cwd, options.baseDir), "base") : new EmptyTree());
  return {
    head,
    base,
    mode: options.all ? "all" : "diff",
    config: configRequest(options, cwd, head, gitBase),
    lockfileGlobs: options.lockfiles,
    root: headDir,
    lists: options.advisories.map((p) => path.resolve(cwd, p)),
    ...gitBase ? { protectListsFrom: gitBase } : {},
    sources: {
      offline: options.offline,
      osvUrl: options.osvUrl,
      githubApiUrl: options.githubApiUrl,
      requestTimeoutMs: options.requestTimeoutMs,
      env,
      ...env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}
    },
    requireLive: options.requireLive,
    ...options.offline ? {} : {
      signals: {
        registryUrl: options.registryUrl,
        ...options.minReleaseAgeMs !== void 0 ? { minReleaseAgeMs: options.minReleaseAgeMs } : {},
        env,
        retry: { timeoutMs: options.requestTimeoutMs }
      }
    }
  };
}
function configRequest(options, cwd, head, gitBase) {
  if (options.config) {
    const file = path.resolve(cwd, options.config);
    return { tree: new DirTree(path.dirname(file)), path: path.basename(file), origin: "--config", required: true };
  }
  return gitBase ? { tree: gitBase, path: DEFAULT_CONFIG, origin: "default", required: false, untrusted: head } : { tree: head, path: DEFAULT_CONFIG, origin: "default", required: false };
}
async function defaultBase(headDir, all) {
  try {
    return await defaultBaseRef(headDir);
  } catch (error) {
    if (all) return void 0;
    throw error;
  }
}
function demoOptions(options) {
  const candidates = ["../examples/postmark-mcp", "../../examples/postmark-mcp"].map(
    (p) => fileURLToPath(new URL(p, import.meta.url))
  );
  const dir = candidates.find((candidate) => existsSync(path.join(candidate, "head")));
  if (!dir) throw new Error("the bundled example (examples/postmark-mcp) is missing from this installation.");
  const rest = { ...options };
  delete rest.base;
  return {
    ...rest,
    baseDir: path.join(dir, "base"),
    headDir: path.join(dir, "head"),
    offline: true,
    requireLive: false
  };
}
function useColor(env, isTTY) {
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "") return !["0", "false"].includes(env.FORCE_COLOR);
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return isTTY && env.TERM !== "dumb";
}
function repositoryPrefix(dir) {
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, ".git"))) return path.relative(at, dir).split(path.sep).join("/");
    if (path.dirname(at) === at) return "";
  }
}
function render(report, options, how) {
  switch (options.format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return `${renderMarkdown(report, { maxChars: options.maxChars - 1, fullReportHint: "run with --format json or a larger --max-chars for everything" })}
`;
    case "sarif": {
      const log = sarifFor(report, { toolVersion: lockgateVersion(), uriPrefix: how.uriPrefix });
      return log ? `${JSON.stringify(log, null, 2)}
` : void 0;
    }
    default:
      return renderText(report, { color: how.color, quiet: options.quiet, errors: false });
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true
});
