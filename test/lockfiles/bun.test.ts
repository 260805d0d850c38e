import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LockedPackage, Lockfile } from '../../src/core/model.js';
import { InstallTree, parseBun } from '../../src/lockfiles/bun.js';
import { LockfileError } from '../../src/core/errors.js';
import { loadLockfile } from '../../src/lockfiles/index.js';
import { fixtureCases, rejected, setDiff, thrown } from '../helpers.js';


const FILE = 'bun.lock';

/** 1-based line of the first line containing `needle`, found independently of the parser. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index === -1) throw new Error(`test text has no line with ${needle}`);
  return index + 1;
}

function byId(lockfile: Lockfile, id: string): LockedPackage {
  const pkg = lockfile.packages.find((p) => p.id === id);
  if (!pkg) throw new Error(`no package ${id}`);
  return pkg;
}

const errorOf = (fn: () => unknown) => thrown(LockfileError, fn);

const SHA = 'sha512-AAAA==';

const SIMPLE = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "app",
      "dependencies": {
        "left-pad": "^1.3.0",
      },
    },
  },
  "packages": {
    "left-pad": ["left-pad@1.3.0", "", {}, "${SHA}"],
  }
}
`;

describe('parseBun: small lockfiles', () => {
  it('reads one registry package with its line, integrity and importer', () => {
    const lf = parseBun(FILE, SIMPLE);
    expect(lf.format).toBe('bun');
    expect(lf.formatVersion).toBe('1');
    expect(lf.packages).toEqual([
      {
        id: 'left-pad',
        name: 'left-pad',
        version: '1.3.0',
        source: 'registry',
        integrity: SHA,
        line: lineOf(SIMPLE, '"left-pad": ["left-pad@1.3.0"'),
      },
    ]);
    expect(lf.importers).toEqual([{ path: 'package.json', deps: ['left-pad'] }]);
  });

  it('reads scoped packages, nested scoped copies, and resolves deps by bun nesting', () => {
    const text = `{
  "lockfileVersion": 1,
  "workspaces": { "": { "dependencies": { "@s/x": "1", "y": "1" } } },
  "packages": {
    "@s/x": ["@s/x@1.0.0", "", { "dependencies": { "@t/y": "2", "z": "1" } }, "${SHA}"],
    "@s/x/@t/y": ["@t/y@2.0.0", "", { "dependencies": { "z": "1" } }, "${SHA}"],
    "@t/y": ["@t/y@1.0.0", "", {}, "${SHA}"],
    "y": ["y@1.0.0", "", { "peerDependencies": { "@t/y": "1" } }, "${SHA}"],
    "z": ["z@1.0.0", "", {}, "${SHA}"],
  },
}`;
    const lf = parseBun(FILE, text);
    expect(lf.packages.map((p) => `${p.id}=${p.name}@${p.version}`)).toEqual([
      '@s/x=@s/x@1.0.0',
      '@s/x/@t/y=@t/y@2.0.0',
      '@t/y=@t/y@1.0.0',
      'y=y@1.0.0',
      'z=z@1.0.0',
    ]);
    // @s/x finds its own nested @t/y, and z at the top.
    expect(byId(lf, '@s/x').deps).toEqual(['@s/x/@t/y', 'z']);
    // The nested copy climbs past its parent @s/x (no @s/x/z) to the top-level z.
    expect(byId(lf, '@s/x/@t/y').deps).toEqual(['z']);
    // y's peer resolves at the top, not to the copy nested under @s/x.
    expect(byId(lf, 'y').deps).toEqual(['@t/y']);
    expect(byId(lf, 'z').deps).toBeUndefined();
    // A nested copy is not an alias: it is installed under its own name.
    expect(byId(lf, '@s/x/@t/y').alias).toBeUndefined();
    expect(lf.importers).toEqual([{ path: 'package.json', deps: ['@s/x', 'y'] }]);
  });

  it('reads an npm alias: real name from the array, alias from the key', () => {
    const text = `{
  "lockfileVersion": 1,
  "workspaces": { "": { "dependencies": { "string-width-cjs": "npm:string-width@^4.2.0" } } },
  "packages": {
    "string-width-cjs": ["string-width@4.2.3", "", {}, "${SHA}"],
    "wrap/string-width-cjs": ["string-width@4.1.0", "", {}, "${SHA}"],
  },
}`;
    const lf = parseBun(FILE, text);
    expect(byId(lf, 'string-width-cjs')).toMatchObject({
      name: 'string-width',
      version: '4.2.3',
      alias: 'string-width-cjs',
    });
    expect(byId(lf, 'wrap/string-width-cjs')).toMatchObject({
      name: 'string-width',
      version: '4.1.0',
      alias: 'string-width-cjs',
    });
    expect(lf.importers[0]!.deps).toEqual(['string-width-cjs']);
  });

  it('reads a monorepo: workspace entries, importers per package.json, workspace-local copies', () => {
    const text = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "root",
      "devDependencies": { "typescript": "^5" },
    },
    "packages/app": {
      "name": "@acme/app",
      "version": "1.0.0",
      "dependencies": { "@acme/shared": "workspace:*", "lodash": "^3" },
      "optionalDependencies": { "missing-optional": "^1" },
    },
    "packages/shared": {
      "name": "@acme/shared",
      "dependencies": { "lodash": "^4" },
    },
  },
  "packages": {
    "@acme/app": ["@acme/app@workspace:packages/app"],
    "@acme/shared": ["@acme/shared@workspace:packages/shared"],
    "lodash": ["lodash@4.17.21", "", {}, "${SHA}"],
    "typescript": ["typescript@5.4.5", "", {}, "${SHA}"],
    "@acme/app/lodash": ["lodash@3.10.1", "", {}, "${SHA}"],
  },
}`;
    const lf = parseBun(FILE, text);
    expect(byId(lf, '@acme/app')).toMatchObject({ name: '@acme/app', source: 'workspace', resolved: 'packages/app' });
    expect(byId(lf, '@acme/shared').source).toBe('workspace');
    expect(lf.importers).toEqual([
      { path: 'package.json', deps: ['typescript'] },
      // the unresolvable optional dependency is left out, never invented
      { path: 'packages/app/package.json', deps: ['@acme/shared', '@acme/app/lodash'] },
      { path: 'packages/shared/package.json', deps: ['lodash'] },
    ]);
    // Own code is kept in the model and left out of the version set.
    expect(setDiff(parseBun(FILE, SIMPLE), lf).added).toEqual(['lodash@3.10.1', 'lodash@4.17.21', 'typescript@5.4.5']);
  });

  it('keeps git, github, tarball, file, link and root entries with their sources', () => {
    const text = `{
  "lockfileVersion": 1,
  "workspaces": { "": { "name": "root", "dependencies": { "gh": "owner/gh", "gt": "git+https://example.com/gt.git", "tb": "https://example.com/tb-1.0.0.tgz", "loc": "./vendor/loc-1.0.0.tgz", "f": "file:../f", "l": "link:l" } } },
  "packages": {
    "f": ["f@file:../f", { "dependencies": { "tb": "*" } }],
    "gh": ["gh@github:owner/gh#0123abc", {}, "owner-gh-0123abc"],
    "gt": ["gt@git+https://example.com/gt.git#89abcdef", { "dependencies": { "f": "*" } }, "89abcdef", "${SHA}"],
    "l": ["l@link:l", {}],
    "loc": ["loc@./vendor/loc-1.0.0.tgz", {}],
    "root": ["root@root:", {}],
    "tb": ["tb@https://example.com/tb-1.0.0.tgz", {}, "${SHA}"],
  },
}`;
    const lf = parseBun(FILE, text);
    const view = (id: string) => {
      const p = byId(lf, id);
      return [p.name, p.version, p.source, p.resolved, p.integrity];
    };
    expect(view('f')).toEqual(['f', '', 'directory', '../f', undefined]);
    expect(view('gh')).toEqual(['gh', 'github:owner/gh#0123abc', 'git', 'github:owner/gh#0123abc', undefined]);
    expect(view('gt')).toEqual([
      'gt',
      'git+https://example.com/gt.git#89abcdef',
      'git',
      'git+https://example.com/gt.git#89abcdef',
      SHA,
    ]);
    expect(view('l')).toEqual(['l', 'link:l', 'link', 'l', undefined]);
    // A local tarball (no `file:` in Bun 1.2's shape): installed from the repository, no version recorded.
    expect(view('loc')).toEqual(['loc', '', 'file', './vendor/loc-1.0.0.tgz', undefined]);
    expect(view('root')[2]).toBe('workspace');
    expect(view('tb')).toEqual([
      'tb',
      'https://example.com/tb-1.0.0.tgz',
      'tarball',
      'https://example.com/tb-1.0.0.tgz',
      SHA,
    ]);
    expect(byId(lf, 'gt').deps).toEqual(['f']);
    expect(byId(lf, 'f').deps).toEqual(['tb']);
    expect(lf.importers[0]!.deps).toEqual(['gh', 'gt', 'tb', 'loc', 'f', 'l']);
  });

  it('keeps duplicate versions of one name as separate entries and resolves the nearest', () => {
    const text = `{
  "lockfileVersion": 1,
  "workspaces": { "": { "dependencies": { "debug": "^2", "ms": "^2.1" } } },
  "packages": {
    "debug": ["debug@2.6.9", "", { "dependencies": { "ms": "2.0.0" } }, "${SHA}"],
    "ms": ["ms@2.1.3", "", {}, "${SHA}"],
    "debug/ms": ["ms@2.0.0", "", {}, "${SHA}"],
  },
}`;
    const lf = parseBun(FILE, text);
    expect(lf.packages.filter((p) => p.name === 'ms').map((p) => p.version)).toEqual(['2.1.3', '2.0.0']);
    expect(byId(lf, 'debug').deps).toEqual(['debug/ms']);
    expect(byId(lf, 'debug/ms').line).toBe(lineOf(text, '"debug/ms"'));
    expect(byId(lf, 'ms').line).toBe(lineOf(text, '"ms": ["ms@2.1.3"'));
  });

  it('reads lockfileVersion 0, where workspace entries carry their own dependency object', () => {
    const text = `{
  "lockfileVersion": 0,
  "workspaces": {
    "": { "name": "root" },
    "packages/a": { "name": "a", "dependencies": { "b": "^1" } },
  },
  "packages": {
    "a": ["a@workspace:packages/a", { "dependencies": { "b": "^1" } }],
    "b": ["b@1.0.0", "", {}, "${SHA}"],
  },
}`;
    const lf = parseBun(FILE, text);
    expect(lf.formatVersion).toBe('0');
    expect(byId(lf, 'a')).toMatchObject({ source: 'workspace', deps: ['b'] });
    expect(lf.importers).toEqual([
      { path: 'package.json', deps: [] },
      { path: 'packages/a/package.json', deps: ['b'] },
    ]);
  });

  it('accepts comments (JSONC) and gives lines of entries after them', () => {
    const text = `// written by hand
{
  /* version */ "lockfileVersion": 1,
  "workspaces": { "": {} },
  "packages": {
    // the only one
    "a": ["a@1.0.0", "", {}, "${SHA}"],
  },
}`;
    const lf = parseBun(FILE, text);
    expect(lf.packages.map((p) => [p.id, p.line])).toEqual([['a', lineOf(text, '"a": [')]]);
  });

  it('reads a valid lockfile without dependencies as zero packages, no error', () => {
    const empty = `{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n      "name": "empty",\n    },\n  },\n  "packages": {},\n}\n`;
    expect(parseBun(FILE, empty)).toEqual({
      path: FILE,
      format: 'bun',
      formatVersion: '1',
      packages: [],
      importers: [{ path: 'package.json', deps: [] }],
    });
    const noPackagesKey = `{ "lockfileVersion": 1, "workspaces": { "": { "name": "empty" } } }`;
    expect(parseBun(FILE, noPackagesKey).packages).toEqual([]);
  });

  it('keeps a "__proto__" key as an ordinary entry', () => {
    const text = `{ "lockfileVersion": 1, "workspaces": { "": { "dependencies": { "__proto__": "1" } } },
  "packages": { "__proto__": ["__proto__@1.0.0", "", {}, "${SHA}"], "b": ["b@1.0.0", "", {}, "${SHA}"] } }`;
    const lf = parseBun(FILE, text);
    expect(lf.packages.map((p) => p.id)).toEqual(['__proto__', 'b']);
    expect(lf.importers[0]!.deps).toEqual(['__proto__']);
  });
});

describe('parseBun: bad input', () => {
  const cases: { name: string; text: string; line: number; reason: RegExp }[] = [
    {
      name: 'truncated file',
      text: SIMPLE.slice(0, SIMPLE.indexOf('"left-pad@1.3.0"') + 5),
      line: lineOf(SIMPLE, '"left-pad": ['),
      reason: /not valid JSONC/,
    },
    {
      name: 'missing comma between entries',
      text: `{\n  "lockfileVersion": 1,\n  "workspaces": { "": {} }\n  "packages": {}\n}`,
      line: 4,
      reason: /expected ','/,
    },
    {
      name: 'unknown lockfileVersion',
      text: `{\n  "workspaces": { "": {} },\n  "lockfileVersion": 3,\n  "packages": {}\n}`,
      line: 3,
      reason: /unknown lockfileVersion "3"; lockgate reads bun.lock versions 0, 1 and 2/,
    },
    {
      name: 'lockfileVersion of the wrong type',
      text: `{\n  "lockfileVersion": "1",\n  "workspaces": { "": {} }\n}`,
      line: 2,
      reason: /unknown lockfileVersion/,
    },
    {
      name: 'missing lockfileVersion',
      text: `{\n  "workspaces": { "": {} }\n}`,
      line: 1,
      reason: /no "lockfileVersion"/,
    },
    {
      name: 'entry without a version',
      text: `{\n  "lockfileVersion": 1,\n  "workspaces": { "": {} },\n  "packages": {\n    "a": ["a", "", {}, "x"],\n  }\n}`,
      line: 5,
      reason: /cannot read name and version/,
    },
    {
      name: 'entry whose version is not a version',
      text: `{\n  "lockfileVersion": 1,\n  "workspaces": { "": {} },\n  "packages": {\n    "a": ["a@latest", "", {}, "x"],\n  }\n}`,
      line: 5,
      reason: /cannot read a version/,
    },
    {
      name: 'empty entry array',
      text: `{\n  "lockfileVersion": 1,\n  "workspaces": { "": {} },\n  "packages": {\n    "a": [],\n  }\n}`,
      line: 5,
      reason: /no "name@version" string/,
    },
    {
      name: 'packages is a string',
      text: `{\n  "lockfileVersion": 1,\n  "workspaces": { "": {} },\n  "packages": "a@1.0.0"\n}`,
      line: 4,
      reason: /"packages" must be an object/,
    },
    {
      name: 'entry is an object',
      text: `{\n  "lockfileVersion": 1,\n  "workspaces": { "": {} },\n  "packages": {\n    "a": { "version": "1.0.0" },\n  }\n}`,
      line: 5,
      reason: /must be an array, not an object/,
    },
    {
      name: 'dependencies is an array',
      text: `{\n  "lockfileVersion": 1,\n  "workspaces": { "": {} },\n  "packages": {\n    "a": ["a@1.0.0", "", { "dependencies": ["b"] }, "x"],\n  }\n}`,
      line: 5,
      reason: /"dependencies" must be an object/,
    },
    {
      name: 'workspaces is missing',
      text: `{\n  "lockfileVersion": 1,\n  "packages": {}\n}`,
      line: 1,
      reason: /no "workspaces"/,
    },
    {
      name: 'workspace entry is a string',
      text: `{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": "root"\n  }\n}`,
      line: 4,
      reason: /workspace "" must be an object/,
    },
    {
      name: 'top level is an array',
      text: `[1, 2]`,
      line: 1,
      reason: /JSON object at the top level/,
    },
    {
      name: 'duplicate package key',
      text: `{\n  "lockfileVersion": 1,\n  "workspaces": { "": {} },\n  "packages": {\n    "a": ["a@1.0.0", "", {}, "x"],\n    "a": ["a@2.0.0", "", {}, "x"],\n  }\n}`,
      line: 6,
      reason: /appears twice/,
    },
    {
      name: 'absurd nesting',
      text: `{\n"lockfileVersion": 1,\n"x": ${'['.repeat(100_000)}`,
      line: 3,
      reason: /nesting deeper/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const error = await rejected(LockfileError, loadLockfile(FILE, c.text));
      expect(error.file).toBe(FILE);
      expect(error.line).toBe(c.line);
      expect(error.reason).toMatch(c.reason);
    });
  }

  it('bounds lockfile text echoed in an error', () => {
    const long = 'x'.repeat(5000);
    const text = `{ "lockfileVersion": 1, "workspaces": { "": {} }, "packages": { "${long}": ["${long}\u001b"] } }`;
    const error = errorOf(() => parseBun(FILE, text));
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).not.toContain('\u001b');
  });
});

