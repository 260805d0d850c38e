import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packagePath, unpackTarball, UnpackError } from '../../src/content/unpack.js';
import { tarballBytes } from './support.js';

/** One USTAR header block, written by hand so a test can say anything a hostile tarball says. */
function header(name: string, size: number, type = '0', link = ''): Buffer {
  const b = Buffer.alloc(512);
  b.write(name.slice(0, 100), 0);
  b.write('0000644\0', 100);
  b.write('0000000\0', 108);
  b.write('0000000\0', 116);
  b.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  b.write('00000000000\0', 136);
  b.write('        ', 148);
  b.write(type, 156);
  b.write(link, 157);
  b.write('ustar\0', 257);
  b.write('00', 263);
  let sum = 0;
  for (const x of b) sum += x;
  b.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return b;
}
const body = (text: string) => {
  const data = Buffer.from(text);
  return Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
};
const END = Buffer.alloc(1024);
const SMALL = { maxUnpackedBytes: 4 * 1024 * 1024, maxEntries: 1000 };

async function failure(bytes: Uint8Array, limits = SMALL): Promise<UnpackError> {
  const error = await unpackTarball(bytes, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnpackError);
  return error as UnpackError;
}

describe('unpackTarball', () => {
  it('reads a real npm tarball: every file, under its path without package/', async () => {
    const { files, skipped, unpackedBytes } = await unpackTarball(tarballBytes('real/debug-4.4.1.tgz'));
    expect([...files.keys()].sort()).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
      'src/browser.js',
      'src/common.js',
      'src/index.js',
      'src/node.js',
    ]);
    expect(JSON.parse(Buffer.from(files.get('package.json')!).toString()).version).toBe('4.4.1');
    expect(skipped).toEqual([]);
    expect(unpackedBytes).toBeGreaterThan(40_000);
  });

  it('stops a gzip bomb at the cap (100 MB of zeros in 100 kB)', async () => {
    const big = 100 * 1024 * 1024;
    const bomb = gzipSync(Buffer.concat([header('package/a.js', big), Buffer.alloc(big), END]), { level: 9 });
    expect(bomb.length).toBeLessThan(150_000);
    const error = await failure(bomb);
    expect(error.reason).toBe('too-large');
    expect(error.message).toBe('more than 4 MB unpacked');
  });

  it('stops at the entry cap (100,000 files)', async () => {
    const one = header('package/x.js', 0);
    const many = Buffer.alloc(512 * 100_000);
    for (let i = 0; i < 100_000; i++) one.copy(many, i * 512);
    const error = await failure(gzipSync(Buffer.concat([many, END]), { level: 1 }), {
      maxUnpackedBytes: 64 * 1024 * 1024,
      maxEntries: 20_000,
    });
    expect(error.reason).toBe('too-many-files');
    expect(error.message).toBe('more than 20,000 entries');
  });

  it('leaves out ../ and absolute paths, links and devices, and says so', async () => {
    const tar = Buffer.concat([
      header('package/../../etc/passwd', 5),
      body('owned'),
      header('package/link.js', 0, '2', '/etc/shadow'),
      header('package/hard.js', 0, '1', 'package/ok.js'),
      header('/abs/x.js', 0),
      header('package/dev', 0, '3'),
      header('package/ok.js', 2),
      body('ok'),
      END,
    ]);
    const { files, skipped } = await unpackTarball(gzipSync(tar), SMALL);
    expect([...files.keys()]).toEqual(['ok.js']);
    expect(skipped).toEqual([
      'unsafe path "package/../../etc/passwd"',
      'symlink entry link.js',
      'link entry hard.js',
      'unsafe path "/abs/x.js"',
      'character-device entry dev',
    ]);
  });

  it('ends a truncated stream, garbage and an empty body in a clear error', async () => {
    const real = tarballBytes('real/xrpl-4.2.0.tgz');
    expect(
      (await failure(real.subarray(0, real.length >> 1), { maxUnpackedBytes: 64 << 20, maxEntries: 20_000 })).message,
    ).toMatch(/^not a readable gzip\/tar stream \(/);
    expect((await failure(Buffer.from('<html>Service Unavailable</html>'))).reason).toBe('corrupt');
    expect((await failure(new Uint8Array())).reason).toBe('corrupt');
    const cutTar = gzipSync(Buffer.concat([header('package/a.js', 5000), Buffer.alloc(100)]));
    expect((await failure(cutTar)).reason).toBe('corrupt');
  });
});

describe('packagePath', () => {
  it.each([
    ['package/index.js', 'index.js'],
    ['node/lib/a.js', 'lib/a.js'],
    ['package/./lib//a.js', 'lib/a.js'],
    ['package/', undefined],
    ['package/../x', undefined],
    ['package/a/../../x', undefined],
    ['/etc/passwd', undefined],
    ['C:/x/y', undefined],
    ['package\\..\\x', undefined],
  ])('%s → %s', (name, want) => {
    expect(packagePath(name)).toBe(want);
  });
});
