// The CLI against the floor, side by side in one run: for each large real pair,
// a node process that only reads and parses both lockfiles (JSON.parse, or
// js-yaml for YAML formats) versus `node dist/cli.js --offline --format json`.
// Goal: the CLI within 2x of the floor. Usage: node bench/cli-vs-floor.mjs [runs]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainCaseDir } from '../test/support/real-fixtures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test', 'fixtures', 'real');
const runs = Number(process.argv[2] ?? 7);

const CASES = [
  ['large-npm-v2-workspaces-otel-contrib', 'package-lock.json', 'json'],
  ['large-pnpm9-novu', 'pnpm-lock.yaml', 'yaml'],
  ['large-yarn-berry6-amplify-cli', 'yarn.lock', 'yaml'],
];

const floorScript = (kind) =>
  kind === 'json'
    ? `const fs=require('fs');for(const f of process.argv.slice(1))JSON.parse(fs.readFileSync(f,'utf8'));`
    : `const fs=require('fs');const y=require('js-yaml');for(const f of process.argv.slice(1))y.loadAll(fs.readFileSync(f,'utf8'));`;

function time(args) {
  const start = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 28 });
  } catch (error) {
    if (error.status !== 1) throw error; // 1 = findings, still a full run
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`CLI vs parse-only floor, median of ${runs} alternating runs (ms)`);
console.log('case'.padEnd(40), 'floor'.padStart(8), 'cli'.padStart(8), 'ratio'.padStart(7));
for (const [name, file, kind] of CASES) {
  const dir = plainCaseDir(path.join(fixtures, name));
  const base = path.join(dir, 'base');
  const head = path.join(dir, 'head');
  const floor = [];
  const cli = [];
  for (let i = 0; i < runs; i++) {
    floor.push(time(['-e', floorScript(kind), path.join(base, file), path.join(head, file)]));
    cli.push(time(['dist/cli.js', '--base-dir', base, '--head-dir', head, '--offline', '--format', 'json']));
  }
  const f = median(floor);
  const c = median(cli);
  console.log(
    name.padEnd(40),
    f.toFixed(0).padStart(8),
    c.toFixed(0).padStart(8),
    `${(c / f).toFixed(2)}x`.padStart(7),
  );
}
