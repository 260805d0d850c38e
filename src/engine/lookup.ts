import { entryLabel } from '../core/model.js';
import type { SignalLevelSetting } from '../core/signals.js';
import { recordedInstallScripts } from '../signals/lockfile-scripts.js';
import { distinctQueries, type OsvRecord, type SourceStatus } from '../core/osv.js';
import type { AdvisorySource } from '../advisories/types.js';
import type { RegistryStatus } from '../signals/registry.js';
import type { ContentFetchStatus } from '../content/fetch.js';
import { findingsFor, versionsToCheck, type CheckedLockfile } from '../findings/findings.js';
import { plain } from '../core/escape.js';
import { matchPackages } from '../match/match.js';
import {
  message,
  type AdvisorySourceStatus,
  type ContentSourceStatus,
  type LockfileReport,
  type NotChecked,
  type Message,
  type RegistrySourceStatus,
  type Report,
  type ReportSource,
  type SourceState,
} from '../core/report.js';
import { type ComparedLockfile, type Comparison } from './compare.js';
import { errorSentence } from '../core/errors.js';
import { registrySignals, type SignalsOutcome, type SignalsRequest } from './signals.js';
import { screenSuggestions } from './suggestions.js';
import { contentMessages, packageContent, type ContentOutcome, type ContentRequest } from './content.js';
import type { WorkflowSecrets } from '../core/guidance-types.js';
import { daysOld, thousands } from '../core/numbers.js';
import { DEFAULT_ALLOWED_HOSTS, sourceNotes } from '../match/origin-checks.js';
import { hostsPolicy, type SourcePolicy } from '../match/source-policy.js';

const DEFAULT_SOURCE_POLICY = hostsPolicy(DEFAULT_ALLOWED_HOSTS);

export interface CheckOptions {
  /** Check every version in head, not only new ones. */
  all: boolean;
  /** A live source that does not answer is an error (exit 2) rather than a warning. */
  requireLive: boolean;
  /** Sources whose failure is survivable (the live APIs); any other failing source is an error. */
  liveSources: ReadonlySet<string>;
  /** This repository's workflows and the secrets they reference, for rotation guidance; read only when there is a finding. */
  workflows: () => Promise<readonly WorkflowSecrets[]>;
  /** No network source was asked (--offline): the report says so. */
  offline?: boolean;
  /** Registry signals on the versions the change adds (diff mode only); absent = off (offline). */
  signals?: SignalsRequest;
  /** Package content of the versions the change adds (diff mode only); absent = off (offline, --no-content). */
  content?: ContentRequest;
  /** Told one line ("asking OSV and GitHub about 4,405 versions…") when the live sources take longer than `progressAfterMs`. */
  progress?: (line: string) => void;
  /** Default 2,000 ms. */
  progressAfterMs?: number;
  /** The clock, for the age of the snapshot (ms since the epoch; default now). */
  now?: number;
  /** Where packages may come from (allowed-hosts, registry-url, the base commit's registry config). */
  sourcePolicy?: SourcePolicy;
  /** The configured level of `install-script-added`, for the install scripts the lockfiles record (default fail). */
  installScriptLevel?: SignalLevelSetting;
}

/** A snapshot older than this, used because a live source did not answer, makes the warning say so. */
const STALE_SNAPSHOT_DAYS = 7;
const LIVE_LABELS: Record<string, string> = { osv: 'OSV', github: 'GitHub' };

/**
 * Look up the versions a comparison adds (or every version, with `all`) in every
 * advisory source, match, and assemble the report. A failing live source
 * degrades to the others with a note, unless `requireLive`.
 */
