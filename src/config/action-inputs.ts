/**
 * The action's inputs, typed and validated once. Reading is separate from
 * validation: `parseActionInputs` takes a getter (core.getInput in the action,
 * a plain map in tests) and either returns every setting or throws an
 * InputError naming the input, the value and what was expected.
 */
import { LockgateError } from '../core/errors.js';
import { plain } from '../core/escape.js';
import { COMMENT_MODES, DEFAULT_CONFIG, INPUT_OPTIONS, MODES, kinds, listItems } from './options.js';

export { COMMENT_MODES, DEFAULT_CONFIG, MODES } from './options.js';

/** What the action was asked to do. */
export interface ActionInputs {
  /** Token for the REST API (comments, PR files, contents) and the GitHub advisory source. Never logged. */
  githubToken: string;
  /** Globs of lockfile paths to check (relative to the repository root); empty = every lockfile. */
  lockfiles: string[];
  /** Extra advisory lists (files or directories, relative to the workspace). */
  advisories: string[];
  /** Use no network advisory source (the bundled snapshot and `advisories` only). */
  offline: boolean;
  /** A live advisory source that does not answer fails the run (exit 2) instead of degrading. */
  requireLiveSources: boolean;
  /**
   * `diff`: check the versions the change adds; `all`: every version in head.
   * Undefined when not given: `diff`, except on events with no base (schedule, workflow_dispatch).
   */
  mode?: (typeof MODES)[number];
  /** When to write the sticky PR comment. */
  comment: (typeof COMMENT_MODES)[number];
  /** Findings do not fail the step (errors still do). */
  warnOnly: boolean;
  /** Path of the config file, relative to the repository root. */
  config: string;
  /** True when `config` was given explicitly (then a missing file is an error). */
  configExplicit: boolean;
  /** Where to write a SARIF 2.1.0 file (relative to the workspace), if anywhere. */
  sarifFile?: string;
  /** OSV API base URL. */
  osvUrl: string;
  /** The npm registry registry signals read. */
  registryUrl: string;
  /** Read the tarballs of new versions (input `content`, default true; `offline` turns it off too). */
  content: boolean;
  /** A directory for on-disk caches (input `cache-dir`), relative to the workspace; undefined = no cache. */
  cacheDir?: string;
  /** Hold versions younger than this (ms; 0 = off); undefined = the config file's, else 3 days. */
  minReleaseAgeMs?: number;
  /** `warn`: holds are warnings; every other fail stays. */
  holds: 'fail' | 'warn';
  /** A pull request label that turns holds (`release-age`) into warnings; empty = none. */
  overrideLabel: string;
  /** On schedule / workflow_dispatch: re-run the failed jobs of pull requests whose holds have ended. */
  rerunHeld: boolean;
  /** Ask OSV.dev (input `osv`, default true). */
  osv: boolean;
  /** Ask the GitHub Advisory Database (input `github-advisories`, default true; GitHub Enterprise Server may lack it). */
  githubAdvisories: boolean;
  /**
   * `config` as `owner/repo/path@ref`: one policy file for many repositories,
   * read through the API with `configToken` (else the github-token).
   */
  configRepo?: { owner: string; repo: string; path: string; ref: string };
  /** Token for reading `configRepo` (input `config-token`). Never logged. */
  configToken?: string;
  /** Base to compare with on events without a pull request (input `base-ref`: a branch, tag or commit). */
  baseRef?: string;
  /** Head to check instead of the workspace (input `head-ref`). */
  headRef?: string;
  /** Where the repository is checked out, relative to GITHUB_WORKSPACE (input `working-directory`); undefined = the workspace. */
  workingDirectory?: string;
}

/** A bad input value: one sentence naming the input, the value and the expected shape. */
export class InputError extends LockgateError {
  override readonly name = 'InputError';

  constructor(message: string) {
    super('input', message);
  }
}

/** Reads one raw input value ('' when unset). */
export type InputGetter = (name: string) => string;

/** Validate every input, from the options table. Throws InputError on the first bad value. */
export function parseActionInputs(get: InputGetter): ActionInputs {
  const read: Record<string, unknown> = {};
  for (const o of INPUT_OPTIONS) {
    const raw = o.list ? get(o.input!) : get(o.input!).trim();
    if (o.list) read[o.key] = listItems(raw);
    else if (raw === '' && o.default === undefined) continue;
    else if (!o.kind) read[o.key] = raw;
    else read[o.key] = inputValue(o.input!, raw || o.default!, o.kind);
  }
  if (read.offline && read.requireLive) {
    throw new InputError(
      "Inputs 'offline' and 'require-live-sources' are both true; they contradict each other, set one of them.",
    );
  }
  const { requireLive, config, configToken, githubToken, overrideLabel, ...rest } = read;
  const configText = (config as string | undefined) ?? '';
  const configRepo = externalConfig(configText);
  return {
    ...(rest as Omit<
      ActionInputs,
      'requireLiveSources' | 'config' | 'configExplicit' | 'githubToken' | 'overrideLabel'
    >),
    githubToken: (githubToken as string | undefined) ?? '',
    requireLiveSources: requireLive as boolean,
    config: configRepo ? configRepo.path : inputValue('config', configText || DEFAULT_CONFIG, kinds.repoPath),
    configExplicit: configRepo !== undefined || (configText !== '' && configText !== DEFAULT_CONFIG),
    ...(configRepo ? { configRepo } : {}),
    ...(configToken ? { configToken: configToken as string } : {}),
    overrideLabel: (overrideLabel as string | undefined) ?? '',
  };
}

/** One input's value read by its kind, or an InputError naming the input, the value and the expected shape. */
function inputValue<T>(name: string, raw: string, kind: { parse(raw: string): T | undefined; expected: string }): T {
  const value = kind.parse(raw);
  if (value === undefined) throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected ${kind.expected}.`);
  return value;
}

/**
 * `owner/repo/path/to/file.yml@ref`, as dependency-review-action's external
 * config: undefined for a plain path (no `@`).
 */
function externalConfig(raw: string): ActionInputs['configRepo'] {
  if (!raw.includes('@')) return undefined;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/([^@]+)@([^@]+)$/.exec(raw);
  if (!match || match[3]!.split('/').includes('..')) {
    throw new InputError(
      `Invalid input 'config': ${shown(raw)}. Expected a path in this repository, or {owner}/{repo}/{path}@{ref} for a config in another repository.`,
    );
  }
  return { owner: match[1]!, repo: match[2]!, path: match[3]!, ref: inputValue('config', match[4]!, kinds.gitRef) };
}

/** Items of a list input: separated by newlines or commas, trimmed, empty items and `#` comments dropped. */
export const listInput = listItems;

/** A YAML 1.2 core-schema boolean, as @actions/core reads them; '' gives the default. */
export function booleanInput(name: string, raw: string, fallback: boolean): boolean {
  return raw === '' ? fallback : inputValue(name, raw, kinds.boolean);
}

/** An input value quoted for an error message: bounded, no control characters. */
function shown(raw: string): string {
  return `'${plain(raw, 80)}'`;
}
