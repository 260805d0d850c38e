/**
 * Registry signals beside advisory matching: the versions each compared
 * lockfile adds (signals/targets.ts), one registry lookup for every package
 * name of the run (signals/registry.ts), then the pure rules (signals/rules.ts).
 */
import type { NotChecked } from '../core/report.js';
import { signalTargets } from '../signals/targets.js';
import { integrityIssue } from '../signals/integrity.js';
import type { OriginIssue } from '../match/origin-checks.js';
import type { LockedPackage } from '../core/model.js';
import type { PackageMeta } from '../signals/types.js';
import {
  evaluateSignals,
  fullDocumentNeeded,
  holdsAsWarnings,
  overrideHolds,
  unansweredSignal,
  YOUNG_MS,
  type RegistryView,
  type SignalTarget,
} from '../signals/rules.js';
import { directSource, overrideSource, splitSpec, suggestFor, type SuggestionDraft } from '../signals/suggest.js';
import { DependencyGraph } from '../findings/graph.js';
import { readImporterManifests, readManifests } from '../inputs/manifests.js';
import type { Tree } from '../inputs/trees.js';
import type { RerunAnswer } from '../inputs/workflows.js';
import path from 'node:path';
import type { RetryPolicy } from '../net/http.js';
import { RegistryClient, type RegistryLookup, type RegistryStatus } from '../signals/registry.js';
import { DiskCache } from '../net/disk-cache.js';
import type { RegistryCacheDir } from '../config/cache-dir.js';
import type { AllowEntry, SignalsConfig } from '../signals/settings.js';
import {
  DEFAULT_LEVELS,
  DEFAULT_MIN_RELEASE_AGE_MS,
  type HoldsContext,
  type Signal,
  type SignalSettings,
} from '../core/signals.js';
import type { ComparedLockfile } from './compare.js';
import { explicitOrFile } from '../config/options.js';
import { urlHost } from '../core/source.js';

/** What the engine needs to compute registry signals. */
export interface SignalsRequest {
  client: RegistryClient;
  settings: SignalSettings;
  /** Names and scopes the config exempts, with the reason. */
  allow: readonly AllowEntry[];
  /** The pull request's override label (pull requests only). */
  override?: OverrideLabel;
  /** `warn` (`--holds warn`, input `holds: warn`): holds become warnings; other fails stay. Default `fail`. */
  holds?: 'fail' | 'warn';
  /** Whether the repository runs lockgate on a schedule with `rerun-held` (its workflows, read only for a hold). */
  rerun?: () => Promise<RerunAnswer>;
  /** The head tree, whose package.json files the way out of a hold edits. */
  head?: Tree;
  /** Why the registry's documents are not cached, when a cache directory was given but refused for them. */
  cacheNote?: string;
}

/** The configured override label (`''`: none) and whether it lifts this run's holds. */
export interface OverrideLabel {
  label: string;
  /** Added by the event of this run, after the latest push: holds (`release-age`) become warnings. */
  applies: boolean;
  /** On the pull request, but added before its latest push: it does not count. */
  beforePush: boolean;
}

export interface SignalsOutcome {
  /**
   * Per compared lockfile path. `integrity`: entries whose hash is not the one the registry publishes;
   * `verified`: `name@version` of every version whose entries' hashes the registry confirmed.
   */
  lockfiles: Map<
    string,
    {
      signals: Signal[];
      notChecked: NotChecked[];
      /** The ways out before the advisories are asked about them (engine/suggestions.ts). */
      drafts: SuggestionDraft[];
      integrity: OriginIssue[];
      verified: Set<string>;
    }
  >;
  /** How this run treats holds (for the words of the way out). */
  holds: HoldsContext;
  status: RegistryStatus;
  /** Packages the registry did not answer for, with the first reason; empty when it answered for all. */
  unanswered: { count: number; reason?: string };
  /** `registry` when the registry's Date header was the clock, else `local`. */
  clock: 'registry' | 'local';
  /** What a reader of a held pull request can do about it (the way out), as sentences. */
  notes: string[];
}

