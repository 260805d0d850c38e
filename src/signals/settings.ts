/**
 * Signal settings shared by the CLI, the action and the config file: the
 * duration syntax of `min-release-age`, and the allow list.
 */
import type { SignalLevelSetting, SignalName } from '../core/signals.js';

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

/** The allow-list entry covering `name`, if any: an exact name, or its scope as `@scope` or `@scope/*`. */
export function allowedBy(name: string, allow: readonly AllowEntry[]): AllowEntry | undefined {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
  return allow.find(
    (a) => a.package === name || (scope !== undefined && (a.package === scope || a.package === `${scope}/*`)),
  );
}
