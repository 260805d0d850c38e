import path from 'node:path';
import { parseCliArgs, USAGE, type CliOptions } from '../config/cli-args.js';
import { renderJson, renderMarkdown, renderText } from '../outputs/render.js';
import { exitCode, type Report } from '../core/report.js';
import { renderSarif } from '../outputs/sarif.js';
import { checkComparison } from '../engine/lookup.js';
import { compareTrees, errorSentence } from '../engine/compare.js';
import { createSources } from '../advisories/sources.js';
import { lockgateVersion } from '../version.js';
import { DirTree, GitTree, defaultBaseRef, type Tree } from '../inputs/trees.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
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
    const report = await scanForCli(options, io.env);
    io.stdout(render(report, options));
    for (const error of report.errors) io.stderr(`lockgate: ${error}\n`);
    return exitCode(report);
  } catch (error) {
    io.stderr(`lockgate: ${errorSentence(error)}\n`);
    return 2;
  }
}

async function scanForCli(options: CliOptions, env: NodeJS.ProcessEnv): Promise<Report> {
  const headDir = path.resolve(options.headDir);
  const head = new DirTree(headDir);
  const base: Tree = options.baseDir
    ? new DirTree(path.resolve(options.baseDir), 'base')
    : new GitTree(headDir, options.base ?? (await defaultBaseRef(headDir)));
  const [comparison, sources] = await Promise.all([
    compareTrees(head, base, options.lockfiles),
    createSources({
      advisories: options.advisories,
      offline: options.offline,
      osvUrl: options.osvUrl,
      githubApiUrl: options.githubApiUrl,
      requestTimeoutMs: options.requestTimeoutMs,
      ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
    }),
  ]);
  return checkComparison(comparison, sources.sources, {
    all: options.all,
    requireLive: options.requireLive,
    liveSources: sources.live,
    workflows: async () => (await import('../inputs/workflows.js')).readWorkflowSecrets(headDir),
  });
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
