/**
 * What a responder does about one malicious-package finding: structured
 * guidance (no Markdown; the renderers format it) built from the finding, the
 * advisory records behind it and the repository's workflows.
 *
 * Malware is not a vulnerability: there is no fixed version to upgrade to. The
 * guidance is either "pin to the last release before the compromised ones" (a
 * real package whose maintainer account or pipeline was hijacked for some
 * releases) or "remove it and whatever pulled it in" (a package whose
 * advisory covers every version), and in both
 * cases purge caches and rotate every credential the code could have read.
 *
 * Decisions:
 * - Kind: a record whose affected entry has a SEMVER/ECOSYSTEM range starting
 *   at `introduced: "0"` with no upper bound covers every version, so the
 *   package is `malicious-package` (even when other ranges or explicit
 *   `versions` are listed too: no version would be safe to pin). Explicit
 *   `versions` or bounded ranges only make a `compromised-release`. A finding
 *   whose records list no affected entry for the package gets the cautious
 *   advice, `malicious-package`.
 * - The version to pin is the highest base-branch version (`from`) that no
 *   record covers; otherwise "below" the lowest affected version of the flagged
 *   version's major line (so axios 1.14.1 says "below 1.14.1", not "below
 *   0.30.4"), and "or X and later" when a range has a `fixed` above it.
 * - Everything taken from a lockfile or a record is bounded and stripped of
 *   control characters; URLs are kept only when they are plain https URLs and
 *   advisory ids only when they look like ids.
 */
import { plain } from './escape.js';
import { isRecord } from './guards.js';
import type { OsvAffected, OsvEvent, OsvRecord } from '../advisories/types.js';
import type { ChangeKind } from './diff.js';
import type { LockfileFormat } from './model.js';
import { currentRecord } from './origins.js';
import { affectsVersion, isVersionRange, parseVersion } from './osv-range.js';
import { compareVersions } from './versions.js';

/**
 * How the flagged version arrived: a diff change kind, or `present` for an
 * `--all` scan. (`removed` cannot carry a flagged head version; it is accepted
 * so callers can pass a Change's kind as it is.)
 */
export type GuidanceChange = ChangeKind | 'present';

/** One finding, as the report stage knows it. */
export interface GuidanceInput {
  name: string;
  version: string;
  change: GuidanceChange;
  /** Versions of the package only in the base lockfile (empty for `added` and `present`). */
  from: string[];
  /** npm `hasInstallScript` / pnpm `requiresBuild`; undefined when the format does not record it. */
  installScript: boolean | undefined;
  /** True when a package.json of the repository depends on it directly. */
  direct: boolean;
  /** Chain from a direct dependency to the flagged package (last = flagged), empty when direct or unknown. */
  via: string[];
  /** Path of the lockfile, relative to the scanned tree. */
  lockfile: string;
  format: LockfileFormat;
  /** The advisory records behind this finding (several when they alias each other). */
  records: OsvRecord[];
}

/** What one GitHub Actions workflow of the repository exposes (see src/workflows.ts). */
export interface WorkflowSecrets {
  /** Path relative to the repository root, e.g. `.github/workflows/ci.yml`. */
  path: string;
  /** True when a job installs dependencies (npm ci, yarn, pnpm install, setup-node with cache, npx, ...). */
  installsDependencies: boolean;
  /** Why it counts as installing, e.g. "job build runs `npm ci`" (bounded). */
  installs: string[];
  /** Names of the secrets it references (`secrets.X`, `secrets['X']`), upper-cased, sorted, bounded. */
  secrets: string[];
  /** What a reader must check by hand: `secrets: inherit`, `toJSON(secrets)`, local actions. */
  notes: string[];
  /** Why the file could not be read or parsed (then nothing else is known about it). */
  error?: string;
}

export type GuidanceKind = 'compromised-release' | 'malicious-package';

/** When the package's code could have run. `unknown`: the format does not say, assume install time. */
export type ExposureTime = 'install' | 'runtime' | 'unknown';

