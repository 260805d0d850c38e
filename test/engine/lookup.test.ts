import { messageTexts, notChecked } from '../../src/core/report.js';
import { renderText } from '../../src/outputs/render.js';
import { describe, expect, it } from 'vitest';
import type { OsvRecord, SourceStatus } from '../../src/core/osv.js';
import type { AdvisorySource } from '../../src/advisories/types.js';
import { diffLockfiles } from '../../src/core/diff.js';
import type { Lockfile } from '../../src/core/model.js';
import { checkComparison, type CheckOptions } from '../../src/engine/lookup.js';
import type { Comparison } from '../../src/engine/compare.js';
import type { TarballRequest, TarballResult, TarballSource } from '../../src/content/fetch.js';
import { DEFAULT_CONTENT_SETTINGS } from '../../src/content/rules.js';
import { unpackTarball } from '../../src/content/unpack.js';
import { tarballBytes } from '../content/support.js';

const lock = (version: string): Lockfile => ({
  path: 'package-lock.json',
  format: 'npm',
  formatVersion: '3',
  packages: [{ id: 'node_modules/evil', name: 'evil', version, source: 'registry', line: 7 }],
  importers: [{ path: 'package.json', deps: ['node_modules/evil'] }],
});
const comparison: Comparison = {
  lockfiles: [
    {
      path: 'package-lock.json',
      base: lock('1.0.0'),
      head: lock('1.0.1'),
      changes: diffLockfiles(lock('1.0.0'), lock('1.0.1')),
    },
  ],
  messages: [],
};
const evil: OsvRecord = {
  id: 'MAL-1',
  affected: [{ package: { ecosystem: 'npm', name: 'evil' }, versions: ['1.0.1'] }],
};

/** An in-memory source: answers `records`, or fails with `failure`. */
function source(name: string, records: unknown[], failure?: string): AdvisorySource {
  let state: SourceStatus = { name, ok: true, records: records.length };
  return {
    name,
    async lookup() {
      if (failure) {
        state = { name, ok: false, error: failure };
        throw new Error(failure);
      }
      return records as OsvRecord[];
    },
    status: () => state,
  };
}

const options = (extra: Partial<CheckOptions> = {}): CheckOptions => ({
  all: false,
  requireLive: false,
  liveSources: new Set(['osv']),
  workflows: async () => [],
  ...extra,
});