/** Signals of every compared lockfile. Never throws: a registry that does not answer shows in `unanswered`. */
export async function registrySignals(
  lockfiles: readonly ComparedLockfile[],
  request: SignalsRequest,
): Promise<SignalsOutcome> {
  const host = urlHost(request.client.registryUrl);
  const plans = lockfiles.map((l) => ({ path: l.path, plan: signalTargets(l, host, request.allow) }));
  const names = plans.flatMap((p) => [...p.plan.targets, ...p.plan.verifyOnly].map((t) => t.name));
  const lookup = names.length
    ? await request.client.lookup(names, (meta, now) => fullDocumentNeeded(meta, now, request.settings))
    : undefined;
  // A young package new to the lockfile may be a sibling of a package that depends on it: those
  // dependents' full documents (maintainers, times) are read too.
  const dependents = lookup
    ? plans.flatMap((p) =>
        p.plan.targets.flatMap((t) => (youngNewPackage(t, lookup) ? (t.dependents ?? []).map((d) => d.name) : [])),
      )
    : [];
  const more = dependents.length ? await request.client.lookup(dependents, () => true) : undefined;
  const view = (name: string) => {
    const answer = more?.answers.get(name) ?? lookup?.answers.get(name);
    return answer?.kind === 'found' ? answer.meta : undefined;
  };
  const out: SignalsOutcome['lockfiles'] = new Map();
  const untimed: string[] = [];
  const evaluated = plans.map(({ path: file, plan }) => {
    const signals: Signal[] = [];
    for (const target of plan.targets) {
      const answer = lookup?.answers.get(target.name);
      if (!answer) {
        const reason = lookup?.failed.get(target.name) ?? 'no answer';
        signals.push(...unansweredSignal(target, reason, request.settings));
        continue;
      }
      const judged = evaluateSignals(target, answer, lookup!.now, request.settings, view);
      if (judged.some((s) => s.signal === 'unanswered')) untimed.push(`${target.name}@${target.version}`);
      signals.push(...judged);
    }
    // A version looked up only for its integrity is held when the registry did not answer, or does not serve it.
    for (const target of plan.verifyOnly) {
      const answer = lookup?.answers.get(target.name);
      if (!answer)
        signals.push(...unansweredSignal(target, lookup?.failed.get(target.name) ?? 'no answer', request.settings));
      else
        signals.push(
          ...evaluateSignals(target, answer, lookup!.now, request.settings).filter((s) => s.signal === 'unpublished'),
        );
    }
    return { file, plan, signals };
  });
  const wayOut = lookup ? await waysOut(lockfiles, evaluated, lookup, view, request) : new Map<string, WayOut>();
  for (const { file, plan, signals: found } of evaluated) {
    const way = wayOut.get(file);
    let signals = way ? found.map((s) => ({ ...s, ...way.where.get(`${s.name}@${s.version}`) })) : found;
    if (request.override?.applies) signals = overrideHolds(signals, request.override.label);
    if (request.holds === 'warn') signals = holdsAsWarnings(signals, 'a warning: holds is set to warn');
    const { integrity, verified } = verifyIntegrity(plan.verify, view);
    out.set(file, {
      signals,
      notChecked: [...plan.notChecked],
      drafts: way?.drafts ?? [],
      integrity,
      verified,
    });
  }
  const held = [...out.values()].some((l) => l.signals.some((s) => s.signal === 'release-age' && s.level === 'fail'));
  const rerun: RerunAnswer =
    held && request.rerun ? await request.rerun().catch(() => ({ rerun: false })) : { rerun: false };
  const failed = [...(lookup ? lookup.failed.values() : []), ...untimed.map((v) => `it gave no publish time for ${v}`)];
  const status = names.length
    ? request.client.status()
    : { name: 'registry' as const, ok: true, requests: 0, bytes: 0 };
  return {
    lockfiles: out,
    status,
    unanswered: { count: failed.length, ...(failed[0] ? { reason: failed[0] } : {}) },
    clock: lookup?.answers.size ? lookup.clock : 'registry',
    holds: {
      mode: request.holds ?? 'fail',
      verb: request.settings.verb ?? 'merge',
      ...(request.override ? { overrideLabel: request.override.label } : {}),
      ...(rerun.rerun ? { rerun: true } : {}),
      ...(rerun.unread?.length ? { rerunUnread: rerun.unread } : {}),
    },
    notes: [
      overrideNote(
        request.override,
        [...out.values()].flatMap((l) => l.signals),
      ),
      names.length ? request.cacheNote : undefined,
    ].filter((n): n is string => n !== undefined),
  };
}

/** Per lockfile: where each failing version came from (`via`, `importer`) and the way out of it. */
interface WayOut {
  where: Map<string, Pick<Signal, 'via' | 'importer'>>;
  drafts: SuggestionDraft[];
}

