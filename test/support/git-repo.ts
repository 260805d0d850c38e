/**
 * Test git repositories: a base commit on main and a head commit on branch pr,
 * made in one process (git fast-import), and git commands for tests. Used by
 * the Action tests (test/action/harness.ts) and by any test that reads git
 * objects.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  // No background maintenance after each test commit (one more process each time), and no signing.
  GIT_CONFIG_COUNT: '3',
  GIT_CONFIG_KEY_0: 'maintenance.auto',
  GIT_CONFIG_VALUE_0: 'false',
  GIT_CONFIG_KEY_1: 'gc.auto',
  GIT_CONFIG_VALUE_1: '0',
  GIT_CONFIG_KEY_2: 'commit.gpgsign',
  GIT_CONFIG_VALUE_2: 'false',
};

/** Run `git` in `cwd`, returning trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV }).trim();
}

const execFileAsync = promisify(execFile);

/** `git` without blocking this process: the loopback stand-ins of concurrent tests keep answering meanwhile. */
export async function gitAsync(cwd: string, ...args: string[]): Promise<string> {
  return (await execFileAsync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV })).stdout.trim();
}

/** Files to write (null deletes), by path. */
export type Files = Record<string, string | Uint8Array | null>;

/** A git repository with a base commit on main and a head commit on `pr`, checked out at head. */
export interface TestRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  /** Commit more files on the current branch; returns the new sha. */
  commit(files: Files, message: string): string;
}

/** Write `files` under `dir`. */
export function writeFiles(dir: string, files: Files): void {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (text === null) rmSync(full, { force: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
}

/** A path as git fast-import reads it: C-style quoted, so any name a test uses is written as it is. */
function quotedPath(file: string): string {
  return `"${file.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
}

/** A `data` block of git fast-import. */
function dataBlock(bytes: Uint8Array): Buffer[] {
  return [Buffer.from(`data ${bytes.length}\n`), Buffer.from(bytes), Buffer.from('\n')];
}

/** One commit of a fast-import stream on `branch`, writing `files` (null deletes) over `parent`. */
function commitStream(branch: string, mark: number, files: Files, message: string, parent?: number): Buffer[] {
  const when = `${Math.floor(Date.now() / 1000)} +0000`;
  const out: Buffer[] = [
    Buffer.from(
      `commit refs/heads/${branch}\nmark :${mark}\nauthor t <t@example.com> ${when}\ncommitter t <t@example.com> ${when}\n`,
    ),
    ...dataBlock(Buffer.from(message)),
  ];
  if (parent !== undefined) out.push(Buffer.from(`from :${parent}\n`));
  for (const [file, content] of Object.entries(files)) {
    if (content === null) out.push(Buffer.from(`D ${quotedPath(file)}\n`));
    else {
      out.push(Buffer.from(`M 100644 inline ${quotedPath(file)}\n`));
      out.push(...dataBlock(typeof content === 'string' ? Buffer.from(content) : content));
    }
  }
  return out;
}

/**
 * The whole repository in one process: the vitest worker is a large process,
 * and each process it starts costs it a copy of its page tables, so a test
 * repository is one `sh` (git init, fast-import of both commits, checkout of
 * head) instead of a dozen git commands.
 */
const BUILD_REPO = 'git init -q -b main && git fast-import --quiet && git checkout -q -f pr && git rev-parse main pr';

function repoStream(base: Files, head: Files): Buffer {
  return Buffer.concat([
    ...commitStream('main', 1, base, 'base'),
    ...commitStream('pr', 2, head, 'head', 1),
    Buffer.from('done\n'),
  ]);
}

function testRepo(dir: string, shasOut: string): TestRepo {
  const [baseSha = '', headSha = ''] = shasOut.trim().split('\n');
  return {
    dir,
    baseSha,
    headSha,
    commit(files, message) {
      writeFiles(dir, files);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--allow-empty', '-m', message);
      return git(dir, 'rev-parse', 'HEAD');
    },
  };
}

/** Create the repository: `base` files committed on main, then `head` files on branch pr, checked out at head. */
export function createRepo(dir: string, base: Files, head: Files): TestRepo {
  mkdirSync(dir, { recursive: true });
  const out = execFileSync('sh', ['-c', BUILD_REPO], { cwd: dir, env: GIT_ENV, input: repoStream(base, head) });
  return testRepo(dir, out.toString('utf8'));
}

/** createRepo for tests that run concurrently beside in-process stand-ins: no git call blocks their answers. */
export async function createRepoAsync(dir: string, base: Files, head: Files): Promise<TestRepo> {
  mkdirSync(dir, { recursive: true });
  const out = await new Promise<string>((resolve, reject) => {
    const child = execFile('sh', ['-c', BUILD_REPO], { cwd: dir, env: GIT_ENV, encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    child.stdin!.end(repoStream(base, head));
  });
  return testRepo(dir, out);
}
