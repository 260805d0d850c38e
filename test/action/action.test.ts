/**
 * End-to-end tests of the built action (dist/index.js) run as a child process
 * with the runner's environment, a real git repository as the workspace and a
 * loopback GitHub REST API that records every request.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli as runCli } from '../support/cli.js';
import { ordinaryPackages, startRegistryServer } from '../support/registry-server.js';

import {
  EXAMPLE,
  FIXTURES,
  TOKEN,
  createRepo,
  filesOf,
  git,
  lineOf,
  pullRequestPayload,
  runAction,
  scratch,
  writeFiles,
  type ActionRun,
  useGitHubStandIn,
} from './harness.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

const PR = 7;
const gh = useGitHubStandIn();
const freshDir = gh.freshDir;

beforeEach(() => {
  gh.server.reset();
  gh.server.comments.length = 0;
  gh.server.denyCommentWrites(false);
  gh.server.useIdentity({ kind: 'installation', login: 'github-actions[bot]' });
});

const workflow = readFileSync(path.join(EXAMPLE, 'head', '.github', 'workflows', 'release.yml'), 'utf8');

/** Line of the first line `test` accepts after the line equal to `start`. */
function lineAfter(text: string, start: string, test: (line: string) => boolean): number {
  const from = lineOf(text, (l) => l === start);
  return from + lineOf(text.split('\n').slice(from).join('\n'), test);
}

/** Comment text as GitHub renders it: numeric character references decoded, zero-width spaces dropped. */
function rendered(body: string): string {
  return body.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replaceAll('\u200b', '');
}

/** The postmark-mcp upgrade in each lockfile format, and how to find the 1.0.16 entry's line in the text. */
const FORMATS = [
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

function sideFiles(dir: string, side: 'base' | 'head', lockfile: string): Record<string, string> {
  const files = filesOf(path.join(dir, side));
  return {
    [lockfile]: files[lockfile]!,
    'package.json': files['package.json']!,
    '.github/workflows/release.yml': workflow,
  };
}

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

function commandLines(run: ActionRun, command: 'error' | 'warning'): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith(`::${command}`));
}

