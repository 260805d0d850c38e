import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMalicious, parseRecordBytes } from '../../src/advisories/records.js';
import {
  loadSnapshot,
  SnapshotError,
  snapshotFromBytes,
  SNAPSHOT_FILE,
  type SnapshotSource,
} from '../../src/advisories/snapshot.js';
import {
  compactRecord,
  compareIds,
  decodeHeader,
  detailsExtract,
  encodeSnapshot,
  selectForSnapshot,
} from '../../src/advisories/snapshot-format.js';
import type { OsvRecord } from '../../src/core/osv.js';
import { currentRecord } from '../../src/match/origins.js';
import { DATA, ROOT } from '../helpers.js';



const DATA_FILE = path.join(DATA, 'osv-malicious-npm.jsonl.gz');

/** The raw records, parsed independently of the code under test. */
function rawRecords(): OsvRecord[] {
  return gunzipSync(readFileSync(DATA_FILE))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OsvRecord);
}

function buildFrom(records: readonly OsvRecord[]): Uint8Array {
  const selection = selectForSnapshot(records, isMalicious);
  return encodeSnapshot(selection.kept, selection.asOf ? { asOf: selection.asOf } : {});
}

/** The fields matching and reporting read, as the record says now (its origins read: match/origins.ts). */
function essentials(record: OsvRecord): unknown {
  return {
    id: record.id,
    aliases: record.aliases ?? [],
    summary: record.summary,
    published: record.published,
    modified: record.modified,
    affected: currentRecord(record).affected.map((a) => ({
      package: { ecosystem: a.package?.ecosystem, name: a.package?.name },
      versions: a.versions,
      ranges: a.ranges,
    })),
    references: record.references ?? [],
  };
}