export async function checkComparison(
  comparison: Comparison,
  sources: readonly AdvisorySource[],
  options: CheckOptions,
): Promise<Report> {
  const messages: Message[] = [...comparison.messages];
  const checked = comparison.lockfiles.filter((l): l is CheckedLockfile & typeof l => l.head !== undefined);
  const policy = options.sourcePolicy ? { policy: options.sourcePolicy } : {};
  const queries = distinctQueries(checked.flatMap((l) => versionsToCheck({ ...l, ...policy }, options.all)));
  for (const lockfile of checked) messages.push(...sourceMessages(lockfile, options));

  const sourceOf = new Map<OsvRecord, string>();
  const statuses: ReportSource[] = [];
  // Registry signals run beside the advisory lookups.
  const signalsPending: Promise<SignalsOutcome | undefined> =
    options.signals && !options.all
      ? registrySignals(comparison.lockfiles, options.signals)
      : Promise.resolve(undefined);
  // And package content, beside both.
  const contentPending: Promise<ContentOutcome | undefined> =
    options.content && !options.all
      ? packageContent(comparison.lockfiles, {
          ...options.content,
          sourcePolicy: options.sourcePolicy ?? DEFAULT_SOURCE_POLICY,
        })
      : Promise.resolve(undefined);
  const live = sources.filter((source) => options.liveSources.has(source.name));
  const progress =
    options.progress && queries.length && live.length
      ? setTimeout(() => {
          const names = live.map((source) => LIVE_LABELS[source.name] ?? source.name).join(' and ');
          options.progress?.(
            `asking ${names} about ${thousands(queries.length)} version${queries.length === 1 ? '' : 's'}…`,
          );
        }, options.progressAfterMs ?? 2000)
      : undefined;
  progress?.unref();
  const answers = await Promise.all(
    sources.map(async (source) => {
      try {
        return { source, records: queries.length ? await source.lookup(queries) : [] };
      } catch (error) {
        return { source, records: [] as OsvRecord[], error: errorSentence(error) };
      }
    }),
  ).finally(() => clearTimeout(progress));
  // Every source validates its records where they enter (and says in its status what it could not read).
  // Sources that failed here are not asked again about the suggested versions (engine/suggestions.ts).
  const failedSources = new Set<AdvisorySource>();
  for (const { source, records, error } of answers) {
    for (const record of records) sourceOf.set(record, source.name);
    const live = options.liveSources.has(source.name);
    // A live source is asked only when some version needs checking: with none, it was not asked (nor did it answer).
    if (live && !queries.length) {
      statuses.push(advisoryStatus({ name: source.name }, true, 'not-asked'));
      continue;
    }
    const status = source.status();
    if (error || !status.ok) failedSources.add(source);
    if (error) {
      const failed = advisoryStatus({ ...status, error: status.error ?? error }, live, 'failed');
      statuses.push(failed);
      if (options.liveSources.has(source.name) && !options.requireLive) {
        messages.push(
          message(
            'warning',
            `Advisory source ${source.name} did not answer (${failed.error?.replace(/\.$/, '')}); the other sources were used.${staleSnapshot(statuses, options.now ?? Date.now())}`,
          ),
        );
      } else {
        messages.push(
          message(
            'error',
            options.liveSources.has(source.name)
              ? `Required advisory source ${source.name} did not answer: ${failed.error}`
              : `Advisory source ${source.name} failed: ${failed.error}`,
          ),
        );
      }
    } else {
      statuses.push(advisoryStatus(status, live, status.ok ? 'answered' : 'failed'));
      if (status.warning) messages.push(message('warning', `Advisory source ${source.name}: ${status.warning}`));
      if (status.note) messages.push(message('note', `Advisory source ${source.name}: ${status.note}`));
    }
  }

  const signals = await signalsPending;
  if (signals) {
    statuses.push(registryStatus(signals.status));
    const { count, reason } = signals.unanswered;
    if (count) {
      const what = `the registry did not answer for ${count} package${count === 1 ? '' : 's'} (${reason?.replace(/\.$/, '') ?? 'no reason given'})`;
      messages.push(
        options.requireLive
          ? message('error', `Required source registry did not answer: ${what}.`)
          : message('warning', `Registry signals are incomplete: ${what}; the advisory check is complete.`),
      );
    }
    for (const note of signals.notes) messages.push(message('note', note));
    if (signals.clock === 'local')
      messages.push(
        message(
          'note',
          "The registry's answers carried no Date header, so ages were measured with this machine's clock.",
        ),
      );
  }

  // The ways out, with any version an advisory covers passed over.
  const screened = signals
    ? await screenSuggestions(
        new Map([...signals.lockfiles].map(([file, l]) => [file, l.drafts])),
        sources.filter((source) => !failedSources.has(source)),
        [...sourceOf.keys()],
      )
    : undefined;
  if (screened) messages.push(...screened.messages);

  const content = await contentPending;
  if (content) {
    statuses.push(contentStatus(content.status));
    messages.push(...contentMessages(content, options.requireLive));
  }

  // Install scripts the lockfiles record: for git and tarball sources always, for every source offline.
  const recorded = new Map(
    options.all
      ? []
      : comparison.lockfiles.map((l) => [
          l.path,
          recordedInstallScripts(l, options.installScriptLevel ?? 'fail', !options.signals),
        ]),
  );
  for (const [file, { arriving }] of recorded) {
    if (!arriving.length) continue;
    const names = arriving.slice(0, 10).map((a) => plain(`${a.name}@${a.version}`, 120));
    const more = arriving.length > 10 ? ` and ${arriving.length - 10} more` : '';
    messages.push(
      message(
        'note',
        `New packages that run an install script, as ${plain(file)} records: ${names.join(', ')}${more}.`,
        { file, ...(arriving[0]!.line ? { line: arriving[0]!.line } : {}) },
      ),
    );
  }

  const hits = matchPackages(queries, [...sourceOf.keys()], (record) => sourceOf.get(record) ?? 'unknown');
  const workflows = hits.size ? await options.workflows() : [];
  const lockfiles: LockfileReport[] = comparison.lockfiles.map((compared) => {
    const shown = compared.head ?? compared.base!;
    const base = compared.base;
    return {
      path: compared.path,
      format: shown.format,
      formatVersion: shown.formatVersion,
      ...(base &&
      compared.head &&
      (base.path !== compared.head.path ||
        base.format !== compared.head.format ||
        base.formatVersion !== compared.head.formatVersion)
        ? { base: { path: base.path, format: base.format, formatVersion: base.formatVersion } }
        : {}),
      ...(compared.head ? {} : { deleted: true }),
      changes: compared.changes,
      findings: compared.head
        ? findingsFor(
            {
              head: compared.head,
              base: compared.base,
              changes: compared.changes,
              requested: compared.requested,
              integrity: signals?.lockfiles.get(compared.path)?.integrity,
              ...policy,
            },
            hits,
            options.all,
            workflows,
          )
        : [],
      signals: [
        ...(signals?.lockfiles.get(compared.path)?.signals ?? []),
        ...(recorded.get(compared.path)?.signals ?? []),
        ...(content?.lockfiles.get(compared.path) ?? []),
      ],
      ...notCheckedOf(signals?.lockfiles.get(compared.path)?.notChecked, content?.notRead.get(compared.path)),
      ...(screened?.suggestions.get(compared.path)?.length
        ? { suggestions: screened.suggestions.get(compared.path)! }
        : {}),
    };
  });
  // A version whose origin change is already a finding needs no warning besides it.
  const found = new Set(
    lockfiles.flatMap((l) => l.findings.filter((f) => f.kind).map((f) => `${l.path}\0${f.name}@${f.version}`)),
  );
  // A version relocked under another hash algorithm whose new hash the registry confirmed needs no warning either.
  for (const [path, outcome] of signals?.lockfiles ?? [])
    for (const key of outcome.verified) found.add(`${path}\0${key}`);
  messages.push(...originWarnings(comparison.lockfiles, found));
  if (options.offline) {
    for (const name of ['osv', 'github']) statuses.push(advisoryStatus({ name, error: 'offline' }, true, 'not-asked'));
  }
  if (options.offline && !options.all) {
    const count = queries.length;
    statuses.push({
      type: 'registry',
      name: 'registry',
      state: 'not-asked',
      ok: false,
      error: `offline; ${count} new version${count === 1 ? '' : 's'}`,
    });
  }
  return {
    version: 2,
    mode: options.all ? 'all' : 'diff',
    lockfiles,
    sources: statuses,
    messages,
    ...(signals ? { holds: signals.holds } : {}),
  };
}

