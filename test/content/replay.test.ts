/**
 * The incidents replayed the way a pull request brought them in, past the
 * hold: the advisory snapshot is empty (no advisory existed yet), the live
 * sources know nothing, the registry on 127.0.0.1 serves the real previous
 * version's tarball and the rebuilt malicious one, and the PR is opened five
 * days after publish, so the release-age hold has ended. Package content alone
 * fails each of them, with the stealing line as evidence; postmark-mcp in
 * every lockfile format. Runs the CLI function.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageTexts } from '../../src/core/report.js';
import { runPair, useNoAdvisoryWorld } from '../support/no-advisory-world.js';
import { FORMATS, writeProject, type Format } from '../signals/lockfile-pairs.js';
import { incidents, tarballBytes, type Incident } from './support.js';

const PUBLISHED = '2025-09-17T10:00:00.000Z';
const OPENED = '2025-09-22T10:00:00.000Z'; // five days later: past the 3-day hold
const EXPECTED: Record<string, { signal: string; quote: string }> = {
  'postmark-mcp': { signal: 'content-exfiltration', quote: "Bcc: 'phan@giftshop.club'," },
  '@solana/web3.js': { signal: 'content-exfiltration', quote: 'sol-rpc.xyz' },
  xrpl: { signal: 'content-exfiltration', quote: '0x9c.xyz' },
  debug: { signal: 'content-obfuscation', quote: '_0x' },
  chalk: { signal: 'content-obfuscation', quote: '_0x' },
  'ua-parser-js': { signal: 'content-install-network', quote: '159.148.186.228' },
  'eslint-scope': { signal: 'content-install-network', quote: 'pastebin.com' },
  'eslint-config-prettier': { signal: 'content-install-network', quote: 'node-gyp.dll' },
  'node-ipc': { signal: 'content-obfuscation', quote: 'aHR0cHM6' },
};

const world = useNoAdvisoryWorld('content-replay', '2025-09-01T00:00:00Z');

const sri = (bytes: Uint8Array) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

/** The registry and the two lockfile states of one incident; returns the project directory. */
function stage(incident: Incident, format: Format): string {
  const before = tarballBytes(incident.before);
  const after = tarballBytes(incident.after);
  world.registry.put({
    name: incident.name,
    versions: {
      [incident.from]: { published: '2025-06-01T10:00:00.000Z' },
      [incident.to]: { published: PUBLISHED },
    },
  });
  world.registry.putTarball(incident.name, incident.from, before);
  world.registry.putTarball(incident.name, incident.to, after);
  world.registry.setNow(Date.parse(OPENED));
  const dir = path.join(world.tmp, `${incident.name.replace(/\W+/g, '-')}-${format}`);
  writeProject(path.join(dir, 'base'), format, [
    { name: incident.name, version: incident.from, integrity: sri(before) },
  ]);
  writeProject(path.join(dir, 'head'), format, [{ name: incident.name, version: incident.to, integrity: sri(after) }]);
  return dir;
}

const run = (dir: string, extra: string[] = []) => runPair(world, dir, extra, { maxAttempts: 3 });

const replay = (incident: Incident, format: Format, extra: string[] = []) => run(stage(incident, format), extra);

const postmark = incidents().find((i) => i.name === 'postmark-mcp')!;

