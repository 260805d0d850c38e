import { execFileSync } from 'node:child_process';
import { ROOT } from './helpers.js';

/**
 * Build dist/ from src/ once, before any test file runs: the end-to-end tests
 * run the built CLI and action, and test files run in parallel, so none of
 * them may rebuild dist/ while another one is using it.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