/** The properties of a workflow command line (`::error title=…,file=…,line=…::message`), unescaped names, raw values. */
function properties(line: string): Record<string, string> {
  const raw = /^::\w+ ([^:]*)::/.exec(line)?.[1] ?? '';
  return Object.fromEntries(raw.split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
}

/** Line of the npm example's postmark-mcp 1.0.16 entry, found in the text. */
const postmarkLine = () =>
  lineOf(
    readFileSync(path.join(EXAMPLE, 'head', 'package-lock.json'), 'utf8'),
    (l) => l.trim() === '"node_modules/postmark-mcp": {',
  );

/** Requests that change something (a GraphQL query for the token's login only reads). */
const writes = () => gh.server.calls().filter((c) => !c.startsWith('GET ') && c !== 'POST /graphql');

describe.each(FORMATS)('the postmark-mcp upgrade PR ($format)', (format) => {
  it('fails with an annotation on the 1.0.16 entry, one comment, the summary and finding-count 1', async () => {
    const repo = postmarkRepo(format);
    const headText = readFileSync(path.join(format.dir, 'head', format.lockfile), 'utf8');
    const line = format.entry(headText);
    const run = await runPr(repo);

    expect(run.code, run.stdout + run.stderr).toBe(1);
    const errors = commandLines(run, 'error');
    expect(errors).toHaveLength(1);
    expect(properties(errors[0]!)).toMatchObject({ file: format.lockfile, line: String(line) });
    expect(errors[0]).toContain('MAL-2025-47604');
    // What the advisory says was taken, in the annotation itself; no Markdown backticks in plain text.
    expect(errors[0]).toContain('It took emails, as the advisory says.');
    expect(errors[0]).not.toContain('`');

    expect(writes()).toEqual(['POST /repos/acme/mail-assistant/issues/7/comments']);
    expect(gh.server.comments).toHaveLength(1);
    const body = gh.server.comments[0]!.body;
    expect(body.startsWith('<!-- lockgate:sticky-comment -->')).toBe(true);
    expect(body).toContain('MAL-2025-47604');
    expect(body).toContain('Credentials to rotate');
    // release.yml installs dependencies and references secrets.NPM_TOKEN.
    expect(rendered(body)).toContain('NPM_TOKEN');
    expect(body.length).toBeLessThanOrEqual(65_536);
    // The table first, the data age, what the advisory says was taken leading the plan, its write-up linked.
    const lines = body.split('\n');
    // The heading, what an offline run did not check, then the table.
    expect(rendered(lines[1]!)).toMatch(/^## ❌ lockgate: 1 malicious package version found/);
    expect(rendered(lines[3]!)).toMatch(/^\*\*Not checked: live advisory sources osv and github \(offline\)/);
    expect(lines[5]).toBe('| # | package | change | where | how it entered | verdict |');
    expect(rendered(body)).toMatch(/Advisory data: snapshot as of 2026-08-04 \(\d+ days old\)/);
    expect(rendered(body)).toMatch(/\n1\. Emails were taken: treat every email sent through `postmark-mcp@1\.0\.16`/);
    expect(body).toContain('exfiltrates email data via BCC');
    expect(body).toContain('(https://www.koi.security/blog/postmark-mcp-npm-malicious-backdoor-email-theft)');

    expect(run.summary).toContain('MAL-2025-47604');
    expect(run.outputs).toMatchObject({
      verdict: 'malicious',
      'finding-count': '1',
      'policy-count': '0',
      'held-count': '0',
    });
    const findings = JSON.parse(run.outputs.findings!) as {
      name: string;
      version: string;
      line: number;
      lockfile: string;
    }[];
    expect(findings).toEqual([
      expect.objectContaining({ name: 'postmark-mcp', version: '1.0.16', line, lockfile: format.lockfile }),
    ]);
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
      version: number;
      lockfiles: { findings: unknown[] }[];
    };
    expect(report.version).toBe(2);
    expect(report.lockfiles[0]!.findings).toHaveLength(1);
    expect(run.outputs.markdown).toContain('MAL-2025-47604');
    // The token is never printed.
    expect(run.stdout + run.stderr + run.summary).not.toContain(TOKEN);
  }, 60_000);
});

describe('the sticky comment', () => {
  it('is updated by the next run and marked resolved once the PR drops the version', async () => {
    const repo = postmarkRepo();
    const payload = () => pullRequestPayload(PR, repo.baseSha, git(repo.dir, 'rev-parse', 'HEAD'));
    const first = await runPr(repo, undefined, payload());
    expect(first.code).toBe(1);
    const second = await runPr(repo, undefined, payload());
    expect(second.code).toBe(1);
    const id = gh.server.comments[0]!.id;
    expect(writes()).toEqual([
      'POST /repos/acme/mail-assistant/issues/7/comments',
      `PATCH /repos/acme/mail-assistant/issues/comments/${id}`,
    ]);
    expect(gh.server.comments).toHaveLength(1);
    expect(gh.server.comments[0]!.body).toContain('MAL-2025-47604');

    // The PR goes back to 1.0.15: its lockfile equals base again, so the PR's file list no longer names it.
    repo.commit(sideFiles(EXAMPLE, 'base', 'package-lock.json'), 'revert the upgrade');
    gh.server.setPullFiles(PR, [{ filename: 'README.md', status: 'modified' }]);
    gh.server.reset();
    const third = await runPr(repo, undefined, payload());
    expect(third.code, third.stdout).toBe(0);
    expect(writes()).toEqual([`PATCH /repos/acme/mail-assistant/issues/comments/${id}`]);
    expect(gh.server.comments).toHaveLength(1);
    expect(gh.server.comments[0]!.body).toContain('Resolved');
    expect(gh.server.comments[0]!.body).not.toContain('MAL-2025-47604');

    // A further clean run leaves the resolved note alone.
    gh.server.reset();
    const fourth = await runPr(repo, undefined, payload());
    expect(fourth.code).toBe(0);
    expect(writes()).toEqual([]);
  }, 90_000);

  it('on a fork PR whose token cannot comment: still fails with annotation and summary, and warns once', async () => {
    const repo = postmarkRepo();
    gh.server.denyCommentWrites(true);
    const run = await runPr(repo, undefined, pullRequestPayload(PR, repo.baseSha, repo.headSha, { fork: true }));
    expect(run.code).toBe(1);
    expect(writes()).toEqual(['POST /repos/acme/mail-assistant/issues/7/comments']);
    expect(gh.server.comments).toHaveLength(0);
    expect(commandLines(run, 'error')).toHaveLength(1);
    expect(properties(commandLines(run, 'error')[0]!)).toMatchObject({
      file: 'package-lock.json',
      line: String(postmarkLine()),
    });
    const warnings = commandLines(run, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('pull-requests: write');
    expect(run.summary).toContain('MAL-2025-47604');
    expect(run.outputs['finding-count']).toBe('1');
  }, 60_000);

  it("comment-hijack attack: a marker in somebody else's comment is ignored; lockgate writes its own", async () => {
    const repo = postmarkRepo();
    const planted = '<!-- lockgate:sticky-comment -->\n## ✅ lockgate: all clear';
    gh.server.comments.push({ id: 42, issueNumber: PR, body: planted, login: 'mallory' });
    const run = await runPr(repo);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(writes()).toEqual(['POST /repos/acme/mail-assistant/issues/7/comments']);
    expect(gh.server.comments.find((c) => c.id === 42)!.body).toBe(planted);
    const own = gh.server.comments.find((c) => c.id !== 42)!;
    expect(own).toMatchObject({ login: 'github-actions[bot]', body: expect.stringContaining('MAL-2025-47604') });
    expect(commandLines(run, 'warning').join('\n')).not.toContain('pull-requests: write');
    // The next run updates lockgate's own comment, never the planted one.
    gh.server.reset();
    const again = await runPr(repo);
    expect(again.code).toBe(1);
    expect(writes()).toEqual([`PATCH /repos/acme/mail-assistant/issues/comments/${own.id}`]);
  }, 90_000);

  it.each([
    [
      'a GitHub App installation token (GET /user is 403; GraphQL viewer names the bot)',
      'installation',
      'lockgate-app[bot]',
    ],
    ['a personal access token (GET /user names the user)', 'user', 'release-bot'],
  ] as const)(
    'with %s, the comment written under that login is the sticky one',
    async (_what, kind, login) => {
      gh.server.useIdentity({ kind, login });
      const repo = postmarkRepo();
      gh.server.comments.push({
        id: 43,
        issueNumber: PR,
        body: '<!-- lockgate:sticky-comment -->\nold',
        login: 'github-actions[bot]',
      });
      gh.server.comments.push({ id: 44, issueNumber: PR, body: '<!-- lockgate:sticky-comment -->\nold', login });
      const run = await runPr(repo);
      expect(run.code).toBe(1);
      expect(writes()).toEqual(['PATCH /repos/acme/mail-assistant/issues/comments/44']);
      expect(gh.server.comments.find((c) => c.id === 44)!.body).toContain('MAL-2025-47604');
    },
    60_000,
  );

  it('is not written with comment: never', async () => {
    const repo = postmarkRepo();
    const run = await runPr(repo, { comment: 'never' });
    expect(run.code).toBe(1);
    expect(gh.server.calls().filter((c) => c.includes('/comments'))).toEqual([]);
  }, 60_000);
});

describe('a PR that changes no lockfile', () => {
  it('passes, posts nothing and reads no lockfile', async () => {
    const example = sideFiles(EXAMPLE, 'base', 'package-lock.json');
    const repo = createRepo(freshDir('repo'), example, { 'README.md': '# mail-assistant\n\nNow with docs.\n' });
    gh.server.setPullFiles(PR, [{ filename: 'README.md', status: 'added' }], repo.headSha);
    const run = await runPr(repo, undefined, pullRequestPayload(PR, repo.baseSha, repo.headSha, { changedFiles: 1 }));
    console.log(`no-lockfile PR: the action took ${run.ms} ms (process start to exit)`);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(writes()).toEqual([]);
    expect(gh.server.calls().some((c) => c.includes('/contents/') || c.includes('/git/trees/'))).toBe(false);
    expect(commandLines(run, 'error')).toEqual([]);
    expect(run.outputs['finding-count']).toBe('0');
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as {
      lockfiles: unknown[];
      sources: unknown[];
      messages: { message: string }[];
    };
    // Nothing parsed, no advisory source consulted.
    expect(report.lockfiles).toEqual([]);
    expect(report.sources).toEqual([]);
    expect(report.messages.map((m) => m.message).join(' ')).toContain('changes no lockfile');
    expect(run.summary).toContain('changes no lockfile');
  }, 60_000);
});

describe('attacks: a file list from another head', () => {
  it('force-push attack: a file list without lockfiles is not trusted once the PR head moved past the event', async () => {
    const repo = postmarkRepo();
    // The event names the commit that upgrades postmark-mcp; by the time the list is asked
    // for, the PR was force-pushed to a commit that only touches the README.
    gh.server.setPullFiles(PR, [{ filename: 'README.md', status: 'modified' }], 'f'.repeat(40));
    const run = await runPr(repo);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs['finding-count']).toBe('1');
    expect(run.stdout).toContain('every lockfile is compared');
  }, 60_000);
});

describe('hostile package names', () => {
  const names = [
    '<img src=x onerror=alert(1)>',
    'ping @everyone',
    '[x](https://evil)',
    '`tick` ``',
    '%0A::error::x',
    'line\nbreak,a:b',
  ];

  function hostileLock(withNames: string[]): string {
    const packages: Record<string, object> = {
      '': {
        name: 'h',
        version: '1.0.0',
        dependencies: Object.fromEntries(withNames.map((_, i) => [`h${i}`, 'npm:x@1.0.0'])),
      },
    };
    withNames.forEach((name, i) => {
      packages[`node_modules/h${i}`] = {
        name,
        version: '1.0.0',
        integrity: 'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==',
      };
    });
    return `${JSON.stringify({ name: 'h', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
  }

  it('are inert in the comment and escaped in workflow commands', async () => {
    const advisories = JSON.stringify(
      names.map((name, i) => ({
        id: `MAL-2099-${1000 + i}`,
        summary: `Malicious code in ${name}`,
        affected: [{ package: { ecosystem: 'npm', name }, versions: ['1.0.0'] }],
      })),
    );
    const base = { 'package-lock.json': hostileLock([]), 'security/incidents.json': advisories };
    const repo = createRepo(freshDir('repo'), base, { 'package-lock.json': hostileLock(names) });
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runPr(repo, { advisories: 'security/incidents.json' });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs['finding-count']).toBe(String(names.length));

    const body = gh.server.comments[0]!.body;
    expect(body).toContain('MAL-2099-1000');
    expect(body).not.toMatch(/<img/i);
    // Outside code spans (where GitHub mentions no one) no mention is left.
    expect(body.replace(/`[^`\n]*`/g, '')).not.toContain('@everyone');
    expect(body).not.toContain('](https://evil');
    expect(body).not.toContain('`tick`');
    // Outside the marker and the <details>/<summary>/<sub> scaffolding, no raw HTML tag.
    const tags = body.match(/<\/?[a-z][^>]*>/gi) ?? [];
    expect(tags.every((t) => /^<\/?(details|summary|sub)>$/.test(t))).toBe(true);

    // Every workflow command is on its own line; names cannot start a new one.
    const commands = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.every((l) => /^::(error|warning|notice|debug|group|endgroup)[ :]/.test(l))).toBe(true);
    expect(run.stdout.split('\n').some((l) => l.startsWith('::error::x'))).toBe(false);
    const errors = commandLines(run, 'error');
    expect(errors).toHaveLength(names.length);
    for (const line of errors) {
      const properties = /^::error ([^:]*)::/.exec(line)?.[1] ?? '';
      // Properties are file=…,line=…,title=…: the only raw commas and colons are the separators.
      expect(properties.split(',').map((p) => p.split('=')[0])).toEqual(['title', 'file', 'line']);
    }
    expect(run.stdout).toContain('%250A%3A%3Aerror%3A%3Ax');
  }, 60_000);
});

