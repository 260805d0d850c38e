/**
 * One plan for a report, however many findings it has: what was taken first
 * (from what the advisories say the code did), then "do not merge", each
 * finding's own fix, one clean-up, one rotation list (the machines' credentials
 * once, the union of the workflows' CI secrets) and one search for the
 * indicators. Thirty findings get one plan, not thirty copies of it.
 *
 * Pure: it reads the findings' guidance and writes plain text (no Markdown;
 * commands and names are in backticks, which the Markdown renderer keeps as
 * code spans when their content is plain).
 */
import type { AdvisoryFinding, Finding } from '../../core/report.js';
import { policyContext } from './policy.js';
import type {
  CiExposure,
  ExposureTime,
  Guidance,
  Indicators,
  PolicyGuidance,
  TakenKind,
} from '../../core/guidance-types.js';
import { CI_CACHE_STEP, NODE_MODULES_STEP, ROTATE_STEP, indicatorStep, purgeStep } from './guidance.js';
import type { LockfileFormat } from '../../core/model.js';
import { clean, codeName } from './records.js';

/** A finding with the lockfile it is in, as the plan reads it. */
export type PlannedFinding = Pick<AdvisoryFinding, 'name' | 'version' | 'change'> & {
  lockfile: string;
  format: LockfileFormat;
  guidance: Guidance;
};

/** What the advisories say was taken, and by which versions. */
export interface TakenItem {
  kind: TakenKind;
  /** "Emails", "Environment variables", … */
  label: string;
  /** `name@version` of the findings whose advisories say so. */
  by: string[];
  /** The first advisory's own words. */
  evidence: string;
  /** The step that deals with the loss, first in the plan. */
  step: string;
}

export interface IncidentPlan {
  taken: TakenItem[];
  /** Every step in order: the losses, do not merge, the fixes, clean-up, rotation, indicators. */
  steps: string[];
  rotate: { machines: string[]; ci: CiExposure[]; ciNote: string };
  indicators: Indicators;
  /** The earliest time any finding's code could have run. */
  exposure: ExposureTime;
}

const MAX_INDICATORS = 100;

/** The one plan for these findings (empty steps when there are none). */
export function incidentPlan(findings: readonly PlannedFinding[]): IncidentPlan {
  const empty: IncidentPlan = {
    taken: [],
    steps: [],
    rotate: { machines: [], ci: [], ciNote: '' },
    indicators: { domains: [], ips: [], urls: [] },
    exposure: 'runtime',
  };
  const first = findings[0];
  if (!first) return empty;

  const taken = takenItems(findings);
  const steps = taken.map((t) => t.step);
  steps.push(contextStep(findings));
  steps.push(
    findings.length === 1
      ? first.guidance.fix
      : `Fix each flagged version as its own section below says (pin it to a clean release, or remove it and what pulls it in), then regenerate each lockfile without running install scripts.`,
  );
  const formats = [...new Set(findings.map((f) => f.format))];
  steps.push(NODE_MODULES_STEP, purgeStep(formats), CI_CACHE_STEP, ROTATE_STEP);
  const indicators = unionIndicators(findings.map((f) => f.guidance.indicators));
  const count = indicators.domains.length + indicators.ips.length + indicators.urls.length;
  if (count > 0) steps.push(indicatorStep(count));

  return {
    taken,
    steps,
    rotate: { machines: first.guidance.rotate.machines, ci: unionCi(findings), ciNote: first.guidance.rotate.ciNote },
    indicators,
    exposure: earliestExposure(findings.map((f) => f.guidance.exposure.when)),
  };
}

/** The first step: do not merge (or: it is already here), once for every finding. */
function contextStep(findings: readonly PlannedFinding[]): string {
  const lockfiles = [...new Set(findings.map((f) => clean(f.lockfile, 200)))];
  const where = lockfiles.length <= 5 ? lockfiles.join(', ') : `${lockfiles.length} lockfiles`;
  const present = findings.filter((f) => f.change === 'present').length;
  if (present === findings.length) {
    return `The flagged version${findings.length === 1 ? ' is' : 's are'} already on this branch (${where}): every machine and CI job that installed this branch has ${findings.length === 1 ? 'it' : 'them'}.`;
  }
  const what =
    findings.length === 1
      ? `${codeName(versionOf(findings[0]!))} into ${where}`
      : `${findings.length} flagged versions into ${where}`;
  return `Do not merge this change and do not install this branch: it brings ${what}.`;
}

/** The losses the advisories name, with a step each, in the order TAKEN lists them. */
function takenItems(findings: readonly PlannedFinding[]): TakenItem[] {
  const byKind = new Map<TakenKind, { by: string[]; evidence: string }>();
  for (const f of findings) {
    for (const t of f.guidance.taken) {
      const item = byKind.get(t.kind) ?? { by: [], evidence: t.evidence };
      const label = versionOf(f);
      if (!item.by.includes(label)) item.by.push(label);
      byKind.set(t.kind, item);
    }
  }
  const items: TakenItem[] = [];
  for (const [kind, words] of TAKEN) {
    const item = byKind.get(kind);
    if (!item) continue;
    const names = listNames(item.by);
    items.push({ kind, label: words.label, by: item.by, evidence: item.evidence, step: words.step(names) });
  }
  return items;
}

