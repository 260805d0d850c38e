/**
 * Key shapes of real lockfiles that were refused (exit 2), through the built CLI (dist/cli.js),
 * each checked against the real tool first (the fixture's NOTES.md says what it did).
 *
 * npm11-pnpm-layout: the package-lock.json npm 11.19.1 writes for a node_modules pnpm 10 installed,
 * keyed inside pnpm's store (`node_modules/.pnpm/@types+connect@3.4.38/node_modules/@types/connect`),
 * npm/cli's arborist "pnpm" fixture shape. `npm ci` (npm 10 and 11) installs from it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { ReportJson } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { cliProcess } from '../support/cli.js';

const PNPM_LAYOUT = path.join(ROOT, 'test', 'fixtures', 'tools', 'npm11-pnpm-layout');
const OFFLINE = ['--offline', '--no-content', '--format', 'json'];

async function run(args: string[]) {
  const { code, stdout, stderr } = await cliProcess([...args, ...OFFLINE]);
  return { code, stderr, report: stdout.trim() ? (JSON.parse(stdout) as ReportJson) : undefined };
}

describe('npm lockfile keyed inside a pnpm store (npm11-pnpm-layout)', () => {
  it('a full scan reads it and checks the packages in the store (was exit 2: "cannot read a package name")', async () => {
    // A copy outside the repository: inside a clone with a remote, the CLI would list changes against the merge-base.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-pnpm-layout-'));
    cpSync(PNPM_LAYOUT, dir, { recursive: true });
    const { code, stderr, report } = await run(['--head-dir', dir, '--all']);
    expect(stderr).not.toMatch(/cannot read a package name/);
    expect(code).toBe(0);
    const added = report!.lockfiles[0]!.changes.map((c) => `${c.name}@${c.to.join(',')}`);
    expect(added).toEqual(['@types/connect@3.4.38', '@types/node@26.6.11', 'undici-types@8.9.0']);
  });

  it('a flagged version put in the store by a pull request fails as malicious', async () => {
    const head = mkdtempSync(path.join(os.tmpdir(), 'lockgate-pnpm-layout-'));
    cpSync(PNPM_LAYOUT, head, { recursive: true });
    const lockfile = JSON.parse(readFileSync(path.join(head, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    const store = 'node_modules/.pnpm/postmark-mcp@1.0.16';
    lockfile.packages[store] = {};
    lockfile.packages[`${store}/node_modules/postmark-mcp`] = {
      version: '1.0.16',
      resolved: 'https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-1.0.16.tgz',
    };
    writeFileSync(path.join(head, 'package-lock.json'), JSON.stringify(lockfile, null, 2));
    const { code, report } = await run(['--base-dir', PNPM_LAYOUT, '--head-dir', head]);
    expect(code).toBe(1);
    expect(report!.lockfiles[0]!.findings.map((f) => [f.kind, f.name, f.version])).toEqual([
      ['advisory', 'postmark-mcp', '1.0.16'],
    ]);
  });
});
