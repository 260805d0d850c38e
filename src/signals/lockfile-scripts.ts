/**
 * Install scripts as the lockfile itself records them (npm `hasInstallScript`,
 * pnpm `requiresBuild`, Bun's scripts marker), read without the registry (pure):
 * so they count for git and tarball dependencies, which the registry signals
 * do not look at, and for every source when the registry is not asked
 * (`--offline`).
 *
 * - A version that runs an install script where the version it replaces ran
 *   none (both as recorded) is `install-script-added`. It is a warning: without
 *   a publish time there is no review window to fail in, and the registry rule
 *   already fails the registry case while it is young.
 * - A package new to the lockfile that runs an install script is listed, so a
 *   reviewer sees what will run code on `npm install`.
 */
import { isOwnCode, type LockedPackage, type Lockfile } from '../core/model.js';
import type { Change } from '../core/diff.js';
import type { Signal, SignalLevelSetting } from '../core/signals.js';

export interface RecordedScripts {
  signals: Signal[];
  /** `name@version` of packages new to the lockfile that run an install script, first line first. */
  arriving: { name: string; version: string; line: number }[];
}

/**
 * The recorded install scripts of the versions a change adds or upgrades.
 * `registryToo`: judge registry entries as well (when the registry signals
 * are off); git, tarball and other sources are always judged.
 */
export function recordedInstallScripts(
  compared: { head?: Lockfile; base?: Lockfile; changes: readonly Change[] },
  level: SignalLevelSetting,
  registryToo: boolean,
): RecordedScripts {
  const out: RecordedScripts = { signals: [], arriving: [] };
  const { head, base } = compared;
  if (!head) return out;
  const judged = (p: LockedPackage) => !isOwnCode(p) && (registryToo || p.source !== 'registry');
  for (const change of compared.changes) {
    if (change.kind === 'removed') continue;
    for (const version of change.to) {
      const pkg = head.packages.find((p) => p.name === change.name && p.version === version && judged(p));
      if (!pkg || pkg.hasInstallScript !== true) continue;
      if (change.kind === 'added') {
        out.arriving.push({ name: pkg.name, version, line: pkg.line });
        continue;
      }
      const replaced = (base?.packages ?? []).filter((p) => p.name === change.name && change.from.includes(p.version));
      const before =
        change.kind === 'changed'
          ? base?.packages.filter((p) => p.name === pkg.name && p.version === version)
          : replaced;
      if (!before?.length || level === 'off' || !before.every((p) => p.hasInstallScript === false)) continue;
      out.signals.push({
        name: pkg.name,
        version,
        line: pkg.line,
        signal: 'install-script-added',
        level: 'warn',
        detail: `${pkg.name}@${version} runs an install script, as ${head.path} records; ${before[0]!.version}, the version it replaces, ran none`,
      });
    }
  }
  out.arriving.sort((a, b) => a.line - b.line);
  return out;
}
