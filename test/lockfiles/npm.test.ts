import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DependencyGraph } from '../../src/findings/graph.js';
import { edgesOf } from '../../src/lockfiles/formats.js';
import { isOwnCode, type Importer, type LockedPackage, type Lockfile } from '../../src/core/model.js';
import { LockfileError } from '../../src/core/errors.js';
import { loadLockfile } from '../../src/lockfiles/index.js';
import { parseNpm } from '../../src/lockfiles/npm.js';
import { isPublicTarballOf } from '../../src/lockfiles/npm-tree.js';
import { FIXTURES, fixtureCases, setDiff, thrown, withEdges } from '../helpers.js';

/** 1-based line of the first line of `text` containing `needle`, found independently of the parser. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`test bug: ${needle} not in text`);
  return index + 1;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function byId(lockfile: Lockfile, id: string): LockedPackage {
  const pkg = lockfile.packages.find((p) => p.id === id);
  if (!pkg) throw new Error(`no package ${id}; have ${lockfile.packages.map((p) => p.id).join(', ')}`);
  return pkg;
}

const errorOf = (text: string, file = 'package-lock.json') => thrown(LockfileError, () => parseNpm(file, text));

const REG = 'https://registry.npmjs.org';

function v3(packages: Record<string, unknown>, version: unknown = 3): string {
  return json({ name: 'app', version: '1.0.0', lockfileVersion: version, requires: true, packages });
}

describe('npm lockfileVersion 2/3', () => {
  it('reads one registry package with its line, integrity and flags', () => {
    const text = v3({
      '': { name: 'app', version: '1.0.0', dependencies: { lodash: '^4.17.0' } },
      'node_modules/lodash': {
        version: '4.17.21',
        resolved: `${REG}/lodash/-/lodash-4.17.21.tgz`,
        integrity: 'sha512-abc',
        hasInstallScript: true,
      },
    });
    const lock = withEdges(parseNpm('package-lock.json', text));
    expect(lock.format).toBe('npm');
    expect(lock.formatVersion).toBe('3');
    expect(lock.packages).toHaveLength(1);
    expect(lock.packages[0]).toMatchObject({
      id: 'node_modules/lodash',
      name: 'lodash',
      version: '4.17.21',
      source: 'registry',
      resolved: `${REG}/lodash/-/lodash-4.17.21.tgz`,
      integrity: 'sha512-abc',
      hasInstallScript: true,
      line: lineOf(text, '"node_modules/lodash"'),
    });
    expect(lock.packages[0]?.alias).toBeUndefined();
    expect(lock.packages[0]?.dev).toBeUndefined();
    expect(lock.importers).toEqual([{ path: 'package.json', deps: ['node_modules/lodash'] }]);
  });

  it('reads scoped names, dev / optional / devOptional flags', () => {
    const text = v3({
      '': { devDependencies: { '@types/node': '^20' } },
      'node_modules/@types/node': { version: '20.1.0', resolved: `${REG}/@types/node/-/node-20.1.0.tgz`, dev: true },
      'node_modules/fsevents': { version: '2.3.3', optional: true },
      'node_modules/both': { version: '1.0.0', devOptional: true },
    });
    const lock = withEdges(parseNpm('package-lock.json', text));
    expect(byId(lock, 'node_modules/@types/node')).toMatchObject({ name: '@types/node', version: '20.1.0', dev: true });
    // No `resolved` and a semver version: a registry package (npm omits it for bundled ones).
    expect(byId(lock, 'node_modules/fsevents')).toMatchObject({
      source: 'registry',
      optional: true,
      hasInstallScript: false,
    });
    expect(byId(lock, 'node_modules/both').optional).toBe(true);
    expect(lock.importers[0]?.deps).toEqual(['node_modules/@types/node']);
  });

  it('reads an alias: the name field is the real name, the key is the alias', () => {
    const text = v3({
      '': { dependencies: { 'string-width-cjs': 'npm:string-width@^4.2.0' } },
      'node_modules/string-width-cjs': {
        name: 'string-width',
        version: '4.2.3',
        resolved: `${REG}/string-width/-/string-width-4.2.3.tgz`,
      },
    });
    const pkg = byId(parseNpm('package-lock.json', text), 'node_modules/string-width-cjs');
    expect(pkg).toMatchObject({
      name: 'string-width',
      alias: 'string-width-cjs',
      version: '4.2.3',
      source: 'registry',
    });
  });

  it('keeps git, tarball and file sources', () => {
    const text = v3({
      'node_modules/from-git': { version: '1.0.0', resolved: 'git+ssh://git@github.com/o/from-git.git#0123abcd' },
      'node_modules/from-url': { version: '2.0.0', resolved: 'https://example.com/downloads/from-url.tgz' },
      'node_modules/from-file': { version: '3.0.0', resolved: 'file:vendor/from-file-3.0.0.tgz' },
      'node_modules/private-reg': {
        version: '4.0.0',
        resolved: 'https://npm.corp.example/artifactory/api/npm/npm/private-reg/-/private-reg-4.0.0.tgz',
      },
    });
    const lock = parseNpm('package-lock.json', text);
    expect(byId(lock, 'node_modules/from-git').source).toBe('git');
    expect(byId(lock, 'node_modules/from-url').source).toBe('tarball');
    // A `file:` tarball is installed from the repository's bytes, never downloaded.
    expect(byId(lock, 'node_modules/from-file')).toMatchObject({ source: 'file' });
    expect(byId(lock, 'node_modules/from-file').url).toBeUndefined();
    expect(byId(lock, 'node_modules/private-reg').source).toBe('registry');
  });

  it('reads a workspace monorepo: workspaces, links, nested installs, importers and deps', () => {
    const text = v3({
      '': { name: 'mono', workspaces: ['packages/*'], devDependencies: { typescript: '^5' } },
      'node_modules/a': { resolved: 'packages/a', link: true },
      'node_modules/debug': {
        version: '4.3.4',
        resolved: `${REG}/debug/-/debug-4.3.4.tgz`,
        dependencies: { ms: '2.1.2' },
      },
      'node_modules/ms': { version: '2.1.2', resolved: `${REG}/ms/-/ms-2.1.2.tgz` },
      'node_modules/typescript': { version: '5.4.0', resolved: `${REG}/typescript/-/typescript-5.4.0.tgz`, dev: true },
      'packages/a': { version: '0.1.0', dependencies: { debug: '^4', ms: '^3' } },
      'packages/a/node_modules/ms': { version: '3.0.0', resolved: `${REG}/ms/-/ms-3.0.0.tgz` },
      'packages/b': { name: '@mono/b', version: '0.2.0', dependencies: { a: '*' } },
    });
    const lock = withEdges(parseNpm('package-lock.json', text));
    expect(byId(lock, 'packages/a')).toMatchObject({ name: 'a', version: '0.1.0', source: 'workspace' });
    expect(byId(lock, 'packages/b')).toMatchObject({ name: '@mono/b', source: 'workspace' });
    expect(byId(lock, 'node_modules/a')).toMatchObject({
      name: 'a',
      version: '0.1.0',
      source: 'link',
      resolved: 'packages/a',
    });
    // The workspace's own copy of ms is a real installed package.
    expect(byId(lock, 'packages/a/node_modules/ms')).toMatchObject({
      name: 'ms',
      version: '3.0.0',
      source: 'registry',
    });
    // Resolution walks up from the workspace folder: its own ms first, then the root's debug.
    expect(byId(lock, 'packages/a').deps).toEqual(['node_modules/debug', 'packages/a/node_modules/ms']);
    expect(byId(lock, 'node_modules/debug').deps).toEqual(['node_modules/ms']);
    expect(byId(lock, 'node_modules/a').deps).toEqual(['packages/a']);
    expect(byId(lock, 'packages/b').deps).toEqual(['node_modules/a']);
    expect(lock.importers).toEqual([
      { path: 'package.json', deps: ['node_modules/typescript'] },
      { path: 'packages/a/package.json', deps: ['node_modules/debug', 'packages/a/node_modules/ms'] },
      { path: 'packages/b/package.json', deps: ['node_modules/a'] },
    ]);
    expect(byId(lock, 'packages/b').line).toBe(lineOf(text, '"packages/b"'));
  });

  it('resolves duplicate versions of one name by the nearest node_modules', () => {
    const text = v3({
      '': { dependencies: { a: '1', b: '1' } },
      'node_modules/a': { version: '1.0.0', dependencies: { semver: '^7' } },
      'node_modules/b': { version: '1.0.0', dependencies: { semver: '^5', missing: '^1' } },
      'node_modules/b/node_modules/semver': { version: '5.7.2' },
      'node_modules/semver': { version: '7.6.0' },
    });
    const lock = withEdges(parseNpm('package-lock.json', text));
    const semvers = lock.packages.filter((p) => p.name === 'semver').map((p) => p.version);
    expect(semvers.sort()).toEqual(['5.7.2', '7.6.0']);
    expect(byId(lock, 'node_modules/a').deps).toEqual(['node_modules/semver']);
    // An unresolvable dependency is left out, never invented.
    expect(byId(lock, 'node_modules/b').deps).toEqual(['node_modules/b/node_modules/semver']);
    expect(byId(lock, 'node_modules/b/node_modules/semver').line).toBe(
      lineOf(text, '"node_modules/b/node_modules/semver"'),
    );
  });

  it('reads v2 from packages, whose legacy dependencies copy agrees', () => {
    const text = json({
      lockfileVersion: 2,
      packages: { '': {}, 'node_modules/x': { version: '1.0.0' } },
      dependencies: { x: { version: '1.0.0' } },
    });
    const lock = parseNpm('package-lock.json', text);
    expect(lock.formatVersion).toBe('2');
    expect(lock.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['x@1.0.0']);
    expect(lock.packages[0]?.line).toBe(lineOf(text, '"node_modules/x"'));
  });

  it('legacy-half attack: reads a v2 file whose legacy tree (what npm 6 installs) names another version, and keeps that version', () => {
    const text = json({
      lockfileVersion: 2,
      packages: { '': {}, 'node_modules/postmark-mcp': { version: '1.0.15' } },
      dependencies: { 'postmark-mcp': { version: '1.0.16' } },
    });
    const lock = parseNpm('package-lock.json', text);
    // Changes follow `packages` (npm 7+); the legacy-only version is kept, marked, and noted.
    expect(lock.packages.map((p) => [p.id, `${p.name}@${p.version}`, p.legacy ?? false])).toEqual([
      ['node_modules/postmark-mcp', 'postmark-mcp@1.0.15', false],
      ['legacy:node_modules/postmark-mcp', 'postmark-mcp@1.0.16', true],
    ]);
    expect(lock.notes).toEqual([
      {
        line: lineOf(text, '"postmark-mcp": {'),
        message: expect.stringMatching(
          /legacy "dependencies" tree, which npm 6 installs, locks "postmark-mcp@1.0.16" .* "postmark-mcp@1.0.15" in "packages"/,
        ),
      },
    ]);
    const extra = json({
      lockfileVersion: 2,
      packages: { '': {}, 'node_modules/x': { version: '1.0.0' } },
      dependencies: { x: { version: '1.0.0' }, evil: { version: '1.0.0' } },
    });
    const withEvil = parseNpm('package-lock.json', extra);
    expect(withEvil.packages.filter((p) => p.legacy).map((p) => `${p.name}@${p.version}`)).toEqual(['evil@1.0.0']);
    expect(withEvil.notes?.[0]?.message).toMatch(/"node_modules\/evil", which is not in "packages"/);
  });

  // npm/cli's arborist external-link fixture (npm 7, v2): link targets outside the project, one inside
  // another folder's node_modules, mirrored in the legacy half as names `../a`. npm 11 `npm ci` links j
  // and o and writes nothing outside the project (measured; see also test/fixtures/tools/npm11-external-link).
  // The scan only counts the legacy tree's keys when `packages` comes first (as npm writes it);
  // lines and duplicates are then found by a second scan, with the same results.
  it('names the line of a nested legacy entry that differs, and refuses a key written twice in a nested legacy map', () => {
    const text = json({
      lockfileVersion: 2,
      packages: {
        '': {},
        'node_modules/x': { version: '1.0.0' },
        'node_modules/x/node_modules/y': { version: '2.0.0' },
      },
      dependencies: { x: { version: '1.0.0', dependencies: { y: { version: '2.0.1' } } } },
    });
    const lock = parseNpm('package-lock.json', text);
    expect(lock.packages.filter((p) => p.legacy).map((p) => [p.id, p.line])).toEqual([
      ['legacy:node_modules/x/node_modules/y', lineOf(text, '"y": {')],
    ]);
    expect(lock.notes?.map((n) => n.line)).toEqual([lineOf(text, '"y": {')]);

    const twice = [
      '{',
      '  "lockfileVersion": 2,',
      '  "packages": { "": {}, "node_modules/x": { "version": "1.0.0" } },',
      '  "dependencies": {',
      '    "x": { "version": "1.0.0", "dependencies": {',
      '      "y": { "version": "2.0.0" },',
      '      "y": { "version": "2.0.0" } } }',
      '  }',
      '}',
    ].join('\n');
    expect(errorOf(twice)).toMatchObject({
      line: 7,
      reason: expect.stringMatching(
        /^the legacy "dependencies" tree \(read by npm 6\): the key "y" appears twice .*first on line 6/,
      ),
    });
    // An entry's own "dependencies" written twice is not a duplicate in a tree map: the last counts, as before.
    const nestedTwice = twice.replace(
      '"dependencies": {\n      "y": { "version": "2.0.0" },\n',
      '"dependencies": { "z": { "version": "1.0.0" } }, "dependencies": {\n',
    );
    expect(
      parseNpm('package-lock.json', nestedTwice)
        .packages.filter((p) => p.legacy)
        .map((p) => p.id),
    ).toEqual(['legacy:node_modules/x/node_modules/y']);
  });

  it('reads the lines of a v1 tree written after a "packages" key', () => {
    const text = json({ lockfileVersion: 1, packages: {}, dependencies: { x: { version: '1.0.0' } } });
    expect(parseNpm('package-lock.json', text).packages.map((p) => [p.id, p.line])).toEqual([
      ['node_modules/x', lineOf(text, '"x": {')],
    ]);
  });

  it('reads v2 keys of folders outside the project as own code, and their legacy mirror without notes', () => {
    const text = json({
      lockfileVersion: 2,
      packages: {
        '': { dependencies: { j: 'file:../i/j', o: 'file:../m/node_modules/n/o' } },
        '../i': {},
        '../i/j': { version: '1.0.0', dependencies: { k: '' } },
        '../i/node_modules/k': { version: '1.0.0' },
        '../m/node_modules/n/o': { version: '1.0.0' },
        'node_modules/j': { resolved: '../i/j', link: true },
        'node_modules/o': { resolved: '../m/node_modules/n/o', link: true },
      },
      dependencies: {
        '../i': { dependencies: { k: { version: '1.0.0' }, 'postmark-mcp': { version: '1.0.16' } } },
        j: { version: 'file:../i/j' },
        o: { version: 'file:../m/node_modules/n/o' },
      },
    });
    const lock = parseNpm('package-lock.json', text);
    const own = lock.packages.filter((p) => !p.legacy);
    expect(own.map((p) => [p.id, p.name, p.source])).toEqual([
      ['../i', 'i', 'workspace'],
      ['../i/j', 'j', 'workspace'],
      ['../i/node_modules/k', 'k', 'workspace'],
      ['../m/node_modules/n/o', 'o', 'workspace'],
      ['node_modules/j', 'j', 'link'],
      ['node_modules/o', 'o', 'link'],
    ]);
    expect(lock.notes ?? []).toEqual([]);
    // What the legacy mirror names is still checked against the advisories.
    expect(lock.packages.filter((p) => p.legacy).map((p) => `${p.name}@${p.version}`)).toContain('postmark-mcp@1.0.16');
  });

  // npm/cli's arborist "pnpm" fixture (v2): a node_modules pnpm laid out, read by npm. npm 10.9.9 and 11.19.1
  // `npm ci` accept it and fetch a, b, c and @scope/x by the names after the last node_modules/ of their keys;
  // the store folders (`node_modules/.pnpm/registry.npmjs.org/a/1.0.0`) are folders npm fetches nothing for
  // (see test/fixtures/tools/npm11-pnpm-layout/NOTES.md). Refused before: "cannot read a package name".
  it('reads keys inside a pnpm store: the packages by their last node_modules/ name, the store folders as own code', () => {
    const store = (name: string) => `node_modules/.pnpm/registry.npmjs.org/${name}/1.0.0`;
    const text = json({
      lockfileVersion: 2,
      packages: {
        '': { name: 'pnpm-root', dependencies: { a: '', '@scope/x': '' } },
        [store('@scope/x')]: {},
        [`${store('@scope/x')}/node_modules/@scope/x`]: { version: '1.0.0', dependencies: { a: '' } },
        [`${store('@scope/x')}/node_modules/a`]: { resolved: `${store('a')}/node_modules/a`, link: true },
        [store('a')]: {},
        [`${store('a')}/node_modules/a`]: { version: '1.0.0' },
        'node_modules/@scope/x': { resolved: `${store('@scope/x')}/node_modules/@scope/x`, link: true },
        'node_modules/a': { resolved: `${store('a')}/node_modules/a`, link: true },
      },
      dependencies: {
        '.pnpm/registry.npmjs.org/@scope/x/1.0.0': {
          dependencies: {
            '@scope/x': { version: '1.0.0', requires: { a: '' } },
            a: { version: `file:${store('a')}/node_modules/a` },
          },
        },
        '.pnpm/registry.npmjs.org/a/1.0.0': { dependencies: { a: { version: '1.0.0' } } },
        '@scope/x': { version: `file:${store('@scope/x')}/node_modules/@scope/x` },
        a: { version: `file:${store('a')}/node_modules/a` },
      },
    });
    const lock = withEdges(parseNpm('package-lock.json', text));
    const installed = lock.packages.filter((p) => p.source === 'registry');
    expect(installed.map((p) => [p.id, `${p.name}@${p.version}`, p.legacy])).toEqual([
      [`${store('@scope/x')}/node_modules/@scope/x`, '@scope/x@1.0.0', undefined],
      [`${store('a')}/node_modules/a`, 'a@1.0.0', undefined],
    ]);
    expect(lock.packages.filter((p) => p.source === 'workspace').map((p) => [p.id, p.name, isOwnCode(p)])).toEqual([
      [store('@scope/x'), '1.0.0', true],
      [store('a'), '1.0.0', true],
    ]);
    // The legacy half agrees: its store folders hold nothing to install, so no note.
    expect(lock.notes ?? []).toEqual([]);
    // @scope/x wants a: its store folder's link, which points at a's store entry.
    expect(installed[0]!.deps).toEqual([`${store('@scope/x')}/node_modules/a`]);
  });

  // npm 11.19.1 `npm ci` fetches nothing for `node_modules/.pnpm/foo` or `node_modules/is-odd/x`, each with a
  // version and a registry `resolved`: arborist installs only at `<folder>/node_modules/<name>`.
  it('reads a key under node_modules that is no install path as a folder of the project, as npm does', () => {
    const text = v3({
      '': {},
      'node_modules/is-odd/x': { version: '6.0.0', resolved: `${REG}/is-number/-/is-number-6.0.0.tgz` },
    });
    const [folder] = parseNpm('package-lock.json', text).packages;
    expect([folder!.name, folder!.source, isOwnCode(folder!)]).toEqual(['x', 'workspace', true]);
  });

  it('maps the legacy tree under npm 7/8\'s "file:" self-reference (an empty link target) to the root', () => {
    const text = json({
      lockfileVersion: 2,
      packages: {
        '': { name: 'app' },
        'node_modules/app': { resolved: '', link: true },
        'node_modules/x': { version: '1.0.0' },
      },
      dependencies: { app: { version: 'file:', dependencies: { x: { version: '1.0.0' } } } },
    });
    const lock = parseNpm('package-lock.json', text);
    expect(lock.packages.filter((p) => p.legacy)).toEqual([]);
    expect(lock.notes).toBeUndefined();
  });

  it('reads a v2 file without packages like v1', () => {
    const text = json({ lockfileVersion: 2, dependencies: { x: { version: '1.0.0' } } });
    const lock = parseNpm('package-lock.json', text);
    expect(lock.formatVersion).toBe('2');
    expect(lock.packages.map((p) => p.id)).toEqual(['node_modules/x']);
  });

  it('gives zero packages and no error for a project without dependencies', () => {
    const lock = withEdges(parseNpm('package-lock.json', v3({ '': { name: 'app', version: '1.0.0' } })));
    expect(lock.packages).toEqual([]);
    expect(lock.importers).toEqual([{ path: 'package.json', deps: [] }]);
  });

  it('reads npm-shrinkwrap.json through loadLockfile', async () => {
    const text = v3({ 'node_modules/x': { version: '1.0.0' } });
    expect((await loadLockfile('npm-shrinkwrap.json', text)).packages).toHaveLength(1);
  });
});

describe('npm lockfileVersion 1', () => {
  it('reads an npm 4 shrinkwrap without "lockfileVersion" as version 1, as npm 7+ does, with a note', () => {
    // The shape of yarnpkg/yarn __tests__/fixtures/.../npm-shrinkwrap.json (npm 3/4 output: "from" and "resolved").
    const old = json({
      name: 'deep',
      version: '1.0.0',
      dependencies: {
        commander: {
          version: '2.9.0',
          from: 'commander@>=2.9.0 <3.0.0',
          resolved: 'https://registry.npmjs.org/commander/-/commander-2.9.0.tgz',
          dependencies: {
            'graceful-readlink': {
              version: '1.0.1',
              from: 'graceful-readlink@>=1.0.0',
              resolved: 'https://registry.npmjs.org/graceful-readlink/-/graceful-readlink-1.0.1.tgz',
            },
          },
        },
      },
    });
    const lock = parseNpm('npm-shrinkwrap.json', old);
    expect(lock.formatVersion).toBe('1');
    expect(lock.packages.map((p) => [p.id, `${p.name}@${p.version}`, p.source])).toEqual([
      ['node_modules/commander', 'commander@2.9.0', 'registry'],
      ['node_modules/commander/node_modules/graceful-readlink', 'graceful-readlink@1.0.1', 'registry'],
    ]);
    expect(lock.notes).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/no "lockfileVersion"/) }),
    ]);
  });

  const text = json({
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 1,
    requires: true,
    dependencies: {
      '@scope/tool': {
        version: '2.0.0',
        resolved: `${REG}/@scope/tool/-/tool-2.0.0.tgz`,
        integrity: 'sha512-tool',
        dev: true,
        requires: { debug: '^2', ms: '^2' },
        dependencies: {
          debug: {
            version: '2.6.9',
            resolved: `${REG}/debug/-/debug-2.6.9.tgz`,
            dev: true,
            requires: { ms: '2.0.0' },
            dependencies: { ms: { version: '2.0.0', dev: true } },
          },
        },
      },
      debug: { version: '4.3.4', requires: { ms: '2.1.2' } },
      ms: { version: '2.1.2' },
      'string-width-cjs': { version: 'npm:string-width@4.2.3' },
      gitdep: { version: 'github:owner/gitdep#abcdef0', from: 'github:owner/gitdep' },
      local: { version: 'file:packages/local' },
      packed: { version: 'file:vendor/packed-1.0.0.tgz' },
      fsevents: { version: '1.2.13', optional: true },
    },
  });

  it('walks the nested tree with install-path ids and lines', () => {
    const lock = parseNpm('package-lock.json', text);
    expect(lock.formatVersion).toBe('1');
    expect(lock.packages.map((p) => p.id)).toEqual([
      'node_modules/@scope/tool',
      'node_modules/@scope/tool/node_modules/debug',
      'node_modules/@scope/tool/node_modules/debug/node_modules/ms',
      'node_modules/debug',
      'node_modules/ms',
      'node_modules/string-width-cjs',
      'node_modules/gitdep',
      'node_modules/local',
      'node_modules/packed',
      'node_modules/fsevents',
    ]);
    const lines = text.split('\n');
    // The nested debug is on the first '"debug": {' line, the top-level one on the second.
    const debugLines = lines.flatMap((l, i) => (l.includes('"debug": {') ? [i + 1] : []));
    expect(byId(lock, 'node_modules/@scope/tool/node_modules/debug').line).toBe(debugLines[0]);
    expect(byId(lock, 'node_modules/debug').line).toBe(debugLines[1]);
    expect(byId(lock, 'node_modules/fsevents').line).toBe(lineOf(text, '"fsevents": {'));
    for (const pkg of lock.packages) {
      expect(lines[pkg.line - 1]).toContain(`"${pkg.alias ?? pkg.id.slice(pkg.id.lastIndexOf('node_modules/') + 13)}"`);
    }
  });

  it('reads versions, aliases, git, file links, file tarballs and flags', () => {
    const lock = parseNpm('package-lock.json', text);
    expect(byId(lock, 'node_modules/@scope/tool')).toMatchObject({
      name: '@scope/tool',
      version: '2.0.0',
      source: 'registry',
      integrity: 'sha512-tool',
      dev: true,
    });
    expect(byId(lock, 'node_modules/string-width-cjs')).toMatchObject({
      name: 'string-width',
      alias: 'string-width-cjs',
      version: '4.2.3',
      source: 'registry',
    });
    expect(byId(lock, 'node_modules/gitdep')).toMatchObject({ name: 'gitdep', source: 'git' });
    expect(byId(lock, 'node_modules/local')).toMatchObject({ source: 'link', resolved: 'file:packages/local' });
    expect(byId(lock, 'node_modules/packed').source).toBe('tarball');
    expect(byId(lock, 'node_modules/fsevents').optional).toBe(true);
    expect(byId(lock, 'node_modules/ms').hasInstallScript).toBeUndefined();
  });

  it('resolves requires by walking up, and takes root deps as the entries nobody requires', () => {
    const lock = withEdges(parseNpm('package-lock.json', text));
    expect(byId(lock, 'node_modules/@scope/tool').deps).toEqual([
      'node_modules/@scope/tool/node_modules/debug',
      'node_modules/ms',
    ]);
    expect(byId(lock, 'node_modules/@scope/tool/node_modules/debug').deps).toEqual([
      'node_modules/@scope/tool/node_modules/debug/node_modules/ms',
    ]);
    expect(byId(lock, 'node_modules/debug').deps).toEqual(['node_modules/ms']);
    expect(lock.importers).toEqual([
      {
        path: 'package.json',
        deps: [
          'node_modules/@scope/tool',
          'node_modules/debug',
          'node_modules/string-width-cjs',
          'node_modules/gitdep',
          'node_modules/local',
          'node_modules/packed',
          'node_modules/fsevents',
        ],
      },
    ]);
  });

  it('adds a top-level cycle nobody else reaches to the root deps', () => {
    const cyclic = json({
      lockfileVersion: 1,
      dependencies: { a: { version: '1.0.0', requires: { b: '1' } }, b: { version: '1.0.0', requires: { a: '1' } } },
    });
    expect(withEdges(parseNpm('package-lock.json', cyclic)).importers[0]?.deps).toEqual(['node_modules/a']);
  });

  it('gives zero packages for a v1 file without dependencies', () => {
    const lock = parseNpm('package-lock.json', json({ name: 'x', lockfileVersion: 1, requires: true }));
    expect(lock.packages).toEqual([]);
  });
});

describe('npm bad input', () => {
  it('names the line of a truncated file', () => {
    const full = v3({ '': {}, 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0' } });
    const cut = full.slice(0, full.indexOf('"node_modules/b"') + 10);
    const error = errorOf(cut);
    expect(error.line).toBe(lineOf(full, '"node_modules/b"'));
    expect(error.reason).toMatch(/truncated/);
  });

  it('names the line of a syntax error in the middle', () => {
    const full = v3({ '': {}, 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0' } });
    const broken = full.replace('"version": "1.0.0"', '"version": 1.0.0.0');
    const error = errorOf(broken);
    expect(error.line).toBe(lineOf(broken, '1.0.0.0'));
    expect(error.reason).toMatch(/invalid JSON/);
  });

  it('rejects an unknown lockfileVersion on its line', () => {
    for (const version of [4, 'abc', '3', null]) {
      const text = v3({ 'node_modules/a': { version: '1.0.0' } }, version);
      const error = errorOf(text);
      expect(error.line).toBe(lineOf(text, '"lockfileVersion"'));
      expect(error.reason).toMatch(/unknown lockfileVersion/);
    }
  });

  it('rejects a document without lockfileVersion, or not an object', () => {
    expect(errorOf(json({ name: 'x', packages: {} })).reason).toMatch(/no "lockfileVersion"/);
    expect(errorOf(json({ name: 'x', version: '1.0.0' })).reason).toMatch(/no "lockfileVersion"/);
    expect(errorOf('[1, 2]\n').reason).toMatch(/an array/);
  });

  it('keeps an entry without a version, by its source, with a note (npm writes them for git deps and extraneous packages)', () => {
    const text = v3({
      'node_modules/a': { version: '1.0.0' },
      'node_modules/b': { resolved: `${REG}/b/-/b-1.0.0.tgz` },
      'node_modules/g': { resolved: 'git+ssh://git@github.com/o/g.git#0123456789abcdef0123456789abcdef01234567' },
      'node_modules/e': {},
    });
    const lock = parseNpm('package-lock.json', text);
    // A registry tarball URL names the version it installs.
    expect(byId(lock, 'node_modules/b')).toMatchObject({ version: '1.0.0', source: 'registry' });
    expect(byId(lock, 'node_modules/g')).toMatchObject({
      version: '',
      source: 'git',
      line: lineOf(text, '"node_modules/g"'),
    });
    expect(byId(lock, 'node_modules/e')).toMatchObject({ version: '' });
    expect(lock.notes).toEqual([
      {
        line: lineOf(text, '"node_modules/g"'),
        message: expect.stringMatching(/entry "node_modules\/g" has no "version"/),
      },
      {
        line: lineOf(text, '"node_modules/e"'),
        message: expect.stringMatching(/"node_modules\/e" has no "version" and no "resolved"/),
      },
    ]);
    const v1 = json({ lockfileVersion: 1, dependencies: { a: { version: '1.0.0' }, b: { integrity: 'x' } } });
    const lock1 = parseNpm('package-lock.json', v1);
    expect(byId(lock1, 'node_modules/b')).toMatchObject({ version: '', line: lineOf(v1, '"b": {') });
    expect(lock1.notes).toHaveLength(1);
  });

  it('rejects wrong-typed structures on their line', () => {
    const stringMap = json({ lockfileVersion: 3, packages: 'node_modules/a' });
    expect(errorOf(stringMap).line).toBe(lineOf(stringMap, '"packages"'));
    expect(errorOf(stringMap).reason).toMatch(/"packages" is a string/);

    const entry = v3({ 'node_modules/a': ['1.0.0'] });
    expect(errorOf(entry).line).toBe(lineOf(entry, '"node_modules/a"'));
    expect(errorOf(entry).reason).toMatch(/is an array, expected an object/);

    const version = v3({ 'node_modules/a': { version: 100 } });
    expect(errorOf(version).reason).toMatch(/"version" of entry "node_modules\/a" is a number/);

    const deps = v3({ 'node_modules/a': { version: '1.0.0', dependencies: 'b' } });
    expect(errorOf(deps).line).toBe(lineOf(deps, '"node_modules/a"'));
    expect(errorOf(deps).reason).toMatch(/"dependencies" of entry/);

    const v1Tree = json({ lockfileVersion: 1, dependencies: [] });
    expect(errorOf(v1Tree).line).toBe(lineOf(v1Tree, '"dependencies"'));

    const requires = json({ lockfileVersion: 1, dependencies: { a: { version: '1.0.0', requires: ['b'] } } });
    expect(errorOf(requires).reason).toMatch(/"requires" of entry "node_modules\/a" is an array/);

    expect(errorOf(json({ lockfileVersion: 3 })).reason).toMatch(/must have a "packages" map/);
  });

  it('reads a v2 file whose packages map is empty while its legacy tree is not: the legacy versions are kept', () => {
    const text = json({ lockfileVersion: 2, packages: { '': {} }, dependencies: { x: { version: '1.0.0' } } });
    const lock = parseNpm('package-lock.json', text);
    expect(lock.packages.map((p) => [`${p.name}@${p.version}`, p.legacy])).toEqual([['x@1.0.0', true]]);
  });

  it('rejects keys and versions it cannot read', () => {
    const alias = json({ lockfileVersion: 1, dependencies: { a: { version: 'npm:broken' } } });
    expect(errorOf(alias).reason).toMatch(/not npm:name@version/);
    const weird = json({ lockfileVersion: 1, dependencies: { a: { version: 'latest' } } });
    expect(errorOf(weird).reason).toMatch(/neither a version nor a source/);
  });

  it('bounds and escapes lockfile text echoed in errors', () => {
    const text = v3({}, `${'\u001b[31m'.repeat(50)}x`);
    const error = errorOf(text);
    expect(error.message).not.toContain('\u001b');
    expect(error.message.length).toBeLessThan(200);
  });

  it('ends every mutated lockfile in a Lockfile or a LockfileError', () => {
    const base = readFileSync(
      path.join(
        fixtureCases().find((c) => c.name === 'npm-v3-workspaces-lockfile-lint')!.dir,
        'head',
        'package-lock.json',
      ),
      'utf8',
    ).slice(0, 6000);
    const lines = base.split('\n');
    fc.assert(
      fc.property(
        fc.nat(lines.length - 1),
        fc.nat(lines.length - 1),
        fc.nat(base.length - 1),
        fc.integer({ min: 0, max: 3 }),
        (a, b, at, kind) => {
          let text: string;
          if (kind === 0) text = base.slice(0, at);
          else if (kind === 1) text = [...lines.slice(0, a), lines[b]!, ...lines.slice(a)].join('\n');
          else if (kind === 2) text = [...lines.slice(0, Math.min(a, b)), ...lines.slice(Math.max(a, b))].join('\n');
          else text = base.slice(0, at) + String.fromCharCode(base.charCodeAt(at) ^ 0x20) + base.slice(at + 1);
          try {
            parseNpm('package-lock.json', text);
          } catch (error) {
            if (!(error instanceof LockfileError)) throw error;
            expect(error.message).not.toMatch(/could not read the npm lockfile/);
          }
        },
      ),
      { numRuns: 400, seed: 20240601 },
    );
  });
});

describe('npm real fixtures', () => {
  const cases = fixtureCases().filter(
    (c) => /^npm-v[123]$/.test(c.expected.format.base) || /^npm-v[123]$/.test(c.expected.format.head),
  );

  it('covers every npm case', () => {
    expect(cases.map((c) => c.name).sort()).toEqual([
      'large-npm-v2-workspaces-otel-contrib',
      'npm-format-v1-to-v2-no-change-typescript-action',
      'npm-format-v2-to-v3-checkout',
      'npm-shrinkwrap-v2-firebase-tools',
      'npm-v1-firebase-tools',
      'npm-v1-typescript-action',
      'npm-v2-dependency-review-action',
      'npm-v2-typescript-action-devdeps',
      'npm-v3-javascript-action',
      'npm-v3-workspaces-lockfile-lint',
    ]);
  });

  for (const fixture of cases) {
    it(`${fixture.name}: set diff matches expected-changes.json, lines point at the entries`, async () => {
      const { lockfile, format } = fixture.expected;
      const read = async (side: 'base' | 'head', name: string): Promise<{ lock: Lockfile; text: string }> => {
        const text = readFileSync(path.join(fixture.dir, side, name), 'utf8');
        return { lock: await loadLockfile(name, text), text };
      };
      const base = await read('base', lockfile.base);
      const head = await read('head', lockfile.head);
      expect(base.lock.formatVersion).toBe(format.base.replace('npm-v', ''));
      expect(head.lock.formatVersion).toBe(format.head.replace('npm-v', ''));
      // expected-changes.json lists are sorted by (name, version); setDiff sorts whole strings.
      const expected = {
        added: [...fixture.expected.set_diff.added].sort(),
        removed: [...fixture.expected.set_diff.removed].sort(),
      };
      expect(setDiff(base.lock, head.lock)).toEqual(expected);

      for (const { lock, text } of [base, head]) {
        const lines = text.split('\n');
        const ids = new Set(lock.packages.map((p) => p.id));
        for (const pkg of lock.packages) {
          const line = lines[pkg.line - 1] ?? '';
          const installed = pkg.alias ?? pkg.name;
          expect(pkg.line, pkg.id).toBeGreaterThan(0);
          expect(
            line.includes(pkg.name) || line.includes(installed) || line.includes(pkg.id),
            `${pkg.id} @ ${pkg.line}`,
          ).toBe(true);
          for (const dep of pkg.deps ?? []) expect(ids.has(dep), `${pkg.id} -> ${dep}`).toBe(true);
        }
        for (const importer of lock.importers) for (const dep of importer.deps) expect(ids.has(dep)).toBe(true);
      }
    });
  }

  it('otel-contrib: workspaces are importers and own code, links point at them', async () => {
    const dir = cases.find((c) => c.name === 'large-npm-v2-workspaces-otel-contrib')!.dir;
    const text = readFileSync(path.join(dir, 'head', 'package-lock.json'), 'utf8');
    const lock = withEdges(await loadLockfile('package-lock.json', text));
    const links = lock.packages.filter((p) => p.source === 'link');
    const workspaces = lock.packages.filter((p) => p.source === 'workspace');
    expect(links).toHaveLength(64); // expected-changes.json entry_kinds.head.link
    expect(lock.importers).toHaveLength(workspaces.length + 1);
    for (const link of links) expect(workspaces.some((w) => w.id === link.resolved)).toBe(true);
  });
});

describe('npm dependency edges, built from the data the parser leaves', () => {
  const REAL_NPM = [
    ['v3 workspaces', 'npm-v3-workspaces-lockfile-lint/head/package-lock.json'],
    ['v1 tree', 'npm-v1-typescript-action/head/package-lock.json'],
  ] as const;

  it.each(REAL_NPM)(
    'leaves edges as names: plain data that JSON and structuredClone carry whole (%s)',
    (_kind, rel) => {
      const lock = parseNpm('package-lock.json', readFileSync(path.join(FIXTURES, rel), 'utf8'));
      expect(lock.importers).toEqual([]);
      expect(lock.unresolvedEdges).toBeDefined();
      expect(lock.packages.every((p) => p.wants !== undefined || p.deps !== undefined)).toBe(true);
      expect(JSON.parse(JSON.stringify(lock))).toEqual(lock);
      const clone = structuredClone(lock);
      expect(clone).toEqual(lock);
      // Building the edges reads the model and changes nothing in it.
      const before = JSON.stringify(lock);
      const original = new DependencyGraph(lock);
      expect(JSON.stringify(lock)).toBe(before);
      const copied = new DependencyGraph(clone);
      for (const pkg of lock.packages) expect(copied.provenance([pkg.id])).toEqual(original.provenance([pkg.id]));
    },
  );

  // Against an independent reading: the raw JSON, node's resolution done by building path strings.
  for (const fixture of fixtureCases()) {
    for (const side of ['base', 'head'] as const) {
      if (!/^npm-v[123]$/.test(fixture.expected.format[side])) continue;
      const name = fixture.expected.lockfile[side];
      it(`${fixture.name} (${side}): edges and "via" chains match a direct reading of the file`, async () => {
        const text = readFileSync(path.join(fixture.dir, side, name), 'utf8');
        const lock = await loadLockfile(name, text);
        const oracle = directEdges(JSON.parse(text) as Record<string, unknown>);
        const built = edgesOf(lock);
        expect(new Map([...built.deps].filter(([, ids]) => ids.length > 0))).toEqual(oracle.deps);
        expect(built.importers).toEqual(oracle.importers);
        // The same chains as a lockfile whose edges were written out while parsing.
        const eager: Lockfile = {
          ...lock,
          unresolvedEdges: undefined,
          packages: lock.packages.map((p) => ({ ...p, wants: undefined, deps: oracle.deps.get(p.id) ?? [] })),
          importers: oracle.importers,
        };
        const ours = new DependencyGraph(lock);
        const theirs = new DependencyGraph(eager);
        const step = Math.max(1, Math.floor(lock.packages.length / 300));
        for (let i = 0; i < lock.packages.length; i += step) {
          const id = lock.packages[i]!.id;
          expect(ours.provenance([id]), id).toEqual(theirs.provenance([id]));
        }
      });
    }
  }
});

/**
 * Edges of an npm lockfile read straight from its JSON: each entry's dependency
 * names looked up as `<folder>/node_modules/<name>`, then in each enclosing
 * folder; v1's root dependencies are the top-level entries no entry requires
 * (then any top-level entry still unreached). Only entries with edges are listed.
 */