describe('checkComparison', () => {
  it('degrades a failing live source to a warning, or an error when live sources are required', async () => {
    const sources = [source('snapshot', [evil]), source('osv', [], 'OSV.dev is unavailable: timeout after 10 s.')];
    const degraded = await checkComparison(comparison, sources, options());
    expect(messageTexts(degraded, 'error')).toEqual([]);
    expect(messageTexts(degraded, 'warning')[0]).toMatch(
      /^Advisory source osv did not answer \(OSV\.dev is unavailable: timeout/,
    );
    expect(degraded.lockfiles[0]!.findings).toHaveLength(1);
    const required = await checkComparison(comparison, sources, options({ requireLive: true }));
    expect(messageTexts(required, 'error')).toEqual([
      'Required advisory source osv did not answer: OSV.dev is unavailable: timeout after 10 s.',
    ]);
  });

  it('treats a failing snapshot or list as an error, never a pass', async () => {
    const report = await checkComparison(comparison, [source('snapshot', [], 'snapshot file is corrupt')], options());
    expect(messageTexts(report, 'error')).toEqual(['Advisory source snapshot failed: snapshot file is corrupt']);
  });

  it('reports a live source that was not asked (nothing changed) as not asked: neither failed nor answered', async () => {
    const unchanged: Comparison = { ...comparison, lockfiles: [{ ...comparison.lockfiles[0]!, changes: [] }] };
    const osv = source('osv', []);
    const report = await checkComparison(
      unchanged,
      [source('snapshot', []), { ...osv, status: () => ({ name: 'osv', ok: false, error: 'not queried yet' }) }],
      options(),
    );
    expect(report.sources.find((s) => s.name === 'osv')).toEqual({
      type: 'advisory',
      name: 'osv',
      state: 'not-asked',
      ok: false,
      live: true,
    });
    expect(messageTexts(report, 'error')).toEqual([]);
    expect(notChecked(report)).toEqual([]);
    expect(renderText(report)).toContain('osv: not asked');
    expect(renderText(report)).not.toMatch(/osv: .*answer|osv answered/);
  });

  it('reads the workflows only when there is a finding', async () => {
    let reads = 0;
    const workflows = async () => {
      reads++;
      return [];
    };
    await checkComparison(comparison, [source('snapshot', [])], options({ workflows }));
    expect(reads).toBe(0);
    await checkComparison(comparison, [source('snapshot', [evil])], options({ workflows }));
    expect(reads).toBe(1);
  });
});

describe('a version whose origin changed', () => {
  const entry = (resolved: string, integrity?: string): Lockfile => ({
    path: 'package-lock.json',
    format: 'npm',
    formatVersion: '3',
    packages: [
      {
        id: 'node_modules/lib',
        name: 'lib',
        version: '1.0.0',
        source: resolved.startsWith('git') ? 'git' : 'registry',
        resolved,
        ...(integrity ? { integrity } : {}),
        line: 9,
      },
    ],
    importers: [{ path: 'package.json', deps: ['node_modules/lib'] }],
  });
  const compare = (base: Lockfile, head: Lockfile): Comparison => ({
    lockfiles: [{ path: 'package-lock.json', base, head, changes: diffLockfiles(base, head) }],
    messages: [],
  });

  it('is one finding, without a warning repeating it, when its integrity changed', async () => {
    const url = 'https://registry.npmjs.org/lib/-/lib-1.0.0.tgz';
    const report = await checkComparison(
      compare(entry(url, 'sha512-AAAA'), entry(url, 'sha512-BBBB')),
      [source('snapshot', [])],
      options(),
    );
    expect(report.lockfiles[0]!.findings.map((f) => f.kind)).toEqual(['origin-changed']);
    expect(messageTexts(report, 'warning')).toEqual([]);
  });

  it('another commit of the same git repository under the same version is an origin finding, not only a warning', async () => {
    const report = await checkComparison(
      compare(entry('git+ssh://git@github.com/acme/lib.git#aaaa'), entry('git+ssh://git@github.com/acme/lib.git#bbbb')),
      [source('snapshot', [])],
      options(),
    );
    expect(report.lockfiles[0]!.findings.map((f) => [f.kind, f.line])).toEqual([['origin-changed', 9]]);
    expect(messageTexts(report, 'warning')).toEqual([]);
  });

  describe('package content it could not read', () => {
    /** Tarballs in memory: `readable` versions unpack (a real tarball), the others fail with a registry's reason. */
    const tarballs = (readable: string[]): TarballSource => {
      let requests = 0;
      return {
        async getAll(list: readonly TarballRequest[]): Promise<TarballResult[]> {
          requests += list.length;
          return Promise.all(
            list.map(async (r) => {
              if (!readable.includes(r.version)) return { ok: false, reason: 'not read: GET … answered HTTP 503' };
              const unpacked = await unpackTarball(tarballBytes('real/debug-4.4.1.tgz'));
              return { ok: true, ...unpacked, bytes: 1 };
            }),
          );
        },
        status: () => ({ name: 'content', ok: false, requests, bytes: 0, unpackedBytes: 0, error: 'HTTP 503' }),
      };
    };
    const withContent = (readable: string[]) =>
      options({ content: { source: tarballs(readable), settings: DEFAULT_CONTENT_SETTINGS, allow: [] } });

    it('the new version unread: a warning signal, named under "Not checked", never clean content', async () => {
      const report = await checkComparison(comparison, [source('snapshot', [])], withContent(['1.0.0']));
      expect(report.lockfiles[0]!.signals.map((s) => [s.signal, s.level])).toEqual([['content-not-read', 'warn']]);
      expect(notChecked(report)).toEqual(['package content of 1 new version']);
      expect(renderText(report)).toMatch(/^Not checked: .*package content of 1 new version/m);
      expect(messageTexts(report, 'warning')).toEqual([
        'Package content was not read for 1 new version (not read: GET … answered HTTP 503); the advisory check and registry signals are complete.',
      ]);
      const strict = await checkComparison(comparison, [source('snapshot', [])], {
        ...withContent(['1.0.0']),
        requireLive: true,
      });
      expect(messageTexts(strict, 'error')).toHaveLength(1);
    });

    it('only the replaced version unread: the rules that need no comparison ran, and it says so', async () => {
      const report = await checkComparison(comparison, [source('snapshot', [])], withContent(['1.0.1']));
      expect(report.lockfiles[0]!.signals.map((s) => s.signal)).toEqual(['content-not-compared']);
      expect(report.lockfiles[0]!.signals[0]!.detail).toMatch(/^the replaced version 1\.0\.0 was not read: GET/);
      expect(notChecked(report)).toEqual([]);
    });
  });
});
