import { describe, expect, it } from 'vitest';
import { exitCode, type Report } from '../../src/core/report.js';
import { signalAnnotations } from '../../src/github/annotations.js';
import { heldUntil } from '../../src/github/holds.js';
import { renderMarkdown, renderText } from '../../src/outputs/render.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';
import { renderSarif } from '../../src/outputs/sarif.js';
import type { Signal } from '../../src/core/signals.js';

/** Markdown as GitHub shows it: character references decoded, zero-width spaces dropped. */
function decoded(markdown: string): string {
  return markdown.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replaceAll('\u200b', '');
}

function report(signals: Signal[], notChecked: { name: string; version: string; reason: string }[] = []): Report {
  return {
    version: 2,
    mode: 'diff',
    lockfiles: [
      {
        path: 'package-lock.json',
        format: 'npm',
        formatVersion: '3',
        changes: [],
        findings: [],
        signals,
        ...(notChecked.length ? { notChecked } : {}),
      },
    ],
    sources: [{ type: 'registry', name: 'registry', state: 'answered', ok: true, requests: 3, bytes: 12345 }],
    messages: [],
  };
}

const hold: Signal = {
  name: 'chalk',
  version: '5.6.1',
  line: 12,
  signal: 'release-age',
  level: 'fail',
  detail: 'published 1 hour ago (2025-09-08 13:16 UTC); versions younger than 3 days are held',
  eligibleAt: '2025-09-11T13:16:00Z',
};
const scriptAdded: Signal = {
  ...hold,
  signal: 'install-script-added',
  detail: 'chalk@5.6.1 runs a postinstall script on install; 5.6.0, the version it replaces, ran none',
  eligibleAt: '2025-09-15T13:16:00Z',
};
const gone: Signal = {
  name: 'axios',
  version: '1.14.1',
  line: 30,
  signal: 'unpublished',
  level: 'fail',
  detail: 'axios@1.14.1 was published 3 hours ago and has since been removed from the registry',
};
const burst: Signal = { ...gone, signal: 'burst', level: 'warn', detail: 'published within an hour of 0.30.4' };

describe('registry signals in the reports', () => {
  it('a hold fails the check and is worded as a reason to wait, with the time it can merge', () => {
    const r = report([hold]);
    expect(exitCode(r)).toBe(1);
    const text = renderText(r);
    expect(text).toMatch(/^lockgate: 1 new version held until 2025-09-11 13:16 UTC by registry signals/);
    expect(text).toContain('Held (new on the registry: a reason to wait, not a verdict of malware):');
    expect(text).toContain('⏸ chalk@5.6.1 — package-lock.json:12, can merge from 2025-09-11 13:16 UTC');
    expect(text).toContain('registry: 3 requests, 12,345 bytes');
    expect(text).not.toMatch(/malicious package version found/);
    const markdown = decoded(renderMarkdown(r, { maxChars: 65_536 }));
    expect(markdown).toMatch(/^## ⏸️ lockgate: 1 new version held/);
    expect(markdown).toContain('### ⏸ Held');
    expect(markdown).toContain('| `chalk@5.6.1` | package-lock.json line 12 | 2025-09-11 13:16 UTC | release-age |');
  });

  it('a hold with another fail-level signal is held and needs a review: no merge time is promised', () => {
    const r = report([hold, scriptAdded]);
    const text = renderText(r);
    expect(text).toMatch(/^lockgate: 1 version to review by registry signals/);
    expect(text).toContain(
      '⏸ chalk@5.6.1 — package-lock.json:12, held until 2025-09-11 13:16 UTC, and install-script-added needs a review',
    );
    expect(text).toContain('✖ install-script-added: chalk@5.6.1 runs a postinstall script');
    const markdown = decoded(renderMarkdown(r, { maxChars: 65_536 }));
    expect(markdown).toContain(
      '| `chalk@5.6.1` | package-lock.json line 12 | after review | release-age, install-script-added |',
    );
  });

  it('only a run that fails by holds alone gets a time for the automatic re-run', () => {
    expect(heldUntil(report([hold, burst]))).toBe('2025-09-11T13:16:00Z');
    expect(heldUntil(report([hold, scriptAdded]))).toBeUndefined();
    expect(heldUntil(report([gone]))).toBeUndefined();
    expect(heldUntil(report([burst]))).toBeUndefined();
  });

  it('warnings alone pass; an unpublished version blocks without an end time', () => {
    expect(exitCode(report([burst]))).toBe(0);
    const r = report([gone, burst]);
    expect(exitCode(r)).toBe(1);
    const text = renderText(r);
    expect(text).toMatch(/^lockgate: 1 version to review by registry signals/);
    expect(text).not.toContain('Held (');
    expect(text).toContain('⚠ burst: published within an hour of 0.30.4');
  });

  it('escapes package names from the lockfile in Markdown and lists what was not checked', () => {
    const hostile = { ...hold, name: '[x](https://evil.example) @team <img>' };
    const markdown = renderMarkdown(
      report([hostile], [{ name: 'left-pad', version: '1.3.0', reason: 'a git dependency, not from the registry' }]),
      { maxChars: 65_536 },
    );
    expect(markdown).not.toContain('[x](https://evil.example)');
    expect(markdown).not.toContain('<img>');
    expect(markdown).toContain('1 version not checked by registry signals');
    expect(markdown).toContain('a git dependency, not from the registry');
  });

  it('annotations: an error per held version at its line, a warning per version with only warnings', () => {
    expect(signalAnnotations(report([hold, scriptAdded])).errors[0]!.title).toBe(
      'Registry signals to review: chalk@5.6.1',
    );
    const { errors, warnings } = signalAnnotations(report([hold, burst]));
    expect(errors).toEqual([
      expect.objectContaining({
        level: 'error',
        file: 'package-lock.json',
        line: 12,
        title: 'Held until 2025-09-11 13:16 UTC: chalk@5.6.1',
      }),
    ]);
    expect(errors[0]!.message).toMatch(/not a verdict of malware/);
    expect(warnings).toEqual([
      expect.objectContaining({ level: 'warning', line: 30, title: 'Registry signal: axios@1.14.1' }),
    ]);
  });

  it('SARIF: one rule per signal kind, results at the lockfile line', () => {
    const sarif = renderSarif(report([hold, burst]), { toolVersion: '0.0.0' }) as {
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: { ruleId: string; level: string; locations: unknown[] }[];
      }[];
    };
    const run = sarif.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['registry/release-age', 'registry/burst']);
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['registry/release-age', 'error'],
      ['registry/burst', 'warning'],
    ]);
    // Valid SARIF 2.1.0, signal rules and all.
    expect(sarifSchemaErrors(sarif)).toEqual([]);
  });
});
