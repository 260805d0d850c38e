/**
 * The repository's config file (default `.github/lockgate.yml`):
 *
 * ```yaml
 * ignore:                      # findings to accept, each one named and dated
 *   - package: left-pad        # exact package name
 *     versions: "1.3.0"        # semver range of the versions it covers
 *     advisory: MAL-2025-1234  # advisory id (or one of its aliases)
 *     reason: false positive, confirmed with the maintainers in #123
 *     expires: 2026-12-31      # after this day the entry is an error, not an ignore
 *   - package: vite            # a registry or content signal exempted for some versions:
 *     versions: "8.5.0"
 *     signal: release-age      # instead of advisory
 *     reason: reviewed the diff in #456
 *     expires: 2026-12-10      # after this day the hold applies again (a warning says so)
 * advisories:                  # extra advisory lists, as the `advisories` input
 *   - security/incidents.txt
 * lockfiles:                   # globs of lockfiles to check, as the `lockfiles` input
 *   - "**\/package-lock.json"
 * signals:                     # registry signals on the versions a change adds
 *   min-release-age: 3d        # hold younger versions (72h, 3d, 0 = off); the input beats it
 *   levels:                    # per signal: fail | warn | off
 *     burst: off
 *   allow:                     # names or scopes not looked up, each with why
 *     - package: "@acme/*"
 *       reason: our own packages, published from our CI
 *   registry-token-env: NPM_TOKEN   # env variable with the registry token (private registries)
 * content:                     # package content of the versions a change adds (docs/content.md)
 *   levels:                    # per rule: fail | warn | off
 *     content-endpoint: off
 *   allowed-endpoints:         # domains never reported as new endpoints
 *     - api.acme.example
 *   max-unpacked-mb: 256       # tarballs larger than this unpacked are not read (default 128)
 * allowed-hosts:               # hosts new packages may download from; replaces the default
 *   - registry.npmjs.org       # (the public npm and Yarn registries), so list them too
 *   - npm.corp.example         # (the host of registry-url is always allowed as well)
 *   - github.com/acme/*        # git sources: one repository, or every repository of an owner
 * ```
 *
 * `validateConfig` is pure (a parsed document and today's date in, the typed
 * config with errors and warnings out); `parseConfigText` turns text into a
 * document. An incomplete or expired ignore entry is an error: an ignore that
 * silently stops applying, or applies to more than was meant, is worse than a
 * failing check.
 */
import { plain } from '../core/escape.js';
import { isRecord } from '../core/guards.js';
import { type SignalsConfig } from '../signals/settings.js';
import { CONTENT_RULE_NAMES, type ContentConfig, type ContentLevel } from '../content/rules.js';
import { parseDuration } from '../core/duration.js';
import { CONTENT_SIGNAL_NAMES, SIGNAL_LEVELS, SIGNAL_NAMES, type SignalLevelSetting } from '../core/signals.js';
import yaml from 'js-yaml';
import semverValidRange from 'semver/ranges/valid.js';
import type { IgnoreEntry, SignalExemption } from '../findings/ignore.js';

/** The validated config file. */
export interface LockgateConfig {
  ignore: IgnoreEntry[];
  /** `ignore` entries that name a signal instead of an advisory, still in force. */
  exemptions?: SignalExemption[];
  /** Extra advisory lists, relative to the repository root. */
  advisories: string[];
  /** Globs of lockfiles to check; empty = every lockfile. */
  lockfiles: string[];
  /** Registry-signal settings. */
  signals: SignalsConfig;
  /** Package-content settings. */
  content?: ContentConfig;
  /** Hosts new packages may download from (lower case, `host` or `host:port`); absent = the public registries. */
  allowedHosts?: string[];
}

/** What validation found: the config (usable only when `errors` is empty), errors and warnings. */
export interface ConfigValidation {
  config: LockgateConfig;
  errors: string[];
  warnings: string[];
}

/** The config of a repository without a config file. */
export const EMPTY_CONFIG: LockgateConfig = {
  ignore: [],
  advisories: [],
  lockfiles: [],
  signals: { levels: {}, allow: [] },
};

/** Largest config file read. */
export const MAX_CONFIG_BYTES = 256 * 1024;
const MAX_ENTRIES = 1000;
const IGNORE_FIELDS = ['package', 'versions', 'advisory', 'signal', 'reason', 'expires'] as const;
/** What an ignore entry must name (`advisory` or `signal`, exactly one, besides these). */
const REQUIRED_FIELDS = ['package', 'versions', 'reason', 'expires'] as const;
/** The signals an exemption may name: the registry's and the package content's. */
const EXEMPTABLE: readonly string[] = [...SIGNAL_NAMES, ...CONTENT_SIGNAL_NAMES];
const TOP_LEVEL = ['ignore', 'advisories', 'lockfiles', 'signals', 'content', 'allowed-hosts'] as const;
const SIGNALS_KEYS = ['min-release-age', 'levels', 'allow', 'registry-token-env'] as const;
/** Entries whose expiry is further away than this get a warning. */
const LONG_EXPIRY_DAYS = 366;

