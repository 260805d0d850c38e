/**
 * The engine: one function both entry points call. A request names two trees
 * (head and base), where the config and the advisory lists come from, and how
 * to reach the advisory sources; one report comes out. What is GitHub's (the
 * event, tokens, comment, annotations, outputs) and what is the terminal's
 * (flags, rendering, exit status) stays in src/entry.
 *
 *   config (trusted tree) → lockfile selection → compare (parse + diff, both
 *   trees) → advisory sources → lookup and match → ignore entries → Report
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isAdvisoryFileName, type AdvisoryFile } from '../advisories/local.js';
import { createSources, type SourceOptions } from '../advisories/sources.js';
import { EMPTY_CONFIG, parseConfigText, utcDate, validateConfig, type LockgateConfig } from '../config/config-file.js';
import { plain } from '../core/escape.js';
import { globMatcher } from '../core/globs.js';
import { DEFAULT_ALLOWED_HOSTS } from '../match/origin-checks.js';
import { urlHost } from '../core/source.js';
import { applyExemptions, applyIgnores } from '../findings/ignore.js';
import { emptyReport, message, type Message, type Report } from '../core/report.js';
import { changedLockfiles } from './pairing.js';
import type { ChangedFile } from './pairing.js';
import { EmptyTree, listLockfiles, type Tree } from '../inputs/trees.js';
import { comparePmConfig, isCommittedTarball, isPmConfigPath, type PmConfig } from '../inputs/pm-config.js';
import { compareManifests } from '../inputs/manifest-check.js';
import { isLockfilePath } from '../lockfiles/detect.js';
import { compareTrees, errorMessage } from './compare.js';
import { checkRanges } from './ranges.js';
import { pinsToCheck } from './pins.js';
import { errorSentence } from '../core/errors.js';
import { checkComparison } from './lookup.js';
import { createSignalsRequest, type SignalsOptions } from './signals.js';
import { createContentRequest, type ContentOptions } from './content.js';
import { explicitOrFile } from '../config/options.js';

/** Where the config file comes from. */
export interface ConfigRequest {
  /** The tree it is read from: the base commit when the head is not trusted (a pull request), else head. */
  tree: Tree;
  /** Path in that tree. */
  path: string;
  /** How the user named it, for messages ("input 'config'", "--config"). */
  origin: string;
  /** A missing file is an error (it was named explicitly), not "no config". */
  required: boolean;
  /** The untrusted side's tree, to say when a pull request changes the config (the change applies once merged). */
  untrusted?: Tree;
}

export interface CheckRequest {
  head: Tree;
  /** The base to compare with (an EmptyTree when there is none). */
  base: Tree;
  /** `diff`: versions the head adds; `all`: every version in head. */
  mode: 'diff' | 'all';
  /** The config file, if any is to be read. */
  config?: ConfigRequest;
  /** Lockfile globs given by the caller (flags or inputs); they take precedence over the config's. */
  lockfileGlobs: readonly string[];
  /** The files the change touches, when the caller knows (a pull request's file list): only lockfiles among them are compared. */
  changedFiles?: readonly ChangedFile[];
  /** The repository on disk: the config's advisory lists are relative to it, and its workflows are read for guidance. */
  root: string;
  /** Advisory lists the caller names (absolute paths). */
  lists: readonly string[];
  /**
   * When set, lists inside `root` that differ in this tree are checked in this
   * tree's version too, so a change cannot remove the entry that flags it.
   */
  protectListsFrom?: Tree;
  /** Advisory sources (the lists come from the request and the config). */
  sources: Omit<SourceOptions, 'advisories'>;
  /** A live source that does not answer is an error (exit 2) rather than a warning. */
  requireLive: boolean;
  /** Today (UTC, YYYY-MM-DD) for ignore-entry expiry; default: the clock. */
  today?: string;
  /** Registry signals (diff mode); undefined = off (offline). The config file's `signals` section completes it. */
  signals?: SignalsOptions;
  /** Package content (diff mode); undefined = off (offline, --no-content). The config's `content` section completes it. */
  content?: ContentOptions;
  /** Told one progress line when the live sources take more than `progressAfterMs` (default two seconds). */
  progress?: (line: string) => void;
  progressAfterMs?: number;
}

