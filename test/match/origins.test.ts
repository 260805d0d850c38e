import { advisoriesOf } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import type { OsvAffected, OsvRecord } from '../../src/core/osv.js';
import { currentRecord, currentView, latestImports, rangeKey, type OriginImport } from '../../src/match/origins.js';
import { recordAffects } from '../../src/match/match.js';
import { LocalSource } from '../../src/advisories/local.js';
import { diffLockfiles } from '../../src/core/diff.js';
import type { Lockfile } from '../../src/core/model.js';
import type { Comparison } from '../../src/engine/compare.js';
import { checkComparison } from '../../src/engine/lookup.js';
import { renderText } from '../../src/outputs/render.js';

const EVERY = { type: 'SEMVER', events: [{ introduced: '0' }] };
const BOUNDED = { type: 'SEMVER', events: [{ introduced: '4.1.1' }, { last_affected: '4.1.2' }] };

function record(affected: OsvAffected, origins: unknown[] | undefined): OsvRecord {
  return {
    id: 'MAL-X',
    affected: [{ package: { ecosystem: 'npm', name: 'x' }, ...affected }],
    ...(origins ? { database_specific: { 'malicious-packages-origins': origins } } : {}),
  };
}

const ghsa = (modified: string, ranges: unknown[], imported = '2025-01-01T00:00:00Z') => ({
  source: 'ghsa-malware',
  id: 'GHSA-1',
  modified_time: modified,
  import_time: imported,
  ranges,
});

describe('currentRecord: what a record says now', () => {
  const cases: { name: string; record: OsvRecord; yes: string[]; no: string[] }[] = [
    {
      name: 'a corrected import replaces what the same origin said before',
      record: record({ ranges: [EVERY, BOUNDED] }, [
        ghsa('2025-09-15T00:00:00Z', [EVERY]),
        ghsa('2025-09-16T00:00:00Z', [BOUNDED]),
      ]),
      yes: ['4.1.1', '4.1.2'],
      no: ['3.6.0', '4.1.3'],
    },
    {
      name: 'the origins listed in any order: the latest by modified_time wins',
      record: record({ ranges: [EVERY, BOUNDED] }, [
        ghsa('2025-09-16T00:00:00Z', [BOUNDED]),
        ghsa('2025-09-15T00:00:00Z', [EVERY]),
      ]),
      yes: ['4.1.1'],
      no: ['3.6.0'],
    },
    {
      name: 'equal modified_time: the later import_time wins',
      record: record({ ranges: [EVERY, BOUNDED] }, [
        ghsa('2025-09-16T00:00:00Z', [EVERY], '2025-09-17T00:00:00Z'),
        ghsa('2025-09-16T00:00:00Z', [BOUNDED], '2025-09-16T00:00:00Z'),
      ]),
      yes: ['3.6.0', '4.1.1'],
      no: [],
    },
    {
      name: 'another origin that still says every version keeps it',
      record: record({ ranges: [EVERY, BOUNDED] }, [
        ghsa('2025-09-15T00:00:00Z', [EVERY]),
        ghsa('2025-09-16T00:00:00Z', [BOUNDED]),
        { source: 'checkmarx', modified_time: '2025-09-15T00:00:00Z', ranges: [EVERY] },
      ]),
      yes: ['3.6.0', '4.1.1'],
      no: [],
    },
    {
      name: 'imports without an id are separate reports: none supersedes another',
      record: record({ versions: ['1.0.0', '1.0.1'] }, [
        { source: 'ossf-package-analysis', modified_time: '2023-01-01T00:00:00Z', versions: ['1.0.0'] },
        { source: 'ossf-package-analysis', modified_time: '2023-02-01T00:00:00Z', versions: ['1.0.1'] },
      ]),
      yes: ['1.0.0', '1.0.1'],
      no: ['1.0.2'],
    },
    {
      name: 'a curator edit no import gave stays (MAL-2023-8697 bounds an open range)',
      record: record({ ranges: [{ type: 'SEMVER', events: [{ introduced: '1.1.5' }, { last_affected: '1.1.7' }] }] }, [
        ghsa('2023-12-14T00:00:00Z', [EVERY]),
        ghsa('2023-12-15T00:00:00Z', [{ type: 'SEMVER', events: [{ introduced: '1.1.5' }] }]),
      ]),
      yes: ['1.1.5', '1.1.7'],
      no: ['1.1.4', '1.1.8'],
    },
    {
      name: 'a version only a superseded import listed is stale',
      record: record({ versions: ['1.0.0', '2.0.0'] }, [
        { source: 'reversing-labs', id: 'RL-1', modified_time: '2024-01-01T00:00:00Z', versions: ['1.0.0', '2.0.0'] },
        { source: 'reversing-labs', id: 'RL-1', modified_time: '2024-03-01T00:00:00Z', versions: ['2.0.0'] },
      ]),
      yes: ['2.0.0'],
      no: ['1.0.0'],
    },
    {
      name: 'an entry that would be left with nothing is kept whole',
      record: record({ ranges: [EVERY] }, [
        ghsa('2025-09-15T00:00:00Z', [EVERY]),
        ghsa('2025-09-16T00:00:00Z', [BOUNDED]),
      ]),
      yes: ['3.6.0'],
      no: [],
    },
    {
      name: 'no origins: affected as it is',
      record: record({ ranges: [EVERY, BOUNDED] }, undefined),
      yes: ['3.6.0'],
      no: [],
    },
    {
      name: 'origins with no ranges or versions, or unreadable: affected as it is',
      record: record({ ranges: [EVERY] }, [
        { source: 'reversing-labs', id: 'RLUA-1' },
        'junk',
        null,
        { id: 'no source' },
      ]),
      yes: ['3.6.0'],
      no: [],
    },
  ];

  it.each(cases)('$name', ({ record: r, yes, no }) => {
    for (const v of yes) expect(recordAffects(r, 'x', v), v).toBe(true);
    for (const v of no) expect(recordAffects(r, 'x', v), v).toBe(false);
  });

  it('never modifies the record, and returns it unchanged when nothing is stale', () => {
    const narrowed = cases[0]!.record;
    const before = JSON.stringify(narrowed);
    expect(currentView(narrowed)).not.toBe(narrowed);
    expect(currentRecord(narrowed).narrowed).toBe(true);
    expect(JSON.stringify(narrowed)).toBe(before);
    const plain = cases.at(-2)!.record;
    expect(currentView(plain)).toBe(plain);
  });

  it('compares ranges by type and events, whatever the key layout', () => {
    expect(rangeKey({ type: 'semver', events: [{ introduced: '1.0.0', fixed: '2.0.0' }] })).toBe(
      rangeKey({ type: 'SEMVER', events: [{ fixed: '2.0.0' }, { introduced: '1.0.0' }] }),
    );
    expect(rangeKey(EVERY)).not.toBe(rangeKey(BOUNDED));
  });

  it('latestImports keeps one import per origin', () => {
    const imports: OriginImport[] = [
      { source: 'a', id: '1', modified_time: '2024-01-02T00:00:00Z' },
      { source: 'a', id: '1', modified_time: '2024-01-01T00:00:00Z' },
      { source: 'b', id: '1', modified_time: '2023-01-01T00:00:00Z' },
      { source: 'a' },
    ];
    const { latest, superseded } = latestImports(imports);
    expect(latest).toEqual([imports[0], imports[2], imports[3]]);
    expect(superseded).toEqual([imports[1]]);
  });
});