describe('postmark-mcp 1.0.15 → 1.0.16, opened five days after publish, no advisory yet', () => {
  for (const format of FORMATS) {
    it(`fails on content with the BCC line as evidence (${format})`, async () => {
      const { code, report } = await replay(postmark, format);
      expect(messageTexts(report, 'error')).toEqual([]);
      expect(report.lockfiles.flatMap((l) => l.findings)).toEqual([]);
      const signals = report.lockfiles.flatMap((l) => l.signals);
      // The hold has ended: no registry signal fails; the content signal does.
      expect(signals.filter((s) => s.level === 'fail').map((s) => s.signal)).toEqual(['content-exfiltration']);
      const evidence = signals.find((s) => s.signal === 'content-exfiltration')!.evidence!;
      expect(evidence).toEqual([{ file: 'index.js', line: 136, excerpt: "Bcc: 'phan@giftshop.club'," }]);
      expect(signals[0]!.line).toBeGreaterThan(0);
      expect(code).toBe(1);
      expect(report.sources.find((s) => s.name === 'content')).toMatchObject({ ok: true, requests: 2 });
    });
  }

  it('--no-content passes it (the gap content closes); --offline reads no tarball', async () => {
    expect((await replay(postmark, 'npm', ['--no-content'])).code).toBe(0);
    world.registry.reset();
    const offline = await replay(postmark, 'npm', ['--offline']);
    expect(offline.code).toBe(0);
    expect(world.registry.tarballsServed()).toEqual([]);
  });

  it('an exemption with reason and expiry lifts the suspicious verdict until it expires', async () => {
    const dir = stage(postmark, 'npm');
    const config = path.join(dir, 'lockgate.yml');
    writeFileSync(
      config,
      [
        'ignore:',
        '  - package: postmark-mcp',
        "    versions: '1.0.16'",
        '    signal: content-exfiltration',
        "    reason: 'the BCC address is ours (ticket 42)'",
        '    expires: 2099-01-01',
        '',
      ].join('\n'),
    );
    const exempted = await run(dir, ['--config', config]);
    expect(exempted.report.verdict).toBe('clean');
    expect(exempted.code).toBe(0);
    expect(messageTexts(exempted.report, 'note').join('\n')).toMatch(/content-exfiltration/);
    writeFileSync(config, readFileSync(config, 'utf8').replace('2099-01-01', '2025-09-20'));
    const expired = await run(dir, ['--config', config]);
    expect(expired.report.verdict).toBe('suspicious');
    expect(expired.code).toBe(1);
  });

  it('--cache-dir: the second run reads both tarballs from the cache and reaches the same verdict', async () => {
    const cache = path.join(world.tmp, 'cache');
    const first = await replay(postmark, 'npm', ['--cache-dir', cache]);
    world.registry.reset();
    const dir = stage(postmark, 'npm');
    const second = await run(dir, ['--cache-dir', cache]);
    expect(world.registry.tarballsServed()).toEqual([]);
    expect(second.report.sources.find((s) => s.type === 'content')).toMatchObject({
      state: 'answered',
      cached: 2,
    });
    expect(second.code).toBe(1);
    expect(second.report.lockfiles[0]!.signals).toEqual(first.report.lockfiles[0]!.signals);
  });

  it('a registry that serves other bytes than the lockfile pins is "not read", never a silent pass', async () => {
    const dir = stage(postmark, 'npm');
    // The lockfile pins 1.0.16's bytes, and so does the registry's document; its tarball path now serves 1.0.15's.
    world.registry.put({
      name: 'postmark-mcp',
      versions: {
        [postmark.from]: { published: '2025-06-01T10:00:00.000Z' },
        [postmark.to]: { published: PUBLISHED, integrity: sri(tarballBytes(postmark.after)) },
      },
    });
    world.registry.putTarball('postmark-mcp', '1.0.16', tarballBytes(postmark.before));
    const { code, report } = await run(dir);
    const signals = report.lockfiles.flatMap((l) => l.signals);
    expect(signals.map((s) => [s.signal, s.level, s.detail])).toEqual([
      ['content-not-read', 'warn', "content not read: the bytes served do not match the lockfile's integrity"],
    ]);
    expect(messageTexts(report, 'note', 'warning').join('\n')).toMatch(
      /Package content was not read for 1 new version/,
    );
    expect(code).toBe(0);
    const strict = await run(dir, ['--require-live']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/Package content was not read for 1 new version/);
  });
});

describe('the other incidents, past the hold, caught by content alone', () => {
  for (const incident of incidents().filter((i) => i.name !== 'postmark-mcp')) {
    it(`${incident.name} ${incident.from} → ${incident.to}`, async () => {
      const { code, report } = await replay(incident, 'npm');
      const signals = report.lockfiles.flatMap((l) => l.signals);
      const want = EXPECTED[incident.name]!;
      const fails = signals.filter((s) => s.level === 'fail');
      expect(
        fails.every((s) => s.signal.startsWith('content-')),
        JSON.stringify(fails),
      ).toBe(true);
      const hit = fails.find((s) => s.signal === want.signal);
      expect(hit, JSON.stringify(signals)).toBeDefined();
      expect(hit!.evidence!.some((e) => e.excerpt.includes(want.quote))).toBe(true);
      expect(report.lockfiles.flatMap((l) => l.findings)).toEqual([]);
      expect(code).toBe(1);
    }, 60_000);
  }
});
