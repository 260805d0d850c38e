/**
 * Lockfile shapes the package managers really write, each compared
 * in head and in base position, with the base read from a directory
 * (`--base-dir`) and from a git commit (`--base <ref>`), through the engine's
 * compareTrees and checkComparison as the CLI and the action run them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalSource } from '../../src/advisories/local.js';
import type { Change } from '../../src/core/diff.js';
import type { Report } from '../../src/core/report.js';
import { compareTrees, type Comparison } from '../../src/engine/compare.js';
import { checkComparison } from '../../src/engine/lookup.js';
import { createRepo } from '../support/git-repo.js';
import { DirTree, EmptyTree, GitTree } from '../../src/inputs/trees.js';
import { ROOT } from '../helpers.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'lockgate-shapes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

const tool = (name: string, file: string) =>
  readFileSync(path.join(ROOT, 'test', 'fixtures', 'tools', name, file), 'utf8');

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

type Mode = 'base-dir' | 'base-ref';

/** Compare `head` with `base` (file name → text): base in a directory, or in the parent commit of head. */
async function compare(mode: Mode, base: Record<string, string>, head: Record<string, string>): Promise<Comparison> {
  const root = path.join(scratch, String(counter++));
  if (mode === 'base-dir') {
    writeTree(path.join(root, 'base'), base);
    writeTree(path.join(root, 'head'), head);
    return compareTrees(new DirTree(path.join(root, 'head')), new DirTree(path.join(root, 'base'), 'base'));
  }
  // Head replaces base whole: a file only base has is gone in head.
  createRepo(root, base, { ...Object.fromEntries(Object.keys(base).map((f) => [f, null])), ...head });
  return compareTrees(new DirTree(root), new GitTree(root, 'main'));
}

/** The findings report of a comparison, against advisories for exactly these name@versions. */
async function check(comparison: Comparison, malicious: string[]): Promise<Report> {
  const records = malicious.map((spec, i) => {
    const at = spec.lastIndexOf('@');
    return {
      id: `MAL-TEST-${i}`,
      affected: [{ package: { ecosystem: 'npm', name: spec.slice(0, at) }, versions: [spec.slice(at + 1)] }],
    };
  });
  return checkComparison(comparison, [new LocalSource(records)], {
    all: false,
    requireLive: false,
    liveSources: new Set(),
    workflows: async () => [],
  });
}

const errorsOf = (comparison: Comparison): string[] =>
  comparison.messages.filter((m) => m.level === 'error').map((m) => m.message);
const changes = (comparison: Comparison): Change[] => {
  expect(errorsOf(comparison)).toEqual([]);
  return comparison.lockfiles.flatMap((l) => l.changes);
};
const flagged = (report: Report) => report.lockfiles.flatMap((l) => l.findings.map((f) => `${f.name}@${f.version}`));

const MODES: Mode[] = ['base-dir', 'base-ref'];

// ---------------------------------------------------------------------------
// 1. Detection on the base side

/**
 * A pnpm 5.x workspace lockfile with its keys sorted, as some pnpm 5 releases
 * wrote them: `importers:` first, so `lockfileVersion:` is far past the first 4 KiB.
 */
function pnpm5Sorted(isNumber: string): string {
  const importers = Array.from(
    { length: 80 },
    (_, i) =>
      `  packages/pkg-${String(i).padStart(3, '0')}:\n    dependencies:\n      is-number: ${isNumber}\n    specifiers:\n      is-number: ^${isNumber}\n`,
  ).join('');
  return `importers:\n  .:\n    specifiers: {}\n${importers}lockfileVersion: 5.3\npackages:\n  /is-number/${isNumber}:\n    dev: false\n    engines:\n      node: '>=0.12.0'\n    resolution:\n      integrity: sha512-x\n`;
}

describe.each(MODES)('detection with the base from %s', (mode) => {
  it('reads a pnpm 5.x file whose lockfileVersion line is past the first 4 KiB, on both sides', async () => {
    const base = pnpm5Sorted('6.0.0');
    expect(base.indexOf('lockfileVersion')).toBeGreaterThan(4096);
    const comparison = await compare(mode, { 'pnpm-lock.yaml': base }, { 'pnpm-lock.yaml': pnpm5Sorted('7.0.0') });
    expect(changes(comparison)).toEqual([{ name: 'is-number', kind: 'upgraded', from: ['6.0.0'], to: ['7.0.0'] }]);
    expect(comparison.lockfiles[0]!.base?.format).toBe('pnpm');
  });

  it('still names the base file by its label in an error', async () => {
    const comparison = await compare(
      mode,
      { 'pnpm-lock.yaml': 'lockfileVersion: 42\n' },
      { 'pnpm-lock.yaml': pnpm5Sorted('7.0.0') },
    );
    expect(errorsOf(comparison)).toHaveLength(1);
    expect(errorsOf(comparison)[0]).toMatch(
      mode === 'base-dir'
        ? /^base:pnpm-lock\.yaml:1: lockfileVersion "42"/
        : /^main:pnpm-lock\.yaml:1: lockfileVersion "42"/,
    );
  });
});

