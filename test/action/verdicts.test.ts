/**
 * Verdicts that mean what they say, through the built Action and the CLI: a
 * policy finding (a lockfile entry from a host the policy does not allow) is
 * worded, annotated, planned and tagged as the lockfile policy, never as
 * malware, and has nothing to rotate; a malicious version still is malware;
 * the Action's verdict outputs count each kind.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { parseReport } from '../support/report-schema.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

import type { ReportJson } from '../../src/core/report.js';
import type { SarifLog } from '../../src/outputs/sarif.js';
import {
  EXAMPLE,
  createRepo,
  filesOf,
  lineOf,
  pullRequestPayload,
  runAction,
  writeFiles,
  useGitHubStandIn,
} from './harness.js';
import { pairFlags } from '../support/cli-flags.js';

const PR = 11;
const gh = useGitHubStandIn();
const freshDir = gh.freshDir;

/** Words that belong to a malware verdict and its plan, never to a policy finding. */
const MALWARE_WORDS = /malware|malicious|compromised|rotate|credential|indicators of compromise/i;

const base = filesOf(path.join(EXAMPLE, 'base'));

/**
 * The example's base lockfile plus `helper@1.0.0`, a direct dependency that
 * downloads from evil.example and records an install script (npm v3
 * `hasInstallScript`): an unapproved host, which the default policy fails.
 */
function policyHead(): Record<string, string> {
  const lock = JSON.parse(base['package-lock.json']!) as {
    packages: Record<string, Record<string, unknown>>;
  };
  const root = lock.packages['']!;
  root.dependencies = { ...(root.dependencies as object), helper: '^1.0.0' };
  lock.packages['node_modules/helper'] = {
    version: '1.0.0',
    resolved: 'https://evil.example/helper/-/helper-1.0.0.tgz',
    integrity: 'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQ9ToVh4j+MTl6xfV+jnMaW73nGjtd3kUA7vfdSN5tMb+EhA==',
    hasInstallScript: true,
  };
  const pkg = JSON.parse(base['package.json']!) as { dependencies: Record<string, string> };
  pkg.dependencies.helper = '^1.0.0';
  return {
    'package-lock.json': `${JSON.stringify(lock, null, 2)}\n`,
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
  };
}

/** Comment text as GitHub renders it: numeric character references decoded. */
const rendered = (body: string) => body.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

const helperLine = (text: string) => lineOf(text, (l) => l.trim() === '"node_modules/helper": {');

describe('a policy finding (a new package from a host the policy does not allow)', () => {
  it('Action: fails as policy, with its own annotation title, comment, SARIF tags and severity, and no rotation', async () => {
    const head = policyHead();
    const repo = createRepo(
      freshDir('repo'),
      { 'package-lock.json': base['package-lock.json']!, 'package.json': base['package.json']! },
      head,
    );
    gh.server.setPullFiles(PR, [
      { filename: 'package-lock.json', status: 'modified' },
      { filename: 'package.json', status: 'modified' },
    ]);
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: gh.server.url,
      event: 'pull_request',
      payload: pullRequestPayload(PR, repo.baseSha, repo.headSha),
      runnerDir: freshDir('runner'),
      inputs: { 'sarif-file': 'out/lockgate.sarif' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs).toMatchObject({
      verdict: 'policy',
      'finding-count': '1',
      'policy-count': '1',
      'held-count': '0',
    });

    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`line=${helperLine(head['package-lock.json']!)}`);
    expect(errors[0]).toContain('title=Lockfile policy%2C unapproved-host%3A helper@1.0.0');
    expect(errors[0]).not.toMatch(MALWARE_WORDS);
    // Sentences joined as sentences: each ends with a full stop before the next begins.
    const message = errors[0]!.slice(errors[0]!.indexOf('::', 2) + 2);
    expect(message).toMatch(/\.$/);
    expect(message.split(/(?<=\.) (?=[A-Z])/).length).toBeGreaterThanOrEqual(3);

    expect(gh.server.comments).toHaveLength(1);
    const comment = gh.server.comments[0]!.body;
    expect(rendered(comment)).toMatch(/^## 🚧 lockgate: 1 lockfile entry against the source policy/m);
    expect(comment).toContain('### What to do about the lockfile policy');
    expect(comment).not.toMatch(MALWARE_WORDS);
    expect(run.summary).not.toMatch(MALWARE_WORDS);

    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'out', 'lockgate.sarif'), 'utf8')) as SarifLog;
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const [rule] = sarif.runs[0]!.tool.driver.rules;
    expect(rule!.id).toBe('policy/unapproved-host');
    expect(Number(rule!.properties['security-severity'])).toBeLessThan(9);
    expect(rule!.properties.tags).not.toContain('malware');
    expect(JSON.stringify(sarif)).not.toMatch(MALWARE_WORDS);
  }, 60_000);

  it('CLI: text, Markdown, SARIF and JSON say policy, never malware, print no rotation, and say when it could have run', async () => {
    const dir = freshDir('cli');
    writeFiles(dir, {
      'base/package-lock.json': base['package-lock.json']!,
      'base/package.json': base['package.json']!,
      ...Object.fromEntries(Object.entries(policyHead()).map(([f, t]) => [`head/${f}`, t])),
    });
    const args = ['--base-dir', path.join(dir, 'base'), '--head-dir', path.join(dir, 'head'), '--offline'];

    const text = await cli(args);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[0]).toBe(
      'lockgate: 1 lockfile entry against the source policy (no advisory covers it) in 1 lockfile.',
    );
    expect(text.stdout).not.toMatch(MALWARE_WORDS);
    expect(text.stdout).toContain('allowed-hosts');
    // npm v3 records hasInstallScript: the text follows what the lockfile records.
    expect(text.stdout).toContain(
      'When it could have run: At install time: package-lock.json records an install script',
    );
    expect(text.stdout).not.toContain('does not record install scripts');
    // No sentence twice.
    const sentences = text.stdout.split(/(?<=\.)\s+/).filter((s) => s.length > 40);
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);

    // The headline says what was not checked, and --quiet keeps that line.
    const quiet = await cli([...args, '--quiet']);
    expect(quiet.stdout.split('\n')[1]).toBe(
      'Not checked: live advisory sources osv and github (offline); registry signals (offline; 1 new version).',
    );

    const markdown = await cli([...args, '--format', 'markdown']);
    expect(markdown.stdout).not.toMatch(MALWARE_WORDS);
    // No heading without something under it (a deeper heading counts).
    const lines = markdown.stdout.split('\n');
    const level = (line: string | undefined) => /^(#+) /.exec(line ?? '')?.[1]!.length ?? 99;
    lines.forEach((line, i) => {
      if (level(line) === 99) return;
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      expect(next, `under ${line}`).toBeDefined();
      expect(level(next), `under ${line}`).toBeGreaterThan(level(line));
    });

    const sarif = await cli([...args, '--format', 'sarif']);
    expect(sarif.stdout).not.toMatch(MALWARE_WORDS);

    const json = await cli([...args, '--format', 'json']);
    const report = parseReport<ReportJson>(json.stdout);
    expect(report.verdict).toBe('policy');
    expect(report.counts).toEqual({ malicious: 0, suspicious: 0, policy: 1, held: 0, findings: 1 });
    const [finding] = report.lockfiles[0]!.findings;
    expect(finding).toMatchObject({
      kind: 'unapproved-host',
      name: 'helper',
      host: 'evil.example',
      installScript: true,
    });
    expect(finding!.guidance).toMatchObject({ kind: 'policy', exposure: { when: 'install' } });
    expect(Object.keys(finding!.guidance)).not.toContain('rotate');
  }, 60_000);
});