/**
 * How each version with signals entered (the shortest chain, from the lockfile's own graph) and,
 * for each one a registry signal fails, the newest version of its range that passes today with the
 * edit that installs it (signals/suggest.ts). A transitive version's range is its dependent's, read
 * from the dependent's registry document: one more (abbreviated) document for a dependent the run
 * did not read. Reading a package.json that is missing or broken leaves the suggestion out.
 */
async function waysOut(
  lockfiles: readonly ComparedLockfile[],
  evaluated: readonly { file: string; plan: { targets: SignalTarget[] }; signals: Signal[] }[],
  lookup: RegistryLookup,
  view: RegistryView,
  request: SignalsRequest,
): Promise<Map<string, WayOut>> {
  const out = new Map<string, WayOut>();
  const pending: {
    file: string;
    target: SignalTarget;
    direct: boolean;
    importer?: string;
    dependent?: { name: string; version: string };
    /** Who depends on the package by name in the head lockfile (for an override's scope). */
    dependers: string[];
  }[] = [];
  for (const { file, plan, signals } of evaluated) {
    const head = lockfiles.find((l) => l.path === file)?.head;
    if (!head || !signals.length) continue;
    const graph = new DependencyGraph(head);
    const where: WayOut['where'] = new Map();
    const failing = new Set(
      signals.filter((s) => s.level === 'fail' && s.signal !== 'unanswered').map((s) => `${s.name}@${s.version}`),
    );
    // Indexed once: a lockfile of thousands of entries may have thousands of targets.
    const withSignals = new Set(signals.map((s) => `${s.name}@${s.version}`));
    const ids = new Map<string, string[]>();
    for (const p of head.packages) {
      const key = `${p.name}@${p.version}`;
      if (!withSignals.has(key)) continue;
      const list = ids.get(key);
      if (list) list.push(p.id);
      else ids.set(key, [p.id]);
    }
    for (const target of plan.targets) {
      const key = `${target.name}@${target.version}`;
      if (!withSignals.has(key)) continue;
      const prov = graph.provenance(ids.get(key) ?? []);
      where.set(key, {
        ...(prov.via.length ? { via: prov.via } : {}),
        ...(prov.importer ? { importer: prov.importer } : {}),
      });
      if (!failing.has(key)) continue;
      const dependent = prov.via.length >= 2 ? splitSpec(prov.via[prov.via.length - 2]!) : undefined;
      pending.push({
        file,
        target,
        direct: prov.direct,
        dependers: prov.direct ? [] : graph.dependersOf(target.name),
        ...(prov.importer ? { importer: prov.importer } : {}),
        ...(dependent ? { dependent } : {}),
      });
    }
    out.set(file, { where, drafts: [] });
  }
  if (!pending.length) return out;
  // Dependents the run has not read: their abbreviated documents carry each version's dependency ranges.
  const unread = [
    ...new Set(pending.flatMap((p) => (p.dependent && !view(p.dependent.name) ? [p.dependent.name] : []))),
  ];
  const more = unread.length ? await request.client.lookup(unread, () => false) : undefined;
  const meta = (name: string) => {
    const answer = more?.answers.get(name);
    return answer?.kind === 'found' ? answer.meta : view(name);
  };
  const manifests = new Map<string, Promise<{ path: string; text: string }[]>>();
  const manifestsOf = (file: string) => {
    let list = manifests.get(file);
    if (!list) {
      const head = lockfiles.find((l) => l.path === file)!.head!;
      list = request.head
        ? Promise.all([readManifests(request.head, file), readImporterManifests(request.head, head)]).then(([a, b]) => [
            ...a,
            ...b,
          ])
        : Promise.resolve([]);
      manifests.set(file, list);
    }
    return list;
  };
  for (const p of pending) {
    const answer = lookup.answers.get(p.target.name);
    if (answer?.kind !== 'found') continue;
    const head = lockfiles.find((l) => l.path === p.file)!.head!;
    const dir = path.posix.dirname(p.file);
    const inRepo = (relative: string) => (dir === '.' ? relative : path.posix.join(dir, relative));
    let source;
    if (p.direct) {
      const list = await manifestsOf(p.file);
      const declaring = list.filter((m) => m.path === (p.importer ?? 'package.json'));
      for (const m of declaring.length ? declaring : list) {
        source = directSource(inRepo(m.path), m.text, p.target.name);
        if (source) break;
      }
    } else if (p.dependent) {
      source = overrideSource(
        head.format,
        inRepo('package.json'),
        p.target.name,
        { ...p.dependent, meta: meta(p.dependent.name) },
        p.dependers,
      );
    }
    const draft = source && suggestFor(p.target, answer.meta, source, lookup.now, request.settings, view);
    if (draft) out.get(p.file)!.drafts.push(draft);
  }
  return out;
}

