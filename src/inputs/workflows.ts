/**
 * Which GitHub Actions workflows of the repository install dependencies, and
 * which secrets they reference: the CI credentials a malicious package could
 * have read. `workflowSecrets` is pure (text in, data out); `readWorkflowSecrets`
 * is the small fs reader for `.github/workflows/` of the checked-out tree.
 *
 * Decisions:
 * - YAML is parsed with js-yaml's default schema (plain data, nothing executed).
 *   A file that does not parse, is too large or is not a mapping is returned
 *   with `error` set, never thrown: the guidance lists it for a manual check.
 * - The scope is the whole workflow, not the job: a secret is listed when any
 *   part of a workflow that installs dependencies references it. That
 *   over-reports a little (a secret only used by a job that never installs),
 *   which is the right side to err on when deciding what to rotate.
 * - "Installs dependencies": a step's `run` calls npm ci/install/i/add/rebuild,
 *   npx, bare `yarn` / `yarn install`, yarn/pnpm dlx, pnpm install/i/add, bun
 *   install/i/add, bunx; or a step uses actions/setup-node with `cache`,
 *   pnpm/action-setup with `run_install`, or bahmutov/npm-install.
 * - Secrets are found in every string of the parsed document (so comments do not
 *   count): `secrets.NAME`, `secrets['NAME']`, `secrets["NAME"]`. GitHub secret
 *   names are case-insensitive, so they are upper-cased. `secrets: inherit` and
 *   `toJSON(secrets)` pass every secret and become notes; so do local actions
 *   and reusable workflows, which are not followed.
 * - Workflow files come from the pull request: sizes, counts and names are bounded,
 *   the walk visits each node once (YAML aliases cannot blow it up), and
 *   symlinks are not followed.
 */
import { plain } from '../core/escape.js';
import { isRecord } from '../core/guards.js';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { WorkflowSecrets } from '../core/guidance-types.js';
import type { Tree } from './trees.js';

/** Largest workflow file read, in bytes. */
export const MAX_WORKFLOW_BYTES = 1024 * 1024;
/** Most workflow files read from one repository. */
export const MAX_WORKFLOWS = 200;
/** Most secret names kept per workflow, and their longest length. */
export const MAX_SECRETS = 100;
const MAX_SECRET_NAME = 100;
/** Most install reasons and notes kept per workflow. */
const MAX_REASONS = 10;
/** Most YAML nodes walked per workflow. */
const MAX_NODES = 100_000;

/** The directory of workflows, relative to the repository root. */
const WORKFLOW_DIR = path.join('.github', 'workflows');

/** Parse one workflow file: does it install dependencies, and which secrets does it reference? */
export function workflowSecrets(file: string, yamlText: string): WorkflowSecrets {
  const result: WorkflowSecrets = { path: file, installsDependencies: false, installs: [], secrets: [], notes: [] };
  if (yamlText.length > MAX_WORKFLOW_BYTES) {
    return { ...result, error: `file is over the ${MAX_WORKFLOW_BYTES}-byte limit for workflows` };
  }
  let doc: unknown;
  try {
    doc = yaml.load(yamlText, { filename: file });
  } catch (error) {
    return { ...result, error: `not valid YAML${yamlLine(error)}` };
  }
  if (!isRecord(doc)) return { ...result, error: 'not a workflow (the document is not a mapping)' };

  const installs: string[] = [];
  const notes: string[] = [];
  const jobs = isRecord(doc.jobs) ? doc.jobs : {};
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isRecord(job)) continue;
    const jobName = safeLabel(jobId);
    if (isText(job.uses)) {
      addOnce(notes, `job ${jobName} calls the reusable workflow ${safeLabel(job.uses)}, which was not inspected`);
    }
    if (job.secrets === 'inherit') addOnce(notes, `job ${jobName} passes every secret on (secrets: inherit)`);
    const steps = Array.isArray(job.steps) ? job.steps : [];
    for (const step of steps) {
      if (!isRecord(step)) continue;
      if (isText(step.run)) {
        const command = installCommand(step.run);
        if (command) addOnce(installs, `job ${jobName} runs \`${command}\``);
      }
      if (isText(step.uses)) {
        const reason = installingAction(step.uses, isRecord(step.with) ? step.with : {});
        if (reason) addOnce(installs, `job ${jobName} ${reason}`);
        if (step.uses.startsWith('./')) {
          addOnce(notes, `job ${jobName} uses the local action ${safeLabel(step.uses)}, which was not inspected`);
        }
      }
    }
  }

  const strings = collectStrings(doc);
  if (strings.some((s) => /\btoJSON\(\s*secrets\s*\)/i.test(s))) {
    addOnce(notes, 'it passes every secret on (toJSON(secrets))');
  }
  return {
    path: file,
    installsDependencies: installs.length > 0,
    installs: installs.slice(0, MAX_REASONS),
    secrets: secretNames(strings),
    notes: notes.slice(0, MAX_REASONS),
  };
}

