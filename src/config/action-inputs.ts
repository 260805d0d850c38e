/**
 * The action's inputs, typed and validated once. Reading is separate from
 * validation: `parseActionInputs` takes a getter (core.getInput in the action,
 * a plain map in tests) and either returns every setting or throws an
 * InputError naming the input, the value and what was expected.
 */
import { plain } from '../core/escape.js';
import { normalizeHttpUrl } from './urls.js';
import { parseDuration } from '../core/duration.js';



export const MODES = ['diff', 'all'] as const;
export const COMMENT_MODES = ['on-findings', 'always', 'never'] as const;

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
  /** Hold versions younger than this (ms; 0 = off); undefined = the config file's, else 3 days. */
  minReleaseAgeMs?: number;
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
}

/** A bad input value: one sentence naming the input, the value and the expected shape. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Default config file path. */
export const DEFAULT_CONFIG = '.github/lockgate.yml';
const DEFAULT_OSV_URL = 'https://api.osv.dev';
const DEFAULT_REGISTRY_URL = 'https://registry.npmjs.org';

/** Reads one raw input value ('' when unset). */
export type InputGetter = (name: string) => string;

/** Validate every input. Throws InputError on the first bad value. */
export function parseActionInputs(get: InputGetter): ActionInputs {
  const value = (name: string) => get(name).trim();
  const offline = booleanInput('offline', value('offline'), false);
  const requireLiveSources = booleanInput('require-live-sources', value('require-live-sources'), false);
  if (offline && requireLiveSources) {
    throw new InputError(
      "Inputs 'offline' and 'require-live-sources' are both true; they contradict each other, set one of them.",
    );
  }
  const mode = value('mode');
  const sarifFile = value('sarif-file');
  const config = value('config');
  const configRepo = externalConfig(config);
  const configToken = value('config-token');
  const baseRef = value('base-ref');
  const headRef = value('head-ref');
  return {
    githubToken: value('github-token'),
    lockfiles: listInput(get('lockfiles')),
    advisories: listInput(get('advisories')),
    offline,
    requireLiveSources,
    ...(mode ? { mode: oneOf('mode', mode, MODES) } : {}),
    comment: oneOf('comment', value('comment') || 'on-findings', COMMENT_MODES),
    warnOnly: booleanInput('warn-only', value('warn-only'), false),
    config: configRepo ? configRepo.path : relativePath('config', config || DEFAULT_CONFIG),
    configExplicit: configRepo !== undefined || (config !== '' && config !== DEFAULT_CONFIG),
    ...(configRepo ? { configRepo } : {}),
    ...(configToken ? { configToken } : {}),
    ...(baseRef ? { baseRef: gitRef('base-ref', baseRef) } : {}),
    ...(headRef ? { headRef: gitRef('head-ref', headRef) } : {}),
    osv: booleanInput('osv', value('osv'), true),
    githubAdvisories: booleanInput('github-advisories', value('github-advisories'), true),
    ...(sarifFile ? { sarifFile: relativePath('sarif-file', sarifFile) } : {}),
    osvUrl: httpUrl('osv-url', value('osv-url') || DEFAULT_OSV_URL),
    registryUrl: httpUrl('registry-url', value('registry-url') || DEFAULT_REGISTRY_URL),
    ...(value('min-release-age')
      ? { minReleaseAgeMs: durationInput('min-release-age', value('min-release-age')) }
      : {}),
    overrideLabel: value('override-label'),
    rerunHeld: booleanInput('rerun-held', value('rerun-held'), false),
  };
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
  return { owner: match[1]!, repo: match[2]!, path: match[3]!, ref: gitRef('config', match[4]!) };
}

/** A branch, tag or commit name: never an option (`-…`), no `..`, no spaces or control characters. */
function gitRef(name: string, raw: string): string {
  if (!/^(?!-)[A-Za-z0-9._/-]{1,255}$/.test(raw) || raw.includes('..')) {
    throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected a branch, tag or commit, such as main.`);
  }
  return raw;
}

/** Items of a list input: separated by newlines or commas, trimmed, empty items and `#` comments dropped. */
export function listInput(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}

/** A YAML 1.2 core-schema boolean, as @actions/core reads them; '' gives the default. */
export function booleanInput(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected true or false.`);
}

function durationInput(name: string, raw: string): number {
  const ms = parseDuration(raw);
  if (ms === undefined)
    throw new InputError(
      `Invalid input '${name}': ${shown(raw)}. Expected a duration such as 72h, 3d or 90m, or 0 (off).`,
    );
  return ms;
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected one of: ${allowed.join(', ')}.`);
}

function relativePath(name: string, raw: string): string {
  if (raw.split(/[\\/]/).includes('..')) {
    throw new InputError(`Invalid input '${name}': ${shown(raw)}. Expected a path inside the repository (no '..').`);
  }
  return raw;
}

function httpUrl(name: string, raw: string): string {
  const normalized = normalizeHttpUrl(raw);
  if (normalized === undefined)
    throw new InputError(
      `Invalid input '${name}': ${shown(raw)}. Expected an http(s) URL such as ${name === 'registry-url' ? DEFAULT_REGISTRY_URL : DEFAULT_OSV_URL}.`,
    );
  return normalized;
}

/** An input value quoted for an error message: bounded, no control characters. */
function shown(raw: string): string {
  return `'${plain(raw, 80)}'`;
}