/** Run one check. Never throws for bad input: errors are messages of the report. */
export async function check(request: CheckRequest): Promise<Report> {
  const messages: Message[] = [];
  try {
    const config = await loadConfig(request.config, request.today ?? utcDate());
    messages.push(...config.messages);
    if (config.messages.some((m) => m.level === 'error')) return emptyReport(request.mode, messages);

    const hasBase = request.mode === 'diff' && !(request.base instanceof EmptyTree);
    // The package managers' config decides where packages come from as much as the lockfile does.
    const pm = await comparePmConfig(request.head, request.base, hasBase);
    messages.push(...pm.messages);
    // A package.json that asks for something its lockfile does not record, or a lockfile deleted beside its package.json.
    if (hasBase) {
      const manifests = await compareManifests(request.head, request.base);
      pm.findings.push(...manifests.findings);
      messages.push(...manifests.messages);
    }
    // Globs given as flags or inputs beat the config file's (an empty list is "not given").
    const globs = explicitOrFile(
      request.lockfileGlobs.length ? request.lockfileGlobs : undefined,
      config.config.lockfiles,
      [],
    );
    // Exact versions package.json asks for are looked up even when no lockfile changed: the next install fetches them.
    const pins = await pinsToCheck(request.head, hasBase ? request.base : undefined);
    const selection = await selectLockfiles(request, globs);
    if (selection.stop && (selection.stop.level === 'error' || !pins.length))
      return withPmConfig(emptyReport(request.mode, [...messages, selection.stop]), pm);
    if (selection.stop) messages.push(selection.stop);

    const lists = [...request.lists, ...config.config.advisories.map((p) => path.resolve(request.root, p))];
    const protectedLists = request.protectListsFrom
      ? await baseVersionsOfLists(lists, request.protectListsFrom, request.root)
      : [];
    if (protectedLists.length) {
      messages.push(
        message(
          'note',
          `This change edits advisory list ${protectedLists.map((l) => l.path).join(', ')}; the base version is checked too, so removing an entry takes effect once merged.`,
        ),
      );
    }
    const [comparison, sources] = await Promise.all([
      selection.stop
        ? { lockfiles: [], messages: [] }
        : compareTrees(request.head, request.base, selection.only, request.mode === 'all'),
      createSources({
        ...request.sources,
        advisories: lists,
        advisoryRoot: request.root,
        ...(protectedLists.length ? { advisoryFiles: protectedLists } : {}),
      }),
    ]);
    // Direct dependencies locked outside the range their package.json asks for.
    const ranges = await checkRanges(comparison.lockfiles, request.head, request.base, request.mode === 'all');
    pm.findings.push(...ranges.findings);
    messages.push(...ranges.messages);
    const signals =
      request.signals &&
      createSignalsRequest({ ...request.signals, config: config.config.signals, head: request.head });
    const content =
      request.content && createContentRequest(request.content, config.config.content, config.config.signals);
    const report = await checkComparison(comparison, sources.sources, {
      all: request.mode === 'all',
      requireLive: request.requireLive,
      liveSources: sources.live,
      offline: request.sources.offline,
      workflows: async () => (await import('../inputs/workflows.js')).readWorkflowSecrets(request.root),
      ...(signals ? { signals } : {}),
      ...(content ? { content } : {}),
      ...(request.progress ? { progress: request.progress } : {}),
      ...(request.progressAfterMs !== undefined ? { progressAfterMs: request.progressAfterMs } : {}),
      ...(config.config.signals?.levels?.['install-script-added']
        ? { installScriptLevel: config.config.signals.levels['install-script-added'] }
        : {}),
      pins,
      sourcePolicy: {
        allowedHosts: allowedHosts(config.config.allowedHosts, request.signals?.registryUrl),
        explicit: config.config.allowedHosts !== undefined,
        configHosts: pm.registryHosts,
        scopeHosts: pm.scopeHosts,
      },
    });
    const origin = request.config?.origin ?? 'the config file';
    const configFile = request.config?.path ?? origin;
    // Each lockfile keeps its own "locks no package" warning, which the messages may group.
    const lockfiles = report.lockfiles.map((l) => {
      const warning = ranges.locksNothing.get(l.path);
      return warning ? { ...l, locksNothing: warning.message } : l;
    });
    return applyExemptions(
      applyIgnores(
        withPmConfig({ ...report, lockfiles, messages: [...messages, ...report.messages] }, pm),
        config.config.ignore,
        configFile,
      ),
      config.config.exemptions ?? [],
      configFile,
    );
  } catch (error) {
    return emptyReport(request.mode, [...messages, errorMessage(error)]);
  }
}

/** The report with the config's policy findings (its messages are already in). */
function withPmConfig(report: Report, pm: PmConfig): Report {
  return pm.findings.length ? { ...report, fileFindings: [...(report.fileFindings ?? []), ...pm.findings] } : report;
}

/**
 * Hosts new packages may download from: the config's list (default: the public
 * npm and Yarn registries) and the registry the run was told to use, which the
 * user named (a flag or an input), never the change.
 */
export function allowedHosts(configured: readonly string[] | undefined, registryUrl: string | undefined): string[] {
  const hosts = [...(configured ?? DEFAULT_ALLOWED_HOSTS)];
  const registry = registryUrl ? urlHost(registryUrl) : undefined;
  if (registry && !hosts.includes(registry)) hosts.push(registry);
  return hosts;
}

