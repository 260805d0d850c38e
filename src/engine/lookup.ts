import { entryLabel } from '../core/model.js';
import type { SignalLevelSetting } from '../core/signals.js';
import { recordedInstallScripts } from '../signals/lockfile-scripts.js';
import { distinctQueries, type OsvRecord, type SourceStatus } from '../core/osv.js';
import type { AdvisorySource } from '../advisories/types.js';
import type { RegistryStatus } from '../signals/registry.js';
import type { ContentFetchStatus } from '../content/fetch.js';
import { findingsFor, toRef, versionsToCheck, withOriginIssues, type CheckedLockfile } from '../findings/findings.js';
import type { LocatedPin } from './pins.js';
import { plain } from '../core/escape.js';
import { matchPackages, type AdvisoryHit } from '../match/match.js';
import {
  message,
  type AdvisorySourceStatus,
  type ContentSourceStatus,
  type LockfileReport,
  type ManifestFinding,
  type NotChecked,
  type Message,
  type RegistrySourceStatus,
  type Report,
  type ReportSource,
  type SourceState,
  type TarballNotRead,
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
  /** Exact versions package.json files ask for (engine/pins.ts), looked up beside the locked versions. */
  pins?: readonly LocatedPin[];
}

/** A snapshot older than this, used because a live source did not answer, makes the warning say so. */
const STALE_SNAPSHOT_DAYS = 7;
const LIVE_LABELS: Record<string, string> = { osv: 'OSV', github: 'GitHub' };

/**
 * Look up the versions a comparison adds (or every version, with `all`) in every
 * advisory source, match, and assemble the report. A failing live source
 * degrades to the others with a note, unless `requireLive`. Registry signals
 * and package content run beside the advisory lookups.
 */
