/**
 * Runs the built action (`node dist/index.js`, as built for this test run by
 * test/global-setup.ts) the way the runner does: event
 * payload file, INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files,
 * RUNNER_TEMP, GITHUB_API_URL pointing at a loopback server, and a real git
 * repository as the workspace.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ROOT } from '../helpers.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { createRepo, type Files } from '../support/git-repo.js';
import { builtDist } from '../support/cli.js';
import { parseReport } from '../support/report-schema.js';

/** The test repositories, re-exported for the Action tests. */
export {
  createRepo,
  createRepoAsync,
  git,
  gitAsync,
  writeFiles,
  type Files,
  type TestRepo,
} from '../support/git-repo.js';

export const OWNER = 'acme';
export const REPO = 'mail-assistant';
export const TOKEN = 'ghs_test0000000000000000000000000000000000';
export const EXAMPLE = path.join(ROOT, 'examples', 'postmark-mcp');
export const FIXTURES = path.join(ROOT, 'test', 'action', 'fixtures');

/** What one run of the action produced. */
export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  ms: number;
}

/** A scratch directory removed by `cleanup`. */
export function scratch(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-action-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A GitHub REST stand-in for the tests of one file, and a scratch folder for their repositories. */
export interface GitHubStandIn {
  readonly server: GitHubApiServer;
  /** The scratch folder, removed after the file's tests. */
  readonly dir: string;
  /** A new path in the scratch folder, `name-N`. */
  freshDir(name: string): string;
}

/**
 * Start the stand-in before a file's tests and stop it after them; before each
 * test clear its request log and comments, allow comment writes again and
 * answer as the Actions installation token. Call at the top of a test file.
 */
export function useGitHubStandIn(): GitHubStandIn {
  let server: GitHubApiServer | undefined;
  const tmp = scratch();
  let counter = 0;
  beforeAll(async () => {
    server = await startGitHubApiServer(OWNER, REPO);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    tmp.cleanup();
  });
  beforeEach(() => {
    server!.reset();
    server!.comments.length = 0;
    server!.denyCommentWrites(false);
    server!.useIdentity({ kind: 'installation', login: 'github-actions[bot]' });
  });
  return {
    get server() {
      return server!;
    },
    dir: tmp.dir,
    freshDir: (name) => path.join(tmp.dir, `${name}-${++counter}`),
  };
}

/**
 * Run the action on pull request `pr` whose head commit writes `files` over `base`; the pull request's file
 * list names each of them as modified.
 */
export async function runOnPullRequestChanging(
  gh: GitHubStandIn,
  pr: number,
  base: Files,
  files: Record<string, string>,
): Promise<ActionRun> {
  const repo = createRepo(gh.freshDir('repo'), base, files);
  gh.server.setPullFiles(
    pr,
    Object.keys(files).map((filename) => ({ filename, status: 'modified' })),
    repo.headSha,
  );
  return runAction({
    workspace: repo.dir,
    apiUrl: gh.server.url,
    event: 'pull_request',
    payload: pullRequestPayload(pr, repo.baseSha, repo.headSha, { changedFiles: Object.keys(files).length }),
    runnerDir: gh.freshDir('runner'),
  });
}

/** The files of a directory as a map (relative path → text). */
export function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out[child] = readFileSync(path.join(dir, child), 'utf8');
    }
  };
  walk('');
  return out;
}

/** A pull_request event payload shaped like GitHub's. */
export function pullRequestPayload(
  number: number,
  baseSha: string,
  headSha: string,
  options: { action?: string; changedFiles?: number; fork?: boolean } = {},
): object {
  const repository = {
    id: 123456789,
    node_id: 'R_kgDOExample',
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    private: false,
    owner: { login: OWNER, id: 1001, type: 'Organization' },
    html_url: `https://github.com/${OWNER}/${REPO}`,
    default_branch: 'main',
  };
  const headRepo = options.fork
    ? {
        ...repository,
        id: 987654321,
        full_name: `mallory/${REPO}`,
        owner: { login: 'mallory', id: 666, type: 'User' },
        fork: true,
      }
    : repository;
  return {
    action: options.action ?? 'synchronize',
    number,
    pull_request: {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${number}`,
      id: 2_000_000 + number,
      node_id: 'PR_kwDOExample',
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`,
      number,
      state: 'open',
      locked: false,
      title: 'Bump postmark-mcp from 1.0.15 to 1.0.16',
      user: { login: options.fork ? 'mallory' : 'dependabot[bot]', id: 49699333, type: options.fork ? 'User' : 'Bot' },
      draft: false,
      head: {
        label: `${options.fork ? 'mallory' : OWNER}:pr`,
        ref: 'pr',
        sha: headSha,
        user: headRepo.owner,
        repo: headRepo,
      },
      base: { label: `${OWNER}:main`, ref: 'main', sha: baseSha, user: repository.owner, repo: repository },
      merged: false,
      mergeable: null,
      commits: 1,
      additions: 4,
      deletions: 4,
      changed_files: options.changedFiles ?? 2,
    },
    repository,
    sender: { login: 'dependabot[bot]', id: 49699333, type: 'Bot' },
  };
}

/** Parse GITHUB_OUTPUT (`name<<delimiter` blocks written by @actions/core). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

/** Run the built dist/index.js as the runner would. */
export async function runAction(options: {
  workspace: string;
  apiUrl: string;
  event: string;
  payload: object;
  inputs?: Record<string, string>;
  runnerDir: string;
  /** More environment variables (the fault tests shorten the HTTP limits with them). */
  env?: Record<string, string>;
}): Promise<ActionRun> {
  mkdirSync(options.runnerDir, { recursive: true });
  const eventPath = path.join(options.runnerDir, 'event.json');
  const outputPath = path.join(options.runnerDir, 'output.txt');
  const summaryPath = path.join(options.runnerDir, 'summary.md');
  const temp = path.join(options.runnerDir, 'temp');
  mkdirSync(temp, { recursive: true });
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs: Record<string, string> = {
    'github-token': TOKEN,
    lockfiles: '',
    advisories: '',
    offline: 'true',
    'require-live-sources': 'false',
    mode: 'diff',
    comment: 'on-findings',
    'warn-only': 'false',
    config: '.github/lockgate.yml',
    'sarif-file': '',
    'osv-url': 'https://api.osv.dev',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '424242',
    GITHUB_JOB: 'lockgate',
    GITHUB_ACTION: 'lockgate',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: temp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const started = performance.now();
  const child = spawn(process.execPath, [path.join(builtDist(), 'index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
  // Every report file the action writes follows the published schema.
  if (outputs['report-path']) parseReport(readFileSync(outputs['report-path'], 'utf8'), 'the report file');
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs,
    ms: Math.round(performance.now() - started),
  };
}

/** 1-based line of the first line of `text` that `test` accepts (found independently of lockgate's parsers). */
export function lineOf(text: string, test: (line: string) => boolean): number {
  const index = text.split('\n').findIndex(test);
  if (index < 0) throw new Error('line not found');
  return index + 1;
}
