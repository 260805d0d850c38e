/**
 * An incident, end to end through dist/index.js: a pull request that adds 30
 * versions covered by real malicious-package records (the longest details in
 * the data, the worst case for size) across three lockfiles. The sticky
 * comment fits GitHub's 65,536 characters with every finding's details, says
 * the plan once, and renders (through a Markdown renderer) with its table
 * first, no HTML from package names, and names that copy back.
 */
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { detailsExtract } from '../../src/advisories/snapshot-format.js';
import { md } from '../../src/core/escape.js';
import { recordDetails } from '../../src/findings/guidance/guidance.js';

import { snapshotRecords } from '../support/osv-server.js';
import { createRepo, pullRequestPayload, runAction, useGitHubStandIn } from './harness.js';

const PR = 12;
const gh = useGitHubStandIn();

/** Thirty real records that name one exact version, longest details first. */
const RECORDS = snapshotRecords()
  .filter((r) => r.details && r.affected?.[0]?.package?.name && r.affected[0].versions?.length)
  .sort((a, b) => (b.details?.length ?? 0) - (a.details?.length ?? 0) || (a.id < b.id ? -1 : 1))
  .filter((r, i, all) => all.findIndex((o) => o.affected![0]!.package!.name === r.affected![0]!.package!.name) === i)
  .slice(0, 30);

function npmLock(packages: { name: string; version: string }[]): string {
  const entries: Record<string, object> = {
    '': { name: 'app', version: '1.0.0', dependencies: Object.fromEntries(packages.map((p) => [p.name, p.version])) },
  };
  for (const p of packages) {
    entries[`node_modules/${p.name}`] = {
      version: p.version,
      resolved: `https://registry.npmjs.org/${p.name}/-/${p.name.split('/').pop()}-${p.version}.tgz`,
      integrity: 'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==',
    };
  }
  return `${JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: entries }, null, 2)}\n`;
}

describe('a 30-finding incident', () => {
  it('fits one comment with every finding and its details, the plan once, and renders cleanly', async () => {
    expect(RECORDS).toHaveLength(30);
    const flagged = RECORDS.map((r) => ({
      name: r.affected![0]!.package!.name!,
      version: r.affected![0]!.versions![0]!,
    }));
    const parts = ['apps/web', 'apps/api', 'tools'];
    const head: Record<string, string> = {};
    const base: Record<string, string> = {};
    parts.forEach((part, i) => {
      base[`${part}/package-lock.json`] = npmLock([]);
      head[`${part}/package-lock.json`] = npmLock(flagged.slice(i * 10, i * 10 + 10));
    });
    const repo = createRepo(path.join(gh.dir, 'repo'), base, head);
    gh.server.setPullFiles(
      PR,
      parts.map((p) => ({ filename: `${p}/package-lock.json`, status: 'modified' })),
    );
    const run = await runAction({
      workspace: repo.dir,
      apiUrl: gh.server.url,
      event: 'pull_request',
      payload: pullRequestPayload(PR, repo.baseSha, repo.headSha),
      runnerDir: path.join(gh.dir, 'runner'),
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs['finding-count']).toBe('30');

    const body = gh.server.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).not.toContain('did not fit');
    expect(body.match(/^### What to do now$/gm)).toHaveLength(1);
    expect(body.match(/^\*\*Credentials to rotate\*\*$/gm)).toHaveLength(1);
    const sections = body.split(/^#### /m).slice(1);
    expect(sections).toHaveLength(30);
    for (const [i, f] of flagged.entries()) {
      const section = sections.find((s) => s.includes(`\`${f.name}@${f.version}\``));
      expect(section, `${f.name}@${f.version}`).toBeDefined();
      expect(section).toContain('- **Fix:** ');
      expect(section).toMatch(/- \*\*What MAL-[\d-]+ says\*\* \(/);
      // What the bundled snapshot keeps of the record's details is in the comment, in its section or once above.
      // (defanged and bounded as guidance keeps every detail).
      const [detail] = recordDetails(
        [{ id: RECORDS[i]!.id, details: detailsExtract(RECORDS[i]!.details)! }],
        () => 'x',
      );
      expect(body).toContain(md(detail!.text, 600));
    }

    const html = marked.parse(body, { async: false, gfm: true });
    // The heading, what an offline run did not check, then the table.
    expect(html).toMatch(
      /^<!-- lockgate:sticky-comment -->\s*<h2>[^<]*<\/h2>\s*(<p><strong>Not checked:[^<]*<\/strong><\/p>\s*)?<table>/,
    );
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
    for (const tag of tags) {
      expect(
        'h2 h3 h4 p table thead tbody tr th td code a ul ol li strong em details summary blockquote sub br',
      ).toContain(tag);
    }
    const codes = [...html.matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    for (const f of flagged) expect(codes).toContain(`${f.name}@${f.version}`);
  }, 120_000);
});