describe('InstallTree', () => {
  const tree = new InstallTree(['a', 'b', 'a/b', '@s/x', '@s/x/b', 'a/@s/x', 'a/@s/x/c', 'c']);
  it.each([
    ['a', 'b', 'a/b'],
    ['a/@s/x', 'b', 'a/b'],
    ['a/@s/x', 'c', 'a/@s/x/c'],
    ['a/@s/x/c', 'b', 'a/b'],
    ['@s/x', 'b', '@s/x/b'],
    ['@s/x', 'c', 'c'],
    ['c', 'b', 'b'],
    ['', 'a', 'a'],
    ['c', 'nope', undefined],
  ])('from %s, %s resolves to %s', (from, name, expected) => {
    expect(InstallTree.resolve(tree.chain(from).chain, name)).toBe(expected);
  });
});

describe('parseBun: real fixtures', () => {
  const cases = fixtureCases().filter(
    (c) => c.expected.format.base.startsWith('bun-lock-v') && c.expected.format.head.startsWith('bun-lock-v'),
  );

  it('finds the bun.lock fixture cases', () => {
    expect(cases.map((c) => c.name).sort()).toEqual(['bun-format-v0-to-v1-hono', 'bun-lock-hono']);
  });

  for (const c of cases) {
    describe(c.name, () => {
      const read = async (side: 'base' | 'head') => {
        const text = readFileSync(path.join(c.dir, side, c.expected.lockfile[side]), 'utf8');
        return { text, lockfile: await loadLockfile(c.expected.lockfile[side], text) };
      };
      let base: Awaited<ReturnType<typeof read>>;
      let head: Awaited<ReturnType<typeof read>>;
      beforeAll(async () => {
        [base, head] = await Promise.all([read('base'), read('head')]);
      });

      it('has the expected set difference', () => {
        // The fixture lists are sorted by (name, version); the comparison is of sets.
        const diff = setDiff(base.lockfile, head.lockfile);
        expect(diff.added).toEqual([...c.expected.set_diff.added].sort());
        expect(diff.removed).toEqual([...c.expected.set_diff.removed].sort());
      });

      it('reads the format version the fixture names', () => {
        expect(`bun-lock-v${base.lockfile.formatVersion}`).toBe(c.expected.format.base);
        expect(`bun-lock-v${head.lockfile.formatVersion}`).toBe(c.expected.format.head);
      });

      it('has as many instances as the fixture counts', () => {
        const totals = c.expected['package_totals'] as Record<'base' | 'head', { instances: number }>;
        expect(base.lockfile.packages.length).toBe(totals.base.instances);
        expect(head.lockfile.packages.length).toBe(totals.head.instances);
      });

      it('gives every package a line that holds its key and name', () => {
        for (const { text, lockfile } of [base, head]) {
          const lines = text.split('\n');
          for (const pkg of lockfile.packages) {
            expect(pkg.line).toBeGreaterThan(0);
            const line = lines[pkg.line - 1] ?? '';
            expect(line).toContain(`"${pkg.id}": [`);
            expect(line).toContain(`"${pkg.name}@`);
          }
        }
      });

      it('resolves every dependency id to an entry and every importer dependency too', () => {
        for (const { lockfile } of [base, head]) {
          const ids = new Set(lockfile.packages.map((p) => p.id));
          for (const pkg of lockfile.packages) for (const dep of pkg.deps ?? []) expect(ids.has(dep)).toBe(true);
          expect(lockfile.importers.map((i) => i.path)).toEqual(['package.json']);
          for (const dep of lockfile.importers[0]!.deps) expect(ids.has(dep)).toBe(true);
          expect(lockfile.importers[0]!.deps.length).toBeGreaterThan(10);
        }
      });
    });
  }
});