describe('a malicious version', () => {
  it('JSON: verdict malicious, findings of kind advisory, version 2 without the legacy notes and errors', async () => {
    const json = await cli([...pairFlags(EXAMPLE), '--offline', '--format', 'json']);
    expect(json.code).toBe(1);
    const report = parseReport<ReportJson & Record<string, unknown>>(json.stdout);
    expect(report).toMatchObject({ version: 2, verdict: 'malicious', counts: { malicious: 1, findings: 1 } });
    expect(report).not.toHaveProperty('notes');
    expect(report).not.toHaveProperty('errors');
    expect(report.lockfiles[0]!.findings[0]).toMatchObject({ kind: 'advisory', name: 'postmark-mcp' });
    // Offline: the live sources and the registry were not asked, and the report says so instead of "answered".
    expect(report.sources.filter((s) => s.state !== 'answered').map((s) => [s.name, s.state])).toEqual([
      ['osv', 'not-asked'],
      ['github', 'not-asked'],
      ['registry', 'not-asked'],
    ]);
    expect(report.notChecked.join('; ')).toMatch(/live advisory sources osv and github \(offline\).*registry signals/);
  }, 60_000);
});

describe('no green by mistake', () => {
  const typo = ['lockfiles:', "  - 'apps/*/package-lock.json'", ''].join('\n');

  it('a lockfiles glob in the config that matches no file is exit 2 naming the glob: Action and CLI', async () => {
    const head = filesOf(path.join(EXAMPLE, 'head'));
    const files = (side: Record<string, string>) => ({
      'package-lock.json': side['package-lock.json']!,
      'package.json': side['package.json']!,
      '.github/lockgate.yml': typo,
    });
    const repo = createRepo(freshDir('repo'), files(base), files(head));
    gh.server.setPullFiles(PR, [{ filename: 'package-lock.json', status: 'modified' }]);
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: gh.server.url,
      event: 'pull_request',
      payload: pullRequestPayload(PR, repo.baseSha, repo.headSha),
      runnerDir: freshDir('runner'),
    });
    expect(run.code, run.stdout).toBe(2);
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toContain("'apps/*/package-lock.json' (lockfiles in .github/lockgate.yml) selects no lockfile");

    const dir = freshDir('cli');
    writeFiles(dir, { ...files(base), 'head/package-lock.json': head['package-lock.json']! });
    const out = await cli([
      '--base-dir',
      dir,
      '--head-dir',
      path.join(dir, 'head'),
      '--config',
      path.join(dir, '.github', 'lockgate.yml'),
      '--offline',
      '--format',
      'json',
    ]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("'apps/*/package-lock.json' (lockfiles in lockgate.yml) selects no lockfile");
    // An error run claims no source answered.
    const report = parseReport<ReportJson>(out.stdout);
    expect(report.verdict).toBe('error');
    expect(report.sources.filter((s) => s.state === 'answered')).toEqual([]);
  }, 60_000);
});
