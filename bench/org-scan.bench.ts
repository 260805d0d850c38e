/**
 * `lockgate org` over the 500-repository organisation of the tests
 * (test/support/org-fixtures.ts) on the loopback GitHub stand-in, offline
 * advisories: wall time, GitHub API requests, and requests per repository,
 * at concurrency 1, 4 (the default) and 8. The stand-in answers at once, so
 * the time is lockgate's own work; at GitHub's latency (~100-300 ms a request)
 * the request count is what sets the wall time.
 *
 * Run from the repository root: node scripts/run-ts.mjs bench/org-scan.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runOrg } from '../src/entry/org.js';
import { startGitHubOrgServer } from '../test/support/github-org-server.js';
import { ORG, TRUNCATE_AT, orgRepos } from '../test/support/org-fixtures.js';

const server = await startGitHubOrgServer({ owner: ORG, truncateAt: TRUNCATE_AT });
server.addRepos(orgRepos());
const work = mkdtempSync(path.join(os.tmpdir(), 'lockgate-org-bench-'));
try {
  console.log('org scan, 500 repositories (483 scanned: 10 forks and 7 archived skipped), offline advisories');
  for (const concurrency of [1, 4, 8]) {
    server.reset();
    server.refill();
    let stderr = '';
    const started = performance.now();
    const code = await runOrg(
      [
        ORG,
        '--github-api-url',
        server.url,
        '--offline',
        '--quiet',
        '--format',
        'json',
        '--concurrency',
        String(concurrency),
        '--state',
        path.join(work, `s${concurrency}.jsonl`),
      ],
      { stdout: () => {}, stderr: (t) => (stderr += t), env: { GITHUB_TOKEN: 'ghs_bench' }, cwd: work },
    );
    const ms = performance.now() - started;
    const requests = server.counted().length;
    if (code !== 1) throw new Error(`expected exit 1 (three flagged repositories), got ${code}: ${stderr}`);
    console.log(
      `  concurrency ${concurrency}: ${(ms / 1000).toFixed(2)} s wall, ${requests} requests (${(requests / 483).toFixed(2)} per repository), ${(ms / 483).toFixed(1)} ms per repository`,
    );
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