/**
 * The entries whose hash is not the one the registry publishes for their name@version, and the
 * versions whose every entry it confirmed. A version it did not answer for, or does not serve, is
 * neither (its signals hold it).
 */
function verifyIntegrity(
  entries: readonly LockedPackage[],
  view: (name: string) => PackageMeta | undefined,
): { integrity: OriginIssue[]; verified: Set<string> } {
  const integrity: OriginIssue[] = [];
  const unconfirmed = new Set<string>();
  const verified = new Set<string>();
  for (const pkg of entries) {
    const key = `${pkg.name}@${pkg.version}`;
    const published = view(pkg.name)?.versions.get(pkg.version);
    const issue = published && integrityIssue(pkg, published);
    if (issue) integrity.push(issue);
    if (!published || issue) unconfirmed.add(key);
    else verified.add(key);
  }
  for (const key of unconfirmed) verified.delete(key);
  return { integrity, verified };
}

function youngNewPackage(target: SignalTarget, lookup: RegistryLookup): boolean {
  const answer = lookup.answers.get(target.name);
  if (!target.newToLockfile || !target.dependents?.length || answer?.kind !== 'found') return false;
  const first = answer.meta.created ?? Math.min(...answer.meta.times.values());
  return lookup.now - first < YOUNG_MS;
}

/** What an entry point says about registry signals (flags or inputs); the engine adds the config file's section. */
export interface SignalsOptions {
  registryUrl: string;
  /** Explicit `min-release-age` (flag or input); beats the config file's. */
  minReleaseAgeMs?: number;
  /** Where the token variable the config names is read. */
  env: NodeJS.ProcessEnv;
  /** The pull request's override label (the Action on a pull request). */
  override?: OverrideLabel;
  /** Timeouts and waits of the registry client. */
  retry?: RetryPolicy;
  /** `warn`: holds become warnings (`--holds warn`, input `holds`). */
  holds?: 'fail' | 'warn';
  /** `merge` on a pull request, `install` elsewhere (the CLI): the verb of "can merge from". */
  verb?: 'merge' | 'install';
  /** Whether a scheduled lockgate run with `rerun-held` is configured (the Action reads the trusted tree's workflows). */
  rerun?: () => Promise<RerunAnswer>;
  /** `<cache-dir>/registry`, or why the registry's documents are not kept there; no cache when undefined. */
  cache?: RegistryCacheDir;
}

/**
 * The signals part of a run, from the flags or inputs and the config file. An
 * explicit `minReleaseAgeMs` beats the config file's, which beats the 3-day default.
 */
export function createSignalsRequest(
  options: SignalsOptions & { config?: SignalsConfig; head?: Tree },
): SignalsRequest {
  const config = options.config;
  const token = config?.tokenEnv ? options.env[config.tokenEnv] : undefined;
  return {
    client: new RegistryClient({
      url: options.registryUrl,
      ...(token ? { token } : {}),
      // The proxy variables of the entry point's environment apply to the registry too.
      retry: { proxyEnv: options.env, ...options.retry },
      ...(options.cache && 'dir' in options.cache ? { cache: new DiskCache(options.cache.dir) } : {}),
    }),
    settings: {
      minReleaseAgeMs: explicitOrFile(options.minReleaseAgeMs, config?.minReleaseAgeMs, DEFAULT_MIN_RELEASE_AGE_MS),
      levels: { ...DEFAULT_LEVELS, ...config?.levels },
      ...(options.verb ? { verb: options.verb } : {}),
    },
    ...(options.holds ? { holds: options.holds } : {}),
    ...(options.rerun ? { rerun: options.rerun } : {}),
    ...(options.head ? { head: options.head } : {}),
    allow: config?.allow ?? [],
    ...(options.cache && 'refused' in options.cache ? { cacheNote: options.cache.refused } : {}),
    ...(options.override ? { override: options.override } : {}),
  };
}

/** The way out of a hold on a pull request: the label that lifts it, or how to configure one. */
export function overrideNote(override: OverrideLabel | undefined, signals: readonly Signal[]): string | undefined {
  // How to use or configure the label is said once, under the held list (outputs/signals.ts); only a
  // label that is on the pull request but does not count needs a note of its own.
  if (!override?.beforePush || !signals.some((s) => s.signal === 'release-age' && s.level === 'fail')) return undefined;
  return `The label \`${override.label}\` was added before this pull request's latest push, so it does not lift the holds of this push: remove it and add it again to merge now.`;
}
