/**
 * Lockfiles written by the real package managers (test/fixtures/tools, made by
 * scripts/fixtures/tools.sh), each read through loadLockfile and checked against
 * what the tool itself lists as installed (listing.json).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isOwnCode, type LockedPackage, type Lockfile } from '../../src/core/model.js';
import { loadLockfile } from '../../src/lockfiles/index.js';
import { ROOT } from '../helpers.js';

const TOOLS = path.join(ROOT, 'test', 'fixtures', 'tools');

type Tool = 'pnpm' | 'yarn' | 'bun' | 'npm';

interface Case {
  name: string;
  lockfile: string;
  tool: Tool;
}

const CASES: Case[] = [
  { name: 'pnpm10-file-patch', lockfile: 'pnpm-lock.yaml', tool: 'pnpm' },
  { name: 'pnpm8-file-dir', lockfile: 'pnpm-lock.yaml', tool: 'pnpm' },
  { name: 'pnpm7-file-dir', lockfile: 'pnpm-lock.yaml', tool: 'pnpm' },
  { name: 'yarn1-resolutions-alias', lockfile: 'yarn.lock', tool: 'yarn' },
  { name: 'bun14-tarball-git', lockfile: 'bun.lock', tool: 'bun' },
  { name: 'npm11-external-link', lockfile: 'package-lock.json', tool: 'npm' },
  { name: 'npm11-pnpm-layout', lockfile: 'package-lock.json', tool: 'npm' },
];

const read = (c: Case, file: string) => readFileSync(path.join(TOOLS, c.name, file), 'utf8');

/**
 * How the tool's listing prints a package: under the name it is installed as;
 * pnpm prints a local folder as `file:<path>`, bun as its path and a tarball
 * dependency as its URL; yarn prints the version.
 */
function asListed(pkg: LockedPackage, tool: Tool): string {
  const installed = pkg.alias ?? pkg.name;
  if (pkg.source === 'directory' && tool === 'pnpm') return `${installed}@file:${pkg.resolved}`;
  if (pkg.source === 'directory' && tool === 'bun') return `${installed}@${pkg.resolved}`;
  if (tool === 'bun' && pkg.resolved?.startsWith('https://')) return `${installed}@${pkg.resolved}`;
  return `${installed}@${pkg.version}`;
}

