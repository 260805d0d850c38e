/**
 * npm lockfile read speed against JSON.parse (not part of the test command).
 *
 *   node scripts/run-ts.mjs bench/npm-parse.bench.ts [--runs 40]
 *
 * Times are CPU time (process.cpuUsage: the machine is shared, so wall time
 * measures the neighbours), the median of the runs after warm-up, with
 * JSON.parse of the same text measured in the same process the same way,
 * interleaved run by run so that load falls on both. Each run times a block of
 * calls of one side (10 for the real files), so that the garbage collections a
 * side's own allocations cause are charged to it: timed one call at a time, a
 * collection the reader's garbage triggers lands in the next JSON.parse one run
 * in two, and the median of 40 flips between about 1.5× and 2.3×.
 *
 * Goals:
 * - the large real files (the otel-contrib pair: v2, 3.4k packages, 3.0 MB,
 *   read with its legacy half checked): within 1.5× JSON.parse;
 * - the hostile layouts the parse-growth test uses, at 300k entries (one line,
 *   keys split from their colon, a v1 tree nested 300k deep, refused): within
 *   3× JSON.parse plus a constant (20 ms).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseNpm } from '../src/lockfiles/npm.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 40;
const N = 300_000;

interface Case {
  name: string;
  make: () => string;
  /** Within `ratio` × JSON.parse + `slackMs`. */
  ratio: number;
  slackMs: number;
  /** Runs for this case (the hostile layouts are large: fewer). */
  runs: number;
  /** Calls per timed block. */
  block: number;
}

const real = (side: string): (() => string) => {
  const file = `test/fixtures/real/large-npm-v2-workspaces-otel-contrib/${side}/package-lock.json.gz`;
  return () => gunzipSync(readFileSync(path.resolve(file))).toString('utf8');
};
const entries = (n: number, write: (i: number) => string) => Array.from({ length: n }, (_, i) => write(i));
const hostileRuns = Math.max(3, Math.ceil(RUNS / 8));
const CASES: Case[] = [
  { name: 'otel-contrib base (real, v2)', make: real('base'), ratio: 1.5, slackMs: 0, runs: RUNS, block: 10 },
  { name: 'otel-contrib head (real, v2)', make: real('head'), ratio: 1.5, slackMs: 0, runs: RUNS, block: 10 },
  {
    name: 'one line, 300k entries',
    make: () =>
      `{"lockfileVersion":3,"packages":{"":{},${entries(N, (i) => `"node_modules/p${i}":{"version":"1.0.${i % 10}"}`).join(',')}}}`,
    ratio: 3,
    slackMs: 20,
    runs: hostileRuns,
    block: 1,
  },
  {
    name: 'keys split from their colon, 300k',
    make: () =>
      `{"lockfileVersion":3,"packages":{"":{},\n${entries(N, (i) => `"node_modules/p${i}" \n: {"version" \n: "1.0.0"}`).join(',\n')}}}`,
    ratio: 3,
    slackMs: 20,
    runs: hostileRuns,
    block: 1,
  },
  {
    name: 'v1 nested 300k deep (refused)',
    make: () =>
      `{"lockfileVersion":1,"dependencies":${'{"a":{"version":"1.0.0","dependencies":'.repeat(N)}{}${'}}'.repeat(N)}}`,
    ratio: 3,
    slackMs: 20,
    runs: hostileRuns,
    block: 1,
  },
];

/** CPU milliseconds of one call (a refusal is a finished read). */
function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  try {
    fn();
  } catch {
    // refused
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

let failed = false;
for (const { name, make, ratio, slackMs, runs, block } of CASES) {
  const text = make();
  const times = (fn: () => unknown) => () => {
    for (let k = 0; k < block; k++) fn();
  };
  const parse = times(() => JSON.parse(text) as unknown);
  const read = times(() => parseNpm('package-lock.json', text));
  for (let i = 0; i < 3; i++) {
    cpuMs(parse);
    cpuMs(read);
  }
  const json: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < runs; i++) {
    json.push(cpuMs(parse) / block);
    ours.push(cpuMs(read) / block);
  }
  const floor = median(json);
  const time = median(ours);
  const ok = time <= ratio * floor + slackMs;
  failed ||= !ok;
  const goal = slackMs ? `${ratio}× + ${slackMs} ms` : `${ratio}×`;
  console.log(
    `${name}: ${time.toFixed(1)} ms, JSON.parse ${floor.toFixed(1)} ms: ${(time / floor).toFixed(2)}× (goal ≤ ${goal}) ${ok ? 'met' : 'NOT MET'}; CPU-time medians of ${runs} blocks of ${block}`,
  );
}
if (failed) process.exitCode = 1;
