/**
 * The pictures in docs/pictures/, made from real output: the Markdown the CLI
 * writes (the same renderer as the Action's sticky comment) for
 *
 * - malicious-comment.md: the bundled postmark-mcp example (what `--demo` checks);
 * - held-comment.md: an axios upgrade to a version the registry published four
 *   hours earlier, held by the release-age rule (the registry, OSV and GitHub
 *   advisories are the loopback stand-ins of the tests);
 *
 * then each as HTML and, where chromium-headless-shell (Debian package) is
 * installed, a PNG screenshot of it.
 *
 * Run: node scripts/run-ts.mjs scripts/docs-pictures.ts   (npm run docs:pictures)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { runCli } from '../src/entry/cli.js';
import { ROOT } from '../test/helpers.js';
import { startGitHubAdvisoriesServer } from '../test/support/github-advisories-server.js';
import { startOsvServer } from '../test/support/osv-server.js';
import { startRegistryServer } from '../test/support/registry-server.js';
import { pairFlags, standInFlags } from '../test/support/cli-flags.js';

const out = path.join(ROOT, 'docs', 'pictures');

async function markdown(argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...argv, '--format', 'markdown', '--quiet'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd: ROOT,
  });
  if (code !== 1) throw new Error(`expected exit 1, got ${code}: ${stderr}`);
  return stdout;
}

// What `--demo` checks: the postmark-mcp example, offline.
const demo = path.join(ROOT, 'examples', 'postmark-mcp');
const malicious = await markdown([
  '--base-dir',
  path.join(demo, 'base'),
  '--head-dir',
  path.join(demo, 'head'),
  '--offline',
]);

// The held picture: axios 1.x → the next patch release, published four hours before the registry's clock.
const work = mkdtempSync(path.join(os.tmpdir(), 'lockgate-pictures-'));
const example = path.join(ROOT, 'examples', 'postmark-mcp', 'base');
cpSync(example, path.join(work, 'base'), { recursive: true });
cpSync(example, path.join(work, 'head'), { recursive: true });
const lockPath = path.join(work, 'head', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const axios = lock.packages['node_modules/axios'];
const [major, minor, patch] = axios.version.split('.').map(Number);
const next = `${major}.${minor}.${patch + 1}`;
lock.packages['node_modules/axios'] = {
  ...axios,
  version: next,
  resolved: `https://registry.npmjs.org/axios/-/axios-${next}.tgz`,
  integrity: `sha512-${Buffer.alloc(64, 7).toString('base64')}`,
};
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
const now = Date.parse('2026-03-31T04:00:00Z');
const registry = await startRegistryServer([
  {
    name: 'axios',
    versions: {
      [axios.version]: { published: '2025-11-20T10:00:00Z', provenance: true },
      [next]: { published: new Date(now - 4 * 3600_000).toISOString(), provenance: true },
    },
  },
]);
registry.setNow(now);
const osv = await startOsvServer({ records: [] });
const github = await startGitHubAdvisoriesServer();
let held: string;
try {
  held = await markdown([...pairFlags(work), ...standInFlags({ registry, osv, github })]);
} finally {
  await Promise.all([registry.close(), osv.close(), github.close()]);
  rmSync(work, { recursive: true, force: true });
}

const style = `body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;max-width:860px;margin:16px;
padding:16px 20px;border:1px solid #d1d9e0;border-radius:6px}table{border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:4px 10px}
code{background:#eff1f3;padding:1px 4px;border-radius:4px;font-size:85%}h3{margin-top:0}blockquote{color:#59636e;border-left:3px solid #d1d9e0;margin:0;padding-left:12px}`;
for (const [name, text, height] of [
  ['malicious-comment', malicious, 1500],
  ['held-comment', held, 580],
] as const) {
  writeFileSync(path.join(out, `${name}.md`), text);
  const html = path.join(out, `${name}.html`);
  writeFileSync(html, `<!doctype html><meta charset="utf-8"><style>${style}</style>\n${await marked.parse(text)}`);
  const shell = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/headless_shell'].find(existsSync);
  if (shell) {
    execFileSync(
      shell,
      [
        '--no-sandbox',
        '--hide-scrollbars',
        `--screenshot=${path.join(out, `${name}.png`)}`,
        `--window-size=900,${height}`,
        `file://${html}`,
      ],
      { stdio: 'ignore' },
    );
  }
  console.log(
    `docs/pictures/${name}.md${shell ? ' (+ .html, .png)' : ' (+ .html; no chromium-headless-shell for the .png)'}`,
  );
}
