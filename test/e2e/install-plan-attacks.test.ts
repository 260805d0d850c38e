/**
 * Attacks on the install plan through the CLI: each head tree under test/fixtures/install-plan/
 * made a real package manager install postmark-mcp 1.0.16 (a MAL- record) while the lockfile's
 * text said something else (see each head/INSTALLED.txt). Each is exit 1 or 2; its benign twin,
 * the base tree against itself, stays clean.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { Report } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { cli } from '../support/cli.js';

const CASES = path.join(ROOT, 'test', 'fixtures', 'install-plan');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-install-plan-'));

/** The CLI, offline, JSON, on `<case>/base` against `<case>/head` (or the given trees). */
async function check(base: string, head: string) {
  const { code, stdout, stderr } = await cli(['--base-dir', base, '--head-dir', head, '--offline', '--format', 'json']);
  return { code, stderr, report: stdout ? (JSON.parse(stdout) as Report) : undefined };
}
const onCase = (name: string) => check(path.join(CASES, name, 'base'), path.join(CASES, name, 'head'));
const findings = (report: Report | undefined) =>
  (report?.lockfiles ?? []).flatMap((l) =>
    l.findings.map(
      (f) =>
        `${f.name}@${f.version} ${f.kind === 'advisory' ? (f.origin?.kind ?? 'advisory') : f.kind} ${f.kind === 'advisory' ? f.advisories.map((a) => a.id).join(',') : ''}`,
    ),
  );

describe('install-plan attacks through the CLI', () => {
  it.each([
    ['pnpm-relative-tarball', /^benign@1\.1\.0 resolved-mismatch .*MAL-2025-47604/],
    ['pnpm-protocol-relative-tarball', /^benign@1\.1\.0 resolved-mismatch .*MAL-2025-47604/],
    ['pnpm-directory-without-type', /^postmark-mcp@1\.0\.16 advisory MAL-2025-47604$/],
    ['yarn1-json', /^postmark-mcp@1\.0\.16 advisory MAL-2025-47604$/],
    ['berry-url-locator', /^benign@1\.0\.0 resolved-mismatch .*MAL-2025-47604/],
  ])('%s: the version the package manager installs is found (exit 1)', async (name, expected) => {
    const { code, report } = await onCase(name);
    expect(code).toBe(1);
    expect(findings(report)).toContainEqual(expect.stringMatching(expected));
    // The benign twin: the base tree against itself.
    const twin = await check(path.join(CASES, name, 'base'), path.join(CASES, name, 'base'));
    expect([twin.code, findings(twin.report)]).toEqual([0, []]);
  });

  it.each([
    ['pnpm-unknown-resolution-type', /pnpm-lock\.yaml:17: .*resolution type "mirror"/],
    ['yarn1-mixed-file-specifier', /yarn\.lock:10: .*local specifier "postmark-mcp@file:\.\/local-lib"/],
    [
      'bun-lock-and-lockb',
      /bun\.lock and bun\.lockb disagree \(2 name@versions differ; benign@1\.1\.0 only in bun\.lockb\)/,
    ],
  ])('%s: what the package manager would install cannot be told from one reading (exit 2)', async (name, expected) => {
    const { code, stderr } = await onCase(name);
    expect(code).toBe(2);
    expect(stderr).toMatch(expected);
  });

  it('a lockfile renamed to a case variant of its name is read and said, never reported as removed', async () => {
    const dir = path.join(tmp, 'case-variant');
    cpSync(path.join(CASES, 'yarn1-json', 'base'), path.join(dir, 'base'), { recursive: true });
    cpSync(path.join(CASES, 'yarn1-json', 'head'), path.join(dir, 'head'), { recursive: true });
    renameSync(path.join(dir, 'head', 'yarn.lock'), path.join(dir, 'head', 'Yarn.lock'));
    const { code, report } = await check(path.join(dir, 'base'), path.join(dir, 'head'));
    expect(code).toBe(1);
    expect(report!.lockfiles.map((l) => l.path)).toEqual(['Yarn.lock']);
    expect(report!.lockfiles[0]!.changes).toEqual([{ name: 'postmark-mcp', kind: 'added', from: [], to: ['1.0.16'] }]);
    expect(report!.messages.map((m) => m.message).join('\n')).toMatch(
      /Yarn\.lock is named in another case than yarn\.lock/,
    );
  });

  it('an npm v2 file whose legacy half (what npm 6 installs) locks the flagged version: found, with a note (exit 1)', async () => {
    const dir = path.join(tmp, 'legacy-half');
    const write = (side: string, legacy: string) => {
      mkdirSync(path.join(dir, side), { recursive: true });
      const lock = {
        name: 'app',
        lockfileVersion: 2,
        requires: true,
        packages: {
          '': { name: 'app', dependencies: { 'postmark-mcp': '^1.0.15' } },
          'node_modules/postmark-mcp': {
            version: '1.0.15',
            resolved: 'https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-1.0.15.tgz',
          },
        },
        dependencies: {
          'postmark-mcp': {
            version: legacy,
            resolved: `https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-${legacy}.tgz`,
          },
        },
      };
      writeFileSync(path.join(dir, side, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    };
    write('base', '1.0.15');
    write('head', '1.0.16');
    const { code, report } = await check(path.join(dir, 'base'), path.join(dir, 'head'));
    expect(code).toBe(1);
    expect(findings(report)).toContainEqual(expect.stringMatching(/^postmark-mcp@1\.0\.16 advisory MAL-2025-47604/));
    expect(report!.lockfiles[0]!.changes).toEqual([]);
    expect(report!.messages.map((m) => m.message).join()).toMatch(/legacy "dependencies" tree, which npm 6 installs/);
    // Its benign twin: both halves agree.
    const twin = await check(path.join(dir, 'base'), path.join(dir, 'base'));
    expect([twin.code, findings(twin.report)]).toEqual([0, []]);
  });
});
