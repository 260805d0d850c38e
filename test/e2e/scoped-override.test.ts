/**
 * Overrides limited to one parent. A transitive held version that other
 * packages depend on too gets an override scoped to its dependent (npm's nested
 * `overrides`, pnpm's `parent>dep`, Yarn's `parent/dep`), so the other parents'
 * copies stay theirs; Bun reads plain-name overrides only, so its edit stays
 * plain and says whose copies it changes.
 *
 * - The oracle: lockfiles the real tools wrote after being given exactly the
 *   member lockgate prints (test/fixtures/scoped-overrides/NOTES.md), read by
 *   lockgate's own parsers.
 * - End to end through the built CLI against the registry stand-in on 127.0.0.1,
 *   in every lockfile format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../src/core/report.js';
import { edgesOf, loadLockfile } from '../../src/lockfiles/index.js';
import { SCOPED_OVERRIDE } from '../../src/signals/suggest.js';
import { ROOT } from '../helpers.js';
import { cliProcess, cliTextAndJson } from '../support/cli.js';
import { pairFlags } from '../support/cli-flags.js';
import { useNoAdvisoryWorld } from '../support/no-advisory-world.js';
import { FORMATS, writeProject, type Format, type LockPackage } from '../signals/lockfile-pairs.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/scoped-overrides');

/** The version of `dep` each entry named `parent` depends on, as the lockfile's own edges say. */
async function depVersions(folder: string, file: string, parent: string, dep: string): Promise<string[]> {
  const lockfile = await loadLockfile(file, readFileSync(path.join(FIXTURES, folder, file), 'utf8'));
  const byId = new Map(lockfile.packages.map((p) => [p.id, p]));
  const edges = edgesOf(lockfile);
  return lockfile.packages
    .filter((p) => p.name === parent)
    .flatMap((p) => (edges.deps.get(p.id) ?? []).map((id) => byId.get(id)!))
    .filter((p) => p.name === dep)
    .map((p) => p.version);
}