/** A workflow whose secrets the package could have read. */
export interface CiExposure {
  workflow: string;
  /** `GITHUB_TOKEN` first (every workflow has it), then the referenced secrets. */
  secrets: string[];
  note?: string;
}

export interface GuidanceLink {
  /** Advisory id (for references: the id of the record that lists them). */
  id: string;
  url: string;
  /** `record`: the advisory page of an id or alias; `advisory` / `report`: a reference of the record. */
  kind: 'record' | 'advisory' | 'report';
}

export interface Guidance {
  kind: GuidanceKind;
  /** One sentence: what this package is. */
  headline: string;
  /** Affected versions in words: "1.0.16 and later", "0.30.4, 1.14.1", "every version". */
  affected: string;
  /** Steps to take now, in order. */
  now: string[];
  exposure: { when: ExposureTime; text: string };
  rotate: {
    /** Credentials on machines that installed or ran it. */
    machines: string[];
    /** Workflows of this repository that install dependencies, with the secrets they reference. */
    ci: CiExposure[];
    /** GITHUB_TOKEN, and what the CI list does or does not cover. */
    ciNote: string;
  };
  indicators: { domains: string[]; ips: string[]; urls: string[] };
  links: GuidanceLink[];
}

/** Longest npm package name. */
const MAX_NAME = 214;
const MAX_VERSION = 64;
/** Most indicators of each kind, reference links and workflows kept. */
const MAX_INDICATORS = 50;
const MAX_REFERENCE_LINKS = 10;
const MAX_WORKFLOWS = 50;
/** Most explicit versions spelled out in `affected`. */
const MAX_LISTED_VERSIONS = 10;

/** Build the guidance for one finding. Pure; `workflows` come from readWorkflowSecrets. */
export function buildGuidance(input: GuidanceInput, workflows: readonly WorkflowSecrets[] = []): Guidance {
  const name = clean(input.name, MAX_NAME);
  const version = clean(input.version, MAX_VERSION);
  const entries = affectedEntries(input.records, input.name);
  const kind = guidanceKind(entries);
  const affected = describeAffected(entries);
  const exposure = exposureOf(input, name, version);
  const indicators = collectIndicators(input.records);

  const headline =
    kind === 'compromised-release'
      ? `${name}@${version} is a compromised release of ${name}: the advisory covers ${affected}, not the package as a whole.`
      : everyVersionHeadline(input.records, name, version);

  const now = [
    contextStep(input, name, version),
    kind === 'compromised-release' ? pinStep(input, entries, name, version) : removeStep(input, name),
    `On every machine that installed it, delete node_modules before installing again; if it ran at install time, treat the machine as compromised (removing the package does not remove what it may have dropped), and rebuild it from a clean image when in doubt.`,
    `Purge the package-manager cache on those machines: \`${cacheCommand(input.format)}\`.`,
    "Delete the CI caches that may hold it: actions/cache entries and the actions/setup-node dependency cache (`gh cache delete --all`, or the repository's Actions → Caches page).",
    'Rotate the credentials listed below from a clean machine, CI and publishing secrets first, and review recent activity they allow (npm publishes, pushes, cloud logs).',
  ];
  const indicatorCount = indicators.domains.length + indicators.ips.length + indicators.urls.length;
  if (indicatorCount > 0) {
    now.push(
      `Search DNS, proxy and firewall logs of those machines and CI runners for the ${indicatorCount} indicator${indicatorCount === 1 ? '' : 's'} of compromise listed below.`,
    );
  }

  return {
    kind,
    headline,
    affected,
    now,
    exposure,
    rotate: { machines: machineCredentials(), ...ciExposure(workflows) },
    indicators,
    links: collectLinks(input.records),
  };
}

/**
 * The headline of a package whose advisory covers every version, worded by what
 * its record says: a real package taken over (the record says it was
 * compromised, hijacked or taken over), else a package published to attack.
 */
