// npm run bench: every speed goal, one after the other (not part of npm test).
import { execFileSync } from 'node:child_process';

const steps = [
  ['scripts/build.mjs'],
  ['bench/cold-start.mjs'],
  ['bench/cli-vs-floor.mjs'],
  ['scripts/run-ts.mjs', 'bench/snapshot.bench.ts'],
  ['scripts/run-ts.mjs', 'bench/live.bench.ts'],
  ['scripts/run-ts.mjs', 'bench/bun-lockb.bench.ts'],
  ['scripts/run-ts.mjs', 'bench/npm-parse.bench.ts'],
  ['scripts/run-ts.mjs', 'bench/text-parse.bench.ts'],
  ['scripts/run-ts.mjs', 'bench/registry.bench.ts'],
  ['scripts/run-ts.mjs', 'bench/content.bench.ts'],
  ['scripts/run-ts.mjs', 'bench/scale.bench.ts'],
  ['scripts/run-ts.mjs', 'bench/org-scan.bench.ts'],
];
for (const args of steps) {
  console.log(`\n$ node ${args.join(' ')}`);
  execFileSync(process.execPath, args, { stdio: 'inherit' });
}
