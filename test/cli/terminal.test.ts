/**
 * The CLI at a terminal and in scripts: colour, --quiet, the progress line,
 * one message per warning, usage errors that say what is wrong, --all without
 * a base, the Markdown size budget, SARIF paths from a subdirectory and no
 * SARIF after an error, and --demo. Most cases run the CLI's function in
 * process; colour also runs through dist/cli.js.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, useColor } from '../../src/entry/cli.js';
import { nearestFlag } from '../../src/config/cli-args.js';
import { ROOT } from '../helpers.js';
import { cliProcess, recordRetryWaits } from '../support/cli.js';
import { startGitHubAdvisoriesServer, type GitHubServer } from '../support/github-advisories-server.js';
import { snapshotRecords, startOsvServer, type OsvServer } from '../support/osv-server.js';
import { ordinaryPackages, startRegistryServer, type RegistryServer } from '../support/registry-server.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';
import { RULES } from '../../src/content/rules.js';

const EXAMPLE = path.join(ROOT, 'examples', 'postmark-mcp');
const example = ['--base-dir', path.join(EXAMPLE, 'base'), '--head-dir', path.join(EXAMPLE, 'head')];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-terminal-'));

async function run(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; isTTY?: boolean; cwd?: string; progressAfterMs?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: options.env ?? { GITHUB_TOKEN: '' },
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? ROOT,
    ...(options.progressAfterMs !== undefined ? { progressAfterMs: options.progressAfterMs } : {}),
  });
  return { code, stdout, stderr };
}

describe('colour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, false, true],
    [{ TERM: 'dumb' }, true, false],
  ])('env %j, terminal %s → %s', (env, tty, expected) => {
    expect(useColor(env, tty)).toBe(expected);
  });

  it('colours a terminal, never a pipe or a file, and NO_COLOR wins over the terminal', async () => {
    expect((await run([...example, '--offline'], { isTTY: true })).stdout).toContain('\u001b[31m');
    expect((await run([...example, '--offline'], { isTTY: false })).stdout).not.toContain('\u001b[');
    expect((await run([...example, '--offline'], { isTTY: true, env: { NO_COLOR: '' + 1 } })).stdout).not.toContain(
      '\u001b[',
    );
    // Through the real process (stdout is a pipe): only FORCE_COLOR turns it on.
    const forced = await cliProcess([...example, '--offline'], { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' });
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain('\u001b[1m');
    const piped = await cliProcess([...example, '--offline'], { ...process.env, FORCE_COLOR: '', NO_COLOR: '' });
    expect(piped.stdout).not.toContain('\u001b[');
  });
});

describe('--quiet and --demo', () => {
  it('--demo checks the bundled postmark-mcp example offline', async () => {
    const demo = await run(['--demo']);
    expect(demo.code).toBe(1);
    // The BCC line is evidence of the malicious verdict, not a second, "no advisory yet" verdict for the same version.
    expect(demo.stdout.split('\n')[0]).toBe('lockgate: 1 malicious package version found in 1 lockfile.');
    expect(demo.stdout).toContain('Emails were taken');
    expect(demo.stdout).toContain("Bcc: 'phan[@]giftshop[.]club'");
  });

  it('--quiet keeps the findings and the plan, and drops the changes, the sources and the notes', async () => {
    const quiet = await run(['--demo', '--quiet']);
    expect(quiet.stdout).toContain('postmark-mcp@1.0.16');
    expect(quiet.stdout).toContain('What to do now:');
    expect(quiet.stdout).not.toContain('Advisory sources consulted');
    expect(quiet.stdout).not.toContain('upgraded postmark-mcp 1.0.15 → 1.0.16');
  });
});

describe('live sources: progress and warnings', () => {
  let osv: OsvServer;
  let github: GitHubServer;
  let registry: RegistryServer;
  beforeAll(async () => {
    osv = await startOsvServer({ records: snapshotRecords().filter((r) => r.id === 'MAL-2025-47604') });
    github = await startGitHubAdvisoriesServer({ records: [] });
    // Registry signals read a local registry where every version is old and unremarkable.
    registry = await startRegistryServer(await ordinaryPackages([path.join(EXAMPLE, 'head', 'package-lock.json')]));
  });
  afterAll(async () => {
    await osv.close();
    await github.close();
    await registry.close();
  });

  it('says what it is waiting for on stderr once lookups are slow, and nothing with --quiet', async () => {
    const args = [...example, '--osv-url', osv.url, '--github-api-url', github.url, '--registry-url', registry.url];
    osv.fault('/v1/querybatch', { kind: 'delay', ms: 600 }, 2);
    // Both slow runs at once, the threshold (2 s by default) at 300 ms: one wait of 0.6 s.
    const soon = { progressAfterMs: 300 };
    const [slow, quiet] = await Promise.all([run(args, soon), run([...args, '--quiet'], soon)]);
    expect(slow.code, slow.stderr).toBe(1);
    expect(slow.stderr).toBe('lockgate: asking OSV and GitHub about 1 version…\n');
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('');
    osv.reset();
    expect((await run(args)).stderr).toBe('');
  });

  it('prints a source warning once, with the age of the snapshot it fell back on', async () => {
    const waits = recordRetryWaits();
    const result = await run([
      ...example,
      '--registry-url',
      registry.url,
      '--osv-url',
      'http://127.0.0.1:9',
      '--github-api-url',
      github.url,
      '--request-timeout',
      '1',
    ]);
    expect(result.code).toBe(1);
    const all = result.stdout + result.stderr;
    expect(all.match(/Advisory source osv did not answer/g)).toHaveLength(1);
    expect(all).not.toMatch(/Warning:\s*Warning/i);
    expect(result.stdout).toMatch(/The bundled snapshot they fell back on is as of 2026-08-04 \(\d+ days old\)/);
    expect(result.stdout).toContain('require-live-sources (--require-live)');
    waits.restore();
  });
});

describe('usage errors that say what is wrong', () => {
  it.each([
    ['--basee', '--base'],
    ['--lockfil', '--lockfile'],
    ['--ofline', '--offline'],
    ['--requre-live', '--require-live'],
    ['--max-char', '--max-chars'],
    ['--zzzzzzzzzz', undefined],
  ])('%s → %s', (typed, expected) => {
    expect(nearestFlag(typed)).toBe(expected);
  });

  it('an unknown flag names the nearest one; --lockfile package.json is not a lockfile; a bad --max-chars', async () => {
    const unknown = await run(['--head-dri', '.']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      "lockgate: Unknown option '--head-dri'. Did you mean --head-dir? (see lockgate --help).\n",
    );
    const manifest = await run(['--lockfile', 'package.json', ...example]);
    expect(manifest.code).toBe(2);
    expect(manifest.stderr).toMatch(
      /^lockgate: --lockfile 'package\.json' is not a lockfile; expected one of package-lock\.json/,
    );
    const chars = await run(['--max-chars', 'lots', ...example]);
    expect(chars.stderr).toContain("Invalid --max-chars 'lots'");
  });

  it('--head-dir that does not exist is named', async () => {
    const missing = path.join(tmp, 'no-such-dir');
    const result = await run(['--head-dir', missing, '--base-dir', path.join(EXAMPLE, 'base'), '--offline']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(missing);
    expect(result.stderr).not.toContain('base');
  });

  it('--all outside a git repository checks every version without asking for a base', async () => {
    const dir = path.join(tmp, 'plain');
    cpSync(path.join(EXAMPLE, 'head'), dir, { recursive: true });
    const result = await run(['--all', '--offline', '--head-dir', dir]);
    expect(result.code, result.stderr).toBe(1);
    // No base: every version counts as added, and every one is checked.
    expect(result.stdout).toContain('postmark-mcp@1.0.16 — added');
    expect(await run(['--offline', '--head-dir', dir])).toMatchObject({ code: 2 });
  });
});

describe('formats', () => {
  it('--format markdown stays within the comment budget, or --max-chars', async () => {
    const full = await run(['--demo', '--format', 'markdown']);
    expect(full.stdout.length).toBeLessThanOrEqual(65_536);
    expect(full.stdout).toContain('### What to do now');
    const small = await run(['--demo', '--format', 'markdown', '--max-chars', '3000']);
    expect(small.stdout.length).toBeLessThanOrEqual(3000);
    expect(small.stdout).toMatch(/did not fit here; run with --format json or a larger --max-chars/);
    expect(small.stdout).toContain('| 1 | `postmark-mcp@1.0.16` |');
  });

  it("SARIF: the demo's content signal has its rule's own help and a defanged message with the evidence", async () => {
    const result = await run(['--demo', '--format', 'sarif']);
    const log = JSON.parse(result.stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; help: { text: string }; properties: { tags: string[] } }[] } };
        results: { ruleId: string; level: string; message: { text: string } }[];
      }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'content/content-exfiltration');
    expect(rule!.help.text).toBe(RULES['content-exfiltration'].help);
    const result0 = log.runs[0]!.results.find((r) => r.ruleId === 'content/content-exfiltration');
    expect(result0).toMatchObject({ level: 'error' });
    expect(result0!.message.text).toContain("index.js:136  Bcc: 'phan[@]giftshop[.]club'");
    expect(result.stdout).not.toContain('phan@giftshop.club');
  });

  it('SARIF paths are relative to the repository root when run from a subdirectory', async () => {
    const repo = path.join(tmp, 'mono');
    mkdirSync(path.join(repo, 'packages', 'mail'), { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    cpSync(path.join(EXAMPLE, 'head'), path.join(repo, 'packages', 'mail'), { recursive: true });
    const result = await run(['--format', 'sarif', '--offline', '--base-dir', path.join(EXAMPLE, 'base')], {
      cwd: path.join(repo, 'packages', 'mail'),
    });
    expect(result.code, result.stderr).toBe(1);
    const log = JSON.parse(result.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'packages/mail/package-lock.json',
    );
  });

  it('from a workspace package without a lockfile, it checks the workspace root, as the package managers install', async () => {
    const repo = path.join(tmp, 'workspace');
    const app = path.join(repo, 'packages', 'app');
    mkdirSync(app, { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    cpSync(path.join(EXAMPLE, 'head'), repo, { recursive: true });
    writeFileSync(path.join(app, 'package.json'), '{"name":"app","version":"1.0.0"}\n');
    const result = await run(['--offline', '--base-dir', path.join(EXAMPLE, 'base')], { cwd: app });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('postmark-mcp@1.0.16 — upgraded from 1.0.15 (package-lock.json:');
    expect(result.stderr).toContain(`no lockfile in ${app}; checking ${repo}, the nearest folder above it with one`);
  });

  it('with no lockfile below it or above it up to the repository top, it says so and exits 2', async () => {
    const repo = path.join(tmp, 'no-lockfile');
    const app = path.join(repo, 'packages', 'app');
    mkdirSync(app, { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(path.join(app, 'package.json'), '{"name":"app","version":"1.0.0"}\n');
    const result = await run(['--offline', '--all'], { cwd: app });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `lockgate: No lockfile in ${app}, below it, or in a folder above it up to ${repo}; run lockgate in the project that has one, or name the folder with --head-dir.\n`,
    );
  });

  it('--format sarif writes nothing after an error (exit 2), so an upload cannot close alerts', async () => {
    const dir = path.join(tmp, 'expired');
    cpSync(path.join(EXAMPLE, 'head'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'lockgate.yml'), 'ignore:\n  - package: postmark-mcp\n    expires: 2024-01-31\n');
    const output = path.join(tmp, 'out.sarif');
    const result = await run([
      '--format',
      'sarif',
      '--offline',
      '--config',
      path.join(dir, 'lockgate.yml'),
      '--output',
      output,
      ...example,
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(() => execFileSync('test', ['-e', output])).toThrow();
  });
});
