import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, top to bottom (docs/architecture.md draws them). A module may import
 * its own layer's folder and any layer below it, never one above: the pure middle
 * (core, match, findings, signals rules, content rules) can then never reach the I/O at
 * the two ends. Folders on one row are siblings and may not import each other.
 */
const LAYERS = [
  ['entry'],
  ['org'],
  ['github'],
  ['outputs', 'engine'],
  ['advisories'],
  ['inputs', 'config'],
  ['findings', 'signals', 'content'],
  ['lockfiles', 'match', 'net'],
  ['core'],
];

// src/cli.ts and src/index.ts only call entry/; src/version.ts is a leaf like core/ (neither is in a layer).
const elements = LAYERS.flat().map((type) => ({ type, pattern: `src/${type}` }));

const policies = LAYERS.flatMap((row, depth) =>
  row.map((type) => ({
    from: { element: { type } },
    allow: { to: { element: { types: { anyOf: [type, ...LAYERS.slice(depth + 1).flat()] } } } },
  })),
);

export default tseslint.config(
  // Fixture .js files are package content the package managers install, not project code.
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/fixtures/**/*.js', 'test/content/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*.ts'],
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
