// Runs a TypeScript entry (a script or a bench) on Node 20: bundles it with
// esbuild into node_modules/.cache and imports it. Usage: node scripts/run-ts.mjs FILE.ts [args]
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const outfile = path.resolve('node_modules/.cache/lockgate-run', `${path.basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
});
process.argv = [process.argv[0], path.resolve(entry), ...args];
await import(pathToFileURL(outfile).href);
