/**
 * The pure parts of the way out: which version is suggested (the newest of the
 * range that trips no fail-level signal), where the edit goes, and whether a
 * workflow re-runs held pull requests by itself; held versions grouped per workspace.
 */
import { describe, expect, it } from 'vitest';
import { readPackument } from '../../src/signals/packument.js';
import { directSource, passingVersions, overrideSource } from '../../src/signals/suggest.js';
import { reRunsHeld, rerunAnswer } from '../../src/inputs/workflows.js';
import { DEFAULT_LEVELS, DEFAULT_MIN_RELEASE_AGE_MS, type SignalSettings } from '../../src/core/signals.js';
import type { SignalTarget } from '../../src/signals/rules.js';
import type { HoldSuggestion, Signal } from '../../src/core/signals.js';
import type { Report } from '../../src/core/report.js';
import { renderMarkdown, renderText } from '../../src/outputs/render.js';

const D = 86_400_000;
const NOW = Date.parse('2026-01-10T12:00:00Z');
const settings: SignalSettings = { minReleaseAgeMs: DEFAULT_MIN_RELEASE_AGE_MS, levels: { ...DEFAULT_LEVELS } };

/** A full packument: version → [age in days, install script?, dependencies]. */
function doc(versions: Record<string, [number, boolean?, Record<string, string>?]>) {
  const time: Record<string, string> = { created: new Date(NOW - 400 * D).toISOString() };
  const vs: Record<string, unknown> = {};
  for (const [v, [age, script, deps]] of Object.entries(versions)) {
    time[v] = new Date(NOW - age * D).toISOString();
    vs[v] = {
      name: 'pkg',
      version: v,
      _npmUser: { name: 'alice', email: 'alice@example.org' },
      ...(script ? { scripts: { postinstall: 'node build.js' } } : {}),
      ...(deps ? { dependencies: deps } : {}),
      dist: { integrity: 'sha512-x' },
    };
  }
  return readPackument('pkg', { name: 'pkg', time, versions: vs, maintainers: [{ name: 'alice' }] })!;
}

const target: SignalTarget = { name: 'pkg', version: '2.3.0', line: 1, replaces: ['2.0.0'], newToLockfile: false };

describe('passingVersions', () => {
  it('skips versions inside the hold and versions that add an install script in their review window', () => {
    const meta = doc({
      '2.0.0': [100],
      '2.1.0': [40],
      '2.2.0': [2.5], // inside the 3-day hold
      '2.2.1': [3.5, true], // adds an install script over 2.0.0, past its 3-day review window: a warning only
      '2.3.0': [0.1],
      '3.0.0': [50],
    });
    // 3.0.0 is outside ^2.0.0; 2.2.0 is held; 2.2.1 passes (its added script is only a warning after 3 days).
    expect(passingVersions(target, meta, '^2.0.0', NOW, settings, () => undefined, 5)).toEqual([
      '2.2.1',
      '2.1.0',
      '2.0.0',
    ]);
    // The limit: the newest only.
    expect(passingVersions(target, meta, '^2.0.0', NOW, settings, () => undefined, 1)).toEqual(['2.2.1']);
    // With a 5-day hold (and so a 5-day review window) 2.2.1 is held and its added script fails too.
    const longer = { ...settings, minReleaseAgeMs: 5 * D };
    expect(passingVersions(target, meta, '^2.0.0', NOW, longer, () => undefined, 1)).toEqual(['2.1.0']);
    // Nothing in the range passes: no suggestion.
    expect(passingVersions(target, meta, '>=2.2.0 <2.4.0', NOW, longer, () => undefined, 5)).toEqual([]);
    // A range that is not semver (a tag, a git URL, an alias): no suggestion.
    expect(passingVersions(target, meta, 'latest', NOW, settings, () => undefined, 5)).toEqual([]);
  });
});

describe('where the edit goes', () => {
  it('a direct dependency: its own field of the declaring package.json', () => {
    const text = JSON.stringify({ dependencies: { a: '^1.0.0' }, devDependencies: { pkg: '~2.3.0' } });
    expect(directSource('packages/web/package.json', text, 'pkg')).toEqual({
      range: '~2.3.0',
      rangeFrom: 'packages/web/package.json',
      file: 'packages/web/package.json',
      field: 'devDependencies',
    });
    // Only a peer dependency: the consumer installs it, nothing to pin here.
    expect(directSource('package.json', JSON.stringify({ peerDependencies: { pkg: '^2' } }), 'pkg')).toBeUndefined();
    expect(directSource('package.json', '{ not json', 'pkg')).toBeUndefined();
  });

  it('a transitive one: the range its dependent asks for, as each package manager’s override', () => {
    const parent = doc({ '1.0.0': [100, false, { pkg: '^2.1.0' }] });
    const dependent = { name: 'parent', version: '1.0.0', meta: parent };
    expect(overrideSource('npm', 'package.json', 'pkg', dependent)).toMatchObject({
      range: '^2.1.0',
      rangeFrom: 'parent@1.0.0',
      field: 'overrides',
    });
    expect(overrideSource('pnpm', 'package.json', 'pkg', dependent)?.field).toBe('pnpm.overrides');
    expect(overrideSource('yarn-berry', 'package.json', 'pkg', dependent)?.field).toBe('resolutions');
    expect(overrideSource('bun', 'package.json', 'pkg', dependent)?.field).toBe('overrides');
    // The dependent does not declare it (or its document did not come): no suggestion.
    expect(overrideSource('npm', 'package.json', 'other', dependent)).toBeUndefined();
    expect(overrideSource('npm', 'package.json', 'pkg', { ...dependent, meta: undefined })).toBeUndefined();
  });
});