/** Read and parse `.github/workflows/*.yml|*.yaml` under `repoDir`; [] when there is no such directory. */
export function readWorkflowSecrets(repoDir: string): WorkflowSecrets[] {
  const dir = path.join(repoDir, WORKFLOW_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const files = names
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .slice(0, MAX_WORKFLOWS);
  return files.map((name) => {
    const relative = path.posix.join('.github', 'workflows', name);
    const full = path.join(dir, name);
    try {
      const stat = lstatSync(full);
      if (!stat.isFile()) return unreadable(relative, 'not a regular file (symlinks are not followed)');
      if (stat.size > MAX_WORKFLOW_BYTES) {
        return unreadable(relative, `file is over the ${MAX_WORKFLOW_BYTES}-byte limit for workflows`);
      }
      return workflowSecrets(relative, readFileSync(full, 'utf8'));
    } catch (error) {
      const code = isRecord(error) && isText(error.code) ? error.code : 'read error';
      return unreadable(relative, `could not be read (${code})`);
    }
  });
}

/** A workflow known only by its path and why it could not be read. */
function unreadable(file: string, error: string): WorkflowSecrets {
  return { path: file, installsDependencies: false, installs: [], secrets: [], notes: [], error };
}

/**
 * The first dependency-installing command in a `run` script, or undefined.
 * Each pattern is linear (no nested quantifiers): the script comes from the PR.
 */
export function installCommand(script: string): string | undefined {
  const patterns = [
    /\bnpm\s+(?:ci|install|i|add|rebuild)\b/,
    /\bnpx\s/,
    /\bnpm\s+exec\b/,
    /\byarn\s+(?:install|dlx)\b/,
    // Bare `yarn` (installs), alone on its line or followed by flags only.
    /(?:^|[;&|(]\s*|\s)yarn(?:[ \t]+--?[A-Za-z][\w-]*(?:=\S*)?)*[ \t]*(?:$|[;&|)#])/m,
    /\bpnpm\s+(?:install|i|add|dlx)\b/,
    /\bbun\s+(?:install|i|add)\b/,
    /\bbunx\s/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(script.slice(0, 100_000));
    if (match)
      return match[0]
        .trim()
        .replace(/^[;&|(]\s*/, '')
        .replace(/[;&|)#]$/, '')
        .trim()
        .slice(0, 60);
  }
  return undefined;
}

/** Why a `uses:` step counts as installing dependencies, or undefined. */
function installingAction(uses: string, inputs: Record<string, unknown>): string | undefined {
  const action = uses.toLowerCase().split('@')[0] ?? '';
  if (action === 'actions/setup-node' && inputs.cache !== undefined && inputs.cache !== '' && inputs.cache !== false) {
    return 'restores a dependency cache with actions/setup-node';
  }
  if (
    action === 'pnpm/action-setup' &&
    inputs.run_install !== undefined &&
    inputs.run_install !== false &&
    inputs.run_install !== 'false'
  ) {
    return 'installs with pnpm/action-setup (run_install)';
  }
  if (action === 'bahmutov/npm-install') return 'installs with bahmutov/npm-install';
  return undefined;
}

/** Every string value (and mapping key) of the document, visiting each node once, bounded. */
function collectStrings(doc: unknown): string[] {
  const strings: string[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [doc];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const node = stack.pop();
    visited++;
    if (typeof node === 'string') strings.push(node);
    else if (typeof node === 'object' && node !== null && !seen.has(node)) {
      seen.add(node);
      if (Array.isArray(node)) stack.push(...node);
      else
        for (const [key, value] of Object.entries(node)) {
          strings.push(key);
          stack.push(value);
        }
    }
  }
  return strings;
}

/** Secret names referenced in the strings: upper-cased, unique, sorted, bounded. */
export function secretNames(strings: readonly string[]): string[] {
  const names = new Set<string>();
  const pattern = /\bsecrets\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(['"])([A-Za-z_][A-Za-z0-9_]*)\2\s*\])/g;
  for (const text of strings) {
    for (const match of text.matchAll(pattern)) {
      const name = (match[1] ?? match[3] ?? '').toUpperCase();
      if (name === '' || name.length > MAX_SECRET_NAME) continue;
      names.add(name);
      if (names.size >= MAX_SECRETS) return [...names].sort();
    }
  }
  return [...names].sort();
}

/** " at line N (reason)" from a js-yaml error, as much of it as the error carries. */
function yamlLine(error: unknown): string {
  if (!isRecord(error)) return '';
  const line = isRecord(error.mark) && typeof error.mark.line === 'number' ? ` at line ${error.mark.line + 1}` : '';
  const reason = isText(error.reason) ? ` (${safeLabel(error.reason)})` : '';
  return `${line}${reason}`;
}

/** A job id or action reference made safe to show: no control characters, bounded. */
function safeLabel(value: string): string {
  return plain(value, 80).replaceAll('`', '?');
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item) && list.length < MAX_REASONS) list.push(item);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** What the repository's workflows say about re-running held pull requests by themselves. */
export interface RerunAnswer {
  /** A scheduled workflow runs lockgate with `rerun-held: true` (itself or through a local reusable workflow). */
  rerun: boolean;
  /**
   * Reusable workflows of other repositories (`owner/repo/.github/workflows/x.yml@ref`) that a
   * scheduled workflow calls: lockgate cannot read them, so they promise nothing. At most five.
   */
  unread?: string[];
}

/** GitHub's limit on nested reusable workflows: a caller and three levels below it. */
const MAX_CALL_DEPTH = 4;
/** Most unread reusable workflows named. */
const MAX_UNREAD = 5;
const INPUT_EXPRESSION = /^\$\{\{\s*inputs\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}$/;
const LOCAL_WORKFLOW = /^\.\/(\.github\/workflows\/[^/]+\.ya?ml)$/i;

/**
 * Does a scheduled workflow of `files` (repository path → text) re-run held pull requests: a
 * `schedule` trigger, and a step that passes `rerun-held: true` (to any action: the step's `uses`
 * may be a fork or a local path), in the workflow itself or in a local reusable workflow one of
 * its jobs calls (`uses: ./.github/workflows/x.yml`, followed to GitHub's depth of four). A value
 * `${{ inputs.NAME }}` is what the caller passes as `with: NAME`, else the input's `default`. A
 * reusable workflow of another repository cannot be read from here: it is named in `unread` and
 * promises nothing. Only then does a held comment promise an automatic re-run. Text that does not
 * parse says no.
 */
export function rerunAnswer(files: ReadonlyMap<string, string>): RerunAnswer {
  const unread = new Set<string>();
  const parsed = new Map<string, Record<string, unknown> | undefined>();
  const docOf = (file: string) => {
    if (!parsed.has(file)) parsed.set(file, workflowDoc(files.get(file)));
    return parsed.get(file);
  };
  const runs = (doc: Record<string, unknown>, given: Record<string, unknown>, seen: readonly string[]): boolean => {
    if (!isRecord(doc.jobs)) return false;
    const inputs = workflowInputs(doc, given);
    return Object.values(doc.jobs).some((job) => {
      if (!isRecord(job)) return false;
      const steps = Array.isArray(job.steps) ? job.steps : [];
      if (steps.some((step) => isRecord(step) && isRecord(step.with) && isTrue(step.with['rerun-held'], inputs)))
        return true;
      if (!isText(job.uses)) return false;
      const local = LOCAL_WORKFLOW.exec(job.uses)?.[1];
      if (local === undefined) {
        if (job.uses.includes('@') && unread.size < MAX_UNREAD) unread.add(safeLabel(job.uses));
        return false;
      }
      const callee = docOf(local);
      if (!callee || seen.length >= MAX_CALL_DEPTH || seen.includes(local)) return false;
      const passed = Object.fromEntries(
        Object.entries(isRecord(job.with) ? job.with : {}).map(([k, v]) => [k, resolved(v, inputs)]),
      );
      return runs(callee, passed, [...seen, local]);
    });
  };
  for (const file of files.keys()) {
    const doc = docOf(file);
    if (doc && isScheduled(doc) && runs(doc, {}, [file])) return { rerun: true };
  }
  return unread.size ? { rerun: false, unread: [...unread] } : { rerun: false };
}

/** Does this one workflow re-run held pull requests by itself (see rerunAnswer)? */
export function reRunsHeld(yamlText: string): boolean {
  return rerunAnswer(new Map([['.github/workflows/lockgate.yml', yamlText]])).rerun;
}

function workflowDoc(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined || text.length > MAX_WORKFLOW_BYTES) return undefined;
  try {
    const doc: unknown = yaml.load(text);
    return isRecord(doc) ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** YAML 1.1 reads a bare `on:` key as the boolean true; js-yaml's default schema keeps it as "on". */
function triggers(doc: Record<string, unknown>): unknown {
  return doc.on ?? doc.true;
}

function isScheduled(doc: Record<string, unknown>): boolean {
  const on = triggers(doc);
  return on === 'schedule' || (Array.isArray(on) && on.includes('schedule')) || (isRecord(on) && on.schedule != null);
}

/** A reusable workflow's inputs: what its caller passes, else each input's `default`. */
function workflowInputs(doc: Record<string, unknown>, given: Record<string, unknown>): Record<string, unknown> {
  const on = triggers(doc);
  const call = isRecord(on) && isRecord(on.workflow_call) ? on.workflow_call : undefined;
  const declared = call && isRecord(call.inputs) ? call.inputs : {};
  const out: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(declared)) if (isRecord(input)) out[name] = input.default;
  return { ...out, ...given };
}

/** A `with:` value with `${{ inputs.NAME }}` replaced by the input's value. */
function resolved(value: unknown, inputs: Record<string, unknown>): unknown {
  const name = typeof value === 'string' ? INPUT_EXPRESSION.exec(value.trim())?.[1] : undefined;
  return name === undefined ? value : inputs[name];
}

function isTrue(value: unknown, inputs: Record<string, unknown>): boolean {
  const v = resolved(value, inputs);
  return v === true || v === 'true';
}

/** What the workflows of `tree` (`.github/workflows/*.yml|*.yaml`, bounded) say about re-running held pull requests. */
export async function treeReRunsHeld(tree: Tree): Promise<RerunAnswer> {
  const names = await tree.listFiles((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(f));
  const files = new Map<string, string>();
  for (const file of names.slice(0, MAX_WORKFLOWS)) {
    const text = await tree.read(file).catch(() => undefined);
    if (text !== undefined) files.set(file, text);
  }
  return rerunAnswer(files);
}
