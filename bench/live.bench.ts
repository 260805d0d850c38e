/**
 * Live-source lookups for a PR adding 50 versions, against the loopback fake
 * OSV.dev and GitHub servers (real records from data/osv): wall time per
 * lookup and requests made, clean and with one transient HTTP 500.
 *
 * Run from the repository root: node scripts/run-ts.mjs bench/live.bench.ts [iterations]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { GitHubAdvisorySource } from '../src/advisories/github.js';
import { OsvApiSource } from '../src/advisories/osv-api.js';
import type { PackageQuery } from '../src/core/osv.js';
import type { AdvisorySource } from '../src/advisories/types.js';
import { startGitHubAdvisoriesServer } from '../test/support/github-advisories-server.js';
import { startOsvServer, type ScriptedServer } from '../test/support/osv-server.js';


const iterations = Number(process.argv[2] ?? '10');

/** 47 versions a real PR added (pnpm9-changesets fixture) and 3 known-malicious ones. */
function prVersions(): PackageQuery[] {
  const expected = JSON.parse(
    readFileSync(
      path.resolve(process.cwd(), 'test', 'fixtures', 'real', 'pnpm9-changesets', 'expected-changes.json'),
      'utf8',
    ),
  ) as {
    set_diff: { added: string[] };
  };
  const real = expected.set_diff.added.slice(0, 47).map((entry) => {
    const at = entry.lastIndexOf('@');
    return { name: entry.slice(0, at), version: entry.slice(at + 1) };
  });
  return [
    ...real,
    { name: 'axios', version: '1.14.1' },
    { name: 'debug', version: '4.4.2' },
    { name: 'postmark-mcp', version: '1.0.16' },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function measure(
  label: string,
  server: ScriptedServer,
  make: () => AdvisorySource,
  packages: PackageQuery[],
  arm?: () => void,
): Promise<void> {
  const times: number[] = [];
  let requests = 0;
  let records = 0;
  for (let i = 0; i < iterations; i++) {
    server.reset();
    arm?.();
    const source = make();
    const start = performance.now();
    const found = await source.lookup(packages);
    times.push(performance.now() - start);
    requests = server.requests.length;
    records = found.length;
  }
  console.log(
    `${label.padEnd(28)} median ${median(times).toFixed(1).padStart(7)} ms  max ${Math.max(...times)
      .toFixed(1)
      .padStart(7)} ms  requests ${requests}  records ${records}`,
  );
}

const packages = prVersions();
const retry = { timeoutMs: 5000, baseDelayMs: 200, maxDelayMs: 2000 };
const osvServer = await startOsvServer();
const githubServer = await startGitHubAdvisoriesServer();
try {
  console.log(`${packages.length} versions, ${iterations} iterations each, loopback servers`);
  const osv = (): AdvisorySource => new OsvApiSource({ baseUrl: osvServer.url, retry });
  const github = (): AdvisorySource => new GitHubAdvisorySource({ baseUrl: githubServer.url, retry });
  await measure('osv', osvServer, osv, packages);
  await measure('github', githubServer, github, packages);
  await measure('osv, one HTTP 500', osvServer, osv, packages, () =>
    osvServer.fault('/v1/querybatch', { kind: 'status', status: 500 }, 1),
  );
  await measure('github, one HTTP 500', githubServer, github, packages, () =>
    githubServer.fault('/advisories', { kind: 'status', status: 500 }, 1),
  );
  const both = await Promise.all(
    [osv(), github()].map(async (source) => {
      osvServer.reset();
      githubServer.reset();
      const start = performance.now();
      await source.lookup(packages);
      return performance.now() - start;
    }),
  );
  console.log(`both in parallel (one run)    ${Math.max(...both).toFixed(1)} ms`);
} finally {
  await osvServer.close();
  await githubServer.close();
}
