/**
 * Package content of git and tarball-URL dependencies: read when the source
 * policy allows their source and the lockfile pins their bytes (a commit, an
 * integrity), from a server on 127.0.0.1 standing in for GitHub's commit
 * archives and for a tarball host; otherwise listed as not read, with why.
 * The payload is the rebuilt postmark-mcp 1.0.16 (its BCC line).
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPair, useNoAdvisoryWorld } from '../support/no-advisory-world.js';
import { incidents, tarballBytes } from './support.js';

const world = useNoAdvisoryWorld('content-direct', '2025-09-01T00:00:00Z');
const postmark = incidents().find((i) => i.name === 'postmark-mcp')!;
const before = tarballBytes(postmark.before);
const after = tarballBytes(postmark.after);
const sri = (bytes: Uint8Array) => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
const OLD = 'a'.repeat(40);
const NEW = 'b'.repeat(40);

/** GitHub's archives and a tarball host in one: a path names the bytes it serves. */
let files: Server;
let filesUrl: string;
const served: string[] = [];
beforeAll(async () => {
  const bytes: Record<string, Uint8Array> = {
    [`/archive/acme/mailer/tar.gz/${OLD}`]: before,
    [`/archive/acme/mailer/tar.gz/${NEW}`]: after,
    '/files/mailer-1.0.0.tgz': before,
    '/files/mailer-1.0.1.tgz': after,
  };
  files = createServer((req, res) => {
    served.push(req.url ?? '');
    const body = bytes[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' }).end(body ?? '');
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => files.close(() => resolve())));

/** An npm v3 project whose one dependency `mailer` is locked as `entry`, asked for by package.json as `spec`. */
function project(dir: string, spec: string, entry: object) {
  mkdirSync(dir, { recursive: true });
  const manifest = { name: 'app', version: '1.0.0', dependencies: { mailer: spec } };
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const lock = {
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: { '': manifest, 'node_modules/mailer': entry },
  };
  writeFileSync(path.join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
}

async function check(name: string, base: [string, object], head: [string, object]) {
  const dir = path.join(world.tmp, name);
  project(path.join(dir, 'base'), ...base);
  project(path.join(dir, 'head'), ...head);
  served.length = 0;
  return runPair(world, dir, [], { env: { LOCKGATE_GIT_ARCHIVE_URL: `${filesUrl}/archive` } });
}

const git = (commit: string, version: string) =>
  [`github:acme/mailer#${commit}`, { version, resolved: `git+ssh://git@github.com/acme/mailer.git#${commit}` }] as [
    string,
    object,
  ];

describe('git and tarball-URL dependencies', () => {
  it('a GitHub dependency moved to a new commit: both commits read, the BCC line found', async () => {
    const { code, report } = await check('git', git(OLD, '1.0.0'), git(NEW, '1.0.1'));
    expect(served.sort()).toEqual([`/archive/acme/mailer/tar.gz/${OLD}`, `/archive/acme/mailer/tar.gz/${NEW}`].sort());
    const hit = report.lockfiles[0]!.signals.find((s) => s.signal === 'content-exfiltration');
    expect(hit?.evidence?.[0]?.excerpt).toContain("Bcc: 'phan@giftshop.club'");
    expect(code).toBe(1);
  });

  it('a tarball URL the manifest asks for, pinned by integrity: read and verified', async () => {
    const tarball = (version: string, bytes: Uint8Array) =>
      [
        `${filesUrl}/files/mailer-${version}.tgz`,
        { version, resolved: `${filesUrl}/files/mailer-${version}.tgz`, integrity: sri(bytes) },
      ] as [string, object];
    const { code, report } = await check('tarball', tarball('1.0.0', before), tarball('1.0.1', after));
    expect(served.sort()).toEqual(['/files/mailer-1.0.0.tgz', '/files/mailer-1.0.1.tgz']);
    expect(report.lockfiles[0]!.signals.map((s) => s.signal)).toContain('content-exfiltration');
    expect(code).toBe(1);
  });

  it('a tarball URL without an integrity is not read, and says so beside the registry signals', async () => {
    const url = `${filesUrl}/files/mailer-1.0.1.tgz`;
    const { code, report } = await check(
      'no-integrity',
      [url.replace('1.0.1', '1.0.0'), { version: '1.0.0', resolved: url.replace('1.0.1', '1.0.0') }],
      [url, { version: '1.0.1', resolved: url }],
    );
    expect(served).toEqual([]);
    expect(report.lockfiles[0]!.notChecked).toEqual([
      {
        name: 'mailer',
        version: '1.0.1',
        reason: expect.stringMatching(
          /not from the registry; package content not read: a tarball from 127\.0\.0\.1:\d+ without an integrity to verify it by$/,
        ),
      },
    ]);
    expect(report.lockfiles[0]!.signals).toEqual([]);
    expect(code).toBe(0);
  });

  it('a tarball from a host nobody asks for is a policy finding, and never downloaded', async () => {
    const url = `${filesUrl}/files/mailer-1.0.1.tgz`;
    const { code, report } = await check(
      'unasked',
      [
        '^1.0.0',
        { version: '1.0.0', resolved: 'https://registry.npmjs.org/mailer/-/mailer-1.0.0.tgz', integrity: sri(before) },
      ],
      ['^1.0.0', { version: '1.0.1', resolved: url, integrity: sri(after) }],
    );
    expect(served).toEqual([]);
    expect(report.lockfiles[0]!.findings.map((f) => f.kind)).toEqual(['unapproved-host']);
    expect(report.lockfiles[0]!.notChecked?.[0]?.reason).toMatch(
      /package content not read: its source 127\.0\.0\.1:\d+ is not one the source policy allows$/,
    );
    expect(code).toBe(1);
  });

  it('a git reference that pins no commit is not read', async () => {
    const branch = (version: string) =>
      ['github:acme/mailer#main', { version, resolved: 'git+ssh://git@github.com/acme/mailer.git#main' }] as [
        string,
        object,
      ];
    const { report } = await check('unpinned', branch('1.0.0'), branch('1.0.1'));
    expect(served).toEqual([]);
    expect(report.lockfiles[0]!.notChecked?.[0]?.reason).toMatch(
      /package content not read: a git dependency from github\.com\/acme\/mailer whose reference pins no commit$/,
    );
  });
});
