#!/usr/bin/env node
import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  cacheRoot,
  check,
  isInstallPlanPath,
  registryCacheDir,
  renderJson,
  renderMarkdown,
  renderText
} from "./chunks/chunk-TJSSW6OX.js";
import {
  DEFAULT_CONFIG,
  DirTree,
  EmptyTree,
  FLAG_OPTIONS,
  GitTree,
  LOCKFILE_NAMES,
  defaultBaseRef,
  equalBytes,
  exitCode,
  githubApiUrl,
  isLockfilePath,
  lockfileName,
  lockgateVersion,
  messagesAt,
  optionsHelp,
  pruneCache,
  sarifFor
} from "./chunks/chunk-F4BCUNK6.js";
import "./chunks/chunk-LHOIBBIU.js";
import "./chunks/chunk-ZVYVRW72.js";
import "./chunks/chunk-ZGRLDC5Z.js";
import "./chunks/chunk-DJLBLQNC.js";
import "./chunks/chunk-46RT45P2.js";
import {
  LockgateError,
  errorSentence
} from "./chunks/chunk-PCST67PE.js";
import "./chunks/chunk-3GP7XQVC.js";
import {
  plain
} from "./chunks/chunk-UNWV5ZLC.js";
import "./chunks/chunk-7FTKMFDC.js";

