/**
 * Registry signals beside advisory matching: the versions each compared
 * lockfile adds (signals/targets.ts), one registry lookup for every package
 * name of the run (signals/registry.ts), then the pure rules (signals/rules.ts).
 */
import type { NotChecked } from '../core/report.js';
import { signalTargets } from '../signals/targets.js';
import {
  evaluateSignals,
  fullDocumentNeeded,
  overrideHolds,
  unansweredSignal,
  YOUNG_MS,
  type SignalTarget,
} from '../signals/rules.js';
import type { RetryPolicy } from '../net/http.js';
import { RegistryClient, type RegistryLookup, type RegistryStatus } from '../signals/registry.js';
import type { AllowEntry, SignalsConfig } from '../signals/settings.js';
import { DEFAULT_LEVELS, DEFAULT_MIN_RELEASE_AGE_MS, type Signal, type SignalSettings } from '../core/signals.js';
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
  /** Per compared lockfile path. */
  lockfiles: Map<string, { signals: Signal[]; notChecked: NotChecked[] }>;
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
  const names = plans.flatMap((p) => p.plan.targets.map((t) => t.name));
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
  for (const { path, plan } of plans) {
    let signals: Signal[] = [];
    const notChecked = [...plan.notChecked];
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
    if (request.override?.applies) signals = overrideHolds(signals, request.override.label);
    out.set(path, { signals, notChecked });
  }
  const failed = [
    ...(lookup ? lookup.failed.values() : []),
    ...untimed.map((v) => `it gave no publish time for ${v}`),
  ];
  const status = names.length
    ? request.client.status()
    : { name: 'registry' as const, ok: true, requests: 0, bytes: 0 };
  return {
    lockfiles: out,
    status,
    unanswered: { count: failed.length, ...(failed[0] ? { reason: failed[0] } : {}) },
    clock: lookup?.answers.size ? lookup.clock : 'registry',
    notes: [
      overrideNote(
        request.override,
        [...out.values()].flatMap((l) => l.signals),
      ),
    ].filter((n): n is string => n !== undefined),
  };
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
}

/**
 * The signals part of a run, from the flags or inputs and the config file. An
 * explicit `minReleaseAgeMs` beats the config file's, which beats the 3-day default.
 */
export function createSignalsRequest(options: SignalsOptions & { config?: SignalsConfig }): SignalsRequest {
  const config = options.config;
  const token = config?.tokenEnv ? options.env[config.tokenEnv] : undefined;
  return {
    client: new RegistryClient({
      url: options.registryUrl,
      ...(token ? { token } : {}),
      // The proxy variables of the entry point's environment apply to the registry too.
      retry: { proxyEnv: options.env, ...options.retry },
    }),
    settings: {
      minReleaseAgeMs: explicitOrFile(options.minReleaseAgeMs, config?.minReleaseAgeMs, DEFAULT_MIN_RELEASE_AGE_MS),
      levels: { ...DEFAULT_LEVELS, ...config?.levels },
    },
    allow: config?.allow ?? [],
    ...(options.override ? { override: options.override } : {}),
  };
}

/** The way out of a hold on a pull request: the label that lifts it, or how to configure one. */
export function overrideNote(override: OverrideLabel | undefined, signals: readonly Signal[]): string | undefined {
  if (!override || !signals.some((s) => s.signal === 'release-age' && s.level === 'fail')) return undefined;
  const name = `\`${override.label}\``;
  if (override.label === '')
    return 'To merge before a hold ends, configure an override label (the action input `override-label`, for example `lockgate-override`); a maintainer who adds it lifts the holds of that push.';
  if (override.beforePush)
    return `The label ${name} was added before this pull request's latest push, so it does not lift the holds of this push: remove it and add it again to merge now.`;
  return `To merge before a hold ends, a maintainer can add the label ${name}; it lifts the holds of the latest push only.`;
}
