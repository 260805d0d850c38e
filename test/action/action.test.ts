/**
 * End-to-end tests of the built action (dist/index.js) run as a child process
 * with the runner's environment, a real git repository as the workspace and a
 * loopback GitHub REST API that records every request: the postmark-mcp PR in
 * each format, the sticky comment, PRs without lockfiles, hostile names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { EXAMPLE, TOKEN, createRepo, git, pullRequestPayload, useGitHubStandIn } from './harness.js';
import { FORMATS, commandLines, postmarkLine, postmarkPr, properties, rendered, sideFiles } from './postmark-pr.js';

const PR = 7;
const gh = useGitHubStandIn();
const freshDir = gh.freshDir;
const { postmarkRepo, runPr, writes } = postmarkPr(gh, PR);

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
