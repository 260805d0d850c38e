/**
 * The Action: inputs and the event → a check request → the engine (the same
 * one the CLI calls) → GitHub reporting (src/github/publish.ts). Only what is
 * GitHub's lives here: the event, the token, the pull request's file list, and
 * where the head and base commits are read from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { InputError, parseActionInputs, type ActionInputs } from '../config/action-inputs.js';
import { emptyReport, message, type Message, type Report } from '../core/report.js';
import { plain } from '../core/escape.js';
import { check, type CheckRequest } from '../engine/check.js';
import type { SignalsOptions } from '../engine/signals.js';
import { rerunEndedHolds } from '../github/holds.js';
import { errorSentence } from '../core/errors.js';
import { createClient, describeHttpError, httpStatus, isRateLimit, parseRepository } from '../github/client.js';
import { githubApiUrl } from '../config/urls.js';
import { cacheRoot, registryCacheDir } from '../config/cache-dir.js';
import { pruneCache } from '../net/disk-cache.js';
import { checkoutDir, commitTree, workspaceTree, type ResolvedTree } from '../github/commits.js';
import { ContentsTree } from '../github/contents-tree.js';
import { planForEvent, type EventPlan } from '../github/event.js';
import { publish, type PublishContext } from '../github/publish.js';
import { listPullFiles } from '../github/pull-files.js';
import { changedLockfiles } from '../engine/pairing.js';
import type { ChangedFile } from '../engine/pairing.js';
import { EmptyTree } from '../inputs/trees.js';
import { isInstallPlanPath } from '../inputs/pm-config.js';
import { treeReRunsHeld } from '../inputs/workflows.js';

/** The action's entry point: sets process.exitCode, never throws. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  process.exitCode = await runAction(env);
}

/** The whole action; returns the exit status. */
export async function runAction(env: NodeJS.ProcessEnv): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = parseActionInputs((name) => core.getInput(name));
  } catch (error) {
    core.error(error instanceof InputError ? error.message : `lockgate: ${errorSentence(error)}`);
    return 2;
  }
  try {
    const plan = withRefs(planForEvent(env.GITHUB_EVENT_NAME ?? '', readEventPayload(env.GITHUB_EVENT_PATH)), inputs);
    const client = inputs.githubToken ? createClient(inputs.githubToken, githubApiUrl(env), env) : undefined;
    const ctx: PublishContext = {
      workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
      repo: parseRepository(env.GITHUB_REPOSITORY),
      env,
      ...(client ? { client } : {}),
    };
    if (inputs.rerunHeld && plan.pullNumber === undefined) await rerunHeld(ctx);
    const report = await scan(inputs, plan, ctx);
    if (inputs.cacheDir) await pruneCache(cacheRoot(inputs.cacheDir, ctx.workspace));
    return await publish(inputs, plan, report, ctx);
  } catch (error) {
    core.error(`lockgate: ${errorSentence(error)}`);
    return 2;
  }
}

/** The pull request's files, then the commits' trees, then the engine. */
async function scan(inputs: ActionInputs, plan: EventPlan, ctx: PublishContext): Promise<Report> {
  const mode = plan.hasBase ? (inputs.mode ?? 'diff') : 'all';
  if (!plan.hasBase)
    core.info(
      `The ${plan.event || 'current'} event has no base commit, so every version in the lockfiles is checked (mode all).`,
    );
  const checkout = await checkoutDir(ctx.workspace, inputs.workingDirectory);
  // A pull request that touches no lockfile is answered before any commit is fetched or read.
  const changedFiles = mode === 'diff' ? await pullFiles(plan, ctx) : undefined;
  // Package-manager config and manifests count: they change what an install fetches without any lockfile changing.
  if (changedFiles && !changedLockfiles(changedFiles, isInstallPlanPath).any) {
    const count = `${changedFiles.length} file${changedFiles.length === 1 ? '' : 's'} changed`;
    return emptyReport(mode, [
      message(
        'note',
        `This pull request changes no lockfile, package-manager config, package.json or committed tarball (${count}), so nothing needed checking.`,
      ),
    ]);
  }
  const { request, head } = await actionRequest(inputs, plan, ctx, checkout, mode, changedFiles);
  const notGit = head.how === 'files' && plan.pullNumber !== undefined;
  const missing = changedFiles && head.how !== 'api' ? await missingFromCheckout(changedFiles, head) : undefined;
  if (missing !== undefined)
    return emptyReport(mode, [
      message(
        'error',
        `The pull request's file list names ${plain(missing, 200)} as added or modified, but ${notGit ? `${checkoutName(inputs)}, which is not a git checkout, does` : `the checkout in ${checkoutName(inputs)} does`} not have it; if actions/checkout puts the repository in a subfolder (\`path:\`), set lockgate's \`working-directory\` input to that folder.`,
        { file: missing },
      ),
    ]);
  const report = await check(request);
  if (notGit) report.messages.unshift(notGitMessage(inputs));
  return report;
}

