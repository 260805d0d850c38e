/**
 * Findings end to end through the CLI on real lockfile pairs: a custom
 * incident list naming one new version is reported exactly once, at its line,
 * with the chain that pulled it in; an unchanged version is reported only with
 * --all. The chain is checked against the package.json files of the fixture.
 * The first JSON run of each lockfile format, and the text and Markdown runs of
 * the first one, are the built CLI in a child process; the rest run in-process.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { advisoriesOf, fixtureCases } from '../helpers.js';
import { cli, cliProcess } from '../support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lockgate-findings-'));

/** Names every package.json under `dir` declares, in any dependency field, the workspace packages themselves left out. */
function declaredNames(dir: string): Set<string> {
  const names = new Set<string>();
  const own = new Set<string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'node_modules') walk(path.join(d, e.name));
      else if (e.name === 'package.json') {
        const pkg = JSON.parse(readFileSync(path.join(d, e.name), 'utf8')) as Record<
          string,
          Record<string, string> | undefined
        >;
        if (typeof pkg.name === 'string') own.add(pkg.name);
        for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
          for (const name of Object.keys(pkg[field] ?? {})) names.add(name);
        }
      }
    }
  };
  walk(dir);
  for (const name of own) names.delete(name);
  return names;
}

/** `name@version` → [name, version], scoped names included. */
function split(pair: string): [string, string] {
  const at = pair.lastIndexOf('@');
  return [pair.slice(0, at), pair.slice(at + 1)];
}

function list(name: string, lines: string[]): string {
  const file = path.join(tmp, `${name}.txt`);
  writeFileSync(file, `# incident list for a test\n${lines.join('\n')}\n`);
  return file;
}

/** One real case per format, and in it a new version that no package.json declares (so it came through others). */
const CASES = [
  'npm-v3-javascript-action',
  'yarn1-webpack',
  'yarn-berry8-prettier',
  'pnpm9-changesets',
  'bun-lock-hono',
];