/**
 * A warning at the head entry of every `changed` version that is not already
 * an origin finding (`found`: `path\0name@version`): the same version now comes
 * from another source or URL, which a registry never does for a published version.
 */
function originWarnings(lockfiles: readonly ComparedLockfile[], found: ReadonlySet<string>): Message[] {
  const out: Message[] = [];
  for (const lockfile of lockfiles) {
    if (!lockfile.head) continue;
    for (const change of lockfile.changes) {
      if (change.kind !== 'changed') continue;
      const version = change.to[0] ?? '';
      if (found.has(`${lockfile.path}\0${change.name}@${version}`)) continue;
      const entries = lockfile.head.packages.filter((p) => p.name === change.name && p.version === version);
      const line = entries.length ? Math.min(...entries.map((p) => p.line)) : undefined;
      const resolved = entries.find((p) => p.resolved)?.resolved;
      out.push(
        message(
          'warning',
          `${plain(change.name)}@${plain(version, 64)} is in both base and head, but its ${change.reason ?? 'origin changed'}${resolved ? ` (now ${plain(resolved, 300)})` : ''}. A registry never changes a published version: check where this copy comes from before merging.`,
          { file: lockfile.path, ...(line ? { line } : {}) },
        ),
      );
    }
  }
  return out;
}

