import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OsvRecord } from '../../src/core/osv.js';
import { matchPackages, primaryId, recordAffects, validateRecord } from '../../src/match/match.js';
import { DATA } from '../helpers.js';



/** Every line of a .jsonl.gz file, parsed. */
function readJsonlGz(file: string): unknown[] {
  return gunzipSync(readFileSync(path.join(DATA, file)))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

let raw: unknown[] = [];
let records: OsvRecord[] = [];
let withdrawn: OsvRecord[] = [];
const byName = new Map<string, OsvRecord>();

beforeAll(() => {
  raw = readJsonlGz('osv-malicious-npm.jsonl.gz');
  records = raw as OsvRecord[];
  withdrawn = readJsonlGz('osv-malicious-npm-withdrawn.jsonl.gz') as OsvRecord[];
  for (const record of records) {
    const name = record.affected?.[0]?.package?.name;
    if (name) byName.set(name, record);
  }
});

/** The one real record for a package. */
function recordFor(name: string): OsvRecord {
  const record = byName.get(name);
  if (!record) throw new Error(`no record for ${name} in the data`);
  return record;
}

describe('real records (osv-malicious-npm.jsonl.gz)', () => {
  // Affected versions from the public incident reports named in data/README.md.
  const table: { name: string; id?: string; yes: string[]; no: string[] }[] = [
    {
      name: 'postmark-mcp',
      id: 'MAL-2025-47604',
      yes: ['1.0.16', '1.0.17', '2.0.0'],
      no: ['1.0.15', '1.0.0', '1.0.16-beta.1'],
    },
    { name: 'chalk', id: 'MAL-2025-46969', yes: ['5.6.1'], no: ['5.6.0', '5.6.2', '4.1.2'] },
    { name: 'debug', id: 'MAL-2025-46974', yes: ['4.4.2'], no: ['4.4.1', '4.4.3', '2.6.9'] },
    {
      name: 'nx',
      id: 'MAL-2025-41443',
      yes: ['21.5.0', '20.9.0', '21.8.0'],
      no: ['21.4.1', '21.5.1', '20.8.2', '21.9.0'],
    },
    {
      name: '@ctrl/tinycolor',
      id: 'MAL-2025-47141',
      // GHSA's first import said every version; its correction (the latest) says 4.1.1 through 4.1.2.
      yes: ['4.1.1', '4.1.2'],
      no: ['0.0.1', '3.4.1', '3.6.0', '4.1.0', '4.1.3', '99.0.0'],
    },
    { name: 'axios', id: 'MAL-2026-2307', yes: ['1.14.1', '0.30.4'], no: ['1.14.0', '0.30.3', '1.14.2'] },
    {
      name: 'posthog-node',
      id: 'MAL-2025-190925',
      yes: ['5.11.3', '5.13.3', '4.18.1'],
      no: ['5.11.2', '5.13.2', '4.18.0'],
    },
    { name: '@solana/web3.js', yes: ['1.95.6', '1.95.7'], no: ['1.95.5', '1.95.8', '1.98.0'] },
    { name: '@ledgerhq/connect-kit', yes: ['1.1.5', '1.1.6', '1.1.7'], no: ['1.1.4', '1.1.8'] },
  ];

  it.each(table)('$name', ({ name, id, yes, no }) => {
    const record = recordFor(name);
    if (id) expect(record.id).toBe(id);
    for (const version of yes) expect(recordAffects(record, name, version), `${name}@${version}`).toBe(true);
    for (const version of no) expect(recordAffects(record, name, version), `${name}@${version}`).toBe(false);
  });

  it('matchPackages finds them among all 22,256 records', () => {
    const hits = matchPackages(
      [
        { name: 'postmark-mcp', version: '1.0.16' },
        { name: 'postmark-mcp', version: '1.0.15' },
        { name: 'chalk', version: '5.6.1' },
        { name: 'chalk', version: '5.6.2' },
        { name: 'left-pad', version: '1.3.0' },
      ],
      records,
      () => 'snapshot',
    );
    expect([...hits.keys()].sort()).toEqual(['chalk@5.6.1', 'postmark-mcp@1.0.16']);
    const chalk = hits.get('chalk@5.6.1');
    expect(chalk).toHaveLength(1);
    expect(chalk?.[0]).toMatchObject({
      id: 'MAL-2025-46969',
      aliases: ['GHSA-2v46-p5h4-248w'],
      sources: ['snapshot'],
      source: 'snapshot',
    });
    expect(chalk?.[0]?.summary).toBe('Malicious code in chalk (npm)');
  });

  it('validateRecord reads every record, and every explicitly listed version matches', () => {
    expect(raw.length).toBe(22256);
    const errors = raw.map((r) => validateRecord(r).error).filter((e) => e !== undefined);
    expect(errors).toEqual([]);
    let pairs = 0;
    const misses: string[] = [];
    for (const record of records) {
      for (const affected of record.affected ?? []) {
        const name = affected.package?.name ?? '';
        for (const version of affected.versions ?? []) {
          pairs++;
          if (!recordAffects(record, name, version)) misses.push(`${record.id} ${name}@${version}`);
        }
      }
    }
    expect(misses).toEqual([]);
    // data/README.md counts 17,548 distinct listed pairs; duplicates within a list may add a few.
    expect(pairs).toBeGreaterThanOrEqual(17548);
  });

  it('matchPackages flags every listed pair with its own record', () => {
    const queries = records.flatMap((r) =>
      (r.affected ?? []).flatMap((a) =>
        (a.versions ?? []).map((version) => ({ name: a.package?.name ?? '', version, id: r.id })),
      ),
    );
    const hits = matchPackages(queries, records);
    const missing = queries.filter(
      (q) => !(hits.get(`${q.name}@${q.version}`) ?? []).some((h) => h.records.some((r) => r.id === q.id)),
    );
    expect(missing).toEqual([]);
  });
});

describe('withdrawn records (osv-malicious-npm-withdrawn.jsonl.gz)', () => {
  const probes = ['0.0.1', '1.0.0', '1.1.0', '2.0.0', '6.0.0', '99.9.9'];

  it('never match, for their listed versions or any other', () => {
    expect(withdrawn.length).toBe(59);
    const matched: string[] = [];
    for (const record of withdrawn) {
      expect(validateRecord(record).error).toBeUndefined();
      for (const affected of record.affected ?? []) {
        const name = affected.package?.name ?? '';
        for (const version of [...(affected.versions ?? []), ...probes])
          if (recordAffects(record, name, version)) matched.push(`${record.id} ${name}@${version}`);
      }
    }
    expect(matched).toEqual([]);
  });

  it('would match without the withdrawn field (so the test above can fail)', () => {
    const listedOnes = withdrawn.filter((r) => (r.affected?.[0]?.versions ?? []).length > 0);
    expect(listedOnes.length).toBeGreaterThan(0);
    for (const record of listedOnes) {
      const revived: OsvRecord = { ...record };
      delete revived.withdrawn;
      const affected = record.affected?.[0];
      expect(recordAffects(revived, affected?.package?.name ?? '', affected?.versions?.[0] ?? '')).toBe(true);
    }
  });

  it('are left out by matchPackages', () => {
    const queries = withdrawn.flatMap((r) =>
      (r.affected ?? []).flatMap((a) =>
        (a.versions ?? ['1.0.0']).map((version) => ({ name: a.package?.name ?? '', version })),
      ),
    );
    expect(matchPackages(queries, withdrawn).size).toBe(0);
  });
});

const npm = (name: string) => ({ ecosystem: 'npm', name });

describe('recordAffects', () => {
  const base: OsvRecord = { id: 'MAL-1', affected: [{ package: npm('pkg'), versions: ['1.0.0'] }] };

  it('matches the npm package by exact name', () => {
    expect(recordAffects(base, 'pkg', '1.0.0')).toBe(true);
    expect(recordAffects(base, 'pkg2', '1.0.0')).toBe(false);
    expect(recordAffects(base, 'PKG', '1.0.0')).toBe(false);
  });

  it('reads the ecosystem without case, and only npm', () => {
    expect(
      recordAffects(
        { id: 'X', affected: [{ package: { ecosystem: 'NPM', name: 'pkg' }, versions: ['1.0.0'] }] },
        'pkg',
        '1.0.0',
      ),
    ).toBe(true);
    expect(
      recordAffects(
        { id: 'X', affected: [{ package: { ecosystem: 'PyPI', name: 'pkg' }, versions: ['1.0.0'] }] },
        'pkg',
        '1.0.0',
      ),
    ).toBe(false);
    expect(
      recordAffects({ id: 'X', affected: [{ package: { name: 'pkg' }, versions: ['1.0.0'] }] }, 'pkg', '1.0.0'),
    ).toBe(false);
  });

  it('looks at every affected entry', () => {
    const record: OsvRecord = {
      id: 'X',
      affected: [
        { package: { ecosystem: 'PyPI', name: 'pkg' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] },
        { package: npm('other'), versions: ['1.0.0'] },
        { package: npm('pkg'), versions: ['2.0.0'] },
      ],
    };
    expect(recordAffects(record, 'pkg', '2.0.0')).toBe(true);
    expect(recordAffects(record, 'pkg', '1.0.0')).toBe(false);
    expect(recordAffects(record, 'other', '1.0.0')).toBe(true);
  });

  it('never matches a withdrawn record; an empty withdrawn string is not a withdrawal', () => {
    expect(recordAffects({ ...base, withdrawn: '2024-08-29T04:29:00Z' }, 'pkg', '1.0.0')).toBe(false);
    expect(recordAffects({ ...base, withdrawn: '' }, 'pkg', '1.0.0')).toBe(true);
  });
});

describe('validateRecord', () => {
  const bad: { why: string; value: unknown; error: RegExp }[] = [
    { why: 'null', value: null, error: /the record is null, not a JSON object/ },
    { why: 'array', value: [], error: /is an array, not a JSON object/ },
    { why: 'string', value: 'MAL-1', error: /is a string, not a JSON object/ },
    { why: 'numeric id', value: { id: 7, affected: [] }, error: /id is a number, not a string/ },
    { why: 'no affected', value: { id: 'MAL-1' }, error: /record MAL-1 has no affected array \(affected is missing\)/ },
    {
      why: 'affected not an array',
      value: { id: 'MAL-1', affected: {} },
      error: /record MAL-1 has no affected array \(affected is an object\)/,
    },
    { why: 'empty affected', value: { id: 'MAL-1', affected: [] }, error: /MAL-1 has an empty affected array/ },
    {
      why: 'affected entry not an object',
      value: { id: 'MAL-1', affected: [1] },
      error: /affected\[0\] is a number, not an object/,
    },
    {
      why: 'package not an object',
      value: { id: 'MAL-1', affected: [{ package: 'pkg' }] },
      error: /affected\[0\]\.package is a string/,
    },
    {
      why: 'versions not an array',
      value: { id: 'MAL-1', affected: [{ package: npm('p'), versions: '1.0.0' }] },
      error: /affected\[0\]\.versions is a string, not an array/,
    },
    {
      why: 'non-string version',
      value: { id: 'MAL-1', affected: [{ package: npm('p'), versions: ['1.0.0', 2] }] },
      error: /affected\[0\]\.versions\[1\] is a number/,
    },
    {
      why: 'range not an object',
      value: { id: 'MAL-1', affected: [{ package: npm('p'), ranges: ['SEMVER'] }] },
      error: /affected\[0\]\.ranges\[0\] is a string/,
    },
    {
      why: 'events not an array',
      value: {
        id: 'MAL-1',
        affected: [{ package: npm('p'), ranges: [{ type: 'SEMVER', events: { introduced: '0' } }] }],
      },
      error: /ranges\[0\]\.events is an object, not an array/,
    },
    {
      why: 'event not an object',
      value: { id: 'MAL-1', affected: [{ package: npm('p'), ranges: [{ type: 'SEMVER', events: ['0'] }] }] },
      error: /ranges\[0\]\.events\[0\] is a string/,
    },
    {
      why: 'aliases not strings',
      value: { id: 'MAL-1', aliases: [1], affected: [{ package: npm('p') }] },
      error: /aliases is not a list of strings/,
    },
  ];

  it.each(bad)('reports $why', ({ value, error }) => {
    const result = validateRecord(value);
    expect(result.record).toBeUndefined();
    expect(result.error).toMatch(error);
  });

  it('bounds and cleans an id echoed in an error', () => {
    const error = validateRecord({ id: `X\u001b[31m${'y'.repeat(500)}`, affected: 'no' }).error ?? '';
    expect(error).not.toContain('\u001b');
    expect(error.length).toBeLessThan(250);
  });

  it('gives a record without id a stable synthetic id', () => {
    const raw = { affected: [{ package: npm('@scope/pkg'), versions: ['1.0.0'] }] };
    const first = validateRecord(raw);
    expect(first.error).toBeUndefined();
    expect(first.record?.id).toBe('(no id: @scope/pkg)');
    expect(validateRecord({ ...raw, id: '' }).record?.id).toBe('(no id: @scope/pkg)');
    expect(validateRecord(raw).record?.id).toBe(first.record?.id);
    expect(raw).not.toHaveProperty('id');
    expect(recordAffects(first.record as OsvRecord, '@scope/pkg', '1.0.0')).toBe(true);
  });

  it('tolerates null fields, repeated CWE entries, empty-string events and events with several keys', () => {
    const cwe = { cweId: 'CWE-506', name: 'Embedded Malicious Code' };
    const result = validateRecord({
      id: 'MAL-2',
      aliases: null,
      withdrawn: null,
      summary: null,
      database_specific: null,
      affected: [
        {
          package: npm('q'),
          ranges: [{ type: 'SEMVER', events: [{ introduced: '' }, { introduced: '1.0.0', last_affected: '1.0.2' }] }],
          database_specific: { cwes: [cwe, cwe] },
        },
        { package: npm('r'), database_specific: null },
      ],
    });
    expect(result.error).toBeUndefined();
    expect(result.warnings).toBeUndefined();
    const record = result.record as OsvRecord;
    expect(record).not.toHaveProperty('aliases');
    expect(record).not.toHaveProperty('withdrawn');
    expect(recordAffects(record, 'q', '1.0.2')).toBe(true);
    expect(recordAffects(record, 'q', '1.0.3')).toBe(false);
    expect(matchPackages([{ name: 'q', version: '1.0.1' }], [record]).get('q@1.0.1')?.[0]?.id).toBe('MAL-2');
  });

  it('keeps a record whose range cannot be evaluated, with a warning naming it', () => {
    const result = validateRecord({
      id: 'MAL-3',
      affected: [
        {
          package: npm('s'),
          versions: ['1.0.0'],
          ranges: [
            { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: 'next' }] },
            { type: 'SEMVER', events: [{ fixed: '2.0.0' }] },
            { type: 'GIT', events: [{ introduced: 'abc' }] },
          ],
        },
      ],
    });
    expect(result.error).toBeUndefined();
    expect(result.warnings).toEqual([
      'record MAL-3: affected[0].ranges[0] is skipped: fixed "next" is not a semver version',
      'record MAL-3: affected[0].ranges[1] has no introduced event, so it matches no version',
    ]);
    expect(recordAffects(result.record as OsvRecord, 's', '1.0.0')).toBe(true);
  });
});

