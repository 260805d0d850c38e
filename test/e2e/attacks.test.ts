/**
 * Attacks through dist/cli.js. Lockfile injection (item 3): a
 * package manager downloads what an entry's `resolved` URL names, not what its
 * key, name and version say; each case edits the postmark-mcp example the way
 * an attacker would, and each passed (exit 0) before the origin checks.
 * Hostile advisory text: what a record says reaches the terminal sanitized.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { cli } from '../support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-injection-'));
const EXAMPLE = path.join(ROOT, 'examples', 'postmark-mcp');
const REG = 'https://registry.npmjs.org';
const TARBALL_16 = `${REG}/postmark-mcp/-/postmark-mcp-1.0.16.tgz`;

type Entries = Record<string, Record<string, unknown>>;

/** dist/cli.js, offline, on `<dir>/base` against `<dir>/head`. */
function cliOnPair(dir: string, ...args: string[]) {
  return cli(['--base-dir', path.join(dir, 'base'), '--head-dir', path.join(dir, 'head'), '--offline', ...args]);
}
const baseText = readFileSync(path.join(EXAMPLE, 'base', 'package-lock.json'), 'utf8');
const basePackages = (JSON.parse(baseText) as { packages: Entries }).packages;
let counter = 0;

/** Run the CLI on the example's base and a head made by `edit` (of a copy of the base's packages). */
async function runOn(
  edit: (packages: Entries) => void,
  extra: { files?: Record<string, string>; args?: string[] } = {},
): Promise<{ code: number; report: Report; stderr: string }> {
  const dir = path.join(tmp, `case-${++counter}`);
  const packages = structuredClone(basePackages);
  edit(packages);
  const doc = { ...(JSON.parse(baseText) as object), packages };
  mkdirSync(path.join(dir, 'base'), { recursive: true });
  mkdirSync(path.join(dir, 'head'), { recursive: true });
  writeFileSync(path.join(dir, 'base', 'package-lock.json'), baseText);
  writeFileSync(path.join(dir, 'head', 'package-lock.json'), `${JSON.stringify(doc, null, 2)}\n`);
  for (const [file, text] of Object.entries(extra.files ?? {})) writeFileSync(path.join(dir, file), text);
  const run = await cliOnPair(dir, '--format', 'json', ...(extra.args ?? []).map((a) => a.replace('{dir}', dir)));
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

const findings = (report: Report): Finding[] => report.lockfiles.flatMap((l) => l.findings);
/** The advisory ids of a malicious finding, or the check of a policy finding. */
const ids = (f: Finding) => (f.kind === 'advisory' ? f.advisories.map((a) => a.id) : [f.kind]);

describe('lockfile injection through resolved', () => {
  it('entry-rename attack: node_modules/benign 1.0.16 resolving to the postmark-mcp 1.0.16 tarball', async () => {
    const { code, report } = await runOn((p) => {
      p['node_modules/benign'] = { version: '1.0.16', resolved: TARBALL_16, integrity: 'sha512-x' };
    });
    expect(code).toBe(1);
    const [finding] = findings(report);
    expect(finding).toMatchObject({
      kind: 'advisory',
      name: 'benign',
      version: '1.0.16',
      origin: { kind: 'resolved-mismatch', resolvedAs: { name: 'postmark-mcp', version: '1.0.16' } },
    });
    // The advisory check ran on what the URL downloads: what it installs is malware, so the finding is malicious.
    expect(ids(finding!)).toEqual(['MAL-2025-47604']);
    expect(finding!.kind === 'advisory' && finding!.origin?.problem).toMatch(
      /says benign@1\.0\.16, but its resolved URL downloads postmark-mcp@1\.0\.16/,
    );
    // The fix restores the entry: pinning postmark-mcp (which package.json never names) to benign's base
    // version 1.0.0 "on the base branch" was false advice.
    const fix = finding!.kind === 'advisory' ? finding!.guidance.fix : '';
    expect(fix).toMatch(/^Restore from the base branch the benign entry of package-lock\.json /);
    expect(fix).toContain('the entry names benign but installs `postmark-mcp@1.0.16`');
    expect(fix).not.toMatch(/Pin postmark-mcp|version on the base branch/);
  });

  it('name-field attack: node_modules/postmark-mcp with "name": "benign"', async () => {
    const { code, report } = await runOn((p) => {
      p['node_modules/postmark-mcp'] = { name: 'benign', version: '1.0.16', resolved: TARBALL_16 };
    });
    expect(code).toBe(1);
    expect(findings(report)).toContainEqual(
      expect.objectContaining({
        kind: 'advisory',
        origin: expect.objectContaining({
          kind: 'resolved-mismatch',
          resolvedAs: { name: 'postmark-mcp', version: '1.0.16' },
        }),
      }),
    );
  });

  it('version-swap attack: "version": "1.0.15" with the 1.0.16 tarball URL', async () => {
    const { code, report } = await runOn((p) => {
      p['node_modules/postmark-mcp'] = { ...p['node_modules/postmark-mcp'], version: '1.0.15', resolved: TARBALL_16 };
    });
    expect(code).toBe(1);
    const [finding] = findings(report);
    expect(finding).toMatchObject({
      kind: 'advisory',
      name: 'postmark-mcp',
      version: '1.0.15',
      origin: { kind: 'resolved-mismatch' },
    });
    expect(ids(finding!)).toContain('MAL-2025-47604');
  });

  it('host-move attack: the same version now resolves to another host', async () => {
    const { code, report } = await runOn((p) => {
      const entry = p['node_modules/postmark-mcp']!;
      entry.resolved = String(entry.resolved).replace(REG, 'https://evil.example');
    });
    expect(code).toBe(1);
    expect(findings(report)).toEqual([
      expect.objectContaining({
        kind: 'origin-changed',
        name: 'postmark-mcp',
        version: '1.0.15',
        host: 'evil.example',
      }),
    ]);
  });

  it('twin: the same version moved to a host the repository allows, with the digest the base locked, is a note', async () => {
    // One feed served from several hosts (Azure Artifacts' ms-feed-N shards in microsoft/rushstack) re-resolves so.
    const mirror = (p: Entries) => {
      const entry = p['node_modules/agent-base']!;
      entry.resolved = String(entry.resolved).replace(REG, 'https://mirror.example');
    };
    const config = { files: { 'lockgate.yml': 'allowed-hosts:\n  - registry.npmjs.org\n  - mirror.example\n' } };
    const args = ['--config', '{dir}/lockgate.yml'];
    const moved = await runOn(mirror, { ...config, args });
    expect(moved.code, moved.stderr).toBe(0);
    // One note, and no warning that the URL changed.
    expect(moved.report.messages.filter((m) => m.level !== 'note')).toEqual([]);
    expect(moved.report.messages).toContainEqual(
      expect.objectContaining({
        level: 'note',
        message: expect.stringMatching(
          /agent-base@6\.0\.2: from mirror\.example now, a host the repository already uses/,
        ),
      }),
    );
    // With another digest the bytes are not the base's: still an origin change.
    const swapped = await runOn(
      (p) => {
        mirror(p);
        p['node_modules/agent-base']!.integrity = `sha512-${'A'.repeat(86)}==`;
      },
      { ...config, args },
    );
    expect(swapped.code).toBe(1);
    expect(findings(swapped.report)).toEqual([
      expect.objectContaining({ kind: 'origin-changed', host: 'mirror.example' }),
    ]);
  });

  it('github-tarball attack: the same version now resolves to a GitHub tarball', async () => {
    const { code, report } = await runOn((p) => {
      p['node_modules/postmark-mcp']!.resolved = 'https://codeload.github.com/mallory/postmark-mcp/tar.gz/0123abc';
    });
    expect(code).toBe(1);
    expect(findings(report)).toEqual([
      expect.objectContaining({ kind: 'origin-changed', host: 'codeload.github.com' }),
    ]);
  });

  it('integrity-swap attack: same version, same URL, another sha512', async () => {
    const { code, report } = await runOn((p) => {
      p['node_modules/agent-base']!.integrity =
        'sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';
    });
    expect(code).toBe(1);
    expect(findings(report)).toEqual([
      expect.objectContaining({
        kind: 'origin-changed',
        problem: expect.stringMatching(/sha512 integrity hash changed/),
      }),
    ]);
  });

  it('a new package from an unknown host is reported with its host; allowed-hosts in the config lets it pass', async () => {
    const add = (p: Entries) => {
      p['node_modules/helper'] = { version: '1.0.0', resolved: 'https://evil.example/helper/-/helper-1.0.0.tgz' };
    };
    const flagged = await runOn(add);
    expect(flagged.code).toBe(1);
    expect(findings(flagged.report)).toEqual([
      expect.objectContaining({ kind: 'unapproved-host', name: 'helper', host: 'evil.example' }),
    ]);
    const config = 'allowed-hosts:\n  - registry.npmjs.org\n  - evil.example\n';
    const allowed = await runOn(add, { files: { 'lockgate.yml': config }, args: ['--config', '{dir}/lockgate.yml'] });
    expect(allowed.code, allowed.stderr).toBe(0);
  });

  it('plain http from an allowed registry is a warning at the entry, not a finding', async () => {
    const { code, report } = await runOn((p) => {
      p['node_modules/helper'] = { version: '1.0.0', resolved: 'http://registry.npmjs.org/helper/-/helper-1.0.0.tgz' };
    });
    expect(code).toBe(0);
    expect(findings(report)).toEqual([]);
    expect(report.messages).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/helper@1\.0\.0: over plain http/) }),
    );
  });

  it('plain http from a host nothing configures is a finding', async () => {
    const { code, report } = await runOn((p) => {
      p['node_modules/helper'] = { version: '1.0.0', resolved: 'http://npm.evil.example/helper/-/helper-1.0.0.tgz' };
    });
    expect(code).toBe(1);
    expect(findings(report)).toEqual([expect.objectContaining({ kind: 'unapproved-host' })]);
  });

  it('an honest upgrade from the public registry raises no origin finding', async () => {
    const { report } = await runOn((p) => {
      p['node_modules/helper'] = { version: '1.0.0', resolved: `${REG}/helper/-/helper-1.0.0.tgz` };
    });
    expect(findings(report)).toEqual([]);
  });
});

