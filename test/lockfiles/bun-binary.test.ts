/**
 * bun.lockb, Bun's binary lockfile, against what Bun itself says is in it.
 *
 * test/fixtures/bun-lockb/<case>-<bun version>/ were written by real Bun releases
 * (scripts/fixtures/bun-lockb.mjs); each expected.json lists the name@version pairs
 * `bun bun.lockb` prints (and, for Bun 1.2+, the bun.lock Bun converts it to).
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lockfile } from '../../src/core/model.js';
import { BUN_LOCKB_HEADER, parseBunBinary } from '../../src/lockfiles/bun-binary.js';
import { LockfileError } from '../../src/core/errors.js';
import { loadLockfile } from '../../src/lockfiles/index.js';
import { MAX_LOCKFILE_BYTES } from '../../src/lockfiles/text.js';
import { FIXTURES, ROOT, setDiff, sortedSetDiff, versionSet } from '../helpers.js';

const LOCKB = path.join(ROOT, 'test', 'fixtures', 'bun-lockb');

interface Expected {
  bun: string;
  formatVersion: number;
  packages: string[];
}

const cases = readdirSync(LOCKB)
  .sort()
  .map((name) => ({
    name,
    bytes: readFileSync(path.join(LOCKB, name, 'bun.lockb')),
    expected: JSON.parse(readFileSync(path.join(LOCKB, name, 'expected.json'), 'utf8')) as Expected,
  }));
const fixture = (name: string) => cases.find((c) => c.name === name)!;
const parse = (name: string): Lockfile => parseBunBinary('bun.lockb', fixture(name).bytes);
const BUN_VERSIONS = [...new Set(cases.map((c) => c.expected.bun))];

/**
 * name@version pairs as Bun prints them: Bun's yarn-format print lists a `file:`
 * directory with no version (Bun 1.0, 1.1) or not at all (1.2+), so those are left out.
 */
const printedSet = (lockfile: Lockfile) =>
  [...versionSet({ ...lockfile, packages: lockfile.packages.filter((p) => p.source !== 'file') })].sort();

/** The error a parse ends with (or a failed expectation when there is none). */
function failure(bytes: Uint8Array): LockfileError {
  try {
    parseBunBinary('bun.lockb', bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(LockfileError);
    return error as LockfileError;
  }
  throw new Error('expected a LockfileError');
}

/** A copy of a fixture with a little-endian u64 (or u32) written at `offset`. */
function patched(bytes: Uint8Array, offset: number, value: number | bigint, width: 4 | 8 = 8): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  if (width === 4) view.setUint32(offset, Number(value), true);
  else view.setBigUint64(offset, BigInt(value), true);
  return copy;
}

const u64 = (bytes: Uint8Array, offset: number) =>
  Number(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset, true));

/** Offsets of the file's landmarks, found by reading the format's fixed header (independently of the parser). */
function landmarks(bytes: Uint8Array) {
  const packages = 42 + 4 + 32 + 8;
  const listEnd = u64(bytes, packages + 32);
  const buffers: number[] = [];
  let at = listEnd;
  for (let i = 0; i < 6; i++) {
    buffers.push(at);
    at = u64(bytes, at + 8);
  }
  return { totalSize: 42 + 4 + 32, packages, listBegin: u64(bytes, packages + 24), listEnd, buffers };
}

