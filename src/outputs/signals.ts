/**
 * Registry signals in the text and Markdown reports. Worded as what they are:
 * a reason to wait (a hold, with the time it ends) or to look (evidence), never
 * a verdict of malware, and kept apart from advisory findings.
 *
 * A version is *held* when it is younger than `min-release-age` (a
 * `release-age` signal at level fail). When that is its only fail-level signal
 * it can merge, without anyone doing anything, from the hold's `eligibleAt`;
 * other fail-level signals (an added install script, a trust downgrade, a new
 * package, an unpublished version) need someone to look.
 */
import { md, mdCode, plain } from '../core/escape.js';
import { allSignals, type Report } from '../core/report.js';
import { isContentSignal } from '../core/signals.js';
import type { Signal } from '../core/signals.js';

/** Most versions listed per section (the JSON report has every signal). */
const MAX_LISTED = 50;

/** One version of one lockfile with its signals of one kind (registry or content). */
export interface VersionSignals {
  lockfile: string;
  name: string;
  version: string;
  line: number;
  signals: Signal[];
  /** Fails the check. */
  fails: boolean;
}

/** Signals that `keep` selects, grouped per lockfile and version, failing versions first, in report order otherwise. */
export function versionSignals(report: Report, keep: (s: Signal) => boolean): VersionSignals[] {
  const groups = new Map<string, VersionSignals>();
  for (const s of allSignals(report)) {
    if (!keep(s)) continue;
    const key = `${s.lockfile}\n${s.name}@${s.version}`;
    let g = groups.get(key);
    if (!g) {
      g = { lockfile: s.lockfile, name: s.name, version: s.version, line: s.line, signals: [], fails: false };
      groups.set(key, g);
    }
    g.signals.push(s);
    g.fails ||= s.level === 'fail';
  }
  return [...groups.values()].sort((a, b) => Number(b.fails) - Number(a.fails));
}

/** A version with its registry signals, and what they come to. */
export interface SignalGroup extends VersionSignals {
  /** The release-age hold's end, when the version is held. */
  heldUntil?: string;
  /** When it can merge with no one acting: the hold's end, if the hold is its only fail-level signal. */
  eligibleAt?: string;
  /** Fail-level signals other than the hold. */
  alsoFails: Signal['signal'][];
  /** The registry did not answer for it: held until a later run gets an answer. */
  retry: boolean;
}

/** Registry signals per lockfile and version, failing ones first. Content signals have their own groups (content.ts). */
export function signalGroups(report: Report): SignalGroup[] {
  return versionSignals(report, (s) => !isContentSignal(s)).map((v) => {
    const fails = v.signals.filter((s) => s.level === 'fail');
    const hold = fails.find((s) => s.signal === 'release-age' && s.eligibleAt);
    const alsoFails = fails.filter((s) => s !== hold && s.signal !== 'unanswered').map((s) => s.signal);
    return {
      ...v,
      ...(hold ? { heldUntil: hold.eligibleAt! } : {}),
      ...(hold && !alsoFails.length ? { eligibleAt: hold.eligibleAt! } : {}),
      alsoFails,
      retry: fails.some((s) => s.signal === 'unanswered'),
    };
  });
}

/** "2 new versions held until …, 1 version to review", or undefined when nothing fails. */
export function signalsHeadline(report: Report): string | undefined {
  // Content signals make a version suspicious, a verdict of its own (words.ts); holds are the registry's.
  const groups = signalGroups(report).filter((g) => g.fails);
  if (!groups.length) return undefined;
  const held = groups.filter((g) => g.eligibleAt && !g.retry).length;
  const retry = groups.filter((g) => g.retry).length;
  const review = groups.length - held - retry;
  const parts = [
    held ? `${held} new version${held === 1 ? '' : 's'} held until ${latest(groups)}` : '',
    retry ? `${retry} version${retry === 1 ? '' : 's'} held until the registry answers` : '',
    review ? `${review} version${review === 1 ? '' : 's'} to review` : '',
  ].filter(Boolean);
  return `${parts.join(', ')} by registry signals (no advisory covers ${groups.length === 1 ? 'it' : 'them'} yet)`;
}

function latest(groups: readonly SignalGroup[]): string {
  const times = groups.flatMap((g) => (g.eligibleAt ? [g.eligibleAt] : [])).sort();
  return stampOf(times[times.length - 1]!);
}

/** "can merge from …", or, when more than the hold fails, what else needs a look. */
function mergeWhen(g: SignalGroup): string {
  if (g.retry) return 'held until the registry answers for it: run the check again later';
  return g.eligibleAt
    ? `can merge from ${stampOf(g.eligibleAt)}`
    : `held until ${stampOf(g.heldUntil!)}, and ${g.alsoFails.join(', ')} need${g.alsoFails.length === 1 ? 's' : ''} a review`;
}

