/**
 * Snapshot load + lookup benchmark (not part of the test command).
 *
 *   node scripts/run-ts.mjs bench/snapshot.bench.ts [--runs 5]
 *
 * Looks up a 3,000-package set (real names from the npm fixtures' lockfiles
 * plus known-malicious names) in (1) the bundled snapshot and (2) a synthetic
 * snapshot ten times larger, built here from the real one by renaming copies
 * (`name` → `name-x1` … `name-x9`). Every measurement runs in a fresh child
 * process, so no cache carries over: it covers opening the file, reading the
 * index and answering the lookup. Targets: < 50 ms (real), < 150 ms and
 * < 150 MB (10×).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSnapshotPath, loadSnapshot, snapshotFromBytes } from '../src/advisories/snapshot.js';
import { encodeSnapshot } from '../src/advisories/snapshot-format.js';
import type { OsvRecord, PackageQuery } from '../src/core/osv.js';
import { readStored } from '../test/support/real-fixtures.mjs';



const FIXTURES = path.resolve('test', 'fixtures', 'real');
const KNOWN_MALICIOUS = [
  'postmark-mcp',
  'axios',
  '@ctrl/tinycolor',
  'event-stream',
  'flatmap-stream',
  'keyv',
  'chalk',
  'debug',
  'nx',
  'plain-crypto-js',
];
const SET_SIZE = 3000;
const COPIES = 10;

interface Measurement {
  loadMs: number;
  lookupMs: number;
  totalMs: number;
  hits: number;
  rssDeltaMb: number;
  heapDeltaMb: number;
  rssMb: number;
}

/** Child: load a snapshot and look a name set up, once, and print the measurement as JSON. */
async function child(snapshot: string, namesFile: string): Promise<void> {
  const queries = JSON.parse(readFileSync(namesFile, 'utf8')) as PackageQuery[];
  globalThis.gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const source = await loadSnapshot(snapshot);
  const t1 = performance.now();
  const records = await source.lookup(queries);
  const t2 = performance.now();
  const after = process.memoryUsage();
  const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;
  const result: Measurement = {
    loadMs: t1 - t0,
    lookupMs: t2 - t1,
    totalMs: t2 - t0,
    hits: records.length,
    rssDeltaMb: mb(after.rss - before.rss),
    heapDeltaMb: mb(after.heapUsed - before.heapUsed),
    rssMb: mb(after.rss),
  };
  process.stdout.write(JSON.stringify(result));
}

/** Real package names from the npm lockfiles of the fixtures (heads), sorted, plus known-malicious names. */
function nameSet(): PackageQuery[] {
  const names = new Set<string>();
  for (const fixture of readdirSync(FIXTURES).sort()) {
    for (const file of ['package-lock.json', 'npm-shrinkwrap.json']) {
      const lockfile = path.join(FIXTURES, fixture, 'head', file);
      let text: string;
      try {
        text = readStored(lockfile).toString('utf8');
      } catch {
        continue;
      }
      const packages = (JSON.parse(text) as { packages?: Record<string, unknown> }).packages ?? {};
      for (const key of Object.keys(packages)) {
        const at = key.lastIndexOf('node_modules/');
        if (at !== -1) names.add(key.slice(at + 'node_modules/'.length));
      }
    }
  }
  for (const name of KNOWN_MALICIOUS) names.delete(name);
  const picked = [...names].sort().slice(0, SET_SIZE - KNOWN_MALICIOUS.length);
  if (picked.length + KNOWN_MALICIOUS.length < SET_SIZE) throw new Error(`only ${picked.length} fixture names found`);
  return [...picked, ...KNOWN_MALICIOUS].map((name) => ({ name, version: '1.0.0' }));
}

/** A snapshot ten times the real one: each record plus nine renamed copies. */
async function tenfold(realFile: string): Promise<Uint8Array> {
  const real = snapshotFromBytes(readFileSync(realFile), realFile);
  const all = await real.lookup(real.index.names().map((name) => ({ name, version: '0' })));
  const records: OsvRecord[] = [...all];
  for (let copy = 1; copy < COPIES; copy++) {
    for (const record of all) {
      records.push({
        ...record,
        id: `${record.id}-x${copy}`,
        affected: (record.affected ?? []).map((a) => ({
          ...a,
          ...(a.package ? { package: { ...a.package, name: `${a.package.name}-x${copy}` } } : {}),
        })),
      });
    }
  }
  return encodeSnapshot(records, real.header.asOf ? { asOf: real.header.asOf } : {});
}

function measure(script: string, snapshot: string, namesFile: string, runs: number): Measurement[] {
  const out: Measurement[] = [];
  for (let run = 0; run < runs; run++) {
    const result = spawnSync(process.execPath, ['--expose-gc', script, '--child', snapshot, namesFile], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`child failed: ${result.stderr}`);
    out.push(JSON.parse(result.stdout) as Measurement);
  }
  return out;
}

function summary(label: string, runs: Measurement[], bytes: number): void {
  const median = (pick: (m: Measurement) => number): number => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  const max = (pick: (m: Measurement) => number): number => Math.max(...runs.map(pick));
  const fixed = (n: number): string => n.toFixed(1);
  console.log(
    `${label}: ${(bytes / 1048576).toFixed(2)} MB file, ${runs[0]!.hits} records hit; ` +
      `load ${fixed(median((m) => m.loadMs))} ms + lookup ${fixed(median((m) => m.lookupMs))} ms = ` +
      `${fixed(median((m) => m.totalMs))} ms median (max ${fixed(max((m) => m.totalMs))}) over ${runs.length} fresh processes; ` +
      `RSS +${fixed(median((m) => m.rssDeltaMb))} MB (process ${fixed(median((m) => m.rssMb))} MB), heap +${fixed(median((m) => m.heapDeltaMb))} MB`,
  );
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') return child(argv[1]!, argv[2]!);
  const runs = argv[0] === '--runs' ? Number(argv[1]) : 5;
  const script = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(path.join(tmpdir(), 'lockgate-bench-'));
  try {
    const namesFile = path.join(dir, 'names.json');
    writeFileSync(namesFile, JSON.stringify(nameSet()));
    const realFile = defaultSnapshotPath();
    summary('bundled snapshot', measure(script, realFile, namesFile, runs), statSync(realFile).size);

    const start = performance.now();
    const big = await tenfold(realFile);
    const bigFile = path.join(dir, 'tenfold.snapshot');
    writeFileSync(bigFile, big);
    console.log(`(built the 10x snapshot in ${((performance.now() - start) / 1000).toFixed(1)} s)`);
    summary('10x synthetic snapshot', measure(script, bigFile, namesFile, runs), big.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
