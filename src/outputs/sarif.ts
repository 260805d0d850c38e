/**
 * A SARIF 2.1.0 log for GitHub code scanning (github/codeql-action/upload-sarif).
 *
 * - One rule per advisory: `shortDescription` its summary, `fullDescription`
 *   what the advisory says the code does, `help` (text and Markdown) what to do,
 *   `properties.security-severity` 10.0 (code scanning shows it as critical)
 *   and the `malware` tag; `helpUri` the advisory page. An entry of the
 *   repository's own list has a rule per list file and package name, so its id
 *   does not move when a line is added above it.
 * - One rule per policy check (`policy/<kind>`): severity below 9.0 and no
 *   `malware` tag, since no advisory covers what the entry installs; its help
 *   says how to regenerate the entry or allow the source.
 * - One rule per signal kind (`registry/<name>`, `content/<name>`).
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
import { isContentSignal, SIGNAL_NAMES, type SignalName } from '../core/signals.js';
import { SIGNAL_HELP } from '../signals/rules.js';
import { contentMessage, contentRule } from './content.js';
import {
  allSignals,
  messagesAt,
  verdictOf,
  type FileFinding,
  type ManifestFinding,
  type PolicyKind,
  type Report,
  type Verdict,
} from '../core/report.js';
import { incidentPlan } from '../findings/guidance/plan.js';
import {
  FILE_FINDINGS_FIX,
  manifestFindingLines,
  howItChanged,
  howItEntered,
  maliciousFindings,
  policyFindings,
  sentences,
  versionLabel,
  where,
  type LocatedAdvisoryFinding,
  type LocatedFinding,
  type LocatedPolicyFinding,
} from './words.js';

/** The parts of SARIF 2.1.0 lockgate writes (https://docs.oasis-open.org/sarif/sarif/v2.1.0/). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      semanticVersion: string;
      version: string;
      informationUri: string;
      rules: SarifRule[];
    };
  };
  automationDetails: { id: string };
  invocations: {
    executionSuccessful: boolean;
    toolExecutionNotifications?: { message: { text: string }; level: 'error' | 'warning' | 'note' }[];
  }[];
  properties: { mode: Report['mode']; verdict: Verdict };
  results: SarifResult[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' };
  properties: {
    tags: string[];
    /** GitHub code scanning: 9.0 and above shows as critical, 7.0 high, 4.0 medium. */
    'security-severity': string;
    precision?: string;
    'problem.severity'?: string;
  };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning';
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
  }[];
  partialFingerprints: Record<string, string>;
  properties?: Record<string, string>;
}

export interface SarifOptions {
  toolVersion: string;
  /** Path of the scanned directory from the repository root (`packages/app`), when it is not the root. */
  uriPrefix?: string;
  /** Analysis category (`automationDetails.id` becomes `lockgate/<category>/`); default none. */
  category?: string;
}

/** The SARIF log of a report, or undefined when the run ended in an error (write none). */
export function sarifFor(report: Report, options: SarifOptions): SarifLog | undefined {
  return messagesAt(report, 'error').length ? undefined : renderSarif(report, options);
}

/** Security severity of each policy check: below 9.0 (critical), since none is a verdict of malware. */
const POLICY_SEVERITY: Record<PolicyKind, string> = {
  'resolved-mismatch': '8.0',
  'integrity-mismatch': '8.0',
  'origin-changed': '7.0',
  'registry-config': '6.0',
  'unapproved-host': '5.0',
  'plain-http': '5.0',
};

/** A SARIF 2.1.0 log: one result per finding and per version with registry or content signals, at its lockfile line. */
export function renderSarif(report: Report, opts: SarifOptions): SarifLog {
  const parts = resultParts(report);
  const rules = rulesOf(parts);
  const ctx = sarifContext(rules, opts.uriPrefix);
  const category = opts.category ? `${opts.category.replace(/[^A-Za-z0-9._/-]/g, '-').replace(/^\/+|\/+$/g, '')}/` : '';
  const notifications = report.messages.map((m) => ({ message: { text: plain(where(m), 1000) }, level: m.level }));
  const manifestLines = parts.asked.length ? manifestFindingLines(report) : [];
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
        properties: { mode: report.mode, verdict: verdictOf(report) },
        results: [
          ...parts.malicious.map((f) => maliciousResult(ctx, f)),
          ...parts.policy.map((f) => policyResult(ctx, f)),
          ...parts.files.map((f) => fileFindingResult(ctx, f)),
          ...parts.asked.map((f, i) => manifestResult(ctx, f, manifestLines[i]!)),
          ...parts.signals.map((sig) => signalResult(ctx, sig)),
        ],
      },
    ],
  };
}

