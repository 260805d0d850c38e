/**
 * npm lockfiles built to slip past or stall the check: byte-order
 * marks, duplicate keys, nesting and id limits, layouts that made line lookup
 * quadratic. Each case fails on a reader that ignores it.
 */
import { describe, expect, it } from 'vitest';
import { LockfileError } from '../../src/core/errors.js';
import { loadLockfile } from '../../src/lockfiles/index.js';
import { parseNpm } from '../../src/lockfiles/npm.js';
import { rejected, thrown } from '../helpers.js';



const errorOf = (text: string) => thrown(LockfileError, () => parseNpm('package-lock.json', text));

/** 1-based line of the first line containing `needle`, counted independently of the parser. */
function lineOf(text: string, needle: string, from = 0): number {
  const index = text.split('\n').findIndex((line, i) => i >= from && line.includes(needle));
  if (index === -1) throw new Error(`test bug: ${needle} not in text`);
  return index + 1;
}

describe('npm hostile input', () => {
  it('reads a file that starts with a UTF-8 byte-order mark, as npm does', async () => {
    const text = `\ufeff${JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/a': { version: '1.0.0' } } }, null, 2)}`;
    const lock = await loadLockfile('package-lock.json', text);
    expect(lock.packages.map((p) => `${p.name}@${p.version}:${p.line}`)).toEqual([
      `a@1.0.0:${lineOf(text, 'node_modules/a')}`,
    ]);
  });

  it('duplicate-key attack: refuses a second top-level "packages" (JSON.parse would read only the last)', () => {
    const text = [
      '{',
      '  "lockfileVersion": 3,',
      '  "packages": { "node_modules/postmark-mcp": { "version": "1.0.16" } },',
      '  "packages": {}',
      '}',
    ].join('\n');
    const error = errorOf(text);
    expect(error.line).toBe(4);
    expect(error.reason).toMatch(/"packages" appears twice in the top level \(first on line 3\)/);
  });

  it('refuses an install path written twice in "packages"', () => {
    const text =
      '{"lockfileVersion":3,"packages":{\n"node_modules/a":{"version":"1.0.16"},\n"node_modules/a":{"version":"1.0.0"}}}';
    expect(errorOf(text)).toMatchObject({
      line: 3,
      reason: expect.stringMatching(/"node_modules\/a" appears twice in "packages"/),
    });
  });

  it('reads "resolved": false, which npm 6 wrote for bundled dependencies', () => {
    const text = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: {
          a: { version: '1.0.0', dependencies: { b: { version: '2.0.0', bundled: true, resolved: false } } },
        },
      },
      null,
      2,
    );
    const lock = parseNpm('package-lock.json', text);
    expect(lock.packages.find((p) => p.id === 'node_modules/a/node_modules/b')).toMatchObject({
      version: '2.0.0',
      source: 'registry',
      resolved: undefined,
    });
  });

  it('deep-tree attack: refuses a v1 tree nested 20k deep with one sentence, quickly', () => {
    const depth = 20_000;
    const text = `{"lockfileVersion":1,"dependencies":${'{"a":{"version":"1.0.0","dependencies":'.repeat(depth)}{}${'}}'.repeat(depth)}}`;
    const error = errorOf(text);
    expect(error.reason).toMatch(/nest deeper than \d+ levels/);
  });

  it('refuses a v1 tree deeper than the tree limit even within the JSON limit', () => {
    const depth = 110;
    const text = `{"lockfileVersion":1,"dependencies":${'{"a":{"version":"1.0.0","dependencies":'.repeat(depth)}{}${'}}'.repeat(depth)}}`;
    expect(errorOf(text).reason).toMatch(/the dependencies tree nests deeper than 100 levels/);
  });

  it('refuses an install path over the id limit', () => {
    const key = `node_modules/${'x/node_modules/'.repeat(300)}y`;
    const text = JSON.stringify({ lockfileVersion: 3, packages: { [key]: { version: '1.0.0' } } });
    expect(errorOf(text).reason).toMatch(/install path .* is \d+ characters long, over the 4096-character limit/);
  });

  it('finds entry lines when keys are written as "key" <newline> :', () => {
    const keys = ['node_modules/a', 'node_modules/b', 'node_modules/c'];
    const text = `{"lockfileVersion":3,"packages":{${keys.map((k) => `\n"${k}"\n  :\n{"version"\n:"1.0.0"}`).join(',')}}}`;
    const lock = parseNpm('package-lock.json', text);
    expect(lock.packages.map((p) => p.line)).toEqual(keys.map((k) => lineOf(text, `"${k}"`)));
  });

  it('gives every entry of a one-line file line 1, and keeps braces inside strings out of the count', () => {
    const text = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        'node_modules/a': { version: '1.0.0', description: '{"node_modules/b": {' },
        'node_modules/b': { version: '2.0.0' },
      },
    });
    expect(parseNpm('package-lock.json', text).packages.map((p) => `${p.name}:${p.line}`)).toEqual(['a:1', 'b:1']);
  });

  it('finds entry lines when JSON.parse puts integer-like keys first', () => {
    // "7" is a workspace folder; JSON.parse lists it before the keys written above it.
    const text =
      '{"lockfileVersion":3,"packages":{\n"node_modules/a":{"version":"1.0.0"},\n"node_modules/b":{"version":"2.0.0"},\n"7":{"name":"seven","version":"0.0.0"}}}';
    const lock = parseNpm('package-lock.json', text);
    expect(lock.packages.map((p) => `${p.name}:${p.line}`).sort()).toEqual(['a:2', 'b:3', 'seven:4']);
    const tree = '{"lockfileVersion":1,"dependencies":{\n"a":{"version":"1.0.0"},\n"1":{"version":"2.0.0"}}}';
    expect(parseNpm('package-lock.json', tree).packages.map((p) => `${p.name}:${p.line}`).sort()).toEqual([
      '1:3',
      'a:2',
    ]);
  });

  it('follows a nested "dependencies" key written with an escape to its entries\' lines', () => {
    const text =
      '{"lockfileVersion":1,"dependencies":{\n"a":{"version":"1.0.0","dependenci\\u0065s":{\n\n"b":{"version":"2.0.0"}}}}}';
    expect(parseNpm('package-lock.json', text).packages.map((p) => `${p.id}:${p.line}`)).toEqual([
      'node_modules/a:2',
      'node_modules/a/node_modules/b:4',
    ]);
  });

  it('finds the lines of keys written with escapes', () => {
    const text =
      '{"lockfileVersion":3,"packages":{\n"node_modules/\\u0061":{"version":"1.0.0"},\n\n"node_modules/b\\\\":{"version":"1.0.0"}}}';
    const lock = parseNpm('package-lock.json', text);
    expect(lock.packages.map((p) => `${p.name}:${p.line}`)).toEqual(['a:2', 'b\\:4']);
  });
});

describe('bun.lock hostile input', () => {
  it('duplicate-key attack: refuses a second top-level "packages" (the last, empty one used to win)', async () => {
    const text = [
      '{',
      '  "lockfileVersion": 1,',
      '  "workspaces": { "": { "name": "app", "dependencies": { "postmark-mcp": "1.0.16" } } },',
      '  "packages": {',
      '    "postmark-mcp": ["postmark-mcp@1.0.16", "", {}, "sha512-x"],',
      '  },',
      '  "packages": {},',
      '}',
    ].join('\n');
    const error = await rejected(LockfileError, loadLockfile('bun.lock', text));
    expect(error.line).toBe(7);
    expect(error.reason).toMatch(/"packages" appears twice at the top level \(first on line 4\)/);
  });
});
