import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as dependencyPath from '@pnpm/dependency-path';
import { readWantedLockfile } from '@pnpm/lockfile-file';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LockedPackage, Lockfile } from '../../src/core/model.js';
import { LockfileError } from '../../src/core/errors.js';
import { loadLockfile } from '../../src/lockfiles/index.js';
import { parsePnpm } from '../../src/lockfiles/pnpm.js';
import { FIXTURES, fixtureCases, setDiff, versionSet } from '../helpers.js';

const FILE = 'pnpm-lock.yaml';

/**
 * 1-based line of the first line of `text` starting with `prefix` (after the first line
 * equal to `after`, when given), found independently of the parser.
 */
function lineStarting(text: string, prefix: string, after?: string): number {
  const lines = text.split('\n');
  const from = after === undefined ? 0 : lines.indexOf(after);
  const index = lines.findIndex((line, i) => i > from - 1 && line.startsWith(prefix));
  if (from === -1 || index === -1) throw new Error(`no line starts with ${prefix}`);
  return index + 1;
}

function byId(lockfile: Lockfile, id: string): LockedPackage {
  const pkg = lockfile.packages.find((p) => p.id === id);
  if (!pkg) throw new Error(`no package ${id}; ids: ${lockfile.packages.map((p) => p.id).join(', ')}`);
  return pkg;
}

function importerDeps(lockfile: Lockfile, manifest: string): string[] | undefined {
  return lockfile.importers.find((i) => i.path === manifest)?.deps;
}

/** The LockfileError a parse throws (fails the test when it does not throw one). */
function parseError(text: string): LockfileError {
  try {
    parsePnpm(FILE, text);
  } catch (error) {
    if (error instanceof LockfileError) return error;
    throw error;
  }
  throw new Error('expected a LockfileError');
}

// A pnpm 5.4 monorepo in the shape pnpm 7 writes: scoped, npm alias (as a dependency path),
// peer suffix, duplicate versions, a git dependency resolved to a codeload tarball, a link.
const V5 = `lockfileVersion: 5.4

importers:

  .:
    specifiers:
      '@scope/util': ^2.0.0
      execa: npm:safe-execa@^0.1.1
      left-pad: ^1.3.0
    dependencies:
      '@scope/util': 2.0.0
      execa: /safe-execa/0.1.1
    devDependencies:
      left-pad: 1.3.0

  packages/a:
    specifiers:
      b: workspace:*
      pkg: github:vercel/pkg#5.7.0
      react-dom: ^17.0.0
    dependencies:
      b: link:../b
      pkg: github.com/vercel/pkg/7e4fef9f
      react-dom: 17.0.2_react@17.0.2

  packages/b:
    specifiers:
      left-pad: ^1.1.0
    dependencies:
      left-pad: 1.1.0

packages:

  /@scope/util/2.0.0:
    resolution: {integrity: sha512-util}
    dev: false

  /left-pad/1.1.0:
    resolution: {integrity: sha512-lp110}
    dev: false

  /left-pad/1.3.0:
    resolution: {integrity: sha512-lp130}
    dev: true

  /react-dom/17.0.2_react@17.0.2:
    resolution: {integrity: sha512-reactdom}
    peerDependencies:
      react: 17.0.2
    dependencies:
      react: 17.0.2
      scheduler: 0.20.2
    dev: false

  /react/17.0.2:
    resolution: {integrity: sha512-react}
    dev: false

  /safe-execa/0.1.1:
    resolution: {integrity: sha512-execa}
    engines: {node: '>=12'}
    dev: false

  /scheduler/0.20.2:
    resolution: {integrity: sha512-sched}
    requiresBuild: true
    dev: false
    optional: true

  github.com/vercel/pkg/7e4fef9f:
    resolution: {tarball: https://codeload.github.com/vercel/pkg/tar.gz/7e4fef9f}
    name: pkg
    version: 5.7.0
    dev: false
    dependencies:
      left-pad: 1.3.0
`;

// A single-project pnpm 6.0 file (pnpm 8): top-level dependencies, peer suffixes in
// parentheses, an npm alias, a GitHub tarball, a non-GitHub git repo and a local directory.
const V6 = `lockfileVersion: '6.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

dependencies:
  '@babel/core':
    specifier: ^7.23.0
    version: 7.23.5
  is-positive:
    specifier: github:kevva/is-positive#97edff6
    version: github.com/kevva/is-positive/97edff6f525f192a3f83cea1944765f769ae2678
  local-lib:
    specifier: file:local-lib
    version: file:local-lib
  plugin:
    specifier: ^1.0.0
    version: 1.0.0(@babel/core@7.23.5)
  strip-ansi-cjs:
    specifier: npm:strip-ansi@^6.0.1
    version: /strip-ansi@6.0.1
  tool:
    specifier: git+https://gitlab.com/team/tool.git
    version: gitlab.com/team/tool/0123abcd

packages:

  /@babel/core@7.23.5:
    resolution: {integrity: sha512-core}
    engines: {node: '>=6.9.0'}
    dependencies:
      ansi-regex: 5.0.1
    dev: false

  /ansi-regex@5.0.1:
    resolution: {integrity: sha512-ar}
    engines: {node: '>=8'}
    dev: false

  /plugin@1.0.0(@babel/core@7.23.5):
    resolution: {integrity: sha512-plugin}
    peerDependencies:
      '@babel/core': ^7.0.0
    dependencies:
      '@babel/core': 7.23.5
    dev: false

  /strip-ansi@6.0.1:
    resolution: {integrity: sha512-sa}
    engines: {node: '>=8'}
    dependencies:
      ansi-regex: 5.0.1
    dev: false

  file:local-lib:
    resolution: {directory: local-lib, type: directory}
    name: local-lib
    version: 0.1.0
    dev: false

  github.com/kevva/is-positive/97edff6f525f192a3f83cea1944765f769ae2678:
    resolution: {tarball: https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f525f192a3f83cea1944765f769ae2678}
    name: is-positive
    version: 3.1.0
    dev: false

  gitlab.com/team/tool/0123abcd:
    resolution: {commit: 0123abcd, repo: https://gitlab.com/team/tool.git, type: git}
    name: tool
    version: 2.0.0
    dev: false
`;

