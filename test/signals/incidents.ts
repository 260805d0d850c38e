/**
 * Real compromises replayed at the time a pull request could have brought them
 * in, before any advisory existed, and ordinary upgrades that must stay clean.
 * Sources of the facts are in test/signals/SOURCE.txt; times marked "approx."
 * there are the day the sources give, at an hour chosen inside it.
 */
import { readFileSync } from 'node:fs';
import type { SignalName } from '../../src/core/signals.js';
import { GITHUB_ACTIONS_PUBLISHER, type FakePackage } from '../support/registry-server.js';
import type { LockPackage } from './lockfile-pairs.js';

export interface Replay {
  name: string;
  /** The registry's clock when the pull request is checked. */
  at: string;
  registry: FakePackage[];
  base: LockPackage[];
  head: LockPackage[];
  /** Expected signals per `name@version`, fail and warn. An empty object: no signal at all. */
  expect: Record<string, { fail: SignalName[]; warn?: SignalName[] }>;
}

const qix = { name: 'qix', email: 'josh@junon.me' };
const nxBot = { name: 'jeffbcross', email: 'jeff@nrwl.io' };
const scttcper = { name: 'scttcper', email: 'scttcper@gmail.com' };
const jounqin = { name: 'jounqin', email: 'admin@1stg.me' };
const attacker = { name: 'jasonsaayman', email: 'ifstap@proton.me' };
const cryptoPublisher = { name: 'nrwell', email: 'nrwell@proton.me' };

const ordinaryFiller: FakePackage = {
  name: 'ms',
  versions: { '2.1.3': { published: '2020-12-08T14:32:00.000Z' } },
};