/** An advisory source's status as the report lists it. */
function advisoryStatus(status: Omit<SourceStatus, 'ok'>, live: boolean, state: SourceState): AdvisorySourceStatus {
  return { type: 'advisory', ...status, state, ok: state === 'answered', ...(live ? { live: true } : {}) };
}

/** The registry's status as the report lists it: a registry with no name to look up was not asked. */
/**
 * The versions registry signals did not check, with what package content did
 * not read added to the same version's reason (or as an entry of its own).
 */
function notCheckedOf(
  signals: readonly NotChecked[] | undefined,
  content: readonly NotChecked[] | undefined,
): { notChecked?: NotChecked[] } {
  const out = (signals ?? []).map((n) => ({ ...n }));
  for (const unread of content ?? []) {
    const same = out.find((n) => n.name === unread.name && n.version === unread.version);
    if (same) same.reason = `${same.reason}; ${unread.reason}`;
    else out.push(unread);
  }
  return out.length ? { notChecked: out } : {};
}

function contentStatus(status: ContentFetchStatus): ContentSourceStatus {
  const state: SourceState =
    status.requests + (status.cached ?? 0) === 0 ? 'not-asked' : status.ok ? 'answered' : 'failed';
  return { type: 'content', ...status, state };
}

function registryStatus(status: RegistryStatus): RegistrySourceStatus {
  const asked = status.requests > 0;
  const state: SourceState = !asked ? 'not-asked' : status.error === undefined ? 'answered' : 'failed';
  return { type: 'registry', ...status, state };
}

/**
 * The sources the policy reports without failing (what the manifests ask for,
 * plain http, a full scan's outliers), one message per host or repository and
 * reason, on the first entry's line.
 */
function sourceMessages(lockfile: CheckedLockfile, options: CheckOptions): Message[] {
  const notes = sourceNotes(lockfile, options.all, options.sourcePolicy ?? DEFAULT_SOURCE_POLICY);
  return notes.map((note) => {
    const first = note.pkgs.reduce((a, b) => (b.line < a.line ? b : a));
    const names = note.pkgs.slice(0, 5).map((p) => plain(entryLabel(p), 300));
    const more = note.pkgs.length > 5 ? ` and ${note.pkgs.length - 5} more` : '';
    return message(note.level, `${names.join(', ')}${more}: ${plain(note.reason, 400)}.`, {
      file: lockfile.head.path,
      ...(first.line ? { line: first.line } : {}),
    });
  });
}

/**
 * " The bundled snapshot … is 114 days old …" when the snapshot that stood in
 * for a live source is older than a week, else "".
 */
function staleSnapshot(statuses: readonly ReportSource[], now: number): string {
  const snapshot = statuses.find((s) => s.type === 'advisory' && s.name === 'snapshot' && s.ok);
  const asOf = snapshot?.type === 'advisory' ? snapshot.asOf : undefined;
  const days = asOf ? daysOld(asOf, now) : undefined;
  if (days === undefined || days <= STALE_SNAPSHOT_DAYS) return '';
  return ` The bundled snapshot they fell back on is as of ${asOf!.slice(0, 10)} (${days} days old): versions flagged since then are not caught. Set require-live-sources (--require-live) to fail instead.`;
}
