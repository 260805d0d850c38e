/**
 * The CLI: flags → a check request → the engine → text, JSON, Markdown or
 * SARIF on stdout (or --output), errors on stderr, the exit status.
 */
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from '../config/cli-args.js';
import { cacheRoot, registryCacheDir } from '../config/cache-dir.js';
import { pruneCache } from '../net/disk-cache.js';
import { DEFAULT_CONFIG } from '../config/options.js';
import { exitCode, messagesAt, type Report } from '../core/report.js';
import { check, type CheckRequest, type ConfigRequest } from '../engine/check.js';
import { errorSentence } from '../core/errors.js';
import { DirTree, EmptyTree, GitTree, defaultBaseRef, type Tree } from '../inputs/trees.js';
import { changedInstallFiles } from '../inputs/changes.js';
import { renderJson, renderMarkdown, renderText } from '../outputs/render.js';
import { sarifFor } from '../outputs/sarif.js';
import { lockgateVersion } from '../version.js';
import type { RetryPolicy } from '../net/http.js';
import { lockfileName } from '../lockfiles/formats.js';

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
  /** True when stdout is a terminal (colour, unless NO_COLOR). */
  isTTY?: boolean;
  /** How long live lookups run before the progress line (default 2 s; tests: shorter). */
  progressAfterMs?: number;
}

