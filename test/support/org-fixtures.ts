/**
 * A 500-repository organisation for the org scan's tests and bench, made of
 * the repository's real lockfiles: the postmark-mcp example (npm) and its
 * yarn classic and pnpm renderings (test/action/fixtures), 1.0.15 in the clean
 * repositories and 1.0.16, which MAL-2025-47604 covers, in exactly three:
 *
 * - `svc-123`: package-lock.json at the root (npm v3)
 * - `svc-251`: apps/web/pnpm-lock.yaml (pnpm 9), in a monorepo directory
 * - `svc-377`: yarn.lock at the root (yarn classic)
 *
 * Besides: every 50th repository is a fork (svc-100, a fork, locks 1.0.16 too,
 * and must not be reported by default), every 71st archived, svc-007 empty
 * (no commits), svc-401 very large (more files than the server lists in one
 * recursive answer, with its lockfile deep inside), and a third of the rest
 * have no lockfile at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import type { FakeRepo } from './github-org-server.js';

export const ORG = 'acme';
/** The three repositories with a flagged version, and where it is. */
export const FLAGGED = [
  { repo: 'svc-123', lockfile: 'package-lock.json', needle: '"node_modules/postmark-mcp": {' },
  { repo: 'svc-251', lockfile: 'apps/web/pnpm-lock.yaml', needle: 'postmark-mcp@1.0.16:' },
  { repo: 'svc-377', lockfile: 'yarn.lock', needle: 'postmark-mcp@1.0.16:' },
] as const;
export const LARGE_REPO = 'svc-401';
/** Entries the server lists in one recursive tree answer before it truncates it (the large repository has more). */
export const TRUNCATE_AT = 1500;

const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');

/** The 1-based number of the first line of `text` that is `needle` (spaces aside): an oracle apart from the readers. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.trim() === needle);
  if (index < 0) throw new Error(`${needle} is not in the fixture`);
  return index + 1;
}

export function orgRepos(count = 500): FakeRepo[] {
  const npm = {
    clean: {
      'package.json': read('examples/postmark-mcp/base/package.json'),
      'package-lock.json': read('examples/postmark-mcp/base/package-lock.json'),
    },
    flagged: {
      'package.json': read('examples/postmark-mcp/head/package.json'),
      'package-lock.json': read('examples/postmark-mcp/head/package-lock.json'),
    },
  };
  const yarnFlagged = {
    'package.json': read('test/action/fixtures/yarn-classic/head/package.json'),
    'yarn.lock': read('test/action/fixtures/yarn-classic/head/yarn.lock'),
  };
  const pnpmFlagged = {
    'package.json': '{ "name": "monorepo", "private": true }\n',
    'apps/web/package.json': read('test/action/fixtures/pnpm/head/package.json'),
    'apps/web/pnpm-lock.yaml': read('test/action/fixtures/pnpm/head/pnpm-lock.yaml'),
  };
  const repos: FakeRepo[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `svc-${String(i).padStart(3, '0')}`;
    const readme = { 'README.md': `# ${name}\n` };
    let files: Record<string, string> | undefined =
      i % 3 === 0 ? { ...readme, 'src/index.js': 'export {};\n' } : { ...readme, ...npm.clean };
    if (name === 'svc-123' || name === 'svc-100') files = { ...readme, ...npm.flagged };
    if (name === 'svc-251') files = { ...readme, ...pnpmFlagged };
    if (name === 'svc-377') files = { ...readme, ...yarnFlagged };
    if (name === 'svc-007') files = undefined;
    if (name === LARGE_REPO) {
      files = { ...readme };
      for (let d = 0; d < 40; d++)
        for (let f = 0; f < 50; f++) files[`src/module-${d}/file-${f}.js`] = `export const x = ${d * 50 + f};\n`;
      files['services/billing/package.json'] = npm.clean['package.json'];
      files['services/billing/package-lock.json'] = npm.clean['package-lock.json'];
    }
    repos.push({ name, fork: i % 50 === 0, archived: i % 71 === 0, ...(files ? { files } : {}) });
  }
  return repos;
}
