/**
 * Integrity against the registry through the built CLI (dist/cli.js): each case under
 * test/fixtures/integrity/ is a base and a head-benign tree the real package manager wrote
 * (benign 1.0.0 → 1.1.0) and a head whose benign 1.1.0 integrity is another tarball's (see each
 * head/INSTALLED.txt: yarn 1 with an offline mirror installed those other bytes; npm, pnpm, yarn 1
 * and Bun with an empty cache refused). The registry stand-in publishes the dist.integrity of the
 * real tarballs (registry/), so the head is a policy fail and its benign twin stays clean.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportJson } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { cliProcess } from '../support/cli.js';
import { startGitHubAdvisoriesServer, type GitHubServer } from '../support/github-advisories-server.js';
import { startOsvServer, type OsvServer } from '../support/osv-server.js';
import { startRegistryServer, type RegistryServer } from '../support/registry-server.js';

const CASES = path.join(ROOT, 'test', 'fixtures', 'integrity');
/** The registry the fixtures were written against; each test's copy names the stand-in instead. */
const WRITTEN_WITH = 'http://127.0.0.1:4874';

let registry: RegistryServer;
let osv: OsvServer;
let github: GitHubServer;
let tmp: string;

beforeAll(async () => {
  registry = await startRegistryServer([
    {
      name: 'benign',
      versions: {
        '1.0.0': { published: '2024-01-10T10:00:00.000Z' },
        '1.1.0': { published: '2024-02-10T10:00:00.000Z' },
      },
    },
  ]);
  for (const version of ['1.0.0', '1.1.0'])
    registry.putTarball('benign', version, readFileSync(path.join(CASES, 'registry', `benign-${version}.tgz`)));
  registry.setNow(Date.parse('2026-12-01T00:00:00.000Z'));
  osv = await startOsvServer({ records: [] });
  github = await startGitHubAdvisoriesServer({ records: [] });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-integrity-'));
});
afterAll(async () => {
  await Promise.all([registry.close(), osv.close(), github.close()]);
  rmSync(tmp, { recursive: true, force: true });
});

/** A copy of `<case>/<side>` whose text files name the stand-in registry instead of the one the tool wrote with. */
function copy(name: string, side: string, as = side): string {
  const to = path.join(tmp, name, as);
  cpSync(path.join(CASES, name, side), to, { recursive: true });
  const url = registry.url.replace(/\/+$/, '');
  for (const file of readdirSync(to)) {
    const full = path.join(to, file);
    if (!statSync(full).isFile() || file.endsWith('.tgz')) continue;
    writeFileSync(full, readFileSync(full, 'utf8').split(WRITTEN_WITH).join(url));
  }
  return to;
}

async function check(name: string, head: string, base = 'base') {
  const { code, stdout, stderr } = await cliProcess(
    [
      ...['--base-dir', copy(name, base), '--head-dir', copy(name, head)],
      ...['--registry-url', registry.url, '--osv-url', osv.url, '--github-api-url', github.url],
      ...['--request-timeout', '5', '--format', 'json'],
    ],
    { ...process.env, GITHUB_TOKEN: '' },
  );
  return { code, stderr, report: stdout ? (JSON.parse(stdout) as ReportJson) : undefined };
}

const findings = (report: ReportJson | undefined) =>
  (report?.lockfiles ?? []).flatMap((l) => l.findings.map((f) => `${f.name}@${f.version} ${f.kind}`));