describe('config file and inputs', () => {
  it('an expired ignore entry fails the run with exit 2 and says so', async () => {
    const config = [
      'ignore:',
      '  - package: postmark-mcp',
      '    versions: "1.0.16"',
      '    advisory: MAL-2025-47604',
      '    reason: vendored fork, reviewed',
      '    expires: 2024-01-31',
      '',
    ].join('\n');
    const repo = createRepo(
      freshDir('repo'),
      { ...sideFiles(EXAMPLE, 'base', 'package-lock.json'), '.github/lockgate.yml': config },
      sideFiles(EXAMPLE, 'head', 'package-lock.json'),
    );
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runPr(repo);
    expect(run.code).toBe(2);
    const errors = commandLines(run, 'error');
    expect(errors.some((l) => l.includes('expired on 2024-01-31'))).toBe(true);
    expect(run.summary).toContain('expired on 2024-01-31');
  }, 60_000);

  it('a valid ignore entry in the base config removes the finding and notes it', async () => {
    const config = [
      'ignore:',
      '  - package: postmark-mcp',
      '    versions: ">=1.0.16 <1.1.0"',
      '    advisory: MAL-2025-47604',
      '    reason: vendored fork, reviewed in #12',
      '    expires: 2099-01-31',
      '',
    ].join('\n');
    const repo = createRepo(
      freshDir('repo'),
      { ...sideFiles(EXAMPLE, 'base', 'package-lock.json'), '.github/lockgate.yml': config },
      sideFiles(EXAMPLE, 'head', 'package-lock.json'),
    );
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runPr(repo);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['finding-count']).toBe('0');
    expect(run.summary).toContain('Ignored MAL-2025-47604');
    // more than a year away: a warning, not an error
    expect(commandLines(run, 'warning').some((l) => l.includes('more than a year away'))).toBe(true);
  }, 60_000);

  it('config as owner/repo/path@ref: one policy read through the API with config-token', async () => {
    const policy = [
      'ignore:',
      '  - package: postmark-mcp',
      '    versions: ">=1.0.16 <1.1.0"',
      '    advisory: MAL-2025-47604',
      '    reason: org-wide exception, reviewed in security#7',
      '    expires: 2099-01-31',
      '',
    ].join('\n');
    const policySha = 'c0ffee'.padEnd(40, '0');
    gh.server.addCommit(policySha, { 'policies/lockgate.yml': policy });
    const repo = postmarkRepo();
    const run = await runPr(repo, {
      config: `acme/mail-assistant/policies/lockgate.yml@${policySha}`,
      'config-token': 'ghp_policyreader0000000000000000000000000',
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('Ignored MAL-2025-47604');
    const policyReads = gh.server.requests.filter((r) => r.pathname.includes('/contents/policies/lockgate.yml'));
    expect(policyReads.length).toBeGreaterThan(0);
    expect(
      policyReads.every((r) => r.headers.authorization === 'Bearer ghp_policyreader0000000000000000000000000'),
    ).toBe(true);
    expect(run.stdout).not.toContain('ghp_policyreader');
    // A policy file that is not there is an error, never "no config".
    const missing = await runPr(repo, { config: `acme/mail-assistant/policies/none.yml@${policySha}` });
    expect(missing.code).toBe(2);
    expect(commandLines(missing, 'error').some((l) => l.includes('policies/none.yml'))).toBe(true);
  }, 60_000);

  it('base-ref compares a push with a branch as a pull request would', async () => {
    const repo = postmarkRepo();
    const run = await runAction({
      workspace: repo.dir,
      event: 'push',
      payload: { before: '0'.repeat(40), after: repo.headSha },
      inputs: { 'base-ref': repo.baseSha, offline: 'true' },
      apiUrl: gh.server.url,
      runnerDir: freshDir('runner'),
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain('mode diff');
    expect(run.summary).toContain('upgraded from 1.0.15');
  }, 60_000);

  it('an ignore entry added by the PR itself does not apply', async () => {
    const config =
      'ignore:\n  - package: postmark-mcp\n    versions: "*"\n    advisory: MAL-2025-47604\n    reason: trust me\n    expires: 2099-01-01\n';
    const repo = createRepo(freshDir('repo'), sideFiles(EXAMPLE, 'base', 'package-lock.json'), {
      ...sideFiles(EXAMPLE, 'head', 'package-lock.json'),
      '.github/lockgate.yml': config,
    });
    gh.server.setPullFiles(PR, [
      { filename: 'package-lock.json', status: 'modified' },
      { filename: '.github/lockgate.yml', status: 'added' },
    ]);
    const run = await runPr(repo);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('applies once it is merged');
  }, 60_000);

  it('an advisory list entry removed by the PR itself still flags what the PR adds', async () => {
    const config = 'advisories:\n  - security/incidents.txt\n';
    const repo = createRepo(
      freshDir('repo'),
      {
        ...sideFiles(EXAMPLE, 'base', 'package-lock.json'),
        '.github/lockgate.yml': config,
        'security/incidents.txt': '# incident list\npostmark-mcp@1.0.16\n',
      },
      { ...sideFiles(EXAMPLE, 'head', 'package-lock.json'), 'security/incidents.txt': '# incident list\n' },
    );
    gh.server.setPullFiles(PR, [
      { filename: 'package-lock.json', status: 'modified' },
      { filename: 'security/incidents.txt', status: 'modified' },
    ]);
    const run = await runPr(repo);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.outputs['findings']!) as { name: string; advisories: string[] }[];
    expect(findings).toHaveLength(1);
    expect(findings[0]!.advisories.some((id) => id.startsWith('LIST-') && id.endsWith('incidents.txt:2'))).toBe(true);
    expect(run.summary).toContain('edits advisory list security/incidents.txt');
  }, 60_000);

  it('the CLI and the Action give the same verdict on the same repository and config', async () => {
    // The base config ignores the snapshot's finding on postmark-mcp and adds a list that flags async-function.
    const config = [
      'advisories:',
      '  - security/incidents.txt',
      'ignore:',
      '  - package: postmark-mcp',
      '    versions: "1.0.16"',
      '    advisory: MAL-2025-47604',
      '    reason: vendored fork, reviewed in #12',
      '    expires: 2099-01-31',
      '',
    ].join('\n');
    const lists = { '.github/lockgate.yml': config, 'security/incidents.txt': 'async-function@1.0.0\n' };
    const repo = createRepo(
      freshDir('repo'),
      { ...sideFiles(EXAMPLE, 'base', 'package-lock.json'), ...lists },
      sideFiles(EXAMPLE, 'head', 'package-lock.json'),
    );
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const action = await runPr(repo, { mode: 'all' });
    const cli = await runCli([
      '--head-dir',
      repo.dir,
      '--base',
      repo.baseSha,
      '--all',
      '--offline',
      '--format',
      'json',
    ]);
    const fromCli = (
      JSON.parse(cli.stdout) as { lockfiles: { findings: { name: string; version: string }[] }[] }
    ).lockfiles.flatMap((l) => l.findings.map((f) => `${f.name}@${f.version}`));
    const fromAction = (JSON.parse(action.outputs['findings']!) as { name: string; version: string }[]).map(
      (f) => `${f.name}@${f.version}`,
    );
    expect(fromAction).toEqual(['async-function@1.0.0']);
    expect(fromCli).toEqual(fromAction);
    expect([cli.code, action.code]).toEqual([1, 1]);
    expect(cli.stdout).toContain('Ignored MAL-2025-47604');
    expect(action.summary).toContain('Ignored MAL-2025-47604');
  }, 60_000);

  it('a lockfile the PR breaks fails the run with an error annotation on its file and line', async () => {
    const head = sideFiles(EXAMPLE, 'head', 'package-lock.json');
    // A merge-conflict marker left in the middle of the file, on a line of its own.
    const lines = head['package-lock.json']!.split('\n');
    lines.splice(20, 0, '<<<<<<< HEAD');
    const repo = createRepo(freshDir('repo'), sideFiles(EXAMPLE, 'base', 'package-lock.json'), {
      ...head,
      'package-lock.json': lines.join('\n'),
    });
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runPr(repo);
    expect(run.code).toBe(2);
    const errors = commandLines(run, 'error');
    expect(errors).toHaveLength(1);
    expect(properties(errors[0]!)).toMatchObject({ file: 'package-lock.json', line: '21' });
    expect(errors[0]).toMatch(/conflict/i);
  }, 60_000);

  it('warn-only passes with the annotation still present', async () => {
    const repo = postmarkRepo();
    const run = await runPr(repo, { 'warn-only': 'true' });
    expect(run.code).toBe(0);
    expect(properties(commandLines(run, 'error')[0]!)).toMatchObject({
      file: 'package-lock.json',
      line: String(postmarkLine()),
    });
    expect(run.outputs['finding-count']).toBe('1');
  }, 60_000);

  it('a bad input value exits 2 naming the input and the expected values', async () => {
    const repo = postmarkRepo();
    const run = await runPr(repo, { comment: 'sometimes' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Invalid input 'comment': 'sometimes'. Expected one of: on-findings, always, never.");
    expect(gh.server.calls()).toEqual([]);
  }, 60_000);

  it('writes a SARIF file with the lockfile line when sarif-file is set, and names it in the output', async () => {
    const repo = postmarkRepo();
    const run = await runPr(repo, { 'sarif-file': 'results/lockgate.sarif' });
    expect(run.code).toBe(1);
    expect(run.outputs['sarif-file']).toBe(path.join(repo.dir, 'results', 'lockgate.sarif'));
    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'results', 'lockgate.sarif'), 'utf8')) as {
      version: string;
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }[];
      }[];
    };
    const line = lineOf(
      readFileSync(path.join(EXAMPLE, 'head', 'package-lock.json'), 'utf8'),
      (l) => l.trim() === '"node_modules/postmark-mcp": {',
    );
    expect(sarif.version).toBe('2.1.0');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(1);
    expect(sarif.runs[0]!.results[0]!.ruleId).toBe('MAL-2025-47604');
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'package-lock.json' },
      region: { startLine: line },
    });
  }, 60_000);

  it('writes no SARIF for a run that ended in an error, and removes an old one, so no alert is closed', async () => {
    const config = ['ignore:', '  - package: postmark-mcp', '    expires: 2024-01-31', ''].join('\n');
    const repo = createRepo(
      freshDir('repo'),
      { ...sideFiles(EXAMPLE, 'base', 'package-lock.json'), '.github/lockgate.yml': config },
      sideFiles(EXAMPLE, 'head', 'package-lock.json'),
    );
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    writeFiles(repo.dir, { 'results/lockgate.sarif': '{"stale": true}' });
    const run = await runPr(repo, { 'sarif-file': 'results/lockgate.sarif' });
    expect(run.code).toBe(2);
    expect(existsSync(path.join(repo.dir, 'results', 'lockgate.sarif'))).toBe(false);
    expect(run.outputs['sarif-file']).toBeUndefined();
    expect(run.stdout).toContain('No SARIF written');
  }, 60_000);
});

