import { plain } from '../core/escape.js';
import { howItChanged, howItEntered } from './render.js';
import { allFindings, allSignals, type Report } from '../core/report.js';
import { SIGNAL_NAMES } from '../signals/types.js';

/** A SARIF 2.1.0 log of the findings, one result per finding at its lockfile line (for code scanning). */
export function renderSarif(report: Report, toolVersion: string): object {
  const findings = allFindings(report);
  const rules = new Map<string, object>();
  for (const f of findings) {
    for (const a of f.advisories) {
      if (rules.has(a.id)) continue;
      rules.set(a.id, {
        id: a.id,
        name: 'MaliciousPackage',
        shortDescription: { text: plain(a.summary || `Malicious package (${a.id})`, 300) },
        helpUri: a.url,
        properties: { tags: ['security', 'malware', 'supply-chain'], 'security-severity': '10.0' },
        defaultConfiguration: { level: 'error' },
      });
    }
  }
  // Registry signals: one rule per signal kind, results at the lockfile line; a reason to wait or look, not malware.
  const signals = allSignals(report);
  for (const name of SIGNAL_NAMES) {
    if (!signals.some((sig) => sig.signal === name)) continue;
    rules.set(`registry/${name}`, {
      id: `registry/${name}`,
      name: 'RegistrySignal',
      shortDescription: { text: `Registry signal: ${name} (a reason to wait or look, not a verdict of malware)` },
      helpUri: 'https://github.com/lockgate/lockgate#registry-signals',
      properties: { tags: ['security', 'supply-chain'], 'security-severity': '5.0' },
      defaultConfiguration: { level: 'warning' },
    });
  }
  const signalResults = signals.map((sig) => ({
    ruleId: `registry/${sig.signal}`,
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
          artifactLocation: { uri: sig.lockfile.split('/').map(encodeURIComponent).join('/') },
          ...(sig.line ? { region: { startLine: sig.line } } : {}),
        },
      },
    ],
    partialFingerprints: { lockgateSignal: `${sig.lockfile}:${sig.name}@${sig.version}:${sig.signal}` },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lockgate',
            version: toolVersion,
            informationUri: 'https://github.com/lockgate/lockgate',
            rules: [...rules.values()],
          },
        },
        results: [
          ...findings.map((f) => ({
            ruleId: f.advisories[0]?.id ?? 'malicious-package',
            level: 'error',
            message: {
              text: plain(
                `${f.name}@${f.version} (${howItChanged(f)}, ${howItEntered(f)}) is covered by ${f.advisories.map((a) => a.id).join(', ')}. ${f.guidance.headline}`,
                2000,
              ),
            },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.lockfile.split('/').map(encodeURIComponent).join('/') },
                  ...(f.line ? { region: { startLine: f.line } } : {}),
                },
              },
            ],
            partialFingerprints: { lockgateFinding: `${f.lockfile}:${f.name}@${f.version}` },
          })),
          ...signalResults,
        ],
      },
    ],
  };
}