// A pnpm 9.0 workspace: packages + snapshots, two peer variants of one name@version, an
// alias in the 9.0 form (version: real@1.0.0), a tarball keyed name@url, a link, a
// snapshot without metadata and metadata without a snapshot.
const V9 = `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    dependencies:
      legacy-ui:
        specifier: npm:ui@1.0.0
        version: ui@1.0.0(react@17.0.2)
      react:
        specifier: ^18.0.0
        version: 18.2.0
      ui:
        specifier: ^1.0.0
        version: 1.0.0(react@18.2.0)
    devDependencies:
      tool:
        specifier: workspace:*
        version: link:packages/tool

  packages/tool:
    dependencies:
      is-positive:
        specifier: https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f
        version: https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f
      react:
        specifier: ^17.0.0
        version: 17.0.2

packages:

  is-positive@https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f:
    resolution: {tarball: https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f}
    version: 3.1.0
    engines: {node: '>=0.10.0'}

  loose-envify@1.4.0:
    resolution: {integrity: sha512-le}
    hasBin: true

  react@17.0.2:
    resolution: {integrity: sha512-r17}

  react@18.2.0:
    resolution: {integrity: sha512-r18}

  ui@1.0.0:
    resolution: {integrity: sha512-ui}
    peerDependencies:
      react: '>=17'

  unused-meta@2.0.0:
    resolution: {integrity: sha512-unused}

snapshots:

  is-positive@https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f: {}

  js-tokens@4.0.0: {}

  loose-envify@1.4.0:
    dependencies:
      js-tokens: 4.0.0

  react@17.0.2:
    dependencies:
      loose-envify: 1.4.0

  react@18.2.0:
    dependencies:
      loose-envify: 1.4.0

  'ui@1.0.0(react@17.0.2)':
    dependencies:
      react: 17.0.2

  'ui@1.0.0(react@18.2.0)':
    dependencies:
      react: 18.2.0
    optional: true
`;

describe('pnpm 5.x', () => {
  const lockfile = parsePnpm(FILE, V5);

  it('reads every entry with name and version from the key', () => {
    expect(lockfile.format).toBe('pnpm');
    expect(lockfile.formatVersion).toBe('5.4');
    expect([...versionSet(lockfile)].sort()).toEqual([
      '@scope/util@2.0.0',
      'left-pad@1.1.0',
      'left-pad@1.3.0',
      'pkg@5.7.0',
      'react-dom@17.0.2',
      'react@17.0.2',
      'safe-execa@0.1.1',
      'scheduler@0.20.2',
    ]);
  });

  it('reads scoped names, peer suffixes, flags and sources', () => {
    expect(byId(lockfile, '/@scope/util/2.0.0')).toMatchObject({
      name: '@scope/util',
      version: '2.0.0',
      source: 'registry',
      integrity: 'sha512-util',
      dev: false,
    });
    expect(byId(lockfile, '/react-dom/17.0.2_react@17.0.2')).toMatchObject({ name: 'react-dom', version: '17.0.2' });
    expect(byId(lockfile, '/left-pad/1.3.0').dev).toBe(true);
    expect(byId(lockfile, '/scheduler/0.20.2')).toMatchObject({ hasInstallScript: true, optional: true });
    expect(byId(lockfile, '/react/17.0.2').hasInstallScript).toBeUndefined();
    expect(byId(lockfile, 'github.com/vercel/pkg/7e4fef9f')).toMatchObject({
      name: 'pkg',
      version: '5.7.0',
      source: 'tarball',
      resolved: 'https://codeload.github.com/vercel/pkg/tar.gz/7e4fef9f',
    });
  });

  it('marks an npm alias with the name it is installed under', () => {
    expect(byId(lockfile, '/safe-execa/0.1.1')).toMatchObject({ name: 'safe-execa', alias: 'execa' });
  });

  it('resolves deps and importers, with link: targets as link entries', () => {
    expect(byId(lockfile, '/react-dom/17.0.2_react@17.0.2').deps).toEqual(['/react/17.0.2', '/scheduler/0.20.2']);
    expect(byId(lockfile, 'github.com/vercel/pkg/7e4fef9f').deps).toEqual(['/left-pad/1.3.0']);
    expect(importerDeps(lockfile, 'package.json')).toEqual([
      '/@scope/util/2.0.0',
      '/safe-execa/0.1.1',
      '/left-pad/1.3.0',
    ]);
    expect(importerDeps(lockfile, 'packages/a/package.json')).toEqual([
      'link:packages/b',
      'github.com/vercel/pkg/7e4fef9f',
      '/react-dom/17.0.2_react@17.0.2',
    ]);
    expect(importerDeps(lockfile, 'packages/b/package.json')).toEqual(['/left-pad/1.1.0']);
    expect(byId(lockfile, 'link:packages/b')).toMatchObject({
      name: 'b',
      source: 'link',
      line: lineStarting(V5, '  packages/b:'),
    });
  });

  it('gives each entry the line of its key', () => {
    expect(byId(lockfile, '/react-dom/17.0.2_react@17.0.2').line).toBe(
      lineStarting(V5, '  /react-dom/17.0.2_react@17.0.2:'),
    );
    expect(byId(lockfile, 'github.com/vercel/pkg/7e4fef9f').line).toBe(
      lineStarting(V5, '  github.com/vercel/pkg/7e4fef9f:'),
    );
  });

  it('reads a single-project 5.x file from its top-level maps', () => {
    const text = `lockfileVersion: 5.3

specifiers:
  ms: ^2.1.0

dependencies:
  ms: 2.1.3

packages:

  /ms/2.1.3:
    resolution: {integrity: sha512-ms}
    dev: false
`;
    const single = parsePnpm(FILE, text);
    expect(single.packages).toEqual([
      {
        id: '/ms/2.1.3',
        name: 'ms',
        version: '2.1.3',
        source: 'registry',
        integrity: 'sha512-ms',
        // The install plan: no tarball recorded, so the registry's tarball of name@version.
        url: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
        host: 'registry.npmjs.org',
        dev: false,
        line: lineStarting(text, '  /ms/2.1.3:'),
      },
    ]);
    expect(single.importers).toEqual([{ path: 'package.json', deps: ['/ms/2.1.3'] }]);
  });
});

