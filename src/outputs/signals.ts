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
import { md, mdCode, mdJsonSpan, mdProse, plain } from '../core/escape.js';
import { allSignals, type Report } from '../core/report.js';
import { isContentSignal } from '../core/signals.js';
import type { HoldSuggestion, HoldsContext, Signal } from '../core/signals.js';
import type { LockfileFormat } from '../core/model.js';

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
  /** The lockfile's format (for the command that rewrites it). */
  format?: LockfileFormat;
  /** How it entered, when not direct (`name@version` down to itself), and the package.json that brings it. */
  via?: string[];
  importer?: string;
  /** The newest version that passes today and the edit that installs it. */
  suggestion?: HoldSuggestion;
}

/** Registry signals per lockfile and version, failing ones first. Content signals have their own groups (content.ts). */
export function signalGroups(report: Report): SignalGroup[] {
  const lockfiles = new Map(report.lockfiles.map((l) => [l.path, l]));
  return versionSignals(report, (s) => !isContentSignal(s)).map((v) => {
    const fails = v.signals.filter((s) => s.level === 'fail');
    const lockfile = lockfiles.get(v.lockfile);
    const suggestion = lockfile?.suggestions?.find((x) => x.name === v.name && x.version === v.version);
    const first = v.signals[0]!;
    const hold = fails.find((s) => s.signal === 'release-age' && s.eligibleAt);
    const alsoFails = fails.filter((s) => s !== hold && s.signal !== 'unanswered').map((s) => s.signal);
    return {
      ...v,
      ...(hold ? { heldUntil: hold.eligibleAt! } : {}),
      ...(hold && !alsoFails.length ? { eligibleAt: hold.eligibleAt! } : {}),
      alsoFails,
      retry: fails.some((s) => s.signal === 'unanswered'),
      ...(lockfile ? { format: lockfile.format } : {}),
      ...(first.via?.length ? { via: first.via } : {}),
      ...(first.importer !== undefined ? { importer: first.importer } : {}),
      ...(suggestion ? { suggestion } : {}),
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

/** "can merge from …" ("can install from …" outside a pull request), or, when more than the hold fails, what else needs a look. */
function mergeWhen(g: SignalGroup, verb: HoldsContext['verb']): string {
  if (g.retry) return 'held until the registry answers for it: run the check again later';
  return g.eligibleAt
    ? `can ${verb} from ${stampOf(g.eligibleAt)}`
    : `held until ${stampOf(g.heldUntil!)}, and ${g.alsoFails.join(', ')} need${g.alsoFails.length === 1 ? 's' : ''} a review`;
}

/** The verb of "can merge from": `merge` on a pull request, `install` elsewhere. */
function verbOf(report: Report): HoldsContext['verb'] {
  return report.holds?.verb ?? 'merge';
}

/** How the version entered, as one clause (empty for a direct dependency of the root package.json). */
function whereFrom(g: SignalGroup): string {
  const chain = g.via?.length ? `via ${g.via.join(' → ')}` : '';
  const importer =
    g.importer !== undefined && (chain || g.importer !== 'package.json') ? `brought in by ${g.importer}` : '';
  return [chain, importer].filter(Boolean).join(', ');
}

/**
 * The way out of one failing version, as plain text: the version to use instead and the exact
 * edit, or undefined when no version of its range passes today.
 */
export function wayOutText(g: SignalGroup): string | undefined {
  const s = g.suggestion;
  if (!s) return undefined;
  const direct = !isOverrideField(s.field);
  const command = g.format ? INSTALL_COMMAND[g.format] : "the package manager's install";
  return `use ${s.suggested} instead, the newest of ${s.range} (${direct ? `in ${s.rangeFrom}` : `asked by ${s.rangeFrom}`}) that passes today: in ${s.file} ${direct ? `"${s.field}", change it to` : `add to "${s.field}"`} ${s.edit}${othersClause(g, s, (x) => x)}, then run ${command}`;
}

/**
 * What an override does to the other packages that depend on the same one: a scoped override
 * leaves them alone; Bun's plain-name override (it reads no other kind) changes theirs too.
 */
function othersClause(g: SignalGroup, s: HoldSuggestion, name: (text: string) => string): string {
  if (!s.others?.length) return '';
  const who = s.others.map(name).join(', ');
  if (s.scope !== undefined)
    return ` (only under ${name(s.scope)}: the ${name(s.name)} that ${who} depend${s.others.length === 1 ? 's' : ''} on is not overridden)`;
  const why = g.format === 'bun' ? 'Bun reads plain-name overrides only, so ' : '';
  return ` (${why}this changes the ${name(s.name)} that ${who} depend${s.others.length === 1 ? 's' : ''} on too)`;
}

/** What rewrites a lockfile of each format after the edit (as signals/suggest.ts, which outputs/ may not import). */
const INSTALL_COMMAND: Record<LockfileFormat, string> = {
  npm: 'npm install',
  bun: 'bun install',
  'yarn-classic': 'yarn install',
  'yarn-berry': 'yarn install',
  pnpm: 'pnpm install',
};

/** `2025-09-11T13:16:00Z` → `2025-09-11 13:16 UTC`. */
function stampOf(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

const LEVEL_MARK = { fail: '✖', warn: '⚠' } as const;

/**
 * How a held version gets unblocked before its time, said once under the held list: the
 * override label by name on a pull request (or how to configure one), and the config's
 * exemptions everywhere.
 */
export function unblockText(report: Report): string {
  const holds = report.holds;
  const exempt =
    'add an ignore entry to `.github/lockgate.yml` with package, versions, `signal: release-age`, reason and expires';
  if (holds?.verb === 'install') return `To install sooner, use a suggested version, or ${exempt}.`;
  const label = holds?.overrideLabel;
  if (label === undefined)
    return `To merge sooner, someone who has reviewed the version either adds the pull request label named by the action's \`override-label\` input (it lifts age holds only) or ${exempt}.`;
  if (label === '')
    return `To merge sooner, use a suggested version; or configure an override label (the action input \`override-label\`, for example \`lockgate-override\`) that someone who has reviewed the version adds (it lifts age holds only); or ${exempt}.`;
  return `To merge sooner, use a suggested version; or someone who has reviewed the version adds the label \`${plain(label, 100).replaceAll('`', "'")}\` to the pull request after its latest push (it lifts age holds only); or ${exempt}.`;
}

/** What happens when the hold's time is reached: a re-run only when one is configured. */
export function whenTimeComes(report: Report): string {
  if (report.holds?.verb === 'install') return 'run the check again then';
  if (report.holds?.rerun) return 'the scheduled lockgate run re-runs the check then';
  const unread = report.holds?.rerunUnread;
  if (unread?.length)
    return `re-run this check then (a scheduled workflow calls ${unread.map((u) => `\`${plain(u, 120).replaceAll('`', "'")}\``).join(', ')}, a reusable workflow of another repository that lockgate cannot read, so no automatic re-run is promised; see docs/signals.md)`;
  return 're-run this check then (a scheduled lockgate run with `rerun-held: true` would do it by itself; see docs/signals.md)';
}

/** Text lines: the held versions, the evidence, then what was not checked. Empty when there is nothing. */
export function textSignals(report: Report): string[] {
  const groups = signalGroups(report);
  const out: string[] = [];
  const held = groups.filter((g) => g.heldUntil || g.retry);
  if (held.length) {
    out.push('Held (new on the registry: a reason to wait, not a verdict of malware):');
    const verb = verbOf(report);
    const parts = byWorkspace(held.slice(0, MAX_LISTED));
    for (const part of parts) {
      // In a monorepo the held versions are listed under the package.json that brings each in.
      const indent = parts.length > 1 ? '    ' : '  ';
      if (parts.length > 1) out.push(`  ${textWorkspace(part.workspace)}:`);
      for (const g of part.groups) {
        const where = whereFrom(g);
        out.push(
          `${indent}⏸ ${plain(g.name)}@${plain(g.version, 64)} — ${plain(g.lockfile)}${g.line ? `:${g.line}` : ''}, ${mergeWhen(g, verb)}${where ? ` (${plain(where, 600)})` : ''}`,
        );
        const way = wayOutText(g);
        if (way) out.push(`${indent}  → ${plain(way, 600)}`);
      }
    }
    if (held.length > MAX_LISTED) out.push(`  … ${held.length - MAX_LISTED} more (see --format json)`);
    out.push(`  ${unblockText(report)}`, '');
  }
  if (groups.length) {
    out.push('Registry signals (reasons to wait or look; the registry metadata, not an advisory):');
    const parts = byWorkspace(groups.slice(0, MAX_LISTED));
    for (const part of parts) {
      // In a monorepo, as the held list: under the package.json that brings each version in.
      const indent = parts.length > 1 ? '    ' : '  ';
      if (parts.length > 1) out.push(`  ${textWorkspace(part.workspace)}:`);
      for (const g of part.groups) {
        out.push(
          `${indent}${plain(g.name)}@${plain(g.version, 64)} (${plain(g.lockfile)}${g.line ? `:${g.line}` : ''})`,
        );
        for (const s of g.signals) out.push(`${indent}  ${LEVEL_MARK[s.level]} ${s.signal}: ${plain(s.detail, 500)}`);
        // A held version's way out is under the held list already.
        const way = g.fails && !(g.heldUntil || g.retry) ? wayOutText(g) : undefined;
        if (way) out.push(`${indent}  → ${plain(way, 600)}`);
      }
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

/** " (via `a@1` → `b@2`, brought in by `packages/web/package.json`)", or nothing for a direct dependency of the root. */
function markdownWhere(g: SignalGroup): string {
  const chain = g.via?.length
    ? `via ${g.via
        .slice(0, 20)
        .map((v) => mdCode(v, 280))
        .join(' → ')}`
    : '';
  const importer =
    g.importer !== undefined && (chain || g.importer !== 'package.json')
      ? `brought in by ${mdCode(g.importer, 300)}`
      : '';
  const both = [chain, importer].filter(Boolean).join(', ');
  return both ? ` (${both})` : '';
}

/** The repository path of the package.json that brings a version in ('' when not known). */
function workspaceOf(g: SignalGroup): string {
  if (g.importer === undefined) return '';
  const slash = g.lockfile.lastIndexOf('/');
  return slash < 0 ? g.importer : `${g.lockfile.slice(0, slash)}/${g.importer}`;
}

/** A workspace's heading line in text (without the colon). */
function textWorkspace(workspace: string): string {
  return workspace ? plain(workspace, 300) : 'brought in by no known package.json';
}

/** A workspace's heading line in Markdown (a paragraph in bold). */
function markdownWorkspace(workspace: string): string {
  return `**${workspace ? mdCode(workspace, 300) : 'brought in by no known package.json'}**`;
}

/** Groups gathered per workspace (in the order each first appears) when there are two or more; else one list. */
export function byWorkspace(groups: readonly SignalGroup[]): { workspace: string; groups: SignalGroup[] }[] {
  const parts = new Map<string, SignalGroup[]>();
  for (const g of groups) {
    const key = workspaceOf(g);
    const list = parts.get(key);
    if (list) list.push(g);
    else parts.set(key, [g]);
  }
  // One package.json (and versions whose is not known) is no monorepo: one list, as it came.
  if ([...parts.keys()].filter(Boolean).length < 2) return [{ workspace: '', groups: [...groups] }];
  return [...parts].map(([workspace, list]) => ({ workspace, groups: list }));
}

/** The way out in Markdown: the version in bold, the file, field and member as code spans. */
function markdownWayOut(g: SignalGroup, s: HoldSuggestion): string {
  const direct = !isOverrideField(s.field);
  const command = g.format ? INSTALL_COMMAND[g.format] : 'install';
  return `use **${md(s.suggested, 64)}**, the newest of ${mdJsonSpan(s.range, 100)} (${direct ? `in ${mdCode(s.rangeFrom, 200)}` : `asked by ${mdCode(s.rangeFrom, 200)}`}) that passes today: in ${mdCode(s.file, 200)} ${direct ? `${mdCode(s.field)}, change it to` : `add to ${mdCode(s.field)}`} ${mdJsonSpan(s.edit, 300)}${othersClause(g, s, (x) => mdCode(x, 300))}, then run \`${command}\`.`;
}

function isOverrideField(field: string): boolean {
  return field === 'overrides' || field === 'resolutions' || field === 'pnpm.overrides';
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
      `These versions are new on the registry. Nothing says they are malicious: compromised releases are usually found and removed within hours to days, so this check waits. A version whose only reason is its age passes once the time shown is reached (${mdProse(whenTimeComes(report), 400)}); one with other reasons needs a review of the signals below. ${mdProse(unblockText(report), 1000)}`,
      '',
    );
    const parts = byWorkspace(held.slice(0, MAX_LISTED));
    for (const [i, part] of parts.entries()) {
      // In a monorepo one table per package.json that brings the held versions in.
      if (parts.length > 1) out.push(...(i ? [''] : []), markdownWorkspace(part.workspace), '');
      out.push(
        `| package | where | can ${verbOf(report)} from | why |`,
        '|---|---|---|---|',
        ...part.groups.map(
          (g) =>
            `| ${mdCode(`${g.name}@${g.version}`, 280)} | ${md(g.lockfile)}${g.line ? ` line ${g.line}` : ''} | ${g.retry ? 'after a run the registry answers' : g.eligibleAt ? stampOf(g.eligibleAt) : 'after review'} | ${[...(g.retry ? ['unanswered'] : []), ...(g.heldUntil ? ['release-age'] : []), ...g.alsoFails].join(', ')} |`,
        ),
      );
    }
    if (held.length > MAX_LISTED) out.push(`| … ${held.length - MAX_LISTED} more in the report file | | | |`);
    out.push('');
  }
  const ways = groups.filter((g) => g.fails && (g.suggestion || g.via?.length)).slice(0, MAX_LISTED);
  if (ways.length) {
    out.push('#### Way out', '');
    // In a monorepo, as the held tables: a list per package.json that brings the versions in.
    const parts = byWorkspace(ways);
    for (const part of parts) {
      if (parts.length > 1) out.push(markdownWorkspace(part.workspace), '');
      for (const g of part.groups) {
        const s = g.suggestion;
        out.push(
          `- ${mdCode(`${g.name}@${g.version}`, 280)}${markdownWhere(g)}: ${s ? markdownWayOut(g, s) : 'no version of its range passes today: wait, or see above.'}`,
        );
      }
      out.push('');
    }
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
