/**
 * The way out of a held pull request, end to end through the built action
 * (fake GitHub API and the registry stand-in on 127.0.0.1): the comment names
 * the override label, suggests the newest version that passes today with the
 * exact package.json edit (the dependency itself when direct, the package
 * manager's override with the chain when transitive), and promises an
 * automatic re-run only when a workflow is configured to do one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRepo, pullRequestPayload, runAction, scratch, type ActionRun } from './harness.js';
import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';
import { startOsvServer, type OsvServer } from '../support/osv-server.js';
import { startRegistryServer, type FakePackage, type RegistryServer } from '../support/registry-server.js';
import { parseReport } from '../support/report-schema.js';
import type { ReportJson } from '../../src/core/report.js';
import { writeProject, type Format, type LockPackage } from '../signals/lockfile-pairs.js';

const PR = 21;
const NOW = '2025-09-08T15:00:00.000Z';
// Made-up names: the bundled advisory snapshot knows none of them.
const REGISTRY: FakePackage[] = [
  {
    name: 'chalkish',
    versions: {
      '5.5.0': { published: '2025-07-01T09:00:00.000Z' },
      '5.6.0': { published: '2025-08-20T09:00:00.000Z' },
      '5.6.1': { published: '2025-09-08T13:16:00.000Z' },
    },
  },
  {
    name: 'wrapper',
    versions: { '1.0.0': { published: '2025-05-01T09:00:00.000Z', dependencies: { deepdep: '^2.0.0' } } },
  },
  {
    name: 'deepdep',
    versions: {
      '2.0.0': { published: '2025-06-01T09:00:00.000Z' },
      '2.0.5': { published: '2025-08-01T09:00:00.000Z' },
      // Two days old: inside the hold itself, so never suggested.
      '2.0.9': { published: '2025-09-06T15:00:00.000Z' },
      '2.1.0': { published: '2025-09-08T12:00:00.000Z' },
    },
  },
];
const base: LockPackage[] = [
  { name: 'chalkish', version: '5.6.0' },
  { name: 'wrapper', version: '1.0.0', deps: { deepdep: '^2.0.0' } },
  { name: 'deepdep', version: '2.0.0', transitive: true, range: '^2.0.0' },
];
const head: LockPackage[] = [
  { name: 'chalkish', version: '5.6.1', range: '^5.6.0' },
  { name: 'wrapper', version: '1.0.0', deps: { deepdep: '^2.0.0' } },
  { name: 'deepdep', version: '2.1.0', transitive: true, range: '^2.0.0' },
];
const RERUN_WORKFLOW = `on:
  schedule:
    - cron: '7 * * * *'
jobs:
  lockgate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: lockgate/lockgate@v1
        with:
          mode: all
          rerun-held: true
`;

let server: GitHubApiServer;
let registry: RegistryServer;
let osv: OsvServer;
const tmp = scratch();
let counter = 0;
const freshDir = (name: string) => path.join(tmp.dir, `${name}-${++counter}`);

beforeAll(async () => {
  server = await startGitHubApiServer('acme', 'mail-assistant');
  registry = await startRegistryServer(REGISTRY);
  osv = await startOsvServer({ records: [] });
}, 60_000);
afterAll(async () => {
  await server.close();
  await registry.close();
  await osv.close();
  tmp.cleanup();
});
beforeEach(() => {
  server.reset();
  server.comments.length = 0;
  registry.setNow(Date.parse(NOW));
});

const LOCKFILE: Record<Format, string> = {
  npm: 'package-lock.json',
  'yarn-classic': 'yarn.lock',
  'yarn-berry': 'yarn.lock',
  pnpm: 'pnpm-lock.yaml',
  bun: 'bun.lock',
};

function side(format: Format, packages: LockPackage[]): Record<string, string> {
  const dir = freshDir('side');
  writeProject(dir, format, packages);
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  return { 'package.json': read('package.json'), [LOCKFILE[format]]: read(LOCKFILE[format]) };
}

function repoOf(format: Format, baseExtra: Record<string, string> = {}) {
  return createRepo(freshDir('repo'), { ...side(format, base), ...baseExtra }, side(format, head));
}

async function runPr(
  repo: ReturnType<typeof repoOf>,
  format: Format,
  inputs: Record<string, string>,
): Promise<ActionRun> {
  server.setPullFiles(PR, [{ filename: LOCKFILE[format], status: 'modified' }]);
  return runAction({
    workspace: repo.dir,
    apiUrl: server.url,
    event: 'pull_request',
    payload: pullRequestPayload(PR, repo.baseSha, repo.headSha),
    runnerDir: freshDir('runner'),
    inputs: { offline: 'false', content: 'false', 'osv-url': osv.url, 'registry-url': registry.url, ...inputs },
  });
}

describe('the way out of a held pull request', () => {
  it('names the label, suggests the newest passing version with the exact edit, and gives the chain', async () => {
    const repo = repoOf('npm');
    const run = await runPr(repo, 'npm', { 'override-label': 'deps-reviewed' });
    expect(run.code, run.stdout).toBe(1);
    const body = server.comments[0]!.body;
    // The label, by name.
    expect(body).toContain('adds the label `deps-reviewed` to the pull request after its latest push');
    // Direct: the package.json line, in its own field.
    expect(body).toContain(
      '`chalkish@5.6.1`: use **5.6.0**, the newest of `^5.6.0` (in `package.json`) that passes today: in `package.json` `dependencies`, change it to `"chalkish": "5.6.0"`, then run `npm install`.',
    );
    // Transitive: the chain, and npm's override; 2.0.9 is inside the hold itself, so 2.0.5 it is.
    expect(body).toContain(
      '`deepdep@2.1.0` (via `wrapper@1.0.0` → `deepdep@2.1.0`, brought in by `package.json`): use **2.0.5**, the newest of `^2.0.0` (asked by `wrapper@1.0.0`) that passes today: in `package.json` add to `overrides` `"deepdep": "2.0.5"`, then run `npm install`.',
    );
    // No scheduled re-run is configured: none is promised.
    expect(body).toContain(
      're-run this check then (a scheduled lockgate run with `rerun-held: true` would do it by itself',
    );
    expect(body).not.toContain('the scheduled lockgate run re-runs the check then');
    expect(run.stdout).toContain('Re-run this job then (no scheduled run with rerun-held was found');

    // The annotation says it too.
    const held = run.stdout.split('\n').filter((l) => l.startsWith('::error') && l.includes('deepdep@2.1.0'));
    expect(held).toHaveLength(1);
    expect(held[0]).toContain('It comes in via wrapper@1.0.0 → deepdep@2.1.0 (package.json)');
    expect(held[0]).toContain('Way out: use 2.0.5 instead');
    expect(held[0]).toContain('adds the label `deps-reviewed`');

    // The JSON report carries it: via and importer on the signals, the suggestions on the lockfile.
    const report = parseReport<ReportJson>(readFileSync(run.outputs['report-path']!, 'utf8'));
    const lockfile = report.lockfiles[0]!;
    const deep = lockfile.signals.find((s) => s.name === 'deepdep')!;
    expect(deep).toMatchObject({ via: ['wrapper@1.0.0', 'deepdep@2.1.0'], importer: 'package.json' });
    expect(lockfile.signals.find((s) => s.name === 'chalkish')!.via).toBeUndefined();
    expect(lockfile.suggestions).toEqual([
      {
        name: 'chalkish',
        version: '5.6.1',
        suggested: '5.6.0',
        range: '^5.6.0',
        rangeFrom: 'package.json',
        file: 'package.json',
        field: 'dependencies',
        edit: '"chalkish": "5.6.0"',
      },
      {
        name: 'deepdep',
        version: '2.1.0',
        suggested: '2.0.5',
        range: '^2.0.0',
        rangeFrom: 'wrapper@1.0.0',
        file: 'package.json',
        field: 'overrides',
        edit: '"deepdep": "2.0.5"',
      },
    ]);
    expect(report.holds).toEqual({ mode: 'fail', verb: 'merge', overrideLabel: 'deps-reviewed' });
  }, 90_000);

  it.each([
    ['pnpm', 'pnpm.overrides', 'pnpm install'],
    ['yarn-classic', 'resolutions', 'yarn install'],
    ['bun', 'overrides', 'bun install'],
  ] as const)(
    '%s: the transitive edit is the package manager’s own override (%s)',
    async (format, field, command) => {
      const repo = repoOf(format);
      const run = await runPr(repo, format, {});
      expect(run.code, run.stdout).toBe(1);
      const body = server.comments[0]!.body;
      expect(body).toContain(`add to \`${field}\` \`"deepdep": "2.0.5"\`, then run \`${command}\`.`);
      // No label configured: the comment says how to configure one.
      expect(body).toContain('configure an override label (the action input `override-label`');
      expect(body.split('configure an override label').length - 1, 'said once').toBe(1);
    },
    90_000,
  );

  it('promises the automatic re-run only when a scheduled workflow with rerun-held is in the base commit', async () => {
    const repo = repoOf('npm', { '.github/workflows/lockgate-held.yml': RERUN_WORKFLOW });
    const run = await runPr(repo, 'npm', {});
    expect(run.code).toBe(1);
    const body = server.comments[0]!.body;
    expect(body).toContain('the scheduled lockgate run re-runs the check then');
    expect(run.stdout).toContain('The scheduled run with rerun-held re-runs this job then.');
    const report = parseReport<ReportJson>(readFileSync(run.outputs['report-path']!, 'utf8'));
    expect(report.holds).toMatchObject({ rerun: true });
  }, 90_000);

  it('follows a local reusable workflow the scheduled one calls; one of another repository is named, not promised', async () => {
    const caller = (uses: string) =>
      `on:\n  schedule:\n    - cron: '7 * * * *'\njobs:\n  held:\n    uses: ${uses}\n    with:\n      rerun: true\n`;
    const reusable = `on:\n  workflow_call:\n    inputs:\n      rerun:\n        type: boolean\njobs:\n  lockgate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: lockgate/lockgate@v1\n        with:\n          mode: all\n          rerun-held: \${{ inputs.rerun }}\n`;
    const local = await runPr(
      repoOf('npm', {
        '.github/workflows/nightly.yml': caller('./.github/workflows/lockgate-reusable.yml'),
        '.github/workflows/lockgate-reusable.yml': reusable,
      }),
      'npm',
      {},
    );
    expect(local.code).toBe(1);
    expect(server.comments[0]!.body).toContain('the scheduled lockgate run re-runs the check then');
    expect(parseReport<ReportJson>(readFileSync(local.outputs['report-path']!, 'utf8')).holds).toMatchObject({
      rerun: true,
    });

    server.comments.length = 0;
    const remote = await runPr(
      repoOf('npm', { '.github/workflows/nightly.yml': caller('acme/ci/.github/workflows/lockgate.yml@v2') }),
      'npm',
      {},
    );
    expect(remote.code).toBe(1);
    const body = server.comments[0]!.body;
    expect(body).not.toContain('the scheduled lockgate run re-runs the check then');
    expect(body).toContain(
      're-run this check then (a scheduled workflow calls `acme/ci/.github/workflows/lockgate.yml@v2`, a reusable workflow of another repository that lockgate cannot read, so no automatic re-run is promised',
    );
    expect(remote.stdout).toContain(
      'Re-run this job then (a scheduled workflow calls acme/ci/.github/workflows/lockgate.yml@v2, a reusable workflow of another repository that lockgate cannot read, so no re-run is promised).',
    );
    const report = parseReport<ReportJson>(readFileSync(remote.outputs['report-path']!, 'utf8'));
    expect(report.holds).toEqual({
      mode: 'fail',
      verb: 'merge',
      overrideLabel: '',
      rerunUnread: ['acme/ci/.github/workflows/lockgate.yml@v2'],
    });
  }, 120_000);
});
