import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from './helpers.js';



declare module 'vitest' {
  export interface ProvidedContext {
    /** The build of src/ the end-to-end tests run: a `dist/` folder laid out as the committed one. */
    lockgateDist: string;
  }
}

/**
 * Build src/ once, before any test file runs, into a temporary copy of the
 * repository's layout (`<tmp>/dist/` with the advisory snapshot, `<tmp>/package.json`
 * for the version): the end-to-end tests run that build, and the committed
 * dist/ is never rewritten by `npm test`. Test files run in parallel, so none
 * of them builds on its own. Removed when the run ends.
 */
export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lockgate-build-'));
  const dist = path.join(root, 'dist');
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', dist], { cwd: ROOT, stdio: 'inherit' });
  copyFileSync(path.join(ROOT, 'package.json'), path.join(root, 'package.json'));
  project.provide('lockgateDist', dist);
  return () => rmSync(root, { recursive: true, force: true });
}
