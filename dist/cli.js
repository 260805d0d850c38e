#!/usr/bin/env node
import { createRequire as __lockgateCreateRequire } from 'node:module';
const require = __lockgateCreateRequire(import.meta.url);
import {
  DirTree,
  GitTree,
  checkComparison,
  compareTrees,
  createSources,
  defaultBaseRef,
  errorSentence,
  exitCode,
  lockgateVersion,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText
} from "./chunks/chunk-OV5IUAG4.js";
import "./chunks/chunk-6M2POZZX.js";
import "./chunks/chunk-T5X3EIEI.js";
import "./chunks/chunk-OD3H3W7Q.js";
import "./chunks/chunk-VJTRWSQF.js";
import "./chunks/chunk-3GP7XQVC.js";
import "./chunks/chunk-7FTKMFDC.js";

// src/entry/cli.ts
import path from "node:path";

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
  --lockfile <path>       check only this lockfile (repeatable; default: every lockfile
                          found, skipping node_modules)
  --advisories <path>     extra advisories: OSV .json record or array, a directory of
                          them, .jsonl / .jsonl.gz, or a plain list (one name@version or
                          name per line, # comments) (repeatable)
  --offline               use no network source (bundled snapshot and --advisories only)
  --require-live          exit 2 when a live advisory source (OSV, GitHub) does not answer
  --osv-url <url>         OSV API base URL (default https://api.osv.dev)
  --github-api-url <url>  GitHub API base URL (default $GITHUB_API_URL or https://api.github.com)
  --request-timeout <s>   seconds allowed for one request to a live source (default 10;
                          failed requests are retried with backoff)
  --all                   check every package in the head lockfiles, not only new versions
  --format <f>            text (default) | json | markdown | sarif
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 no finding, 1 at least one finding, 2 bad usage, unreadable input or a
required advisory source unavailable.`;
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
        advisories: { type: "string", multiple: true },
        offline: { type: "boolean" },
        "require-live": { type: "boolean" },
        "osv-url": { type: "string" },
        "github-api-url": { type: "string" },
        "request-timeout": { type: "string" },
        all: { type: "boolean" },
        format: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    }));
  } catch (error) {
    throw new UsageError(`${error.message.split("\n")[0]} (see lockgate --help).`);
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
  const githubApiUrl = url(
    "--github-api-url",
    values["github-api-url"] ?? env.GITHUB_API_URL ?? "https://api.github.com"
  );
  return {
    ...values.base !== void 0 ? { base: nonEmpty("--base", values.base) } : {},
    ...values["base-dir"] !== void 0 ? { baseDir: nonEmpty("--base-dir", values["base-dir"]) } : {},
    headDir: values["head-dir"] ?? ".",
    lockfiles: values.lockfile ?? [],
    advisories: values.advisories ?? [],
    offline: values.offline ?? false,
    requireLive: values["require-live"] ?? false,
    all: values.all ?? false,
    format,
    osvUrl,
    githubApiUrl,
    requestTimeoutMs: seconds("--request-timeout", values["request-timeout"] ?? "10") * 1e3,
    help: values.help ?? false,
    version: values.version ?? false
  };
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
  try {
    const parsed = new URL(value);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error();
  } catch {
    throw new UsageError(`Invalid ${flag} '${value}'. Expected an http(s) URL such as https://api.osv.dev.`);
  }
  return value.replace(/\/+$/, "");
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
    const report = await scanForCli(options, io.env);
    io.stdout(render(report, options));
    for (const error of report.errors) io.stderr(`lockgate: ${error}
`);
    return exitCode(report);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}
`);
    return 2;
  }
}
async function scanForCli(options, env) {
  const headDir = path.resolve(options.headDir);
  const head = new DirTree(headDir);
  const base = options.baseDir ? new DirTree(path.resolve(options.baseDir), "base") : new GitTree(headDir, options.base ?? await defaultBaseRef(headDir));
  const [comparison, sources] = await Promise.all([
    compareTrees(head, base, options.lockfiles),
    createSources({
      advisories: options.advisories,
      offline: options.offline,
      osvUrl: options.osvUrl,
      githubApiUrl: options.githubApiUrl,
      requestTimeoutMs: options.requestTimeoutMs,
      ...env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}
    })
  ]);
  return checkComparison(comparison, sources.sources, {
    all: options.all,
    requireLive: options.requireLive,
    liveSources: sources.live,
    workflows: async () => (await import("./chunks/workflows-4DCY6WSD.js")).readWorkflowSecrets(headDir)
  });
}
function render(report, options) {
  switch (options.format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return `${renderMarkdown(report, { maxChars: 1024 * 1024 })}
`;
    case "sarif":
      return `${JSON.stringify(renderSarif(report, lockgateVersion()), null, 2)}
`;
    default:
      return renderText(report);
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env
});