/** What a report gives SARIF results for, in the order they are written. */
interface ResultParts {
  malicious: LocatedAdvisoryFinding[];
  policy: LocatedPolicyFinding[];
  /** Policy findings about config files and manifests: on their own file and line. */
  files: FileFinding[];
  /** Malicious versions package.json asks for: on the package.json line. */
  asked: ManifestFinding[];
  signals: ReturnType<typeof allSignals>;
}

function resultParts(report: Report): ResultParts {
  return {
    malicious: maliciousFindings(report),
    policy: policyFindings(report),
    files: report.fileFindings ?? [],
    asked: report.manifestFindings ?? [],
    signals: allSignals(report),
  };
}

type RuleTable = Map<string, { rule: SarifRule; index: number }>;

/** The rules the results use, each once, in the order results first use them. */
function rulesOf(parts: ResultParts): RuleTable {
  const rules: RuleTable = new Map();
  const add = (rule: SarifRule) => {
    if (!rules.has(rule.id)) rules.set(rule.id, { rule, index: rules.size });
  };
  for (const f of parts.malicious) add(ruleFor(f));
  for (const f of parts.policy) add(policyRule(f));
  for (const f of parts.files) add(fileFindingRule(f.kind));
  if (parts.asked.length) add(MANIFEST_PIN_RULE);
  // Signals: one rule per signal kind; a reason to wait or look (registry) or to read the new code (content).
  for (const sig of parts.signals) add(isContentSignal(sig) ? contentRule(sig.signal) : signalRule(sig.signal));
  return rules;
}

/** What every result needs: its rule's index and a location relative to the repository root. */
interface SarifContext {
  ruleIndex(id: string): number;
  /** The repository path of `file` and its location (the file alone when `line` is 0: bun.lockb has no lines). */
  at(file: string, line: number): { path: string; locations: SarifResult['locations'] };
}

function sarifContext(rules: RuleTable, uriPrefix: string | undefined): SarifContext {
  const prefix = (uriPrefix ?? '').replace(/^\/+|\/+$/g, '');
  return {
    ruleIndex: (id) => rules.get(id)!.index,
    at(file, line) {
      const path = prefix ? `${prefix}/${file}` : file;
      const uri = path.split('/').map(encodeURIComponent).join('/');
      return {
        path,
        locations: [
          { physicalLocation: { artifactLocation: { uri }, ...(line ? { region: { startLine: line } } : {}) } },
        ],
      };
    },
  };
}

function findingResult(ctx: SarifContext, f: LocatedFinding, ruleId: string, text: string): SarifResult {
  const where = ctx.at(f.lockfile, f.line);
  return {
    ruleId,
    ruleIndex: ctx.ruleIndex(ruleId),
    level: 'error',
    message: { text: plain(text, 3000) },
    locations: where.locations,
    partialFingerprints: { 'lockgateFinding/v1': fingerprint(where.path, f) },
    properties: { package: plain(f.name, 214), version: plain(f.version, 64), change: f.change, kind: f.kind },
  };
}

function maliciousResult(ctx: SarifContext, f: LocatedAdvisoryFinding): SarifResult {
  const text = sentences(
    `${versionLabel(f)} (${howItChanged(f)}, ${howItEntered(f)}) is covered by ${f.advisories.map((a) => a.id).join(', ')}`,
    f.origin?.problem,
    f.guidance.headline.replaceAll('`', ''),
    `Fix: ${f.guidance.fix.replaceAll('`', '')}`,
  );
  return findingResult(ctx, f, advisoryRuleId(f), text);
}

function policyResult(ctx: SarifContext, f: LocatedPolicyFinding): SarifResult {
  const text = sentences(
    `${versionLabel(f)} (${howItChanged(f)}, ${howItEntered(f)}) fails the lockfile policy check ${f.kind}`,
    f.guidance.headline.replaceAll('`', ''),
    `Fix: ${f.guidance.fix.replaceAll('`', '')}`,
  );
  return findingResult(ctx, f, `policy/${f.kind}`, text);
}

function fileFindingResult(ctx: SarifContext, f: FileFinding): SarifResult {
  const where = ctx.at(f.file, f.line ?? 0);
  const ruleId = `policy/${f.kind}`;
  const identity = `${where.path}\0${f.kind}\0${f.key ?? ''}\0${f.to ?? ''}`;
  return {
    ruleId,
    ruleIndex: ctx.ruleIndex(ruleId),
    level: 'error',
    message: { text: plain(sentences(f.problem, `Fix: ${FILE_FINDINGS_FIX}`), 3000) },
    locations: where.locations,
    partialFingerprints: {
      'lockgateFileFinding/v1': createHash('sha256').update(identity).digest('hex').slice(0, 32),
    },
  };
}

