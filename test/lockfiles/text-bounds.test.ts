/**
 * The limits that keep text lockfile reads linear refuse with a
 * LockfileError naming the file, the line and the reason.
 */
import { describe, expect, it } from 'vitest';
import { parseBun } from '../../src/lockfiles/bun.js';
import { LockfileError } from '../../src/core/errors.js';
import { parsePnpm } from '../../src/lockfiles/pnpm.js';
import { MAX_ID_LENGTH } from '../../src/lockfiles/text.js';
import { parseYarnBerry } from '../../src/lockfiles/yarn-berry.js';
import { parseYarnClassic } from '../../src/lockfiles/yarn-classic.js';
import { PNPM_LAYOUTS, YARN_CLASSIC_LAYOUTS } from './hostile-text-lockfiles.js';



function errorOf(work: () => unknown): LockfileError {
  try {
    work();
  } catch (error) {
    if (error instanceof LockfileError) return error;
    throw error;
  }
  throw new Error('expected a LockfileError');
}

const longKey = 'k'.repeat(MAX_ID_LENGTH + 1);

describe('entry ids are capped', () => {
  it.each([
    ['pnpm', () => parsePnpm('pnpm-lock.yaml', PNPM_LAYOUTS['huge key']!(2_000)), 4],
    [
      'yarn classic',
      () => parseYarnClassic('yarn.lock', `# yarn lockfile v1\n\n"${longKey}@1":\n  version "1.0.0"\n`),
      3,
    ],
    [
      'yarn berry',
      () =>
        parseYarnBerry(
          'yarn.lock',
          `__metadata:\n  version: 8\n\n"${longKey}@npm:1":\n  version: 1.0.0\n  resolution: "k@npm:1.0.0"\n`,
        ),
      4,
    ],
    [
      'bun',
      () =>
        parseBun(
          'bun.lock',
          `{"lockfileVersion":1,"workspaces":{"":{}},\n"packages":{\n"${longKey}":["k@1.0.0","",{},"x"]}}`,
        ),
      3,
    ],
  ])('%s: a key over the limit is refused on its line', (_format, parse, line) => {
    const error = errorOf(parse);
    expect(error.line).toBe(line);
    expect(error.reason).toMatch(new RegExp(`characters long, over the ${MAX_ID_LENGTH}-character limit`));
    expect(error.message.length).toBeLessThan(300);
  });

  it('a classic key just under the limit is read', () => {
    const key = `"a@${'1'.repeat(MAX_ID_LENGTH - 10)}"`;
    const lockfile = parseYarnClassic('yarn.lock', `# yarn lockfile v1\n\n${key}:\n  version "1.0.0"\n`);
    expect(lockfile.packages.map((p) => p.name)).toEqual(['a']);
  });
});

describe('YAML aliases cannot repeat dependency maps for free', () => {
  it('pnpm: aliased dependency maps past the file size are refused on the entry line', () => {
    const error = errorOf(() => parsePnpm('pnpm-lock.yaml', PNPM_LAYOUTS['aliased dependencies']!(2_000)));
    expect(error.reason).toMatch(/more dependencies than the file has room for/);
    expect(error.line).toBeGreaterThan(200);
  });

  it('pnpm: one alias of a small map is still read', () => {
    const text = `lockfileVersion: '9.0'\n\npackages:\n  a@1.0.0: {resolution: {integrity: x}}\n  b@1.0.0: {resolution: {integrity: y}}\n\nsnapshots:\n  a@1.0.0: {}\n  b@1.0.0:\n    dependencies: &d\n      a: 1.0.0\n  c@1.0.0:\n    dependencies: *d\n`;
    const lockfile = parsePnpm(
      'pnpm-lock.yaml',
      text.replace('\n\nsnapshots', '\n  c@1.0.0: {resolution: {integrity: z}}\n\nsnapshots'),
    );
    expect(lockfile.packages.find((p) => p.id === 'c@1.0.0')?.deps).toEqual(['a@1.0.0']);
  });

  it('yarn berry: aliased dependency maps past the file size are refused', () => {
    const entries: string[] = [];
    for (let i = 0; i < 500; i++) {
      entries.push(
        `"p${i}@npm:1":\n  version: 1.0.0\n  resolution: "p${i}@npm:1.0.0"\n  dependencies: ${i === 0 ? `&d {${Array.from({ length: 200 }, (_, j) => `q${j}: "1"`).join(', ')}}` : '*d'}\n  linkType: hard\n`,
      );
    }
    const error = errorOf(() => parseYarnBerry('yarn.lock', `__metadata:\n  version: 8\n\n${entries.join('\n')}`));
    expect(error.reason).toMatch(/more dependencies than the file has room for/);
  });
});

describe('bun.lock install paths are capped', () => {
  it('an install path over 64 levels deep is refused on its line', () => {
    const key = Array.from({ length: 66 }, () => 'a').join('/');
    const text = `{"lockfileVersion":1,"workspaces":{"":{}},\n"packages":{\n"${key}":["a@1.0.0","",{"dependencies":{"b":"1"}},"x"]}}`;
    const error = errorOf(() => parseBun('bun.lock', text));
    expect(error.line).toBe(3);
    expect(error.reason).toMatch(/nests deeper than 64 levels/);
  });
});

describe('the split of a hostile key is that of the regex it replaces', () => {
  it('classic: a key with a long run of spaces is read, and quickly', () => {
    const start = performance.now();
    const lockfile = parseYarnClassic('yarn.lock', YARN_CLASSIC_LAYOUTS['long space run in a key']!(10_000));
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(lockfile.packages[0]?.id).toBe(`a@1${' '.repeat(10_000)}, a@2`);
  });

  it('berry: descriptors split as / *, */ does (spaces around each comma only)', () => {
    const key = 'a@npm:1 ,  b@npm:2  , c@npm:3';
    const entry = (k: string, resolution: string, deps = '') =>
      `"${k}":\n  version: 1.0.0\n  resolution: "${resolution}"\n${deps}  linkType: hard\n`;
    const text = [
      `__metadata:\n  version: 8\n`,
      entry(key, 'a@npm:1.0.0'),
      entry('b@npm:9', 'b@npm:9.0.0'),
      entry('x@npm:1', 'x@npm:1.0.0', '  dependencies:\n    b: "npm:2"\n'),
    ].join('\n');
    const x = parseYarnBerry('yarn.lock', text).packages.find((p) => p.name === 'x');
    // two entries are installed as b, so only the exact descriptor `b@npm:2` finds the first
    expect(x?.deps).toEqual([key]);
  });
});