// ---------------------------------------------------------------------------
// 2. Local folders (file:) are the repository's own code

describe.each(MODES)('local folders, base from %s', (mode) => {
  const pnpm8 = tool('pnpm8-file-dir', 'pnpm-lock.yaml');
  const pnpm7 = tool('pnpm7-file-dir', 'pnpm-lock.yaml');
  const yarn = tool('yarn1-resolutions-alias', 'yarn.lock');
  const yarnWithout = yarn.replace(/\n"postmark-mcp@file:[^\n]*\n {2}version "1\.0\.16"\n/, '\n');

  it.each([
    ['pnpm 6.0 (no version) in head, 5.4 (postmark-mcp 1.0.16) in base', pnpm7, pnpm8],
    ['pnpm 5.4 (postmark-mcp 1.0.16) in head, 6.0 in base', pnpm8, pnpm7],
  ])('%s: read, left out of changes, never flagged', async (_name, base, head) => {
    const comparison = await compare(mode, { 'pnpm-lock.yaml': base }, { 'pnpm-lock.yaml': head });
    expect(changes(comparison)).toEqual([]);
    expect(flagged(await check(comparison, ['postmark-mcp@1.0.16']))).toEqual([]);
  });

  it('yarn file: folder named postmark-mcp at 1.0.16: added in head or base, no change, no finding', async () => {
    for (const [base, head] of [
      [yarnWithout, yarn],
      [yarn, yarnWithout],
    ]) {
      const comparison = await compare(mode, { 'yarn.lock': base! }, { 'yarn.lock': head! });
      expect(changes(comparison)).toEqual([]);
      expect(flagged(await check(comparison, ['postmark-mcp@1.0.16']))).toEqual([]);
    }
  });

  it('flags the same name and version from the registry (the check is live)', async () => {
    const registry = `${yarnWithout}\npostmark-mcp@1.0.16:\n  version "1.0.16"\n  resolved "https://registry.yarnpkg.com/postmark-mcp/-/postmark-mcp-1.0.16.tgz#0000"\n`;
    const comparison = await compare(mode, { 'yarn.lock': yarnWithout }, { 'yarn.lock': registry });
    expect(flagged(await check(comparison, ['postmark-mcp@1.0.16']))).toEqual(['postmark-mcp@1.0.16']);
  });
});

// ---------------------------------------------------------------------------
// 5. Yarn classic resolutions to an npm alias

describe.each(MODES)('yarn resolutions to an npm alias, base from %s', (mode) => {
  const aliased = tool('yarn1-resolutions-alias', 'yarn.lock');
  const plain = aliased.replace(
    /ms@2\.1\.2, "ms@npm:dry-uninstall@0\.3\.0":\n {2}version "0\.3\.0"\n {2}resolved "[^"]+"\n {2}integrity \S+\n/,
    'ms@2.1.2:\n  version "2.1.2"\n  resolved "https://registry.yarnpkg.com/ms/-/ms-2.1.2.tgz#a0000"\n',
  );

  it('in head: the aliased package is added and flagged by its real name', async () => {
    expect(plain).not.toBe(aliased);
    const comparison = await compare(mode, { 'yarn.lock': plain }, { 'yarn.lock': aliased });
    expect(changes(comparison).map((c) => [c.name, c.kind, c.from, c.to])).toEqual([
      ['dry-uninstall', 'added', [], ['0.3.0']],
      ['ms', 'removed', ['2.1.2'], []],
    ]);
    expect(flagged(await check(comparison, ['dry-uninstall@0.3.0']))).toEqual(['dry-uninstall@0.3.0']);
  });

  it('in base: read, and its removal is a change', async () => {
    const comparison = await compare(mode, { 'yarn.lock': aliased }, { 'yarn.lock': plain });
    expect(changes(comparison).map((c) => [c.name, c.kind])).toEqual([
      ['dry-uninstall', 'removed'],
      ['ms', 'added'],
    ]);
  });
});

// ---------------------------------------------------------------------------
// 6, 7. bun.lock lockfileVersion 2; registry tarballs by their version

