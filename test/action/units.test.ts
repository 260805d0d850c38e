import { messageTexts } from '../../src/core/report.js';
/**
 * The action's pure parts: inputs, config validation, ignores, the comment
 * decision, annotation limits, globs, event plans, and the README generator.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, parseActionInputs } from '../../src/config/action-inputs.js';
import { parseConfigText, validateConfig } from '../../src/config/config-file.js';
import { applyIgnores } from '../../src/findings/ignore.js';
import type { Report } from '../../src/core/report.js';
import { hiddenAnnotationsNote, planAnnotations, type Annotation } from '../../src/github/annotations.js';
import { COMMENT_MARKER, decideComment, resolvedNote, type CommentState } from '../../src/github/comment.js';
import { planForEvent } from '../../src/github/event.js';
import { globMatcher } from '../../src/core/globs.js';
import { MAX_SUMMARY_BYTES, findingsOutput, markdownWithinBytes } from '../../src/github/summary.js';
import { changedLockfiles } from '../../src/engine/pairing.js';
import { isLockfilePath } from '../../src/lockfiles/detect.js';
import { ROOT } from '../helpers.js';
import { EXAMPLE, scratch } from './harness.js';
import { builtDist } from '../support/cli.js';



describe('parseActionInputs', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('gives the documented defaults for unset inputs', () => {
    expect(parseActionInputs(get({ 'github-token': 't' }))).toEqual({
      githubToken: 't',
      lockfiles: [],
      advisories: [],
      offline: false,
      requireLiveSources: false,
      comment: 'on-findings',
      warnOnly: false,
      config: '.github/lockgate.yml',
      configExplicit: false,
      osvUrl: 'https://api.osv.dev',
      registryUrl: 'https://registry.npmjs.org',
      overrideLabel: '',
      rerunHeld: false,
      osv: true,
      githubAdvisories: true,
    });
  });

  it('reads a config in another repository as owner/repo/path@ref, and refs that cannot be git options', () => {
    const inputs = parseActionInputs(
      get({
        config: 'acme/policies/lockgate/org.yml@v2',
        'config-token': 'ghp_x',
        'base-ref': 'main',
        'head-ref': 'release/1.2',
        'github-advisories': 'false',
      }),
    );
    expect(inputs.configRepo).toEqual({ owner: 'acme', repo: 'policies', path: 'lockgate/org.yml', ref: 'v2' });
    expect(inputs.config).toBe('lockgate/org.yml');
    expect(inputs.configExplicit).toBe(true);
    expect(inputs).toMatchObject({
      configToken: 'ghp_x',
      baseRef: 'main',
      headRef: 'release/1.2',
      githubAdvisories: false,
    });
    expect(() => parseActionInputs(get({ 'base-ref': '--upload-pack=evil' }))).toThrow(
      "Invalid input 'base-ref': '--upload-pack=evil'. Expected a branch, tag or commit, such as main.",
    );
    expect(() => parseActionInputs(get({ config: 'acme/policies/../x.yml@main' }))).toThrow(/Invalid input 'config'/);
    expect(() => parseActionInputs(get({ config: 'policy.yml@main' }))).toThrow(
      /\{owner\}\/\{repo\}\/\{path\}@\{ref\}/,
    );
  });

  it('splits list inputs on newlines and commas, dropping blanks and comments', () => {
    const inputs = parseActionInputs(
      get({ lockfiles: 'a/package-lock.json,\n  **/yarn.lock \n# old\n\n', advisories: 'x.json' }),
    );
    expect(inputs.lockfiles).toEqual(['a/package-lock.json', '**/yarn.lock']);
    expect(inputs.advisories).toEqual(['x.json']);
  });

  it.each([
    ['comment', 'sometimes', "Invalid input 'comment': 'sometimes'. Expected one of: on-findings, always, never."],
    ['mode', 'full', "Invalid input 'mode': 'full'. Expected one of: diff, all."],
    ['warn-only', 'yes', "Invalid input 'warn-only': 'yes'. Expected true or false."],
    ['offline', '1', "Invalid input 'offline': '1'. Expected true or false."],
    ['osv-url', 'ftp://x', "Invalid input 'osv-url': 'ftp://x'. Expected an http(s) URL such as https://api.osv.dev."],
    [
      'sarif-file',
      '../out.sarif',
      "Invalid input 'sarif-file': '../out.sarif'. Expected a path inside the repository (no '..').",
    ],
  ])('rejects %s=%s naming the input and what is expected', (name, value, message) => {
    expect(() => parseActionInputs(get({ [name]: value }))).toThrow(new InputError(message));
  });

  it('rejects offline together with require-live-sources', () => {
    expect(() => parseActionInputs(get({ offline: 'true', 'require-live-sources': 'TRUE' }))).toThrow(/contradict/);
  });
});

