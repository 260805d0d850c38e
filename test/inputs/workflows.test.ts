import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installCommand, readWorkflowSecrets, secretNames, workflowSecrets } from '../../src/inputs/workflows.js';



/** A release workflow shaped like the ones npm packages publish with. */
const RELEASE = `name: Release
on:
  push:
    tags: ['v*']
permissions:
  contents: read
  id-token: write
env:
  AWS_REGION: us-east-1
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm test
  publish:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: |
          npm ci
          npm publish --provenance
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - name: Upload docs
        run: aws s3 sync docs s3://example-docs
        env:
          AWS_ACCESS_KEY_ID: \${{ secrets['AWS_ACCESS_KEY_ID'] }}
          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      # - run: echo \${{ secrets.OLD_COMMENTED_OUT }}
`;

/** A workflow that never installs dependencies. */
const LABELER = `name: Labeler
on: [pull_request_target]
jobs:
  label:
    runs-on: ubuntu-latest
    permissions:
      pull-requests: write
    steps:
      - uses: actions/labeler@v5
        with:
          repo-token: \${{ secrets.GITHUB_TOKEN }}
      - run: curl -X POST "\${{ secrets.SLACK_WEBHOOK }}" -d 'labelled'
`;

/** Indentation broken in the middle of a mapping. */
const MALFORMED = `name: Broken
on: push
jobs:
  build:
    runs-on: ubuntu-latest
   steps:
      - run: npm ci
`;

describe('workflowSecrets', () => {
  it('finds npm ci and every referenced secret, not the commented-out one', () => {
    const result = workflowSecrets('.github/workflows/release.yml', RELEASE);
    expect(result.error).toBeUndefined();
    expect(result.installsDependencies).toBe(true);
    expect(result.installs).toEqual(['job test runs `npm ci`', 'job publish runs `npm ci`']);
    expect(result.secrets).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'NPM_TOKEN']);
  });

  it('a workflow without installs is reported as such, with its secrets', () => {
    const result = workflowSecrets('.github/workflows/labeler.yml', LABELER);
    expect(result.installsDependencies).toBe(false);
    expect(result.secrets).toEqual(['GITHUB_TOKEN', 'SLACK_WEBHOOK']);
  });

  it('malformed YAML is an error on the result, with its line, not an exception', () => {
    const result = workflowSecrets('.github/workflows/broken.yml', MALFORMED);
    expect(result.error).toBe('not valid YAML at line 6 (bad indentation of a mapping entry)');
    expect(result.installsDependencies).toBe(false);
    expect(result.secrets).toEqual([]);
  });

  it('a document that is not a mapping is an error', () => {
    expect(workflowSecrets('w.yml', '- just\n- a list\n').error).toContain('not a mapping');
  });

  it('does not execute or construct JavaScript types', () => {
    const result = workflowSecrets('w.yml', 'on: push\nx: !!js/function "function () { throw 1 }"\n');
    expect(result.error).toMatch(/^not valid YAML/);
  });

  it('setup-node with a cache, pnpm/action-setup with run_install count as installing', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: pnpm/action-setup@v4
        with: { version: 9, run_install: true }
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: pnpm }
      - run: pnpm build
        env: { TURBO_TOKEN: "\${{ secrets.turbo_token }}" }
`;
    const result = workflowSecrets('w.yml', text);
    expect(result.installsDependencies).toBe(true);
    expect(result.installs).toEqual([
      'job a installs with pnpm/action-setup (run_install)',
      'job a restores a dependency cache with actions/setup-node',
    ]);
    expect(result.secrets).toEqual(['TURBO_TOKEN']);
  });

  it('notes secrets: inherit, toJSON(secrets), reusable workflows and local actions', () => {
    const text = `on: push
jobs:
  call:
    uses: ./.github/workflows/reusable.yml
    secrets: inherit
  dump:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/setup
      - run: echo '\${{ toJSON(secrets) }}' > all.json
