/**
 * Package content for a pull request upgrading 50 real packages (the
 * fixtures: 22 small libraries in bench/fixtures/content/, the 19 control
 * packages and 8 rebuilt incidents of test/content/fixtures/, and TypeScript
 * 5.6.2 → 5.6.3, 22 MB unpacked on each side), served from the loopback
 * registry: the requests, bytes downloaded and unpacked, and the wall time
 * content adds to a check (median of the runs, the same check with
 * --no-content; registry signals on in both). Then the cost per unpacked
 * megabyte of the TypeScript pair against the small packages, to show it is
 * linear in size.
 *
 * Run from the repository root: node scripts/run-ts.mjs bench/content.bench.ts [iterations]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCliArgs } from '../src/config/cli-args.js';
import { contentSignals } from '../src/content/rules.js';
import { unpackTarball } from '../src/content/unpack.js';
import { check } from '../src/engine/check.js';
import { cliRequest } from '../src/entry/cli.js';
import { startGitHubAdvisoriesServer } from '../test/support/github-advisories-server.js';
import { startOsvServer } from '../test/support/osv-server.js';
import { startRegistryServer } from '../test/support/registry-server.js';

const iterations = Number(process.argv[2] ?? '3');
const NOW = Date.parse('2026-03-31T12:00:00Z');

interface Pair {
  name: string;
  from: string;
  to: string;
  before: Buffer;
  after: Buffer;
}

/** `{dir}/{base}-{version}.tgz` files grouped into consecutive pairs; the name comes from each package.json. */
async function pairsIn(dir: string, names: Map<string, string>): Promise<Pair[]> {
  const byBase = new Map<string, { version: string; file: string }[]>();
  for (const file of readdirSync(dir)) {
    const m = /^(.*)-(\d+\.\d+\.\d+)\.tgz$/.exec(file);
    if (!m) continue;
    byBase.set(m[1]!, [...(byBase.get(m[1]!) ?? []), { version: m[2]!, file: path.join(dir, file) }]);
  }
  const out: Pair[] = [];
  for (const [base, list] of byBase) {
    list.sort((a, b) => a.version.localeCompare(b.version, undefined, { numeric: true }));
    const [a, b] = [list[list.length - 2], list[list.length - 1]];
    if (!a || !b) continue;
    let name = names.get(base);
    if (!name) {
      const manifest = (await unpackTarball(readFileSync(b.file))).files.get('package.json')!;
      name = (JSON.parse(Buffer.from(manifest).toString('utf8')) as { name: string }).name;
    }
    out.push({ name, from: a.version, to: b.version, before: readFileSync(a.file), after: readFileSync(b.file) });
  }
  return out;
}

async function allPairs(): Promise<Pair[]> {
  const fixtures = 'test/content/fixtures';
  const sources = JSON.parse(readFileSync(`${fixtures}/incidents/SOURCES.json`, 'utf8')) as {
    name: string;
    from: string;
    to: string;
  }[];
  const file = (name: string, v: string) => `${name.replace(/^@/, '').replace('/', '-')}-${v}.tgz`;
  const incidents = sources
    .filter((s) => s.name !== 'postmark-mcp')
    .map((s) => ({
      name: s.name,
      from: s.from,
      to: s.to,
      before: readFileSync(`${fixtures}/real/${file(s.name, s.from)}`),
      after: readFileSync(`${fixtures}/incidents/${file(s.name, s.to)}`),
    }));
  return [
    ...(await pairsIn('bench/fixtures/content', new Map())),
    ...(await pairsIn(`${fixtures}/controls`, new Map())),
    ...incidents,
  ];
}

const sri = (bytes: Uint8Array) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

