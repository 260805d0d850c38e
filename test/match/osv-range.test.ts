import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import type { OsvAffected, OsvEvent, OsvRange } from '../../src/core/osv.js';
import { affectsVersion, inVersionList, parseRangeEvents, rangeAffects } from '../../src/match/osv-range.js';


const PKG = { ecosystem: 'npm', name: 'pkg' };

/** An affected entry with one SEMVER range made of `events`. */
function semverRange(...events: OsvEvent[]): OsvAffected {
  return { package: PKG, ranges: [{ type: 'SEMVER', events }] };
}

/** An affected entry with an explicit versions list. */
function listed(...versions: string[]): OsvAffected {
  return { package: PKG, versions };
}

interface Case {
  why: string;
  affected: OsvAffected;
  version: string;
  expected: boolean;
}

const posthog = listed('5.11.3', '5.13.3', '4.18.1');
const twoIntervals: OsvEvent[] = [
  { introduced: '1.0.0' },
  { fixed: '1.0.2' },
  { introduced: '3.0.0' },
  { fixed: '3.2.5' },
];
const shuffled: OsvEvent[] = [{ fixed: '3.2.5' }, { introduced: '3.0.0' }, { fixed: '1.0.2' }, { introduced: '1.0.0' }];
const prereleaseRange = semverRange({ introduced: '1.0.0-alpha.1' }, { fixed: '1.0.0' });
const limited = semverRange({ introduced: '1.0.0' }, { limit: '2.0.0' });
const twoRanges: OsvAffected = {
  package: PKG,
  ranges: [
    { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.1.0' }] },
    { type: 'SEMVER', events: [{ introduced: '2.0.0' }, { fixed: '2.1.0' }] },
  ],
};
const gitThenSemver: OsvAffected = {
  package: PKG,
  ranges: [
    {
      type: 'GIT',
      repo: 'https://example.invalid/r.git',
      events: [{ introduced: 'a'.repeat(40) }, { fixed: 'b'.repeat(40) }],
    },
    { type: 'SEMVER', events: [{ introduced: '2.0.0' }] },
  ],
};
const gitOnly: OsvAffected = {
  package: PKG,
  ranges: [{ type: 'GIT', repo: 'https://example.invalid/r.git', events: [{ introduced: '0' }] }],
};
const tinycolorShape: OsvAffected = {
  package: PKG,
  ranges: [
    { type: 'SEMVER', events: [{ introduced: '0' }] },
    { type: 'SEMVER', events: [{ introduced: '4.1.1' }, { last_affected: '4.1.2' }] },
  ],
  database_specific: null,
};

// Every expected value follows from the OSV schema's evaluation pseudocode and
// semver 2.0 section 11, not from this module's output.
const cases: Case[] = [
  // explicit versions
  { why: 'listed version', affected: listed('1.0.0'), version: '1.0.0', expected: true },
  { why: 'version not listed', affected: listed('1.0.0'), version: '1.0.1', expected: false },
  { why: 'unsorted list, first entry', affected: posthog, version: '5.11.3', expected: true },
  { why: 'unsorted list, middle entry', affected: posthog, version: '5.13.3', expected: true },
  { why: 'unsorted list, last (lowest) entry', affected: posthog, version: '4.18.1', expected: true },
  { why: 'unsorted list, version between entries', affected: posthog, version: '5.11.2', expected: false },
  { why: 'a list is not a range', affected: listed('1.0.0', '3.0.0'), version: '2.0.0', expected: false },
  { why: 'empty list', affected: listed(), version: '1.0.0', expected: false },
  {
    why: 'build metadata on the locked version: same npm release',
    affected: listed('1.0.0'),
    version: '1.0.0+build.5',
    expected: true,
  },
  {
    why: 'build metadata on the listed version: same npm release',
    affected: listed('1.0.0+sha.abc'),
    version: '1.0.0',
    expected: true,
  },
  { why: 'prerelease is a different release', affected: listed('1.0.0-beta'), version: '1.0.0', expected: false },
  { why: 'release is not its prerelease', affected: listed('1.0.0'), version: '1.0.0-beta', expected: false },
  { why: 'prerelease listed exactly', affected: listed('2.1.141-1', '2.1.141'), version: '2.1.141-1', expected: true },
  {
    why: 'other prerelease not listed',
    affected: listed('2.1.141-1', '2.1.141'),
    version: '2.1.141-2',
    expected: false,
  },
  { why: 'leading v is the same npm release', affected: listed('1.0.0'), version: 'v1.0.0', expected: true },
  { why: 'non-semver string listed exactly', affected: listed('not-semver'), version: 'not-semver', expected: true },
  { why: 'non-semver string not listed', affected: listed('not-semver'), version: 'not-semver-2', expected: false },
  // introduced "0"
  { why: 'introduced 0 covers 0.0.0', affected: semverRange({ introduced: '0' }), version: '0.0.0', expected: true },
  {
    why: 'introduced 0 covers a high version',
    affected: semverRange({ introduced: '0' }),
    version: '999.1.2',
    expected: true,
  },
  {
    why: 'introduced 0 covers a prerelease',
    affected: semverRange({ introduced: '0' }),
    version: '0.0.0-alpha',
    expected: true,
  },
  {
    why: 'introduced 0 covers a non-semver version',
    affected: semverRange({ introduced: '0' }),
    version: 'latest-build',
    expected: true,
  },
  // introduced with no upper bound
  { why: 'below introduced', affected: semverRange({ introduced: '1.0.16' }), version: '1.0.15', expected: false },
  { why: 'at introduced', affected: semverRange({ introduced: '1.0.16' }), version: '1.0.16', expected: true },
  {
    why: 'above introduced, next major',
    affected: semverRange({ introduced: '1.0.16' }),
    version: '2.0.0',
    expected: true,
  },
  {
    why: 'prerelease of introduced sorts below it',
    affected: semverRange({ introduced: '1.0.16' }),
    version: '1.0.16-rc.1',
    expected: false,
  },
  {
    why: 'loose spelling of the version',
    affected: semverRange({ introduced: '1.0.16' }),
    version: '=1.0.16',
    expected: true,
  },
  {
    why: 'partial version is not semver: only "every version" ranges match',
    affected: semverRange({ introduced: '1.0.0' }),
    version: '1.0',
    expected: false,
  },
  // introduced / fixed
  {
    why: 'below introduced..fixed',
    affected: semverRange({ introduced: '1.0.0' }, { fixed: '1.2.11' }),
    version: '0.9.9',
    expected: false,
  },
  {
    why: 'at introduced of introduced..fixed',
    affected: semverRange({ introduced: '1.0.0' }, { fixed: '1.2.11' }),
    version: '1.0.0',
    expected: true,
  },
  {
    why: 'just below fixed',
    affected: semverRange({ introduced: '1.0.0' }, { fixed: '1.2.11' }),
    version: '1.2.10',
    expected: true,
  },
  {
    why: 'fixed is exclusive',
    affected: semverRange({ introduced: '1.0.0' }, { fixed: '1.2.11' }),
    version: '1.2.11',
    expected: false,
  },
  {
    why: 'prerelease of fixed sorts below fixed',
    affected: semverRange({ introduced: '1.0.0' }, { fixed: '1.2.11' }),
    version: '1.2.11-beta',
    expected: true,
  },
  {
    why: 'above fixed',
    affected: semverRange({ introduced: '1.0.0' }, { fixed: '1.2.11' }),
    version: '2.0.0',
    expected: false,
  },
  {
    why: 'introduced 0 + fixed: prerelease of the first release',
    affected: semverRange({ introduced: '0' }, { fixed: '1.0.0' }),
    version: '1.0.0-alpha',
    expected: true,
  },
  {
    why: 'non-semver version and a bounded range',
    affected: semverRange({ introduced: '0' }, { fixed: '2.0.0' }),
    version: 'latest-build',
    expected: false,
  },
  {
    why: 'introduced X + fixed X is empty',
    affected: semverRange({ introduced: '1.0.0' }, { fixed: '1.0.0' }),
    version: '1.0.0',
    expected: false,
  },
  {
    why: 'events given fixed first are sorted',
    affected: semverRange({ fixed: '2.0.0' }, { introduced: '1.0.0' }),
    version: '1.5.0',
    expected: true,
  },
  // last_affected
  {
    why: 'last_affected is inclusive',
    affected: semverRange({ introduced: '0' }, { last_affected: '1.23.0' }),
    version: '1.23.0',
    expected: true,
  },
  {
    why: 'above last_affected',
    affected: semverRange({ introduced: '0' }, { last_affected: '1.23.0' }),
    version: '1.23.1',
    expected: false,
  },
  {
    why: 'build metadata ignored at last_affected',
    affected: semverRange({ introduced: '0' }, { last_affected: '1.23.0' }),
    version: '1.23.0+b.1',
    expected: true,
  },
  {
    why: 'introduced X + last_affected X covers X',
    affected: semverRange({ introduced: '4.4.2' }, { last_affected: '4.4.2' }),
    version: '4.4.2',
    expected: true,
  },
  {
    why: 'introduced X + last_affected X, next patch',
    affected: semverRange({ introduced: '4.4.2' }, { last_affected: '4.4.2' }),
    version: '4.4.3',
    expected: false,
  },
  {
    why: 'introduced X + last_affected X, previous patch',
    affected: semverRange({ introduced: '4.4.2' }, { last_affected: '4.4.2' }),
    version: '4.4.1',
    expected: false,
  },
  {
    why: 'prerelease above last_affected release',
    affected: semverRange({ introduced: '0' }, { last_affected: '1.0.0' }),
    version: '1.0.1-alpha',
    expected: false,
  },
  // prerelease precedence: 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-beta < 1.0.0
  { why: '1.0.0-alpha < 1.0.0-alpha.1', affected: prereleaseRange, version: '1.0.0-alpha', expected: false },
  { why: 'at prerelease introduced', affected: prereleaseRange, version: '1.0.0-alpha.1', expected: true },
  { why: '1.0.0-alpha.1 < 1.0.0-alpha.beta', affected: prereleaseRange, version: '1.0.0-alpha.beta', expected: true },
  { why: '1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0', affected: prereleaseRange, version: '1.0.0-rc.1', expected: true },
  { why: 'the release is fixed', affected: prereleaseRange, version: '1.0.0', expected: false },
  // limit
  { why: 'inside introduced..limit', affected: limited, version: '1.5.0', expected: true },
  { why: 'limit is exclusive', affected: limited, version: '2.0.0', expected: false },
  { why: 'below introduced with a limit', affected: limited, version: '0.5.0', expected: false },
  {
    why: 'limit "*" is infinity',
    affected: semverRange({ introduced: '1.0.0' }, { limit: '*' }),
    version: '50.0.0',
    expected: true,
  },
  {
    why: 'below any one of several limits',
    affected: semverRange({ introduced: '1.0.0' }, { limit: '1.5.0' }, { limit: '3.0.0' }),
    version: '2.0.0',
    expected: true,
  },
  {
    why: 'above every limit',
    affected: semverRange({ introduced: '1.0.0' }, { limit: '1.5.0' }, { limit: '3.0.0' }),
    version: '3.0.0',
    expected: false,
  },
  {
    why: 'introduced 0 with a finite limit: non-semver version',
    affected: semverRange({ introduced: '0' }, { limit: '2.0.0' }),
    version: 'latest-build',
    expected: false,
  },
  // several intervals in one range, several ranges
  { why: 'first interval', affected: semverRange(...twoIntervals), version: '1.0.1', expected: true },
  { why: 'between intervals', affected: semverRange(...twoIntervals), version: '2.0.0', expected: false },
  { why: 'second interval', affected: semverRange(...twoIntervals), version: '3.2.4', expected: true },
  { why: 'second interval fixed', affected: semverRange(...twoIntervals), version: '3.2.5', expected: false },
  { why: 'shuffled events: first interval', affected: semverRange(...shuffled), version: '1.0.1', expected: true },
  { why: 'shuffled events: between intervals', affected: semverRange(...shuffled), version: '2.0.0', expected: false },
  { why: 'shuffled events: second interval', affected: semverRange(...shuffled), version: '3.1.0', expected: true },
  { why: 'second of two ranges', affected: twoRanges, version: '2.0.5', expected: true },
  { why: 'between two ranges', affected: twoRanges, version: '1.5.0', expected: false },
  { why: 'two ranges, one "every version"', affected: tinycolorShape, version: '1.0.0', expected: true },
  {
    why: 'two ranges, one "every version", inside the other',
    affected: tinycolorShape,
    version: '4.1.2',
    expected: true,
  },
  // real-data quirks
  {
    why: 'empty introduced ignored, the other counts',
    affected: semverRange({ introduced: '' }, { introduced: '1.0.0' }),
    version: '0.5.0',
    expected: false,
  },
  {
    why: 'empty introduced ignored, inside',
    affected: semverRange({ introduced: '' }, { introduced: '1.0.0' }),
    version: '1.0.0',
    expected: true,
  },
  {
    why: 'empty fixed ignored: no upper bound',
    affected: semverRange({ introduced: '0' }, { fixed: '' }),
    version: '9.0.0',
    expected: true,
  },
  {
    why: 'event with two keys counts as two events: inside',
    affected: semverRange({ introduced: '1.0.0', fixed: '1.0.2' }),
    version: '1.0.1',
    expected: true,
  },
  {
    why: 'event with two keys counts as two events: fixed',
    affected: semverRange({ introduced: '1.0.0', fixed: '1.0.2' }),
    version: '1.0.2',
    expected: false,
  },
  {
    why: 'range with no introduced matches nothing',
    affected: semverRange({ fixed: '1.0.0' }),
    version: '0.5.0',
    expected: false,
  },
  {
    why: 'range without events matches nothing',
    affected: { package: PKG, ranges: [{ type: 'SEMVER' }] },
    version: '1.0.0',
    expected: false,
  },
  {
    why: 'range with an unparsable bound is skipped',
    affected: semverRange({ introduced: '0' }, { fixed: 'soon' }),
    version: '1.0.0',
    expected: false,
  },
  {
    why: 'unparsable range skipped, versions list still counts',
    affected: { ...semverRange({ introduced: '0' }, { fixed: 'soon' }), versions: ['1.0.0'] },
    version: '1.0.0',
    expected: true,
  },
  // range types
  {
    why: 'GIT range skipped, the SEMVER range after it evaluated',
    affected: gitThenSemver,
    version: '2.1.0',
    expected: true,
  },
  { why: 'GIT range skipped, SEMVER range does not cover', affected: gitThenSemver, version: '1.0.0', expected: false },
  {
    why: 'GIT-only: introduced 0 on commits does not match versions',
    affected: gitOnly,
    version: '1.0.0',
    expected: false,
  },
  {
    why: 'ECOSYSTEM ranges are npm semver order',
    affected: { package: PKG, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }, { fixed: '1.10.0' }] }] },
    version: '1.9.0',
    expected: true,
  },
  {
    why: 'ECOSYSTEM order is numeric, not string order',
    affected: { package: PKG, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }, { fixed: '1.10.0' }] }] },
    version: '1.10.1',
    expected: false,
  },
  {
    why: 'range without a type is not evaluated',
    affected: { package: PKG, ranges: [{ events: [{ introduced: '0' }] }] },
    version: '1.0.0',
    expected: false,
  },
];