describe('validateConfig', () => {
  const today = '2026-03-01';
  const entry = {
    package: 'left-pad',
    versions: '1.3.0',
    advisory: 'MAL-2025-1',
    reason: 'reviewed',
    expires: '2026-06-30',
  };
  const validate = (doc: unknown) => validateConfig('.github/lockgate.yml', doc, today);

  it('accepts a complete entry, advisory lists and globs', () => {
    const result = validate({ ignore: [entry], advisories: ['sec/list.txt'], lockfiles: ['**/package-lock.json'] });
    expect(result).toEqual({
      config: {
        ignore: [entry],
        advisories: ['sec/list.txt'],
        lockfiles: ['**/package-lock.json'],
        signals: { levels: {}, allow: [] },
      },
      errors: [],
      warnings: [],
    });
  });

  it('reads YAML dates as text (core schema) and reports YAML errors with a line', () => {
    const doc = parseConfigText(
      'c.yml',
      'ignore:\n  - package: a\n    versions: "*"\n    advisory: MAL-1\n    reason: r\n    expires: 2026-12-31\n',
    );
    expect(validate(doc).config.ignore[0]!.expires).toBe('2026-12-31');
    expect(() => parseConfigText('c.yml', 'ignore:\n  - a\n - b\n')).toThrow(/^c\.yml:3: /);
  });

  it('an entry missing a field is an error naming the fields, not an ignore', () => {
    const partial = { package: entry.package, versions: entry.versions, advisory: entry.advisory };
    const result = validate({ ignore: [partial] });
    expect(result.config.ignore).toEqual([]);
    expect(result.errors).toEqual([
      '.github/lockgate.yml: ignore entry 1 ("left-pad"): missing or empty reason, expires; every ignore entry needs package, versions (a semver range), advisory, reason and expires (YYYY-MM-DD).',
    ]);
  });

  it('an expired entry is an error; one expiring today still applies', () => {
    expect(validate({ ignore: [{ ...entry, expires: '2026-02-28' }] }).errors[0]).toContain('expired on 2026-02-28');
    expect(validate({ ignore: [{ ...entry, expires: today }] }).errors).toEqual([]);
  });

  it.each([
    [{ versions: 'latest-ish' }, 'is not a semver range'],
    [{ expires: '2026-02-30' }, 'is not a date'],
    [{ expires: 'next year' }, 'is not a date'],
  ])('rejects %o', (change, message) => {
    expect(validate({ ignore: [{ ...entry, ...change }] }).errors[0]).toContain(message);
  });

  it('warns on unknown keys and far-away expiry dates', () => {
    const result = validate({ ignores: [], ignore: [{ ...entry, expires: '2030-01-01', note: 'x' }] });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings.join('\n')).toMatch(
      /unknown key "ignores"[\s\S]*unknown field "note"[\s\S]*more than a year away/,
    );
  });

  it('rejects lists that are not lists of strings or leave the repository', () => {
    expect(validate({ advisories: 'x.txt' }).errors[0]).toContain("'advisories' must be a list");
    expect(validate({ lockfiles: ['../other/package-lock.json'] }).errors[0]).toContain('leaves the repository');
    expect(validate('just text').errors[0]).toContain('expected a mapping');
  });
});