describe('pnpm 6.0', () => {
  const lockfile = parsePnpm(FILE, V6);

  it('reads keys with parenthesised peer suffixes and name/version fields', () => {
    expect(lockfile.formatVersion).toBe('6.0');
    expect(byId(lockfile, '/plugin@1.0.0(@babel/core@7.23.5)')).toMatchObject({ name: 'plugin', version: '1.0.0' });
    expect(byId(lockfile, '/@babel/core@7.23.5')).toMatchObject({
      name: '@babel/core',
      version: '7.23.5',
      source: 'registry',
    });
  });

  it('tells git, tarball and directory resolutions apart', () => {
    expect(byId(lockfile, 'gitlab.com/team/tool/0123abcd')).toMatchObject({
      name: 'tool',
      version: '2.0.0',
      source: 'git',
      resolved: 'https://gitlab.com/team/tool.git#0123abcd',
    });
    expect(byId(lockfile, 'github.com/kevva/is-positive/97edff6f525f192a3f83cea1944765f769ae2678')).toMatchObject({
      name: 'is-positive',
      version: '3.1.0',
      source: 'tarball',
    });
    expect(byId(lockfile, 'file:local-lib')).toMatchObject({
      name: 'local-lib',
      version: '0.1.0',
      source: 'directory',
      resolved: 'local-lib',
    });
  });

  it('resolves the single project importer, aliases included', () => {
    expect(importerDeps(lockfile, 'package.json')).toEqual([
      '/@babel/core@7.23.5',
      'github.com/kevva/is-positive/97edff6f525f192a3f83cea1944765f769ae2678',
      'file:local-lib',
      '/plugin@1.0.0(@babel/core@7.23.5)',
      '/strip-ansi@6.0.1',
      'gitlab.com/team/tool/0123abcd',
    ]);
    expect(byId(lockfile, '/strip-ansi@6.0.1').alias).toBe('strip-ansi-cjs');
    expect(byId(lockfile, '/plugin@1.0.0(@babel/core@7.23.5)').deps).toEqual(['/@babel/core@7.23.5']);
    expect(byId(lockfile, '/strip-ansi@6.0.1').deps).toEqual(['/ansi-regex@5.0.1']);
  });

  it('gives each entry the line of its key', () => {
    expect(byId(lockfile, '/plugin@1.0.0(@babel/core@7.23.5)').line).toBe(
      lineStarting(V6, '  /plugin@1.0.0(@babel/core@7.23.5):'),
    );
    expect(byId(lockfile, 'file:local-lib').line).toBe(lineStarting(V6, '  file:local-lib:'));
  });
});