/** A MAL record as the OpenSSF malicious-packages database writes it. */
function malRecord(id: string, name: string, versions: string[], aliases: string[] = []): OsvRecord {
  return {
    id,
    aliases,
    summary: `Malicious code in ${name} (npm)`,
    affected: [{ package: npm(name), versions }],
    database_specific: { 'malicious-packages-origins': [{ source: 'ghsa-malware' }] },
  };
}

/** A GitHub malware advisory as GitHub exports it to OSV: ECOSYSTEM ranges, CWE-506, no MAL alias. */
function ghsaRecord(
  id: string,
  name: string,
  introduced: string,
  lastAffected?: string,
  aliases: string[] = [],
): OsvRecord {
  return {
    id,
    aliases,
    summary: `Malware in ${name}`,
    details: 'Any computer that has this package installed or running should be considered fully compromised.',
    affected: [
      {
        package: npm(name),
        ranges: [
          {
            type: 'ECOSYSTEM',
            events: lastAffected ? [{ introduced }, { last_affected: lastAffected }] : [{ introduced }],
          },
        ],
        database_specific: { source: `https://github.com/advisories/${id}` },
      },
    ],
    references: [{ type: 'WEB', url: `https://github.com/advisories/${id}` }],
    database_specific: { cwe_ids: ['CWE-506'], severity: 'CRITICAL', github_reviewed: true, nvd_published_at: null },
  };
}

