import { describe, expect, it } from 'vitest';
import { buildGuidance } from '../../src/core/guidance.js';
import { renderMarkdown, renderText } from '../../src/outputs/render.js';
import type { Finding, Report } from '../../src/core/report.js';

function finding(name: string, version: string, line: number, via: string[] = []): Finding {
  const record = { id: `MAL-2099-${line}`, affected: [{ package: { ecosystem: 'npm', name }, versions: [version] }] };
  return {
    name,
    version,
    change: 'added',
    from: [],
    line,
    direct: via.length === 0,
    via,
    installScript: false,
    advisories: [
      {
        id: record.id,
        aliases: [],
        summary: `Malicious code in ${name} (npm)`,
        source: 'snapshot',
        sources: ['snapshot'],
        url: `https://osv.dev/vulnerability/${record.id}`,
      },
    ],
    guidance: buildGuidance({
      name,
      version,
      change: 'added',
      from: [],
      installScript: false,
      direct: via.length === 0,
      via,
      lockfile: 'package-lock.json',
      format: 'npm',
      records: [record],
    }),
  };
}

function report(findings: Finding[]): Report {
  return {
    version: 1,
    mode: 'diff',
    lockfiles: [
      {
        path: 'package-lock.json',
        format: 'npm',
        formatVersion: '3',
        changes: findings.map((f) => ({ name: f.name, kind: 'added' as const, from: [], to: [f.version] })),
        findings,
        signals: [],
      },
    ],
    sources: [{ name: 'snapshot', ok: true, records: 22256, asOf: '2026-08-04T21:07:18Z' }],
    messages: [],
  };
}

describe('renderMarkdown', () => {
  it('opens with one table row per finding, then a section each', () => {
    const out = renderMarkdown(
      report([finding('evil-a', '1.0.0', 10), finding('evil-b', '2.0.0', 20, ['app@1.0.0', 'evil-b@2.0.0'])]),
      { maxChars: 65_536 },
    );
    const rows = out.split('\n').filter((l) => l.startsWith('| evil-'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('package-lock.json line 10 | direct |');
    expect(rows[1]).toContain('| via app&#64;&#8203;1.0.0 |');
    expect(out.match(/^### /gm)).toHaveLength(2);
    expect(out).toContain('advisories as of 2026-08-04');
  });

  it('stays within its budget and says what did not fit', () => {
    const many = Array.from({ length: 40 }, (_, i) => finding(`evil-${i}`, '1.0.0', i + 1));
    const out = renderMarkdown(report(many), { maxChars: 20_000, fullReportHint: 'see the job summary' });
    expect(out.length).toBeLessThanOrEqual(20_000);
    expect(out).toMatch(/\d+ findings?( and \d+ changes?)? did not fit here; see the job summary\./);
    expect(out.split('\n').filter((l) => l.startsWith('| evil-'))).toHaveLength(40);
  });
});

describe('renderText', () => {
  it('names each finding with its line, chain and advisory, and the sources consulted', () => {
    const out = renderText(report([finding('evil-b', '2.0.0', 20, ['app@1.0.0', 'evil-b@2.0.0'])]));
    expect(out).toContain('✖ evil-b@2.0.0 — added');
    expect(out).toContain('package-lock.json:20, via app@1.0.0 → evil-b@2.0.0');
    expect(out).toContain('MAL-2099-20: Malicious code in evil-b (npm) [snapshot]');
    expect(out).toContain('snapshot: 22,256 records, advisories as of 2026-08-04');
  });
});