describe('pnpm 9.0', () => {
  const lockfile = parsePnpm(FILE, V9);

  it('keeps every installed name@version: snapshots, metadata-only and snapshot-only entries', () => {
    expect(lockfile.formatVersion).toBe('9.0');
    expect([...versionSet(lockfile)].sort()).toEqual([
      'is-positive@3.1.0',
      'js-tokens@4.0.0',
      'loose-envify@1.4.0',
      'react@17.0.2',
      'react@18.2.0',
      'ui@1.0.0',
      'unused-meta@2.0.0',
    ]);
  });

  it('keeps peer variants of one name@version as separate entries', () => {
    const ui = lockfile.packages.filter((p) => p.name === 'ui');
    expect(ui.map((p) => p.id).sort()).toEqual(['ui@1.0.0(react@17.0.2)', 'ui@1.0.0(react@18.2.0)']);
    expect(ui.every((p) => p.version === '1.0.0' && p.integrity === 'sha512-ui')).toBe(true);
    expect(byId(lockfile, 'ui@1.0.0(react@18.2.0)').optional).toBe(true);
  });

  it('reads the version field of a tarball entry keyed name@url', () => {
    expect(byId(lockfile, 'is-positive@https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f')).toMatchObject({
      name: 'is-positive',
      version: '3.1.0',
      source: 'tarball',
      resolved: 'https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f',
    });
  });

  it('resolves deps from snapshots and importers, aliases and links included', () => {
    expect(byId(lockfile, 'ui@1.0.0(react@17.0.2)')).toMatchObject({ alias: 'legacy-ui', deps: ['react@17.0.2'] });
    expect(byId(lockfile, 'loose-envify@1.4.0').deps).toEqual(['js-tokens@4.0.0']);
    expect(importerDeps(lockfile, 'package.json')).toEqual([
      'ui@1.0.0(react@17.0.2)',
      'react@18.2.0',
      'ui@1.0.0(react@18.2.0)',
      'link:packages/tool',
    ]);
    expect(importerDeps(lockfile, 'packages/tool/package.json')).toEqual([
      'is-positive@https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f',
      'react@17.0.2',
    ]);
    expect(byId(lockfile, 'link:packages/tool')).toMatchObject({ name: 'tool', source: 'link' });
  });

  it('gives entries the line of their packages key (resolution, integrity), snapshots without metadata their snapshot key', () => {
    expect(byId(lockfile, 'ui@1.0.0(react@18.2.0)').line).toBe(lineStarting(V9, '  ui@1.0.0:'));
    expect(byId(lockfile, 'react@17.0.2').line).toBe(lineStarting(V9, '  react@17.0.2:'));
    expect(byId(lockfile, 'unused-meta@2.0.0').line).toBe(lineStarting(V9, '  unused-meta@2.0.0:'));
  });

  it('reads a project without dependencies as zero packages', () => {
    const empty = parsePnpm(
      FILE,
      "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .: {}\n",
    );
    expect(empty.packages).toEqual([]);
    expect(empty.importers).toEqual([{ path: 'package.json', deps: [] }]);
    expect(parsePnpm(FILE, 'lockfileVersion: 5.4\n\nspecifiers: {}\n').packages).toEqual([]);
  });

  it('reads CRLF line endings', () => {
    const crlf = parsePnpm(FILE, V9.replace(/\n/g, '\r\n'));
    expect(crlf.packages.map((p) => [p.id, p.line])).toEqual(lockfile.packages.map((p) => [p.id, p.line]));
  });
});

describe('several YAML documents (pnpm 11/12 env document)', () => {
  // The env document as https://pnpm.io/lockfile shows it: the root importer's
  // configDependencies and packageManagerDependencies, with their packages and snapshots.
  const ENV = `---
lockfileVersion: '9.0'

importers:

  .:
    configDependencies:
      '@pnpm/plugin-example':
        specifier: 1.2.3
        version: 1.2.3
    packageManagerDependencies:
      pnpm:
        specifier: 12.0.0-rc.7
        version: 12.0.0-rc.7

packages:

  '@pnpm/linux-x64@12.0.0-rc.7':
    resolution: {integrity: sha512-linux}
    cpu: [x64]
    os: [linux]

  '@pnpm/plugin-example@1.2.3':
    resolution: {integrity: sha512-plugin}

  pnpm@12.0.0-rc.7:
    resolution: {integrity: sha512-pnpm}
    engines: {node: '>=22.13'}
    hasBin: true

snapshots:

  '@pnpm/linux-x64@12.0.0-rc.7':
    optional: true

  '@pnpm/plugin-example@1.2.3': {}

  pnpm@12.0.0-rc.7:
    optionalDependencies:
      '@pnpm/linux-x64': 12.0.0-rc.7
`;
  const projectText = readFileSync(path.join(FIXTURES, 'pnpm9-changesets', 'head', 'pnpm-lock.yaml'), 'utf8');
  const text = `${ENV}---\n${projectText}`;
  const single = parsePnpm(FILE, projectText);
  const both = parsePnpm(FILE, text);

  it('keeps the packages of both documents', () => {
    const all = versionSet(both);
    for (const pair of versionSet(single)) expect(all.has(pair)).toBe(true);
    for (const pair of ['pnpm@12.0.0-rc.7', '@pnpm/linux-x64@12.0.0-rc.7', '@pnpm/plugin-example@1.2.3']) {
      expect(all.has(pair)).toBe(true);
    }
    expect(all.size).toBe(versionSet(single).size + 3);
    expect(both.formatVersion).toBe('9.0');
  });

  it('resolves the env document and keeps the project lines', () => {
    expect(byId(both, 'pnpm@12.0.0-rc.7')).toMatchObject({
      line: lineStarting(text, '  pnpm@12.0.0-rc.7:'),
      deps: ['@pnpm/linux-x64@12.0.0-rc.7'],
    });
    expect(byId(both, '@pnpm/linux-x64@12.0.0-rc.7').optional).toBe(true);
    expect(importerDeps(both, 'package.json')).toEqual(
      expect.arrayContaining([
        '@pnpm/plugin-example@1.2.3',
        'pnpm@12.0.0-rc.7',
        ...(importerDeps(single, 'package.json') ?? []),
      ]),
    );
    const shift = ENV.split('\n').length; // the env document's lines plus the second '---'
    for (const pkg of single.packages.filter((p) => p.source !== 'link').slice(0, 50)) {
      expect(byId(both, pkg.id).line).toBe(pkg.line + shift);
    }
  });

  it('names the line of an unknown lockfileVersion in the second document', () => {
    const bad = `${ENV}---\n${projectText.replace("lockfileVersion: '9.0'", "lockfileVersion: '10.0'")}`;
    const error = parseError(bad);
    expect(error.line).toBe(ENV.split('\n').length + 1);
    expect(error.reason).toContain('"10.0"');
  });
});