describe('matchPackages: records that alias each other are one hit', () => {
  const sources = new Map<OsvRecord, string>();
  const sourceOf = (record: OsvRecord): string => sources.get(record) ?? 'unknown';

  it('merges a MAL record and the GHSA record it aliases (real ids from MAL-2025-46974)', () => {
    const mal = malRecord('MAL-2025-46974', 'debug', ['4.4.2'], ['GHSA-8mgj-vmr8-frr6', 'GHSA-4x49-vf9v-38px']);
    const ghsa = ghsaRecord('GHSA-8mgj-vmr8-frr6', 'debug', '4.4.2', '4.4.2');
    sources.set(mal, 'snapshot').set(ghsa, 'github');
    const hits = matchPackages([{ name: 'debug', version: '4.4.2' }], [ghsa, mal], sourceOf).get('debug@4.4.2');
    expect(hits).toHaveLength(1);
    expect(hits?.[0]).toMatchObject({
      id: 'MAL-2025-46974',
      aliases: ['GHSA-4x49-vf9v-38px', 'GHSA-8mgj-vmr8-frr6'],
      summary: 'Malicious code in debug (npm)',
      sources: ['github', 'snapshot'],
      source: 'github, snapshot',
    });
    expect(hits?.[0]?.records.map((r) => r.id)).toEqual(['GHSA-8mgj-vmr8-frr6', 'MAL-2025-46974']);
  });

  it('merges when only the GHSA side names the alias', () => {
    const mal = malRecord('MAL-9', 'evil', ['1.0.0']);
    const ghsa = ghsaRecord('GHSA-aaaa-bbbb-cccc', 'evil', '0', undefined, ['MAL-9']);
    sources.set(mal, 'snapshot').set(ghsa, 'osv-api');
    const hits = matchPackages([{ name: 'evil', version: '1.0.0' }], [mal, ghsa], sourceOf).get('evil@1.0.0') ?? [];
    expect(hits.map((h) => [h.id, h.aliases, h.sources])).toEqual([
      ['MAL-9', ['GHSA-aaaa-bbbb-cccc'], ['osv-api', 'snapshot']],
    ]);
  });

  it('merges transitively, through an id no record holds and through a chain', () => {
    const a = malRecord('MAL-1', 'x', ['1.0.0'], ['GHSA-shared']);
    const b = ghsaRecord('GHSA-other', 'x', '0', undefined, ['GHSA-shared']);
    const c = { ...malRecord('OSV-3', 'x', ['1.0.0'], ['GHSA-other']) };
    const hits = matchPackages([{ name: 'x', version: '1.0.0' }], [c, b, a]).get('x@1.0.0') ?? [];
    expect(hits).toHaveLength(1);
    expect(hits[0]?.id).toBe('MAL-1');
    expect(hits[0]?.aliases).toEqual(['GHSA-other', 'GHSA-shared', 'OSV-3']);
    expect(hits[0]?.records).toHaveLength(3);
  });

  it('keeps records that do not alias each other apart, sorted by id', () => {
    const a = malRecord('MAL-2', 'y', ['1.0.0']);
    const b = ghsaRecord('GHSA-zzzz', 'y', '0');
    const hits = matchPackages([{ name: 'y', version: '1.0.0' }], [b, a]).get('y@1.0.0') ?? [];
    expect(hits.map((h) => h.id)).toEqual(['GHSA-zzzz', 'MAL-2']);
  });

  it('does not merge a record that does not cover the version', () => {
    const mal = malRecord('MAL-5', 'z', ['2.0.0'], ['GHSA-z']);
    const ghsa = ghsaRecord('GHSA-z', 'z', '1.0.0', '1.0.0');
    const hits = matchPackages([{ name: 'z', version: '1.0.0' }], [mal, ghsa]).get('z@1.0.0') ?? [];
    expect(hits.map((h) => [h.id, h.aliases, h.records.length])).toEqual([['GHSA-z', [], 1]]);
  });

  it('lists one record from two sources once per source', () => {
    const mal = malRecord('MAL-7', 'w', ['1.0.0']);
    const copy = structuredClone(mal);
    sources.set(mal, 'snapshot').set(copy, 'osv-api');
    const hits = matchPackages([{ name: 'w', version: '1.0.0' }], [mal, copy, mal], sourceOf).get('w@1.0.0') ?? [];
    expect(hits).toHaveLength(1);
    expect(hits[0]?.sources).toEqual(['osv-api', 'snapshot']);
    expect(hits[0]?.records).toHaveLength(2);
    expect(hits[0]?.aliases).toEqual([]);
  });

  it('answers each name@version once and leaves out versions without a hit', () => {
    const mal = malRecord('MAL-8', 'v', ['1.0.0']);
    const hits = matchPackages(
      [
        { name: 'v', version: '1.0.0' },
        { name: 'v', version: '1.0.0' },
        { name: 'v', version: '1.0.1' },
      ],
      [mal],
    );
    expect([...hits.keys()]).toEqual(['v@1.0.0']);
    expect(hits.get('v@1.0.0')?.[0]?.sources).toEqual(['unknown']);
  });
});