function directEdges(doc: Record<string, unknown>): { deps: Map<string, string[]>; importers: Importer[] } {
  type Entry = { want: string[]; link?: string };
  const entries = new Map<string, Entry>();
  const packages = doc['packages'] as Record<string, Record<string, unknown>> | undefined;
  const fields = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'];
  if (packages) {
    for (const [key, value] of Object.entries(packages)) {
      const want = fields.flatMap((f) => Object.keys((value[f] as object | undefined) ?? {}));
      const link = value['link'] === true ? (value['resolved'] as string) : undefined;
      entries.set(key, link !== undefined ? { want: [], link } : { want });
    }
  } else {
    const walk = (tree: Record<string, Record<string, unknown>>, under: string): void => {
      for (const [key, value] of Object.entries(tree)) {
        const id = `${under}node_modules/${key}`;
        entries.set(id, { want: Object.keys((value['requires'] as object | undefined) ?? {}) });
        walk((value['dependencies'] as Record<string, Record<string, unknown>> | undefined) ?? {}, `${id}/`);
      }
    };
    walk((doc['dependencies'] as Record<string, Record<string, unknown>> | undefined) ?? {}, '');
  }
  const lookUp = (from: string, name: string): string | undefined => {
    for (let dir = from; ;) {
      const id = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
      if (entries.has(id) && id !== '') return id;
      if (dir === '') return undefined;
      const cut = dir.lastIndexOf('/node_modules/');
      dir =
        cut !== -1
          ? dir.slice(0, cut)
          : dir.startsWith('node_modules/')
            ? ''
            : dir.slice(0, Math.max(0, dir.lastIndexOf('/')));
    }
  };
  const resolveFrom = (id: string, want: string[]): string[] => [
    ...new Set(want.map((n) => lookUp(id, n)).filter((d): d is string => d !== undefined && d !== id)),
  ];
  const deps = new Map<string, string[]>();
  for (const [id, entry] of entries) {
    if (id === '') continue;
    const ids = entry.link !== undefined ? (entries.has(entry.link) ? [entry.link] : []) : resolveFrom(id, entry.want);
    if (ids.length > 0) deps.set(id, ids);
  }
  if (packages) {
    const importers: Importer[] = [{ path: 'package.json', deps: resolveFrom('', entries.get('')?.want ?? []) }];
    for (const id of entries.keys()) {
      if (id !== '' && !id.startsWith('node_modules/') && !id.includes('/node_modules/'))
        importers.push({ path: `${id}/package.json`, deps: deps.get(id) ?? [] });
    }
    return { deps, importers };
  }
  const top = [...entries.keys()].filter((id) => !id.includes('/node_modules/'));
  const required = new Set([...deps].flatMap(([, ids]) => ids));
  const roots = top.filter((id) => !required.has(id));
  const seen = new Set<string>();
  const mark = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    (deps.get(id) ?? []).forEach(mark);
  };
  roots.forEach(mark);
  for (const id of top) {
    if (seen.has(id)) continue;
    roots.push(id);
    mark(id);
  }
  return { deps, importers: [{ path: 'package.json', deps: roots }] };
}

