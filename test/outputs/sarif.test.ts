import { describe, expect, it } from 'vitest';
import type { OsvRecord } from '../../src/core/osv.js';
import { buildGuidance } from '../../src/findings/guidance/guidance.js';
import type { AdvisoryFinding, Finding, Report } from '../../src/core/report.js';
import { SIGNAL_NAMES, type Signal } from '../../src/core/signals.js';
import { SIGNAL_HELP } from '../../src/signals/rules.js';
import { renderSarif, sarifFor, type SarifLog } from '../../src/outputs/sarif.js';
import { sarifSchemaErrors } from '../support/sarif-schema.js';

const RECORD: OsvRecord = {
  id: 'MAL-2025-47604',
  summary: 'Malicious code in postmark-mcp (npm)',
  details:
    '\n---\n_-= Per source details. Do not edit below this line.=-_\n\n## Source: google-open-source-security (b711)\nThis package turned malicious in v1.0.16 and exfiltrates email data via BCC.\n',
  affected: [
    {
      package: { ecosystem: 'npm', name: 'postmark-mcp' },
      ranges: [{ type: 'SEMVER', events: [{ introduced: '1.0.16' }] }],
    },
  ],
  references: [
    { type: 'ARTICLE', url: 'https://www.koi.security/blog/postmark-mcp-npm-malicious-backdoor-email-theft' },
  ],
};

function finding(line: number, name = 'postmark-mcp'): AdvisoryFinding {
  return {
    kind: 'advisory',
    name,
    version: '1.0.16',
    change: 'upgraded',
    from: ['1.0.15'],
    line,
    direct: true,
    via: [],
    installScript: false,
    advisories: [
      {
        id: RECORD.id,
        aliases: [],
        summary: RECORD.summary!,
        source: 'snapshot',
        sources: ['snapshot'],
        url: 'https://osv.dev/vulnerability/MAL-2025-47604',
      },
    ],
    guidance: buildGuidance({
      name,
      version: '1.0.16',
      change: 'upgraded',
      from: ['1.0.15'],
      installScript: false,
      direct: true,
      via: [],
      lockfile: 'package-lock.json',
      format: 'npm',
      records: [RECORD],
    }),
  };
}

function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    version: 2,
    mode: 'diff',
    lockfiles: [{ path: 'package-lock.json', format: 'npm', formatVersion: '3', changes: [], findings, signals: [] }],
    sources: [
      { type: 'advisory', name: 'snapshot', state: 'answered', ok: true, records: 1, asOf: '2026-08-04T21:07:18Z' },
    ],
    messages: [
      { level: 'warning', message: 'Advisory source osv did not answer (timeout); the other sources were used.' },
    ],
    ...extra,
  };
}

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 (the OASIS schema), with a finding, with none, and with a hostile name', () => {
    for (const rep of [
      report([finding(387)]),
      report([]),
      report([finding(3, '<b>x</b>\u0007@evil/../..'), finding(387)]),
    ]) {
      const log = renderSarif(rep, { toolVersion: '0.1.0', uriPrefix: 'packages/app', category: 'web' });
      expect(sarifSchemaErrors(log)).toEqual([]);
    }
    // The validator does reject what the schema forbids: a run without its tool, a result level it does not know.
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ results: [] }] })).not.toEqual([]);
    const bad = renderSarif(report([finding(1)]), { toolVersion: '1' });
    (bad.runs[0]!.results[0] as unknown as { level: string }).level = 'critical';
    expect(sarifSchemaErrors(bad)).not.toEqual([]);
  });

  it('rules carry help (text and Markdown), fullDescription, security-severity and tags', () => {
    const log = renderSarif(report([finding(387)]), { toolVersion: '0.1.0' });
    const rule = log.runs[0]!.tool.driver.rules[0] as {
      id: string;
      fullDescription: { text: string };
      help: { text: string; markdown: string };
      properties: { tags: string[]; 'security-severity': string };
    };
    expect(rule.id).toBe('MAL-2025-47604');
    expect(rule.fullDescription.text).toContain('exfiltrates email data via BCC');
    expect(rule.help.text.split('\n')[3]).toMatch(
      /^1\. Emails were taken: treat every email sent through postmark-mcp@1\.0\.16/,
    );
    expect(rule.help.markdown).toContain('`npm cache clean --force`');
    expect(rule.help.markdown).toContain(
      '(https://www.koi.security/blog/postmark-mcp-npm-malicious-backdoor-email-theft)',
    );
    expect(rule.properties['security-severity']).toBe('10.0');
    expect(rule.properties.tags).toEqual(expect.arrayContaining(['security', 'malware', 'external/cwe/cwe-506']));
  });

  it('fingerprints stay the same when the line moves, and differ per lockfile path', () => {
    const a = renderSarif(report([finding(387)]), { toolVersion: '1' });
    const b = renderSarif(report([finding(512)]), { toolVersion: '1' });
    const c = renderSarif(report([finding(387)]), { toolVersion: '1', uriPrefix: 'packages/app' });
    const fp = (log: SarifLog) => log.runs[0]!.results[0]!.partialFingerprints;
    expect(fp(a)).toEqual(fp(b));
    expect(fp(a)).not.toEqual(fp(c));
    expect(c.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'packages/app/package-lock.json',
    );
  });

  it('carries automationDetails.id and the run notes as notifications of a successful execution', () => {
    const log = renderSarif(report([]), { toolVersion: '1', category: 'apps/web' });
    expect(log.runs[0]!.automationDetails.id).toBe('lockgate/apps/web/');
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });

  it('is not written for a run that ended in an error (an empty one would close every open alert)', () => {
    expect(
      sarifFor(
        report([], {
          messages: [
            { level: 'error', message: 'ignore entry 1 expired on 2026-01-01.', file: '.github/lockgate.yml' },
          ],
        }),
        {
          toolVersion: '1',
        },
      ),
    ).toBeUndefined();
    expect(sarifFor(report([]), { toolVersion: '1' })).toBeDefined();
  });

  it('gives every registry signal a rule whose help says what it means and what to do', () => {
    const signals: Signal[] = SIGNAL_NAMES.map((signal, i) => ({
      name: `pkg-${i}`,
      version: '1.0.1',
      line: 10 + i,
      signal,
      level: signal === 'publisher-changed' || signal === 'burst' ? 'warn' : 'fail',
      detail: `detail of ${signal}`,
    }));
    const base = report([]);
    const log = renderSarif({ ...base, lockfiles: [{ ...base.lockfiles[0]!, signals }] }, { toolVersion: '1' });
    expect(sarifSchemaErrors(log)).toEqual([]);
    const rules = log.runs[0]!.tool.driver.rules;
    const helps = new Set<string>();
    for (const name of SIGNAL_NAMES) {
      const rule = rules.find((r) => r.id === `registry/${name}`);
      expect(rule, name).toBeDefined();
      // Its own words, not one sentence shared by every signal: what it means, then what to do.
      expect(rule!.help.text.startsWith(SIGNAL_HELP[name].help), name).toBe(true);
      expect(rule!.help.text).toContain('not a verdict of malware');
      expect(rule!.shortDescription.text).toBe(`Registry signal: ${SIGNAL_HELP[name].title} (${name})`);
      expect(rule!.help.markdown).toContain(`**${SIGNAL_HELP[name].title}**`);
      helps.add(rule!.help.text);
    }
    expect(helps.size).toBe(SIGNAL_NAMES.length);
    // Each result points at its own rule.
    for (const result of log.runs[0]!.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });
});