/** How messages name the checkout folder. */
function checkoutName(inputs: ActionInputs): string {
  return inputs.workingDirectory ? `'${plain(inputs.workingDirectory, 200)}'` : 'the workspace';
}

/** A pull request's head read from a folder that is not a git checkout: its files as they are, not the PR's commit. */
function notGitMessage(inputs: ActionInputs): Message {
  return message(
    'warning',
    `${inputs.workingDirectory ? `The working-directory ${checkoutName(inputs)}` : 'The workspace'} is not a git checkout, so the pull request's head was read from its files as they are; check the repository out there with actions/checkout (and when its \`path:\` puts it in a subfolder, set lockgate's \`working-directory\` input to that folder).`,
  );
}

/**
 * The first lockfile, package-manager config or package.json the pull
 * request's file list shows in head that the checkout lacks: the repository is
 * checked out somewhere else (actions/checkout's `path:`), and comparing
 * what is there would pass the change unread.
 */
async function missingFromCheckout(changedFiles: ChangedFile[], head: ResolvedTree): Promise<string | undefined> {
  const named = changedLockfiles(changedFiles, isInstallPlanPath).inHead;
  if (!named.length) return undefined;
  const present = new Set(await head.tree.listFiles(isInstallPlanPath));
  return named.find((f) => !present.has(f));
}

/**
 * The pull request's changed files, or undefined when there is no pull request
 * or the list cannot be shown to be whole (then every lockfile is compared).
 */
async function pullFiles(plan: EventPlan, ctx: PublishContext): Promise<ChangedFile[] | undefined> {
  if (plan.pullNumber === undefined || !ctx.client) return undefined;
  try {
    const list = await listPullFiles(ctx.client, ctx.repo, plan.pullNumber, plan.changedFiles, plan.head.sha);
    if ('files' in list) return list.files;
    core.info(`The pull request's file list is not used: ${list.fullScan}; every lockfile is compared.`);
  } catch (error) {
    core.info(`Could not list the pull request's files (${describeHttpError(error)}); every lockfile is compared.`);
  }
  return undefined;
}

/** The engine request for this event: trees from git objects, a shallow fetch or the API; the config from base on pull requests. */
async function actionRequest(
  inputs: ActionInputs,
  plan: EventPlan,
  ctx: PublishContext,
  checkout: string,
  mode: 'diff' | 'all',
  changedFiles: ChangedFile[] | undefined,
): Promise<{ request: CheckRequest; head: ResolvedTree }> {
  const treeOptions = { workspace: checkout, repo: ctx.repo, ...(ctx.client ? { client: ctx.client } : {}) };
  const base = plan.baseSha ? await commitTree(plan.baseSha, { ...treeOptions, fetch: true }) : undefined;
  const head =
    plan.head.kind === 'commit'
      ? await commitTree(plan.head.sha, { ...treeOptions, fetch: false })
      : await workspaceTree(plan.head.sha, { ...treeOptions, fetch: false });
  core.info(
    `lockgate: ${plan.event || 'unknown'} event, mode ${mode}; head ${describeTree(plan.head.sha, head)}; base ${plan.baseSha ? describeTree(plan.baseSha, base!) : 'empty'}.`,
  );
  // On pull requests the config and the lists come from the base commit too: a PR cannot exempt itself.
  const trusted = plan.trustedConfigFrom === 'base' && base ? base.tree : undefined;
  const request: CheckRequest = {
    head: head.tree,
    base: base?.tree ?? new EmptyTree(),
    mode,
    config: inputs.configRepo
      ? externalConfigRequest(inputs, ctx)
      : {
          tree: trusted ?? head.tree,
          path: inputs.config,
          origin: "input 'config'",
          required: inputs.configExplicit,
          ...(trusted ? { untrusted: head.tree } : {}),
        },
    lockfileGlobs: inputs.lockfiles,
    ...(changedFiles ? { changedFiles } : {}),
    root: checkout,
    lists: inputs.advisories.map((p) => path.resolve(checkout, p)),
    ...(trusted ? { protectListsFrom: trusted } : {}),
    sources: {
      offline: inputs.offline,
      osv: inputs.osv,
      githubAdvisories: inputs.githubAdvisories,
      env: ctx.env,
      osvUrl: inputs.osvUrl,
      githubApiUrl: githubApiUrl(ctx.env),
      ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
    },
    requireLive: inputs.requireLiveSources,
    ...(inputs.offline
      ? {}
      : {
          signals: {
            ...signalsOptions(inputs, plan, ctx),
            // The schedule runs the default branch's workflows: read them from the base (trusted) tree.
            rerun: () => treeReRunsHeld(base?.tree ?? head.tree),
          },
        }),
    ...(inputs.offline || !inputs.content
      ? {}
      : {
          content: {
            registryUrl: inputs.registryUrl,
            env: ctx.env,
            ...(inputs.cacheDir ? { cacheDir: cacheRoot(inputs.cacheDir, ctx.workspace) } : {}),
          },
        }),
  };
  return { request, head };
}