describe('bad input', () => {
  it('reports a truncated file at its last line', () => {
    const text = "lockfileVersion: '9.0'\n\npackages:\n\n  a@1.0.0:\n    resolution: {integrity: sha512-abc";
    const error = parseError(text);
    expect(error.line).toBe(6);
    expect(error.reason).toMatch(/invalid YAML/);
  });

  it('reports a YAML error at the offending line', () => {
    const text =
      'lockfileVersion: 5.4\n\npackages:\n\n  /a/1.0.0:\n    resolution: {integrity: sha512-a}\n   dev: true\n';
    expect(parseError(text).line).toBe(7);
    const duplicate =
      'lockfileVersion: 5.4\n\npackages:\n\n  /a/1.0.0:\n    resolution: {integrity: sha512-a}\n\n  /a/1.0.0:\n    resolution: {integrity: sha512-a}\n';
    expect(parseError(duplicate)).toMatchObject({ line: 8, reason: expect.stringMatching(/duplicated mapping key/) });
  });

  it.each([
    ["lockfileVersion: '4.0'\n", '"4.0"'],
    ["lockfileVersion: '10.0'\n", '"10.0"'],
    ['lockfileVersion: 5.4.1\n', '"5.4.1"'],
    ['lockfileVersion: [9]\n', '[9]'],
  ])('rejects lockfileVersion in %j', (text, shown) => {
    const error = parseError(`# comment\n${text}`);
    expect(error.line).toBe(2);
    expect(error.reason).toContain(shown);
    expect(error.reason).toContain('not supported');
  });

  it('rejects a file without lockfileVersion', () => {
    const error = parseError('# pnpm\n\nimporters:\n  .: {}\n');
    expect(error.line).toBe(3);
    expect(error.reason).toContain('no lockfileVersion');
    expect(parseError('# only a comment\n').reason).toContain('no lockfileVersion');
  });

  it('rejects entries whose name or version cannot be read', () => {
    const v5 =
      'lockfileVersion: 5.4\n\npackages:\n\n  /ok/1.0.0:\n    resolution: {integrity: sha512-a}\n\n  /left-pad:\n    resolution: {integrity: sha512-b}\n';
    expect(parseError(v5)).toMatchObject({ line: 8, reason: expect.stringContaining('"/left-pad"') });
    const v9 = "lockfileVersion: '9.0'\n\npackages:\n\n  left-pad:\n    resolution: {integrity: sha512-b}\n";
    expect(parseError(v9)).toMatchObject({ line: 5, reason: expect.stringContaining('name and version') });
    const v6 = "lockfileVersion: '6.0'\n\npackages:\n\n  /left-pad@:\n    resolution: {integrity: sha512-b}\n";
    expect(parseError(v6).line).toBe(5);
  });

  it('rejects wrong-typed structures at their line', () => {
    expect(parseError("lockfileVersion: '9.0'\n\npackages: oops\n")).toMatchObject({
      line: 3,
      reason: '"packages" is not a mapping',
    });
    expect(parseError("lockfileVersion: '9.0'\n\nsnapshots:\n  - a@1.0.0\n")).toMatchObject({
      line: 3,
      reason: '"snapshots" is not a mapping',
    });
    expect(parseError("lockfileVersion: '6.0'\n\nimporters: 3\n")).toMatchObject({ line: 3 });
    expect(parseError("lockfileVersion: '6.0'\n\npackages:\n\n  /a@1.0.0: text\n")).toMatchObject({
      line: 5,
      reason: expect.stringContaining('not a mapping'),
    });
    expect(parseError("lockfileVersion: '6.0'\n\npackages:\n\n  /a@1.0.0:\n    resolution: sha512-a\n")).toMatchObject({
      line: 5,
      reason: expect.stringContaining('resolution'),
    });
    expect(
      parseError(
        "lockfileVersion: '6.0'\n\npackages:\n\n  /a@1.0.0:\n    resolution: {integrity: x}\n    dependencies: [b]\n",
      ),
    ).toMatchObject({ line: 5, reason: expect.stringContaining('dependencies') });
    expect(parseError("lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies: nope\n")).toMatchObject({
      line: 5,
    });
    expect(parseError('- a\n- b\n')).toMatchObject({ line: 1, reason: expect.stringContaining('not a mapping') });
    expect(parseError("lockfileVersion: '9.0'\n---\njust text\n")).toMatchObject({
      line: 3,
      reason: expect.stringContaining('document 2'),
    });
  });

  it('bounds and cleans what it echoes', () => {
    const key = `/${'x'.repeat(500)}\u0007`;
    const error = parseError(
      `lockfileVersion: 5.4\n\npackages:\n\n  "${key.replace('\u0007', '\\a')}":\n    resolution: {integrity: x}\n`,
    );
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).not.toContain('\u0007');
  });

  it('ends every mutated lockfile in a Lockfile or a LockfileError', async () => {
    const samples = [V5, V6, V9];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: samples.length - 1 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('cut', 'flip', 'duplicate', 'splice'),
        async (which, a, b, mutation) => {
          const text = samples[which]!;
          const lines = text.split('\n');
          let mutated: string;
          if (mutation === 'cut') mutated = text.slice(0, a % text.length);
          else if (mutation === 'flip') {
            const at = a % text.length;
            mutated =
              text.slice(0, at) + String.fromCharCode((text.charCodeAt(at) + 1 + (b % 90)) % 127) + text.slice(at + 1);
          } else if (mutation === 'duplicate') {
            const at = a % lines.length;
            mutated = [...lines.slice(0, at + 1), lines[at], ...lines.slice(at + 1)].join('\n');
          } else {
            const from = a % lines.length;
            const to = b % lines.length;
            mutated = [...lines.slice(0, to), ...lines.slice(from, from + 3), ...lines.slice(to)].join('\n');
          }
          try {
            const result = await loadLockfile(FILE, mutated);
            for (const pkg of result.packages) {
              expect(pkg.name.length).toBeGreaterThan(0);
              // only a local folder may have no version
              if (pkg.source !== 'directory') expect(pkg.version.length).toBeGreaterThan(0);
              expect(pkg.line).toBeGreaterThan(0);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(LockfileError);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------
// Real fixtures

const pnpmCases = fixtureCases().filter(
  (c) => c.expected.format.base.startsWith('pnpm') && c.expected.format.head.startsWith('pnpm'),
);

describe('real fixtures', () => {
  it('covers every pnpm fixture case', () => {
    expect(pnpmCases.map((c) => c.name).sort()).toEqual([
      'large-pnpm9-novu',
      'pnpm-format-v6-to-v9-vue-core',
      'pnpm5.3-vue-core',
      'pnpm5.4-git-link-alias-pnpm',
      'pnpm6-vue-core',
      'pnpm9-changesets',
    ]);
  });

  describe.each(pnpmCases)('$name', ({ dir, expected }) => {
    const sides = ['base', 'head'] as const;
    const texts = sides.map((side) => readFileSync(path.join(dir, side, expected.lockfile[side]), 'utf8'));
    let parsed: Lockfile[] = [];
    beforeAll(async () => {
      parsed = await Promise.all(sides.map((side, i) => loadLockfile(expected.lockfile[side], texts[i]!)));
    });

    it('matches the expected set diff exactly', () => {
      // Both are sets; expected-changes.json lists them in its own order (by name, then version).
      const sorted = (list: string[]): string[] => [...list].sort();
      expect(setDiff(parsed[0]!, parsed[1]!)).toEqual({
        added: sorted(expected.set_diff.added),
        removed: sorted(expected.set_diff.removed),
      });
    });

    it.each(sides.map((side, i) => [side, i] as const))('%s: every package line mentions the package', (_side, i) => {
      const lines = texts[i]!.split('\n');
      const lockfile = parsed[i]!;
      expect(lockfile.packages.length).toBeGreaterThan(0);
      for (const pkg of lockfile.packages) {
        const text = lines[pkg.line - 1] ?? '';
        const mentions = [pkg.id, pkg.name, pkg.alias, pkg.source === 'link' ? pkg.resolved : undefined]
          .filter((s): s is string => typeof s === 'string')
          .some((s) => text.includes(s));
        if (!mentions) expect.fail(`line ${pkg.line} "${text}" does not mention ${pkg.id}`);
      }
    });

    it.each(sides.map((side, i) => [side, i] as const))(
      '%s: has the distinct name@version pairs @pnpm/lockfile-file reads',
      async (side, i) => {
        const oracle = await readWantedLockfile(path.join(dir, side), { ignoreIncompatible: false });
        expect(oracle).not.toBeNull();
        const v5 = String(oracle?.lockfileVersion).startsWith('5');
        const pairs = new Set(
          Object.entries(oracle?.packages ?? {}).map(([key, snapshot]) => oraclePair(key, snapshot, v5)),
        );
        expect([...versionSet(parsed[i]!)].sort()).toEqual([...pairs].sort());
      },
      30_000,
    );
  });
});

/**
 * name@version of a key of @pnpm/lockfile-file's in-memory `packages`: the entry's own
 * name/version fields when present (git/tarball/directory entries), else
 * @pnpm/dependency-path's `parse` (6.x and 9.x keys, which lockfile-file turns into
 * `name@version(peers)`). lockfile-file 9 keeps 5.x keys as `name/version_peers`, which
 * dependency-path 5 cannot parse; those are split here by the 5.x rule (last path
 * segment is the version with its `_peers` suffix dropped, the segments before it the name).
 */
function oraclePair(key: string, snapshot: { name?: string; version?: string }, v5: boolean): string {
  if (snapshot.name && snapshot.version) return `${snapshot.name}@${snapshot.version}`;
  if (!v5) {
    const parsed = dependencyPath.parse(key);
    return `${parsed.name ?? '?'}@${parsed.version ?? parsed.nonSemverVersion ?? '?'}`;
  }
  const segments = key.split('/');
  const version = (segments.pop() ?? '').split('_')[0];
  return `${segments.join('/')}@${version}`;
}

describe('lockfileVersion 5.4 with the key form of 6 (dependabot-core only_dev_dependencies)', () => {
  // What pnpm 7.33.7 writes for devDependencies { etag: ^1.0.0 } (`pnpm install --lockfile-only`), its key
  // then rewritten to 6's form: pnpm 7 `install --frozen-lockfile` refuses it ("Broken lockfile: no entry for
  // '/etag/1.8.1'", ERR_PNPM_LOCKFILE_MISSING_DEPENDENCY); dependabot's file (importer entries of 6's form too)
  // crashes pnpm 7 ("ref.startsWith is not a function"), and pnpm 8 and 9 refuse it with --frozen-lockfile.
  const written = [
    'lockfileVersion: 5.4',
    '',
    'specifiers:',
    '  etag: ^1.0.0',
    '',
    'devDependencies:',
    '  etag: 1.8.1',
    '',
    'packages:',
    '',
    '  /etag/1.8.1:',
    '    resolution: {integrity: sha512-aIL5Fx7mawVa300al2BnEE4iNvo1qETxLrPI/o05L7z6go7fCw1J6EQmbK4FmJ2AS7kgVF/KEZWufBfdClMcPg==}',
    "    engines: {node: '>= 0.6'}",
    '    dev: true',
    '',
  ].join('\n');

  it('reads the file pnpm 7 wrote', () => {
    expect(parsePnpm(FILE, written).packages.map((p) => `${p.name}@${p.version}`)).toEqual(['etag@1.8.1']);
  });

  it('refuses the key /etag@1.8.1, as pnpm 7 does, saying which form it is', () => {
    const text = written.replace('/etag/1.8.1:', '/etag@1.8.1:');
    let error: unknown;
    try {
      parsePnpm(FILE, text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockfileError);
    expect((error as LockfileError).line).toBe(11);
    expect((error as LockfileError).reason).toBe(
      'cannot read a name and version from package entry "/etag@1.8.1": that is lockfileVersion 6\'s key form, and this file\'s 5.x keys are /name/version, as pnpm 7 reads them; pnpm 7 refuses such a file, and pnpm 8 to 10 refuse a frozen install of any 5.x file',
    );
  });
});

// dependabot-core's empty_version and peer_disambiguation shapes, made small from what pnpm 7.33.7 wrote;
// test/fixtures/pnpm-refused/INSTALLED.txt records what pnpm 7, 8, 9 and 10 did with each: they refuse both.
describe('5.4 keys that read as no name@version, refused as pnpm refuses them (test/fixtures/pnpm-refused)', () => {
  const read = (name: string) =>
    readFileSync(path.join(FIXTURES, '..', 'pnpm-refused', name, 'pnpm-lock.yaml'), 'utf8');
  const refusal = (name: string): LockfileError => {
    try {
      parsePnpm(FILE, read(name));
    } catch (error) {
      if (error instanceof LockfileError) return error;
      throw error;
    }
    throw new Error(`${name} was read`);
  };

  it('reads the file pnpm 7 wrote, which pnpm 7 installs', () => {
    expect(parsePnpm(FILE, read('written')).packages.map((p) => `${p.name}@${p.version}`)).toEqual([
      'encoding@0.1.14',
      'iconv-lite@0.7.3',
      'is-stream@1.1.0',
      'node-fetch@1.7.3',
      'safer-buffer@2.1.2',
    ]);
  });

  it('refuses a key without a version (/encoding/), saying that pnpm does too', () => {
    const error = refusal('no-version-key');
    expect([error.line, error.reason]).toEqual([
      11,
      'cannot read a name and version from package entry "/encoding/": its key has no version, nor has the entry; pnpm 7 finds no entry for the version that depends on it, and pnpm 8 calls it an invalid dependency path',
    ]);
  });

  it("refuses 6's key form in a 5.4 file, saying that pnpm 7 to 10 refuse it", () => {
    const error = refusal('v6-keys');
    expect(error.line).toBe(13);
    expect(error.reason).toMatch(
      /^cannot read a name and version from package entry "\/encoding@0\.1\.14": that is lockfileVersion 6's key form.*pnpm 7 refuses such a file, and pnpm 8 to 10 refuse/,
    );
  });
});

// pnpm writes a registry package's tarball URL when it is not the one it derives from its registry config;
// test/fixtures/tools/pnpm10-tarball-url is what pnpm 10.34.9 writes (lockfile-include-tarball-url), and
// the feed below is microsoft/rushstack's Azure Artifacts form (common/config/subspaces/default/pnpm-lock.yaml).
describe('absolute tarball URLs in the registry form', () => {
  const TOOL = path.join(FIXTURES, '..', 'tools', 'pnpm10-tarball-url');
  const FEED = 'https://ms-feed-2.pkgs.visualstudio.com/1es-public/_packaging/npm-public/npm/registry';
  const v9 = (entries: [key: string, resolution: string, extra?: string][]) =>
    [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '  .:',
      '    dependencies: {}',
      '',
      'packages:',
      ...entries.flatMap(([key, resolution, extra]) => [
        '',
        `  '${key}':`,
        `    resolution: {integrity: sha512-AAAA, tarball: ${resolution}}`,
        ...(extra ? [`    ${extra}`] : []),
      ]),
      '',
    ].join('\n');

  it("reads the registry's URL of each entry as a registry package, with its URL and host (pnpm 10)", () => {
    const lockfile = parsePnpm(FILE, readFileSync(path.join(TOOL, 'head', 'pnpm-lock.yaml'), 'utf8'));
    // What pnpm lists as installed from it.
    const listed = JSON.parse(readFileSync(path.join(TOOL, 'head', 'listing.json'), 'utf8')) as string[];
    expect(lockfile.packages.map((p) => `${p.name}@${p.version}`).sort()).toEqual(listed);
    expect(lockfile.packages.map((p) => [p.name, p.version, p.source, p.host, p.url])).toEqual([
      [
        '@isaacs/string-locale-compare',
        '1.1.0',
        'registry',
        'registry.npmjs.org',
        'https://registry.npmjs.org/@isaacs/string-locale-compare/-/string-locale-compare-1.1.0.tgz',
      ],
      ['abbrev', '1.1.1', 'registry', 'registry.npmjs.org', 'https://registry.npmjs.org/abbrev/-/abbrev-1.1.1.tgz'],
      [
        'is-number',
        '7.0.0',
        'registry',
        'registry.npmjs.org',
        'https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz',
      ],
    ]);
  });

  it("reads another host's feed in the registry form as a registry package from that host", () => {
    const url = `${FEED}/@colors/colors/-/colors-1.5.0.tgz`;
    const lockfile = parsePnpm(
      FILE,
      v9([
        ['@colors/colors@1.5.0', url],
        ['left-pad@1.3.0', 'https://npm.corp.example/artifactory/api/npm/npm/left-pad/-/left-pad-1.3.0.tgz'],
        // Artifactory's scope without `@` (core/source.ts registryTarball reads it as @acme/widgets).
        ['@acme/widgets@2.0.0', 'https://npm.corp.example/artifactory/api/npm/npm/acme/widgets/-/widgets-2.0.0.tgz'],
      ]),
    );
    expect(byId(lockfile, '@colors/colors@1.5.0')).toMatchObject({
      source: 'registry',
      resolved: url,
      url,
      host: 'ms-feed-2.pkgs.visualstudio.com',
    });
    expect(byId(lockfile, 'left-pad@1.3.0')).toMatchObject({ source: 'registry', host: 'npm.corp.example' });
    expect(byId(lockfile, '@acme/widgets@2.0.0')).toMatchObject({ source: 'registry', host: 'npm.corp.example' });
  });

  it('keeps a URL naming another package or version a tarball, whatever its host', () => {
    const lockfile = parsePnpm(
      FILE,
      v9([
        ['lodash@4.17.21', 'https://registry.npmjs.org/lodash-es/-/lodash-es-4.17.21.tgz'],
        ['ms@2.1.3', 'https://registry.npmjs.org/ms/-/ms-2.1.2.tgz'],
        ['chalk@5.3.0', 'https://evil.example/chalk/-/chalk-5.3.0-evil.tgz'],
        ['debug@4.3.4', 'https://evil.example/debug/4.3.4/debug-4.3.4.tgz'],
      ]),
    );
    expect(lockfile.packages.map((p) => [p.id, p.source])).toEqual([
      ['lodash@4.17.21', 'tarball'],
      ['ms@2.1.3', 'tarball'],
      ['chalk@5.3.0', 'tarball'],
      ['debug@4.3.4', 'tarball'],
    ]);
  });

  it('keeps what package.json asks for by URL a tarball: its key names the URL (pnpm 10 and 8)', () => {
    // pnpm 10.34.9 and 8.15.9 for `"ms": "https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz"`.
    const url = 'https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz';
    const pnpm10 = parsePnpm(FILE, v9([[`ms@${url}`, url, 'version: 2.1.3']]));
    expect(byId(pnpm10, `ms@${url}`)).toMatchObject({ name: 'ms', version: '2.1.3', source: 'tarball' });
    const pnpm8 = parsePnpm(
      FILE,
      [
        "lockfileVersion: '6.0'",
        '',
        'dependencies:',
        '  ms:',
        `    specifier: ${url}`,
        `    version: '@registry.yarnpkg.com/ms/-/ms-2.1.3.tgz'`,
        '',
        'packages:',
        '',
        `  '@registry.yarnpkg.com/ms/-/ms-2.1.3.tgz':`,
        `    resolution: {tarball: ${url}}`,
        '    name: ms',
        '    version: 2.1.3',
        '    dev: false',
        '',
      ].join('\n'),
    );
    expect(byId(pnpm8, '@registry.yarnpkg.com/ms/-/ms-2.1.3.tgz')).toMatchObject({
      name: 'ms',
      version: '2.1.3',
      source: 'tarball',
    });
  });

  it('reads the registry form under 5.x and 6.x dependency paths too', () => {
    const entry = (key: string, url: string) => [
      `  ${key}:`,
      `    resolution: {integrity: sha512-AAAA, tarball: ${url}}`,
      '',
    ];
    for (const [lockfileVersion, key] of [
      ["'6.0'", '/left-pad@1.3.0'],
      ['5.4', '/left-pad/1.3.0'],
    ] as const) {
      const text = [
        `lockfileVersion: ${lockfileVersion}`,
        '',
        'packages:',
        '',
        ...entry(key, `${FEED}/left-pad/-/left-pad-1.3.0.tgz`),
      ];
      expect(byId(parsePnpm(FILE, text.join('\n')), key)).toMatchObject({
        source: 'registry',
        host: 'ms-feed-2.pkgs.visualstudio.com',
      });
    }
  });
});
