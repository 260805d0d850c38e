/**
 * The postmark-mcp upgrade pull request the Action's end-to-end tests share:
 * the example in each lockfile format, a repository with it committed, and a
 * run of the built action on its pull_request event against the file's GitHub
 * stand-in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  EXAMPLE,
  FIXTURES,
  createRepo,
  filesOf,
  lineOf,
  pullRequestPayload,
  runAction,
  type ActionRun,
  type GitHubStandIn,
} from './harness.js';

export const workflow = readFileSync(path.join(EXAMPLE, 'head', '.github', 'workflows', 'release.yml'), 'utf8');

/** Line of the first line `test` accepts after the line equal to `start`. */
export function lineAfter(text: string, start: string, test: (line: string) => boolean): number {
  const from = lineOf(text, (l) => l === start);
  return from + lineOf(text.split('\n').slice(from).join('\n'), test);
}

/** Comment text as GitHub renders it: numeric character references decoded, zero-width spaces dropped. */
export function rendered(body: string): string {
  return body.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replaceAll('\u200b', '');
}

/** The postmark-mcp upgrade in each lockfile format, and how to find the 1.0.16 entry's line in the text. */
export const FORMATS = [
  {
    format: 'npm',
    dir: EXAMPLE,
    lockfile: 'package-lock.json',
    entry: (t: string) => lineOf(t, (l) => l.trim() === '"node_modules/postmark-mcp": {'),
  },
  {
    format: 'yarn classic',
    dir: path.join(FIXTURES, 'yarn-classic'),
    lockfile: 'yarn.lock',
    entry: (t: string) => lineOf(t, (l) => l.startsWith('postmark-mcp@1.0.16')),
  },
  {
    format: 'yarn Berry',
    dir: path.join(FIXTURES, 'yarn-berry'),
    lockfile: 'yarn.lock',
    entry: (t: string) => lineOf(t, (l) => l === '"postmark-mcp@npm:1.0.16":'),
  },
  // pnpm 9 lists a version under `packages:` (resolution, integrity) and each installed
  // instance under `snapshots:`; the annotation goes on the `packages:` entry.
  {
    format: 'pnpm 9',
    dir: path.join(FIXTURES, 'pnpm'),
    lockfile: 'pnpm-lock.yaml',
    entry: (t: string) => lineAfter(t, 'packages:', (l) => l === '  postmark-mcp@1.0.16:'),
  },
  {
    format: 'bun',
    dir: path.join(FIXTURES, 'bun'),
    lockfile: 'bun.lock',
    entry: (t: string) => lineOf(t, (l) => l.trim().startsWith('"postmark-mcp": [')),
  },
] as const;

export function sideFiles(dir: string, side: 'base' | 'head', lockfile: string): Record<string, string> {
  const files = filesOf(path.join(dir, side));
  return {
    [lockfile]: files[lockfile]!,
    'package.json': files['package.json']!,
    '.github/workflows/release.yml': workflow,
  };
}

export function commandLines(run: ActionRun, command: 'error' | 'warning'): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith(`::${command}`));
}

/** The properties of a workflow command line (`::error title=…,file=…,line=…::message`), unescaped names, raw values. */
export function properties(line: string): Record<string, string> {
  const raw = /^::\w+ ([^:]*)::/.exec(line)?.[1] ?? '';
  return Object.fromEntries(raw.split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
}

/** Line of the npm example's postmark-mcp 1.0.16 entry, found in the text. */
export const postmarkLine = () =>
  lineOf(
    readFileSync(path.join(EXAMPLE, 'head', 'package-lock.json'), 'utf8'),
    (l) => l.trim() === '"node_modules/postmark-mcp": {',
  );

/** The repository and the runs of one test file, on pull request `PR` of its stand-in. */
export function postmarkPr(gh: GitHubStandIn, PR: number) {
  const freshDir = gh.freshDir;
  function postmarkRepo(format: (typeof FORMATS)[number] = FORMATS[0]) {
    const repo = createRepo(
      freshDir('repo'),
      sideFiles(format.dir, 'base', format.lockfile),
      sideFiles(format.dir, 'head', format.lockfile),
    );
    gh.server.setPullFiles(PR, [
      { filename: format.lockfile, status: 'modified' },
      { filename: 'package.json', status: 'modified' },
    ]);
    return repo;
  }

  /** Run the action on the pull_request event for `repo` (base and head commits), as the runner would. */
  function runPr(
    repo: { dir: string; baseSha: string; headSha: string },
    inputs?: Record<string, string>,
    payload: object = pullRequestPayload(PR, repo.baseSha, repo.headSha),
  ): Promise<ActionRun> {
    return runAction({
      workspace: repo.dir,
      apiUrl: gh.server.url,
      event: 'pull_request',
      payload,
      runnerDir: freshDir('runner'),
      ...(inputs ? { inputs } : {}),
    });
  }
  /** Requests that change something (a GraphQL query for the token's login only reads). */
  const writes = () => gh.server.calls().filter((c) => !c.startsWith('GET ') && c !== 'POST /graphql');
  return { postmarkRepo, runPr, writes };
}
