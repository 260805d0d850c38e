import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEntryRecord, loadAdvisoryPaths, parseIncidentList } from '../../src/advisories/local.js';
import { isMalicious } from '../../src/advisories/records.js';
import type { OsvRecord } from '../../src/core/osv.js';
import { LockfileError } from '../../src/core/errors.js';
import { DATA, rejected } from '../helpers.js';



/** Real records from data/osv, by package name. */
function realRecords(...names: string[]): OsvRecord[] {
  return gunzipSync(readFileSync(path.join(DATA, 'osv-malicious-npm.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter((line) => names.some((name) => line.includes(`"name":${JSON.stringify(name)}`)))
    .map((line) => JSON.parse(line) as OsvRecord);
}

const q = (...names: string[]) => names.map((name) => ({ name, version: '1.0.0' }));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lockgate-local-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const failure = (promise: Promise<unknown>) => rejected(LockfileError, promise);

describe('incident lists', () => {
  it('reads name@version, bare names, scoped names, comments and blank lines', () => {
    const text = [
      '# incidents we track',
      'event-stream@3.3.6',
      '',
      '  flatmap-stream   # every version',
      '@ctrl/tinycolor@4.1.1',
      '@scope/whole',
      'pkg@1.0.0-beta.1+build.5 # prerelease with build metadata',
      '\r',
    ].join('\n');
    expect(parseIncidentList(text, 'list.txt')).toEqual([
      { name: 'event-stream', version: '3.3.6', line: 2 },
      { name: 'flatmap-stream', line: 4 },
      { name: '@ctrl/tinycolor', version: '4.1.1', line: 5 },
      { name: '@scope/whole', line: 6 },
      { name: 'pkg', version: '1.0.0-beta.1+build.5', line: 7 },
    ]);
  });

  it.each([
    ['foo@', 2, /has no version after "@"/],
    ['@@@', 2, /not an npm package name|no version/],
    ['foo bar', 2, /expected one "name@version" or "name" per line/],
    ['foo@1.2.3 extra', 2, /expected one "name@version" or "name" per line/],
    ['foo@^1.0.0', 2, /"\^1.0.0" is not an exact version/],
    ['foo@1.2', 2, /"1.2" is not an exact version/],
    ['foo@v1.2.3', 2, /"v1.2.3" is not an exact version/],
    ['@scope', 2, /"@scope" is not an npm package name/],
    ['.hidden@1.0.0', 2, /is not an npm package name/],
    ['https://evil.example/x.tgz', 2, /is not an npm package name/],
  ])('rejects %j naming file and line', (entry, line, reason) => {
    const run = () => parseIncidentList(`ok@1.0.0\n${entry}\nlater@2.0.0\n`, 'incidents.txt');
    expect(run).toThrow(LockfileError);
    expect(run).toThrow(reason);
    try {
      run();
    } catch (error) {
      expect((error as LockfileError).file).toBe('incidents.txt');
      expect((error as LockfileError).line).toBe(line);
      expect((error as Error).message.startsWith(`incidents.txt:${line}: `)).toBe(true);
    }
  });

  it('bounds and sanitises what it echoes from a line', () => {
    const run = () => parseIncidentList(`${'x'.repeat(500)}\u001b[31m@1.0.0`, 'l.txt');
    expect(run).toThrow(LockfileError);
    try {
      run();
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(250);
      expect((error as Error).message).not.toContain('\u001b');
    }
  });

  it('turns entries into synthetic OSV records naming the list and line', () => {
    expect(listEntryRecord({ name: 'a', version: '1.2.3', line: 4 }, 'security/incidents.txt')).toEqual({
      id: 'LIST-security/incidents.txt:4',
      summary: 'a@1.2.3 is listed in security/incidents.txt (line 4)',
      affected: [{ package: { ecosystem: 'npm', name: 'a' }, versions: ['1.2.3'] }],
    });
    expect(listEntryRecord({ name: '@s/b', line: 9 }, 'l.txt').affected).toEqual([
      { package: { ecosystem: 'npm', name: '@s/b' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] },
    ]);
  });
});

describe('loadAdvisoryPaths', () => {
  it('loads a plain list as the custom source and looks names up', async () => {
    const file = write('incidents.txt', '# ours\nevent-stream@3.3.6\n@scope/whole\n');
    const source = await loadAdvisoryPaths([file]);
    expect(source.name).toBe('custom');
    expect(source.status()).toEqual({ name: 'custom', ok: true, records: 2 });
    const found = await source.lookup(q('event-stream', '@scope/whole', 'unrelated'));
    expect(found.map((r) => r.id)).toEqual([
      expect.stringMatching(/^LIST-.*incidents\.txt:2$/),
      expect.stringMatching(/:3$/),
    ]);
    expect(found[0]!.affected?.[0]?.versions).toEqual(['3.3.6']);
    expect(await source.lookup(q('unrelated'))).toEqual([]);
  });

  it('loads a single real OSV record, an array, a directory tree, .jsonl and .jsonl.gz', async () => {
    const real = realRecords('postmark-mcp', 'axios', '@ctrl/tinycolor');
    const byName = (name: string): OsvRecord => real.find((r) => r.affected?.[0]?.package?.name === name)!;
    const [postmark, axios, tinycolor] = [byName('postmark-mcp'), byName('axios'), byName('@ctrl/tinycolor')];
    const one = write('one/postmark.json', JSON.stringify(postmark, null, 2));
    const array = write('array.json', JSON.stringify([axios, tinycolor], null, 2));
    write('tree/a/axios.json', JSON.stringify(axios));
    write('tree/b/c/tiny.json', JSON.stringify(tinycolor));
    write('tree/README.md', '# not a record');
    const jsonl = write('recs.jsonl', `${JSON.stringify(postmark)}\n\n${JSON.stringify(axios)}\n`);
    const gz = write('recs.jsonl.gz', gzipSync(`${JSON.stringify(tinycolor)}\n`));

    const ids = async (file: string) =>
      (await (await loadAdvisoryPaths([file])).lookup(q('postmark-mcp', 'axios', '@ctrl/tinycolor'))).map((r) => r.id);
    expect(await ids(one)).toEqual(['MAL-2025-47604']);
    expect(await ids(array)).toEqual(['MAL-2026-2307', 'MAL-2025-47141']);
    expect(await ids(path.join(dir, 'tree'))).toEqual(['MAL-2026-2307', 'MAL-2025-47141']);
    expect(await ids(jsonl)).toEqual(['MAL-2025-47604', 'MAL-2026-2307']);
    expect(await ids(gz)).toEqual(['MAL-2025-47141']);

    const all = await loadAdvisoryPaths([one, array, jsonl, gz]);
    expect(all.status()).toEqual({ name: 'custom', ok: true, records: 6, asOf: '2026-04-07T14:41:20Z' });
    const [record] = await all.lookup(q('postmark-mcp'));
    expect(record?.affected).toEqual(postmark.affected);
    expect(isMalicious(record!)).toBe(true);
  });

  it('reports the line of a bad record in a JSON array, a JSONL file and a gzipped one', async () => {
    const good = { id: 'MAL-1', affected: [{ package: { ecosystem: 'npm', name: 'a' }, versions: ['1.0.0'] }] };
    const badVersions = { id: 'MAL-2', affected: [{ package: { ecosystem: 'npm', name: 'b' }, versions: '1.0.0' }] };
    const array = write('bad-array.json', JSON.stringify([good, badVersions], null, 2));
    let error = await failure(loadAdvisoryPaths([array]));
    expect(error.file).toBe(array);
    expect(error.line).toBe(JSON.stringify([good], null, 2).split('\n').length); // the second element starts where the first ends
    expect(error.reason).toMatch(/record MAL-2: affected\[0\]\.versions/);

    const jsonl = write('bad.jsonl', `${JSON.stringify(good)}\n${JSON.stringify({ summary: 'no id' })}\n`);
    error = await failure(loadAdvisoryPaths([jsonl]));
    expect(error.line).toBe(2);
    expect(error.reason).toMatch(/a record without id has no affected array/);

    const gz = write('bad.jsonl.gz', gzipSync(`\n\n${JSON.stringify(good)}\n{"id": oops}\n`));
    error = await failure(loadAdvisoryPaths([gz]));
    expect(error.line).toBe(4);
    expect(error.reason).toMatch(/^not a JSON record/);

    const syntax = write('syntax.json', '{\n  "id": "MAL-1",\n  "affected": [\n}\n');
    error = await failure(loadAdvisoryPaths([syntax]));
    expect(error.reason).toMatch(/^not valid JSON/);
    expect(error.line).toBeGreaterThanOrEqual(3);

    const nested = write('deep/x/bad.json', '[1]');
    error = await failure(loadAdvisoryPaths([path.join(dir, 'deep')]));
    expect([error.file, error.line]).toEqual([nested, 1]);
  });

  it('names the file and line of a malformed list line, whichever list it is in', async () => {
    const ok = write('ok.txt', 'a@1.0.0\n');
    const bad = write('lists/bad.list', 'b@1.0.0\n\n# c\nfoo@\n');
    const error = await failure(loadAdvisoryPaths([ok, bad]));
    expect(error.message).toBe(`${bad}:4: "foo@" has no version after "@"`);
  });

  it('reads every advisory file of a directory, lists included, and names the files it did not read', async () => {
    const osv = { id: 'MAL-9', affected: [{ package: { ecosystem: 'npm', name: 'x' }, versions: ['1.0.0'] }] };
    write('mixed/records/a.json', JSON.stringify(osv));
    write('mixed/incident.txt', '# today\n@scope/y@2.0.0\n');
    write('mixed/README.md', 'How to add an advisory.\n');
    const source = await loadAdvisoryPaths([path.join(dir, 'mixed')]);
    const found = await source.lookup([
      { name: 'x', version: '1.0.0' },
      { name: '@scope/y', version: '2.0.0' },
    ]);
    expect(found.map((r) => r.id).sort()).toEqual(
      ['LIST-' + path.join(dir, 'mixed/incident.txt') + ':2', 'MAL-9'].sort(),
    );
    expect(source.status().warning).toMatch(/1 file\(s\) not read.*README\.md/);
  });

  it('refuses a missing path, an empty directory and an empty .json file', async () => {
    let error = await failure(loadAdvisoryPaths([path.join(dir, 'absent.txt')]));
    expect(error.reason).toMatch(/no such file or directory/);
    mkdirSync(path.join(dir, 'empty-dir'));
    error = await failure(loadAdvisoryPaths([path.join(dir, 'empty-dir')]));
    expect(error.reason).toMatch(/holds no advisory file/);
    error = await failure(loadAdvisoryPaths([write('empty.json', '  \n')]));
    expect(error.reason).toMatch(/file is empty/);
  });

  it('warns when a list holds nothing or a record names no npm package', async () => {
    const comments = write('only-comments.txt', '# nothing yet\n\n');
    const pypi = write(
      'pypi.json',
      JSON.stringify({ id: 'MAL-9', affected: [{ package: { ecosystem: 'PyPI', name: 'x' } }] }),
    );
    const status = (await loadAdvisoryPaths([comments, pypi])).status();
    expect(status.records).toBe(1);
    expect(status.warning).toMatch(/only-comments\.txt holds no advisories/);
    expect(status.warning).toMatch(/1 record\(s\) name no npm package/);
  });
});

describe('list names, ids and links', () => {
  it('matches a mixed-case list name with the package npm treats as the same name', async () => {
    const file = write('mixed-case.txt', 'Postmark-MCP@1.0.16\nJSONStream\n');
    const source = await loadAdvisoryPaths([file]);
    const found = await source.lookup([
      { name: 'postmark-mcp', version: '1.0.16' },
      { name: 'JSONStream', version: '1.3.5' },
    ]);
    expect(found.flatMap((r) => r.affected?.map((a) => a.package?.name))).toEqual(['postmark-mcp', 'JSONStream']);
  });

  it('names list ids relative to the repository root, whatever the working directory', async () => {
    const root = path.dirname(write('root-marker.txt', '# root\n'));
    mkdirSync(path.join(root, 'security'), { recursive: true });
    writeFileSync(path.join(root, 'security', 'incidents.txt'), '# x\npostmark-mcp@1.0.16\n');
    const source = await loadAdvisoryPaths([path.join(root, 'security', 'incidents.txt')], { root });
    expect(source.records.map((r) => r.id)).toEqual(['LIST-security/incidents.txt:2']);
  });

  it('reads lists given as bytes (a base commit’s versions), .jsonl.gz included', async () => {
    const record = {
      id: 'MAL-2099-0300',
      affected: [{ package: { ecosystem: 'npm', name: 'quiet-pkg' }, versions: ['9.9.9'] }],
    };
    const source = await loadAdvisoryPaths([], {
      files: [
        { path: 'security/mal.jsonl.gz', bytes: gzipSync(`${JSON.stringify(record)}\n`) },
        { path: 'security/incidents.txt', bytes: Buffer.from('quiet-pkg@9.9.9\n') },
      ],
    });
    expect(source.records.map((r) => r.id)).toEqual(['MAL-2099-0300', 'LIST-security/incidents.txt:1']);
  });

  it('list-symlink attack: refuses a list inside the repository that links to a file outside, quoting nothing of it', async () => {
    const root = path.dirname(write('repo-marker.txt', '# repo\n'));
    const outside = mkdtempSync(path.join(tmpdir(), 'lockgate-runner-'));
    writeFileSync(path.join(outside, '.npmrc'), '//registry.npmjs.org/:_authToken=npm_SECRET0000\n');
    const link = path.join(root, 'linked-list.txt');
    symlinkSync(path.join(outside, '.npmrc'), link);
    const error = await failure(loadAdvisoryPaths([link], { root }));
    expect(error.message).toMatch(/linked-list\.txt: this advisory list is a symbolic link .* outside the repository/);
    expect(error.message).not.toContain('SECRET');
  });
});
