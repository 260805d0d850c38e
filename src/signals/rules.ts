/**
 * The registry-signal rules (pure): one version a change adds, its package's
 * registry metadata, the registry's clock and the settings in; signals out.
 *
 * | signal               | fires when                                                                 | level                      |
 * |----------------------|----------------------------------------------------------------------------|----------------------------|
 * | unpublished          | the version is in `time` but not in `versions`, or the package is a 404     | fail                       |
 * | unanswered           | the registry did not answer (error, timeout, deadline), or gave no time     | fail (held: retry later)   |
 * | release-age          | published less than `minReleaseAgeMs` ago                                  | fail (a hold), eligibleAt  |
 * | new-package          | new to the lockfile, first release younger than 7 days, and no sibling      | fail until 7 days old      |
 * | install-script-added | has preinstall/install/postinstall and the version it replaces had none    | fail in the review window, then warn |
 * | trust-downgrade      | the replaced version had a trusted publisher / provenance and this has less | fail in the review window, then warn |
 * | publisher-changed    | `_npmUser` is none of the previous 5 releases' publishers, or a new email  | warn                       |
 * | burst                | versions on two or more majors within one hour, beside another signal      | warn                       |
 *
 * "The version it replaces" is the base's version of that package (on the same
 * major when there are several); for a package the base did not have, the
 * previous release (install scripts) or the latest earlier release on the same
 * major (trust), by publish time. Never "any earlier release": a project that
 * once published with provenance and later without is not a downgrade for
 * someone moving between two versions that both lack it.
 *
 * A configured level caps a rule (`warn` never fails, `off` never fires).
 *
 * Decisions, measured on replays of real incidents and ordinary upgrades
 * (test/signals/incidents.ts, test/signals/replays/):
 * - The review window of `install-script-added` and `trust-downgrade` is the
 *   hold (`min-release-age`), at least 3 days. In every incident replay they
 *   fire on (nx, axios, @ctrl/tinycolor, eslint-config-prettier) the hold
 *   already fails the version, and `unpublished` does after the takedown; the
 *   documented legitimate cases (a release published once from a laptop, a
 *   native-binary helper added in a minor) failed for 7 or 30 days under the
 *   old windows, well past the hold. With the override label the hold becomes
 *   a warning and these stay red: a person asked to merge early, and a person
 *   should look.
 * - `burst` alone is noise: by the registry's times most `@types/node`
 *   releases come within an hour of one on another major, and one express
 *   4 → 5 upgrade gave 7 of them. Every incident with a burst also raised
 *   another signal, so `burst` is said only beside one.
 */
import semverMajor from 'semver/functions/major.js';
import semverPrerelease from 'semver/functions/prerelease.js';
import semverValid from 'semver/functions/valid.js';
import { compareVersions } from '../core/versions.js';
import { SIGNAL_NAMES, type Signal, type SignalName, type SignalSettings } from '../core/signals.js';
import type { PackageMeta, VersionMeta } from './types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** New packages fail while younger than this (unless a sibling). */
export const YOUNG_MS = 7 * DAY;
/** The shortest review window of `install-script-added` and `trust-downgrade` (with a shorter or no hold). */
export const MIN_REVIEW_MS = 3 * DAY;
/** `install-script-added` and `trust-downgrade` fail while the version is younger than this. */
export function reviewWindow(settings: SignalSettings): number {
  return Math.max(settings.minReleaseAgeMs, MIN_REVIEW_MS);
}
/** Warn-level evidence (a trust downgrade past its review window, a publisher change, a burst) is read this long. */
export const EVIDENCE_WINDOW_MS = 30 * DAY;
/** How many previous releases publisher-changed compares with. */
export const PREVIOUS_PUBLISHERS = 5;
/** Versions on different majors published within this of each other are a burst. */
export const BURST_WINDOW_MS = HOUR;

/** One version a change adds, as the rules see it. */
export interface SignalTarget {
  name: string;
  version: string;
  line: number;
  /** Versions of this name only in the base lockfile (the change's `from`): what this one replaces. */
  replaces: readonly string[];
  /** No version of this name is in the base lockfile. */
  newToLockfile: boolean;
  /** For a package new to the lockfile: the registry packages of the head lockfile that depend on it. */
  dependents?: readonly { name: string; version: string }[];
}

/** What the registry said about the target's package. */
export type RegistryAnswer = { kind: 'found'; meta: PackageMeta } | { kind: 'not-found' };