function everyVersionHeadline(records: readonly OsvRecord[], name: string, version: string): string {
  const said = records
    .map((r) => `${isText(r.summary) ? r.summary : ''} ${isText(r.details) ? r.details : ''}`)
    .join(' ');
  return TAKEOVER.test(said)
    ? `The advisory covers every version of ${name}, and its record describes a takeover of a real package, so no release is known to be safe: ${name}@${version} must not be installed.`
    : `The advisory covers every version of ${name}: its record describes a package published to attack, not a real one, so ${name}@${version} must not be installed.`;
}

/** Record wording of a takeover ("was compromised", "account takeover", "hijacked"), not the generic "consider the machine compromised". */
const TAKEOVER = /\b(?:was|were|been|got) (?:compromised|hijacked|taken over)\b|\btake-?over\b|\bhijack(?:ed|ing)?\b/i;

/** The affected entries of the records for this package (all entries when none names it). */
export function affectedEntries(records: readonly OsvRecord[], name: string): OsvAffected[] {
  // As each record says now: without what only superseded imports of its origins said.
  const all = records.flatMap((record) => currentRecord(record).affected);
  const own = all.filter((entry) => entry?.package?.name === name);
  return own.length > 0 ? own : all.filter((entry) => entry !== null && typeof entry === 'object');
}

/** `malicious-package` when any entry covers every version (or none says anything), else `compromised-release`. */
export function guidanceKind(entries: readonly OsvAffected[]): GuidanceKind {
  if (entries.length === 0) return 'malicious-package';
  return entries.some(coversEveryVersion) ? 'malicious-package' : 'compromised-release';
}

/** True when the entry has a version range from `introduced: "0"` with no upper bound. */
function coversEveryVersion(entry: OsvAffected): boolean {
  const ranges = Array.isArray(entry.ranges) ? entry.ranges : [];
  return ranges.some((range) => {
    if (range === null || typeof range !== 'object' || !isVersionRange(range)) return false;
    const events = eventsOf(range.events);
    const fromZero = events.some((e) => e.introduced === '0');
    const bounded = events.some(
      (e) => isText(e.fixed) || isText(e.last_affected) || (isText(e.limit) && !e.limit.includes('*')),
    );
    return fromZero && !bounded;
  });
}

/** The affected versions in words, bounded. */
export function describeAffected(entries: readonly OsvAffected[]): string {
  if (entries.length === 0 || entries.some(coversEveryVersion)) return 'every version';
  const parts: string[] = [];
  const listed = [...new Set(entries.flatMap((e) => (Array.isArray(e.versions) ? e.versions : [])).filter(isText))]
    .map((v) => clean(v, MAX_VERSION))
    .sort(compareVersions);
  if (listed.length > 0) {
    const shown = listed.slice(0, MAX_LISTED_VERSIONS).join(', ');
    parts.push(
      listed.length > MAX_LISTED_VERSIONS ? `${shown} and ${listed.length - MAX_LISTED_VERSIONS} more` : shown,
    );
  }
  for (const entry of entries) {
    for (const range of Array.isArray(entry.ranges) ? entry.ranges : []) {
      if (range === null || typeof range !== 'object' || !isVersionRange(range)) continue;
      const text = describeRange(eventsOf(range.events));
      if (text && !parts.includes(text)) parts.push(text);
    }
  }
  return parts.length > 0 ? parts.slice(0, MAX_LISTED_VERSIONS).join('; ') : 'the versions its record lists';
}

