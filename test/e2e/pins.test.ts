/**
 * Exact versions package.json asks for, looked up in the advisories, through the built CLI (dist/cli.js). Each case
 * under test/fixtures/pins/<pm>/ is a base the real package manager wrote and heads that leave the lockfile as it
 * was: `alias` adds `"mail": "npm:postmark-mcp@1.0.16"`, `override` sends benign there through the manager's
 * override field. INSTALLED.txt records that every plain install after a merge installs postmark-mcp 1.0.16 from
 * the alias (and pnpm and Bun from the override; npm refuses an override of a direct dependency, yarn 1 applies
 * resolutions only below the root). Each is malicious on its package.json line; the twin (an alias of benign 1.1.0
 * with the lockfile the tool wrote) is clean.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import type { ReportJson } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { cliProcess } from '../support/cli.js';

const CASES = path.join(ROOT, 'test', 'fixtures', 'pins');

async function check(pm: string, head: string, format = 'json', more: string[] = []) {
  return cliProcess([
    ...['--base-dir', path.join(CASES, pm, 'base'), '--head-dir', path.join(CASES, pm, head)],
    ...['--offline', '--no-content', '--format', format, ...more],
  ]);
}

/** A config file with one ignore entry for postmark-mcp 1.0.16 and `advisory`. */
function ignoreConfig(advisory: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-pins-'));
  const file = path.join(dir, 'lockgate.yml');
  writeFileSync(
    file,
    `ignore:\n  - package: postmark-mcp\n    versions: "1.0.16"\n    advisory: ${advisory}\n    reason: reviewed in PR 12\n    expires: 2027-06-30\n`,
  );
  return file;
}

const OVERRIDE: Record<string, string> = {
  npm: 'overrides',
  pnpm: 'pnpm.overrides',
  yarn1: 'resolutions',
  bun: 'overrides',
};

describe.each(Object.keys(OVERRIDE))('%s: a malicious version package.json asks for', (pm) => {
  it('an npm: alias of it is malicious on its package.json line, with the lockfile left alone', async () => {
    const { code, stdout } = await check(pm, 'alias');
    const report = JSON.parse(stdout) as ReportJson;
    expect([code, report.verdict]).toEqual([1, 'malicious']);
    expect(report.manifestFindings).toMatchObject([
      { file: 'package.json', line: 1, field: 'dependencies', key: 'mail', name: 'postmark-mcp', version: '1.0.16' },
    ]);
    expect(report.manifestFindings![0]!.advisories.map((a) => a.id)).toContain('MAL-2025-47604');
  });

  it(`an override (${OVERRIDE[pm]}) to it is malicious too`, async () => {
    const { code, stdout } = await check(pm, 'override');
    const report = JSON.parse(stdout) as ReportJson;
    expect([code, report.verdict]).toEqual([1, 'malicious']);
    expect(report.manifestFindings).toMatchObject([
      { file: 'package.json', field: OVERRIDE[pm], key: 'benign', name: 'postmark-mcp', version: '1.0.16' },
    ]);
  });

  it('an ignore entry for its advisory applies to the package.json finding as to a lockfile one, and says so', async () => {
    const { code, stdout } = await check(pm, 'alias', 'json', ['--config', ignoreConfig('MAL-2025-47604')]);
    const report = JSON.parse(stdout) as ReportJson;
    expect(report.manifestFindings).toBeUndefined();
    expect(report.counts.malicious).toBe(0);
    expect([code, report.verdict]).toEqual(report.fileFindings?.length ? [1, 'policy'] : [0, 'clean']);
    expect(report.messages.map((m) => m.message)).toContainEqual(
      expect.stringMatching(
        /^Ignored MAL-2025-47604 for postmark-mcp@1\.0\.16 asked for by package\.json \(dependencies "mail"\) per .*lockgate\.yml \(reason: reviewed in PR 12; expires 2027-06-30\)\.$/,
      ),
    );
    // An entry for another advisory leaves it.
    const other = await check(pm, 'alias', 'json', ['--config', ignoreConfig('MAL-2000-1')]);
    expect((JSON.parse(other.stdout) as ReportJson).manifestFindings).toHaveLength(1);
    expect(other.code).toBe(1);
  });

  it('the twin (an alias of a clean version, the lockfile the tool wrote) is clean', async () => {
    const { code, stdout } = await check(pm, 'benign');
    const report = JSON.parse(stdout) as ReportJson;
    expect([code, report.verdict, report.manifestFindings]).toEqual([0, 'clean', undefined]);
  });
});

