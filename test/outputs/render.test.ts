import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { OsvRecord } from '../../src/core/osv.js';
import { md } from '../../src/core/escape.js';
import { buildGuidance } from '../../src/findings/guidance/guidance.js';
import type { LockfileFormat } from '../../src/core/model.js';
import type { AdvisoryFinding, Finding, LockfileReport, Report } from '../../src/core/report.js';
import { renderMarkdown, renderText } from '../../src/outputs/render.js';
import { DATA } from '../helpers.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const COMMENT_BUDGET = 65_536 - 600;

/** Real MAL records from the shared OSV data: postmark-mcp, and enough others with details for an incident. */
const REAL: OsvRecord[] = gunzipSync(readFileSync(path.join(DATA, 'osv-malicious-npm.jsonl.gz')))
  .toString('utf8')
  .split('\n')
  .filter((line) => line.includes('"details"'))
  .map((line) => JSON.parse(line) as OsvRecord);
const POSTMARK = REAL.find((r) => r.id === 'MAL-2025-47604')!;
/** 29 records with the longest details (ghsa-malware and ossf sections, several references): the worst case for size. */
const OTHERS = REAL.filter((r) => r.id !== POSTMARK.id && r.affected?.[0]?.package?.name)
  .sort((a, b) => (b.details?.length ?? 0) - (a.details?.length ?? 0) || (a.id < b.id ? -1 : 1))
  .slice(0, 29);

function finding(
  record: OsvRecord,
  options: { line: number; via?: string[]; lockfile?: string; format?: LockfileFormat; name?: string } = { line: 1 },
): AdvisoryFinding {
  const name = options.name ?? record.affected?.[0]?.package?.name ?? 'x';
  const version = record.affected?.[0]?.versions?.[0] ?? '1.0.16';
  const via = options.via ?? [];
  return {
    kind: 'advisory',
    name,
    version,
    change: 'added',
    from: [],
    line: options.line,
    direct: via.length === 0,
    via,
    installScript: false,
    advisories: [
      {
        id: record.id,
        aliases: [],
        summary: record.summary ?? '',
        source: 'snapshot',
        sources: ['snapshot'],
        url: `https://osv.dev/vulnerability/${record.id}`,
      },
    ],
    guidance: buildGuidance(
      {
        name,
        version,
        change: 'added',
        from: [],
        installScript: false,
        direct: via.length === 0,
        via,
        lockfile: options.lockfile ?? 'package-lock.json',
        format: options.format ?? 'npm',
        records: [record],
        recordSources: ['snapshot'],
      },
      [
        {
          path: '.github/workflows/ci.yml',
          installsDependencies: true,
          installs: ['job test runs `npm ci`'],
          secrets: ['NPM_TOKEN'],
          notes: [],
        },
      ],
    ),
  };
}

function lockfile(pathName: string, format: LockfileFormat, findings: Finding[]): LockfileReport {
  return {
    path: pathName,
    format,
    formatVersion: '3',
    changes: findings.map((f) => ({ name: f.name, kind: 'added' as const, from: [], to: [f.version] })),
    findings,
    signals: [],
  };
}

function report(lockfiles: LockfileReport[]): Report {
  return {
    version: 2,
    mode: 'diff',
    lockfiles,
    sources: [
      {
        type: 'advisory',
        name: 'snapshot',
        state: 'answered',
        ok: true,
        records: 22256,
        asOf: '2026-08-04T21:07:18Z',
      },
    ],
    messages: [],
  };
}

/** Thirty findings across three lockfiles of three formats. */
function incident(): Report {
  const all = [POSTMARK, ...OTHERS];
  const files: [string, LockfileFormat][] = [
    ['package-lock.json', 'npm'],
    ['apps/web/pnpm-lock.yaml', 'pnpm'],
    ['tools/yarn.lock', 'yarn-classic'],
  ];
  return report(
    files.map(([file, format], i) =>
      lockfile(
        file,
        format,
        all
          .slice(i * 10, i * 10 + 10)
          .map((r, j) => finding(r, { line: 10 + j, lockfile: file, format, via: j % 2 ? ['app@1.0.0', 'x@1'] : [] })),
      ),
    ),
  );
}

/** Tag names in rendered HTML. */
function tags(html: string): Set<string> {
  return new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
}

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const ALLOWED_TAGS = new Set(
  'h2 h3 h4 p table thead tbody tr th td code a ul ol li strong em details summary blockquote br'.split(' '),
);