describe('hostile advisory text', () => {
  it('terminal-escape attack: an ESC in an advisory reference URL never reaches the terminal', async () => {
    const record = {
      id: 'MAL-2099-7777',
      summary: 'Malicious code in postmark-mcp',
      affected: [{ package: { ecosystem: 'npm', name: 'postmark-mcp' }, versions: ['1.0.16'] }],
      references: [{ type: 'REPORT', url: 'https://evil.example/\u001b]8;;https://x.example\u0007click\u001b[2J' }],
    };
    const file = path.join(tmp, 'escape-record.json');
    writeFileSync(file, JSON.stringify(record));
    const run = await cliOnPair(EXAMPLE, '--advisories', file);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('MAL-2099-7777');
    expect(run.stdout).toContain('https://evil.example/?]8;;https://x.example?click?[2J');
    const out = run.stdout + run.stderr;
    expect(out.includes('\u001b') || out.includes('\u0007')).toBe(false);
  });
});

describe('entries npm writes without a version', () => {
  it('keeps the file, checks the rest, and notes the entry with its line', async () => {
    const { code, report } = await runOn((p) => {
      p['node_modules/extraneous'] = {};
    });
    expect(code).toBe(0);
    expect(JSON.stringify(report)).toMatch(
      /package-lock\.json:\d+: entry \\"node_modules\/extraneous\\" has no \\"version\\"/,
    );
  });
});
