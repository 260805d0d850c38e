/**
 * A SARIF 2.1.0 log for GitHub code scanning (github/codeql-action/upload-sarif).
 *
 * - One rule per advisory: `shortDescription` its summary, `fullDescription`
 *   what the advisory says the code does, `help` (text and Markdown) what to do,
 *   `properties.security-severity` 10.0 (code scanning shows it as critical)
 *   and tags; `helpUri` the advisory page.
 * - One result per finding at its lockfile line, with a `partialFingerprints`
 *   value from the lockfile path, name and version only, so an alert stays the
 *   same alert when lines move or another source reports it first.
 * - `automationDetails.id` (`lockgate/<category>/`) keeps lockgate's analyses
 *   apart from other tools' and, with a category, one monorepo part from another.
 * - URIs are relative to the repository root (`uriPrefix` when the scanned
 *   directory is a subdirectory of it).
 *
 * A run that ended in an error has no SARIF at all (see sarifFor): code
 * scanning treats an uploaded analysis as complete and closes every alert it
 * does not list, so a run that could not check everything must not upload one.
 */
import { createHash } from 'node:crypto';
import { md, mdCode, mdLink, mdProse, plain } from '../core/escape.js';
import { allSignals, messagesAt, type Report } from '../core/report.js';
import { SIGNAL_NAMES } from '../core/signals.js';
import { incidentPlan } from '../findings/guidance/plan.js';
import { howItChanged, howItEntered, locatedFindings, where, type LocatedFinding } from './words.js';


export interface SarifOptions {
  toolVersion: string;
  /** Path of the scanned directory from the repository root (`packages/app`), when it is not the root. */
  uriPrefix?: string;
  /** Analysis category (`automationDetails.id` becomes `lockgate/<category>/`); default none. */
  category?: string;
}

/** The SARIF log of a report, or undefined when the run ended in an error (write none). */
export function sarifFor(report: Report, options: SarifOptions): object | undefined {
  return messagesAt(report, 'error').length ? undefined : renderSarif(report, options);
}

/** A SARIF 2.1.0 log of the findings, one result per finding at its lockfile line. */
export function renderSarif(report: Report, opts: SarifOptions): object {
  const findings = locatedFindings(report);
  const rules = new Map<string, { rule: object; index: number }>();
  for (const f of findings) {
    const a = f.advisories[0];
    if (!a || rules.has(a.id)) continue;
    rules.set(a.id, { rule: ruleFor(f), index: rules.size });
  }
  // Registry signals: one rule per signal kind; a reason to wait or look, not a verdict of malware.
  const signals = allSignals(report);
  for (const name of SIGNAL_NAMES) {
    if (!signals.some((sig) => sig.signal === name)) continue;
    rules.set(`registry/${name}`, { rule: signalRule(name), index: rules.size });
  }
  const prefix = (opts.uriPrefix ?? '').replace(/^\/+|\/+$/g, '');
  const category = opts.category ? `${opts.category.replace(/[^A-Za-z0-9._/-]/g, '-').replace(/^\/+|\/+$/g, '')}/` : '';
  const notifications = report.messages.map((m) => ({
    message: { text: plain(where(m), 1000) },
    level: m.level,
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lockgate',
            semanticVersion: opts.toolVersion,
            version: opts.toolVersion,
            informationUri: 'https://github.com/lockgate/lockgate',
            rules: [...rules.values()].map((r) => r.rule),
          },
        },
        automationDetails: { id: `lockgate/${category}` },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        properties: { mode: report.mode },
        results: [
          ...findings.map((f) => {
            const ruleId = f.advisories[0]?.id ?? 'malicious-package';
            const lockfile = prefix ? `${prefix}/${f.lockfile}` : f.lockfile;
            return {
              ruleId,
              ...(rules.has(ruleId) ? { ruleIndex: rules.get(ruleId)!.index } : {}),
              level: 'error',
              message: {
                text: plain(
                  `${f.name}@${f.version} (${howItChanged(f)}, ${howItEntered(f)}) is covered by ${f.advisories.map((a) => a.id).join(', ')}. ${f.guidance.headline.replaceAll('`', '')} Fix: ${f.guidance.fix.replaceAll('`', '')}`,
                  3000,
                ),
              },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: lockfile.split('/').map(encodeURIComponent).join('/') },
                    // bun.lockb has no lines: the file alone.
                    ...(f.line ? { region: { startLine: f.line } } : {}),
                  },
                },
              ],
              partialFingerprints: { 'lockgateFinding/v1': fingerprint(lockfile, f) },
              properties: { package: plain(f.name, 214), version: plain(f.version, 64), change: f.change },
            };
          }),
          ...signals.map((sig) => {
            const lockfile = prefix ? `${prefix}/${sig.lockfile}` : sig.lockfile;
            const ruleId = `registry/${sig.signal}`;
            return {
              ruleId,
              ruleIndex: rules.get(ruleId)!.index,
              level: sig.level === 'fail' ? 'error' : 'warning',
              message: {
                text: plain(
                  `${sig.name}@${sig.version}: ${sig.detail}${sig.eligibleAt ? ` (held until ${sig.eligibleAt})` : ''}.`,
                  2000,
                ),
              },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: lockfile.split('/').map(encodeURIComponent).join('/') },
                    ...(sig.line ? { region: { startLine: sig.line } } : {}),
                  },
                },
              ],
              partialFingerprints: { 'lockgateSignal/v1': fingerprint(`${lockfile}\0${sig.signal}`, sig) },
            };
          }),
        ],
      },
    ],
  };
}

