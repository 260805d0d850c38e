/**
 * The npm package: `npm pack` from the built repository, then, in an empty
 * directory with an empty npm cache and no network (`--offline`: the package
 * has no runtime dependencies, dist/ is self-contained), `npx` runs its
 * `lockgate` bin the way the README tells users to.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
  for (const file of ['package.json', 'README.md', 'action.yml', 'examples/postmark-mcp']) {
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

/** `npx --offline --package <tarball> -- lockgate …` from an empty directory with its own empty cache. */
async function npx(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = mkdtempSync(path.join(work, 'clean-'));
  const env = { ...process.env, npm_config_cache: path.join(clean, '.npm'), npm_config_update_notifier: 'false' };
  try {
    const { stdout, stderr } = await run(
      npm,
      ['exec', '--offline', '--yes', '--package', tarball, '--', 'lockgate', ...args],
      { cwd: clean, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('npm pack', () => {
  it('ships the bundle, the snapshot and the example, and nothing from src or test', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/advisories.snapshot', 'package.json']));
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