describe('the finding names the origin that matched', () => {
  it('in the JSON report and the text report', async () => {
    const lock = (version: string): Lockfile => ({
      path: 'package-lock.json',
      format: 'npm',
      formatVersion: '3',
      packages: [{ id: 'node_modules/x', name: 'x', version, source: 'registry', line: 7 }],
      importers: [{ path: 'package.json', deps: ['node_modules/x'] }],
    });
    const comparison: Comparison = {
      lockfiles: [
        {
          path: 'package-lock.json',
          base: lock('4.1.0'),
          head: lock('4.1.1'),
          changes: diffLockfiles(lock('4.1.0'), lock('4.1.1')),
        },
      ],
      messages: [],
    };
    const tinycolorLike = record({ ranges: [EVERY, BOUNDED] }, [
      ghsa('2025-09-15T23:42:50Z', [EVERY]),
      ghsa('2025-09-16T01:14:51Z', [BOUNDED]),
    ]);
    const report = await checkComparison(comparison, [new LocalSource([tinycolorLike])], {
      all: false,
      requireLive: false,
      liveSources: new Set(),
      workflows: async () => [],
    });
    const [finding] = report.lockfiles[0]!.findings;
    expect(advisoriesOf(finding!)[0]!.origins).toEqual([
      { source: 'ghsa-malware', id: 'GHSA-1', modified: '2025-09-16T01:14:51Z' },
    ]);
    expect(finding!.guidance.kind).toBe('compromised-release');
    expect(renderText(report)).toContain('reported by ghsa-malware GHSA-1 (modified 2025-09-16)');
  });
});
