// dist/cli.js cold start to a verdict on the bundled example (goal: under 300 ms).
// Usage: node bench/cold-start.mjs [runs]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      'dist/cli.js',
      '--base-dir',
      'examples/postmark-mcp/base',
      '--head-dir',
      'examples/postmark-mcp/head',
      '--offline',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  if (result.status !== 1) throw new Error(`expected a finding (exit 1), got ${result.status}`);
}
times.sort((a, b) => a - b);
console.log(
  `cold start to a verdict (demo), ${runs} runs: median ${times[runs >> 1].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[runs - 1].toFixed(0)} ms (goal < 300 ms)`,
);