describe('reRunsHeld', () => {
  const step = (value: string) =>
    `jobs:\n  l:\n    steps:\n      - uses: lockgate/lockgate@v1\n        with:\n          rerun-held: ${value}\n`;
  it('needs a schedule and a step with rerun-held: true', () => {
    expect(reRunsHeld(`on:\n  schedule:\n    - cron: '7 * * * *'\n${step('true')}`)).toBe(true);
    expect(reRunsHeld(`on: [schedule, pull_request]\n${step("'true'")}`)).toBe(true);
    expect(reRunsHeld(`on: schedule\n${step('true')}`)).toBe(true);
    expect(reRunsHeld(`on: [pull_request]\n${step('true')}`)).toBe(false);
    expect(reRunsHeld(`on:\n  schedule:\n    - cron: '7 * * * *'\n${step('false')}`)).toBe(false);
    expect(reRunsHeld('on: [schedule\n')).toBe(false);
  });

  const caller = (uses: string, withs = '') =>
    `on:\n  schedule:\n    - cron: '7 * * * *'\njobs:\n  held:\n    uses: ${uses}\n${withs}`;
  const callee = (value: string, inputs = '') =>
    `on:\n  workflow_call:\n${inputs}jobs:\n  l:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: lockgate/lockgate@v1\n        with:\n          rerun-held: ${value}\n`;
  const files = (entries: Record<string, string>) =>
    new Map(Object.entries(entries).map(([name, text]) => [`.github/workflows/${name}`, text]));

  it('follows a local reusable workflow that a scheduled workflow calls, with its inputs', () => {
    const local = './.github/workflows/lockgate.yml';
    expect(rerunAnswer(files({ 'nightly.yml': caller(local), 'lockgate.yml': callee('true') }))).toEqual({
      rerun: true,
    });
    // The caller passes the input; or the input's default says it.
    const input = "'${{ inputs.rerun }}'";
    expect(
      rerunAnswer(
        files({ 'nightly.yml': caller(local, '    with:\n      rerun: true\n'), 'lockgate.yml': callee(input) }),
      ).rerun,
    ).toBe(true);
    const declared = '    inputs:\n      rerun:\n        type: boolean\n        default: true\n';
    expect(rerunAnswer(files({ 'nightly.yml': caller(local), 'lockgate.yml': callee(input, declared) })).rerun).toBe(
      true,
    );
    expect(rerunAnswer(files({ 'nightly.yml': caller(local), 'lockgate.yml': callee(input) })).rerun).toBe(false);
    // Not scheduled: the reusable workflow alone re-runs nothing.
    expect(rerunAnswer(files({ 'lockgate.yml': callee('true') })).rerun).toBe(false);
    // Missing, or calling itself: no.
    expect(rerunAnswer(files({ 'nightly.yml': caller(local) })).rerun).toBe(false);
    expect(rerunAnswer(files({ 'nightly.yml': caller('./.github/workflows/nightly.yml') })).rerun).toBe(false);
  });

  it('names a reusable workflow of another repository and promises nothing on its account', () => {
    const remote = 'acme/ci/.github/workflows/lockgate.yml@v2';
    expect(rerunAnswer(files({ 'nightly.yml': caller(remote) }))).toEqual({ rerun: false, unread: [remote] });
    // A workflow that is not scheduled does not count, whatever it calls.
    expect(rerunAnswer(files({ 'ci.yml': `on: [pull_request]\njobs:\n  l:\n    uses: ${remote}\n` }))).toEqual({
      rerun: false,
    });
  });
});

