/**
 * npm lockfile read speed against JSON.parse (not part of the test command).
 *
 *   node scripts/run-ts.mjs bench/npm-parse.bench.ts [--runs 7]
 *
 * Goal: a file that parses at all is read within 3× the time of
 * JSON.parse on the same text, plus a constant (20 ms). Shown for the real
 * otel-contrib lockfile (v2, 3.4k packages, read with its legacy half checked)
 * and for the hostile layouts the parse-growth test uses, at 300k entries: one
 * line, keys split from their colon, and a v1 tree nested 300k deep (refused).
 * Times are the fastest of the runs after warm-up.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseNpm } from '../src/lockfiles/npm.js';


const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const GOAL = 3;
const SLACK_MS = 20;
const N = 300_000;

const entries = (n: number, write: (i: number) => string) => Array.from({ length: n }, (_, i) => write(i));
const FILES: [string, () => string][] = [
  [
    'otel-contrib (real, v2)',
    () =>
      gunzipSync(
        readFileSync(path.resolve('test/fixtures/real/large-npm-v2-workspaces-otel-contrib/head/package-lock.json.gz')),
      ).toString('utf8'),
  ],
  [
    'one line, 300k entries',
    () =>
      `{"lockfileVersion":3,"packages":{"":{},${entries(N, (i) => `"node_modules/p${i}":{"version":"1.0.${i % 10}"}`).join(',')}}}`,
  ],
  [
    'keys split from their colon, 300k',
    () =>
      `{"lockfileVersion":3,"packages":{"":{},\n${entries(N, (i) => `"node_modules/p${i}" \n: {"version" \n: "1.0.0"}`).join(',\n')}}}`,
  ],
  [
    'v1 nested 300k deep (refused)',
    () =>
      `{"lockfileVersion":1,"dependencies":${'{"a":{"version":"1.0.0","dependencies":'.repeat(N)}{}${'}}'.repeat(N)}}`,
  ],
];

function fastest(fn: () => unknown): number {
  const run = () => {
    try {
      fn();
    } catch {
      // a refusal is a finished read
    }
  };
  run();
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

let failed = false;
for (const [name, make] of FILES) {
  const text = make();
  const json = fastest(() => JSON.parse(text));
  const ours = fastest(() => parseNpm('package-lock.json', text));
  const ok = ours <= GOAL * json + SLACK_MS;
  failed ||= !ok;
  console.log(
    `${name}: ${ours.toFixed(0)} ms, JSON.parse ${json.toFixed(0)} ms (${(ours / json).toFixed(2)}×) ${ok ? 'ok' : `over ${GOAL}× + ${SLACK_MS} ms`}`,
  );
}
if (failed) process.exitCode = 1;