// src/entry/cli.ts
import { existsSync, readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/config/cli-args.ts
import { parseArgs } from "node:util";
var UsageError = class extends LockgateError {
  constructor(message) {
    super("usage", message);
  }
};
var USAGE = `Usage: lockgate [options]
       lockgate org <owner> [options]   every repository of an organisation (lockgate org --help)

Compare the lockfiles of a tree with a base and flag new package versions that
malicious-package advisories cover.

${optionsHelp()}

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
      options: Object.fromEntries(
        FLAG_OPTIONS.map((o) => [
          o.flag,
          {
            type: o.arg ? "string" : "boolean",
            ...o.multiple ? { multiple: true } : {},
            ...o.short ? { short: o.short } : {}
          }
        ])
      )
    }));
  } catch (error) {
    throw new UsageError(`${usageProblem(error)} (see lockgate --help).`);
  }
  const read = {};
  for (const o of FLAG_OPTIONS) {
    const given = values[o.flag];
    if (!o.arg) read[o.key] = given === true;
    else if (o.multiple) read[o.key] = given ?? [];
    else {
      const raw = given ?? (o.key === "githubApiUrl" ? githubApiUrl(env) : o.default);
      if (raw === void 0) continue;
      const value = o.kind.parse(raw);
      if (value === void 0)
        throw new UsageError(`Invalid --${o.flag} '${plain(raw, 100)}'. Expected ${o.kind.expected}.`);
      read[o.key] = value;
    }
  }
  if (read.base !== void 0 && read.baseDir !== void 0) {
    throw new UsageError("--base and --base-dir are alternatives; pass one of them.");
  }
  if (read.offline && read.requireLive) {
    throw new UsageError("--offline and --require-live contradict each other; pass one of them.");
  }
  const { requestTimeoutSeconds, ...rest } = read;
  return {
    ...rest,
    lockfiles: read.lockfiles.map(lockfileSelector),
    requestTimeoutMs: requestTimeoutSeconds * 1e3
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
function lockfileSelector(value) {
  const selector = nonEmpty("--lockfile", value).replaceAll("\\", "/").replace(/^\.\//, "");
  if (!/[*?[{]/.test(selector) && !isLockfilePath(selector)) {
    throw new UsageError(
      `--lockfile '${plain(selector, 100)}' is not a lockfile; expected one of ${LOCKFILE_NAMES.join(", ")} (or a glob of them).`
    );
  }
  return selector;
}
function nonEmpty(flag, value) {
  if (!value.trim()) throw new UsageError(`${flag} needs a value.`);
  return value;
}

// src/inputs/changes.ts
var ROUND = 256;
var ROUND_BYTES = 32 * 1024 * 1024;
async function changedInstallFiles(head, base, roundBytes = ROUND_BYTES) {
  const [headFiles, baseFiles] = await Promise.all([
    head.listFiles(isInstallPlanPath),
    base.listFiles(isInstallPlanPath)
  ]);
  const inHead = new Set(headFiles);
  const inBase = new Set(baseFiles);
  const changes = [];
  for (const file of headFiles) if (!inBase.has(file)) changes.push({ filename: file, status: "added" });
  for (const file of baseFiles) if (!inHead.has(file)) changes.push({ filename: file, status: "removed" });
  let round = [];
  let held = 0;
  const compare = async () => {
    const based = await Promise.all(
      round.map(({ file, bytes }) => bytes === void 0 ? void 0 : base.readBytes(file).catch(() => void 0))
    );
    round.forEach(({ file, bytes }, i) => {
      if (!equalBytes(bytes, based[i])) changes.push({ filename: file, status: "modified" });
    });
    round = [];
    held = 0;
  };
  for (const file of headFiles) {
    if (!inBase.has(file)) continue;
    const bytes = await head.readBytes(file).catch(() => void 0);
    round.push({ file, bytes });
    held += bytes?.length ?? 0;
    if (round.length >= ROUND || held >= roundBytes) await compare();
  }
  if (round.length > 0) await compare();
  return changes.sort((a, b) => a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0);
}

// src/entry/cli.ts
async function runCli(argv, io) {
  if (argv[0] === "org") return (await import("./chunks/org-FK5LJF3Q.js")).runOrg(argv.slice(1), io);
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
    if (options.headDir === void 0) {
      const root = workspaceRoot(cwd);
      if (root !== cwd && !options.quiet)
        io.stderr(`lockgate: no lockfile in ${cwd}; checking ${root}, the nearest folder above it with one
`);
      options = { ...options, headDir: root };
    }
    const request = await cliRequest(options, io.env, cwd);
    if (io.snapshotPath) request.sources = { ...request.sources, snapshotPath: io.snapshotPath };
    if (request.signals && io.retry) request.signals.retry = { ...request.signals.retry, ...io.retry };
    if (request.content && "retry" in request.content && io.retry)
      request.content.retry = { ...request.content.retry, ...io.retry };
    if (!options.quiet) request.progress = (line) => io.stderr(`lockgate: ${line}
`);
    if (io.progressAfterMs !== void 0) request.progressAfterMs = io.progressAfterMs;
    const report = await check(request);
    if (options.cacheDir) await pruneCache(cacheRoot(options.cacheDir, cwd));
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
  const headDir = path.resolve(cwd, options.headDir ?? ".");
  const head = new DirTree(headDir);
  const baseRef = options.baseDir ? void 0 : options.base ?? await defaultBase(headDir, options.all);
  const gitBase = baseRef === void 0 ? void 0 : new GitTree(headDir, baseRef);
  const base = gitBase ?? (options.baseDir ? new DirTree(path.resolve(cwd, options.baseDir), "base") : new EmptyTree());
  const changedFiles = options.all || base instanceof EmptyTree ? void 0 : await changedInstallFiles(head, base);
  return {
    head,
    base,
    mode: options.all ? "all" : "diff",
    config: configRequest(options, cwd, head, gitBase),
    lockfileGlobs: options.lockfiles,
    ...changedFiles ? { changedFiles } : {},
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
        ...options.cacheDir ? { cache: registryCacheDir(options.cacheDir, cwd, headDir) } : {},
        ...options.minReleaseAgeMs !== void 0 ? { minReleaseAgeMs: options.minReleaseAgeMs } : {},
        // Run locally (a terminal, a pre-commit hook): a held version is one that can be installed later.
        verb: "install",
        holds: options.holds,
        env,
        retry: { timeoutMs: options.requestTimeoutMs }
      }
    },
    ...options.demoTarballs ? { content: { directory: options.demoTarballs } } : !options.noContent && !options.offline ? {
      content: {
        registryUrl: options.registryUrl,
        env,
        retry: { timeoutMs: options.requestTimeoutMs },
        ...options.cacheDir ? { cacheDir: cacheRoot(options.cacheDir, cwd) } : {}
      }
    } : {}
  };
}
function configRequest(options, cwd, head, gitBase) {
  if (options.config) {
    const file = path.resolve(cwd, options.config);
    return { tree: new DirTree(path.dirname(file)), path: path.basename(file), origin: "--config", required: true };
  }
  return gitBase ? { tree: gitBase, path: DEFAULT_CONFIG, origin: "default", required: false, untrusted: head } : { tree: head, path: DEFAULT_CONFIG, origin: "default", required: false };
}
function workspaceRoot(cwd) {
  const start = path.resolve(cwd);
  if (hasLockfileBelow(start)) return start;
  for (let dir = start; ; ) {
    if (dir !== start && readdirSync(dir).some((name) => lockfileName(name) !== void 0)) return dir;
    const parent = path.dirname(dir);
    if (existsSync(path.join(dir, ".git")) || parent === dir) {
      throw new UsageError(
        `No lockfile in ${start}, below it, or in a folder above it up to ${dir}; run lockgate in the project that has one, or name the folder with --head-dir.`
      );
    }
    dir = parent;
  }
}
function hasLockfileBelow(dir) {
  const walk = (at) => readdirSync(at, { withFileTypes: true }).some(
    (entry) => entry.isDirectory() ? entry.name !== "node_modules" && entry.name !== ".git" && walk(path.join(at, entry.name)) : lockfileName(entry.name) !== void 0
  );
  return walk(dir);
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
    requireLive: false,
    demoTarballs: path.join(dir, "tarballs")
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
