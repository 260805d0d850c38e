/**
 * Registry signals for a pull request adding 300 versions of 200 packages
 * (200 upgrades, 100 second copies) against the loopback test registry, with
 * one multi-megabyte packument among them: requests, bytes, documents fetched
 * (abbreviated / full) and the wall time registry signals add to a check
 * (median of the runs, the same check with and without them; the advisory
 * sources are the bundled snapshot and loopback OSV/GitHub servers in both).
 * The registry runs in a child process, so its own work is not counted as the
 * client's.
 *
 * Then the same check with the on-disk cache (`--cache-dir`): cold (an
 * empty directory), warm (the directory the cold run left), and warm after
 * 10 of the packages published a new version (their documents changed): the
 * requests, how many the registry answered 304, and the body bytes.
 *
 * Run from the repository root: node scripts/run-ts.mjs bench/registry.bench.ts [iterations]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCliArgs } from '../src/config/cli-args.js';
import { check } from '../src/engine/check.js';
import { cliRequest } from '../src/entry/cli.js';
import { startGitHubAdvisoriesServer } from '../test/support/github-advisories-server.js';
import { startOsvServer } from '../test/support/osv-server.js';
import { startRegistryServer, type FakePackage } from '../test/support/registry-server.js';
import { pairFlags, standInFlags } from '../test/support/cli-flags.js';

const serving = process.argv[2] === '--serve';
const iterations = Number((!serving && process.argv[2]) || '5');
const NOW = Date.parse('2026-03-31T12:00:00Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** 200 packages, 30 versions each; half changed within the last 30 days (their full document is needed). */
function registryPackages(): FakePackage[] {
  const out: FakePackage[] = [];
  for (let i = 0; i < 200; i++) {
    const recent = i % 2 === 0;
    const versions: FakePackage['versions'] = {};
    for (let v = 0; v < 30; v++) {
      const age = recent ? (30 - v) * 2 * DAY : 400 * DAY + (30 - v) * 10 * DAY;
      versions[`${1 + Math.floor(v / 10)}.${v % 10}.0`] = {
        published: iso(NOW - age),
        provenance: true,
        ...(v % 7 === 0 ? { scripts: { postinstall: 'node install.js' } } : {}),
      };
    }
    out.push({ name: i % 10 === 0 ? `@bench/pkg-${i}` : `pkg-${i}`, versions, readmeChars: 2_000 });
  }
  // One multi-megabyte packument: 3,000 versions and a 4 MB readme, recently changed.
  const big: FakePackage['versions'] = {};
  for (let v = 0; v < 3000; v++)
    big[`0.${Math.floor(v / 100)}.${v % 100}`] = { published: iso(NOW - (3000 - v) * 3_600_000) };
  out[1] = {
    name: 'pkg-1',
    versions: { ...big, '1.0.0': { published: iso(NOW - 60 * DAY) }, '3.9.0': { published: iso(NOW - 20 * DAY) } },
    readmeChars: 4_000_000,
  };
  return out;
}

/** base: every package at its oldest 1.x; head: upgraded to 3.9.0, and 100 of them keep a nested 2.0.0 copy. */
function writeLockfiles(dir: string, packages: FakePackage[]): void {
  const lock = (head: boolean) => {
    const entries: Record<string, unknown> = { '': { name: 'bench', version: '1.0.0', dependencies: {} } };
    for (const [i, p] of packages.entries()) {
      const base = p.name.includes('/') ? p.name.split('/')[1] : p.name;
      const entry = (version: string) => ({
        version,
        resolved: `https://registry.npmjs.org/${p.name}/-/${base}-${version}.tgz`,
        integrity: `sha512-${Buffer.from(`${p.name}@${version}`).toString('base64')}`,
      });
      (entries[''] as { dependencies: Record<string, string> }).dependencies[p.name] = '*';
      entries[`node_modules/${p.name}`] = entry(head ? '3.9.0' : '1.0.0');
      if (head && i % 2 === 1) entries[`node_modules/host-${i}/node_modules/${p.name}`] = entry('2.0.0');
      if (head && i % 2 === 1)
        entries[`node_modules/host-${i}`] = {
          version: '1.0.0',
          resolved: `https://registry.npmjs.org/host-${i}/-/host-${i}-1.0.0.tgz`,
          integrity: 'sha512-AA==',
        };
      if (!head && i % 2 === 1)
        entries[`node_modules/host-${i}`] = {
          version: '1.0.0',
          resolved: `https://registry.npmjs.org/host-${i}/-/host-${i}-1.0.0.tgz`,
          integrity: 'sha512-AA==',
        };
    }
    return `${JSON.stringify({ name: 'bench', version: '1.0.0', lockfileVersion: 3, requires: true, packages: entries }, null, 2)}\n`;
  };
  for (const side of ['base', 'head'] as const) {
    mkdirSync(path.join(dir, side), { recursive: true });
    writeFileSync(path.join(dir, side, 'package-lock.json'), lock(side === 'head'));
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Every version the head lockfile names exists on the registry (2.0.0 and 3.9.0 for each package). */
function allPackages(): FakePackage[] {
  const packages = registryPackages();
  for (const p of packages) {
    p.versions['2.0.0'] ??= { published: iso(NOW - 45 * DAY), provenance: true };
    p.versions['3.9.0'] ??= { published: iso(NOW - 20 * DAY), provenance: true };
  }
  return packages;
}

/** The child: the registry, its URL on stdout, `served`/`reset` commands on stdin. */
async function serve(): Promise<void> {
  const registry = await startRegistryServer(allPackages());
  registry.setNow(NOW);
  console.log(registry.url);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'served')
      console.log(
        JSON.stringify({
          abbreviated: registry.served().abbreviated.length,
          full: registry.served().full.length,
          notModified: registry.served().notModified.length,
        }),
      );
    else if (line === 'publish') {
      // 10 packages publish a new version an hour ago: their documents (and ETags) change.
      for (const p of allPackages().slice(0, 10)) {
        p.versions['3.9.1'] = { published: iso(NOW - 3_600_000), provenance: true };
        registry.put(p);
      }
      console.log('ok');
    } else if (line === 'reset') {
      registry.reset();
      console.log('ok');
    }
  }
  await registry.close();
}