function manifestResult(ctx: SarifContext, f: ManifestFinding, line: string): SarifResult {
  const where = ctx.at(f.file, f.line ?? 0);
  return {
    ruleId: MANIFEST_PIN_RULE.id,
    ruleIndex: ctx.ruleIndex(MANIFEST_PIN_RULE.id),
    level: 'error',
    message: { text: plain(line, 3000) },
    locations: where.locations,
    partialFingerprints: { 'lockgateManifestFinding/v1': fingerprint(`${where.path}\0${f.field}\0${f.key}`, f) },
    properties: { package: plain(f.name, 214), version: plain(f.version, 64), field: f.field },
  };
}

function signalResult(ctx: SarifContext, sig: ResultParts['signals'][number]): SarifResult {
  const content = isContentSignal(sig);
  const ruleId = `${content ? 'content' : 'registry'}/${sig.signal}`;
  const where = ctx.at(sig.lockfile, sig.line);
  const text = content
    ? contentMessage(sig)
    : sentences(`${sig.name}@${sig.version}: ${sig.detail}`, sig.eligibleAt ? `Held until ${sig.eligibleAt}` : '');
  return {
    ruleId,
    ruleIndex: ctx.ruleIndex(ruleId),
    level: sig.level === 'fail' ? 'error' : 'warning',
    message: { text: plain(text, 2000) },
    locations: where.locations,
    partialFingerprints: { 'lockgateSignal/v1': fingerprint(`${where.path}\0${sig.signal}`, sig) },
  };
}

/**
 * The rule of one registry signal kind: a reason to wait or to look, not a
 * verdict of malware. Its help says what the signal means and what to do
 * (SIGNAL_HELP, beside the rules).
 */
function signalRule(name: string): SarifRule {
  const what = 'Registry signal';
  const known = isSignalName(name) ? SIGNAL_HELP[name] : undefined;
  const verdict =
    'A reason to wait or to look before merging, not a verdict of malware: no advisory covers the version yet.';
  const text = known ? `${known.help} ${verdict}` : `${what}: ${name}. ${verdict}`;
  return {
    id: `registry/${name}`,
    name: 'RegistrySignal',
    shortDescription: { text: known ? `${what}: ${known.title} (${name})` : `${what}: ${name}` },
    fullDescription: { text },
    help: {
      text,
      markdown: known
        ? `**${md(known.title)}** (\`${name}\`): ${md(text, 4000)}`
        : `**${what} \`${name}\`**: ${md(verdict)}`,
    },
    helpUri: 'https://github.com/lockgate/lockgate/blob/main/docs/signals.md',
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['security', 'supply-chain'], 'security-severity': '5.0' },
  };
}

function isSignalName(name: string): name is SignalName {
  return (SIGNAL_NAMES as readonly string[]).includes(name);
}

/** The rule of a policy check: what it found and how to regenerate the entry or allow the source. */
function policyRule(f: LocatedPolicyFinding): SarifRule {
  const g = f.guidance;
  const summary = `Lockfile policy: ${f.kind}`;
  const what = POLICY_TEXT[f.kind];
  return {
    id: `policy/${f.kind}`,
    name: 'LockfilePolicy',
    shortDescription: { text: summary },
    fullDescription: { text: `${what} No advisory covers what the entry installs: it is the lockfile policy.` },
    help: {
      text: [what, 'What to do:', ...g.now.map((s, i) => `${i + 1}. ${s.replaceAll('`', '')}`)]
        .map((l) => plain(l, 2000))
        .join('\n'),
      markdown: [
        `**${summary}** — ${what}`,
        '',
        '**What to do**',
        '',
        ...g.now.map((s, i) => `${i + 1}. ${mdProse(s, 1000)}`),
      ].join('\n'),
    },
    helpUri: 'https://github.com/lockgate/lockgate#what-it-protects-against',
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'supply-chain', 'lockfile-policy'],
      'security-severity': POLICY_SEVERITY[f.kind],
      precision: 'high',
      'problem.severity': 'error',
    },
  };
}

/** The rule of a malicious version a package.json asks for (a pin, alias, override or resolution). */
const MANIFEST_PIN_RULE: SarifRule = (() => {
  const what =
    'A package.json asks for an exact version (a pin, an npm: alias, an override or a resolution) that a malicious-package advisory covers: the next install after a merge fetches it, whatever the lockfile holds.';
  const fix =
    'Remove it or ask for a version no advisory covers, before merging. If it was installed anywhere already, follow the advisory: treat that machine as compromised and rotate the credentials it could read.';
  return {
    id: 'manifest/malicious-version',
    name: 'MaliciousVersionInManifest',
    shortDescription: { text: 'package.json asks for a malicious version' },
    fullDescription: { text: what },
    help: { text: `${what} ${fix}`, markdown: `**package.json asks for a malicious version** — ${what}\n\n${fix}` },
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'supply-chain', 'malware'],
      precision: 'high',
      'problem.severity': 'error',
      'security-severity': '10.0',
    },
  };
})();

