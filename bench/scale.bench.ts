/**
 * A 200-lockfile, 20,000-package pull request through the built CLI (dist/cli.js)
 * against loopback stand-ins with ordinary latencies: the registry answers in
 * 50 ms, GitHub's advisories in 150 ms, OSV.dev in 1.5 s per querybatch. It
 * must be fully checked (with --require-live, any source cut off by a
 * deadline would be exit 2), and its wall time and peak memory are reported;
 * peak memory must stay under 1 GB. Package content is off (--no-content): it
 * has its own bench (bench/content.bench.ts).
 *
 * Then a 1 GiB gzip bomb (16 gzip members of 64 MiB zeros, about 1 MB on the
 * wire) read through the HTTP layer: it must stop at the 64 MiB cap with the
 * process under 300 MB.
 *
 * Run from the repository root after `npm run build`:
 *   node scripts/run-ts.mjs bench/scale.bench.ts [lockfiles] [packages-per-lockfile]
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HttpRequestError, requestBytes } from '../src/net/http.js';
import { startGzipBomb } from '../test/support/gzip-bomb.js';
import { startScriptedServer, type RecordedRequest } from '../test/support/osv-server.js';

const LOCKFILES = Number(process.argv[2] ?? '200');
const PER_LOCKFILE = Number(process.argv[3] ?? '100');
const ROOT = process.cwd();
const CLI = path.join(ROOT, 'dist', 'cli.js');

function integrity(name: string, version: string): string {
  return `sha512-${createHash('sha512').update(`${name}@${version}`).digest('base64')}`;
}

/** One npm v3 lockfile of `count` direct dependencies, each at `version`. */
function lockfile(project: string, names: string[], version: string): string {
  const packages: Record<string, object> = {
    '': { name: project, version: '1.0.0', dependencies: Object.fromEntries(names.map((n) => [n, `^${version}`])) },
  };
  for (const name of names) {
    packages[`node_modules/${name}`] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`,
      integrity: integrity(name, version),
      license: 'MIT',
    };
  }
  return `${JSON.stringify({ name: project, version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

function writeTrees(dir: string): { base: string; head: string; packages: number } {
  const base = path.join(dir, 'base');
  const head = path.join(dir, 'head');
  let packages = 0;
  for (let l = 0; l < LOCKFILES; l++) {
    const names = Array.from({ length: PER_LOCKFILE }, (_, i) => `scale-pkg-${l}-${i}`);
    packages += names.length;
    for (const [side, version] of [
      [base, '1.0.0'],
      [head, '1.0.1'],
    ] as const) {
      const at = path.join(side, 'packages', `app-${l}`);
      mkdirSync(at, { recursive: true });
      writeFileSync(path.join(at, 'package-lock.json'), lockfile(`app-${l}`, names, version));
      writeFileSync(
        path.join(at, 'package.json'),
        JSON.stringify({
          name: `app-${l}`,
          version: '1.0.0',
          dependencies: Object.fromEntries(names.map((n) => [n, `^${version}`])),
        }),
      );
    }
  }
  return { base, head, packages };
}

/** An abbreviated packument of a package published long ago (no hold, no signal). */
function packument(request: RecordedRequest): object {
  const name = decodeURIComponent(request.pathname.slice(1));
  const version = (v: string) => ({
    name,
    version: v,
    dist: { tarball: `https://registry.npmjs.org/${name}/-/${name}-${v}.tgz`, integrity: integrity(name, v) },
  });
  return {
    name,
    modified: '2024-01-15T10:00:00.000Z',
    'dist-tags': { latest: '1.0.1' },
    versions: { '1.0.0': version('1.0.0'), '1.0.1': version('1.0.1') },
  };
}

function run(args: string[]): Promise<{ code: number; ms: number; maxRssKb: number; stdout: string; stderr: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      '/usr/bin/time',
      ['-f', 'MAXRSS %M', process.execPath, ...args],
      { maxBuffer: 512 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const maxRssKb = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? NaN);
        resolve({
          code: typeof error?.code === 'number' ? error.code : 0,
          ms: performance.now() - started,
          maxRssKb,
          stdout,
          stderr,
        });
      },
    );
  });
}

async function scale(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-scale-'));
  const registry = await startScriptedServer(
    (r) => ({ status: 200, json: packument(r), headers: { date: new Date().toUTCString() } }),
    { latencyMs: 50 },
  );
  const github = await startScriptedServer(() => ({ status: 200, json: [] }), { latencyMs: 150 });
  const osv = await startScriptedServer(
    (r) => ({ status: 200, json: { results: (JSON.parse(r.body) as { queries: unknown[] }).queries.map(() => ({})) } }),
    { latencyMs: 1500 },
  );
  try {
    const trees = writeTrees(dir);
    const result = await run([
      CLI,
      '--base-dir',
      trees.base,
      '--head-dir',
      trees.head,
      '--require-live',
      '--no-content',
      '--osv-url',
      osv.url,
      '--github-api-url',
      github.url,
      '--registry-url',
      registry.url,
      '--format',
      'json',
    ]);
    const report = JSON.parse(result.stdout || '{}') as {
      lockfiles?: { changes: unknown[] }[];
      sources?: { name: string; ok: boolean }[];
    };
    const changes = (report.lockfiles ?? []).reduce((n, l) => n + l.changes.length, 0);
    const count = (server: { requests: unknown[] }) => server.requests.length;
    console.log(
      `${LOCKFILES} lockfiles, ${trees.packages} packages upgraded: exit ${result.code}, ${changes} changes reported, ` +
        `sources ${JSON.stringify((report.sources ?? []).map((s) => `${s.name}:${s.ok ? 'ok' : 'failed'}`))}`,
    );
    console.log(
      `  wall ${(result.ms / 1000).toFixed(1)} s, peak memory ${(result.maxRssKb / 1024).toFixed(0)} MB; ` +
        `requests: registry ${count(registry)}, GitHub ${count(github)}, OSV ${count(osv)}`,
    );
    if (result.code !== 0) console.log(`  stderr: ${result.stderr.slice(0, 600)}`);
    if (result.code !== 0 || changes !== trees.packages) throw new Error('the PR was not fully checked');
    if (result.maxRssKb > 1024 * 1024) throw new Error('peak memory over 1 GB');
  } finally {
    await Promise.all([registry.close(), github.close(), osv.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bomb(): Promise<void> {
  const server = await startGzipBomb();
  // In this process, before anything else: its peak resident memory is the bomb's cost.
  const started = performance.now();
  let outcome = 'read it all';
  try {
    await requestBytes({ url: server.url }, { timeoutMs: 60_000, maxAttempts: 1 });
  } catch (error) {
    outcome = error instanceof HttpRequestError ? `${error.kind}: ${error.message}` : String(error);
  } finally {
    server.close();
  }
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`1 GiB gzip bomb (${server.wireBytes} bytes on the wire): ${outcome}`);
  console.log(`  wall ${((performance.now() - started) / 1000).toFixed(1)} s, peak memory ${peakMb.toFixed(0)} MB`);
  if (!outcome.startsWith('too-large') || peakMb > 300) throw new Error('the bomb was not stopped within 300 MB');
}

await bomb();
await scale();