/** `2025-09-11T13:16:00Z` → `2025-09-11 13:16 UTC`. */
function stampOf(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

const LEVEL_MARK = { fail: '✖', warn: '⚠' } as const;

/** How a held version gets unblocked before its time, said once under the held list. */
export const UNBLOCK =
  "To merge sooner, someone who has reviewed the version either adds the pull request label named by the action's override-label input (it lifts age holds only) or lists the package under signals.allow in .github/lockgate.yml, with the reason.";

/** Text lines: the held versions, the evidence, then what was not checked. Empty when there is nothing. */
export function textSignals(report: Report): string[] {
  const groups = signalGroups(report);
  const out: string[] = [];
  const held = groups.filter((g) => g.heldUntil || g.retry);
  if (held.length) {
    out.push('Held (new on the registry: a reason to wait, not a verdict of malware):');
    for (const g of held.slice(0, MAX_LISTED)) {
      out.push(
        `  ⏸ ${plain(g.name)}@${plain(g.version, 64)} — ${plain(g.lockfile)}${g.line ? `:${g.line}` : ''}, ${mergeWhen(g)}`,
      );
    }
    if (held.length > MAX_LISTED) out.push(`  … ${held.length - MAX_LISTED} more (see --format json)`);
    out.push(`  ${UNBLOCK}`, '');
  }
  if (groups.length) {
    out.push('Registry signals (reasons to wait or look; the registry metadata, not an advisory):');
    for (const g of groups.slice(0, MAX_LISTED)) {
      out.push(`  ${plain(g.name)}@${plain(g.version, 64)} (${plain(g.lockfile)}${g.line ? `:${g.line}` : ''})`);
      for (const s of g.signals) out.push(`    ${LEVEL_MARK[s.level]} ${s.signal}: ${plain(s.detail, 500)}`);
    }
    if (groups.length > MAX_LISTED) out.push(`  … ${groups.length - MAX_LISTED} more versions (see --format json)`);
    out.push('');
  }
  const notChecked = notCheckedOf(report);
  if (notChecked.length) {
    out.push('Not checked by registry signals:');
    for (const n of notChecked.slice(0, MAX_LISTED))
      out.push(`  ${plain(n.name)}@${plain(n.version, 64)} (${plain(n.lockfile)}): ${plain(n.reason, 200)}`);
    if (notChecked.length > MAX_LISTED) out.push(`  … ${notChecked.length - MAX_LISTED} more (see --format json)`);
    out.push('');
  }
  return out;
}

function notCheckedOf(report: Report) {
  return report.lockfiles.flatMap((l) => (l.notChecked ?? []).map((n) => ({ ...n, lockfile: l.path })));
}

/** The Markdown sections: "Held" with eligible times, then the signals as evidence. Empty when there is none. */
export function markdownSignals(report: Report): string {
  const groups = signalGroups(report);
  const notChecked = notCheckedOf(report);
  if (!groups.length && !notChecked.length) return '';
  const out: string[] = [];
  const held = groups.filter((g) => g.heldUntil || g.retry);
  if (held.length) {
    out.push(
      '### ⏸ Held',
      '',
      'These versions are new on the registry. Nothing says they are malicious: compromised releases are usually found and removed within hours to days, so this check waits. A version whose only reason is its age passes once the time shown is reached (the scheduled lockgate run re-runs the check then); one with other reasons needs a review of the signals below. ' +
        UNBLOCK,
      '',
      '| package | where | can merge from | why |',
      '|---|---|---|---|',
      ...held
        .slice(0, MAX_LISTED)
        .map(
          (g) =>
            `| ${mdCode(`${g.name}@${g.version}`, 280)} | ${md(g.lockfile)}${g.line ? ` line ${g.line}` : ''} | ${g.retry ? 'after a run the registry answers' : g.eligibleAt ? stampOf(g.eligibleAt) : 'after review'} | ${[...(g.retry ? ['unanswered'] : []), ...(g.heldUntil ? ['release-age'] : []), ...g.alsoFails].join(', ')} |`,
        ),
    );
    if (held.length > MAX_LISTED) out.push(`| … ${held.length - MAX_LISTED} more in the report file | | | |`);
    out.push('');
  }
  if (groups.length) {
    out.push(
      '### Registry signals',
      '',
      'What the registry says about the versions this change adds: reasons to wait or to look, not a verdict of malware.',
      '',
    );
  }
  for (const g of groups.slice(0, MAX_LISTED)) {
    out.push(`- **${mdCode(`${g.name}@${g.version}`, 280)}** (${md(g.lockfile)}${g.line ? ` line ${g.line}` : ''})`);
    for (const s of g.signals) out.push(`  - ${LEVEL_MARK[s.level]} \`${s.signal}\` ${md(s.detail, 500)}`);
  }
  if (groups.length > MAX_LISTED) out.push(`- … ${groups.length - MAX_LISTED} more versions in the report file`);
  if (notChecked.length) {
    out.push(
      '',
      `<details><summary>${notChecked.length} version${notChecked.length === 1 ? '' : 's'} not checked by registry signals</summary>`,
      '',
      ...notChecked
        .slice(0, MAX_LISTED)
        .map((n) => `- ${mdCode(`${n.name}@${n.version}`, 280)} (${md(n.lockfile)}): ${md(n.reason, 200)}`),
      '',
      '</details>',
    );
  }
  return out.join('\n');
}
