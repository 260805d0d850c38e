/**
 * Committed `file:` tarballs through the CLI (test/fixtures/local-tarballs/, made with the real
 * package managers; each head/INSTALLED.txt records that npm, pnpm and yarn 1 install the bytes
 * of postmark-mcp 1.0.16 under the name benign). The tarball is opened from the head tree and the
 * name@version inside is compared with the lockfile's and looked up: exit 1. The base
 * tree scanned whole stays clean; a tarball the tree lacks is listed as not checked.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { packTar } from 'modern-tar';
import { describe, expect, it } from 'vitest';

import type { ReportJson } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { cli } from '../support/cli.js';

const CASES = path.join(ROOT, 'test', 'fixtures', 'local-tarballs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-local-tarballs-'));
const TOOLS = [
  ['npm', 'package-lock.json'],
  ['pnpm', 'pnpm-lock.yaml'],
  ['yarn1', 'yarn.lock'],
] as const;

async function check(base: string, head: string) {
  const { code, stdout, stderr } = await cli(['--base-dir', base, '--head-dir', head, '--offline', '--format', 'json']);
  return { code, stderr, report: stdout ? (JSON.parse(stdout) as ReportJson) : undefined };
}
async function scan(head: string) {
  const { code, stdout } = await cli(['--head-dir', head, '--all', '--offline', '--format', 'json']);
  return { code, report: stdout ? (JSON.parse(stdout) as ReportJson) : undefined };
}
const findings = (report: ReportJson | undefined) =>
  (report?.lockfiles ?? []).flatMap((l) =>
    l.findings.map((f) =>
      `${f.name}@${f.version} ${f.kind === 'advisory' ? `${f.origin?.kind ?? 'advisory'} ${f.advisories.map((a) => a.id).join(',')}` : f.kind} ${f.kind === 'advisory' ? '' : `${f.resolvedAs?.name}@${f.resolvedAs?.version}`}`.trim(),
    ),
  );

/** A gzipped package tarball holding `package/package.json` with this name and version. */
async function tarball(name: string, version: string): Promise<Buffer> {
  const json = JSON.stringify({ name, version });
  return gzipSync(
    await packTar([
      { header: { name: 'package/package.json', size: Buffer.byteLength(json) }, body: json },
      { header: { name: 'package/index.js', size: 2 }, body: '1;' },
    ]),
  );
}

/** A copy of `<tool>/base` with vendor/benign-1.0.0.tgz replaced by `bytes`. */
function baseWithTarball(tool: string, bytes: Buffer, label: string): string {
  const dir = path.join(tmp, `${tool}-${label}`);
  cpSync(path.join(CASES, tool, 'base'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'vendor', 'benign-1.0.0.tgz'), bytes);
  return dir;
}

describe('committed file: tarballs', () => {
  it.each(TOOLS)('%s: a tarball holding postmark-mcp 1.0.16 under benign@1.0.0 is found (exit 1)', async (tool) => {
    expect(readFileSync(path.join(CASES, tool, 'head', 'INSTALLED.txt'), 'utf8')).toContain('"name":"postmark-mcp"');
    const { code, report } = await check(path.join(CASES, tool, 'base'), path.join(CASES, tool, 'head'));
    expect(code).toBe(1);
    // What the tarball holds is looked up (malicious); the edited integrity is an origin change besides.
    expect(findings(report)).toContain('benign@1.0.0 resolved-mismatch MAL-2025-47604');
    expect(report!.verdict).toBe('malicious');
    const finding = report!.lockfiles[0]!.findings.find((f) => f.kind === 'advisory')!;
    expect(finding.kind === 'advisory' && finding.origin?.problem).toContain(
      'the tarball it installs from the repository (vendor/benign-1.0.0.tgz) holds postmark-mcp@1.0.16',
    );
    // Each tool's digest of the tarball changed with its bytes (yarn 1: the #sha1 it checks), so every
    // format reports the same change and the same origin finding (yarn 1 read "present (full scan)").
    expect(report!.lockfiles[0]!.changes.map((c) => [c.name, c.kind, c.reason])).toEqual([
      ['benign', 'changed', 'integrity changed'],
    ]);
    expect(report!.lockfiles[0]!.findings.map((f) => f.kind).sort()).toEqual(['advisory', 'origin-changed']);
    // The fix restores the entry and the tarball; benign's base version is no version of postmark-mcp.
    expect(finding.kind === 'advisory' && finding.guidance.fix).toMatch(
      /^Restore from the base branch the benign entry of .* and any file it installs from that the change replaced \(a committed tarball\)/,
    );
    // The benign twin: the base tree, every lockfile and tarball read (a full scan).
    const twin = await scan(path.join(CASES, tool, 'base'));
    expect([twin.code, findings(twin.report), twin.report!.lockfiles[0]!.tarballsNotRead]).toEqual([0, [], undefined]);
  });

  it.each(TOOLS)('%s: a tarball the tree lacks is listed as not checked', async (tool) => {
    expect(readFileSync(path.join(CASES, tool, 'missing', 'INSTALLED.txt'), 'utf8')).not.toContain('exit: 0');
    const { code, report } = await check(path.join(CASES, tool, 'base'), path.join(CASES, tool, 'missing'));
    expect(code).toBe(0);
    expect(report!.lockfiles[0]!.tarballsNotRead).toEqual([
      { name: 'benign', version: '1.0.0', file: 'vendor/benign-1.0.0.tgz', reason: 'it is not in the tree' },
    ]);
    expect(report!.notChecked).toContain(
      'the committed tarball vendor/benign-1.0.0.tgz of benign (it is not in the tree)',
    );
  });

  it('a tarball swapped without any lockfile change is read too: another version of the same name is a policy finding', async () => {
    const head = baseWithTarball('npm', await tarball('benign', '1.1.0'), 'other-version');
    const { code, report } = await check(path.join(CASES, 'npm', 'base'), head);
    expect(code).toBe(1);
    expect(findings(report)).toEqual(['benign@1.0.0 resolved-mismatch benign@1.1.0']);
    expect(report!.verdict).toBe('policy');
  });

  it('a tarball that is no package, or whose path leaves the repository, is not checked (said, never a pass in silence)', async () => {
    const head = baseWithTarball('pnpm', Buffer.from('not a tarball'), 'garbage');
    const garbage = await check(path.join(CASES, 'pnpm', 'base'), head);
    expect(garbage.code).toBe(0);
    expect(garbage.report!.lockfiles[0]!.tarballsNotRead?.[0]?.reason).toMatch(/^it is not a readable package/);

    const outside = path.join(tmp, 'outside');
    cpSync(path.join(CASES, 'yarn1', 'base'), outside, { recursive: true });
    const lock = path.join(outside, 'yarn.lock');
    writeFileSync(lock, readFileSync(lock, 'utf8').replaceAll('file:vendor/', 'file:../../vendor/'));
    const out = await check(path.join(CASES, 'yarn1', 'base'), outside);
    expect(out.report!.lockfiles[0]!.tarballsNotRead?.[0]).toMatchObject({
      file: '../../vendor/benign-1.0.0.tgz',
      reason: 'its path leads outside the repository',
    });
  });
});