/** What every rule reads about one target whose version the registry serves. */
interface RuleContext {
  target: SignalTarget;
  meta: PackageMeta;
  /** The target version's metadata. */
  current: VersionMeta;
  /** `time[version]`, when the document has times. */
  published: number | undefined;
  /** The publish time, or the package's `modified` as an upper bound (abbreviated document). */
  publishedBy: number | undefined;
  now: number;
  settings: SignalSettings;
  /** Other packages' registry metadata of this run (a dependent's, for `new-package`). */
  registry: RegistryView;
}

/** The metadata of another package of the run, when the registry answered for it. */
export type RegistryView = (name: string) => PackageMeta | undefined;

/** One rule's verdict before the configured level caps it. */
interface Hit {
  level: 'fail' | 'warn';
  detail: string;
  /** When a fail-level hit stops failing (ms). */
  eligibleAt?: number;
}

type Rule = (ctx: RuleContext) => Hit | undefined;

/** The rules after `unpublished`, one entry each, run in SIGNAL_NAMES order (the header's table is the index). */
const RULES: Record<Exclude<SignalName, 'unpublished' | 'unanswered'>, Rule> = {
  'release-age': ({ settings, publishedBy, now }) => {
    if (settings.minReleaseAgeMs <= 0 || publishedBy === undefined) return undefined;
    if (now - publishedBy >= settings.minReleaseAgeMs) return undefined;
    const eligible = publishedBy + settings.minReleaseAgeMs;
    return {
      level: 'fail',
      detail: `published ${when(publishedBy, now)}; versions younger than ${duration(settings.minReleaseAgeMs)} are held, so it can ${settings.verb ?? 'merge'} from ${stamp(eligible)}`,
      eligibleAt: eligible,
    };
  },

  'new-package': (ctx) => {
    const { target, meta, now } = ctx;
    if (!target.newToLockfile) return undefined;
    const first = meta.created ?? earliest(meta.times);
    if (first === undefined || now - first >= YOUNG_MS || siblingOf(ctx)) return undefined;
    return {
      level: 'fail',
      detail: `${target.name} is new to this lockfile and its first release on the registry was ${when(first, now)}`,
      eligibleAt: first + YOUNG_MS,
    };
  },

  'install-script-added': ({ target, meta, current, publishedBy, now, settings }) => {
    if (!current.installScript) return undefined;
    const replacing = target.replaces.length > 0;
    const previous = replacing ? replacedVersion(target) : previousRelease(meta, target.version);
    const before = previous === undefined ? undefined : meta.versions.get(previous);
    if (!before || before.installScript) return undefined;
    return youngFails(publishedBy, now, reviewWindow(settings), {
      detail: `${target.name}@${target.version} runs ${scriptWords(current)} on install; ${previous}, ${replacing ? 'the version it replaces' : 'the release before it'}, ran none`,
    });
  },

  'trust-downgrade': ({ target, meta, current, publishedBy, now, settings }) => {
    const replacing = target.replaces.length > 0;
    const trustBase = replacing ? replacedVersion(target) : previousOnLine(meta, target.version);
    const baseMeta = trustBase === undefined ? undefined : meta.versions.get(trustBase);
    if (!baseMeta) return undefined;
    const lost: string[] = [];
    if (baseMeta.publisher?.trusted && !current.publisher?.trusted) lost.push('a trusted publisher');
    if (baseMeta.provenance && !current.provenance) lost.push('a provenance attestation');
    if (!lost.length) return undefined;
    return youngFails(publishedBy, now, reviewWindow(settings), {
      detail: `${trustBase}${replacing ? ', the version it replaces,' : ''} was published with ${lost.join(' and ')}; ${target.version} was published without`,
    });
  },

  'publisher-changed': ({ meta, current, published }) => {
    const who = current.publisher;
    if (!who || published === undefined) return undefined;
    const previous = releasesBefore(meta, published)
      .map((v) => meta.versions.get(v)?.publisher)
      .filter((p): p is NonNullable<typeof p> => p !== undefined)
      .slice(0, PREVIOUS_PUBLISHERS);
    if (!previous.length) return undefined;
    const names = [...new Set(previous.map((p) => p.name))];
    if (!names.includes(who.name)) {
      const were = previous.length === 1 ? 'release was' : `${previous.length} releases were`;
      return {
        level: 'warn',
        detail: `published by ${who.name}; the previous ${were} published by ${names.join(', ')}`,
      };
    }
    const emails = previous.filter((p) => p.name === who.name && p.email).map((p) => p.email);
    if (!who.email || !emails.length || emails.includes(who.email)) return undefined;
    return {
      level: 'warn',
      detail: `published by ${who.name} with an email address none of the previous ${previous.length} releases had`,
    };
  },

  burst: ({ target, meta, published }) => {
    const major = majorOf(target.version);
    if (published === undefined || major === undefined) return undefined;
    const near = [...meta.times]
      .filter(([v, t]) => v !== target.version && Math.abs(t - published) <= BURST_WINDOW_MS && isRelease(v))
      .filter(([v]) => majorOf(v) !== undefined && majorOf(v) !== major)
      .sort((a, b) => a[1] - b[1]);
    if (!near.length) return undefined;
    const list = near.slice(0, 5).map(([v, t]) => `${v} (${gap(Math.abs(t - published))} apart)`);
    return {
      level: 'warn',
      detail: `published within an hour of ${list.join(', ')} on another major line; a compromised account often publishes on every line at once`,
    };
  },
};