describe('parseBun: mutated input never throws anything but a LockfileError', () => {
  const real = readFileSync(
    path.join(fixtureCases().find((c) => c.name === 'bun-lock-hono')!.dir, 'head', 'bun.lock'),
    'utf8',
  );
  const small = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": { "name": "r", "dependencies": { "a": "1", "@s/b": "2" } },
    "packages/w": { "name": "w", "dependencies": { "a": "1" } },
  },
  "packages": {
    "@s/b": ["@s/b@2.0.0", "", { "dependencies": { "a": "1" }, "optionalPeers": ["x"] }, "${SHA}"],
    "a": ["a@1.0.0", "", {}, "${SHA}"],
    "g": ["g@github:o/g#1", {}, "o-g-1"],
    "w": ["w@workspace:packages/w"],
    "w/a": ["a@1.0.1", "", {}, "${SHA}"],
  },
}
`;
  const mutate = (text: string) =>
    fc.oneof(
      fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
      fc
        .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.nat({ max: text.length }))
        .map(([a, b, at]) => text.slice(0, at) + text.slice(Math.min(a, b), Math.max(a, b)) + text.slice(at)),
      fc.tuple(fc.nat({ max: 200 }), fc.nat({ max: 200 })).map(([from, to]) => {
        const lines = text.split('\n');
        const i = from % lines.length;
        lines.splice(to % lines.length, 0, lines[i]!);
        return lines.join('\n');
      }),
      fc
        .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 0x7e }))
        .map(([at, code]) => text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1)),
    );
  const check = async (text: string) => {
    try {
      const lf = await loadLockfile(FILE, text);
      expect(Array.isArray(lf.packages)).toBe(true);
    } catch (error) {
      if (!(error instanceof LockfileError)) throw error;
    }
  };

  it('small lockfile', async () => {
    await fc.assert(fc.asyncProperty(mutate(small), check), { numRuns: 3000 });
  });

  it('real lockfile', async () => {
    await fc.assert(fc.asyncProperty(mutate(real), check), { numRuns: 150 });
  });
});
