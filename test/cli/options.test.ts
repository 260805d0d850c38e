/**
 * The CLI's own options, run in-process through runCli (the same function
 * dist/cli.js calls): --config, --warn-only, --output and --lockfile globs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/entry/cli.js';
import { ROOT } from '../helpers.js';



const EXAMPLE = path.join(ROOT, 'examples', 'postmark-mcp');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd: tmp,
  });
  return { code, stdout, stderr };
}

const example = ['--base-dir', path.join(EXAMPLE, 'base'), '--head-dir', path.join(EXAMPLE, 'head'), '--offline'];

function file(name: string, text: string): string {
  const full = path.join(tmp, name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const ignorePostmark = (expires: string) =>
  `ignore:\n  - package: postmark-mcp\n    versions: "1.0.16"\n    advisory: MAL-2025-47604\n    reason: reviewed in #12\n    expires: ${expires}\n`;

describe('--config', () => {
  it('applies an ignore entry of the named file, and says so', async () => {
    const config = file('ok.yml', ignorePostmark('2099-01-31'));
    const before = await cli(example);
    expect(before.code).toBe(1);
    const after = await cli([...example, '--config', config]);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toContain('Ignored MAL-2025-47604 for postmark-mcp@1.0.16');
  });

  it('an expired entry is an error (exit 2) naming the file', async () => {
    const config = file('expired.yml', ignorePostmark('2024-01-31'));
    const run = await cli([...example, '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/expired\.yml: ignore entry 1 \("postmark-mcp"\): expired on 2024-01-31/);
  });

  it('a --config file that does not exist is an error, not "no config"', async () => {
    const run = await cli([...example, '--config', path.join(tmp, 'missing.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Config file 'missing.yml' (--config) does not exist.");
  });

  it('reads .github/lockgate.yml of the head directory by default', async () => {
    const head = path.join(tmp, 'head-with-config');
    mkdirSync(head, { recursive: true });
    writeFileSync(path.join(head, 'package-lock.json'), readFileSync(path.join(EXAMPLE, 'head', 'package-lock.json')));
    file('head-with-config/.github/lockgate.yml', ignorePostmark('2099-01-31'));
    const run = await cli(['--base-dir', path.join(EXAMPLE, 'base'), '--head-dir', head, '--offline']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Ignored MAL-2025-47604');
  });
});

describe('--warn-only and --output', () => {
  it('--warn-only reports the finding and exits 0', async () => {
    const run = await cli([...example, '--warn-only']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('postmark-mcp@1.0.16');
  });

  it('--output writes the report to the file instead of stdout', async () => {
    const out = path.join(tmp, 'out', 'report.json');
    mkdirSync(path.dirname(out), { recursive: true });
    const run = await cli([...example, '--format', 'json', '--output', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { lockfiles: { findings: { name: string }[] }[] };
    expect(report.lockfiles[0]!.findings.map((f) => f.name)).toEqual(['postmark-mcp']);
  });
});

describe('--lockfile', () => {
  it('takes globs', async () => {
    expect((await cli([...example, '--lockfile', '**/package-lock.json'])).code).toBe(1);
    expect((await cli([...example, '--lockfile', '*-lock.json'])).code).toBe(1);
  });

  it('a path or glob that selects no lockfile is an error, never a pass', async () => {
    const run = await cli([...example, '--lockfile', 'packages/*/package-lock.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'packages/*/package-lock.json' selects no lockfile in the head tree.");
  });

  it('package.json is not a lockfile', async () => {
    const run = await cli([...example, '--lockfile', 'package.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--lockfile 'package\.json' is not a lockfile; expected one of package-lock\.json.*bun\.lockb \(or a glob/);
  });
});