/**
 * Registry signals from the inputs. The override label counts only on the event that adds it (after the
 * latest push): a label kept on the pull request does not lift the holds of versions a later push brings.
 */
function signalsOptions(inputs: ActionInputs, plan: EventPlan, ctx: PublishContext): SignalsOptions {
  const env = ctx.env;
  const label = inputs.overrideLabel;
  const on = label !== '' && (plan.labels ?? []).includes(label);
  const justAdded = on && plan.labeled === label;
  return {
    registryUrl: inputs.registryUrl,
    ...(inputs.cacheDir ? { cache: registryCacheDir(inputs.cacheDir, ctx.workspace, ctx.workspace) } : {}),
    ...(inputs.minReleaseAgeMs !== undefined ? { minReleaseAgeMs: inputs.minReleaseAgeMs } : {}),
    verb: plan.pullNumber !== undefined ? 'merge' : 'install',
    holds: inputs.holds,
    env,
    ...(plan.pullNumber !== undefined ? { override: { label, applies: justAdded, beforePush: on && !justAdded } } : {}),
  };
}

/** The scheduled pass: re-run held jobs whose holds have ended. Problems are warnings; the scan goes on. */
async function rerunHeld(ctx: PublishContext): Promise<void> {
  if (!ctx.client) {
    core.warning('lockgate could not re-run held pull requests: the github-token input is empty.');
    return;
  }
  try {
    const outcomes = await rerunEndedHolds(ctx.client, ctx.repo, Date.now());
    for (const o of outcomes) {
      const line = `Pull request #${o.pull}: ${o.action} (${o.detail}).`;
      if (o.action === 'failed') core.warning(`lockgate could not re-run a held job. ${line}`);
      else core.info(line);
    }
    core.info(
      `Held pull requests: ${outcomes.filter((o) => o.action === 'rerun').length} re-run of ${outcomes.length} open.`,
    );
  } catch (error) {
    // Permissions are named only when the API refused for them, not for an outage or a rate limit.
    const status = httpStatus(error);
    const refused = !isRateLimit(error) && (status === 403 || status === 404);
    core.warning(
      `lockgate could not list the open pull requests to re-run held jobs (${describeHttpError(error)})${refused ? '; the job needs `actions: write` and `pull-requests: read`' : ''}.`,
    );
  }
}

/**
 * The `base-ref` / `head-ref` inputs over what the event says: a push, a
 * schedule or a manual run can compare two refs as a pull request would.
 */
function withRefs(plan: EventPlan, inputs: ActionInputs): EventPlan {
  return {
    ...plan,
    ...(inputs.baseRef ? { baseSha: inputs.baseRef, hasBase: true } : {}),
    ...(inputs.headRef ? { head: { kind: 'commit' as const, sha: inputs.headRef } } : {}),
  };
}

/**
 * `config: owner/repo/path@ref`: one policy for many repositories, read from
 * that repository through the contents API with `config-token` (a token that
 * can read it), else the github-token. It is trusted as it is: no pull request
 * of this repository can change it.
 */
function externalConfigRequest(inputs: ActionInputs, ctx: PublishContext): CheckRequest['config'] {
  const external = inputs.configRepo!;
  const token = inputs.configToken || inputs.githubToken;
  if (!token)
    throw new Error(
      `The config ${external.owner}/${external.repo}/${external.path}@${external.ref} is in another repository; set config-token (or github-token) to read it.`,
    );
  const client = createClient(token, githubApiUrl(ctx.env), ctx.env);
  return {
    tree: new ContentsTree(client, { owner: external.owner, repo: external.repo }, external.ref),
    path: external.path,
    origin: `input 'config' (${external.owner}/${external.repo}@${external.ref})`,
    required: true,
  };
}

/** The event payload (`{}` when there is none, as on a local run). */
function readEventPayload(file: string | undefined): unknown {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`Could not read the event payload at GITHUB_EVENT_PATH (${errorSentence(error)}).`);
  }
}

function describeTree(sha: string | undefined, resolved: ResolvedTree): string {
  const what = sha ? `commit ${sha.slice(0, 12)}` : 'the workspace';
  const how = {
    git: 'from git objects',
    fetched: 'fetched shallowly',
    api: 'through the contents API',
    workspace: 'checked out in the workspace',
    files: 'the files in the workspace, which is not a git checkout',
  }[resolved.how];
  return `${what} (${how})`;
}
