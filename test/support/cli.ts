/**
 * The CLI two ways. `cli` runs it in this process through the same function
 * the binary calls (`runCli(argv, io)`): most CLI-level tests use it, as it is
 * several times faster than a new Node process. `cliProcess` runs the bundle
 * the test run built (see test/global-setup.ts) as a child process, the way a
 * user runs it: kept for one case per output format, per lockfile format and
 * per exit status, so the bundle, its lazily loaded chunks, the shebang entry
 * and the exit status are still tested end to end.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { retryWaits } from '../../src/net/http.js';
import { runCli } from '../../src/entry/cli.js';
import { ROOT } from '../helpers.js';
import { parseReport } from './report-schema.js';

const run = promisify(execFile);

/** What one CLI run gave: exit status (1 is a verdict, not a failure) and both streams. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The `dist/` folder built from src/ for this test run (not the committed one). */
export function builtDist(): string {
  return inject('lockgateDist');
}

/** The CLI in-process, relative paths resolved from the repository root, with `env` as its environment. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    cwd: ROOT,
  });
  checkJsonReport(args, stdout);
  return { code, stdout, stderr };
}

/**
 * Every JSON report a test makes the CLI write (`--format json`, on stdout or
 * to --output) must follow the published schema: a run whose report does not
 * fails its test, whatever the test itself looks at.
 */
function checkJsonReport(args: readonly string[], stdout: string): void {
  const format = args.findIndex((a) => a === '--format');
  const json = (format >= 0 && args[format + 1] === 'json') || args.includes('--format=json');
  if (!json) return;
  const output = args.indexOf('--output');
  const file = output >= 0 ? args[output + 1] : undefined;
  if (file !== undefined) {
    const full = path.resolve(ROOT, file);
    if (existsSync(full)) parseReport(readFileSync(full, 'utf8'), file);
  } else if (stdout.trim()) parseReport(stdout, 'the JSON report on stdout');
}

/** The built CLI (`node dist/cli.js`) as a child process, from the repository root. */
export async function cliProcess(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(builtDist(), 'cli.js'), ...args], {
      cwd: ROOT,
      env,
      maxBuffer: 256 * 1024 * 1024,
    });
    checkJsonReport(args, stdout);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    checkJsonReport(args, e.stdout ?? '');
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/**
 * The built CLI twice side by side, as text and as `--format json` (PATH only in the environment):
 * both exit alike; the text, and the report read against the schema.
 */
export async function cliTextAndJson<R>(args: string[]): Promise<{ code: number; text: string; report: R }> {
  const env = { PATH: process.env.PATH };
  const [text, json] = await Promise.all([cliProcess(args, env), cliProcess([...args, '--format', 'json'], env)]);
  if (json.code !== text.code) throw new Error(`text exited ${text.code}, JSON ${json.code}: ${json.stderr}`);
  return { code: text.code, text: text.stdout, report: parseReport<R>(json.stdout) };
}

/**
 * Makes the in-process CLI's retries record their computed waits instead of
 * sleeping them (see `retryWaits`); `restore` puts the real timer back.
 */
export function recordRetryWaits(): { waits: number[]; restore: () => void } {
  const waits: number[] = [];
  const real = retryWaits.sleep;
  retryWaits.sleep = (ms) => {
    waits.push(ms);
    return Promise.resolve();
  };
  return { waits, restore: () => void (retryWaits.sleep = real) };
}