/** The registry in a child process, and a way to ask it one line at a time. */
async function childRegistry(): Promise<{ url: string; ask: (line: string) => Promise<string>; close: () => void }> {
  const child = spawn(
    process.execPath,
    [path.resolve('node_modules/.cache/lockgate-run/registry.bench.mjs'), '--serve'],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => String((await lines.next()).value ?? '');
  const url = await next();
  return {
    url,
    ask: async (line) => {
      child.stdin.write(`${line}\n`);
      return next();
    },
    close: () => child.stdin.end(),
  };
}

async function main(): Promise<void> {
  const packages = allPackages();
  const child = await childRegistry();
  const registry = { url: child.url };
  const osv = await startOsvServer({ records: [] });
  const github = await startGitHubAdvisoriesServer({ records: [] });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-registry-bench-'));
  try {
    writeLockfiles(dir, packages);
    const argv = [
      ...pairFlags(dir),
      ...standInFlags({ registry, osv, github }),
      // Package content (tarballs) has its own bench (bench/content.bench.ts); this one is the registry's documents.
      '--no-content',
    ];
    const options = parseCliArgs(argv, {});
    const withSignals: number[] = [];
    const without: number[] = [];
    let requests = 0;
    let bytes = 0;
    let served = { abbreviated: 0, full: 0, notModified: 0 };
    let targets = 0;
    let signals = 0;
    for (let i = 0; i < iterations; i++) {
      const request = await cliRequest(options, {}, process.cwd());
      const plain = { ...request };
      delete plain.signals;
      let start = performance.now();
      await check(plain);
      without.push(performance.now() - start);
      await child.ask('reset');
      start = performance.now();
      const report = await check(request);
      withSignals.push(performance.now() - start);
      const status = report.sources.find((s) => s.type === 'registry')!;
      requests = status.type === 'registry' ? (status.requests ?? 0) : 0;
      bytes = status.type === 'registry' ? (status.bytes ?? 0) : 0;
      served = JSON.parse(await child.ask('served')) as typeof served;
      targets = report.lockfiles[0]!.changes.reduce((n, c) => n + c.to.length, 0);
      signals = report.lockfiles[0]!.signals.length;
    }
    const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MiB`;
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-registry-cache-'));
    const cached = parseCliArgs([...argv, '--cache-dir', cacheDir], {});
    const cacheRuns: string[] = [];
    const verdicts: string[] = [];
    try {
      for (const run of ['cold cache', 'warm cache', 'warm, 10 packages published since']) {
        if (run.startsWith('warm, ')) await child.ask('publish');
        await child.ask('reset');
        const start = performance.now();
        const report = await check(await cliRequest(cached, {}, process.cwd()));
        const ms = performance.now() - start;
        const status = report.sources.find((s) => s.type === 'registry');
        const got = JSON.parse(await child.ask('served')) as typeof served;
        if (status?.type !== 'registry') throw new Error('no registry status');
        verdicts.push(JSON.stringify(report.lockfiles.map((l) => l.signals)));
        cacheRuns.push(
          `  ${run}: requests: ${status.requests} (${got.abbreviated} abbreviated, ${got.full} full; ${status.notModified} answered 304); bytes: ${status.bytes} (${mb(status.bytes ?? 0)}); check: ${ms.toFixed(0)} ms`,
        );
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
    console.log(
      `registry signals: ${targets} versions added of ${packages.length} packages (+100 hosts), median of ${iterations} runs`,
    );
    console.log(
      `  requests: ${requests} (${served.abbreviated} abbreviated, ${served.full} full documents); bytes: ${bytes} (${mb(bytes)})`,
    );
    console.log(
      `  check without signals: ${median(without).toFixed(0)} ms; with signals: ${median(withSignals).toFixed(0)} ms; added: ${(median(withSignals) - median(without)).toFixed(0)} ms`,
    );
    console.log(`  signals reported: ${signals}`);
    console.log(`with --cache-dir (each document revalidated: If-None-Match / If-Modified-Since):`);
    for (const line of cacheRuns) console.log(line);
    // The cache saves bytes, never changes an answer: the warm run's signals are the cold run's.
    if (verdicts[0] !== verdicts[1]) throw new Error('the warm cache changed the signals');
    console.log(`  warm signals identical to cold: yes`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    child.close();
    await osv.close();
    await github.close();
  }
}

await (serving ? serve() : main());
