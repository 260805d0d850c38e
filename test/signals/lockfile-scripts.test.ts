/**
 * Install scripts as the lockfile records them, with no registry: an npm v3
 * change through the CLI with --offline, where npm's `hasInstallScript` is the
 * only witness, for a registry package, a git dependency and a new package.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTexts, type ReportJson } from '../../src/core/report.js';
import { cli } from '../support/cli.js';
import { parseReport } from '../support/report-schema.js';
import { pairFlags } from '../support/cli-flags.js';

const GIT = (commit: string) => `git+ssh://git@github.com/acme/tool.git#${commit.repeat(40)}`;

function project(dir: string, packages: Record<string, object>) {
  mkdirSync(dir, { recursive: true });
  const deps = Object.fromEntries(Object.keys(packages).map((k) => [k.replace('node_modules/', ''), '*']));
  const manifest = { name: 'app', version: '1.0.0', dependencies: deps };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
  const lock = { name: 'app', lockfileVersion: 3, requires: true, packages: { '': manifest, ...packages } };
  writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
}

async function run(base: Record<string, object>, head: Record<string, object>, extra: string[] = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-scripts-'));
  project(path.join(dir, 'base'), base);
  project(path.join(dir, 'head'), head);
  const config = path.join(dir, 'lockgate.yml');
  writeFileSync(config, 'allowed-hosts:\n  - registry.npmjs.org\n  - github.com/acme/*\n');
  const { code, stdout } = await cli([
    ...pairFlags(dir),
    '--offline',
    '--format',
    'json',
    '--config',
    config,
    ...extra,
  ]);
  return { code, report: parseReport<ReportJson>(stdout) };
}

const registry = (name: string, version: string, scripts = false) => ({
  version,
  resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`,
  integrity: `sha512-${Buffer.from(`${name}@${version}`).toString('base64')}`,
  ...(scripts ? { hasInstallScript: true } : {}),
});

describe('install scripts the lockfile records, offline', () => {
  it('an upgrade that adds one, from the registry or from git, is install-script-added; a new package is listed', async () => {
    const { code, report } = await run(
      {
        'node_modules/lib': registry('lib', '1.0.0'),
        'node_modules/tool': { version: '2.0.0', resolved: GIT('a') },
      },
      {
        'node_modules/lib': registry('lib', '1.0.1', true),
        'node_modules/tool': { version: '2.1.0', resolved: GIT('b'), hasInstallScript: true },
        'node_modules/fresh': registry('fresh', '0.1.0', true),
      },
    );
    expect(code).toBe(0);
    const signals = report.lockfiles[0]!.signals.map((s) => [s.name, s.version, s.signal, s.level]);
    expect(signals).toEqual([
      ['lib', '1.0.1', 'install-script-added', 'warn'],
      ['tool', '2.1.0', 'install-script-added', 'warn'],
    ]);
    expect(report.lockfiles[0]!.signals[1]!.detail).toBe(
      'tool@2.1.0 runs an install script, as package-lock.json records; 2.0.0, the version it replaces, ran none',
    );
    expect(messageTexts(report, 'note')).toContain(
      'New packages that run an install script, as package-lock.json records: fresh@0.1.0.',
    );
  });

  it('says nothing when the replaced version ran one too, or when none is recorded', async () => {
    const { report } = await run(
      { 'node_modules/lib': registry('lib', '1.0.0', true), 'node_modules/quiet': registry('quiet', '1.0.0') },
      { 'node_modules/lib': registry('lib', '1.0.1', true), 'node_modules/quiet': registry('quiet', '1.0.1') },
    );
    expect(report.lockfiles[0]!.signals).toEqual([]);
    expect(messageTexts(report, 'note').join('\n')).not.toMatch(/install script/);
  });
});