describe('affectsVersion: table', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$why: $version -> $expected', ({ affected, version, expected }) => {
    expect(affectsVersion(affected, version)).toBe(expected);
  });
});

describe('affectsVersion: never modifies the record', () => {
  it('leaves unsorted events and lists in place (frozen input)', () => {
    const events: OsvEvent[] = [
      { fixed: '3.2.5' },
      { introduced: '3.0.0' },
      { fixed: '1.0.2' },
      { introduced: '1.0.0' },
    ];
    const affected: OsvAffected = { package: PKG, versions: ['5.0.0', '4.0.0'], ranges: [{ type: 'SEMVER', events }] };
    const before = JSON.stringify(affected);
    deepFreeze(affected);
    expect(affectsVersion(affected, '3.1.0')).toBe(true);
    expect(affectsVersion(affected, '2.0.0')).toBe(false);
    expect(JSON.stringify(affected)).toBe(before);
  });
});

describe('parseRangeEvents', () => {
  it('returns sorted events with introduced first at equal versions', () => {
    const parsed = parseRangeEvents({
      type: 'SEMVER',
      events: [{ last_affected: '2.0.0' }, { introduced: '2.0.0' }, { introduced: '0' }],
    });
    expect('events' in parsed && parsed.events.map((e) => e.kind)).toEqual([
      'introduced',
      'introduced',
      'last_affected',
    ]);
  });

  it('names the value that does not parse', () => {
    expect(parseRangeEvents({ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: 'soon' }] })).toEqual({
      error: 'fixed "soon" is not a semver version',
    });
  });
});

