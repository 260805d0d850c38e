/**
 * A lockfile under a workspace root whose lockfile locks its package.json: the package
 * managers install from the root's lockfile, so deleting the inner one, or leaving a
 * stale one as it was, is no finding. Shapes from the corpus run (issue 18):
 * anthropics/anthropic-sdk-typescript 83fd898 moved five packages' pnpm-lock.yaml into the
 * root's; sst/sst 3cf7254 changed platform/package.json and the root bun.lockb, leaving the
 * stale platform/bun.lockb as it was.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees } from '../../src/engine/compare.js';
import { checkRanges } from '../../src/engine/ranges.js';
import { compareManifests } from '../../src/inputs/manifest-check.js';
import { DirTree } from '../../src/inputs/trees.js';

function tree(files: Record<string, string>): DirTree {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-manifest-check-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return new DirTree(dir);
}

const kinds = async (head: DirTree, base: DirTree) =>
  (await compareManifests(head, base)).findings.map((f) => `${f.kind} ${f.file}`);

const pnpmLock = (importers: string[]) =>
  [
    "lockfileVersion: '9.0'",
    '',
    'importers:',
    ...importers.flatMap((i) => [
      '',
      `  ${i}:`,
      '    dependencies:',
      '      ms:',
      '        specifier: ^2.1.0',
      '        version: 2.1.3',
    ]),
    '',
    'packages:',
    '',
    '  ms@2.1.3:',
    '    resolution: {integrity: sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==}',
    '',
    'snapshots:',
    '',
    '  ms@2.1.3: {}',
    '',
  ].join('\n');

const bunLock = (workspaces: string[], range: string, version = '2.1.3') =>
  JSON.stringify({
    lockfileVersion: 1,
    workspaces: Object.fromEntries(workspaces.map((w) => [w, { name: w || 'root', dependencies: { ms: range } }])),
    packages: {
      ms: [
        `ms@${version}`,
        '',
        {},
        'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
      ],
    },
  });
const manifest = (name: string, range: string) => JSON.stringify({ name, dependencies: { ms: range } });

describe('lockfiles a workspace root takes over', () => {
  const base = {
    'package.json': manifest('root', '^2.1.0'),
    'pnpm-lock.yaml': pnpmLock(['.']),
    'packages/a/package.json': manifest('a', '^2.1.0'),
    'packages/a/pnpm-lock.yaml': pnpmLock(['.']),
  };

  it('a package lockfile deleted as the root lockfile takes the package in is no finding', async () => {
    const head = tree({
      'package.json': base['package.json'],
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
      'pnpm-lock.yaml': pnpmLock(['.', 'packages/a']),
      'packages/a/package.json': base['packages/a/package.json'],
    });
    expect(await kinds(head, tree(base))).toEqual([]);
  });

  it('deleted while the root lockfile does not lock the package, it is still lockfile-deleted', async () => {
    const head = tree({
      'package.json': base['package.json'],
      'pnpm-lock.yaml': pnpmLock(['.']),
      'packages/a/package.json': base['packages/a/package.json'],
    });
    expect(await kinds(head, tree(base))).toEqual(['lockfile-deleted packages/a/pnpm-lock.yaml']);
  });

  const bunBase = {
    'package.json': JSON.stringify({ name: 'root', workspaces: ['platform'] }),
    'bun.lock': bunLock(['', 'platform'], '^2.1.0'),
    'platform/package.json': manifest('platform', '^2.1.0'),
    'platform/bun.lock': bunLock([''], '^2.1.0'),
  };

  it('a stale lockfile inside a workspace, left as it was while the root lockfile records the change, is no finding', async () => {
    const head = tree({
      ...bunBase,
      'bun.lock': bunLock(['', 'platform'], '^2.1.3'),
      'platform/package.json': manifest('platform', '^2.1.3'),
    });
    expect(await kinds(head, tree(bunBase))).toEqual([]);
  });

  it("its ranges are not judged either: sst's stale platform/bun.lockb locked a version platform/package.json no longer allows", async () => {
    const pinned = {
      ...bunBase,
      'bun.lock': bunLock(['', 'platform'], '2.1.2', '2.1.2'),
      'platform/package.json': manifest('platform', '2.1.2'),
      'platform/bun.lock': bunLock([''], '2.1.2', '2.1.2'),
    };
    const head = tree({
      ...pinned,
      'bun.lock': bunLock(['', 'platform'], '^2.1.3'),
      'platform/package.json': manifest('platform', '^2.1.3'),
    });
    const baseTree = tree(pinned);
    const ranges = await checkRanges((await compareTrees(head, baseTree)).lockfiles, head, baseTree);
    expect([...ranges.findings, ...ranges.messages]).toEqual([]);
  });

  it('a full scan judges ranges as without a base, whatever base it was given: warnings, never a fail', async () => {
    // The CLI's --all inside a clone compares with the merge-base; a full scan still fails only on advisories and policy.
    const pinned = { 'package.json': manifest('root', '2.1.2'), 'bun.lock': bunLock([''], '2.1.2', '2.1.2') };
    const head = tree({ ...pinned, 'package.json': manifest('root', '^2.2.0') });
    const baseTree = tree(pinned);
    const lockfiles = (await compareTrees(head, baseTree)).lockfiles;
    const diff = await checkRanges(lockfiles, head, baseTree);
    expect(diff.findings.map((f) => f.kind)).toEqual(['range-unsatisfied']);
    const all = await checkRanges(lockfiles, head, baseTree, true);
    expect(all.findings).toEqual([]);
    expect(all.messages.map((m) => m.level)).toEqual(['warning']);
  });

  it('with the root lockfile left as it was too, the root is where it is reported', async () => {
    const head = tree({ ...bunBase, 'platform/package.json': manifest('platform', '^2.1.3') });
    expect(await kinds(head, tree(bunBase))).toEqual(['manifest-without-lockfile platform/package.json']);
  });
});