describe('isPublicTarballOf', () => {
  const url = (name: string, base: string, version: string) =>
    `https://registry.npmjs.org/${name}/-/${base}-${version}.tgz`;
  it('is exactly the public registry tarball of that name and semver version', () => {
    expect(isPublicTarballOf(url('a', 'a', '1.0.0'), 'a', '1.0.0')).toBe(true);
    expect(isPublicTarballOf(url('@s/a-b', 'a-b', '1.0.0-rc.1'), '@s/a-b', '1.0.0-rc.1')).toBe(true);
  });
  it.each([
    ['another base name', url('@s/ab', 'a', 'b-1.0.0'), '@s/ab', '1.0.0'],
    ['the scope as base', url('@s/a', 's', '1.0.0').replace('/-/s-', '/-/@s-'), '@s/a', '1.0.0'],
    ['another version of the same length', url('a', 'a', '1.0.1'), 'a', '1.0.0'],
    ['another host of the same length', url('a', 'a', '1.0.0').replace('npmjs.org', 'npmjs.com'), 'a', '1.0.0'],
    ['another suffix', url('a', 'a', '1.0.0').replace('.tgz', '.tar'), 'a', '1.0.0'],
    ['a version that is no semver', url('a', 'a', 'latest'), 'a', 'latest'],
    ['a dash missing', url('a', 'a', '1.0.0').replace('/a-1', '/aa1'), 'a', '1.0.0'],
  ])('is not for %s', (_what, resolved, name, version) => {
    expect(isPublicTarballOf(resolved, name, version)).toBe(false);
  });
});