/**
 * What each registry signal means and what to do about it, in the words of
 * the SARIF rule's help (code scanning shows it beside every alert).
 */
export const SIGNAL_HELP: Record<SignalName, { title: string; help: string }> = {
  unpublished: {
    title: 'Version removed from the registry',
    help:
      'The registry no longer serves this version, or the package at all. Malicious versions are removed first, so ' +
      'treat it as suspect until you know why it went: do not merge; move to a version the registry serves, check ' +
      'the advisories and the project for the reason, and if it was installed anywhere, look at what it could have run.',
  },
  unanswered: {
    title: 'The registry did not answer',
    help:
      'The registry did not answer for this package (an error, a timeout or the run ran out of time), so nothing ' +
      'about the version is known and it is held rather than passed. Run the check again later; for a private ' +
      'registry, name the environment variable with its token in signals.registry-token-env.',
  },
  'release-age': {
    title: 'Version younger than the hold',
    help:
      'The version was published less than min-release-age ago (default 3 days). Compromised releases are usually ' +
      'found and removed within hours to days, so the check waits; nothing says this version is malicious. Wait ' +
      'until the time shown (a scheduled lockgate run with rerun-held re-runs the check), use the older version the ' +
      'report suggests, or, once someone has reviewed the release, add the override label or an expiring ignore entry.',
  },
  'new-package': {
    title: 'New, young package',
    help:
      'The package is new to this lockfile, its first release is less than 7 days old, and it shares no ' +
      "maintainer with the package that brings it in (platform binaries and a framework's own new packages do). " +
      'Attackers add a fresh package to a trusted one (axios 1.14.1 brought in an 18-hour-old plain-crypto-js). ' +
      'Find which dependency brings it in (the chain in the report), read its code and who published it, and keep ' +
      'the dependent on its previous version until you know.',
  },
  'install-script-added': {
    title: 'Install script added',
    help:
      'The version runs a preinstall, install or postinstall script and the version it replaces ran none; such a ' +
      'script runs on every machine and CI job that installs it. It fails while the release is within the review ' +
      'window, then warns. Read the script in the package before merging (or install with --ignore-scripts); a ' +
      'legitimate one, such as a native-binary helper, can be exempted after review.',
  },
  'trust-downgrade': {
    title: 'Published with less trust than before',
    help:
      'The version it replaces was published from CI with a trusted publisher or a provenance attestation, and this ' +
      'one was not: what a stolen token looks like. It fails within the review window, then warns. Check on the ' +
      "registry who published it and from where, look for the maintainers' word on the release, and stay on the " +
      'previous version until it is explained.',
  },
  'publisher-changed': {
    title: 'New publisher',
    help:
      'The version was published by an account none of the previous 5 releases was published by, or by the same ' +
      'account with a new email address; accounts are taken over and maintainers added before a malicious release. ' +
      "Check the project's repository or changelog for the change of hands; by itself it only warns.",
  },
  burst: {
    title: 'Releases on several major lines at once',
    help:
      'The version was published within an hour of a release on another major line; a compromised account often ' +
      'publishes on every line at once. It is reported only beside another signal on the same version: review the ' +
      'two together.',
  },
};

const RULE_ORDER = SIGNAL_NAMES.filter((n): n is keyof typeof RULES => n !== 'unpublished' && n !== 'unanswered');