export async function checkComparison(
  comparison: Comparison,
  sources: readonly AdvisorySource[],
  options: CheckOptions,
): Promise<Report> {
  const messages: Message[] = [...comparison.messages];
  const checked = comparison.lockfiles.filter((l): l is CheckedLockfile & typeof l => l.head !== undefined);
  const policy = options.sourcePolicy ? { policy: options.sourcePolicy } : {};
  // Each lockfile as the lookups and the findings judge it, its origin issues computed once.
  const inputs = new Map(
    checked.map((l) => [
      l.path,
      withOriginIssues(
        {
          head: l.head,
          base: l.base,
          changes: l.changes,
          requested: l.requested,
          localTarballs: l.localTarballs,
          ...policy,
        },
        options.all,
      ),
    ]),
  );
  const pins = options.pins ?? [];
  const lockedQueries = distinctQueries([...inputs.values()].flatMap((l) => versionsToCheck(l, options.all)));
  const queries = distinctQueries([...lockedQueries, ...pins.map((p) => ({ name: p.name, version: p.version }))]);
  // Versions a source note already explains (`path\0name@version`): no origin warning repeats it.
  const explained = new Set<string>();
  for (const lockfile of checked) messages.push(...sourceMessages(lockfile, options, explained));

  const { signalsPending, contentPending } = startBesideLookups(comparison, options);
  const advisories = await askAdvisorySources(sources, queries, options);
  const statuses = advisories.statuses;
  messages.push(...advisories.messages);

  const signals = await signalsPending;
  if (signals) {
    statuses.push(registryStatus(signals.status));
    messages.push(...signalsMessages(signals, options.requireLive));
  }
  // The ways out, with any version an advisory covers passed over.
  const screened = signals
    ? await screenSuggestions(
        new Map([...signals.lockfiles].map(([file, l]) => [file, l.drafts])),
        sources.filter((source) => !advisories.failed.has(source)),
        [...advisories.sourceOf.keys()],
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
  for (const [file, scripts] of recorded) messages.push(...installScriptNotes(file, scripts.arriving));

  const { sourceOf } = advisories;
  const hits = matchPackages(queries, [...sourceOf.keys()], (record) => sourceOf.get(record) ?? 'unknown');
  const workflows = hits.size ? await options.workflows() : [];
  const lockfiles: LockfileReport[] = comparison.lockfiles.map((compared) => {
    const path = compared.path;
    const registry = signals?.lockfiles.get(path);
    return {
      ...lockfileHeader(compared),
      findings: inputs.has(path)
        ? findingsFor({ ...inputs.get(path)!, integrity: registry?.integrity }, hits, options.all, workflows)
        : [],
      signals: [
        ...(registry?.signals ?? []),
        ...(recorded.get(path)?.signals ?? []),
        ...(content?.lockfiles.get(path) ?? []),
      ],
      ...notCheckedOf(registry?.notChecked, content?.notRead.get(path)),
      ...(screened?.suggestions.get(path)?.length ? { suggestions: screened.suggestions.get(path)! } : {}),
      ...tarballsNotRead(compared),
    };
  });
  messages.push(...originWarnings(comparison.lockfiles, alreadyReported(lockfiles, signals, explained)));
  if (options.offline) statuses.push(...offlineStatuses(options.all ? undefined : lockedQueries.length));
  // A pin of a version a lockfile finding already names adds nothing to that finding's plan.
  const locked = new Set(lockfiles.flatMap((l) => l.findings.map((f) => `${f.name}@${f.version}`)));
  const manifestFindings = pinFindings(
    pins.filter((p) => !locked.has(`${p.name}@${p.version}`)),
    hits,
  );
  return {
    version: 2,
    mode: options.all ? 'all' : 'diff',
    lockfiles,
    sources: statuses,
    messages,
    ...(manifestFindings.length ? { manifestFindings } : {}),
    ...(signals ? { holds: signals.holds } : {}),
  };
}

/** Registry signals and package content (diff mode, when asked for), started to run beside the advisory lookups. */
function startBesideLookups(
  comparison: Comparison,
  options: CheckOptions,
): { signalsPending: Promise<SignalsOutcome | undefined>; contentPending: Promise<ContentOutcome | undefined> } {
  const diff = !options.all;
  return {
    signalsPending:
      options.signals && diff ? registrySignals(comparison.lockfiles, options.signals) : Promise.resolve(undefined),
    contentPending:
      options.content && diff
        ? packageContent(comparison.lockfiles, {
            ...options.content,
            sourcePolicy: options.sourcePolicy ?? DEFAULT_SOURCE_POLICY,
          })
        : Promise.resolve(undefined),
  };
}

/** What the advisory sources answered: each record by the source that gave it, their statuses, and what to say. */
interface AdvisoryAnswers {
  sourceOf: Map<OsvRecord, string>;
  statuses: ReportSource[];
  messages: Message[];
  /** Sources that failed or answered only in part: not asked again about the suggested versions. */
  failed: Set<AdvisorySource>;
}

/**
 * Ask every source about `queries` at once (with one progress line when the
 * live ones take long). A live source that fails is a warning, or an error
 * under `requireLive`; any other failing source is an error.
 */
async function askAdvisorySources(
  sources: readonly AdvisorySource[],
  queries: readonly { name: string; version: string }[],
  options: CheckOptions,
): Promise<AdvisoryAnswers> {
  const out: AdvisoryAnswers = { sourceOf: new Map(), statuses: [], messages: [], failed: new Set() };
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
  for (const { source, records, error } of answers) {
    for (const record of records) out.sourceOf.set(record, source.name);
    const isLive = options.liveSources.has(source.name);
    // A live source is asked only when some version needs checking: with none, it was not asked (nor did it answer).
    if (isLive && !queries.length) {
      out.statuses.push(advisoryStatus({ name: source.name }, true, 'not-asked'));
      continue;
    }
    const status = source.status();
    if (error || !status.ok) out.failed.add(source);
    if (!error) {
      out.statuses.push(advisoryStatus(status, isLive, status.ok ? 'answered' : 'failed'));
      if (status.warning) out.messages.push(message('warning', `Advisory source ${source.name}: ${status.warning}`));
      if (status.note) out.messages.push(message('note', `Advisory source ${source.name}: ${status.note}`));
      continue;
    }
    const failed = advisoryStatus({ ...status, error: status.error ?? error }, isLive, 'failed');
    out.statuses.push(failed);
    out.messages.push(
      isLive && !options.requireLive
        ? message(
            'warning',
            `Advisory source ${source.name} did not answer (${failed.error?.replace(/\.$/, '')}); the other sources were used.${staleSnapshot(out.statuses, options.now ?? Date.now())}`,
          )
        : message(
            'error',
            isLive
              ? `Required advisory source ${source.name} did not answer: ${failed.error}`
              : `Advisory source ${source.name} failed: ${failed.error}`,
          ),
    );
  }
  return out;
}

/** What the registry signals leave to say: packages it did not answer for, its notes, and whose clock measured ages. */
function signalsMessages(signals: SignalsOutcome, requireLive: boolean): Message[] {
  const out: Message[] = [];
  const { count, reason } = signals.unanswered;
  if (count) {
    const what = `the registry did not answer for ${count} package${count === 1 ? '' : 's'} (${reason?.replace(/\.$/, '') ?? 'no reason given'})`;
    out.push(
      requireLive
        ? message('error', `Required source registry did not answer: ${what}.`)
        : message('warning', `Registry signals are incomplete: ${what}; the advisory check is complete.`),
    );
  }
  for (const note of signals.notes) out.push(message('note', note));
  if (signals.clock === 'local')
    out.push(
      message(
        'note',
        "The registry's answers carried no Date header, so ages were measured with this machine's clock.",
      ),
    );
  return out;
}

/** One note per lockfile listing the new packages that arrive with an install script it records. */
function installScriptNotes(
  file: string,
  arriving: readonly { name: string; version: string; line?: number }[],
): Message[] {
  if (!arriving.length) return [];
  const names = arriving.slice(0, 10).map((a) => plain(`${a.name}@${a.version}`, 120));
  const more = arriving.length > 10 ? ` and ${arriving.length - 10} more` : '';
  const line = arriving[0]!.line;
  return [
    message('note', `New packages that run an install script, as ${plain(file)} records: ${names.join(', ')}${more}.`, {
      file,
      ...(line ? { line } : {}),
    }),
  ];
}

/** A lockfile's report before its findings: path, format, the base's when it differs, deletion and changes. */
function lockfileHeader(
  compared: ComparedLockfile,
): Pick<LockfileReport, 'path' | 'format' | 'formatVersion' | 'base' | 'deleted' | 'changes'> {
  const shown = compared.head ?? compared.base!;
  const { base, head } = compared;
  const moved =
    base &&
    head &&
    (base.path !== head.path || base.format !== head.format || base.formatVersion !== head.formatVersion);
  return {
    path: compared.path,
    format: shown.format,
    formatVersion: shown.formatVersion,
    ...(moved ? { base: { path: base.path, format: base.format, formatVersion: base.formatVersion } } : {}),
    ...(head ? {} : { deleted: true }),
    changes: compared.changes,
  };
}

/** Offline, the live advisory sources and (with `newVersions`, in diff mode) the registry were not asked. */
function offlineStatuses(newVersions: number | undefined): ReportSource[] {
  const out: ReportSource[] = ['osv', 'github'].map((name) =>
    advisoryStatus({ name, error: 'offline' }, true, 'not-asked'),
  );
  if (newVersions !== undefined)
    out.push({
      type: 'registry',
      name: 'registry',
      state: 'not-asked',
      ok: false,
      error: `offline; ${newVersions} new version${newVersions === 1 ? '' : 's'}`,
    });
  return out;
}

/**
 * The versions (`path\0name@version`) whose origin change needs no warning:
 * those already a finding or a source note (`explained`), and those relocked
 * under another hash algorithm whose new hash the registry confirmed.
 */
function alreadyReported(
  lockfiles: readonly LockfileReport[],
  signals: SignalsOutcome | undefined,
  explained: ReadonlySet<string>,
): Set<string> {
  const found = new Set([
    ...explained,
    ...lockfiles.flatMap((l) => l.findings.filter((f) => f.kind).map((f) => `${l.path}\0${f.name}@${f.version}`)),
  ]);
  for (const [path, outcome] of signals?.lockfiles ?? [])
    for (const key of outcome.verified) found.add(`${path}\0${key}`);
  return found;
}

/** The pins an advisory covers, each with its advisories (names and keys bounded and made safe). */
function pinFindings(pins: readonly LocatedPin[], hits: ReadonlyMap<string, AdvisoryHit[]>): ManifestFinding[] {
  return pins.flatMap((pin) => {
    const matched = hits.get(`${pin.name}@${pin.version}`);
    if (!matched?.length) return [];
    return [
      {
        file: pin.file,
        ...(pin.line ? { line: pin.line } : {}),
        field: pin.field,
        key: plain(pin.key, 300),
        name: plain(pin.name, 214),
        version: plain(pin.version, 64),
        advisories: matched.map(toRef),
      },
    ];
  });
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

/** Package content's status: nothing fetched nor taken from the cache is not asked. */
function contentStatus(status: ContentFetchStatus): ContentSourceStatus {
  const state: SourceState =
    status.requests + (status.cached ?? 0) === 0 ? 'not-asked' : status.ok ? 'answered' : 'failed';
  return { type: 'content', ...status, state };
}

/** The registry's status as the report lists it: a registry with no name to look up was not asked. */
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
function sourceMessages(lockfile: CheckedLockfile, options: CheckOptions, explained: Set<string>): Message[] {
  const notes = sourceNotes(lockfile, options.all, options.sourcePolicy ?? DEFAULT_SOURCE_POLICY);
  for (const note of notes) for (const p of note.pkgs) explained.add(`${lockfile.head.path}\0${p.name}@${p.version}`);
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

/**
 * The committed `file:` tarballs of a head lockfile that could not be opened: the package manager
 * could not install them either, and what they hold was not compared with the lockfile.
 */
function tarballsNotRead(compared: ComparedLockfile): { tarballsNotRead?: TarballNotRead[] } {
  const out: TarballNotRead[] = [];
  for (const pkg of compared.head?.packages ?? []) {
    const tarball = compared.localTarballs?.get(pkg.id);
    if (tarball && 'notRead' in tarball)
      out.push({
        name: plain(pkg.name, 214),
        version: plain(pkg.version, 100),
        file: plain(tarball.path, 200),
        reason: tarball.notRead,
      });
  }
  return out.length ? { tarballsNotRead: out } : {};
}