function overrideMember(folder: string, field: 'overrides' | 'resolutions' | 'pnpm'): unknown {
  const manifest = JSON.parse(readFileSync(path.join(FIXTURES, folder, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  return field === 'pnpm' ? manifest.pnpm!.overrides : manifest[field];
}

describe('what the real package managers install for the scoped edit lockgate prints', () => {
  it.each([
    ['npm', 'npm', 'package-lock.json', 'overrides', '2.1.1'],
    ['pnpm', 'pnpm', 'pnpm-lock.yaml', 'pnpm', '2.1.3'],
    ['yarn1', 'yarn-classic', 'yarn.lock', 'resolutions', '2.1.3'],
  ] as const)('%s: debug’s ms is locked at 2.1.1, humanize-ms keeps %s', async (folder, format, file, field, other) => {
    // The member the tool was given is the one lockgate prints.
    expect(JSON.parse(`{${SCOPED_OVERRIDE[format]('debug', 'ms', '2.1.1')}}`)).toEqual(overrideMember(folder, field));
    expect(await depVersions(folder, file, 'debug', 'ms')).toEqual(['2.1.1']);
    expect(await depVersions(folder, file, 'humanize-ms', 'ms')).toEqual([other]);
  });

  it('berry: debug’s ms is locked at 2.1.1 through the resolution, humanize-ms keeps 2.1.3', async () => {
    expect(JSON.parse(`{${SCOPED_OVERRIDE['yarn-berry']('debug', 'ms', '2.1.1')}}`)).toEqual(
      overrideMember('berry', 'resolutions'),
    );
    // Yarn 4 keeps debug's own ask (`ms: npm:2.1.2`) in its entry and applies the package.json's
    // resolution when it reads the lockfile: no entry answers 2.1.2, the one besides 2.1.3 is 2.1.1.
    const lockfile = await loadLockfile('yarn.lock', readFileSync(path.join(FIXTURES, 'berry', 'yarn.lock'), 'utf8'));
    expect(
      lockfile.packages
        .filter((p) => p.name === 'ms')
        .map((p) => p.version)
        .sort(),
    ).toEqual(['2.1.1', '2.1.3']);
    expect(await depVersions('berry', 'yarn.lock', 'debug', 'ms')).toEqual([]);
    expect(await depVersions('berry', 'yarn.lock', 'humanize-ms', 'ms')).toEqual(['2.1.3']);
  });

  it('bun 1.2 ignores the nested form (so lockgate never prints one for Bun)', async () => {
    expect(JSON.parse(`{${SCOPED_OVERRIDE.npm('debug', 'ms', '2.1.1')}}`)).toEqual(overrideMember('bun', 'overrides'));
    expect(await depVersions('bun', 'bun.lock', 'debug', 'ms')).toEqual(['2.1.2']);
  });
});

const world = useNoAdvisoryWorld('scoped-override', '2025-09-01T00:00:00Z');
let counter = 0;

beforeAll(() => {
  const dependsOnDeep = { published: '2025-05-01T09:00:00.000Z', dependencies: { deepdep: '^2.0.0' } };
  world.registry.put({ name: 'wrapper', versions: { '1.0.0': dependsOnDeep } });
  world.registry.put({ name: '@twin/kit', versions: { '3.0.0': dependsOnDeep } });
  world.registry.put({
    name: 'deepdep',
    versions: {
      '2.0.0': { published: '2025-06-01T09:00:00.000Z' },
      '2.0.5': { published: '2025-08-01T09:00:00.000Z' },
      '2.1.0': { published: '2025-09-08T12:00:00.000Z' },
    },
  });
  world.registry.setNow(Date.parse('2025-09-08T15:00:00.000Z'));
});

/** deepdep 2.0.0 → 2.1.0 (three hours old), depended on by wrapper and by @twin/kit. */
function project(format: Format): string[] {
  const dir = path.join(world.tmp, `case-${++counter}`);
  const parents = (deep: string): LockPackage[] => [
    { name: 'wrapper', version: '1.0.0', deps: { deepdep: '^2.0.0' } },
    { name: '@twin/kit', version: '3.0.0', deps: { deepdep: '^2.0.0' } },
    { name: 'deepdep', version: deep, transitive: true, range: '^2.0.0' },
  ];
  writeProject(path.join(dir, 'base'), format, parents('2.0.0'));
  writeProject(path.join(dir, 'head'), format, parents('2.1.0'));
  return [...pairFlags(dir), ...world.liveFlags(), '--no-content'];
}

const EDIT: Record<Format, { field: string; edit: string; command: string }> = {
  npm: { field: 'overrides', edit: '"@twin/kit": { "deepdep": "2.0.5" }', command: 'npm install' },
  pnpm: { field: 'pnpm.overrides', edit: '"@twin/kit>deepdep": "2.0.5"', command: 'pnpm install' },
  'yarn-classic': { field: 'resolutions', edit: '"@twin/kit/deepdep": "2.0.5"', command: 'yarn install' },
  'yarn-berry': { field: 'resolutions', edit: '"@twin/kit/deepdep": "2.0.5"', command: 'yarn install' },
  bun: { field: 'overrides', edit: '"deepdep": "2.0.5"', command: 'bun install' },
};

describe('a held version two packages depend on', () => {
  it.each(FORMATS)(
    '%s: the override is limited to the dependent where the package manager can',
    async (format) => {
      const { code, text, report } = await cliTextAndJson<ReportJson>(project(format));
      expect(code, text).toBe(1);
      const [suggestion, ...rest] = report.lockfiles[0]!.suggestions ?? [];
      expect(rest).toEqual([]);
      const { field, edit, command } = EDIT[format];
      // The chain's dependent: the shortest chain is through the first parent in the lockfile's order.
      const parent = suggestion!.rangeFrom.replace(/@3\.0\.0$|@1\.0\.0$/, '');
      const other = parent === 'wrapper' ? '@twin/kit' : 'wrapper';
      const scoped = edit.replaceAll('@twin/kit', parent);
      expect(suggestion).toMatchObject({ name: 'deepdep', suggested: '2.0.5', field, edit: scoped, others: [other] });
      if (format === 'bun') {
        expect(suggestion!.scope).toBeUndefined();
        expect(text).toContain(
          `add to "overrides" "deepdep": "2.0.5" (Bun reads plain-name overrides only, so this changes the deepdep that ${other} depends on too), then run bun install`,
        );
      } else {
        expect(suggestion!.scope).toBe(parent);
        expect(text).toContain(
          `add to "${field}" ${scoped} (only under ${parent}: the deepdep that ${other} depends on is not overridden), then run ${command}`,
        );
      }
    },
    60_000,
  );

  it('in Markdown, the scope and who keeps their own copy are code spans', async () => {
    const { code, stdout } = await cliProcess([...project('pnpm'), '--format', 'markdown'], { PATH: process.env.PATH });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /add to `pnpm\.overrides` `"(wrapper|@twin\/kit)>deepdep": "2\.0\.5"` \(only under `\1`: the `deepdep` that `(wrapper|@twin\/kit)` depends on is not overridden\), then run `pnpm install`\./,
    );
  }, 60_000);
});