/** Every signal of one target, in SIGNAL_NAMES order. `now` is the registry's clock (ms). */
export function evaluateSignals(
  target: SignalTarget,
  answer: RegistryAnswer,
  now: number,
  settings: SignalSettings,
  registry: RegistryView = () => undefined,
): Signal[] {
  const signal = (name: SignalName, hit: Hit | undefined): Signal[] => {
    const setting = settings.levels[name];
    if (!hit || setting === 'off') return [];
    const level = setting === 'warn' ? 'warn' : hit.level;
    const { name: pkg, version, line } = target;
    const eligibleAt = hit.eligibleAt !== undefined && level === 'fail' ? { eligibleAt: iso(hit.eligibleAt) } : {};
    return [{ name: pkg, version, line, signal: name, level, detail: hit.detail, ...eligibleAt }];
  };
  // A version the registry no longer serves is `unpublished`, and nothing else is said about it.
  const gone = unpublished(target, answer, now);
  if (gone || answer.kind === 'not-found') return signal('unpublished', gone);
  const meta = answer.meta;
  const current = meta.versions.get(target.version)!;
  const published = meta.times.get(target.version);
  const publishedBy = published ?? meta.modified;
  // No time at all: the hold cannot be judged, so the version is held as if the registry had not answered.
  if (publishedBy === undefined && settings.minReleaseAgeMs > 0)
    return unansweredSignal(target, 'its document gives no publish time for this version', settings);
  const ctx: RuleContext = { target, meta, current, published, publishedBy, now, settings, registry };
  const out = RULE_ORDER.flatMap((name) => signal(name, RULES[name](ctx)));
  // A burst is said only beside another signal (see the decisions above).
  return out.some((s) => s.signal !== 'burst') ? out : [];
}

/**
 * A new package is a sibling, not a stranger, when a package that depends on
 * it shares a maintainer with it who also maintained that dependent's previous
 * release (a maintainer added with the release, as in event-stream 3.3.6, does
 * not count), and the two were published at the same version or within the
 * release-age window of each other: the platform binaries of build tools
 * (esbuild, rollup, turbo) and a framework's own new scoped packages.
 */
export function siblingOf(ctx: RuleContext): { name: string; version: string } | undefined {
  const { target, meta, settings } = ctx;
  const mine = new Set(ctx.current.maintainers);
  const published = meta.times.get(target.version);
  if (!mine.size || published === undefined) return undefined;
  const window = Math.max(settings.minReleaseAgeMs, DAY);
  return target.dependents?.find((d) => {
    const parent = ctx.registry(d.name);
    const release = parent?.versions.get(d.version);
    const at = parent?.times.get(d.version);
    if (!parent || !release || at === undefined) return false;
    if (d.version !== target.version && Math.abs(at - published) > window) return false;
    const before = previousRelease(parent, d.version);
    const earlier = new Set(before === undefined ? [] : parent.versions.get(before)?.maintainers);
    return release.maintainers.some((m) => mine.has(m) && earlier.has(m));
  });
}

/** The `unpublished` rule: a 404 for the package, or a version not among those the registry serves. */
function unpublished(target: SignalTarget, answer: RegistryAnswer, now: number): Hit | undefined {
  const { name, version } = target;
  if (answer.kind === 'not-found') {
    return {
      level: 'fail',
      detail: `the registry has no package ${name} (HTTP 404): it was removed, and malicious packages are removed first`,
    };
  }
  if (answer.meta.versions.has(version)) return undefined;
  const published = answer.meta.times.get(version);
  return {
    level: 'fail',
    detail:
      published !== undefined
        ? `${name}@${version} was published ${when(published, now)} and has since been removed from the registry; malicious versions are removed first`
        : `${name}@${version} is not among the versions the registry serves for ${name}`,
  };
}

/** Fail while the version is younger than `window`, then warn (no publish time known: warn). */
function youngFails(publishedBy: number | undefined, now: number, window: number, hit: { detail: string }): Hit {
  if (publishedBy !== undefined && now - publishedBy < window)
    return { level: 'fail', detail: hit.detail, eligibleAt: publishedBy + window };
  return { level: 'warn', detail: hit.detail };
}

/**
 * A version the registry did not answer for is held, never passed: a registry
 * made slow on purpose, or a long list pushed past the deadline, must not let
 * a young version through. Nothing about it is known, so no other rule runs.
 */
export function unansweredSignal(target: SignalTarget, reason: string, settings: SignalSettings): Signal[] {
  if (settings.levels.unanswered === 'off') return [];
  return [
    {
      name: target.name,
      version: target.version,
      line: target.line,
      signal: 'unanswered',
      level: settings.levels.unanswered === 'warn' ? 'warn' : 'fail',
      detail: `the registry did not answer for ${target.name}@${target.version} (${reason.replace(/\.$/, '')}); held until it does: run the check again later`,
    },
  ];
}