/** Parse config text as YAML (core schema: dates stay strings, nothing is executed). Throws one sentence with the line. */
export function parseConfigText(file: string, text: string): unknown {
  if (text.length > MAX_CONFIG_BYTES)
    throw new Error(`${file}: file is over the ${MAX_CONFIG_BYTES}-byte limit for the config file.`);
  try {
    return yaml.load(text, { filename: file, schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? 'not valid YAML';
    throw new Error(`${file}${mark?.line !== undefined ? `:${mark.line + 1}` : ''}: ${clip(reason)}.`);
  }
}

/**
 * Validate a parsed config document. `today` is `YYYY-MM-DD` (UTC). Every
 * problem is collected, so a user fixes them in one go.
 */
export function validateConfig(file: string, doc: unknown, today: string): ConfigValidation {
  const errors: string[] = [];
  const warnings: string[] = [];
  const config: LockgateConfig = { ignore: [], advisories: [], lockfiles: [], signals: { levels: {}, allow: [] } };
  if (!isRecord(doc)) {
    return { config, errors: [`${file}: expected a mapping with the keys ${TOP_LEVEL.join(', ')}.`], warnings };
  }
  for (const key of Object.keys(doc)) {
    if (!(TOP_LEVEL as readonly string[]).includes(key)) {
      warnings.push(`${file}: unknown key ${quoted(key)} was ignored (known keys: ${TOP_LEVEL.join(', ')}).`);
    }
  }
  config.advisories = stringList(file, 'advisories', doc.advisories, errors);
  config.lockfiles = stringList(file, 'lockfiles', doc.lockfiles, errors);
  config.signals = validateSignals(file, doc.signals, errors, warnings);
  if (doc.content !== undefined && doc.content !== null)
    config.content = validateContent(file, doc.content, errors, warnings);
  if (doc['allowed-hosts'] !== undefined && doc['allowed-hosts'] !== null) {
    const hosts = stringList(file, 'allowed-hosts', doc['allowed-hosts'], errors).map((h) => h.toLowerCase());
    // A host, or a git repository pattern on a host (`github.com/acme/tool`, `github.com/acme/*`).
    const bad = hosts.find(
      (h) =>
        !/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:\/[\w.-]+)+(?:\/[\w.-]+|\/\*)$|^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?$/.test(
          h,
        ),
    );
    if (bad !== undefined)
      errors.push(
        `${file}: 'allowed-hosts' entry ${quoted(bad)} is not a host name or repository pattern (expected e.g. npm.corp.example, npm.corp.example:8443 or github.com/acme/*).`,
      );
    else config.allowedHosts = hosts;
  }

  if (doc.ignore !== undefined && doc.ignore !== null) {
    if (!Array.isArray(doc.ignore)) errors.push(`${file}: 'ignore' must be a list of entries.`);
    else if (doc.ignore.length > MAX_ENTRIES)
      errors.push(`${file}: 'ignore' has ${doc.ignore.length} entries, over the limit of ${MAX_ENTRIES}.`);
    else {
      doc.ignore.forEach((raw: unknown, index: number) => {
        const entry = validateIgnoreEntry(`${file}: ignore entry ${index + 1}`, raw, today, errors, warnings);
        if (entry && 'signal' in entry) (config.exemptions ??= []).push(entry);
        else if (entry) config.ignore.push(entry);
      });
    }
  }
  return { config, errors, warnings };
}

function validateIgnoreEntry(
  where: string,
  raw: unknown,
  today: string,
  errors: string[],
  warnings: string[],
): IgnoreEntry | SignalExemption | undefined {
  if (!isRecord(raw)) {
    errors.push(`${where}: expected a mapping with ${IGNORE_FIELDS.join(', ')}.`);
    return undefined;
  }
  const label = typeof raw.package === 'string' ? `${where} (${quoted(raw.package)})` : where;
  for (const key of Object.keys(raw)) {
    if (!(IGNORE_FIELDS as readonly string[]).includes(key)) {
      warnings.push(`${label}: unknown field ${quoted(key)} was ignored (fields: ${IGNORE_FIELDS.join(', ')}).`);
    }
  }
  const text = (field: string) => (typeof raw[field] === 'string' ? (raw[field] as string).trim() : '');
  const missing: string[] = REQUIRED_FIELDS.filter((field) => text(field) === '');
  // A signal's name written as the advisory (the way one tried before exemptions existed) is read as the signal.
  const signalAsAdvisory = text('signal') === '' && EXEMPTABLE.includes(text('advisory'));
  if (signalAsAdvisory)
    warnings.push(
      `${label}: advisory ${quoted(text('advisory'))} is a signal; it was read as signal: ${text('advisory')} (write it that way).`,
    );
  const signal = signalAsAdvisory ? text('advisory') : text('signal');
  const advisory = signalAsAdvisory ? '' : text('advisory');
  if (advisory === '' && signal === '') missing.push('advisory (or signal)');
  if (missing.length) {
    errors.push(
      `${label}: missing or empty ${missing.join(', ')}; every ignore entry needs package, versions (a semver range), advisory or signal, reason and expires (YYYY-MM-DD).`,
    );
    return undefined;
  }
  if (advisory !== '' && signal !== '') {
    errors.push(`${label}: names both advisory and signal; an entry ignores one advisory or exempts from one signal.`);
    return undefined;
  }
  const common = {
    package: text('package'),
    versions: text('versions'),
    reason: text('reason'),
    expires: text('expires'),
  };
  let ok = true;
  if (signal !== '' && !EXEMPTABLE.includes(signal)) {
    errors.push(`${label}: signal ${quoted(signal)} is not a signal; expected one of ${EXEMPTABLE.join(', ')}.`);
    ok = false;
  }
  if (semverValidRange(common.versions) === null) {
    errors.push(
      `${label}: versions ${quoted(common.versions)} is not a semver range; expected e.g. "1.3.0", ">=1.2.0 <1.4.0" or "*".`,
    );
    ok = false;
  }
  if (!isDate(common.expires)) {
    errors.push(`${label}: expires ${quoted(common.expires)} is not a date; expected YYYY-MM-DD.`);
    ok = false;
  } else if (common.expires < today && signal !== '') {
    // An expired exemption is no error: the signal simply applies again, and the run says so.
    warnings.push(
      `${label}: the exemption from ${signal} expired on ${common.expires}, so ${signal} applies again; review it, then renew it with a new expires date or remove it.`,
    );
    return undefined;
  } else if (common.expires < today) {
    errors.push(
      `${label}: expired on ${common.expires} (ignoring ${quoted(advisory)}); review it, then renew it with a new expires date or remove it.`,
    );
    ok = false;
  } else if (daysBetween(today, common.expires) > LONG_EXPIRY_DAYS) {
    warnings.push(
      `${label}: expires ${common.expires}, more than a year away; ignore entries are meant to be reviewed.`,
    );
  }
  if (!ok) return undefined;
  return signal !== '' ? { ...common, signal } : { ...common, advisory };
}

/** The `signals` section; every problem named with its key. */
function validateSignals(file: string, raw: unknown, errors: string[], warnings: string[]): SignalsConfig {
  const out: SignalsConfig = { levels: {}, allow: [] };
  if (raw === undefined || raw === null) return out;
  if (!isRecord(raw)) {
    errors.push(`${file}: 'signals' must be a mapping with the keys ${SIGNALS_KEYS.join(', ')}.`);
    return out;
  }
  for (const key of Object.keys(raw)) {
    if (!(SIGNALS_KEYS as readonly string[]).includes(key))
      warnings.push(
        `${file}: unknown key signals.${quoted(key)} was ignored (known keys: ${SIGNALS_KEYS.join(', ')}).`,
      );
  }
  const age = raw['min-release-age'];
  if (age !== undefined && age !== null) {
    const ms = typeof age === 'string' || typeof age === 'number' ? parseDuration(String(age)) : undefined;
    if (ms === undefined)
      errors.push(
        `${file}: signals.min-release-age ${quoted(String(age))} is not a duration; expected e.g. 72h, 3d or 0 (off).`,
      );
    else out.minReleaseAgeMs = ms;
  }
  const levels = raw.levels;
  if (levels !== undefined && levels !== null) {
    if (!isRecord(levels)) errors.push(`${file}: signals.levels must map signal names to fail, warn or off.`);
    else {
      for (const [name, level] of Object.entries(levels)) {
        if (!(SIGNAL_NAMES as readonly string[]).includes(name)) {
          errors.push(
            `${file}: signals.levels has unknown signal ${quoted(name)}; expected one of ${SIGNAL_NAMES.join(', ')}.`,
          );
        } else if (typeof level !== 'string' || !(SIGNAL_LEVELS as readonly string[]).includes(level)) {
          errors.push(
            `${file}: signals.levels.${name} is ${quoted(String(level))}; expected one of ${SIGNAL_LEVELS.join(', ')}.`,
          );
        } else out.levels[name as keyof SignalsConfig['levels']] = level as SignalLevelSetting;
      }
    }
  }
  const allow = raw.allow;
  if (allow !== undefined && allow !== null) {
    if (!Array.isArray(allow) || allow.length > MAX_ENTRIES)
      errors.push(`${file}: signals.allow must be a list of at most ${MAX_ENTRIES} entries with package and reason.`);
    else {
      allow.forEach((entry: unknown, index: number) => {
        const where = `${file}: signals.allow entry ${index + 1}`;
        const name = isRecord(entry) && typeof entry.package === 'string' ? entry.package.trim() : '';
        const reason = isRecord(entry) && typeof entry.reason === 'string' ? entry.reason.trim() : '';
        if (!name || !reason) {
          errors.push(`${where}: needs package (a name, @scope or @scope/*) and a non-empty reason.`);
        } else if (!/^(?:@[\w.-]+(?:\/(?:\*|[\w.-]+))?|[\w.-]+)$/.test(name)) {
          errors.push(`${where}: package ${quoted(name)} is not a package name, @scope or @scope/*.`);
        } else out.allow.push({ package: name, reason });
      });
    }
  }
  const tokenEnv = raw['registry-token-env'];
  if (tokenEnv !== undefined && tokenEnv !== null) {
    if (typeof tokenEnv !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv))
      errors.push(
        `${file}: signals.registry-token-env must name an environment variable (letters, digits, _), not hold a token.`,
      );
    else out.tokenEnv = tokenEnv;
  }
  return out;
}

