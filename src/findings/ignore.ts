/**
 * Apply the config file's ignore entries to a report (pure). An entry removes
 * one advisory from the findings of a package whose version its range holds,
 * in the lockfiles and in the package.json pins (`manifestFindings`) alike;
 * a finding left with no advisory is removed. What was ignored (and, in a full
 * scan, entries that matched nothing) is written to `notes`, so an ignore is
 * never silent.
 * Validation (expiry, missing fields) is the config reader's job.
 */
import semverSatisfies from 'semver/functions/satisfies.js';
import {
  isPolicy,
  message,
  type AdvisoryFinding,
  type Finding,
  type LockfileReport,
  type Message,
  type Report,
} from '../core/report.js';
import { policyGuidance } from './guidance/policy.js';

/** One accepted finding: a package, a version range, an advisory, why, and until when. */
export interface IgnoreEntry {
  package: string;
  /** A semver range (`1.3.0`, `>=1.2.0 <1.4.0`, `*`). */
  versions: string;
  advisory: string;
  reason: string;
  /** `YYYY-MM-DD`; the entry applies through that day (UTC). */
  expires: string;
}

/**
 * An exemption from one signal: a package, a version range, the signal, why, and until when.
 * Until it expires, the signal on those versions is a note instead (a hold no longer holds);
 * after that day the config reader leaves it out and warns, so the signal applies again.
 */
export interface SignalExemption {
  package: string;
  versions: string;
  /** A registry or content signal name (`release-age`, `install-script-added`, …). */
  signal: string;
  reason: string;
  /** `YYYY-MM-DD`; the entry applies through that day (UTC). */
  expires: string;
}

/**
 * The report without the signals the exemptions cover, with a note for each, and a note for
 * each exemption that matched no signal of this run (a wrong range, or a version already
 * merged: it can go). Suggestions for versions left with no failing signal go too.
 */
export function applyExemptions(report: Report, exemptions: readonly SignalExemption[], configFile: string): Report {
  if (!exemptions.length) return report;
  const used = new Set<SignalExemption>();
  const notes: Message[] = [];
  const lockfiles = report.lockfiles.map((lockfile) => {
    const signals = lockfile.signals.filter((s) => {
      const entry = exemptions.find(
        (e) =>
          e.package === s.name &&
          e.signal === s.signal &&
          semverSatisfies(s.version, e.versions, { includePrerelease: true, loose: true }),
      );
      if (!entry) return true;
      used.add(entry);
      notes.push(
        message(
          'note',
          `Exempted ${s.name}@${s.version} in ${lockfile.path} from ${s.signal} per ${configFile} until ${entry.expires} (reason: ${entry.reason}); without the exemption it would ${s.level === 'fail' ? 'fail the check' : 'be a warning'}: ${s.detail}`,
          { file: lockfile.path, ...(s.line ? { line: s.line } : {}) },
        ),
      );
      return false;
    });
    if (signals.length === lockfile.signals.length) return lockfile;
    const failing = new Set(signals.filter((s) => s.level === 'fail').map((s) => `${s.name}@${s.version}`));
    const suggestions = lockfile.suggestions?.filter((x) => failing.has(`${x.name}@${x.version}`));
    const rest: LockfileReport = { ...lockfile, signals };
    delete rest.suggestions;
    return suggestions?.length ? { ...rest, suggestions } : rest;
  });
  // Signals are read only for the versions a change adds (diff mode): there an unused exemption is worth a word.
  for (const entry of report.mode === 'diff' && report.holds ? exemptions : []) {
    if (!used.has(entry))
      notes.push(
        message(
          'note',
          `Ignore entry for ${entry.package} ${entry.versions} (signal ${entry.signal}) in ${configFile} matched no signal of this change; remove it if it is no longer needed.`,
        ),
      );
  }
  return { ...report, lockfiles, messages: [...report.messages, ...notes] };
}

/** Does this entry cover this advisory of this finding? */
export function entryCovers(
  entry: IgnoreEntry,
  finding: Pick<Finding, 'name' | 'version'>,
  advisory: { id: string; aliases: string[] },
): boolean {
  if (entry.package !== finding.name) return false;
  if (entry.advisory !== advisory.id && !advisory.aliases.includes(entry.advisory)) return false;
  return semverSatisfies(finding.version, entry.versions, { includePrerelease: true, loose: true });
}