/** With the override label: holds (`release-age`) become warnings; nothing else changes. */
export function overrideHolds(signals: readonly Signal[], label: string): Signal[] {
  return holdsAsWarnings(signals, `hold overridden by the pull request label ${label}`);
}

/** Holds (`release-age` at fail) become warnings, saying why in parentheses; every other signal stays. */
export function holdsAsWarnings(signals: readonly Signal[], why: string): Signal[] {
  return signals.map((s) => {
    if (s.signal !== 'release-age' || s.level !== 'fail') return s;
    const rest: Signal = { ...s };
    delete rest.eligibleAt;
    return { ...rest, level: 'warn', detail: `${s.detail} (${why})` };
  });
}

/** The base version a target replaces: the highest on its major, else the highest. */
function replacedVersion(target: SignalTarget): string | undefined {
  const major = majorOf(target.version);
  const sorted = [...target.replaces].sort(compareVersions);
  const same = sorted.filter((v) => majorOf(v) === major);
  return same[same.length - 1] ?? sorted[sorted.length - 1];
}

/** Releases published before `time`, newest first (by publish time; unpublished ones included). */
function releasesBefore(meta: PackageMeta, time: number): string[] {
  return [...meta.times]
    .filter(([, t]) => t < time)
    .sort((a, b) => b[1] - a[1])
    .map(([v]) => v);
}

/** The release published last before `version` (by time; by semver when the document has no times). */
function previousRelease(meta: PackageMeta, version: string, sameMajor = false): string | undefined {
  const major = majorOf(version);
  const fits = (v: string) => meta.versions.has(v) && (!sameMajor || majorOf(v) === major);
  const published = meta.times.get(version);
  if (published !== undefined) return releasesBefore(meta, published).find(fits);
  const lower = [...meta.versions.keys()].filter((v) => fits(v) && compareVersions(v, version) < 0);
  return lower.sort(compareVersions).pop();
}

function previousOnLine(meta: PackageMeta, version: string): string | undefined {
  return previousRelease(meta, version, true);
}

function earliest(times: ReadonlyMap<string, number>): number | undefined {
  let min: number | undefined;
  for (const t of times.values()) if (min === undefined || t < min) min = t;
  return min;
}

function majorOf(version: string): number | undefined {
  return semverValid(version, { loose: true }) ? semverMajor(version, { loose: true }) : undefined;
}

function isRelease(version: string): boolean {
  return semverValid(version, { loose: true }) !== null && semverPrerelease(version, { loose: true }) === null;
}

function scriptWords(v: VersionMeta): string {
  if (!v.installScripts.length) return 'an install script';
  return `a ${v.installScripts.join(' and a ')} script`;
}

/** "3 hours ago (2025-09-08 13:16 UTC)"; a time after `now` (clock skew) is "just now". */
function when(time: number, now: number): string {
  return `${now - time < 60_000 ? 'just now' : `${duration(now - time)} ago`} (${stamp(time)})`;
}

/** "2025-09-08 13:16 UTC". */
export function stamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

/** "3 days", "18 hours", "39 minutes", "1 day 6 hours". */
export function duration(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    const hours = Math.floor((ms % DAY) / HOUR);
    return hours ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  }
  if (ms >= HOUR) return plural(Math.floor(ms / HOUR), 'hour');
  return plural(Math.max(1, Math.floor(ms / 60_000)), 'minute');
}

function gap(ms: number): string {
  return ms < 60_000 ? 'under a minute' : duration(ms);
}

/**
 * Whether the abbreviated document settles every rule: when the package was
 * last modified before the longest window of any enabled time-bounded rule,
 * every version is older than that, so no hold, new-package or fail-level
 * window can apply, and the small document's versions and `hasInstallScript`
 * suffice. Otherwise (or without `modified`) the full document is needed.
 */
export function fullDocumentNeeded(abbreviated: PackageMeta, now: number, settings: SignalSettings): boolean {
  if (abbreviated.full) return false;
  if (abbreviated.modified === undefined) return true;
  const on = (s: SignalName) => settings.levels[s] !== 'off';
  const windows = [
    on('release-age') ? settings.minReleaseAgeMs : 0,
    on('new-package') ? YOUNG_MS : 0,
    on('install-script-added') ? reviewWindow(settings) : 0,
    on('trust-downgrade') || on('publisher-changed') || on('burst') ? EVIDENCE_WINDOW_MS : 0,
  ];
  return now - abbreviated.modified < Math.max(...windows);
}
