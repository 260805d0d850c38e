/**
 * Signal settings shared by the CLI, the action and the config file: the
 * duration syntax of `min-release-age`, and the allow list.
 */
import type { SignalLevelSetting, SignalName } from './types.js';

/** An allow-list entry of the config file: a package name or a whole scope (`@acme/*`, `@acme`), with why. */
export interface AllowEntry {
  package: string;
  reason: string;
}

/** The config file's `signals` section, validated (config/config-file.ts). */
export interface SignalsConfig {
  /** Per-signal levels that differ from the defaults. */
  levels: Partial<Record<SignalName, SignalLevelSetting>>;
  /** `min-release-age`; the CLI flag or action input beats it. */
  minReleaseAgeMs?: number;
  allow: AllowEntry[];
  /** Name of the environment variable holding the registry token (never the token itself). */
  tokenEnv?: string;
}

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * `72h`, `3d`, `90m`, `1.5d`, `0` → milliseconds; undefined when the text is
 * not a duration. A bare number other than 0 is refused: hours or days must be said.
 */
export function parseDuration(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^0+(\.0+)?$/.test(t)) return 0;
  const match = /^(\d+(?:\.\d+)?)\s*(m|h|d)$/.exec(t);
  if (!match) return undefined;
  const ms = Math.round(Number(match[1]) * UNITS[match[2]!]!);
  return Number.isFinite(ms) && ms <= 365 * UNITS.d! ? ms : undefined;
}

/** The allow-list entry covering `name`, if any: an exact name, or its scope as `@scope` or `@scope/*`. */
export function allowedBy(name: string, allow: readonly AllowEntry[]): AllowEntry | undefined {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
  return allow.find(
    (a) => a.package === name || (scope !== undefined && (a.package === scope || a.package === `${scope}/*`)),
  );
}
