/**
 * The npm package: `npm pack` from the built repository, then, in an empty
 * directory with an empty npm cache and no network (`--offline`: the package
 * has no runtime dependencies, dist/ is self-contained), `npx --package` runs
 * its `lockgate` bin the way the README tells users to, `npm i -g` installs it,
 * and the pre-commit hook of .pre-commit-hooks.yaml, installed the way
 * pre-commit installs a `language: node` hook (`npm install -g` of the packed
 * repository into its own prefix), fails a commit that adds a flagged version.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import yaml from 'js-yaml';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { builtDist } from '../support/cli.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let tarball: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lockgate-pack-'));
  // The repository as published: this run's build as dist/ (npm test never rewrites the committed one).
  const stage = path.join(work, 'stage');
  for (const file of ['package.json', 'README.md', 'LICENSE', 'action.yml', 'examples/postmark-mcp']) {
    cpSync(path.join(ROOT, file), path.join(stage, file), { recursive: true });
  }
  cpSync(builtDist(), path.join(stage, 'dist'), { recursive: true });
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', work], { cwd: stage });
  const packed = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((f) => f.path);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let packedFiles: string[] = [];

type Ran = { code: number; stdout: string; stderr: string };

/** Runs a command; a non-zero exit is a result, not a throw. */
async function exec(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(command, args, options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** An empty directory with its own empty npm cache, offline. */
function cleanDir(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(path.join(work, 'clean-'));
  return {
    dir,
    env: {
      ...process.env,
      npm_config_cache: path.join(dir, '.npm'),
      npm_config_update_notifier: 'false',
      npm_config_offline: 'true',
    },
  };
}

/** `npx --yes --package <tarball> lockgate …` (the README's form, with npm 11's npx) from a clean directory. */
async function npx(args: string[]): Promise<Ran> {
  const { dir, env } = cleanDir();
  return exec(npxBin, ['--yes', '--package', tarball, 'lockgate', ...args], { cwd: dir, env });
}

const npxBin = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** `npm install --global --prefix <dir> <tarball>`, offline: the bin directory it installed into. */
async function installGlobal(): Promise<string> {
  const { dir, env } = cleanDir();
  const prefix = path.join(dir, 'prefix');
  const installed = await exec(npm, ['install', '--global', '--prefix', prefix, tarball], { cwd: dir, env });
  expect(installed.code, installed.stderr).toBe(0);
  return path.join(prefix, 'bin');
}

describe('npm pack', () => {
  it('ships the bundle, the snapshot and the example, and nothing from src or test', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining(['dist/cli.js', 'dist/advisories.snapshot', 'package.json', 'LICENSE', 'action.yml']),
    );
    expect(packedFiles.some((f) => f.startsWith('dist/chunks/'))).toBe(true);
    expect(packedFiles.some((f) => f.startsWith('examples/postmark-mcp/head/'))).toBe(true);
    expect(packedFiles.filter((f) => /^(src|test|bench|scripts|node_modules)\//.test(f))).toEqual([]);
    expect(readdirSync(work)).toContain(path.basename(tarball));
  });

  it('npx runs lockgate --help, --version and the demo from a clean directory, offline', async () => {
    const [help, version, demo] = await Promise.all([npx(['--help']), npx(['--version']), npx(['--demo'])]);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('--base <ref>');
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    // The demo: the postmark-mcp finding from the example shipped in the package, exit 1.
    expect(demo.code, demo.stderr).toBe(1);
    expect(demo.stdout).toMatch(/^lockgate: 1 malicious package version found in 1 lockfile\./);
    expect(demo.stdout).toContain('postmark-mcp@1.0.16');
  });
});

describe('installed from the tarball', () => {
  it('npm i -g puts a working lockgate on the path, offline', async () => {
    const bin = await installGlobal();
    const demo = await exec(path.join(bin, 'lockgate'), ['--demo'], { cwd: work });
    expect(demo.code, demo.stderr).toBe(1);
    expect(demo.stdout).toContain('postmark-mcp@1.0.16');
    expect((await exec(path.join(bin, 'lockgate'), ['org', '--help'], { cwd: work })).stdout).toMatch(
      /^lockgate org <owner>/,
    );
  });

  it('the pre-commit hook fails a commit that adds a flagged version and passes a clean one', async () => {
    const hooks = yaml.load(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      language: string;
      files: string;
      pass_filenames: boolean;
    }[];
    const hook = hooks.find((h) => h.id === 'lockgate')!;
    expect(hook.language).toBe('node');
    expect(hook.pass_filenames).toBe(false);
    const files = new RegExp(hook.files);
    for (const file of [
      'package-lock.json',
      'apps/web/pnpm-lock.yaml',
      'yarn.lock',
      'bun.lock',
      'bun.lockb',
      'npm-shrinkwrap.json',
    ])
      expect(files.test(file), file).toBe(true);
    expect(files.test('package.json')).toBe(false);

    // pre-commit's node language: `npm install -g <packed repository>` into the hook's own prefix, then `entry`.
    const bin = await installGlobal();
    const [command, ...args] = hook.entry.split(' ');
    const repo = mkdtempSync(path.join(work, 'repo-'));
    const git = (...a: string[]) =>
      run('git', a, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      });
    const example = path.join(ROOT, 'examples', 'postmark-mcp');
    await git('init', '-q');
    cpSync(path.join(example, 'base'), repo, { recursive: true });
    await git('add', '.');
    await git('commit', '-qm', 'base');
    cpSync(path.join(example, 'head'), repo, { recursive: true });
    await git('add', '.');
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
    const staged = await exec(command!, [...args, '--offline'], { cwd: repo, env });
    expect(staged.code, staged.stderr).toBe(1);
    expect(staged.stdout).toContain('postmark-mcp@1.0.16');
    await git('commit', '-qm', 'head');
    const clean = await exec(command!, [...args, '--offline'], { cwd: repo, env });
    expect(clean.code, clean.stderr + clean.stdout).toBe(0);
  });
});

describe("the README's commands, with the tarball for lockgate@1", () => {
  /** The `npx --yes --package lockgate@1 lockgate …` lines of README.md's shell blocks, as argv. */
  function readmeNpx(): string[][] {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
    return blocks
      .flatMap((b) => b.split('\n'))
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter((line) => line.startsWith('npx --yes --package lockgate@1 lockgate '))
      .map((line) => line.split(/\s+/).slice(1));
  }

  it('runs each one: the check against origin/main, and the org scan against a GitHub stand-in', async () => {
    const lines = readmeNpx();
    expect(lines.length).toBeGreaterThanOrEqual(2);
    // A repository whose origin/main has the example's base and whose working tree has its head.
    const repo = mkdtempSync(path.join(work, 'readme-'));
    const gitEnv = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@e',
    };
    const git = (...a: string[]) => run('git', a, { cwd: repo, env: gitEnv });
    const example = path.join(ROOT, 'examples', 'postmark-mcp');
    await run('git', ['init', '-q', '--bare', path.join(work, 'origin.git')]);
    await git('init', '-q', '-b', 'main');
    cpSync(path.join(example, 'base'), repo, { recursive: true });
    await git('add', '.');
    await git('commit', '-qm', 'base');
    await git('remote', 'add', 'origin', path.join(work, 'origin.git'));
    await git('push', '-q', 'origin', 'main');
    cpSync(path.join(example, 'head'), repo, { recursive: true });

    const { startGitHubOrgServer } = await import('../support/github-org-server.js');
    const server = await startGitHubOrgServer({ owner: 'acme' });
    server.addRepos([
      {
        name: 'mail',
        files: { 'package-lock.json': readFileSync(path.join(example, 'head', 'package-lock.json'), 'utf8') },
      },
      {
        name: 'web',
        files: { 'package-lock.json': readFileSync(path.join(example, 'base', 'package-lock.json'), 'utf8') },
      },
    ]);
    try {
      for (const argv of lines) {
        const args = argv.map((a) => (a === 'lockgate@1' ? tarball : a));
        const { env } = cleanDir();
        const ran = await exec(npxBin, [...args, '--offline'], {
          cwd: repo,
          env: { ...env, GITHUB_API_URL: server.url, GITHUB_TOKEN: 'ghs_readme' },
        });
        // Both find postmark-mcp@1.0.16: in the working tree, and in acme/mail.
        expect(ran.code, `${argv.join(' ')}\n${ran.stderr}`).toBe(1);
        expect(ran.stdout).toContain('postmark-mcp@1.0.16');
        if (argv.includes('org')) expect(ran.stdout).toMatch(/acme\/mail/);
      }
    } finally {
      await server.close();
    }
  });
});
