/**
 * Text lockfile read speed against the third-party parser of each format (not part of the
 * test command).
 *
 *   node scripts/run-ts.mjs bench/text-parse.bench.ts [--runs 3] [--n 300000]
 *
 * Goal: a file that parses at all is read within 3x the time of its parser alone
 * plus a constant (20 ms): js-yaml for pnpm-lock.yaml, parseSyml for Yarn Berry,
 * @yarnpkg/lockfile for classic yarn.lock (our reader replaces it), jsonc-parser for bun.lock.
 * Every hostile layout of test/lockfiles/hostile-text-lockfiles.ts at n entries; a file the
 * parser alone refuses is reported, not held to the goal. Times are the fastest of the runs.
 */
import yarnLockfile from '@yarnpkg/lockfile';
import { parseSyml } from '@yarnpkg/parsers';
import yaml from 'js-yaml';
import { parse as parseJsonc } from 'jsonc-parser';
import { parseBun } from '../src/lockfiles/bun.js';
import { parsePnpm } from '../src/lockfiles/pnpm.js';
import { parseYarnBerry } from '../src/lockfiles/yarn-berry.js';
import { parseYarnClassic } from '../src/lockfiles/yarn-classic.js';
import {
  BUN_LAYOUTS,
  fastest,
  PNPM_LAYOUTS,
  YARN_BERRY_LAYOUTS,
  YARN_CLASSIC_LAYOUTS,
} from '../test/lockfiles/hostile-text-lockfiles.js';



const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = arg('--runs', 3);
const N = arg('--n', 300_000);
const GOAL = 3;
const SLACK_MS = 20;

type Layouts = Record<string, (n: number) => string>;
const FORMATS: [string, Layouts, (text: string) => unknown, string, (text: string) => unknown][] = [
  ['pnpm', PNPM_LAYOUTS, (t) => parsePnpm('pnpm-lock.yaml', t), 'js-yaml', (t) => yaml.loadAll(t)],
  [
    'yarn classic',
    YARN_CLASSIC_LAYOUTS,
    (t) => parseYarnClassic('yarn.lock', t),
    '@yarnpkg/lockfile',
    (t) => yarnLockfile.parse(t),
  ],
  ['yarn berry', YARN_BERRY_LAYOUTS, (t) => parseYarnBerry('yarn.lock', t), 'parseSyml', (t) => parseSyml(t)],
  ['bun', BUN_LAYOUTS, (t) => parseBun('bun.lock', t), 'jsonc-parser', (t) => parseJsonc(t)],
];

/** Whether `work` throws (a refusal). */
function refuses(work: () => unknown): string | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).slice(0, 100);
  }
}

let failed = false;
for (const [format, layouts, ours, baselineName, baseline] of FORMATS) {
  for (const [layout, make] of Object.entries(layouts)) {
    const text = make(N);
    const base = fastest(() => baseline(text), RUNS);
    const mine = fastest(() => ours(text), RUNS);
    const theirsRefused = refuses(() => baseline(text));
    const oursRefused = refuses(() => ours(text));
    const ok = theirsRefused !== undefined || mine <= GOAL * base + SLACK_MS;
    failed ||= !ok;
    const note = oursRefused ? ` (refused: ${oursRefused})` : '';
    const theirs = theirsRefused ? `, ${baselineName} refuses it` : '';
    console.log(
      `${format} | ${layout} (${(text.length / 1e6).toFixed(1)} MB): ${mine.toFixed(0)} ms, ${baselineName} ${base.toFixed(0)} ms (${(mine / base).toFixed(2)}x)${theirs} ${ok ? 'ok' : `over ${GOAL}x + ${SLACK_MS} ms`}${note}`,
    );
  }
}
if (failed) process.exitCode = 1;