function writeLockfiles(dir: string, pairs: Pair[]): void {
  const lock = (head: boolean) => {
    const root = { name: 'bench', version: '1.0.0', dependencies: {} as Record<string, string> };
    const entries: Record<string, unknown> = { '': root };
    for (const p of pairs) {
      const base = p.name.slice(p.name.lastIndexOf('/') + 1);
      const version = head ? p.to : p.from;
      root.dependencies[p.name] = '*';
      entries[`node_modules/${p.name}`] = {
        version,
        resolved: `https://registry.npmjs.org/${p.name}/-/${base}-${version}.tgz`,
        integrity: sri(head ? p.after : p.before),
      };
    }
    return `${JSON.stringify({ name: 'bench', version: '1.0.0', lockfileVersion: 3, requires: true, packages: entries }, null, 2)}\n`;
  };
  for (const side of ['base', 'head'] as const) {
    mkdirSync(path.join(dir, side), { recursive: true });
    writeFileSync(path.join(dir, side, 'package-lock.json'), lock(side === 'head'));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MiB`;

async function main(): Promise<void> {
  const pairs = await allPairs();
  const registry = await startRegistryServer();
  const osv = await startOsvServer({ records: [] });
  const github = await startGitHubAdvisoriesServer({ records: [] });
  registry.setNow(NOW);
  for (const p of pairs) {
    registry.put({
      name: p.name,
      versions: {
        [p.from]: { published: '2024-01-10T10:00:00.000Z' },
        [p.to]: { published: '2024-02-10T10:00:00.000Z' },
      },
    });
    registry.putTarball(p.name, p.from, p.before);
    registry.putTarball(p.name, p.to, p.after);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-content-bench-'));
  try {
    writeLockfiles(dir, pairs);
    const args = ['--base-dir', path.join(dir, 'base'), '--head-dir', path.join(dir, 'head')];
    const live = ['--registry-url', registry.url, '--osv-url', osv.url, '--github-api-url', github.url];
    const withContent: number[] = [];
    const without: number[] = [];
    let status: Record<string, unknown> = {};
    let fails = 0;
    let warns = 0;
    for (let i = 0; i < iterations; i++) {
      const off = await cliRequest(parseCliArgs([...args, ...live, '--no-content'], {}), {}, process.cwd());
      let start = performance.now();
      await check(off);
      without.push(performance.now() - start);
      const on = await cliRequest(parseCliArgs([...args, ...live], {}), {}, process.cwd());
      start = performance.now();
      const report = await check(on);
      withContent.push(performance.now() - start);
      status = report.sources.find((s) => s.name === 'content') as unknown as Record<string, unknown>;
      const signals = report.lockfiles[0]!.signals.filter((s) => s.signal.startsWith('content-'));
      fails = signals.filter((s) => s.level === 'fail').length;
      warns = signals.filter((s) => s.level === 'warn').length;
    }
    const big = pairs.find((p) => p.name === 'typescript');
    console.log(
      `content: ${pairs.length} upgraded packages${big ? ' (typescript 22 MB unpacked per side among them)' : ''}; ` +
        `${String(status.requests)} tarball requests, ${mb(Number(status.bytes))} downloaded, ${mb(Number(status.unpackedBytes))} unpacked; ` +
        `${fails} fail-level and ${warns} warn-level content signals (8 of the packages are rebuilt incidents)`,
    );
    const added = median(withContent) - median(without);
    console.log(
      `check: ${median(without).toFixed(0)} ms with --no-content, ${median(withContent).toFixed(0)} ms with content: +${added.toFixed(0)} ms (goal < 5000 ms)`,
    );

    // Linear in unpacked size: the cost of one pair per unpacked MB, small against large.
    const perMb = async (chosen: Pair[]) => {
      let bytes = 0;
      const start = performance.now();
      for (const p of chosen) {
        const before = await unpackTarball(p.before);
        const after = await unpackTarball(p.after);
        bytes += before.unpackedBytes + after.unpackedBytes;
        contentSignals({ before: before.files, after: after.files });
      }
      return { ms: performance.now() - start, bytes };
    };
    const small = await perMb(pairs.filter((p) => p.name !== 'typescript'));
    const large = big ? await perMb([big]) : undefined;
    console.log(
      `unpack + diff + rules: ${(small.ms / (small.bytes / 1_048_576)).toFixed(1)} ms/MiB over ${mb(small.bytes)} of ${pairs.length - 1} packages` +
        (large
          ? `; ${(large.ms / (large.bytes / 1_048_576)).toFixed(1)} ms/MiB for typescript (${mb(large.bytes)})`
          : ''),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await registry.close();
    await osv.close();
    await github.close();
  }
}

await main();