describe('snapshot of the real OSV malicious-package data', () => {
  let raw: OsvRecord[];
  let bytes: Uint8Array;
  let source: SnapshotSource;

  beforeAll(() => {
    raw = rawRecords();
    bytes = buildFrom(raw);
    source = snapshotFromBytes(bytes, 'built-in-test');
  });

  it('keeps every record (none is withdrawn) and the newest modified date as asOf', () => {
    // Figures from data/osv/README.md: 22,256 records, 22,256 distinct names, newest modified 2026-08-04 (keyv).
    expect(raw).toHaveLength(22256);
    expect(source.status()).toEqual({ name: 'snapshot', ok: true, records: 22256, asOf: '2026-08-04T21:07:18Z' });
    expect(source.header.names).toBe(22256);
  });

  it('answers postmark-mcp, axios and @ctrl/tinycolor with their records intact', async () => {
    const found = await source.lookup([
      { name: 'postmark-mcp', version: '1.0.16' },
      { name: 'axios', version: '1.14.1' },
      { name: '@ctrl/tinycolor', version: '4.1.1' },
    ]);
    expect(found.map((r) => r.id).sort()).toEqual(['MAL-2025-47141', 'MAL-2025-47604', 'MAL-2026-2307']);
    const byId = new Map(found.map((r) => [r.id, r]));
    expect(byId.get('MAL-2025-47604')!.affected).toEqual([
      {
        package: { ecosystem: 'npm', name: 'postmark-mcp' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '1.0.16' }] }],
      },
    ]);
    const axios = byId.get('MAL-2026-2307')!;
    expect(axios.aliases).toEqual(['GHSA-fw8c-xr5c-95f9']);
    expect(axios.affected?.[0]?.versions).toEqual(['0.30.4', '1.14.1']);
    expect(axios.database_specific?.iocs).toEqual({
      domains: ['sfrclak.com'],
      ips: ['142.11.206.73'],
      urls: ['http://sfrclak.com:8000/6202033'],
    });
    // GHSA's superseded first import ("every version") is left out; its latest import is kept as the origin.
    const tinycolor = byId.get('MAL-2025-47141')!;
    expect(tinycolor.affected?.[0]?.ranges).toEqual([
      { type: 'SEMVER', events: [{ introduced: '4.1.1' }, { last_affected: '4.1.2' }] },
    ]);
    expect(tinycolor.database_specific?.['malicious-packages-origins']).toEqual([
      {
        source: 'ghsa-malware',
        id: 'GHSA-qjqf-7j6f-82c4',
        modified_time: '2025-09-16T01:14:51Z',
        ranges: [{ type: 'SEMVER', events: [{ introduced: '4.1.1' }, { last_affected: '4.1.2' }] }],
      },
    ]);
    for (const record of found) {
      const original = raw.find((r) => r.id === record.id)!;
      expect(essentials(record)).toEqual(essentials(original));
    }
  });

  it('returns nothing for names not in the data', async () => {
    const names = ['lockgate-no-such-package', 'react', '@types/node', 'axio', 'axioss', ''];
    expect(await source.lookup(names.map((name) => ({ name, version: '1.0.0' })))).toEqual([]);
    expect(await source.lookup([])).toEqual([]);
  });

  it('round-trips every record: a lookup of every name returns each record once, with its matching fields', async () => {
    const queries = raw.flatMap((r) => (r.affected ?? []).map((a) => ({ name: a.package!.name!, version: '0.0.0' })));
    const found = await source.lookup(queries);
    expect(found).toHaveLength(raw.length);
    const byId = new Map(found.map((r) => [r.id, r]));
    for (const original of raw) {
      const record = byId.get(original.id);
      expect(record, original.id).toBeDefined();
      expect(essentials(record!)).toEqual(essentials(original));
      expect(record!.details === undefined || record!.details.length <= 300).toBe(true);
    }
  });

  it('keeps the latest import of each origin, drops hashes, import times and long details', async () => {
    const [keyv] = await source.lookup([{ name: 'keyv', version: '6.0.0' }]);
    expect(keyv?.id).toBe('MAL-2026-11524');
    const text = JSON.stringify(keyv);
    expect(keyv!.database_specific?.['malicious-packages-origins']).toBeDefined();
    expect(text).not.toContain('sha256');
    expect(text).not.toContain('import_time');
    expect(text).not.toContain('evidence_files');
    expect(keyv!.details!.length).toBeLessThanOrEqual(300);
    expect(keyv!.details).toMatch(/^keyv@6\.0\.0 is a lookalike/);
  });

  it('leaves the 59 withdrawn records out: adding them changes nothing', () => {
    const withdrawn = gunzipSync(readFileSync(path.join(DATA, 'osv-malicious-npm-withdrawn.jsonl.gz')))
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as OsvRecord);
    const selection = selectForSnapshot([...raw, ...withdrawn], isMalicious);
    expect(selection.dropped).toEqual({ notMalicious: 0, withdrawn: 59, noNpmPackage: 0, duplicate: 0 });
    const again = encodeSnapshot(selection.kept, selection.asOf ? { asOf: selection.asOf } : {});
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });

  it('is deterministic: the same records in any order give byte-identical files', () => {
    const again = buildFrom([...raw].reverse());
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
  });

  it('is covered by the file shipped in dist/ (built from this data, or refreshed since)', async () => {
    // The scheduled refresh rebuilds dist/ from OSV's live export, a superset of this data.
    expect(readFileSync(path.join(ROOT, 'dist', SNAPSHOT_FILE)).length).toBeGreaterThan(0);
    const loaded = await loadSnapshot();
    const shipped = loaded.status();
    const built = source.status();
    expect(shipped.ok).toBe(true);
    expect(shipped.records!).toBeGreaterThanOrEqual(built.records!);
    expect(Date.parse(shipped.asOf!)).toBeGreaterThanOrEqual(Date.parse(built.asOf!));
    const [postmark] = await loaded.lookup([{ name: 'postmark-mcp', version: '1.0.16' }]);
    expect(postmark?.id).toBe('MAL-2025-47604');
  });
});