const CONTENT_KEYS = ['levels', 'allowed-endpoints', 'max-unpacked-mb'] as const;

/** The `content` section; every problem named with its key. */
function validateContent(file: string, raw: unknown, errors: string[], warnings: string[]): ContentConfig {
  const out: ContentConfig = { levels: {}, allowedEndpoints: [] };
  if (!isRecord(raw)) {
    errors.push(`${file}: 'content' must be a mapping with the keys ${CONTENT_KEYS.join(', ')}.`);
    return out;
  }
  for (const key of Object.keys(raw)) {
    if (!(CONTENT_KEYS as readonly string[]).includes(key))
      warnings.push(
        `${file}: unknown key content.${quoted(key)} was ignored (known keys: ${CONTENT_KEYS.join(', ')}).`,
      );
  }
  const levels = raw.levels;
  if (levels !== undefined && levels !== null) {
    if (!isRecord(levels)) errors.push(`${file}: content.levels must map rule names to fail, warn or off.`);
    else {
      for (const [name, level] of Object.entries(levels)) {
        if (!(CONTENT_RULE_NAMES as readonly string[]).includes(name)) {
          errors.push(
            `${file}: content.levels has unknown rule ${quoted(name)}; expected one of ${CONTENT_RULE_NAMES.join(', ')}.`,
          );
        } else if (typeof level !== 'string' || !(SIGNAL_LEVELS as readonly string[]).includes(level)) {
          errors.push(
            `${file}: content.levels.${name} is ${quoted(String(level))}; expected one of ${SIGNAL_LEVELS.join(', ')}.`,
          );
        } else out.levels[name as keyof ContentConfig['levels']] = level as ContentLevel;
      }
    }
  }
  const endpoints = stringList(file, 'content.allowed-endpoints', raw['allowed-endpoints'], errors);
  const bad = endpoints.find((e) => !/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i.test(e));
  if (bad !== undefined)
    errors.push(
      `${file}: content.allowed-endpoints entry ${quoted(bad)} is not a domain (expected e.g. api.acme.example).`,
    );
  else out.allowedEndpoints = endpoints.map((e) => e.toLowerCase());
  const mb = raw['max-unpacked-mb'];
  if (mb !== undefined && mb !== null) {
    if (typeof mb !== 'number' || !Number.isInteger(mb) || mb < 1 || mb > 4096)
      errors.push(
        `${file}: content.max-unpacked-mb ${quoted(String(mb))} must be a whole number of megabytes from 1 to 4096.`,
      );
    else out.maxUnpackedBytes = mb * 1024 * 1024;
  }
  return out;
}

function stringList(file: string, key: string, value: unknown, errors: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (
    !Array.isArray(value) ||
    value.length > MAX_ENTRIES ||
    !value.every((v) => typeof v === 'string' && v.trim() !== '')
  ) {
    errors.push(`${file}: '${key}' must be a list of non-empty strings (at most ${MAX_ENTRIES}).`);
    return [];
  }
  const items = (value as string[]).map((v) => v.trim());
  const outside = items.find((v) => v.split(/[\\/]/).includes('..') || v.startsWith('/'));
  if (outside !== undefined) {
    errors.push(
      `${file}: '${key}' entry ${quoted(outside)} leaves the repository; expected a path relative to its root.`,
    );
    return [];
  }
  return items;
}

/** Is `text` a real calendar date written YYYY-MM-DD? */
function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** Today's date (UTC) as YYYY-MM-DD. */
export function utcDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function quoted(value: string): string {
  return `"${clip(value)}"`;
}

function clip(value: string, max = 80): string {
  return plain(value, max);
}