/** One range in words: "1.0.16 and later", "4.1.1 through 4.1.2", "2.0.0 up to (not including) 2.1.0". */
function describeRange(events: readonly OsvEvent[]): string | undefined {
  const introduced = events.map((e) => e.introduced).find(isText);
  if (introduced === undefined) return undefined;
  const start = introduced === '0' ? 'every version' : clean(introduced, MAX_VERSION);
  const lastAffected = events.map((e) => e.last_affected).find(isText);
  const fixed = events.map((e) => e.fixed).find(isText);
  if (lastAffected !== undefined) {
    return introduced === '0'
      ? `every version through ${clean(lastAffected, MAX_VERSION)}`
      : `${start} through ${clean(lastAffected, MAX_VERSION)}`;
  }
  if (fixed !== undefined) {
    return introduced === '0'
      ? `every version before ${clean(fixed, MAX_VERSION)}`
      : `${start} up to (not including) ${clean(fixed, MAX_VERSION)}`;
  }
  return introduced === '0' ? start : `${start} and later`;
}

/** The first step: where the version is and what not to do. */
function contextStep(input: GuidanceInput, name: string, version: string): string {
  if (input.change === 'present') {
    return `${name}@${version} is already in ${clean(input.lockfile, 200)} on this branch: every machine and CI job that installed this branch has it.`;
  }
  const from = input.from.length > 0 ? ` (from ${input.from.map((v) => clean(v, MAX_VERSION)).join(', ')})` : '';
  const verb =
    input.change === 'added'
      ? 'adds'
      : input.change === 'changed' || input.change === 'removed'
        ? 'changes the source or integrity of'
        : input.change === 'upgraded'
          ? 'upgrades to'
          : 'downgrades to';
  return `Do not merge this change and do not install this branch: it ${verb} ${name}@${version}${from} in ${clean(input.lockfile, 200)}.`;
}

/** Pin advice for a compromised release: the base version when it is clean, else "below" the first bad one. */
function pinStep(input: GuidanceInput, entries: readonly OsvAffected[], name: string, version: string): string {
  const cleanBase = input.from
    .filter((v) => !entries.some((entry) => affectsVersion(entry, v)))
    .sort(compareVersions)
    .at(-1);
  const below = lowestAffectedInLine(entries, input.version);
  const later = fixedAbove(entries, input.version);

  let target: string;
  if (cleanBase !== undefined) {
    target = `${clean(cleanBase, MAX_VERSION)}, the version on the base branch, which the advisory does not cover`;
  } else if (below !== undefined) {
    target = `the last release before the affected ones (a version below ${clean(below, MAX_VERSION)})`;
  } else {
    target = `a release before ${version} that the advisory does not cover`;
  }
  const alternative = later !== undefined ? `, or to ${clean(later, MAX_VERSION)} or later` : '';
  const how = input.direct
    ? 'as an exact version in package.json (no ^ or ~)'
    : `with ${overrideField(input.format)} in package.json, since it is a transitive dependency${chainText(input)}`;
  return `Pin ${name} to ${target}${alternative}, ${how}, then regenerate ${clean(input.lockfile, 200)} without running install scripts (\`${regenerateCommand(input.format)}\`).`;
}

/** Remove advice for a package that is malicious in every version. */
function removeStep(input: GuidanceInput, name: string): string {
  const lockfile = clean(input.lockfile, 200);
  const regenerate = `then regenerate ${lockfile} (\`${regenerateCommand(input.format)}\`)`;
  if (input.direct) {
    return `Remove ${name} from package.json (it is a direct dependency; check whether the name was meant to be a different, legitimate package), ${regenerate}.`;
  }
  const top = input.via[0];
  if (top !== undefined && input.via.length > 1) {
    return `Remove ${name} and ${clean(top, MAX_NAME + MAX_VERSION)}, the direct dependency that pulls it in${chainText(input)}, or move that dependency to a version that does not depend on ${name}; ${regenerate}.`;
  }
  return `Remove ${name} and the dependency that pulls it in (find it with \`${whyCommand(input.format, name)}\`), ${regenerate}.`;
}

/** " (a → b → c)" for a known chain, else "". */
function chainText(input: GuidanceInput): string {
  if (input.via.length < 2) return '';
  const chain = input.via.slice(0, 10).map((step) => clean(step, MAX_NAME + MAX_VERSION));
  return ` (${chain.join(' → ')}${input.via.length > 10 ? ' → …' : ''})`;
}