describe('renderMarkdown', () => {
  it('postmark-mcp: the table first, what was taken leading the plan, the advisory details and its write-up', () => {
    const out = renderMarkdown(report([lockfile('package-lock.json', 'npm', [finding(POSTMARK, { line: 387 })])]), {
      maxChars: COMMENT_BUDGET,
      now: NOW,
    });
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^## ❌ /);
    expect(lines[2]).toBe('| # | package | change | where | how it entered | verdict |');
    expect(out).toContain('Advisory data&#58; snapshot as of 2026-08-04 (114 days old).');
    const plan = out.slice(out.indexOf('### What to do now'));
    expect(plan).toMatch(/\n1\. Emails were taken&#58; treat every email sent through `postmark-mcp@1\.0\.16`/);
    expect(out).toContain('exfiltrates email data via BCC');
    expect(out).toContain('(https://www.koi.security/blog/postmark-mcp-npm-malicious-backdoor-email-theft)');
    expect(out).not.toContain('\u200b');
    expect(out.match(/postmark-mcp&#64;/g) ?? []).toHaveLength(0);
  });

  it('thirty findings across three lockfiles fit one comment, each with its own details, the plan said once', () => {
    const rep = incident();
    const out = renderMarkdown(rep, { maxChars: COMMENT_BUDGET, now: NOW, prefix: '<!-- marker -->' });
    expect(out.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(out).not.toContain('did not fit');
    expect(out.match(/^### What to do now$/gm)).toHaveLength(1);
    expect(out.match(/^\*\*Credentials to rotate\*\*$/gm)).toHaveLength(1);
    expect(out.match(/^- CI secrets of \.github\/workflows\/ci\.yml/gm)).toHaveLength(1);
    expect(out).toContain('`npm cache clean --force`, `pnpm store prune`, `yarn cache clean`');
    const sections = out.split(/^#### /m).slice(1);
    expect(sections).toHaveLength(30);
    const findings = rep.lockfiles.flatMap((l) => l.findings) as AdvisoryFinding[];
    findings.forEach((f, i) => {
      const section = sections[i]!;
      expect(section).toContain(`\`${f.name}@${f.version}\``);
      expect(section).toContain('- **Fix:** ');
      expect(section).toContain('- **When it could have run:** ');
      // Every detail in full: in the section, or once above when several advisories share its words.
      expect(f.guidance.details.length).toBeGreaterThan(0);
      for (const d of f.guidance.details) {
        expect(section).toContain(`- **What ${d.id} says** (`);
        expect(out).toContain(md(d.text, 600));
      }
      for (const link of f.guidance.links.filter((l) => l.kind !== 'record'))
        expect(section).toContain(`(${link.url})`);
    });
    // Each finding's own text, not the shared steps, is in its section.
    for (const section of sections) expect(section).not.toContain('Purge the package-manager cache');
  });

  it('renders to HTML with the table first, no HTML from package names, and names that copy back', () => {
    const hostile = finding(POSTMARK, { line: 5, name: '<img src=x onerror=alert(1)>|@org/team' });
    for (const rep of [
      report([lockfile('package-lock.json', 'npm', [finding(POSTMARK, { line: 387 })])]),
      incident(),
      report([lockfile('package-lock.json', 'npm', [finding(POSTMARK, { line: 387 }), hostile])]),
    ]) {
      const md = renderMarkdown(rep, { maxChars: COMMENT_BUDGET, now: NOW });
      const html = marked.parse(md, { async: false, gfm: true });
      expect(html).toMatch(/^<h2>[^<]*<\/h2>\s*<table>/);
      for (const tag of tags(html)) expect(ALLOWED_TAGS).toContain(tag);
      const codes = [...html.matchAll(/<code>([^<]*)<\/code>/g)].map((m) => decode(m[1]!));
      for (const f of rep.lockfiles.flatMap((l) => l.findings)) {
        if (f === hostile) continue;
        expect(codes).toContain(`${f.name}@${f.version}`);
      }
      for (const code of codes) expect(code).not.toMatch(/[\u200b<>]/);
      // The hostile name is text, escaped, in one table cell: the row keeps its six cells.
      const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
      for (const row of rows.slice(1, rep.lockfiles.flatMap((l) => l.findings).length + 1)) {
        expect(row.match(/<td>/g)).toHaveLength(6);
      }
    }
  });

  it('stays within a small budget: details shortened first, then what does not fit is counted', () => {
    const rep = incident();
    const out = renderMarkdown(rep, { maxChars: 20_000, fullReportHint: 'see the job summary', now: NOW });
    expect(out.length).toBeLessThanOrEqual(20_000);
    expect(out).toMatch(/\d+ findings?( and \d+ changes?)? did not fit here; see the job summary\./);
    expect(out.split('\n').filter((l) => /^\| \d+ \| /.test(l))).toHaveLength(30);
  });
});

describe('renderText', () => {
  it('lists the findings first, one plan, then each finding with its chain and details', () => {
    const rep = report([
      lockfile('package-lock.json', 'npm', [
        finding(POSTMARK, { line: 387 }),
        finding(OTHERS[0]!, { line: 20, via: ['app@1.0.0', 'evil-b@2.0.0'] }),
      ]),
    ]);
    const out = renderText(rep, { now: NOW });
    const lines = out.split('\n');
    expect(lines[2]).toMatch(/^ {2}1\. ✖ postmark-mcp@1\.0\.16 — added \(package-lock\.json:387\) MAL-2025-47604$/);
    expect(out).toContain('Advisory data: snapshot as of 2026-08-04 (114 days old).');
    expect(out.match(/What to do now:/g)).toHaveLength(1);
    expect(out.match(/delete node_modules/g)).toHaveLength(1);
    expect(out).toContain('package-lock.json:20, via app@1.0.0 → evil-b@2.0.0');
    expect(out).toContain(
      'What MAL-2025-47604 says (google-open-source-security): This package turned malicious in v1.0.16',
    );
    expect(out).toContain('snapshot: 22,256 records, advisories as of 2026-08-04 (114 days old)');
    expect(out).not.toContain('\u001b[');
  });

  it('colours only when asked, and --quiet leaves out changes and sources', () => {
    const rep = report([lockfile('package-lock.json', 'npm', [finding(POSTMARK, { line: 387 })])]);
    expect(renderText(rep, { color: true, now: NOW })).toContain('\u001b[31m');
    const quiet = renderText(rep, { quiet: true, now: NOW });
    expect(quiet).toContain('postmark-mcp@1.0.16');
    expect(quiet).not.toContain('Advisory sources consulted');
    expect(quiet).not.toContain('upgraded postmark-mcp');
  });
});
