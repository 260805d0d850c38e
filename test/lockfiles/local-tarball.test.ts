/**
 * Where each format's `file:` tarball entry lies in the repository (shapes as the real tools write them; see
 * test/fixtures/local-tarballs/README.md), and that npm and bun read such an entry as a local tarball, never a
 * download from the registry.
 */
import { describe, expect, it } from 'vitest';
import { loadLockfile } from '../../src/lockfiles/index.js';
import { localTarballPath } from '../../src/lockfiles/local-tarball.js';

const TGZ = 'vendor/left-pad-vendored-1.0.0.tgz';
const SHAPES: Record<string, [string, string]> = {
  npm: [
    'sub/package-lock.json',
    JSON.stringify({
      name: 'fx-app',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'fx-app', dependencies: { 'left-pad-vendored': `file:${TGZ}` } },
        'node_modules/left-pad-vendored': { version: '1.0.0', resolved: `file:${TGZ}`, integrity: 'sha512-AAAA' },
      },
    }),
  ],
  pnpm: [
    'sub/pnpm-lock.yaml',
    `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      left-pad-vendored:\n        specifier: file:${TGZ}\n        version: file:${TGZ}\n\npackages:\n\n  left-pad-vendored@file:${TGZ}:\n    resolution: {integrity: sha512-AAAA, tarball: file:${TGZ}}\n    version: 1.0.0\n\nsnapshots:\n\n  left-pad-vendored@file:${TGZ}: {}\n`,
  ],
  yarn1: [
    'sub/yarn.lock',
    `# yarn lockfile v1\n\n\n"left-pad-vendored@file:${TGZ}":\n  version "1.0.0"\n  resolved "file:${TGZ}#0e9df8147fe6defd887c790e38e58bac1a13620f"\n`,
  ],
  berry: [
    'sub/yarn.lock',
    `__metadata:\n  version: 10\n  cacheKey: 10c0\n\n"fx-app@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "fx-app@workspace:."\n  dependencies:\n    left-pad-vendored: "file:${TGZ}"\n  languageName: unknown\n  linkType: soft\n\n"left-pad-vendored@file:${TGZ}::locator=fx-app%40workspace%3Apackages%2Fweb":\n  version: 1.0.0\n  resolution: "left-pad-vendored@file:${TGZ}#${TGZ}::hash=212223&locator=fx-app%40workspace%3Apackages%2Fweb"\n  checksum: 10c0/26023d74\n  languageName: node\n  linkType: hard\n`,
  ],
  bun: [
    'sub/bun.lock',
    `{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n      "name": "fx-app",\n      "dependencies": {\n        "left-pad-vendored": "file:${TGZ}",\n      },\n    },\n  },\n  "packages": {\n    "left-pad-vendored": ["left-pad-vendored@${TGZ}", {}],\n  }\n}\n`,
  ],
};

describe('localTarballPath', () => {
  it.each(Object.entries(SHAPES))(
    '%s: the entry is a local tarball at its path in the repository',
    async (tool, [file, text]) => {
      const lockfile = await loadLockfile(file, text);
      const entry = lockfile.packages.find((p) => p.name === 'left-pad-vendored')!;
      expect(entry).toMatchObject({ source: 'file', version: tool === 'bun' ? '' : '1.0.0' });
      expect(entry.url).toBeUndefined();
      // Berry: relative to the workspace the locator names; the others: to the lockfile's folder.
      expect(localTarballPath(lockfile, entry)).toEqual({
        path: tool === 'berry' ? `sub/packages/web/${TGZ}` : `sub/${TGZ}`,
      });
    },
  );

  it('a path that climbs out of the repository or is absolute is "outside"; a folder is no tarball', async () => {
    const [file, text] = SHAPES.yarn1!;
    const climbing = await loadLockfile(file, text.replaceAll(`file:${TGZ}`, 'file:../../x-1.0.0.tgz'));
    expect(localTarballPath(climbing, climbing.packages[0]!)).toEqual({ outside: '../../x-1.0.0.tgz' });
    const absolute = await loadLockfile(file, text.replaceAll(`file:${TGZ}`, 'file:/etc/x-1.0.0.tgz'));
    expect(localTarballPath(absolute, absolute.packages[0]!)).toEqual({ outside: '/etc/x-1.0.0.tgz' });
    const lockfile = await loadLockfile(file, text);
    expect(localTarballPath(lockfile, { ...lockfile.packages[0]!, resolved: 'file:vendor/lib' })).toBeUndefined();
  });
});
