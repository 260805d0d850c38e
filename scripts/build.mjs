// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// Type checking is `tsc --noEmit` (npm run typecheck); esbuild only strips types.
// `--outdir <dir>` writes the bundles elsewhere (the tests build into a temporary
// directory, never over the committed dist/) and copies dist/advisories.snapshot
// beside them, so the build there runs as dist/ does.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

const SNAPSHOT = 'advisories.snapshot';
const at = process.argv.indexOf('--outdir');
if (at !== -1 && !process.argv[at + 1]) {
  console.error('usage: node scripts/build.mjs [--outdir <dir>]');
  process.exit(2);
}
const outdir = at === -1 ? 'dist' : process.argv[at + 1];

// ESM bundles of CommonJS dependencies call require(): give them one.
const banner = {
  js: "import { createRequire as __lockgateCreateRequire } from 'node:module';\nconst require = __lockgateCreateRequire(import.meta.url);",
};

const result = await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  // Parsers and other parts used only by some runs are imported lazily: their own chunks.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  charset: 'utf8',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow.
  mainFields: ['module', 'main'],
  // @yarnpkg/parsers require()s js-yaml's CommonJS build; import the same one so it is bundled once.
  alias: { 'js-yaml': './node_modules/js-yaml/index.js' },
});

// Remove chunks an earlier build wrote that this one did not (dist/advisories.snapshot is not built here).
const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(file)));
for (const name of await readdir(path.join(outdir, 'chunks'))) {
  const file = path.resolve(outdir, 'chunks', name);
  if (!written.has(file)) await rm(file);
}
if (path.resolve(outdir) !== path.resolve('dist')) {
  await mkdir(outdir, { recursive: true });
  await copyFile(path.join('dist', SNAPSHOT), path.join(outdir, SNAPSHOT));
}