/** The report without the findings the entries ignore, with a note for each ignore and each unused entry. */
export function applyIgnores(report: Report, entries: readonly IgnoreEntry[], configFile: string): Report {
  if (!entries.length) return report;
  const used = new Set<IgnoreEntry>();
  const notes: Message[] = [];
  /** Is advisory (or policy check) `id` of `finding` ignored? Notes it, saying where the finding is, when it is. */
  const ignored = (
    finding: Pick<Finding, 'name' | 'version'>,
    advisory: { id: string; aliases: string[] },
    where: string,
    at?: { file: string; line?: number },
  ) => {
    const entry = entries.find((e) => entryCovers(e, finding, advisory));
    if (!entry) return false;
    used.add(entry);
    notes.push(
      message(
        'note',
        `Ignored ${advisory.id} for ${finding.name}@${finding.version} ${where} per ${configFile} (reason: ${entry.reason}; expires ${entry.expires}).`,
        at,
      ),
    );
    return true;
  };
  const lockfiles = report.lockfiles.map((lockfile) => {
    const findings: Finding[] = [];
    for (const finding of lockfile.findings) {
      const kept = keep(lockfile, finding, (advisory) => ignored(finding, advisory, `in ${lockfile.path}`));
      if (kept) findings.push(kept);
    }
    const same = findings.length === lockfile.findings.length && findings.every((f, i) => f === lockfile.findings[i]);
    return same ? lockfile : { ...lockfile, findings };
  });
  // A package.json pin, alias, override or resolution of a version an advisory covers is accepted the same way.
  const manifestFindings = (report.manifestFindings ?? []).flatMap((finding) => {
    const where = `asked for by ${finding.file} (${finding.field} "${finding.key}")`;
    const at = { file: finding.file, ...(finding.line ? { line: finding.line } : {}) };
    const advisories = finding.advisories.filter((advisory) => !ignored(finding, advisory, where, at));
    if (!advisories.length) return [];
    return [advisories.length === finding.advisories.length ? finding : { ...finding, advisories }];
  });
  // In diff mode most entries match nothing on most changes; only a full scan can call an entry unused.
  for (const entry of report.mode === 'all' ? entries : []) {
    if (!used.has(entry)) {
      notes.push(
        message(
          'note',
          `Ignore entry for ${entry.package} ${entry.versions} (${entry.advisory}) in ${configFile} matched no finding; remove it if it is no longer needed.`,
        ),
      );
    }
  }
  const rest: Report = { ...report, lockfiles, messages: [...report.messages, ...notes] };
  delete rest.manifestFindings;
  return manifestFindings.length ? { ...rest, manifestFindings } : rest;
}

/**
 * What is left of a finding once ignored advisories are gone: a policy finding
 * is ignored by naming its check (`advisory: unapproved-host`); a malicious
 * finding loses the advisories named, and when none is left but the entry also
 * fails a source check that is not ignored, it is that policy finding.
 */
function keep(
  lockfile: LockfileReport,
  finding: Finding,
  isIgnored: (advisory: { id: string; aliases: string[] }) => boolean,
): Finding | undefined {
  if (isPolicy(finding)) return isIgnored({ id: finding.kind, aliases: [] }) ? undefined : finding;
  const advisories = finding.advisories.filter((advisory) => !isIgnored(advisory));
  if (advisories.length) return advisories.length === finding.advisories.length ? finding : { ...finding, advisories };
  const origin = finding.origin;
  if (!origin || isIgnored({ id: origin.kind, aliases: [] })) return undefined;
  const located: Partial<AdvisoryFinding> = { ...finding };
  delete located.advisories;
  delete located.origin;
  const policy = policyGuidance(origin, { ...finding, lockfile: lockfile.path, format: lockfile.format });
  return {
    ...(located as Omit<AdvisoryFinding, 'advisories' | 'origin'>),
    ...origin,
    guidance: { ...policy, exposure: finding.guidance.exposure },
  };
}