describe('snapshot format details', () => {
  const record = (id: string, name: string, extra: Partial<OsvRecord> = {}): OsvRecord => ({
    id,
    modified: '2025-01-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'npm', name }, versions: ['1.0.0'] }],
    ...extra,
  });

  it('keeps indicator domains of affected entries and drops the other indicators', () => {
    const compact = compactRecord(
      record('MAL-1', 'a', {
        affected: [
          {
            package: { ecosystem: 'npm', name: 'a' },
            versions: ['1.0.0'],
            database_specific: {
              cwes: [{ cweId: 'CWE-506' }],
              indicators: { domains: ['evil.example'], package_integrity: [{ filename: 'a-1.0.0.tgz' }] },
            },
          },
        ],
      }),
    );
    expect(compact.affected?.[0]?.database_specific).toEqual({ indicators: { domains: ['evil.example'] } });
  });

  it('extracts details: text above the per-source marker, else the per-source texts without headings', () => {
    expect(
      detailsExtract(
        'Own words.\n\n---\n_-= Per source details. Do not edit below this line.=-_\n\n## Source: x (abc)\nOther',
      ),
    ).toBe('Own words.');
    expect(
      detailsExtract(
        '\n---\n_-= Per source details. Do not edit below this line.=-_\n\n## Source: a (1)\nFirst.\n\n## Source: b (2)\nSecond.\n',
      ),
    ).toBe('First. Second.');
    const long = detailsExtract('word '.repeat(200))!;
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith('…')).toBe(true);
    expect(detailsExtract(undefined)).toBeUndefined();
  });

  it('sorts ids naturally', () => {
    expect(['MAL-2021-10', 'MAL-2021-2', 'MAL-2020-99', 'GHSA-x'].sort(compareIds)).toEqual([
      'GHSA-x',
      'MAL-2020-99',
      'MAL-2021-2',
      'MAL-2021-10',
    ]);
  });

  it('indexes every npm name of a record, across block boundaries, and finds names with non-ASCII neighbours', async () => {
    const records = Array.from({ length: 150 }, (_, i) => record(`MAL-2025-${i + 1}`, `pkg-${i}`));
    records.push(
      record('MAL-2025-999', 'shared', {
        affected: [
          { package: { ecosystem: 'npm', name: 'shared' } },
          { package: { ecosystem: 'npm', name: 'pkg-3' } },
          { package: { ecosystem: 'PyPI', name: 'python-only' } },
        ],
      }),
      record('MAL-2025-1000', 'zé'),
    );
    const source = snapshotFromBytes(encodeSnapshot(records, { blockRecords: 8 }));
    expect(source.header.blocks).toBe(Math.ceil(152 / 8));
    expect((await source.lookup([{ name: 'pkg-3', version: '1.0.0' }])).map((r) => r.id)).toEqual([
      'MAL-2025-4',
      'MAL-2025-999',
    ]);
    expect((await source.lookup([{ name: 'pkg-149', version: '1.0.0' }])).map((r) => r.id)).toEqual(['MAL-2025-150']);
    expect((await source.lookup([{ name: 'zé', version: '1.0.0' }])).map((r) => r.id)).toEqual(['MAL-2025-1000']);
    expect(await source.lookup([{ name: 'python-only', version: '1.0.0' }])).toEqual([]);
  });

  it('leaves withdrawn and non-malicious records out, and refuses duplicate ids when encoding', () => {
    const selection = selectForSnapshot(
      [
        record('MAL-1', 'a'),
        record('MAL-2', 'b', { withdrawn: '2025-02-01T00:00:00Z', modified: '2025-02-01T00:00:00Z' }),
        record('GHSA-1', 'c'),
        record('MAL-1', 'a', { modified: '2025-03-01T00:00:00Z', summary: 'newer' }),
      ],
      isMalicious,
    );
    expect(selection.kept.map((r) => [r.id, r.summary])).toEqual([['MAL-1', 'newer']]);
    expect(selection.dropped).toEqual({ notMalicious: 1, withdrawn: 1, noNpmPackage: 0, duplicate: 1 });
    expect(selection.asOf).toBe('2025-03-01T00:00:00Z');
    expect(() => encodeSnapshot([record('MAL-1', 'a'), record('MAL-1', 'b')])).toThrow(/duplicate advisory id MAL-1/);
  });

  it('encodes an empty database as a valid, empty snapshot', async () => {
    const source = snapshotFromBytes(encodeSnapshot([]));
    expect(source.status()).toEqual({ name: 'snapshot', ok: true, records: 0 });
    expect(await source.lookup([{ name: 'a', version: '1.0.0' }])).toEqual([]);
  });
});