/**
 * The lowest affected version of the flagged version's major line that is not
 * above it: explicit versions and non-zero `introduced` bounds.
 */
function lowestAffectedInLine(entries: readonly OsvAffected[], version: string): string | undefined {
  const flagged = parseVersion(version);
  if (!flagged) return undefined;
  const candidates: string[] = [];
  for (const entry of entries) {
    if (Array.isArray(entry.versions)) candidates.push(...entry.versions.filter(isText));
    for (const range of Array.isArray(entry.ranges) ? entry.ranges : []) {
      if (range === null || typeof range !== 'object' || !isVersionRange(range)) continue;
      for (const event of eventsOf(range.events)) {
        if (isText(event.introduced) && event.introduced !== '0') candidates.push(event.introduced);
      }
    }
  }
  return candidates
    .filter((candidate) => {
      const parsed = parseVersion(candidate);
      return parsed !== null && parsed.major === flagged.major && parsed.compare(flagged) <= 0;
    })
    .sort(compareVersions)[0];
}

/** The lowest `fixed` bound above the flagged version, if a range has one. */
function fixedAbove(entries: readonly OsvAffected[], version: string): string | undefined {
  const flagged = parseVersion(version);
  if (!flagged) return undefined;
  const fixes: string[] = [];
  for (const entry of entries) {
    for (const range of Array.isArray(entry.ranges) ? entry.ranges : []) {
      if (range === null || typeof range !== 'object' || !isVersionRange(range)) continue;
      for (const event of eventsOf(range.events)) {
        const parsed = isText(event.fixed) ? parseVersion(event.fixed) : null;
        if (parsed && parsed.compare(flagged) > 0) fixes.push(event.fixed as string);
      }
    }
  }
  // A fix that is itself listed as affected by another entry is no way out.
  return fixes.filter((fix) => !entries.some((entry) => affectsVersion(entry, fix))).sort(compareVersions)[0];
}

/** When the code could have run, and who is exposed. */
function exposureOf(input: GuidanceInput, name: string, version: string): Guidance['exposure'] {
  const lockfile = clean(input.lockfile, 200);
  const ranIn = input.change === 'present' ? 'this branch' : 'this branch (including CI runs of this pull request)';
  if (input.installScript === true) {
    return {
      when: 'install',
      text: `At install time: ${lockfile} records an install script for ${name}@${version}, which runs during install, so every machine and CI job that installed ${ranIn} ran it, whether or not the code was ever used.`,
    };
  }
  if (input.installScript === false) {
    return {
      when: 'runtime',
      text: `When code that requires it runs: ${lockfile} records no install script for ${name}@${version}, so it ran wherever tests, builds or the app were started after installing ${ranIn}; a plain install did not run it.`,
    };
  }
  return {
    when: 'unknown',
    text: `Assume install time: ${lockfile} (${formatLabel(input.format)}) does not record install scripts, so every machine and CI job that installed ${ranIn} may have run it.`,
  };
}

/** Credential kinds to rotate on machines that installed or ran the package. */
function machineCredentials(): string[] {
  return [
    'npm tokens: ~/.npmrc and project .npmrc files, NPM_TOKEN / NODE_AUTH_TOKEN variables (revoke them on npmjs.com or with `npm token revoke`, and check recent publishes of your packages).',
    'GitHub tokens: personal access tokens, the gh CLI login (`gh auth status`), git credential helpers (revoke and sign in again; look for unfamiliar repositories, workflows, deploy keys).',
    'SSH keys in ~/.ssh (replace them and remove the old public keys from GitHub and servers).',
    'Cloud credentials: AWS (~/.aws, AWS_* variables), Google Cloud (gcloud and application-default credentials), Azure (~/.azure, az login).',
    '.env files and secrets in the environment of the shells that installed or ran it; other tokens on disk (Docker registry logins in ~/.docker/config.json, kubeconfig).',
  ];
}