describe.each(MODES)('bun.lock v2, base from %s', (mode) => {
  const v2 = tool('bun14-tarball-git', 'bun.lock');
  const withoutIsNumber = v2.replace(/\n {4}"is-number": \["is-number@https:[^\n]*\n/, '\n');

  it('in head: a registry tarball dependency is added at the version its URL names, and flagged', async () => {
    expect(withoutIsNumber).not.toBe(v2);
    const comparison = await compare(mode, { 'bun.lock': withoutIsNumber }, { 'bun.lock': v2 });
    expect(changes(comparison)).toEqual([{ name: 'is-number', kind: 'added', from: [], to: ['7.0.0'] }]);
    expect(comparison.lockfiles[0]!.head!.packages.find((p) => p.name === 'esbuild')?.hasInstallScript).toBe(true);
    expect(flagged(await check(comparison, ['is-number@7.0.0']))).toEqual(['is-number@7.0.0']);
  });

  it('in base: read, and the removal is a change', async () => {
    const comparison = await compare(mode, { 'bun.lock': v2 }, { 'bun.lock': withoutIsNumber });
    expect(changes(comparison)).toEqual([{ name: 'is-number', kind: 'removed', from: ['7.0.0'], to: [] }]);
  });
});

// ---------------------------------------------------------------------------
// 8. Berry without a final line break

const BERRY = `# This file is generated by running "yarn install" inside your project.
# Manual changes might be lost - proceed with caution!

__metadata:
  version: 8
  cacheKey: 10c0

"is-number@npm:^7.0.0":
  version: 7.0.0
  resolution: "is-number@npm:7.0.0"
  checksum: 10c0/b4686d0d3053146095ccd45346461bc8e53b80aeb7671cc52a4de02dbbf7dc0d1d2a986e2fe4ae206984b4d34ef37e8b795ebc4f4295c978373e6575e295d811
  languageName: node
  linkType: hard

"root@workspace:.":
  version: 0.0.0-use.local
  resolution: "root@workspace:."
  dependencies:
    is-number: "npm:^7.0.0"
  languageName: unknown
  linkType: soft
`;
const BERRY_6 = BERRY.replace(/7\.0\.0/g, '6.0.0').replace('npm:^7', 'npm:^6');

describe.each(MODES)('Berry without a final line break, base from %s', (mode) => {
  it.each([
    ['head', BERRY_6, BERRY.trimEnd()],
    ['base', BERRY_6.trimEnd(), BERRY],
  ])('in %s: read as Yarn reads it', async (_side, base, head) => {
    const comparison = await compare(mode, { 'yarn.lock': base }, { 'yarn.lock': head });
    expect(changes(comparison)).toEqual([{ name: 'is-number', kind: 'upgraded', from: ['6.0.0'], to: ['7.0.0'] }]);
  });

  it('a file cut inside its last entry is an error, on either side', async () => {
    const cut = BERRY.slice(0, BERRY.lastIndexOf('  languageName: unknown'));
    for (const [base, head] of [
      [BERRY_6, cut],
      [cut, BERRY_6],
    ]) {
      const comparison = await compare(mode, { 'yarn.lock': base! }, { 'yarn.lock': head! });
      expect(errorsOf(comparison)).toHaveLength(1);
      expect(errorsOf(comparison)[0]).toMatch(/yarn\.lock:\d+: the last entry "root@workspace:\." .*truncated/);
    }
  });
});

describe('a lockfile no install uses', () => {
  // shadcn-ui/ui commits a bun.lockb under the name bun.lock as a test fixture; Bun 1.2 refuses it too.
  const broken = {
    'packages/cli/test/fixtures/bun-binary/bun.lock': '#!/usr/bin/env bun\nbun-lockfile-format-v0\n\u0000\u0002',
  };
  it('stays an error, with a note on leaving it out by a negated glob', async () => {
    const root = path.join(scratch, String(counter++));
    writeTree(root, { 'yarn.lock': '# yarn lockfile v1\n', ...broken });
    const comparison = await compareTrees(new DirTree(root), new EmptyTree());
    expect(errorsOf(comparison)).toEqual([expect.stringMatching(/bun-binary\/bun\.lock:3: .*binary data/)]);
    const notes = comparison.messages.filter((m) => m.level === 'note').map((m) => m.message);
    expect(notes).toContainEqual(expect.stringContaining("`--lockfile '!packages/cli/test/fixtures/bun-binary/**'`"));
  });

  it.each(MODES)(
    'is a warning in a change that leaves it byte for byte as it was (as the Action never reads it), base from %s',
    async (mode) => {
      const files = { 'yarn.lock': '# yarn lockfile v1\n', ...broken };
      const comparison = await compare(mode, files, files);
      expect(errorsOf(comparison)).toEqual([]);
      expect(comparison.messages.filter((m) => m.level === 'warning').map((m) => m.message)).toEqual([
        expect.stringMatching(/binary data.*\. The file is the same in the base, so this change does not touch it/),
      ]);
      // Changed by the change, it is an error again.
      const changed = await compare(mode, files, {
        ...files,
        [Object.keys(broken)[0]!]: `${Object.values(broken)[0]!}\u0000`,
      });
      expect(errorsOf(changed)).toHaveLength(1);
    },
  );

  it('gives no such note when the caller chose the lockfiles', async () => {
    const root = path.join(scratch, String(counter++));
    writeTree(root, broken);
    const comparison = await compareTrees(new DirTree(root), new EmptyTree(), Object.keys(broken));
    expect(errorsOf(comparison)).toHaveLength(1);
    expect(comparison.messages.filter((m) => m.level === 'note')).toEqual([]);
  });
});