describe.each(CASES)('findings on %s', (caseName) => {
  const fixture = fixtureCases().find((c) => c.name === caseName)!;
  const headDir = path.join(fixture.dir, 'head');
  const baseDir = path.join(fixture.dir, 'base');
  const declared = declaredNames(headDir);
  const transitive = fixture.expected.set_diff.added.find((pair) => !declared.has(split(pair)[0]))!;
  const [name] = split(transitive);

  it('reports exactly the listed new version, at its line, with its chain', async () => {
    const advisories = list(`${caseName}-new`, [transitive]);
    const { code, stdout } = await cliProcess([
      '--base-dir',
      baseDir,
      '--head-dir',
      headDir,
      '--offline',
      '--format',
      'json',
      '--advisories',
      advisories,
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    const findings = report.lockfiles.flatMap((l) => l.findings.map((f) => ({ ...f, lockfile: l.path })));
    expect(findings.map((f) => `${f.name}@${f.version}`)).toEqual([transitive]);
    const finding = findings[0]!;
    expect(advisoriesOf(finding)[0]!.source).toBe('custom');
    const lockText = readFileSync(path.join(headDir, finding.lockfile), 'utf8').split('\n');
    expect(lockText[finding.line - 1]).toContain(name.split('/').pop());
    expect(finding.direct).toBe(false);
    expect(finding.via.length).toBeGreaterThanOrEqual(2);
    expect(finding.via.at(-1)).toBe(transitive);
    expect(declared.has(split(finding.via[0]!)[0])).toBe(true);

    const run = caseName === CASES[0] ? cliProcess : cli;
    const text = await run(['--base-dir', baseDir, '--head-dir', headDir, '--offline', '--advisories', advisories]);
    expect(text.stdout).toContain(`via ${finding.via.join(' → ')}`);
    const markdown = await run([
      '--base-dir',
      baseDir,
      '--head-dir',
      headDir,
      '--offline',
      '--format',
      'markdown',
      '--advisories',
      advisories,
    ]);
    // Markdown writes `@` as a character reference; the chain's names and arrows are there in order.
    const plainMarkdown = markdown.stdout.replaceAll('&#64;&#8203;', '@').replaceAll('&#8203;', '').replaceAll('`', '');
    expect(plainMarkdown).toContain(`via ${finding.via.join(' → ')}`);
  });

  it('does not report an unchanged version, unless every version is checked', async () => {
    const headLock = readFileSync(
      path.join(headDir, fixture.expected.lockfile.head.replace(/bun\.lockb$/, 'yarn.lock')),
      'utf8',
    );
    const added = new Set(fixture.expected.set_diff.added.map((p) => split(p)[0]));
    // An unchanged package: declared directly, present in head and not touched by the change.
    const unchangedName = [...declared].find(
      (n) => !added.has(n) && headLock.includes(n) && n !== name && !n.startsWith('@types/'),
    )!;
    const report = JSON.parse(
      (
        await cli([
          '--base-dir',
          baseDir,
          '--head-dir',
          headDir,
          '--offline',
          '--format',
          'json',
          '--all',
          '--advisories',
          list(`${caseName}-probe`, [unchangedName]),
        ])
      ).stdout,
    ) as Report;
    const found = report.lockfiles.flatMap((l) => l.findings).filter((f) => f.name === unchangedName);
    expect(found.length).toBeGreaterThan(0);
    const pinned = `${unchangedName}@${found[0]!.version}`;
    const advisories = list(`${caseName}-old`, [pinned]);
    const diff = await cli([
      '--base-dir',
      baseDir,
      '--head-dir',
      headDir,
      '--offline',
      '--format',
      'json',
      '--advisories',
      advisories,
    ]);
    expect(diff.code).toBe(0);
    expect((JSON.parse(diff.stdout) as Report).lockfiles.flatMap((l) => l.findings)).toEqual([]);
    const all = await cli([
      '--base-dir',
      baseDir,
      '--head-dir',
      headDir,
      '--offline',
      '--format',
      'json',
      '--all',
      '--advisories',
      advisories,
    ]);
    expect(all.code).toBe(1);
    const allFindings = (JSON.parse(all.stdout) as Report).lockfiles.flatMap((l) => l.findings);
    expect(allFindings.map((f) => `${f.name}@${f.version}`)).toEqual([pinned]);
    expect(allFindings[0]!.change).toBe('present');
  });
});

describe('direct dependencies of a classic yarn.lock, which records none', () => {
  it('are read from the package.json files of the workspaces it serves', async () => {
    const fixture = fixtureCases().find((c) => c.name === 'yarn1-workspaces-changesets')!;
    const headDir = path.join(fixture.dir, 'head');
    // enquirer is declared by packages/cli and also required by another package in the lockfile.
    const cliManifest = JSON.parse(readFileSync(path.join(headDir, 'packages/cli/package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(cliManifest.dependencies.enquirer).toBeDefined();
    const { stdout } = await cli([
      '--base-dir',
      path.join(fixture.dir, 'base'),
      '--head-dir',
      headDir,
      '--offline',
      '--all',
      '--format',
      'json',
      '--advisories',
      list('yarn1-enquirer', ['enquirer']),
    ]);
    const findings = (JSON.parse(stdout) as Report).lockfiles.flatMap((l) => l.findings);
    expect(findings.map((f) => [f.name, f.direct, f.importer, f.via])).toEqual([
      ['enquirer', true, 'packages/cli/package.json', []],
    ]);
  });
});

describe('the bundled example (npm run demo)', () => {
  it('prints the postmark-mcp finding with its guidance, offline', async () => {
    const { code, stdout } = await cli([
      '--base-dir',
      'examples/postmark-mcp/base',
      '--head-dir',
      'examples/postmark-mcp/head',
      '--offline',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('postmark-mcp@1.0.16');
    expect(stdout).toContain('MAL-2025-47604');
    expect(stdout).toContain('upgraded from 1.0.15');
    expect(stdout).toMatch(/Pin postmark-mcp to 1\.0\.15/);
    expect(stdout).toContain('NPM_TOKEN');
    expect(stdout).toMatch(/advisories as of 2026-08-04/);
  });

  it('writes SARIF with the finding at its lockfile line, from the built CLI', async () => {
    const example = ['--base-dir', 'examples/postmark-mcp/base', '--head-dir', 'examples/postmark-mcp/head'];
    const { code, stdout } = await cliProcess([...example, '--offline', '--format', 'sarif']);
    expect(code).toBe(1);
    const json = (await cli([...example, '--offline', '--format', 'json'])).stdout;
    const finding = (JSON.parse(json) as Report).lockfiles[0]!.findings[0]!;
    const sarif = JSON.parse(stdout) as {
      version: string;
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(
      sarif.runs[0]!.results.map((r) => [
        r.ruleId,
        r.locations[0]!.physicalLocation.artifactLocation.uri,
        r.locations[0]!.physicalLocation.region.startLine,
      ]),
      // Relative to the root of the git repository the head directory is in (this one), as code scanning needs.
    ).toEqual([['MAL-2025-47604', 'examples/postmark-mcp/head/package-lock.json', finding.line]]);
  });
});