/** The workflows whose secrets were exposed, and the note on GITHUB_TOKEN. */
function ciExposure(workflows: readonly WorkflowSecrets[]): { ci: CiExposure[]; ciNote: string } {
  const ci: CiExposure[] = [];
  for (const workflow of workflows) {
    if (!workflow.installsDependencies && workflow.error === undefined) continue;
    if (ci.length >= MAX_WORKFLOWS) break;
    const secrets = ['GITHUB_TOKEN', ...workflow.secrets.filter((s) => s !== 'GITHUB_TOKEN')];
    const entry: CiExposure = { workflow: clean(workflow.path, 200), secrets };
    if (workflow.error !== undefined) {
      entry.note = `could not be read (${clean(workflow.error, 200)}); check by hand whether it installs dependencies and which secrets it uses`;
    } else if (workflow.notes.length > 0) {
      entry.note = workflow.notes.map((n) => clean(n, 200)).join('; ');
    }
    ci.push(entry);
  }
  const token =
    "Every workflow job gets GITHUB_TOKEN: it expires when the job ends, but while exposed jobs ran it could act with the workflow's permissions, so review commits, tags, releases and workflow changes made meanwhile.";
  let scope: string;
  if (workflows.length === 0)
    scope =
      'No workflow of this repository was read: find the CI jobs that installed this lockfile and rotate their secrets.';
  else if (ci.length === 0)
    scope = 'No workflow in .github/workflows installs dependencies; check CI that runs elsewhere.';
  else
    scope =
      "Listed: the workflows that install dependencies, with every secret they reference; secrets of the repository's other workflows were not available to those jobs.";
  return { ci, ciNote: `${token} ${scope}` };
}

/** Domains, IPs and URLs from `database_specific.iocs` and `affected[].database_specific.indicators`. */
export function collectIndicators(records: readonly OsvRecord[]): Guidance['indicators'] {
  const domains = new Set<string>();
  const ips = new Set<string>();
  const urls = new Set<string>();
  const add = (target: Set<string>, values: unknown, max: number, lower: boolean): void => {
    if (!Array.isArray(values)) return;
    for (const value of values) {
      if (!isText(value) || target.size >= MAX_INDICATORS) continue;
      const text = clean(value.trim(), max);
      if (text !== '') target.add(lower ? text.toLowerCase() : text);
    }
  };
  const addAll = (source: unknown): void => {
    if (!isRecord(source)) return;
    add(domains, source.domains, 253, true);
    add(ips, source.ips, 64, true);
    add(urls, source.urls, 500, false);
  };
  for (const record of records) {
    addAll(isRecord(record.database_specific) ? record.database_specific.iocs : undefined);
    for (const entry of Array.isArray(record.affected) ? record.affected : []) {
      const specific = entry?.database_specific;
      addAll(isRecord(specific) ? specific.indicators : undefined);
    }
  }
  return { domains: [...domains], ips: [...ips], urls: [...urls] };
}

/** Advisory pages of every MAL/GHSA/CVE/OSV id and alias, then the records' ADVISORY and REPORT references, de-duplicated by URL. */
export function collectLinks(records: readonly OsvRecord[]): GuidanceLink[] {
  const links: GuidanceLink[] = [];
  const seen = new Set<string>();
  const push = (link: GuidanceLink): void => {
    if (seen.has(link.url)) return;
    seen.add(link.url);
    links.push(link);
  };
  for (const record of records) {
    const ids = [record.id, ...(Array.isArray(record.aliases) ? record.aliases : [])];
    for (const id of ids) {
      if (!isText(id) || !ADVISORY_ID.test(id) || !LINKED_PREFIX.test(id)) continue;
      push({ id, url: advisoryUrl(id), kind: 'record' });
    }
  }
  let references = 0;
  for (const record of records) {
    if (!isText(record.id) || !ADVISORY_ID.test(record.id)) continue;
    for (const ref of Array.isArray(record.references) ? record.references : []) {
      if (references >= MAX_REFERENCE_LINKS) break;
      const type = isText(ref?.type) ? ref.type.toUpperCase() : '';
      if ((type !== 'ADVISORY' && type !== 'REPORT') || !isText(ref.url) || !SAFE_URL.test(ref.url)) continue;
      const before = links.length;
      push({ id: record.id, url: ref.url, kind: type === 'ADVISORY' ? 'advisory' : 'report' });
      if (links.length > before) references++;
    }
  }
  return links;
}