describe('bun.lockb from every Bun release that writes it', () => {
  it('covers format versions 2 and 3 and Bun 1.0 to 1.4', () => {
    expect(new Set(cases.map((c) => c.expected.formatVersion))).toEqual(new Set([2, 3]));
    expect(BUN_VERSIONS).toEqual(expect.arrayContaining(['1.0.0', '1.1.45', '1.2.23', '1.3.5', '1.4.5']));
  });

  it.each(cases)('$name: the package set equals the one Bun prints', ({ bytes, expected }) => {
    const lockfile = parseBunBinary('bun.lockb', bytes);
    expect(lockfile.format).toBe('bun');
    expect(lockfile.formatVersion).toBe(`lockb-${expected.formatVersion}`);
    expect(printedSet(lockfile)).toEqual(expected.packages);
  });

  it.each(BUN_VERSIONS)('Bun %s: the diff of basic → basic-next equals the set difference', (version) => {
    const base = fixture(`basic-${version}`);
    const head = fixture(`basic-next-${version}`);
    // local-pkg (a file: directory) is in both, so it is in neither difference.
    expect(setDiff(parse(base.name), parse(head.name))).toEqual({
      added: head.expected.packages.filter((p) => !base.expected.packages.includes(p)).sort(),
      removed: base.expected.packages.filter((p) => !head.expected.packages.includes(p)).sort(),
    });
  });

  it('diffs across format versions (Bun 1.1 base, Bun 1.4 head) as set differences', () => {
    const base = fixture('basic-1.1.45');
    const head = fixture('basic-next-1.4.5');
    const diff = setDiff(parse(base.name), parse(head.name));
    expect(diff.added).toEqual(head.expected.packages.filter((p) => !base.expected.packages.includes(p)).sort());
    expect(diff.removed).toEqual(base.expected.packages.filter((p) => !head.expected.packages.includes(p)).sort());
    expect(diff.added).toContain('escape-html@1.0.3');
  });

  it('reads a real project (honojs/hono, Bun 1.1) as the yarn.lock Bun printed beside it, and its diff', async () => {
    const dir = path.join(FIXTURES, 'bun-lockb-hono');
    const read = (side: string) => parseBunBinary('bun.lockb', readFileSync(path.join(dir, side, 'bun.lockb')));
    const [base, head] = [read('base'), read('head')];
    for (const [side, lockfile] of [
      ['base', base],
      ['head', head],
    ] as const) {
      const printed = await loadLockfile('yarn.lock', readFileSync(path.join(dir, side, 'yarn.lock'), 'utf8'));
      expect(versionSet(lockfile)).toEqual(versionSet(printed));
    }
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected-changes.json'), 'utf8')) as {
      set_diff: { added: string[]; removed: string[] };
    };
    expect(setDiff(base, head)).toEqual(sortedSetDiff(expected.set_diff));
    // Bun records install scripts it saw: workerd downloads its binary in a postinstall script.
    expect(head.packages.find((p) => p.name === 'workerd')?.hasInstallScript).toBe(true);
    expect(head.packages.find((p) => p.name === 'hono')).toBeUndefined(); // the root is an importer, not a package
    expect(head.packages.filter((p) => p.hasInstallScript === false).length).toBeGreaterThan(800);
  });
});