/** What each policy check means, for its rule. */
/** What each policy finding about a config file or manifest means. */
const FILE_FINDING_TEXT: Record<FileFinding['kind'], string> = {
  'config-changed':
    "The change edits the package managers' config: where packages download from, how they are verified, or what code runs at install.",
  'manifest-without-lockfile':
    "A manifest's dependencies change while its lockfile does not: the next install resolves them afresh, unreviewed.",
  'lockfile-deleted':
    'A lockfile is deleted while its package.json stays: the next install resolves every dependency afresh, unreviewed.',
  'range-unsatisfied':
    'A locked version does not satisfy the range package.json asks for: the lockfile is not what the package manager would write.',
};

/** The rule of one kind of policy finding about a config file or manifest: not malware, a change to review. */
function fileFindingRule(kind: FileFinding['kind']): SarifRule {
  const what = FILE_FINDING_TEXT[kind];
  return {
    id: `policy/${kind}`,
    name: 'InstallSetupPolicy',
    shortDescription: { text: `Install setup policy: ${kind}` },
    fullDescription: { text: what },
    help: {
      text: `${what} ${FILE_FINDINGS_FIX}`,
      markdown: `**Install setup policy: ${kind}** — ${what}\n\n${FILE_FINDINGS_FIX}`,
    },
    helpUri: 'https://github.com/lockgate/lockgate#what-it-protects-against',
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'supply-chain', 'lockfile-policy'],
      'security-severity': '6.0',
      precision: 'high',
      'problem.severity': 'error',
    },
  };
}

const POLICY_TEXT: Record<PolicyKind, string> = {
  'resolved-mismatch':
    'The entry downloads another package or version than its name and version say: the package manager installs what the URL names.',
  'origin-changed':
    'A version already in the lockfile now downloads from another host or with another hash; a registry never republishes a version.',
  'unapproved-host': 'A new package downloads from a host that the policy does not allow.',
  'plain-http': 'A package downloads over plain http, which anyone on the way can alter.',
  'registry-config': 'The change edits where the package manager downloads packages from.',
  'integrity-mismatch':
    "The entry's integrity is not the one the registry publishes for that version: the package manager accepts other bytes than the registry's.",
};

/**
 * A rule id that stays the same across runs: an advisory's own id, or for an
 * entry of the repository's own list (`LIST-<file>:<line>`, whose line moves
 * when a line is added above it) the list file and the package name.
 */
function advisoryRuleId(f: LocatedAdvisoryFinding): string {
  const a = f.advisories[0]!;
  const list = /^LIST-(.*):\d+$/.exec(a.id);
  return list ? `list/${list[1]}/${f.name}` : a.id;
}

/** Stable across runs: the lockfile path, name and version (not the line, not the advisory that came first). */
function fingerprint(lockfile: string, f: { name: string; version: string }): string {
  return createHash('sha256').update(`${lockfile}\0${f.name}@${f.version}`).digest('hex').slice(0, 32);
}

/** The rule of a finding's primary advisory: what it says the code does, and what to do about it. */
function ruleFor(f: LocatedAdvisoryFinding): SarifRule {
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
    `**${mdCode(versionLabel(f), 280)}** — ${mdProse(g.headline, 500)}`,
    '',
    ...g.details.map((d) => `> **${md(d.id, 80)}** (${md(d.source, 60)}): ${md(d.text, 600)}\n`),
    '**What to do**',
    '',
    ...steps.map((s, i) => `${i + 1}. ${mdProse(s, 1000)}`),
    '',
    ...(references.length ? [`**References:** ${references.map((l) => mdLink(l.kind, l.url)).join(', ')}`] : []),
  ];
  return {
    id: advisoryRuleId(f),
    name: 'MaliciousPackageVersion',
    shortDescription: { text: plain(summary, 300) },
    fullDescription: { text: plain(details || `${summary}. ${g.headline.replaceAll('`', '')}`, 1000) },
    help: { text: helpText.map((line) => plain(line, 2000)).join('\n'), markdown: helpMarkdown.join('\n') },
    ...(a.url ? { helpUri: a.url } : {}),
    defaultConfiguration: { level: 'error' },
    properties: {
      tags: ['security', 'malware', 'supply-chain', 'external/cwe/cwe-506'],
      'security-severity': '10.0',
      precision: 'very-high',
      'problem.severity': 'error',
    },
  };
}