/** The whole CLI: argv in, output written, exit status out. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // `lockgate org <owner>`: the organisation scan, loaded only when asked for.
  if (argv[0] === 'org') return (await import('./org.js')).runOrg(argv.slice(1), io);
  let options: CliOptions & { demoTarballs?: string };
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
    if (options.demo) options = demoOptions(options);
    if (options.headDir === undefined) {
      const root = workspaceRoot(cwd);
      if (root !== cwd && !options.quiet)
        io.stderr(`lockgate: no lockfile in ${cwd}; checking ${root}, the nearest folder above it with one\n`);
      options = { ...options, headDir: root };
    }
    const request = await cliRequest(options, io.env, cwd);
    if (io.snapshotPath) request.sources = { ...request.sources, snapshotPath: io.snapshotPath };
    if (request.signals && io.retry) request.signals.retry = { ...request.signals.retry, ...io.retry };
    if (request.content && 'retry' in request.content && io.retry)
      request.content.retry = { ...request.content.retry, ...io.retry };
    if (!options.quiet) request.progress = (line) => io.stderr(`lockgate: ${line}\n`);
    if (io.progressAfterMs !== undefined) request.progressAfterMs = io.progressAfterMs;
    const report = await check(request);
    if (options.cacheDir) await pruneCache(cacheRoot(options.cacheDir, cwd));
    const color = !options.output && useColor(io.env, io.isTTY === true);
    const rendered = render(report, options, { color, uriPrefix: repositoryPrefix(request.root) });
    // A run that ended in an error has no SARIF: an empty analysis would close every open alert.
    if (rendered !== undefined) {
      if (options.output) await writeFile(path.resolve(cwd, options.output), rendered);
      else io.stdout(rendered);
    }
    for (const error of messagesAt(report, 'error')) io.stderr(`lockgate: ${error.message}\n`);
    return exitCode(report, options.warnOnly);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}\n`);
    return 2;
  }
}

/** What the flags ask the engine to do. */
export async function cliRequest(
  options: CliOptions & { demoTarballs?: string },
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<CheckRequest> {
  const headDir = path.resolve(cwd, options.headDir ?? '.');
  const head = new DirTree(headDir);
  const baseRef = options.baseDir ? undefined : (options.base ?? (await defaultBase(headDir, options.all)));
  const gitBase = baseRef === undefined ? undefined : new GitTree(headDir, baseRef);
  const base: Tree =
    gitBase ?? (options.baseDir ? new DirTree(path.resolve(cwd, options.baseDir), 'base') : new EmptyTree());
  // A change is judged as the Action judges a pull request from its file list: a lockfile left byte for
  // byte as it was is not parsed (the engine still reads every one when a committed tarball changed).
  // A full scan (--all) reads everything.
  const changedFiles = options.all || base instanceof EmptyTree ? undefined : await changedInstallFiles(head, base);
  return {
    head,
    base,
    mode: options.all ? 'all' : 'diff',
    config: configRequest(options, cwd, head, gitBase),
    lockfileGlobs: options.lockfiles,
    ...(changedFiles ? { changedFiles } : {}),
    root: headDir,
    lists: options.advisories.map((p) => path.resolve(cwd, p)),
    ...(gitBase ? { protectListsFrom: gitBase } : {}),
    sources: {
      offline: options.offline,
      osvUrl: options.osvUrl,
      githubApiUrl: options.githubApiUrl,
      requestTimeoutMs: options.requestTimeoutMs,
      env,
      ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
    },
    requireLive: options.requireLive,
    ...(options.offline
      ? {}
      : {
          signals: {
            registryUrl: options.registryUrl,
            ...(options.cacheDir ? { cache: registryCacheDir(options.cacheDir, cwd, headDir) } : {}),
            ...(options.minReleaseAgeMs !== undefined ? { minReleaseAgeMs: options.minReleaseAgeMs } : {}),
            // Run locally (a terminal, a pre-commit hook): a held version is one that can be installed later.
            verb: 'install',
            holds: options.holds,
            env,
            retry: { timeoutMs: options.requestTimeoutMs },
          },
        }),
    ...(options.demoTarballs
      ? { content: { directory: options.demoTarballs } }
      : !options.noContent && !options.offline
        ? {
            content: {
              registryUrl: options.registryUrl,
              env,
              retry: { timeoutMs: options.requestTimeoutMs },
              ...(options.cacheDir ? { cacheDir: cacheRoot(options.cacheDir, cwd) } : {}),
            },
          }
        : {}),
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

/**
 * The folder the CLI checks when --head-dir is not given: the current folder
 * when it or a folder below it holds a lockfile, else the nearest folder above
 * it with a lockfile, as npm, pnpm, yarn and Bun find the workspace root from a
 * workspace package. The search upward stops at the repository's top (a folder
 * with `.git`) and at the file-system root. Finding none is an error: a check
 * that read no lockfile must not pass.
 */
function workspaceRoot(cwd: string): string {
  const start = path.resolve(cwd);
  if (hasLockfileBelow(start)) return start;
  for (let dir = start; ;) {
    if (dir !== start && readdirSync(dir).some((name) => lockfileName(name) !== undefined)) return dir;
    const parent = path.dirname(dir);
    if (existsSync(path.join(dir, '.git')) || parent === dir) {
      throw new UsageError(
        `No lockfile in ${start}, below it, or in a folder above it up to ${dir}; run lockgate in the project that has one, or name the folder with --head-dir.`,
      );
    }
    dir = parent;
  }
}

/** A lockfile in `dir` or a folder below it (node_modules and .git are not walked). */
function hasLockfileBelow(dir: string): boolean {
  const walk = (at: string): boolean =>
    readdirSync(at, { withFileTypes: true }).some((entry) =>
      entry.isDirectory()
        ? entry.name !== 'node_modules' && entry.name !== '.git' && walk(path.join(at, entry.name))
        : lockfileName(entry.name) !== undefined,
    );
  return walk(dir);
}

/**
 * The merge-base with the remote default branch. With --all every head
 * version is checked anyway, so outside a git repository (or one without a
 * remote) there is simply no base: every package counts as new.
 */
async function defaultBase(headDir: string, all: boolean): Promise<string | undefined> {
  try {
    return await defaultBaseRef(headDir);
  } catch (error) {
    if (all) return undefined;
    throw error;
  }
}

/**
 * --demo: the postmark-mcp example shipped beside the bundle (or the source),
 * offline; its two tarballs (examples/postmark-mcp/tarballs/) are read through
 * the same content path as downloads.
 */
function demoOptions(options: CliOptions): CliOptions & { demoTarballs: string } {
  const candidates = ['../examples/postmark-mcp', '../../examples/postmark-mcp'].map((p) =>
    fileURLToPath(new URL(p, import.meta.url)),
  );
  const dir = candidates.find((candidate) => existsSync(path.join(candidate, 'head')));
  if (!dir) throw new Error('the bundled example (examples/postmark-mcp) is missing from this installation.');
  const rest = { ...options };
  delete rest.base;
  return {
    ...rest,
    baseDir: path.join(dir, 'base'),
    headDir: path.join(dir, 'head'),
    offline: true,
    requireLive: false,
    demoTarballs: path.join(dir, 'tarballs'),
  };
}

/** Colour: FORCE_COLOR (other than 0/false) turns it on, NO_COLOR (any value) off, else a terminal decides. */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return !['0', 'false'].includes(env.FORCE_COLOR);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

/**
 * The path of `dir` from the root of the git repository it is in ("" at the
 * root or outside any repository), so SARIF paths are repository-relative when
 * the CLI runs in a subdirectory of a monorepo.
 */
function repositoryPrefix(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return path.relative(at, dir).split(path.sep).join('/');
    if (path.dirname(at) === at) return '';
  }
}

function render(report: Report, options: CliOptions, how: { color: boolean; uriPrefix: string }): string | undefined {
  switch (options.format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return `${renderMarkdown(report, { maxChars: options.maxChars - 1, fullReportHint: 'run with --format json or a larger --max-chars for everything' })}\n`;
    case 'sarif': {
      const log = sarifFor(report, { toolVersion: lockgateVersion(), uriPrefix: how.uriPrefix });
      return log ? `${JSON.stringify(log, null, 2)}\n` : undefined;
    }
    default:
      // Errors go to stderr, once; the text has the rest.
      return renderText(report, { color: how.color, quiet: options.quiet, errors: false });
  }
}
