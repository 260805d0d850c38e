/**
 * bun.lockb read speed (not part of the test command).
 *
 *   node scripts/run-ts.mjs bench/bun-lockb.bench.ts [--runs 50]
 *
 * The same ~1,200-package project (react-scripts, installed by Bun 1.3.5; see
 * bench/fixtures/bench-1000-1.3.5/SOURCE.txt) as bun.lockb and as the bun.lock Bun
 * converts it to. Goal: reading bun.lockb into the model takes at most 2× the time
 * of reading its bun.lock twin (lockgate's bun.lock reader, one jsonc-parser pass).
 * Also shown: jsonc-parser's `parse` alone on bun.lock, the floor of any JSONC reading.
 * Times are medians of in-process runs after warm-up.
 */
import { parse as parseJsonc } from 'jsonc-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBunBinary } from '../src/lockfiles/bun-binary.js';
import { parseBun } from '../src/lockfiles/bun.js';



const DIR = path.resolve('bench', 'fixtures', 'bench-1000-1.3.5');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50;
const GOAL = 2;

const binary = readFileSync(path.join(DIR, 'bun.lockb'));
const text = readFileSync(path.join(DIR, 'bun.lock'), 'utf8');

function median(fn: () => unknown): number {
  for (let i = 0; i < 10; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

// The twins hold the same name@version pairs (bun.lock has one entry per install path, bun.lockb one per package).
const pairs = (packages: { name: string; version: string }[]) =>
  [...new Set(packages.map((p) => `${p.name}@${p.version}`))].sort().join('\n');
const fromBinary = parseBunBinary('bun.lockb', binary).packages;
if (pairs(fromBinary) !== pairs(parseBun('bun.lock', text).packages)) {
  throw new Error('bun.lockb and its bun.lock twin do not hold the same packages');
}
const packages = fromBinary.length;

const lockb = median(() => parseBunBinary('bun.lockb', binary));
const lock = median(() => parseBun('bun.lock', text));
const floor = median(() => parseJsonc(text, [], { allowTrailingComma: true }));
const ratio = lockb / lock;
console.log(
  `bun.lockb (${(binary.length / 1024).toFixed(0)} KiB, ${packages} packages): ${lockb.toFixed(2)} ms; ` +
    `bun.lock twin (${(text.length / 1024).toFixed(0)} KiB) with lockgate's reader: ${lock.toFixed(2)} ms, ` +
    `jsonc-parser parse alone: ${floor.toFixed(2)} ms; median of ${RUNS}.`,
);
console.log(`ratio bun.lockb / bun.lock: ${ratio.toFixed(2)} (goal ≤ ${GOAL}): ${ratio <= GOAL ? 'met' : 'NOT MET'}`);
if (ratio > GOAL) process.exitCode = 1;