describe('primaryId', () => {
  it('prefers MAL-, then GHSA-, then the smallest other id', () => {
    expect(primaryId(['GHSA-b', 'CVE-2024-1', 'MAL-2025-2', 'MAL-2025-10'])).toBe('MAL-2025-10');
    expect(primaryId(['CVE-2024-1', 'GHSA-b', 'GHSA-a'])).toBe('GHSA-a');
    expect(primaryId(['OSV-2', 'CVE-1'])).toBe('CVE-1');
    expect(primaryId([])).toBeUndefined();
  });
});

describe('which origin matched', () => {
  it('@ctrl/tinycolor 4.1.1 is flagged by the latest GHSA import; 3.6.0 passes', () => {
    const hits = matchPackages(
      [
        { name: '@ctrl/tinycolor', version: '3.6.0' },
        { name: '@ctrl/tinycolor', version: '4.1.1' },
        { name: '@ctrl/tinycolor', version: '4.1.2' },
      ],
      records,
      () => 'snapshot',
    );
    expect([...hits.keys()].sort()).toEqual(['@ctrl/tinycolor@4.1.1', '@ctrl/tinycolor@4.1.2']);
    const [hit] = hits.get('@ctrl/tinycolor@4.1.1')!;
    expect(hit!.origins).toEqual([
      { record: 'MAL-2025-47141', source: 'ghsa-malware', id: 'GHSA-qjqf-7j6f-82c4', modified: '2025-09-16T01:14:51Z' },
    ]);
    // The hit's record reads as it says now: the superseded "every version" range is gone.
    expect(hit!.records[0]!.affected![0]!.ranges).toEqual([
      { type: 'SEMVER', events: [{ introduced: '4.1.1' }, { last_affected: '4.1.2' }] },
    ]);
  });

  it('names every origin that covers the version, and none for a record without origins', () => {
    const record: OsvRecord = {
      id: 'MAL-T',
      affected: [{ package: { ecosystem: 'npm', name: 't' }, versions: ['1.0.0', '2.0.0'] }],
      database_specific: {
        'malicious-packages-origins': [
          { source: 'ossf-package-analysis', modified_time: '2024-01-01T00:00:00Z', versions: ['1.0.0'] },
          { source: 'reversing-labs', id: 'RL-1', modified_time: '2024-02-01T00:00:00Z', versions: ['1.0.0', '2.0.0'] },
        ],
      },
    };
    const bare: OsvRecord = {
      id: 'MAL-U',
      affected: [{ package: { ecosystem: 'npm', name: 't' }, versions: ['2.0.0'] }],
    };
    const hits = matchPackages(
      [
        { name: 't', version: '1.0.0' },
        { name: 't', version: '2.0.0' },
      ],
      [record, bare],
    );
    expect(hits.get('t@1.0.0')!.map((h) => h.origins.map((o) => `${o.source} ${o.id ?? ''}`))).toEqual([
      ['ossf-package-analysis ', 'reversing-labs RL-1'],
    ]);
    expect(hits.get('t@2.0.0')!.map((h) => [h.id, h.origins.map((o) => o.source)])).toEqual([
      ['MAL-T', ['reversing-labs']],
      ['MAL-U', []],
    ]);
  });
});
