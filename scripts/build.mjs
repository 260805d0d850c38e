// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// Type checking is `tsc --noEmit` (npm run typecheck); esbuild only strips types.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

// ESM bundles of CommonJS dependencies call require(): give them one.
const banner = {
  js: "import { createRequire as __lockgateCreateRequire } from 'node:module';\nconst require = __lockgateCreateRequire(import.meta.url);",
};

// Start clean so no chunk of an earlier build lingers (dist/advisories.snapshot is not built here).
await rm('dist/chunks', { recursive: true, force: true });

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
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
  charset: 'utf8',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow.
  mainFields: ['module', 'main'],
  // @yarnpkg/parsers require()s js-yaml's CommonJS build; import the same one so it is bundled once.
  alias: { 'js-yaml': './node_modules/js-yaml/index.js' },
});