let cachedReport: Report | undefined;
/** A real report: the built CLI on the postmark-mcp example. */
function realReport(): Report {
  if (!cachedReport) {
    const result = spawnSync(
      process.execPath,
      [
        path.join(builtDist(), 'cli.js'),
        '--base-dir',
        path.join(EXAMPLE, 'base'),
        '--head-dir',
        path.join(EXAMPLE, 'head'),
        '--offline',
        '--format',
        'json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    cachedReport = JSON.parse(result.stdout) as Report;
  }
  return cachedReport;
}

describe('applyIgnores', () => {
  let report: Report;
  beforeAll(() => {
    report = realReport();
    expect(report.lockfiles[0]!.findings).toHaveLength(1);
  }, 60_000);

  const ignore = {
    package: 'postmark-mcp',
    versions: '>=1.0.16',
    advisory: 'MAL-2025-47604',
    reason: 'fork under review',
    expires: '2099-01-01',
  };

  it('removes a finding whose only advisory is ignored, and says so in notes', () => {
    const result = applyIgnores(report, [ignore], '.github/lockgate.yml');
    expect(result.lockfiles[0]!.findings).toEqual([]);
    expect(messageTexts(result, 'warning', 'note').at(-1)).toBe(
      'Ignored MAL-2025-47604 for postmark-mcp@1.0.16 in package-lock.json per .github/lockgate.yml (reason: fork under review; expires 2099-01-01).',
    );
    expect(report.lockfiles[0]!.findings).toHaveLength(1);
  });

  it.each([
    ['another package', { package: 'postmark' }],
    ['a range that does not hold the version', { versions: '<1.0.16' }],
    ['another advisory', { advisory: 'MAL-2025-1' }],
  ])('keeps the finding for %s', (_, change) => {
    expect(applyIgnores(report, [{ ...ignore, ...change }], 'c.yml').lockfiles[0]!.findings).toHaveLength(1);
  });

  it('matches an advisory by alias, and in a full scan notes entries that matched nothing', () => {
    const finding = report.lockfiles[0]!.findings[0]!;
    const aliased: Report = {
      ...report,
      mode: 'all',
      lockfiles: [
        {
          ...report.lockfiles[0]!,
          findings: [{ ...finding, advisories: [{ ...finding.advisories[0]!, aliases: ['GHSA-xxxx-yyyy-zzzz'] }] }],
        },
      ],
    };
    const unused = { ...ignore, package: 'left-pad' };
    const result = applyIgnores(aliased, [{ ...ignore, advisory: 'GHSA-xxxx-yyyy-zzzz' }, unused], 'c.yml');
    expect(result.lockfiles[0]!.findings).toEqual([]);
    expect(messageTexts(result, 'warning', 'note').at(-1)).toContain(
      'Ignore entry for left-pad >=1.0.16 (MAL-2025-47604) in c.yml matched no finding',
    );
  });
});

describe('markdownWithinBytes', () => {
  it('keeps a huge report within the limit and says where the rest is', () => {
    const base = realReport();
    const finding = base.lockfiles[0]!.findings[0]!;
    const findings = Array.from({ length: 400 }, (_, i) => ({ ...finding, name: `pkg-${i}-ü` }));
    const big: Report = { ...base, lockfiles: [{ ...base.lockfiles[0]!, findings }] };
    const text = markdownWithinBytes(big, 65_000, { prefix: COMMENT_MARKER, fullReportHint: 'see the job summary' });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65_000);
    expect(text.startsWith(COMMENT_MARKER)).toBe(true);
    expect(text).toMatch(/\d+ findings (?:and \d+ changes? )?did not fit here; see the job summary\./);
    const summary = markdownWithinBytes(big, MAX_SUMMARY_BYTES, {});
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(findingsOutput(big)).toHaveLength(400);
  }, 60_000);
});

describe('decideComment', () => {
  const state = (over: Partial<CommentState>): CommentState => ({
    mode: 'on-findings',
    findings: 0,
    errors: 0,
    reportBody: `${COMMENT_MARKER}\nreport`,
    resolvedBody: resolvedNote('a'.repeat(40), undefined),
    ...over,
  });
  const existing = { id: 5, body: `${COMMENT_MARKER}\nold report` };

  it.each([
    ['no comment, findings: create', undefined, { findings: 1 }, 'create'],
    ['no comment, clean: nothing', undefined, {}, 'none'],
    ['no comment, errors only: nothing', undefined, { errors: 1 }, 'none'],
    ['no comment, clean, always: create', undefined, { mode: 'always' as const }, 'create'],
    ['comment, findings: update', existing, { findings: 2 }, 'update'],
    ['comment, errors: update with the errors', existing, { errors: 1 }, 'update'],
    ['comment, never: nothing', existing, { findings: 1, mode: 'never' as const }, 'none'],
  ])('%s', (_, current, over, kind) => {
    expect(decideComment(current, state(over)).kind).toBe(kind);
  });

  it('a clean run edits the comment to the resolved note once, then leaves it', () => {
    const action = decideComment(existing, state({}));
    expect(action).toEqual({ kind: 'update', id: 5, body: state({}).resolvedBody });
    expect(decideComment({ id: 5, body: resolvedNote('b'.repeat(40), undefined) }, state({})).kind).toBe('none');
  });
});

describe('annotation limits', () => {
  const annotation = (level: 'error' | 'warning', i: number): Annotation => ({
    level,
    title: `t${i}`,
    message: `m${i}`,
    file: 'package-lock.json',
    line: i + 1,
  });

  it('emits at most 10 errors and 10 warnings and counts the rest for the summary', () => {
    const plan = planAnnotations(
      Array.from({ length: 13 }, (_, i) => annotation('error', i)),
      Array.from({ length: 11 }, (_, i) => annotation('warning', i)),
    );
    expect(plan.shown.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(plan.shown.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(plan.hiddenErrors).toBe(3);
    expect(plan.hiddenWarnings).toBe(1);
    expect(hiddenAnnotationsNote(plan)).toMatch(/^3 error annotations and 1 warning annotation not shown inline/);
    expect(hiddenAnnotationsNote(planAnnotations([annotation('error', 0)], []))).toBeUndefined();
  });
});

describe('globMatcher', () => {
  it.each([
    [[], 'packages/a/yarn.lock', true],
    [['package-lock.json'], 'package-lock.json', true],
    [['package-lock.json'], 'apps/web/package-lock.json', false],
    [['**/package-lock.json'], 'package-lock.json', true],
    [['**/package-lock.json'], 'apps/web/package-lock.json', true],
    [['apps/*/yarn.lock'], 'apps/web/yarn.lock', true],
    [['apps/*/yarn.lock'], 'apps/web/x/yarn.lock', false],
    [['**/{yarn.lock,bun.lock}'], 'a/bun.lock', true],
    [['**/*.lock', '!legacy/**'], 'legacy/yarn.lock', false],
    [['**/*.lock', '!legacy/**'], 'new/yarn.lock', true],
    [['!legacy/**'], 'other/pnpm-lock.yaml', true],
    [['pnpm-lock.yaml'], 'pnpm-lockXyaml', false],
  ])('%j selects %s: %s', (patterns, file, selected) => {
    expect(globMatcher(patterns)(file)).toBe(selected);
  });

  it('rejects an unclosed brace', () => {
    expect(() => globMatcher(['{a,b'])).toThrow(/unclosed/);
  });
});

describe('changedLockfiles', () => {
  it('keeps lockfiles still in head, and counts removed or renamed ones as lockfile changes', () => {
    expect(changedLockfiles([{ filename: 'README.md', status: 'modified' }], isLockfilePath)).toEqual({
      inHead: [],
      any: false,
    });
    expect(
      changedLockfiles([{ filename: 'node_modules/x/package-lock.json', status: 'added' }], isLockfilePath).any,
    ).toBe(false);
    expect(
      changedLockfiles(
        [
          { filename: 'yarn.lock', status: 'removed' },
          { filename: 'web/package-lock.json', status: 'renamed', previousFilename: 'package-lock.json' },
        ],
        isLockfilePath,
      ),
    ).toEqual({ inHead: ['web/package-lock.json'], any: true });
  });
});

describe('planForEvent', () => {
  const base = 'b'.repeat(40);
  const head = 'c'.repeat(40);
  const pr = { number: 3, pull_request: { number: 3, changed_files: 2, base: { sha: base }, head: { sha: head } } };

  it('pull_request: head in the workspace, config from base', () => {
    expect(planForEvent('pull_request', pr)).toEqual({
      event: 'pull_request',
      baseSha: base,
      head: { kind: 'workspace', sha: head },
      hasBase: true,
      pullNumber: 3,
      changedFiles: 2,
      trustedConfigFrom: 'base',
      labels: [],
    });
  });

  it('pull_request_target: the head is a commit to read, never the workspace', () => {
    expect(planForEvent('pull_request_target', pr).head).toEqual({ kind: 'commit', sha: head });
  });

  it('merge_group and push', () => {
    expect(planForEvent('merge_group', { merge_group: { base_sha: base, head_sha: head } })).toMatchObject({
      baseSha: base,
      head: { kind: 'workspace', sha: head },
    });
    expect(planForEvent('push', { before: base, after: head })).toMatchObject({ baseSha: base, hasBase: true });
    const created = planForEvent('push', { before: '0'.repeat(40), after: head });
    expect(created.baseSha).toBeUndefined();
    expect(created.hasBase).toBe(true);
  });

  it('schedule and workflow_dispatch have no base', () => {
    expect(planForEvent('schedule', {})).toMatchObject({ hasBase: false, head: { kind: 'workspace' } });
    expect(planForEvent('workflow_dispatch', { inputs: {} }).hasBase).toBe(false);
  });

  it('a payload without the shas is an error naming the field', () => {
    expect(() => planForEvent('pull_request', { pull_request: { number: 1, base: {}, head: { sha: head } } })).toThrow(
      'The pull_request payload pull_request.base.sha is missing or not a commit SHA.',
    );
  });
});

describe('scripts/generate-docs.mjs', () => {
  it('writes every input and output of action.yml and the CLI usage between the markers, and --check passes after', () => {
    const tmp = scratch();
    try {
      const readme = path.join(tmp.dir, 'README.md');
      writeFileSync(
        readme,
        '# lockgate\n\n<!-- cli-usage-start -->\nold usage\n<!-- cli-usage-end -->\n\n<!-- action-docs-start -->\nstale\n<!-- action-docs-end -->\n\nMore text.\n',
      );
      execFileSync(process.execPath, ['scripts/generate-docs.mjs', '--readme', readme], { cwd: ROOT });
      const text = readFileSync(readme, 'utf8');
      const action = yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>;
        outputs: Record<string, unknown>;
      };
      for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
        expect(text).toContain(`| \`${name}\` |`);
      expect(text).not.toContain('stale');
      expect(text).not.toContain('old usage');
      expect(text).toContain('  --request-timeout <s>');
      expect(text.endsWith('<!-- action-docs-end -->\n\nMore text.\n')).toBe(true);
      expect(
        spawnSync(process.execPath, ['scripts/generate-docs.mjs', '--readme', readme, '--check'], { cwd: ROOT }).status,
      ).toBe(0);
      writeFileSync(readme, text.replace('| `offline` |', '| `offline-old` |'));
      expect(
        spawnSync(process.execPath, ['scripts/generate-docs.mjs', '--readme', readme, '--check'], { cwd: ROOT }).status,
      ).toBe(1);
    } finally {
      tmp.cleanup();
    }
  });
});