describe('inVersionList', () => {
  it('ignores non-string entries instead of failing', () => {
    expect(inVersionList([1, null, '1.0.0'], '1.0.0+x')).toBe(true);
    expect(inVersionList([1, null], '1.0.0')).toBe(false);
  });
});

describe('rangeAffects: agrees with semver.satisfies on introduced/fixed and introduced/last_affected', () => {
  const versionArb = fc
    .tuple(
      fc.nat(3),
      fc.nat(3),
      fc.nat(3),
      fc.option(fc.constantFrom('alpha', 'alpha.1', 'beta', 'rc.1'), { nil: undefined }),
    )
    .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`);

  it('introduced..fixed is >=introduced <fixed', () => {
    fc.assert(
      fc.property(versionArb, versionArb, versionArb, (lo, hi, v) => {
        fc.pre(semver.lte(lo, hi));
        const range: OsvRange = { type: 'SEMVER', events: [{ fixed: hi }, { introduced: lo }] };
        const oracle = semver.satisfies(v, `>=${lo} <${hi}`, { includePrerelease: true });
        expect(rangeAffects(range, v)).toBe(oracle);
      }),
      { numRuns: 500 },
    );
  });

  it('introduced..last_affected is >=introduced <=last_affected', () => {
    fc.assert(
      fc.property(versionArb, versionArb, versionArb, (lo, hi, v) => {
        fc.pre(semver.lte(lo, hi));
        const range: OsvRange = { type: 'SEMVER', events: [{ introduced: lo }, { last_affected: hi }] };
        const oracle = semver.satisfies(v, `>=${lo} <=${hi}`, { includePrerelease: true });
        expect(rangeAffects(range, v)).toBe(oracle);
      }),
      { numRuns: 500 },
    );
  });
});

function deepFreeze(value: unknown): void {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
}