describe('what bun.lockb records', () => {
  it.each(['1.0.36', '1.4.5'])('Bun %s: alias, tarball URL, file: dependency, integrity, edges', (version) => {
    const lockfile = parse(`basic-${version}`);
    const byName = (name: string, v?: string) =>
      lockfile.packages.find((p) => p.name === name && (!v || p.version === v))!;
    expect(byName('is-odd', '3.0.1')).toMatchObject({ alias: 'odd', source: 'registry' });
    expect(byName('tiny-tarball')).toMatchObject({
      version: '1.0.0',
      source: 'tarball',
      resolved: 'https://registry.npmjs.org/tiny-tarball/-/tiny-tarball-1.0.0.tgz',
    });
    expect(byName('local-pkg')).toMatchObject({ source: 'file', version: 'file:local-pkg' });
    const ms = byName('ms', '2.1.3');
    expect(ms.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    expect(ms.resolved).toBe('https://registry.npmjs.org/ms/-/ms-2.1.3.tgz');
    expect(ms.hasInstallScript).toBe(false);
    expect(ms.line).toBe(0);
    const debug = byName('debug');
    expect(debug.deps?.map((id) => lockfile.packages.find((p) => p.id === id)?.version)).toEqual(['2.0.0']);
    const root = lockfile.importers.find((i) => i.path === 'package.json')!;
    expect(root.deps).toContain(byName('left-pad').id);
    expect(root.deps).toContain(byName('is-odd', '3.0.1').id);
  });

  it.each(['1.0.0', '1.2.23', '1.4.5'])('Bun %s: workspaces are own code with their versions and importers', (v) => {
    const lockfile = parse(`workspaces-${v}`);
    const a = lockfile.packages.find((p) => p.name === '@demo/a')!;
    expect(a).toMatchObject({ source: 'workspace', resolved: 'packages/a' });
    if (v !== '1.0.0') expect(a.version).toBe('1.2.0'); // Bun 1.0.0 wrote no workspace versions
    expect(lockfile.importers.map((i) => i.path).sort()).toEqual([
      'package.json',
      'packages/a/package.json',
      'packages/b/package.json',
    ]);
    const b = lockfile.importers.find((i) => i.path === 'packages/b/package.json')!;
    expect(b.deps.map((id) => lockfile.packages.find((p) => p.id === id)?.version)).toEqual(['2.0.0']);
  });

  it('overrides: the overridden versions are the ones installed (Bun 1.0.0 ignored overrides)', () => {
    for (const version of BUN_VERSIONS.filter((v) => v !== '1.0.0')) {
      const set = versionSet(parse(`overrides-${version}`));
      expect(set.has('ms@2.1.3') && set.has('is-number@7.0.0')).toBe(true);
      expect(set.has('ms@2.0.0')).toBe(false);
    }
  });
});

describe('bad input: one LockfileError naming bun.lockb and the byte offset', () => {
  const good = fixture('basic-1.3.5').bytes;
  const marks = landmarks(good);

  it('a wrong header', () => {
    const bytes = new Uint8Array(good);
    bytes[20] = 0x41;
    expect(failure(bytes).message).toMatch(/^bun\.lockb: at byte 0: does not start with Bun's lockfile header/);
    expect(failure(new TextEncoder().encode('{"lockfileVersion": 1}')).message).toMatch(/at byte 0: /);
  });

  it('an unknown format version says what lockgate does with the file', () => {
    const newer = failure(patched(good, 42, 9, 4)).message;
    expect(newer).toMatch(/^bun\.lockb: at byte 42: format version 9 is newer than the versions lockgate reads/);
    expect(newer).toContain('bun install --save-text-lockfile');
    expect(failure(patched(good, 42, 1, 4)).message).toMatch(
      /at byte 42: format version 1 was written by Bun before 1\.0/,
    );
  });

  it.each([10, 42, 60, 90, 200, 4000, 5500, 6460])('a file cut at byte %i', (at) => {
    expect(failure(good.subarray(0, at)).message).toMatch(/^bun\.lockb: at byte \d+: /);
  });

  it('a total size past the end of the file', () => {
    const message = failure(patched(good, marks.totalSize, good.length + 1)).message;
    expect(message).toBe(
      `bun.lockb: at byte ${marks.totalSize}: the total size says ${good.length + 1} bytes but the file has ${good.length}; it looks truncated`,
    );
  });

  it('impossible package list offsets and counts', () => {
    expect(failure(patched(good, marks.packages + 24, marks.listEnd + 8)).message).toMatch(
      /at byte \d+: the package list \(bytes \d+ to \d+\) is outside the file's data/,
    );
    expect(failure(patched(good, marks.packages, 1_000_000)).message).toMatch(
      new RegExp(`at byte ${marks.packages}: 1000000 packages need`),
    );
    expect(failure(patched(good, marks.packages, 2 ** 60)).message).toMatch(/the package count is impossibly large/);
    expect(failure(patched(good, marks.packages + 16, 9)).message).toMatch(/packages have 9 fields, expected 8/);
  });

  it('a buffer whose end is past the data, or goes backwards', () => {
    const strings = marks.buffers[5]!;
    expect(failure(patched(good, strings + 8, good.length * 2)).message).toMatch(
      new RegExp(`at byte ${strings}: the string buffer \\(bytes \\d+ to \\d+\\) is outside the file's data`),
    );
    const deps = marks.buffers[3]!;
    expect(failure(patched(good, deps, 16)).message).toMatch(new RegExp(`at byte ${deps}: the dependency list`));
  });

  it('a string pointing outside the string buffer', () => {
    // Package 1's name: a pointer (top bit set) at an offset far past the buffer.
    const bytes = patched(good, marks.listBegin + 8, 0x80000004_00ff0000n);
    expect(failure(bytes).message).toBe(
      `bun.lockb: at byte ${marks.listBegin + 8}: a string points at bytes 16711680 to 16711684 of a ${u64(good, marks.buffers[5]! + 8) - u64(good, marks.buffers[5]!)}-byte string buffer`,
    );
  });

  it('a dependency slice past the dependency list', () => {
    const lockfile = parseBunBinary('bun.lockb', good);
    const count = lockfile.packages.length + 1;
    const slices = marks.listBegin + (16 + 72) * count;
    expect(failure(patched(good, slices, 10_000, 4)).message).toMatch(
      new RegExp(`at byte ${slices}: package "lockb-basic" lists dependencies 10000 to \\d+, past the \\d+ there are`),
    );
  });

  it('a dependency resolving past the package list is not installed, as Bun reads it', () => {
    // elysiajs/elysia test/node/cjs/bun.lockb holds 0xAAAAAAAA in a resolution slot; Bun 1.2.23
    // installs from that file with --frozen-lockfile, skipping the dependency.
    const resolutions = u64(good, marks.buffers[2]!);
    const before = parseBunBinary('bun.lockb', good);
    const edges = (l: Lockfile) =>
      l.packages.reduce((n, p) => n + (p.deps?.length ?? 0), 0) + l.importers.reduce((n, i) => n + i.deps.length, 0);
    const after = parseBunBinary('bun.lockb', patched(good, resolutions, 0xaaaaaaaa, 4));
    expect(versionSet(after)).toEqual(versionSet(before));
    expect(edges(after)).toBe(edges(before) - 1);
  });

  it('a file over the size limit', () => {
    const huge = new Uint8Array(MAX_LOCKFILE_BYTES + 1);
    huge.set(good);
    expect(failure(huge).message).toMatch(/^bun\.lockb: at byte 0: file is \d+ bytes, over the \d+-byte limit/);
  });
});

describe('fuzz: mutated bun.lockb files end as a lockfile or a LockfileError', () => {
  const seeds = ['basic-1.0.36', 'workspaces-1.3.5', 'overrides-1.4.5', 'basic-next-1.2.23'].map(
    (n) => fixture(n).bytes,
  );
  type Mutation =
    { op: 'flip'; at: number; byte: number } | { op: 'cut'; at: number } | { op: 'u64'; at: number; value: number };
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
    // Overwrite an aligned 8-byte word: offsets, counts and lengths live in such words.
    fc.record({
      op: fc.constant('u64' as const),
      at: fc.nat(),
      value: fc.oneof(fc.nat(), fc.constantFrom(0, 1, 0xdeadbeef, 2 ** 32 - 1, 2 ** 53 - 1)),
    }),
  );

  function apply(seed: Uint8Array, mutations: Mutation[]): Uint8Array {
    let bytes = new Uint8Array(seed);
    for (const m of mutations) {
      if (m.op === 'flip') bytes[m.at % bytes.length] = m.byte;
      else if (m.op === 'cut') bytes = bytes.subarray(0, m.at % (bytes.length + 1));
      else if (bytes.length >= 8) {
        const at = (m.at % Math.floor(bytes.length / 8)) * 8;
        new DataView(bytes.buffer, bytes.byteOffset).setBigUint64(at, BigInt(m.value), true);
      }
    }
    return bytes;
  }

  it('never throws anything else, and every error names bun.lockb and a byte offset on one line', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (s, ms) => {
        try {
          parseBunBinary('bun.lockb', apply(seeds[s]!, ms));
        } catch (error) {
          if (!(error instanceof LockfileError)) throw error;
          expect(error.message).toMatch(/^bun\.lockb: at byte \d+: [^\n]+$/);
        }
      }),
      { seed: 20261126, numRuns: 3000 },
    );
  });

  it('reads the header it documents', () => {
    expect(new TextDecoder().decode(seeds[0]!.subarray(0, 42))).toBe(BUN_LOCKB_HEADER);
  });
});
