/**
 * The source policy through the built CLI: what the manifests ask for and
 * what the repository's registry config names pass; a registry package from a
 * host nothing configures, a scoped name fetched outside its scope's registry,
 * another git repository than package.json names, and a git source repointed
 * at the same version fail. Each attack has a benign twin.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { cliProcess } from '../support/cli.js';
import { pairFlags } from '../support/cli-flags.js';

const LOCK = JSON.parse(
  readFileSync(path.join(ROOT, 'examples', 'postmark-mcp', 'base', 'package-lock.json'), 'utf8'),
) as { packages: Record<string, Record<string, unknown>> };
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

type Entries = Record<string, Record<string, unknown>>;

/** A tree: the example's lockfile plus `entries` (also asked for by package.json as `specs`), and extra files. */
function tree(dir: string, entries: Entries, specs: Record<string, string>, files: Record<string, string> = {}) {
  const root = { ...LOCK.packages[''], dependencies: { 'postmark-mcp': '1.0.15', ...specs } };
  const lock = { ...LOCK, packages: { ...LOCK.packages, '': root, ...entries } };
  const all = {
    'package-lock.json': `${JSON.stringify(lock, null, 2)}\n`,
    'package.json': `${JSON.stringify({ name: 'mail-assistant', version: '1.0.0', dependencies: root.dependencies }, null, 2)}\n`,
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

interface Side {
  entries?: Entries;
  specs?: Record<string, string>;
  files?: Record<string, string>;
}

async function run(base: Side, head: Side, extra: string[] = []) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lockgate-source-'));
  dirs.push(root);
  tree(path.join(root, 'base'), base.entries ?? {}, base.specs ?? {}, base.files);
  tree(path.join(root, 'head'), head.entries ?? {}, head.specs ?? {}, head.files);
  const result = await cliProcess([...pairFlags(root), '--offline', '--format', 'json', ...extra]);
  const report = JSON.parse(result.stdout) as {
    lockfiles: { findings: { name: string; kind?: string; problem?: string }[] }[];
    messages: { level: string; message: string }[];
  };
  return { ...result, findings: report.lockfiles.flatMap((l) => l.findings), messages: report.messages };
}

const registryEntry = (name: string, version: string, host: string) => ({
  [`node_modules/${name}`]: {
    version,
    resolved: `${host}/${name}/-/${name.slice(name.lastIndexOf('/') + 1)}-${version}.tgz`,
    integrity: 'sha512-AAAA',
  },
});
const gitEntry = (name: string, version: string, repo: string, commit: string) => ({
  [`node_modules/${name}`]: { version, resolved: `git+ssh://git@github.com/${repo}.git#${commit}` },
});

describe('registry packages', () => {
  it('a registry range resolved from a host nothing configures fails; the same host in the base .npmrc passes', async () => {
    const head = {
      entries: registryEntry('left-pad', '1.3.0', 'https://npm.corp.example'),
      specs: { 'left-pad': '^1.3.0' },
    };
    const attack = await run({}, head);
    expect(attack.code, attack.stderr).toBe(1);
    expect(attack.findings).toEqual([expect.objectContaining({ name: 'left-pad', kind: 'unapproved-host' })]);
    expect(attack.findings[0]!.problem).not.toMatch(/malicious|malware/i);

    const twin = await run(
      { files: { '.npmrc': 'registry=https://npm.corp.example/\n' } },
      {
        ...head,
        files: { '.npmrc': 'registry=https://npm.corp.example/\n' },
      },
    );
    expect(twin.code, twin.stderr).toBe(0);
    expect(twin.findings).toEqual([]);
  });

  it('a scoped name fetched outside the registry the base config gives its scope fails; from its registry it passes', async () => {
    const npmrc = { '.npmrc': '@acme:registry=https://npm.pkg.github.com\n' };
    const attack = await run(
      { files: npmrc },
      {
        files: npmrc,
        entries: registryEntry('@acme/widgets', '1.2.3', 'https://registry.npmjs.org'),
        specs: { '@acme/widgets': '^1.2.0' },
      },
    );
    expect(attack.code, attack.stderr).toBe(1);
    expect(attack.findings[0]!.problem).toContain('dependency confusion');

    const twin = await run(
      { files: npmrc },
      {
        files: npmrc,
        entries: {
          'node_modules/@acme/widgets': {
            version: '1.2.3',
            resolved:
              'https://npm.pkg.github.com/download/@acme/widgets/1.2.3/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
            integrity: 'sha512-AAAA',
          },
        },
        specs: { '@acme/widgets': '^1.2.0' },
      },
    );
    expect(twin.code, twin.stderr).toBe(0);
    expect(twin.findings).toEqual([]);
  });

  it('an Artifactory URL of a scoped package gives no resolved-mismatch', async () => {
    const host = 'https://acme.jfrog.io/artifactory/api/npm/npm-virtual';
    const entries = {
      'node_modules/@acme/widgets': {
        version: '1.2.3',
        resolved: `${host}/acme/widgets/-/widgets-1.2.3.tgz`,
        integrity: 'sha512-AAAA',
      },
      'node_modules/@acme/gears': {
        version: '2.0.0',
        resolved: `${host}/@acme/gears/-/@acme/gears-2.0.0.tgz`,
        integrity: 'sha512-AAAA',
      },
    };
    const files = { '.npmrc': `registry=${host}/\n` };
    const result = await run(
      { files },
      { files, entries, specs: { '@acme/widgets': '^1.2.0', '@acme/gears': '^2.0.0' } },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.findings).toEqual([]);
  });
});

describe('git sources', () => {
  it('what package.json asks for is a note; another repository under that name fails', async () => {
    const asked = await run(
      {},
      { entries: gitEntry('tool', '1.0.0', 'acme/tool', 'a'.repeat(40)), specs: { tool: 'github:acme/tool#v1' } },
    );
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.messages).toContainEqual(
      expect.objectContaining({
        level: 'note',
        message: expect.stringContaining('from github.com/acme/tool, as package.json asks'),
      }),
    );
    const other = await run(
      {},
      { entries: gitEntry('tool', '1.0.0', 'mallory/tool', 'a'.repeat(40)), specs: { tool: 'github:acme/tool#v1' } },
    );
    expect(other.code, other.stderr).toBe(1);
    expect(other.findings).toEqual([expect.objectContaining({ name: 'tool', kind: 'unapproved-host' })]);
  });

  it('repointed to another repository at the same version is an origin change, even with github.com allowed', async () => {
    const config = { '.github/lockgate.yml': 'allowed-hosts:\n  - registry.npmjs.org\n  - github.com\n' };
    const base = {
      entries: gitEntry('tool', '1.0.0', 'acme/tool', 'a'.repeat(40)),
      specs: { tool: 'github:acme/tool' },
      files: config,
    };
    const attack = await run(base, { ...base, entries: gitEntry('tool', '1.0.0', 'mallory/tool', 'a'.repeat(40)) });
    expect(attack.code, attack.stderr).toBe(1);
    expect(attack.findings.map((f) => f.kind)).toContain('origin-changed');
    const twin = await run(base, base);
    expect(twin.code, twin.stderr).toBe(0);
  });

  it('a full scan of a lockfile with a git dependency nobody configured does not go red', async () => {
    const result = await run({}, { entries: gitEntry('tool', '1.0.0', 'acme/tool', 'a'.repeat(40)) }, ['--all']);
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('a registry tarball package.json asks for under another key (Yarn 1)', () => {
  const ABBREV = 'https://registry.npmjs.org/abbrev/-/abbrev-1.1.1.tgz';
  const HEADER = '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n';
  /** The yarn.lock entry Yarn 1.22.22 writes for `"<key>": "<spec>"` resolved to `url` (it records no name). */
  const entry = (key: string, spec: string, version: string, url: string) =>
    `"${key}@${spec}":\n  version "${version}"\n  resolved "${url}#f8f2c887ad10bf67f634f005b6987fed3179aac8"\n`;
  async function yarnRun(spec: string, lock: string) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lockgate-source-'));
    dirs.push(root);
    const files = {
      'base/package.json': '{ "name": "app", "version": "1.0.0" }\n',
      'base/yarn.lock': HEADER,
      'head/package.json': `${JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { remote: spec } })}\n`,
      'head/yarn.lock': `${HEADER}${lock}`,
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const result = await cliProcess([...pairFlags(root), '--offline', '--no-content', '--format', 'json']);
    const report = JSON.parse(result.stdout) as {
      lockfiles: { changes: { name: string }[]; findings: { name: string; alias?: string; kind?: string }[] }[];
      messages: { level: string; message: string }[];
    };
    return { ...result, report, findings: report.lockfiles.flatMap((l) => l.findings), messages: report.messages };
  }

  // npm 11 installs abbrev 1.1.1 in node_modules/remote and records "name": "abbrev"; Yarn 1.22.22 keys
  // the entry remote@<url> (both measured with `"remote": "https://registry.npmjs.org/abbrev/-/abbrev-1.1.1.tgz"`).
  it('is a note, and the change is abbrev 1.1.1', async () => {
    const result = await yarnRun(ABBREV, entry('remote', ABBREV, '1.1.1', ABBREV));
    expect(result.code, result.stderr).toBe(0);
    expect(result.findings).toEqual([]);
    expect(result.report.lockfiles[0]!.changes.map((c) => c.name)).toEqual(['abbrev']);
    expect(result.messages).toContainEqual(
      expect.objectContaining({ level: 'note', message: expect.stringContaining('as package.json asks') }),
    );
  });

  it('is matched against the advisories under the name the URL names', async () => {
    const flagged = 'https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-1.0.16.tgz';
    const result = await yarnRun(flagged, entry('remote', flagged, '1.0.16', flagged));
    expect(result.code, result.stderr).toBe(1);
    expect(result.findings).toEqual([
      expect.objectContaining({ name: 'postmark-mcp', alias: 'remote', kind: 'advisory' }),
    ]);
  });

  it('a key pointed at a tarball package.json does not ask for still fails', async () => {
    const other = 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz';
    const repointed = await yarnRun(ABBREV, entry('remote', ABBREV, '1.3.0', other));
    expect(repointed.code, repointed.stderr).toBe(1);
    expect(repointed.findings).toEqual([expect.objectContaining({ name: 'remote', kind: 'resolved-mismatch' })]);
    const range = await yarnRun('^1.1.0', entry('remote', '^1.1.0', '1.1.1', ABBREV));
    expect(range.code, range.stderr).toBe(1);
    expect(range.findings).toEqual([expect.objectContaining({ name: 'remote', kind: 'resolved-mismatch' })]);
    const flagged = 'https://registry.npmjs.org/postmark-mcp/-/postmark-mcp-1.0.16.tgz';
    const malicious = await yarnRun(ABBREV, entry('remote', ABBREV, '1.0.16', flagged));
    expect(malicious.code, malicious.stderr).toBe(1);
    expect(malicious.findings).toEqual([expect.objectContaining({ name: 'remote', kind: 'advisory' })]);
  });
});

describe('a pnpm tarball URL in the registry form (Azure Artifacts feed)', () => {
  // What pnpm 10.34.9 writes when it records registry tarball URLs (test/fixtures/tools/pnpm10-tarball-url:
  // base, and head after `pnpm add abbrev@1.1.1`), moved onto microsoft/rushstack's feed, whose pnpm-lock.yaml
  // holds `tarball: https://ms-feed-2.pkgs.visualstudio.com/1es-public/_packaging/npm-public/npm/registry/…`.
  const TOOL = path.join(ROOT, 'test', 'fixtures', 'tools', 'pnpm10-tarball-url');
  const FEED = 'https://ms-feed-2.pkgs.visualstudio.com/1es-public/_packaging/npm-public/npm/registry/';
  const LOOKALIKE = 'https://ms-feed-2.pkgs-visualstudio.example/1es-public/_packaging/npm-public/npm/registry/';
  const onFeed = (text: string) => text.replaceAll('https://registry.npmjs.org/', FEED);

  async function pnpmRun(abbrevFrom: string) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lockgate-source-'));
    dirs.push(root);
    const head = onFeed(readFileSync(path.join(TOOL, 'head', 'pnpm-lock.yaml'), 'utf8')).replace(
      `${FEED}abbrev/`,
      `${abbrevFrom}abbrev/`,
    );
    const files = {
      'base/package.json': readFileSync(path.join(TOOL, 'package.json'), 'utf8'),
      'base/pnpm-lock.yaml': onFeed(readFileSync(path.join(TOOL, 'pnpm-lock.yaml'), 'utf8')),
      'head/package.json': readFileSync(path.join(TOOL, 'head', 'package.json'), 'utf8'),
      'head/pnpm-lock.yaml': head,
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    expect(head).toContain(`tarball: ${abbrevFrom}abbrev/-/abbrev-1.1.1.tgz}`);
    const result = await cliProcess([...pairFlags(root), '--offline', '--format', 'json']);
    const report = JSON.parse(result.stdout) as {
      counts: Record<string, number>;
      lockfiles: { findings: { name: string; kind?: string; problem?: string }[] }[];
      messages: { level: string; message: string }[];
    };
    return { ...result, report, findings: report.lockfiles.flatMap((l) => l.findings) };
  }

  it("a new package from a host nothing configures fails as policy; from the base lockfile's feed it passes", async () => {
    const attack = await pnpmRun(LOOKALIKE);
    expect(attack.code, attack.stderr).toBe(1);
    expect(attack.findings).toEqual([
      expect.objectContaining({
        name: 'abbrev',
        kind: 'unapproved-host',
        problem: expect.stringContaining('is a registry package downloaded from ms-feed-2.pkgs-visualstudio.example'),
      }),
    ]);
    expect(attack.report.counts).toMatchObject({ policy: 1, malicious: 0 });

    const twin = await pnpmRun(FEED);
    expect(twin.code, twin.stderr).toBe(0);
    expect(twin.findings).toEqual([]);
    // A registry package, not a tarball "which no package.json asks for".
    expect(twin.report.messages.map((m) => m.message).join('\n')).not.toMatch(/asks for/);
  });
});