export const INCIDENTS: Replay[] = [
  {
    name: 'chalk 5.6.1 (2025-09-08, phished maintainer account)',
    at: '2025-09-08T15:00:00.000Z',
    registry: [
      {
        name: 'chalk',
        versions: {
          '5.5.0': { published: '2025-08-01T10:00:00.000Z', user: qix },
          '5.6.0': { published: '2025-08-20T09:00:00.000Z', user: qix },
          '5.6.1': { published: '2025-09-08T13:16:00.000Z', user: qix },
        },
      },
      ordinaryFiller,
    ],
    base: [
      { name: 'chalk', version: '5.6.0' },
      { name: 'ms', version: '2.1.3' },
    ],
    head: [
      { name: 'chalk', version: '5.6.1' },
      { name: 'ms', version: '2.1.3' },
    ],
    expect: { 'chalk@5.6.1': { fail: ['release-age'] } },
  },
  {
    name: 'nx 21.5.0 (2025-08-26, stolen CI token: no provenance, postinstall replaced)',
    at: '2025-08-27T00:30:00.000Z',
    registry: [
      {
        name: 'nx',
        versions: {
          '21.4.0': {
            published: '2025-08-12T16:00:00.000Z',
            user: nxBot,
            provenance: true,
            scripts: { postinstall: 'node ./bin/post-install' },
          },
          '21.4.1': {
            published: '2025-08-19T16:00:00.000Z',
            user: nxBot,
            provenance: true,
            scripts: { postinstall: 'node ./bin/post-install' },
          },
          '21.5.0': {
            published: '2025-08-26T22:32:00.000Z',
            user: nxBot,
            scripts: { postinstall: 'node telemetry.js' },
          },
        },
      },
      ordinaryFiller,
    ],
    base: [
      { name: 'nx', version: '21.4.1', hasInstallScript: true },
      { name: 'ms', version: '2.1.3' },
    ],
    head: [
      { name: 'nx', version: '21.5.0', hasInstallScript: true },
      { name: 'ms', version: '2.1.3' },
    ],
    expect: { 'nx@21.5.0': { fail: ['release-age', 'trust-downgrade'] } },
  },
  {
    name: '@ctrl/tinycolor 4.1.1 (2025-09-15, Shai-Hulud: postinstall bundle.js added)',
    at: '2025-09-15T21:00:00.000Z',
    registry: [
      {
        name: '@ctrl/tinycolor',
        versions: {
          '4.0.4': { published: '2024-04-03T20:00:00.000Z', user: scttcper },
          '4.1.0': { published: '2024-04-25T20:00:00.000Z', user: scttcper },
          '4.1.1': {
            published: '2025-09-15T19:20:00.000Z',
            user: scttcper,
            scripts: { postinstall: 'node bundle.js' },
          },
        },
      },
      ordinaryFiller,
    ],
    base: [
      { name: '@ctrl/tinycolor', version: '4.1.0' },
      { name: 'ms', version: '2.1.3' },
    ],
    head: [
      { name: '@ctrl/tinycolor', version: '4.1.1', hasInstallScript: true },
      { name: 'ms', version: '2.1.3' },
    ],
    expect: { '@ctrl/tinycolor@4.1.1': { fail: ['release-age', 'install-script-added'] } },
  },
  {
    name: 'axios 1.14.1 with plain-crypto-js 4.2.1 (2026-03-31, hijacked account, no trusted publisher)',
    at: '2026-03-31T01:30:00.000Z',
    registry: axiosRegistry(false),
    base: [{ name: 'axios', version: '1.14.0' }],
    head: [
      { name: 'axios', version: '1.14.1', deps: { 'plain-crypto-js': '^4.2.1' } },
      { name: 'plain-crypto-js', version: '4.2.1', transitive: true, hasInstallScript: true },
    ],
    expect: {
      'axios@1.14.1': { fail: ['release-age', 'trust-downgrade'], warn: ['publisher-changed', 'burst'] },
      'plain-crypto-js@4.2.1': { fail: ['release-age', 'new-package', 'install-script-added'] },
    },
  },
  {
    name: 'axios 1.14.1 checked after npm removed it (unpublished)',
    at: '2026-03-31T04:00:00.000Z',
    registry: axiosRegistry(true),
    base: [{ name: 'axios', version: '1.14.0' }],
    head: [
      { name: 'axios', version: '1.14.1', deps: { 'plain-crypto-js': '^4.2.1' } },
      { name: 'plain-crypto-js', version: '4.2.1', transitive: true, hasInstallScript: true },
    ],
    expect: {
      'axios@1.14.1': { fail: ['unpublished'] },
      'plain-crypto-js@4.2.1': { fail: ['unpublished'] },
    },
  },
  {
    name: 'eslint-config-prettier 8.10.1 (2025-07-18, phished token: install.js on three majors)',
    at: '2025-07-18T20:00:00.000Z',
    registry: [
      {
        name: 'eslint-config-prettier',
        versions: {
          '8.10.0': { published: '2023-08-03T08:00:00.000Z', user: jounqin },
          '9.1.0': { published: '2023-12-02T08:00:00.000Z', user: jounqin },
          '10.1.5': { published: '2025-05-10T08:00:00.000Z', user: jounqin },
          '10.1.6': { published: '2025-07-18T17:10:00.000Z', user: jounqin, scripts: { install: 'node install.js' } },
          '9.1.1': { published: '2025-07-18T17:20:00.000Z', user: jounqin, scripts: { install: 'node install.js' } },
          '8.10.1': { published: '2025-07-18T17:30:00.000Z', user: jounqin, scripts: { install: 'node install.js' } },
          '10.1.7': { published: '2025-07-18T17:40:00.000Z', user: jounqin, scripts: { install: 'node install.js' } },
        },
      },
      ordinaryFiller,
    ],
    base: [
      { name: 'eslint-config-prettier', version: '8.10.0' },
      { name: 'ms', version: '2.1.3' },
    ],
    head: [
      { name: 'eslint-config-prettier', version: '8.10.1', hasInstallScript: true },
      { name: 'ms', version: '2.1.3' },
    ],
    expect: { 'eslint-config-prettier@8.10.1': { fail: ['release-age', 'install-script-added'], warn: ['burst'] } },
  },
];

function axiosRegistry(removed: boolean): FakePackage[] {
  return [
    {
      name: 'axios',
      versions: {
        '0.30.2': { published: '2025-10-28T12:00:00.000Z', user: GITHUB_ACTIONS_PUBLISHER, provenance: true },
        '1.13.6': { published: '2026-02-20T12:00:00.000Z', user: GITHUB_ACTIONS_PUBLISHER, provenance: true },
        '0.30.3': { published: '2026-03-02T12:00:00.000Z', user: GITHUB_ACTIONS_PUBLISHER, provenance: true },
        '1.14.0': { published: '2026-03-25T12:00:00.000Z', user: GITHUB_ACTIONS_PUBLISHER, provenance: true },
        '1.14.1': { published: '2026-03-31T00:21:00.000Z', user: attacker, unpublished: removed },
        '0.30.4': { published: '2026-03-31T01:00:00.000Z', user: attacker, unpublished: removed },
      },
    },
    {
      name: 'plain-crypto-js',
      created: '2026-03-30T05:57:00.000Z',
      versions: {
        '4.2.0': { published: '2026-03-30T05:57:00.000Z', user: cryptoPublisher },
        '4.2.1': {
          published: '2026-03-30T23:59:00.000Z',
          user: cryptoPublisher,
          scripts: { postinstall: 'node setup.js' },
          unpublished: removed,
        },
      },
    },
  ];
}