/** Which head lockfiles to compare (undefined = all), or the message that ends the run with nothing to compare. */
async function selectLockfiles(
  request: CheckRequest,
  globs: readonly string[],
): Promise<{ only?: string[]; stop?: Message }> {
  const selects = globMatcher(globs);
  // A glob that selects no lockfile on either side is a typo until shown otherwise, wherever it was written:
  // checked before the changed files are, or a typo would pass every pull request as "touches no lockfile".
  if (globs.length) {
    const [headFiles, baseFiles] = await Promise.all([listLockfiles(request.head), listLockfiles(request.base)]);
    const all = [...headFiles, ...baseFiles];
    const unmatched = globs.find((g) => !all.some(globMatcher([g])));
    if (unmatched !== undefined) {
      const from = request.lockfileGlobs.length ? '' : ` (lockfiles in ${request.config?.path ?? 'the config file'})`;
      return {
        stop: message('error', `'${plain(unmatched, 200)}'${from} selects no lockfile in the head tree.`),
      };
    }
  }
  // A committed tarball changed: every selected lockfile is read, since any of them may install it from the tree.
  const tarball = request.changedFiles && changedLockfiles(request.changedFiles, isCommittedTarball).any;
  const touched =
    request.changedFiles && !tarball
      ? changedLockfiles(request.changedFiles, (f) => isLockfilePath(f) && selects(f))
      : undefined;
  // A change to the package managers' config or a manifest alone is read too (it has no lockfile to compare).
  if (touched && !touched.any && changedLockfiles(request.changedFiles!, isPmConfigPath).any) {
    return { stop: message('note', 'This change touches no lockfile, only package-manager config or manifests.') };
  }
  if (touched && !touched.any) {
    return {
      stop: message(
        'note',
        globs.length
          ? 'This change touches no lockfile that the lockfile globs select, so nothing needed checking.'
          : 'This change touches no lockfile, package-manager config, package.json or committed tarball, so nothing needed checking.',
      ),
    };
  }
  const changed = touched?.inHead;
  if (!globs.length && !changed) return {};
  const headFiles = await listLockfiles(request.head);
  // A path or glob the caller named that selects nothing is a typo until shown otherwise.
  const unmatched = changed ? undefined : request.lockfileGlobs.find((g) => !headFiles.some(globMatcher([g])));
  if (unmatched !== undefined)
    return { stop: message('error', `'${plain(unmatched, 200)}' selects no lockfile in the head tree.`) };
  // The list says these files are in head; a head tree without one of them was not read whole.
  const missing = changed?.find((f) => !headFiles.includes(f));
  if (missing !== undefined)
    return {
      stop: message(
        'error',
        `The pull request's file list names ${plain(missing, 200)} as added or modified, but the head tree read for this run does not have it; the tree listing is incomplete, so nothing was compared.`,
        { file: missing },
      ),
    };
  const only = headFiles.filter((f) => selects(f) && (!changed || changed.includes(f)));
  if (only.length) return { only };
  return {
    stop: message(
      'note',
      changed
        ? 'The lockfiles this change touches were removed, so no version was added.'
        : `No lockfile matches the lockfile globs (${globs.join(', ').slice(0, 300)}).`,
    ),
  };
}

/** The validated config and what reading it had to say. */
async function loadConfig(
  request: ConfigRequest | undefined,
  today: string,
): Promise<{ config: LockgateConfig; messages: Message[] }> {
  if (!request) return { config: EMPTY_CONFIG, messages: [] };
  const { tree, path: file } = request;
  const [text, untrustedText] = await Promise.all([tree.read(file), request.untrusted?.read(file)]);
  const messages: Message[] = [];
  if (request.untrusted && untrustedText !== undefined && untrustedText !== text) {
    messages.push(
      message('note', `This change edits ${file}; the base version was used, so the change applies once it is merged.`),
    );
  }
  if (text === undefined) {
    if (request.required && untrustedText === undefined)
      messages.push(message('error', `Config file '${file}' (${request.origin}) does not exist.`));
    return { config: EMPTY_CONFIG, messages };
  }
  try {
    const validation = validateConfig(file, parseConfigText(file, text), today);
    messages.push(
      ...validation.errors.map((e) => message('error', e, { file })),
      ...validation.warnings.map((w) => message('warning', w, { file })),
    );
    return { config: validation.config, messages };
  } catch (error) {
    messages.push(message('error', errorSentence(error), { file }));
    return { config: EMPTY_CONFIG, messages };
  }
}

/**
 * The base commit's versions of the repository's advisory lists that the
 * change edits or removes, read as bytes from the base tree: files of every
 * kind (incident lists, .json, .jsonl, .jsonl.gz, .zip) and every advisory
 * file of a directory list. They are checked beside the head's, so a change
 * cannot remove the entry that would flag what it adds. Lists outside the
 * repository are the caller's own and have no base version.
 */
async function baseVersionsOfLists(lists: readonly string[], base: Tree, root: string): Promise<AdvisoryFile[]> {
  const out: AdvisoryFile[] = [];
  for (const list of lists) {
    const rel = path.relative(root, list).split(path.sep).join('/');
    if (rel === '' || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) continue;
    const inBase = await base.listFiles((f) => f === rel || (f.startsWith(`${rel}/`) && isAdvisoryFileName(f)));
    for (const file of inBase) {
      const bytes = await base.readBytes(file);
      if (bytes === undefined) continue;
      const head = await readFile(path.join(root, file)).catch(() => undefined);
      if (head === undefined || !Buffer.from(bytes).equals(head)) out.push({ path: file, bytes });
    }
  }
  return out;
}