describe('an entry whose integrity is not the registry’s, through dist/cli.js', () => {
  it.each(['npm', 'pnpm', 'yarn1', 'yarn1-offline-mirror', 'bun'])(
    '%s: a policy fail naming both hashes, with a plan to regenerate and nothing to rotate; the twin is clean',
    async (name) => {
      const { code, report, stderr } = await check(name, 'head');
      expect(stderr).not.toMatch(/error/i);
      expect(code).toBe(1);
      expect(report!.verdict).toBe('policy');
      expect(findings(report)).toEqual(['benign@1.1.0 integrity-mismatch']);
      const finding = report!.lockfiles[0]!.findings[0]!;
      expect(finding.kind === 'integrity-mismatch' && finding.problem).toMatch(
        /benign@1\.1\.0 is locked with sha512 sha512-QQ\/4EaZ2Mz1KAAjI…, but the registry publishes sha512-KoVLHQWIMJacf85y… for that version/,
      );
      expect(finding.guidance).toMatchObject({
        kind: 'policy',
        fix: expect.stringMatching(/Regenerate the entry from the registry/),
      });
      expect(finding.guidance).not.toHaveProperty('rotate');
      const twin = await check(name, 'head-benign');
      expect([twin.code, twin.report!.verdict, findings(twin.report)]).toEqual([0, 'clean', []]);
    },
  );

  it.each([
    ['another tarball’s sha1', 'XX8b2MkWPT5m2o24bdUs87YQM2A=', 1, ['benign@1.1.0 integrity-mismatch']],
    ['the registry’s own sha1', '/gNYbM3Y2aOakTabSxgp7ndMlwI=', 0, []],
  ] as const)(
    'the same version relocked with %s instead of sha512 is a change, judged by the registry’s shasum',
    async (_, sha1, exit, expected) => {
      const head = copy('npm', 'head-benign', 'relocked');
      const lockfile = path.join(head, 'package-lock.json');
      const text = readFileSync(lockfile, 'utf8');
      writeFileSync(lockfile, text.replace(/"integrity": "sha512-[^"]+"/, `"integrity": "sha1-${sha1}"`));
      const { code, stdout } = await cliProcess(
        [
          ...['--base-dir', copy('npm', 'head-benign'), '--head-dir', head, '--registry-url', registry.url],
          ...['--osv-url', osv.url, '--github-api-url', github.url, '--request-timeout', '5', '--format', 'json'],
        ],
        { ...process.env, GITHUB_TOKEN: '' },
      );
      const report = JSON.parse(stdout) as ReportJson;
      expect(report.lockfiles[0]!.changes).toEqual([
        {
          name: 'benign',
          kind: 'changed',
          from: ['1.1.0'],
          to: ['1.1.0'],
          reason: 'integrity changed to another algorithm',
        },
      ]);
      expect([code, findings(report)]).toEqual([exit, expected]);
      // Confirmed by the registry or a finding: either way no separate warning about the change.
      expect(report.messages.filter((m) => m.level === 'warning').map((m) => m.message)).toEqual([]);
    },
  );

  it('pnpm: an entry that writes the registry’s tarball URL is checked as a registry package', async () => {
    // pnpm records the URL when the registry's tarball URL is not the one it derives from its config
    // (test/fixtures/tools/pnpm10-tarball-url). Read as a tarball, such an entry escaped the integrity check.
    const withUrl = (side: string) => {
      const dir = copy('pnpm', side, `${side}-url`);
      const lockfile = path.join(dir, 'pnpm-lock.yaml');
      const url = `${registry.url.replace(/\/+$/, '')}/benign/-/benign-1.1.0.tgz`;
      const text = readFileSync(lockfile, 'utf8').replace(
        /(resolution: \{integrity: [^,}]+)\}/,
        `$1, tarball: ${url}}`,
      );
      expect(text).toContain(`tarball: ${url}}`);
      writeFileSync(lockfile, text);
      return dir;
    };
    const run = async (head: string) => {
      const { code, stdout } = await cliProcess(
        [
          ...['--base-dir', copy('pnpm', 'base'), '--head-dir', withUrl(head), '--registry-url', registry.url],
          ...['--osv-url', osv.url, '--github-api-url', github.url, '--request-timeout', '5', '--format', 'json'],
        ],
        { ...process.env, GITHUB_TOKEN: '' },
      );
      return [code, findings(JSON.parse(stdout) as ReportJson)];
    };
    expect(await run('head')).toEqual([1, ['benign@1.1.0 integrity-mismatch']]);
    expect(await run('head-benign')).toEqual([0, []]);
  });

  it.each([
    ['an HTML page', { kind: 'body', text: '<html>gateway</html>', contentType: 'text/html' }],
    ['HTTP 503', { kind: 'status', status: 503 }],
  ] as const)('a registry that answers %s for the package holds the version: never a pass', async (_, fault) => {
    registry.fault('/benign', fault);
    try {
      const { code, report } = await check('npm', 'head-benign');
      expect(code).toBe(1);
      expect(report!.verdict).toBe('held');
      // The package's path covers its tarballs too, so package content is not read either.
      expect(report!.lockfiles[0]!.signals.map((s) => `${s.name}@${s.version} ${s.signal} ${s.level}`)).toContain(
        'benign@1.1.0 unanswered fail',
      );
    } finally {
      registry.reset();
    }
  });
});