/** Per kind of loss: its label and the step that answers it. */
const TAKEN: readonly [TakenKind, { label: string; step: (names: string) => string }][] = [
  [
    'emails',
    {
      label: 'Emails',
      step: (n) =>
        `Emails were taken: treat every email sent through ${n} while it was installed as read by the attacker. Tell the people whose mail it carried, and invalidate what those emails held (password-reset links, one-time codes, invoices, tokens).`,
    },
  ],
  [
    'environment',
    {
      label: 'Environment variables',
      step: (n) =>
        `Environment variables were taken: every variable in the environment of a process that loaded ${n} (CI secrets, .env values, cloud keys, tokens) is in the attacker's hands. Rotate all of them, starting with the CI secrets listed below.`,
    },
  ],
  [
    'credentials',
    {
      label: 'Tokens and credentials',
      step: (n) =>
        `Tokens and credentials were taken by ${n}: revoke and rotate every credential listed below before any other clean-up, and review what they were used for since.`,
    },
  ],
  [
    'wallets',
    {
      label: 'Cryptocurrency wallets',
      step: (n) =>
        `Cryptocurrency wallets were targeted by ${n}: move funds out of every wallet on machines that ran it, into a wallet created on a clean machine; treat their seed phrases and private keys as stolen.`,
    },
  ],
  [
    'ssh-keys',
    {
      label: 'SSH keys',
      step: (n) =>
        `SSH keys were taken by ${n}: replace the keys of every machine that ran it and remove the old public keys from GitHub and servers.`,
    },
  ],
  [
    'source-code',
    {
      label: 'Source code',
      step: (n) =>
        `Source code was taken by ${n}: treat the repositories on machines that ran it as disclosed, and look through them for secrets committed in the code.`,
    },
  ],
  [
    'browser-data',
    {
      label: 'Browser data',
      step: (n) =>
        `Browser data was taken by ${n}: end every signed-in session in the browsers of machines that ran it and change the passwords saved there.`,
    },
  ],
  [
    'system-info',
    {
      label: 'System information',
      step: (n) =>
        `System information was taken by ${n}: the attacker knows the host names, users and network of machines that ran it; expect targeted follow-up.`,
    },
  ],
];

/** "Emails", "Environment variables", … for a kind of loss. */
export function takenLabel(kind: TakenKind): string {
  return TAKEN.find(([k]) => k === kind)?.[1].label ?? kind;
}

/** `a@1`, `a@1 and b@2`, `a@1, b@2 and 3 more`, each in backticks. */
function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((n) => codeName(n));
  if (names.length > 3) return `${shown.join(', ')} and ${names.length - 3} more`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function versionOf(f: Pick<PlannedFinding, 'name' | 'version'>): string {
  return `${clean(f.name, 214)}@${clean(f.version, 64)}`;
}

/** The workflows of every finding, once each, with the union of their secrets. */
function unionCi(findings: readonly PlannedFinding[]): CiExposure[] {
  const byWorkflow = new Map<string, CiExposure>();
  for (const f of findings) {
    for (const ci of f.guidance.rotate.ci) {
      const known = byWorkflow.get(ci.workflow);
      if (!known) byWorkflow.set(ci.workflow, { ...ci, secrets: [...ci.secrets] });
      else for (const s of ci.secrets) if (!known.secrets.includes(s)) known.secrets.push(s);
    }
  }
  return [...byWorkflow.values()];
}

function unionIndicators(all: readonly Indicators[]): Indicators {
  const pick = (key: keyof Indicators) => [...new Set(all.flatMap((i) => i[key]))].slice(0, MAX_INDICATORS);
  return { domains: pick('domains'), ips: pick('ips'), urls: pick('urls') };
}

function earliestExposure(times: readonly ExposureTime[]): ExposureTime {
  if (times.includes('install')) return 'install';
  if (times.includes('unknown')) return 'unknown';
  return 'runtime';
}

/** A policy finding with the lockfile it is in, as the policy plan reads it. */
export type PlannedPolicyFinding = Pick<Finding, 'name' | 'version'> & {
  lockfile: string;
  guidance: Pick<PolicyGuidance, 'fix'>;
};

/**
 * The one plan for the policy findings: do not merge until the entries are
 * regenerated or their sources allowed, then each entry's fix. Nothing to
 * rotate: no advisory covers what they install. Empty when there are none.
 */
export function policyPlan(findings: readonly PlannedPolicyFinding[]): string[] {
  const first = findings[0];
  if (!first) return [];
  const lockfiles = [...new Set(findings.map((f) => clean(f.lockfile, 200)))];
  return [
    policyContext(findings.length, lockfiles),
    findings.length === 1
      ? first.guidance.fix
      : 'Fix each entry as its own section below says: regenerate it with the package manager, or allow its source in the config when the team trusts it.',
  ];
}