describe('the outputs name the package.json line', () => {
  it('text, Markdown and SARIF', async () => {
    const text = (await check('npm', 'alias', 'text')).stdout;
    expect(text).toContain('Malicious versions package.json asks for:');
    expect(text).toContain('package.json:1: dependencies "mail" asks for postmark-mcp@1.0.16, which MAL-2025-47604');
    const markdown = (await check('npm', 'alias', 'markdown')).stdout;
    expect(markdown).toContain('### Malicious versions package.json asks for');
    const sarif = JSON.parse((await check('npm', 'alias', 'sarif')).stdout) as {
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'manifest/malicious-version');
    expect(result?.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'test/fixtures/pins/npm/alias/package.json',
    );
  });
});

describe('a pnpm workspace package named only by pnpm-workspace.yaml', () => {
  const ws = (head: string) =>
    cliProcess([
      ...['--base-dir', path.join(CASES, 'pnpm-workspace', 'base')],
      ...['--head-dir', path.join(CASES, 'pnpm-workspace', head)],
      ...['--offline', '--no-content', '--format', 'json'],
    ]);

  it('its package.json is read: the alias is malicious and the unchanged lockfile a policy finding, both at packages/a', async () => {
    const { code, stdout } = await ws('alias');
    const report = JSON.parse(stdout) as ReportJson;
    expect([code, report.verdict]).toEqual([1, 'malicious']);
    expect(report.manifestFindings).toMatchObject([
      { file: 'packages/a/package.json', line: 1, key: 'mail', name: 'postmark-mcp', version: '1.0.16' },
    ]);
    expect(report.fileFindings?.map((f) => `${f.kind} ${f.file}`)).toEqual([
      'manifest-without-lockfile packages/a/package.json',
    ]);
  });

  it('the twin (the lockfile pnpm wrote for a clean alias) is clean', async () => {
    const { code, stdout } = await ws('benign');
    const report = JSON.parse(stdout) as ReportJson;
    expect([code, report.verdict]).toEqual([0, 'clean']);
  });
});

/**
 * pnpm 10 reads `overrides:` from pnpm-workspace.yaml too. Measured with pnpm 10.34.9 against
 * test/fixtures/install-plan/registry.mjs (benign 1.0.0 and 1.1.0): with `"benign": "1.1.0"` in package.json and
 * `overrides: {benign: 1.0.0}` in pnpm-workspace.yaml it installs benign 1.0.0 (the override applies); when
 * package.json's `pnpm.overrides` and pnpm-workspace.yaml's both name benign, it installs package.json's, whichever
 * version each names (1.0.0 over 1.1.0 and 1.1.0 over 1.0.0). lockgate looks both up.
 */
describe('pnpm 10 overrides in pnpm-workspace.yaml', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-ws-overrides-'));
  const headWith = (yaml: string) => {
    const dir = path.join(tmp, String(Math.random()).slice(2));
    cpSync(path.join(CASES, 'pnpm', 'base'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'pnpm-workspace.yaml'), yaml);
    return dir;
  };
  const run = (head: string) =>
    cliProcess([
      ...['--base-dir', path.join(CASES, 'pnpm', 'base'), '--head-dir', head],
      ...['--offline', '--no-content', '--format', 'json'],
    ]);

  it('an override to the flagged version there is malicious on its pnpm-workspace.yaml line', async () => {
    const { code, stdout } = await run(headWith("packages: []\noverrides:\n  'benign': npm:postmark-mcp@1.0.16\n"));
    const report = JSON.parse(stdout) as ReportJson;
    expect([code, report.verdict]).toEqual([1, 'malicious']);
    expect(report.manifestFindings).toMatchObject([
      {
        file: 'pnpm-workspace.yaml',
        line: 3,
        field: 'overrides',
        key: 'benign',
        name: 'postmark-mcp',
        version: '1.0.16',
      },
    ]);
  });

  it('the twin (an override to a clean version) has no manifest finding', async () => {
    const { stdout } = await run(headWith('packages: []\noverrides:\n  benign: 1.1.0\n'));
    const report = JSON.parse(stdout) as ReportJson;
    expect(report.manifestFindings).toBeUndefined();
    expect(report.counts.malicious).toBe(0);
  });
});