describe('held versions in a monorepo', () => {
  const signal = (name: string, importer: string, via?: string[]): Signal => ({
    name,
    version: '1.0.1',
    line: 3,
    signal: 'release-age',
    level: 'fail',
    detail: 'published 1 hour ago',
    eligibleAt: '2025-09-11T13:16:00Z',
    importer,
    ...(via ? { via } : {}),
  });
  const report = (signals: Signal[]): Report => ({
    version: 2,
    mode: 'diff',
    lockfiles: [
      { path: 'web/pnpm-lock.yaml', format: 'pnpm', formatVersion: '9.0', changes: [], findings: [], signals },
    ],
    sources: [],
    messages: [],
    holds: { mode: 'fail', verb: 'merge', overrideLabel: '' },
  });

  it('are grouped by the package.json that brings each in, in text and Markdown', () => {
    const held = report([
      signal('a', 'packages/app/package.json'),
      signal('b', 'packages/lib/package.json', ['x@1.0.0', 'b@1.0.1']),
      signal('c', 'packages/app/package.json'),
    ]);
    const text = renderText(held);
    const lines = text.split('\n');
    const at = lines.indexOf('  web/packages/app/package.json:');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {4}⏸ a@1\.0\.1 /);
    expect(lines[at + 2]).toMatch(/^ {4}⏸ c@1\.0\.1 /);
    expect(lines[at + 3]).toBe('  web/packages/lib/package.json:');
    expect(lines[at + 4]).toMatch(
      /^ {4}⏸ b@1\.0\.1 .*via x@1\.0\.0 → b@1\.0\.1, brought in by packages\/lib\/package\.json/,
    );
    const markdown = renderMarkdown(held, { maxChars: 65_536 });
    const app = markdown.indexOf('**`web/packages/app/package.json`**');
    const lib = markdown.indexOf('**`web/packages/lib/package.json`**');
    expect(app).toBeGreaterThan(0);
    expect(lib).toBeGreaterThan(app);
    expect(markdown.slice(app, lib)).toContain('`c@1.0.1`');
    expect(markdown.slice(lib)).toContain('`b@1.0.1`');
    // One package.json (and one whose is not known): one table, no headings.
    const single = report([signal('a', 'package.json'), { ...signal('d', 'x'), importer: undefined } as Signal]);
    expect(renderText(single)).not.toContain('brought in by no known package.json');
    expect(renderMarkdown(report([signal('a', 'package.json')]), { maxChars: 65_536 })).not.toContain(
      '**`web/package.json`**',
    );
  });

  it('the way out, too: a list per package.json in Markdown, the signals with their way out per package.json in text', () => {
    const suggestion = (name: string, file: string, field: string): HoldSuggestion => ({
      name,
      version: '1.0.1',
      suggested: '1.0.0',
      range: '^1.0.0',
      rangeFrom: field === 'pnpm.overrides' ? 'x@1.0.0' : file,
      file,
      field,
      edit: `"${name}": "1.0.0"`,
    });
    // `d` fails on a trust downgrade alone (not held): its way out is under the signals in text.
    const trust: Signal = { ...signal('d', 'packages/lib/package.json'), signal: 'trust-downgrade' };
    delete trust.eligibleAt;
    const held = report([
      signal('a', 'packages/app/package.json'),
      signal('b', 'packages/lib/package.json', ['x@1.0.0', 'b@1.0.1']),
      trust,
    ]);
    held.lockfiles[0]!.suggestions = [
      suggestion('a', 'web/packages/app/package.json', 'dependencies'),
      suggestion('b', 'web/package.json', 'pnpm.overrides'),
      suggestion('d', 'web/packages/lib/package.json', 'dependencies'),
    ];
    const markdown = renderMarkdown(held, { maxChars: 65_536 });
    const way = markdown.slice(markdown.indexOf('#### Way out'), markdown.indexOf('### Registry signals'));
    const lines = way.split('\n').filter(Boolean);
    expect(lines[1]).toBe('**`web/packages/app/package.json`**');
    expect(lines[2]).toMatch(/^- `a@1\.0\.1`.*: use \*\*1\.0\.0\*\*.*`dependencies`, change it to `"a": "1\.0\.0"`/);
    expect(lines[3]).toBe('**`web/packages/lib/package.json`**');
    expect(lines[4]).toMatch(
      /^- `b@1\.0\.1` \(via `x@1\.0\.0` → `b@1\.0\.1`.*add to `pnpm\.overrides` `"b": "1\.0\.0"`/,
    );
    expect(lines[5]).toMatch(/^- `d@1\.0\.1`.*`"d": "1\.0\.0"`/);
    expect(lines).toHaveLength(6);

    const text = renderText(held).split('\n');
    const signals = text.indexOf('Registry signals (reasons to wait or look; the registry metadata, not an advisory):');
    expect(text.slice(signals + 1, signals + 10)).toEqual([
      '  web/packages/app/package.json:',
      '    a@1.0.1 (web/pnpm-lock.yaml:3)',
      '      ✖ release-age: published 1 hour ago',
      '  web/packages/lib/package.json:',
      '    b@1.0.1 (web/pnpm-lock.yaml:3)',
      '      ✖ release-age: published 1 hour ago',
      '    d@1.0.1 (web/pnpm-lock.yaml:3)',
      '      ✖ trust-downgrade: published 1 hour ago',
      '      → use 1.0.0 instead, the newest of ^1.0.0 (in web/packages/lib/package.json) that passes today: in web/packages/lib/package.json "dependencies", change it to "d": "1.0.0", then run pnpm install',
    ]);
  });
});