describe('live advisory sources', () => {
  it('that do not answer degrade to a warning, or fail the run with require-live-sources', async () => {
    // The fake API serves neither OSV's /v1/querybatch nor GitHub's /advisories: both live sources fail.
    const repo = postmarkRepo();
    const payload = pullRequestPayload(PR, repo.baseSha, repo.headSha);
    // Registry signals read a local registry where every version is old and unremarkable.
    const registry = await startRegistryServer(
      await ordinaryPackages([path.join(EXAMPLE, 'head', 'package-lock.json')]),
    );
    const inputs = { offline: 'false', content: 'false', 'osv-url': gh.server.url, 'registry-url': registry.url };
    try {
      const degraded = await runPr(repo, inputs, payload);
      expect(degraded.code, degraded.stdout).toBe(1);
      expect(gh.server.calls()).toContain('POST /v1/querybatch');
      expect(commandLines(degraded, 'warning').some((l) => l.includes('did not answer'))).toBe(true);
      expect(degraded.outputs['finding-count']).toBe('1');

      const strict = await runPr(repo, { ...inputs, 'require-live-sources': 'true' }, payload);
      expect(strict.code).toBe(2);
      expect(commandLines(strict, 'error').some((l) => l.includes('Required advisory source'))).toBe(true);
    } finally {
      await registry.close();
    }
  }, 90_000);

  it('a GitHub Enterprise Server without the advisories endpoint (404) gives one note, not a warning', async () => {
    const repo = postmarkRepo();
    const payload = pullRequestPayload(PR, repo.baseSha, repo.headSha);
    // Registry signals read a local registry where every version is old and unremarkable.
    const registry = await startRegistryServer(
      await ordinaryPackages([path.join(EXAMPLE, 'head', 'package-lock.json')]),
    );
    const inputs = { offline: 'false', content: 'false', osv: 'false', 'registry-url': registry.url };
    try {
      const run = await runPr(repo, inputs, payload);
      expect(run.code, run.stdout).toBe(1);
      expect(gh.server.calls().filter((c) => c.startsWith('GET /advisories'))).toHaveLength(2);
      expect(gh.server.calls()).not.toContain('POST /v1/querybatch');
      expect(commandLines(run, 'warning')).toEqual([]);
      expect(run.summary).toContain('has no advisory database (GET /advisories answered 404');
      // Turned off, it is not asked at all.
      gh.server.reset();
      const off = await runPr(repo, { ...inputs, 'github-advisories': 'false' }, payload);
      expect(off.code).toBe(1);
      expect(gh.server.calls().filter((c) => c.includes('advisories') || c.includes('querybatch'))).toEqual([]);
    } finally {
      await registry.close();
    }
  }, 90_000);
});

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
  // The issue's attack: package-lock.json becomes a link whose target text parses as an empty
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
