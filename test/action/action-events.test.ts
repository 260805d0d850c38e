/**
 * The built action on other events and checkouts, and the attacks through
 * symbolic links and advisory lists a pull request can edit, end to end (see
 * action.test.ts for the setup).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as runCli } from '../support/cli.js';

import {
  EXAMPLE,
  createRepo,
  git,
  lineOf,
  pullRequestPayload,
  runAction,
  scratch,
  writeFiles,
  type ActionRun,
  useGitHubStandIn,
} from './harness.js';
import { commandLines, postmarkPr, properties, sideFiles } from './postmark-pr.js';

const PR = 7;
const gh = useGitHubStandIn();
const freshDir = gh.freshDir;
const { postmarkRepo, runPr } = postmarkPr(gh, PR);

describe('events and checkouts', () => {
  it('pull_request_target: the workspace holds the base; the head is read through the contents API', async () => {
    // The workspace is the base branch only; the fork's head commit exists only on "GitHub".
    const base = sideFiles(EXAMPLE, 'base', 'package-lock.json');
    const ws = createRepo(freshDir('repo'), base, {});
    const baseSha = ws.baseSha;
    git(ws.dir, 'checkout', '-q', 'main');
    const headSha = 'f'.repeat(40);
    gh.server.addCommit(headSha, sideFiles(EXAMPLE, 'head', 'package-lock.json'));
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runAction({
      workspace: ws.dir,
      apiUrl: gh.server.url,
      event: 'pull_request_target',
      payload: pullRequestPayload(PR, baseSha, headSha, { fork: true }),
      runnerDir: freshDir('runner'),
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(gh.server.calls()).toContain(`GET /repos/acme/mail-assistant/git/trees/${headSha}`);
    expect(gh.server.calls()).toContain('GET /repos/acme/mail-assistant/contents/package-lock.json');
    const line = lineOf(
      readFileSync(path.join(EXAMPLE, 'head', 'package-lock.json'), 'utf8'),
      (l) => l.trim() === '"node_modules/postmark-mcp": {',
    );
    expect(properties(commandLines(run, 'error')[0]!)).toMatchObject({ file: 'package-lock.json', line: String(line) });
    // Nothing of the PR was checked out.
    expect(git(ws.dir, 'rev-parse', 'HEAD')).toBe(baseSha);
    expect(git(ws.dir, 'status', '--porcelain')).toBe('');
  }, 60_000);

  it('a shallow checkout fetches just the base commit', async () => {
    const origin = createRepo(
      freshDir('origin'),
      sideFiles(EXAMPLE, 'base', 'package-lock.json'),
      sideFiles(EXAMPLE, 'head', 'package-lock.json'),
    );
    git(origin.dir, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const clone = freshDir('clone');
    git(gh.dir, 'clone', '-q', '--depth=1', '--branch', 'pr', `file://${origin.dir}`, clone);
    expect(() => git(clone, 'cat-file', '-e', `${origin.baseSha}^{commit}`)).toThrow();
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runAction({
      workspace: clone,
      apiUrl: gh.server.url,
      event: 'pull_request',
      payload: pullRequestPayload(PR, origin.baseSha, origin.headSha),
      runnerDir: freshDir('runner'),
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('fetched shallowly');
    expect(gh.server.calls().some((c) => c.includes('/contents/') || c.includes('/git/trees/'))).toBe(false);
    expect(run.outputs['finding-count']).toBe('1');
  }, 60_000);

  it('push creating a branch (before = zeros) checks every version against an empty base', async () => {
    const repo = postmarkRepo();
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: gh.server.url,
      event: 'push',
      payload: {
        ref: 'refs/heads/pr',
        before: '0'.repeat(40),
        after: repo.headSha,
        created: true,
        repository: { full_name: 'acme/mail-assistant' },
      },
      runnerDir: freshDir('runner'),
    });
    expect(run.code).toBe(1);
    expect(run.outputs['finding-count']).toBe('1');
    expect(gh.server.calls().filter((c) => c.includes('/comments'))).toEqual([]);
  }, 60_000);

  it('schedule: mode all finds the version already on the default branch', async () => {
    const repo = postmarkRepo();
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: gh.server.url,
      event: 'schedule',
      payload: { schedule: '17 6 * * *' },
      runnerDir: freshDir('runner'),
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as { mode: string };
    expect(report.mode).toBe('all');
    expect(existsSync(run.outputs['report-path']!)).toBe(true);
  }, 60_000);
});

describe('attacks: symbolic links', () => {
  // The attack: package-lock.json becomes a link whose target text parses as an empty
  // lockfile, while a checkout resolves it (through a directory named like the text's first
  // half) to the file `m"}` holding the upgrade to 1.0.16.
  const TRICK_DIR = '{"lockfileVersion":3,"packages":{},"x":"';
  const headLock = () => readFileSync(path.join(EXAMPLE, 'head', 'package-lock.json'), 'utf8');

  function linkedRepo(target: string, files: Record<string, string>) {
    const repo = postmarkRepo();
    writeFiles(repo.dir, { 'package-lock.json': null, ...files });
    symlinkSync(target, path.join(repo.dir, 'package-lock.json'));
    const headSha = repo.commit({}, 'link the lockfile');
    return { ...repo, headSha };
  }

  it('a symlinked lockfile whose target text is a lockfile is read as the file it resolves to', async () => {
    const repo = linkedRepo(`${TRICK_DIR}/../m"}`, { 'm"}': headLock(), [`${TRICK_DIR}/.keep`]: '' });
    expect(git(repo.dir, 'ls-tree', 'HEAD', 'package-lock.json')).toMatch(/^120000 /);
    const run = await runPr(repo);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs['finding-count']).toBe('1');
    expect(commandLines(run, 'error').join('\n')).toContain('MAL-2025-47604');
  }, 60_000);

  it('a symlinked lockfile pointing outside the repository stops the run naming the link', async () => {
    const repo = linkedRepo('../../../../../../etc/passwd', {});
    const run = await runPr(repo);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/the symbolic link "package-lock.json" points to .*which leaves the tree/);
    expect(run.stdout + run.stderr).not.toContain('root:');
  }, 60_000);

  it('pull_request_target: a symlinked lockfile read through the contents API stops the run naming it', async () => {
    const ws = createRepo(freshDir('repo'), sideFiles(EXAMPLE, 'base', 'package-lock.json'), {});
    git(ws.dir, 'checkout', '-q', 'main');
    const headSha = 'e'.repeat(40);
    gh.server.addCommit(headSha, { 'package-lock.json': `${TRICK_DIR}/../m"}`, 'm"}': headLock() }, [
      'package-lock.json',
    ]);
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runAction({
      workspace: ws.dir,
      apiUrl: gh.server.url,
      event: 'pull_request_target',
      payload: pullRequestPayload(PR, ws.baseSha, headSha, { fork: true }),
      runnerDir: freshDir('runner'),
    });
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/package-lock\.json: is a symbolic link/);
    expect(gh.server.calls()).not.toContain('GET /repos/acme/mail-assistant/contents/package-lock.json');
  }, 60_000);

  it('CLI --head-dir: a symlinked package-lock.json beside the file it names is checked, not "deleted"', async () => {
    const dir = freshDir('dirs');
    writeFiles(dir, {
      'base/package-lock.json': readFileSync(path.join(EXAMPLE, 'base', 'package-lock.json'), 'utf8'),
      'head/real.json': headLock(),
    });
    symlinkSync('real.json', path.join(dir, 'head', 'package-lock.json'));
    const run = await runCli([
      '--base-dir',
      `${dir}/base`,
      '--head-dir',
      `${dir}/head`,
      '--offline',
      '--format',
      'json',
    ]);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as {
      lockfiles: { path: string; deleted?: boolean; findings: { name: string }[] }[];
    };
    expect(report.lockfiles).toEqual([
      expect.objectContaining({
        path: 'package-lock.json',
        findings: [expect.objectContaining({ name: 'postmark-mcp' })],
      }),
    ]);
    expect(report.lockfiles[0]!.deleted).toBeUndefined();
  }, 60_000);
});

describe('attacks: advisory lists a pull request can edit', () => {
  const QUIET = {
    id: 'MAL-2099-0300',
    affected: [{ package: { ecosystem: 'npm', name: 'quiet-pkg' }, versions: ['9.9.9'] }],
  };
  /** The example's head lockfile plus quiet-pkg 9.9.9, which only the repository's own list flags. */
  const headWithQuiet = () => {
    const doc = JSON.parse(readFileSync(path.join(EXAMPLE, 'head', 'package-lock.json'), 'utf8')) as {
      packages: Record<string, object>;
    };
    doc.packages['node_modules/quiet-pkg'] = {
      version: '9.9.9',
      resolved: 'https://registry.npmjs.org/quiet-pkg/-/quiet-pkg-9.9.9.tgz',
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  };
  const quietFinding = (run: ActionRun) =>
    (JSON.parse(run.outputs['findings']!) as { name: string; advisories: string[] }[]).find(
      (f) => f.name === 'quiet-pkg',
    );

  function listRepo(
    config: string,
    base: Record<string, string | Buffer>,
    head: Record<string, string | Buffer | null>,
  ) {
    const repo = createRepo(
      freshDir('repo'),
      { ...sideFiles(EXAMPLE, 'base', 'package-lock.json'), '.github/lockgate.yml': config },
      { 'package-lock.json': headWithQuiet() },
    );
    // Binary lists are written as bytes, then both commits are rebuilt in order.
    git(repo.dir, 'checkout', '-q', 'main');
    for (const [file, bytes] of Object.entries(base)) {
      mkdirSync(path.dirname(path.join(repo.dir, file)), { recursive: true });
      writeFileSync(path.join(repo.dir, file), bytes);
    }
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'lists');
    const baseSha = git(repo.dir, 'rev-parse', 'HEAD');
    git(repo.dir, 'checkout', '-q', '-B', 'pr');
    writeFileSync(path.join(repo.dir, 'package-lock.json'), headWithQuiet());
    for (const [file, bytes] of Object.entries(head)) {
      if (bytes === null) rmSync(path.join(repo.dir, file), { force: true });
      else writeFileSync(path.join(repo.dir, file), bytes);
    }
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '--allow-empty', '-m', 'head');
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    return { dir: repo.dir, baseSha, headSha: git(repo.dir, 'rev-parse', 'HEAD') };
  }

  it.each([
    ['.jsonl.gz', 'security/mal.jsonl.gz', gzipSync(`${JSON.stringify(QUIET)}\n`), gzipSync('')],
    [
      '.zip',
      'security/mal.zip',
      Buffer.from(zipSync({ 'MAL-2099-0300.json': strToU8(JSON.stringify(QUIET)) })),
      Buffer.from(zipSync({ 'README.txt': strToU8('nothing here') })),
    ],
  ])(
    'binary-list attack (%s): a PR that rewrites the list to drop the entry is still flagged',
    async (_kind, file, before, after) => {
      const repo = listRepo(`advisories:\n  - ${file}\n`, { [file]: before }, { [file]: after });
      const run = await runPr(repo);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(quietFinding(run)?.advisories).toEqual(['MAL-2099-0300']);
    },
    60_000,
  );

  it('directory-list attack: a PR that deletes a record from a directory list is still flagged', async () => {
    const repo = listRepo(
      'advisories:\n  - security/advisories\n',
      { 'security/advisories/quiet.json': JSON.stringify(QUIET), 'security/advisories/other.txt': 'left-pad@0.0.1\n' },
      { 'security/advisories/quiet.json': null },
    );
    const run = await runPr(repo);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(quietFinding(run)?.advisories).toEqual(['MAL-2099-0300']);
  }, 60_000);

  it('a directory list the PR does not touch breaks nothing, and list ids name the repository path', async () => {
    const repo = listRepo(
      'advisories:\n  - security/advisories\n',
      { 'security/advisories/incidents.txt': '# ours\nquiet-pkg@9.9.9\n' },
      {},
    );
    const run = await runPr(repo);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    // Stable across runs: no temporary path, so an ignore entry can name it.
    expect(quietFinding(run)?.advisories).toEqual(['LIST-security/advisories/incidents.txt:2']);
  }, 60_000);

  it('list-symlink attack: a list turned into a link to a runner file stops the run without quoting it', async () => {
    const runner = scratch();
    const npmrc = path.join(runner.dir, '.npmrc');
    writeFileSync(npmrc, '//registry.npmjs.org/:_authToken=npm_SECRET0000\n');
    const repo = listRepo('advisories:\n  - security/incidents.txt\n', { 'security/incidents.txt': '# ours\n' }, {});
    rmSync(path.join(repo.dir, 'security/incidents.txt'));
    symlinkSync(npmrc, path.join(repo.dir, 'security/incidents.txt'));
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'link the list');
    const run = await runPr({ ...repo, headSha: git(repo.dir, 'rev-parse', 'HEAD') });
    runner.cleanup();
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/security\/incidents\.txt: this advisory list is a symbolic link/);
    expect(run.stdout + run.stderr + run.summary).not.toContain('SECRET');
  }, 60_000);
});