describe('broken snapshot files', () => {
  let dir: string;
  let good: Uint8Array;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lockgate-snapshot-'));
    const records = Array.from({ length: 40 }, (_, i) => ({
      id: `MAL-2025-${i}`,
      affected: [{ package: { ecosystem: 'npm', name: `p${i}` }, versions: ['1.0.0'] }],
    }));
    good = encodeSnapshot(records, { blockRecords: 8 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, bytes: Uint8Array | string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  it('loads a good file from disk and reads records lazily', async () => {
    const source = await loadSnapshot(write('good.snapshot', good));
    expect((await source.lookup([{ name: 'p17', version: '1.0.0' }])).map((r) => r.id)).toEqual(['MAL-2025-17']);
  });

  it('a missing file is a clear error', async () => {
    const file = path.join(dir, 'absent.snapshot');
    await expect(loadSnapshot(file)).rejects.toThrow(SnapshotError);
    await expect(loadSnapshot(file)).rejects.toThrow(`advisory snapshot ${file} is missing`);
  });

  it.each([
    ['empty', ''],
    ['not a snapshot', 'hello world\n'],
    ['JSON of another kind', '{"format":"other"}\n'],
  ])('a file that is %s is a clear error', async (_label, text) => {
    const file = write('bad.snapshot', text);
    await expect(loadSnapshot(file)).rejects.toThrow(
      new RegExp(`advisory snapshot ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is unreadable: .+`),
    );
  });

  it('a truncated file is a clear error', async () => {
    const file = write('cut.snapshot', good.subarray(0, good.length - 10));
    await expect(loadSnapshot(file)).rejects.toThrow(/is unreadable: .*truncated/);
  });

  it('a corrupt index is a clear error at load', async () => {
    const { indexStart } = decodeHeader(good);
    const broken = Buffer.from(good);
    broken.writeUInt32LE(0xffff, indexStart + 8); // third name offset jumps past the names blob
    await expect(loadSnapshot(write('index.snapshot', broken))).rejects.toThrow(/is unreadable: .*(corrupt|table)/);
  });

  it('a corrupt block is a clear error at lookup', async () => {
    const broken = Buffer.from(good);
    broken.fill(0x41, broken.length - 40); // garble the end of the last block
    const source = await loadSnapshot(write('block.snapshot', broken));
    await expect(source.lookup([{ name: 'p39', version: '1.0.0' }])).rejects.toThrow(/is unreadable: .*block/);
  });

  it('a newer format version is refused', () => {
    const text = Buffer.from(good).toString('latin1').replace('"version":1', '"version":9');
    expect(() => snapshotFromBytes(Buffer.from(text, 'latin1'))).toThrow(
      /format version 9 is not the supported version 1/,
    );
  });
});

describe('scripts/update-advisories.ts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lockgate-update-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/update-advisories.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value, null, 2));

  it('builds a snapshot of only the malicious, non-withdrawn records of an OSV bulk zip', async () => {
    const npm = (name: string, extra: object = {}) => [{ package: { ecosystem: 'npm', name }, ...extra }];
    const zip = zipSync({
      // An ordinary vulnerability: left out.
      'GHSA-aaaa-aaaa-aaaa.json': json({
        id: 'GHSA-aaaa-aaaa-aaaa',
        modified: '2026-12-31T00:00:00Z',
        summary: 'Prototype pollution in lodash',
        affected: npm('lodash', { ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }),
        database_specific: { cwe_ids: ['CWE-1321'], severity: 'HIGH' },
      }),
      // GitHub's copy of a MAL record: kept (aliases a MAL id).
      'GHSA-bbbb-bbbb-bbbb.json': json({
        id: 'GHSA-bbbb-bbbb-bbbb',
        aliases: ['MAL-2025-9001'],
        modified: '2025-10-01T00:00:00Z',
        affected: npm('evil-pkg', { versions: ['1.0.1'] }),
      }),
      'MAL-2025-9001.json': json({
        id: 'MAL-2025-9001',
        aliases: ['GHSA-bbbb-bbbb-bbbb'],
        modified: '2025-10-02T00:00:00Z',
        affected: npm('evil-pkg', { versions: ['1.0.1'] }),
      }),
      // Malware known only by CWE-506: kept.
      'GHSA-cccc-cccc-cccc.json': json({
        id: 'GHSA-cccc-cccc-cccc',
        modified: '2025-11-05T10:00:00Z',
        affected: npm('@scope/bad', { ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }),
        database_specific: { cwe_ids: ['CWE-506'] },
      }),
      // Withdrawn false positive: left out, though its date is the newest news.
      'MAL-2025-9002.json': json({
        id: 'MAL-2025-9002',
        modified: '2025-12-01T00:00:00Z',
        withdrawn: '2025-12-01T00:00:00Z',
        affected: npm('innocent', { versions: ['2.0.0'] }),
      }),
    });
    const zipFile = path.join(dir, 'all.zip');
    writeFileSync(zipFile, zip);
    const out = path.join(dir, 'out', 'test.snapshot');

    const result = run('--from', zipFile, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('kept 3 records');
    expect(result.stdout).toContain('1 not malicious, 1 withdrawn');
    expect(result.stdout).toContain('newest date (asOf): 2025-12-01T00:00:00Z');

    const source = await loadSnapshot(out);
    expect(source.status()).toEqual({ name: 'snapshot', ok: true, records: 3, asOf: '2025-12-01T00:00:00Z' });
    const found = await source.lookup(
      ['evil-pkg', '@scope/bad', 'lodash', 'innocent'].map((name) => ({ name, version: '1.0.0' })),
    );
    expect(found.map((r) => r.id)).toEqual(['GHSA-bbbb-bbbb-bbbb', 'GHSA-cccc-cccc-cccc', 'MAL-2025-9001']);

    // Same input through a JSONL file: byte-identical output.
    const jsonl = path.join(dir, 'records.jsonl');
    writeFileSync(
      jsonl,
      parseRecordBytes(zip, 'all.zip')
        .map((r) => JSON.stringify(r.record))
        .join('\n'),
    );
    const out2 = path.join(dir, 'test2.snapshot');
    expect(run('--from', jsonl, '--out', out2).status).toBe(0);
    expect(Buffer.compare(readFileSync(out2), readFileSync(out))).toBe(0);

    // Same zip downloaded over HTTP from a loopback server: byte-identical output.
    const server = createServer((request, response) => {
      if (request.url === '/npm/all.zip') response.writeHead(200, { 'content-type': 'application/zip' }).end(zip);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const out3 = path.join(dir, 'test3.snapshot');
      const script = ['scripts/run-ts.mjs', 'scripts/update-advisories.ts'];
      await promisify(execFile)(
        process.execPath,
        [...script, '--from', `http://127.0.0.1:${port}/npm/all.zip`, '--out', out3],
        {
          cwd: ROOT,
        },
      );
      expect(Buffer.compare(readFileSync(out3), readFileSync(out))).toBe(0);
      const missing = await promisify(execFile)(
        process.execPath,
        [...script, '--from', `http://127.0.0.1:${port}/nothing.zip`, '--out', out3],
        { cwd: ROOT },
      ).catch((error: { code?: number; stderr?: string }) => error);
      expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('HTTP 404') });
    } finally {
      server.close();
    }
  });

  it('fails with status 2 and one clear sentence on bad usage or unreadable input', () => {
    const usage = run('--out', path.join(dir, 'x.snapshot'));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--from is required/);

    const broken = path.join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id":"MAL-1","affected":[]}\n{not json\n');
    const bad = run('--from', broken, '--out', path.join(dir, 'y.snapshot'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${broken}:2: not a JSON record`);
  });
});