/** What an OSV / GHSA id looks like; anything else is not turned into a link. */
const ADVISORY_ID = /^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9._-]{1,80}$/;
/** Id prefixes with a page of their own (osv.dev or GitHub); other aliases (SNYK-…) get none. */
const LINKED_PREFIX = /^(?:MAL|GHSA|CVE|OSV)-/i;
/** A plain https URL without spaces, quotes or angle brackets, bounded. */
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[^\s"'<>`\\]{0,400})?$/;

/** GitHub's advisory page for GHSA ids, osv.dev for every other id. */
export function advisoryUrl(id: string): string {
  if (/^GHSA-/i.test(id)) return `https://github.com/advisories/${encodeURIComponent(id)}`;
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}

/** The command that empties the package manager's download cache. */
export function cacheCommand(format: LockfileFormat): string {
  switch (format) {
    case 'npm':
      return 'npm cache clean --force';
    case 'yarn-classic':
      return 'yarn cache clean';
    case 'yarn-berry':
      return 'yarn cache clean --all';
    case 'pnpm':
      return 'pnpm store prune';
    case 'bun':
      return 'bun pm cache rm';
  }
}

/** The command that rewrites the lockfile without running any package's install scripts. */
function regenerateCommand(format: LockfileFormat): string {
  switch (format) {
    case 'npm':
      return 'npm install --package-lock-only';
    case 'yarn-classic':
      return 'yarn install --ignore-scripts';
    case 'yarn-berry':
      return 'yarn install --mode=update-lockfile';
    case 'pnpm':
      return 'pnpm install --lockfile-only';
    case 'bun':
      return 'bun install --lockfile-only';
  }
}

/** The package.json field that forces a transitive dependency's version. */
function overrideField(format: LockfileFormat): string {
  switch (format) {
    case 'npm':
    case 'bun':
      return '"overrides"';
    case 'yarn-classic':
    case 'yarn-berry':
      return '"resolutions"';
    case 'pnpm':
      return '"pnpm.overrides" (or overrides in pnpm-workspace.yaml)';
  }
}

/** The command that shows which dependency pulls a package in. */
function whyCommand(format: LockfileFormat, name: string): string {
  switch (format) {
    case 'npm':
      return `npm explain ${name}`;
    case 'yarn-classic':
    case 'yarn-berry':
      return `yarn why ${name}`;
    case 'pnpm':
      return `pnpm why ${name}`;
    case 'bun':
      return `bun pm ls --all`;
  }
}

/** Human name of a lockfile format. */
function formatLabel(format: LockfileFormat): string {
  switch (format) {
    case 'npm':
      return 'npm';
    case 'yarn-classic':
      return 'Yarn classic';
    case 'yarn-berry':
      return 'Yarn Berry';
    case 'pnpm':
      return 'pnpm';
    case 'bun':
      return 'Bun';
  }
}

/** The event objects of a range, leaving out anything that is not an object. */
function eventsOf(events: unknown): OsvEvent[] {
  return Array.isArray(events) ? events.filter((e): e is OsvEvent => isRecord(e)) : [];
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * A value from a lockfile or record made safe to show: bounded, no control
 * characters, and backticks as `'`, so that every code span in guidance text is
 * one guidance wrote (the Markdown renderer keeps those as code).
 */
function clean(value: string, max: number): string {
  return plain(value.replaceAll('`', "'"), max);
}