`;
    const notes = workflowSecrets('w.yml', text).notes.join('\n');
    expect(notes).toContain('secrets: inherit');
    expect(notes).toContain('toJSON(secrets)');
    expect(notes).toContain('./.github/workflows/reusable.yml');
    expect(notes).toContain('./.github/actions/setup');
  });

  it('walks YAML aliases once (a billion-laughs document stays cheap) and bounds the names', () => {
    const lines = ['on: push', 'a: &a ["${{ secrets.S0 }}", "${{ secrets.S0 }}"]'];
    for (let i = 1; i < 40; i++)
      lines.push(`${'b'.repeat(i)}: &x${i} [*${i === 1 ? 'a' : `x${i - 1}`}, *${i === 1 ? 'a' : `x${i - 1}`}]`);
    expect(workflowSecrets('w.yml', lines.join('\n')).secrets).toEqual(['S0']);

    const many = ['on: push', 'env:'];
    for (let i = 0; i < 300; i++) many.push(`  V${i}: \${{ secrets.SECRET_${i} }}`);
    expect(workflowSecrets('w.yml', many.join('\n')).secrets.length).toBe(100);
  });
});

describe('installCommand', () => {
  it.each([
    ['npm ci', 'npm ci'],
    ['npm install --no-audit', 'npm install'],
    ['npm i', 'npm i'],
    ['cd web && npm i -D x', 'npm i'],
    ['yarn', 'yarn'],
    ['yarn --frozen-lockfile', 'yarn --frozen-lockfile'],
    ['cd app && yarn && yarn build', 'yarn'],
    ['yarn install --immutable', 'yarn install'],
    ['pnpm install --frozen-lockfile', 'pnpm install'],
    ['pnpm i', 'pnpm i'],
    ['bun install', 'bun install'],
    ['npx playwright install', 'npx'],
  ])('%s → %s', (script, expected) => {
    expect(installCommand(script)).toBe(expected);
  });

  it.each([
    'npm test',
    'npm run build',
    'npm init -y',
    'yarn build',
    'yarn test --coverage',
    'pnpm run lint',
    'echo yarnball',
    'bun run dev',
  ])('%s installs nothing', (script) => {
    expect(installCommand(script)).toBeUndefined();
  });
});

describe('secretNames', () => {
  it('reads dot and bracket forms, upper-cases and de-duplicates', () => {
    expect(
      secretNames([
        '${{ secrets.npm_token }}',
        `\${{ secrets["NPM_TOKEN"] }}`,
        "${{ secrets['X_1'] }}",
        'mysecrets.NOT',
      ]),
    ).toEqual(['NPM_TOKEN', 'X_1']);
  });
});

describe('readWorkflowSecrets', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'lockgate-workflows-'));
    const dir = path.join(repo, '.github', 'workflows');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'release.yml'), RELEASE);
    writeFileSync(path.join(dir, 'labeler.yaml'), LABELER);
    writeFileSync(path.join(dir, 'broken.yml'), MALFORMED);
    writeFileSync(path.join(dir, 'README.md'), 'not a workflow: ${{ secrets.IGNORED }}');
    symlinkSync('/etc/hostname', path.join(dir, 'link.yml'));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('reads every .yml / .yaml file, sorted, with the broken and the symlinked ones as errors', () => {
    const results = readWorkflowSecrets(repo);
    expect(results.map((r) => r.path)).toEqual([
      '.github/workflows/broken.yml',
      '.github/workflows/labeler.yaml',
      '.github/workflows/link.yml',
      '.github/workflows/release.yml',
    ]);
    const [broken, labeler, link, release] = results;
    expect(broken?.error).toMatch(/^not valid YAML/);
    expect(labeler?.installsDependencies).toBe(false);
    expect(link?.error).toContain('symlinks are not followed');
    expect(release?.installsDependencies).toBe(true);
    expect(release?.secrets).toContain('NPM_TOKEN');
    expect(release?.secrets).toContain('AWS_SECRET_ACCESS_KEY');
  });

  it('returns [] for a tree without .github/workflows', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'lockgate-noworkflows-'));
    try {
      expect(readWorkflowSecrets(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