/** The rule of one registry signal kind. */
function signalRule(name: string): object {
  const text = `Registry signal: ${name}. A reason to wait or to look before merging, not a verdict of malware: no advisory covers the version yet.`;
  return {
    id: `registry/${name}`,
    name: 'RegistrySignal',
    shortDescription: { text: `Registry signal: ${name}` },
    fullDescription: { text },
    help: {
      text,
      markdown: `**Registry signal \`${name}\`**: a reason to wait or to look before merging, not a verdict of malware; no advisory covers the version yet.`,
    },
    helpUri: 'https://github.com/lockgate/lockgate#registry-signals',
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['security', 'supply-chain'], 'security-severity': '5.0' },
  };
}

/** Stable across runs: the lockfile path, name and version (not the line, not the advisory that came first). */
function fingerprint(lockfile: string, f: { name: string; version: string }): string {
  return createHash('sha256').update(`${lockfile}\0${f.name}@${f.version}`).digest('hex').slice(0, 32);
}

/** The rule of a finding's primary advisory: what it says the code does, and what to do about it. */
function ruleFor(f: LocatedFinding): object {
  const a = f.advisories[0]!;
  const g = f.guidance;
  const summary = a.summary || `Malicious package (${a.id})`;
  const details = g.details.map((d) => `${d.id} (${d.source}): ${d.text}`).join(' ');
  // The plan for this finding alone: what was taken first, then its fix, clean-up and rotation.
  const steps = incidentPlan([f]).steps;
  const references = g.links.filter((l) => l.kind !== 'record');
  const helpText = [
    g.headline.replaceAll('`', ''),
    details ? `What the advisory says: ${details}` : '',
    'What to do:',
    ...steps.map((s, i) => `${i + 1}. ${s.replaceAll('`', '')}`),
    references.length ? `References: ${references.map((l) => l.url).join(' ')}` : '',
  ].filter(Boolean);
  const helpMarkdown = [
    `**${mdCode(`${f.name}@${f.version}`, 280)}** — ${mdProse(g.headline, 500)}`,
    '',
    ...g.details.map((d) => `> **${md(d.id, 80)}** (${md(d.source, 60)}): ${md(d.text, 600)}\n`),
    '**What to do**',
    '',
    ...steps.map((s, i) => `${i + 1}. ${mdProse(s, 1000)}`),
    '',
    ...(references.length ? [`**References:** ${references.map((l) => mdLink(l.kind, l.url)).join(', ')}`] : []),
  ];
  return {
    id: a.id,
    name: 'MaliciousPackageVersion',
    shortDescription: { text: plain(summary, 300) },
    fullDescription: { text: plain(details || `${summary}. ${g.headline.replaceAll('`', '')}`, 1000) },
    help: { text: helpText.map((line) => plain(line, 2000)).join('\n'), markdown: helpMarkdown.join('\n') },
    helpUri: a.url,
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'malware', 'supply-chain', 'external/cwe/cwe-506'],
      'security-severity': '10.0',
      precision: 'very-high',
      'problem.severity': 'error',
    },
  };
}