/** Ordinary upgrades: each must pass with no fail-level signal. */
export const CONTROLS: Replay[] = [
  {
    name: 'a two-week-old version from the same publisher with the same provenance',
    at: '2026-03-31T01:30:00.000Z',
    registry: [
      {
        name: 'vite',
        versions: {
          '6.4.0': { published: '2026-02-01T10:00:00.000Z', user: GITHUB_ACTIONS_PUBLISHER, provenance: true },
          '6.4.1': { published: '2026-03-17T10:00:00.000Z', user: GITHUB_ACTIONS_PUBLISHER, provenance: true },
        },
      },
      ordinaryFiller,
    ],
    base: [
      { name: 'vite', version: '6.4.0' },
      { name: 'ms', version: '2.1.3' },
    ],
    head: [
      { name: 'vite', version: '6.4.1' },
      { name: 'ms', version: '2.1.3' },
    ],
    expect: {},
  },
  {
    name: 'semver 6.3.0 → 6.3.1: a later major had provenance, this line never did',
    at: '2026-03-31T01:30:00.000Z',
    registry: [
      {
        name: 'semver',
        versions: {
          '6.3.0': { published: '2019-07-23T10:00:00.000Z' },
          '7.5.3': { published: '2023-06-22T10:00:00.000Z', provenance: true },
          '6.3.1': { published: '2023-07-10T10:00:00.000Z' },
          '7.5.4': { published: '2023-07-10T10:30:00.000Z', provenance: true },
        },
      },
    ],
    base: [{ name: 'semver', version: '6.3.0' }],
    head: [{ name: 'semver', version: '6.3.1' }],
    // Nothing changed on the registry for over 30 days: the abbreviated document settles it (no time-bounded
    // rule can fire), so the full one, where the old 6.3.1/7.5.4 burst would show as a warning, is not fetched.
    expect: {},
  },
  {
    name: 'a package that always had a postinstall, upgraded after a month',
    at: '2026-03-31T01:30:00.000Z',
    registry: [
      {
        name: 'esbuild',
        versions: {
          '0.25.0': {
            published: '2026-01-10T10:00:00.000Z',
            provenance: true,
            scripts: { postinstall: 'node install.js' },
          },
          '0.25.1': {
            published: '2026-02-28T10:00:00.000Z',
            provenance: true,
            scripts: { postinstall: 'node install.js' },
          },
        },
      },
    ],
    base: [{ name: 'esbuild', version: '0.25.0', hasInstallScript: true }],
    head: [{ name: 'esbuild', version: '0.25.1', hasInstallScript: true }],
    expect: {},
  },
];

/** A registry document as test/signals/replays/build.mjs trims it: real times and install scripts. */
interface TrimmedDocument {
  name: string;
  time: Record<string, string>;
  versions: Record<
    string,
    {
      scripts?: Record<string, string>;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    }
  >;
  maintainers: string[];
}

/**
 * Routine and platform-package upgrades with the registry's real times, checked
 * 4 days after the new version was published (after the 3-day hold): each must
 * pass with no fail-level signal. Built by test/signals/replays/build.mjs.
 */
export const ROUTINE: Replay[] = (
  JSON.parse(readFileSync(new URL('./replays/routine.json', import.meta.url), 'utf8')) as {
    name: string;
    at: string;
    base: LockPackage[];
    head: LockPackage[];
    docs: TrimmedDocument[];
  }[]
).map((r) => ({ name: r.name, at: r.at, base: r.base, head: r.head, registry: r.docs.map(fakeOf), expect: {} }));

function fakeOf(doc: TrimmedDocument): FakePackage {
  const [owner] = doc.maintainers;
  const versions: FakePackage['versions'] = {};
  for (const [version, published] of Object.entries(doc.time)) {
    if (version === 'created') continue;
    const v = doc.versions[version];
    versions[version] = {
      published,
      user: { name: owner!, email: `${owner}@example.org` },
      ...(v?.scripts ? { scripts: v.scripts } : {}),
      dependencies: { ...v?.dependencies, ...v?.optionalDependencies },
      // In `time`, not kept in `versions`: a release the replay does not need (not an unpublished one).
    };
  }
  return { name: doc.name, created: doc.time.created!, maintainers: doc.maintainers, versions };
}