describe.each(CASES)('$name', (c) => {
  let lockfile: Lockfile;
  beforeAll(async () => {
    lockfile = await loadLockfile(c.lockfile, read(c, c.lockfile));
  });
  const byName = (name: string) => lockfile.packages.filter((p) => p.name === name);

  it('reads what the tool lists as installed', () => {
    const listed = JSON.parse(read(c, 'listing.json')) as string[];
    const ours = new Set(lockfile.packages.map((p) => asListed(p, c.tool)));
    // bun lists only what it installed on this platform; the lockfile holds every platform's packages.
    // npm ci leaves out a pnpm store package whose store folder has no entry; its version is locked all the same.
    if (c.tool === 'bun' || c.name === 'npm11-pnpm-layout')
      for (const entry of listed) expect(ours, entry).toContain(entry);
    else expect([...ours].sort()).toEqual([...listed].sort());
  });

  it.skipIf(c.tool === 'npm')(
    'keeps local folders as the repository own code, whatever name and version they carry',
    () => {
      const folders = lockfile.packages.filter((p) => p.source === 'directory');
      expect(folders.map((p) => p.name).sort()).toEqual(
        c.tool === 'pnpm' ? ['local-lib', 'postmark-mcp'] : ['postmark-mcp'],
      );
      for (const folder of folders) expect(isOwnCode(folder)).toBe(true);
    },
  );

  if (c.name === 'pnpm10-file-patch') {
    it('reads the patched dependency at its own version, from the registry', () => {
      expect(byName('is-number').map((p) => [p.version, p.source, p.id.includes('patch_hash=')])).toEqual([
        ['6.0.0', 'registry', false],
        ['7.0.0', 'registry', true],
      ]);
      expect(lockfile.importers[0]!.deps).toContain(byName('is-number')[1]!.id);
    });
  }
  if (c.name === 'pnpm8-file-dir') {
    it('reads lockfileVersion 6.0 folder entries that have a name and no version', () => {
      expect(lockfile.formatVersion).toBe('6.0');
      expect(byName('local-lib').map((p) => [p.id, p.version, p.deps])).toEqual([
        ['file:local-lib', '', ['/is-odd@3.0.1']],
      ]);
    });
  }
  if (c.name === 'pnpm7-file-dir') {
    it('keeps the version pnpm 7 recorded for a folder (5.4), still as own code', () => {
      expect(lockfile.formatVersion).toBe('5.4');
      expect(byName('postmark-mcp').map((p) => [p.version, p.source])).toEqual([['1.0.16', 'directory']]);
    });
  }
  if (c.name === 'yarn1-resolutions-alias') {
    it('reads a resolutions override to an npm alias as the aliased package', () => {
      const [entry] = byName('dry-uninstall');
      expect(entry).toMatchObject({ version: '0.3.0', alias: 'ms', source: 'registry' });
      expect(byName('ms')).toEqual([]);
      expect(byName('debug')[0]!.deps).toEqual([entry!.id]);
    });
  }
  if (c.name === 'npm11-external-link') {
    it('reads the keys of folders outside the project as own code, named by their links', () => {
      const outside = lockfile.packages.filter((p) => p.id.startsWith('../'));
      expect(outside.map((p) => [p.id, p.name, p.version, isOwnCode(p)])).toEqual([
        ['../local-lib', 'local-lib', '1.0.0', true],
        ['../vendor/node_modules/group/tool', 'tool', '2.0.0', true],
      ]);
      // npm installs none of their dependencies: is-odd is locked nowhere, is-number only at the root.
      expect(lockfile.packages.filter((p) => !isOwnCode(p)).map((p) => p.id)).toEqual(['node_modules/is-number']);
    });
  }
  if (c.name === 'npm11-pnpm-layout') {
    it('reads the packages inside pnpm store folders by the name after their last node_modules/, as npm does', () => {
      const installed = lockfile.packages.filter((p) => !isOwnCode(p) && p.source !== 'link');
      expect(installed.map((p) => [p.name, p.version, p.source])).toEqual([
        ['@types/connect', '3.4.38', 'registry'],
        ['@types/node', '26.6.11', 'registry'],
        ['undici-types', '8.9.0', 'registry'],
      ]);
      expect(installed[0]!.id).toBe('node_modules/.pnpm/@types+connect@3.4.38/node_modules/@types/connect');
      expect(lockfile.notes ?? []).toEqual([]);
    });
    it('reads the store folders themselves as folders of the project, which npm fetches nothing for', () => {
      const folders = lockfile.packages.filter(
        (p) => p.id.startsWith('node_modules/.pnpm/') && !p.id.includes('/node_modules/', 1),
      );
      expect(folders.map((p) => [p.id, p.version, isOwnCode(p)])).toEqual([
        ['node_modules/.pnpm/@types+connect@3.4.38', '', true],
        ['node_modules/.pnpm/@types+node@26.6.11', '', true],
      ]);
    });
  }
  if (c.name === 'bun14-tarball-git') {
    it('reads lockfileVersion 2 with hasInstallScript, tarball versions from the URL, git sources', () => {
      expect(lockfile.formatVersion).toBe('2');
      expect(byName('esbuild')[0]!.hasInstallScript).toBe(true);
      expect(byName('is-number')[0]).toMatchObject({
        version: '7.0.0',
        source: 'registry',
        resolved: 'https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz',
      });
      expect(byName('is-number')[0]!.hasInstallScript).toBe(false);
      expect(byName('git-dep')[0]!.source).toBe('git');
    });
  }
});
