/**
 * scripts/release.mjs, the release workflow's one step, in its --dry-run: in a
 * copy of the repository as released (package.json, this run's build as dist/),
 * it checks the tag against the version and dist/ against a fresh build, packs
 * the tarball, runs `npm publish --dry-run` offline and names the tag, release
 * and publish commands it would run. Each refusal is tested too.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { builtDist } from '../support/cli.js';

const run = promisify(execFile);
let stage: string;
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

beforeAll(() => {
  stage = mkdtempSync(path.join(os.tmpdir(), 'lockgate-release-test-'));
  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'action.yml',
    'examples/postmark-mcp',
    'scripts/release.mjs',
  ])
    cpSync(path.join(ROOT, file), path.join(stage, file), { recursive: true });
  cpSync(builtDist(), path.join(stage, 'dist'), { recursive: true });
});
afterAll(() => rmSync(stage, { recursive: true, force: true }));

async function release(args: string[]): Promise<{ code: number; out: string }> {
  const env = { ...process.env, npm_config_update_notifier: 'false', npm_config_cache: path.join(stage, '.npm') };
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/release.mjs', ...args], { cwd: stage, env });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('scripts/release.mjs --dry-run', () => {
  it('checks, packs, dry-runs npm publish, and names the major tag, the release and the publish it would do', async () => {
    const major = `v${version.split('.')[0]}`;
    const result = await release([
      `v${version}`,
      '--built',
      builtDist(),
      '--out',
      path.join(stage, 'out'),
      '--dry-run',
    ]);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('dist/ is the build of src/');
    expect(result.out).toContain(`packed ${path.join(stage, 'out', `lockgate-${version}.tgz`)}`);
    expect(result.out).toContain(`git tag --force ${major} v${version}^{commit}`);
    expect(result.out).toContain(`git push --force origin refs/tags/${major}`);
    expect(result.out).toMatch(
      new RegExp(
        `gh release create v${version.replace(/\./g, '\\.')} \\S+lockgate-${version.replace(/\./g, '\\.')}\\.tgz --verify-tag`,
      ),
    );
    expect(result.out).toContain('--provenance --access public');
  });

  it('refuses a tag that is not the version, and a tag that is not vX.Y.Z', async () => {
    const wrong = await release(['v9.9.9', '--built', builtDist(), '--dry-run']);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain(`the tag v9.9.9 does not match package.json's version ${version}`);
    expect((await release(['latest', '--built', builtDist(), '--dry-run'])).out).toContain(
      "the tag 'latest' is not vX.Y.Z",
    );
  });

  it('refuses a dist/ that is not the build of src/, naming the file', async () => {
    appendFileSync(path.join(stage, 'dist', 'cli.js'), '\n// edited by hand\n');
    const result = await release([`v${version}`, '--built', builtDist(), '--dry-run']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/dist\/ is not what src\/ builds \(cli\.js\)/);
    cpSync(path.join(builtDist(), 'cli.js'), path.join(stage, 'dist', 'cli.js'));
  });
});
