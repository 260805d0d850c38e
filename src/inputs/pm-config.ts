/**
 * The package managers' config at base and head (the I/O edge of
 * match/pm-config-rules.ts): every `.npmrc`, `.yarnrc`, `.yarnrc.yml`,
 * `bunfig.toml`, `.pnpmfile.cjs`/`.mjs` and `pnpm-workspace.yaml` of both
 * trees, and the `package.json` at the root and beside each lockfile (for
 * `packageManager`). Files are read as text and parsed as data; nothing here
 * runs them.
 */
import path from 'node:path';
import { plain } from '../core/escape.js';
import { message, type FileFinding, type Message } from '../core/report.js';
import { isLockfilePath } from '../lockfiles/detect.js';
import { isTarballPath } from '../core/source.js';
import {
  ConfigFileError,
  configFileKind,
  judgeConfigChanges,
  readSettings,
  registryHosts,
  scopeRegistryHosts,
  type ConfigFileKind,
  type ConfigFilePair,
  type Setting,
} from '../match/pm-config-rules.js';
import type { Tree } from './trees.js';

/** Most config files read per tree (a hostile tree can hold any number). */
const MAX_CONFIG_FILES = 500;

/** Is this path a package-manager config file lockgate reads (any package.json included)? */
export function isPmConfigPath(file: string): boolean {
  return !file.split('/').includes('node_modules') && configFileKind(file) !== undefined;
}

/**
 * Does a change to this path change what an install does: a lockfile, a
 * package manager's config or a package.json? A pull request that touches
 * none of them is answered without reading anything.
 */
export function isInstallPlanPath(file: string): boolean {
  return isLockfilePath(file) || isPmConfigPath(file) || isCommittedTarball(file);
}

/**
 * A tarball in the repository (outside node_modules): a lockfile's `file:` entry may install it, and its
 * bytes can change without the lockfile, so a change to one is read (inputs/local-tarballs.ts).
 */
export function isCommittedTarball(file: string): boolean {
  return !file.split('/').includes('node_modules') && isTarballPath(file);
}

export interface PmConfig {
  /** Fail-level changes: where packages come from, how they are checked, what runs at install. */
  findings: FileFinding[];
  /** Warnings and notes of the same checks, and files that cannot be read (errors for head, warnings for base). */
  messages: Message[];
  /** Registry hosts the base commit's config names (for the source policy). */
  registryHosts: string[];
  /** Scope (`@acme`) → registry host, from the base commit's config. */
  scopeHosts: Map<string, string>;
}

/**
 * Read the package-manager config of both trees. `judge`: compare base and
 * head (false when there is no base to compare with: a full scan, a first
 * commit); the base's registries are read either way.
 */
export async function comparePmConfig(head: Tree, base: Tree, judge: boolean): Promise<PmConfig> {
  const [headFiles, baseFiles] = await Promise.all([configFiles(head), configFiles(base)]);
  const files = [...new Set([...headFiles, ...baseFiles])].sort().slice(0, MAX_CONFIG_FILES);
  const messages: Message[] = [];
  const pairs: ConfigFilePair[] = [];
  const baseSettings: Setting[] = [];
  for (const file of files) {
    const kind = configFileKind(file)!;
    const [headText, baseText] = await Promise.all([
      judge && headFiles.includes(file) ? head.read(file) : undefined,
      baseFiles.includes(file) ? base.read(file) : undefined,
    ]);
    const baseRead = settingsOf(kind, file, baseText, 'base', messages);
    if (baseRead && kind !== 'package-json') baseSettings.push(...baseRead);
    if (!judge || headText === baseText) continue;
    pairs.push({ file, base: baseRead, head: settingsOf(kind, file, headText, 'head', messages) });
  }
  const findings: FileFinding[] = [];
  for (const change of judgeConfigChanges(pairs)) {
    const where = { file: change.file, ...(change.line ? { line: change.line } : {}) };
    if (change.level === 'fail') {
      findings.push({
        kind: 'config-changed',
        ...where,
        key: change.key,
        ...(change.from !== undefined ? { from: change.from } : {}),
        ...(change.to !== undefined ? { to: change.to } : {}),
        problem: change.problem,
      });
    } else messages.push(message(change.level, change.problem, where));
  }
  return {
    findings,
    messages,
    registryHosts: registryHosts(baseSettings),
    scopeHosts: scopeRegistryHosts(baseSettings),
  };
}

/** The config files of a tree: every config file, and package.json only at the root and beside a lockfile. */
async function configFiles(tree: Tree): Promise<string[]> {
  const listed = await tree.listFiles((f) => isPmConfigPath(f) || isLockfilePath(f));
  const lockfileDirs = new Set(['.', ...listed.filter(isLockfilePath).map((f) => path.posix.dirname(f))]);
  return listed.filter(
    (f) => isPmConfigPath(f) && (configFileKind(f) !== 'package-json' || lockfileDirs.has(path.posix.dirname(f))),
  );
}

function settingsOf(
  kind: ConfigFileKind,
  file: string,
  text: string | undefined,
  side: 'head' | 'base',
  messages: Message[],
): Setting[] | undefined {
  if (text === undefined) return undefined;
  try {
    return readSettings(kind, text);
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error;
    const where = error.line ? `${plain(file)}:${error.line}` : plain(file);
    // The head's file is one the package manager would refuse too: the run cannot vouch for it.
    if (side === 'head') {
      messages.push(
        message('error', `${where}: ${error.message}; the package manager cannot read it either.`, {
          file,
          ...(error.line ? { line: error.line } : {}),
        }),
      );
    } else {
      messages.push(
        message('warning', `The base commit's ${where} cannot be read (${error.message}); it counts as empty.`),
      );
    }
    return undefined;
  }
}
