/**
 * The CLI: flags → a check request → the engine → text, JSON, Markdown or
 * SARIF on stdout (or --output), errors on stderr, the exit status.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseCliArgs, USAGE, type CliOptions } from '../config/cli-args.js';
import { DEFAULT_CONFIG } from '../config/action-inputs.js';
import { exitCode, messagesAt, type Report } from '../core/report.js';
import { check, type CheckRequest, type ConfigRequest } from '../engine/check.js';
import { errorSentence } from '../engine/compare.js';
import { DirTree, GitTree, defaultBaseRef, type Tree } from '../inputs/trees.js';
import { renderJson, renderMarkdown, renderText } from '../outputs/render.js';
import { renderSarif } from '../outputs/sarif.js';
import { lockgateVersion } from '../version.js';
import type { RetryPolicy } from '../advisories/http.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** The directory relative paths are resolved from (default: the process's). */
  cwd?: string;
  /** Advisory snapshot file instead of the bundled one (tests: a snapshot without a record). */
  snapshotPath?: string;
  /** Retry waits of the registry client (tests: no real sleeping). */
  retry?: RetryPolicy;
}

/** The whole CLI: argv in, output written, exit status out. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, io.env);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${lockgateVersion()}\n`);
    return 0;
  }
  try {
    const cwd = io.cwd ?? process.cwd();
    const request = await cliRequest(options, io.env, cwd);
    if (io.snapshotPath) request.sources = { ...request.sources, snapshotPath: io.snapshotPath };
    if (request.signals && io.retry) request.signals.retry = { ...request.signals.retry, ...io.retry };
    const report = await check(request);
    const rendered = render(report, options);
    if (options.output) await writeFile(path.resolve(cwd, options.output), rendered);
    else io.stdout(rendered);
    for (const error of messagesAt(report, 'error')) io.stderr(`lockgate: ${error.message}\n`);
    return exitCode(report, options.warnOnly);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}\n`);
    return 2;
  }
}

/** What the flags ask the engine to do. */
export async function cliRequest(options: CliOptions, env: NodeJS.ProcessEnv, cwd: string): Promise<CheckRequest> {
  const headDir = path.resolve(cwd, options.headDir);
  const head = new DirTree(headDir);
  const gitBase = options.baseDir ? undefined : new GitTree(headDir, options.base ?? (await defaultBaseRef(headDir)));
  const base: Tree = gitBase ?? new DirTree(path.resolve(cwd, options.baseDir!), 'base');
  return {
    head,
    base,
    mode: options.all ? 'all' : 'diff',
    config: configRequest(options, cwd, head, gitBase),
    lockfileGlobs: options.lockfiles,
    root: headDir,
    lists: options.advisories.map((p) => path.resolve(cwd, p)),
    ...(gitBase ? { protectListsFrom: gitBase } : {}),
    tempDir: os.tmpdir(),
    sources: {
      offline: options.offline,
      osvUrl: options.osvUrl,
      githubApiUrl: options.githubApiUrl,
      requestTimeoutMs: options.requestTimeoutMs,
      ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
    },
    requireLive: options.requireLive,
    ...(options.offline
      ? {}
      : {
          signals: {
            registryUrl: options.registryUrl,
            ...(options.minReleaseAgeMs !== undefined ? { minReleaseAgeMs: options.minReleaseAgeMs } : {}),
            env,
            retry: { timeoutMs: options.requestTimeoutMs },
          },
        }),
  };
}

/**
 * --config names a file on disk. Without it, .github/lockgate.yml is read
 * from the base commit in git mode (as the action does on pull requests: a
 * change cannot exempt itself), else from the head directory.
 */
function configRequest(options: CliOptions, cwd: string, head: Tree, gitBase: Tree | undefined): ConfigRequest {
  if (options.config) {
    const file = path.resolve(cwd, options.config);
    return { tree: new DirTree(path.dirname(file)), path: path.basename(file), origin: '--config', required: true };
  }
  return gitBase
    ? { tree: gitBase, path: DEFAULT_CONFIG, origin: 'default', required: false, untrusted: head }
    : { tree: head, path: DEFAULT_CONFIG, origin: 'default', required: false };
}

function render(report: Report, options: CliOptions): string {
  switch (options.format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return `${renderMarkdown(report, { maxChars: 1024 * 1024 })}\n`;
    case 'sarif':
      return `${JSON.stringify(renderSarif(report, lockgateVersion()), null, 2)}\n`;
    default:
      return renderText(report);
  }
}
