/**
 * Locked versions against the ranges package.json asks for (pure). A lockfile
 * whose direct dependency is locked at a version its package.json range does
 * not allow is not a file the package manager wrote. On a frozen install
 * pnpm 9, Yarn 4 (`--immutable`) and Bun compare only the specifier text and
 * install the locked version; npm ci, pnpm 10 and yarn 1 refuse the file
 * (measured: test/fixtures/ranges/<pm>/outside/INSTALLED.txt). A reviewer
 * reading package.json sees a range that is not what runs.
 *
 * - With a base: when the change edits the dependency's range or its locked
 *   version and the result does not satisfy the range, a policy finding.
 *   A mismatch the change did not touch is left alone.
 * - A lockfile with no base (new, or no base at all): a warning.
 *
 * Only semver ranges are judged, as npm judges them (`semver.satisfies` in
 * loose mode, prereleases only where the range names one): `npm:` aliases
 * compare against the alias target's range; dist-tags, `workspace:`, `file:`,
 * `link:`, git and URL specifiers, `catalog:`, `*` and the empty range are not
 * ranges and are skipped, as are entries that are not from the registry and
 * names the root package.json overrides (`overrides`, `resolutions`,
 * `pnpm.overrides` may lock a direct dependency outside its own range).
 *
 * `judgeEmptied`: a lockfile the change empties (it locks no package where the
 * base locked some) while a package.json it serves still declares dependencies
 * is a `lockfile-deleted` finding, as deleting the file is: Yarn 1 reads an
 * empty or comment-only yarn.lock and npm, pnpm and Bun a lockfile with no
 * entries; their frozen installs refuse it and every plain install resolves
 * each dependency afresh from the registry (measured:
 * test/fixtures/manifests/<pm>/emptied/INSTALLED.txt). `judgeUnlocked`: the same file with no
 * base (a new lockfile, or a full scan) is a warning, since a full scan fails only on advisories
 * and the policy the user configured.
 */
import semver from 'semver';
import path from 'node:path';
import { isRecord } from '../core/guards.js';
import { plain } from '../core/escape.js';
import type { Importer, Lockfile } from '../core/model.js';
import type { FileFinding } from '../core/report.js';
import { overriddenNames } from './manifest-pins.js';

/** The fields whose specs the package manager installs a direct dependency by. */
const SPEC_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** One side of a lockfile: the parsed lockfile, its importers (edges) and their package.json files. */
export interface RangeSide {
  lockfile: Pick<Lockfile, 'path' | 'packages'>;
  importers: readonly Importer[];
  /** Importer path (relative to the lockfile's folder) → its parsed package.json. */
  manifests: ReadonlyMap<string, Record<string, unknown>>;
}

export interface RangeJudgement {
  findings: FileFinding[];
  warnings: { file: string; line?: number; message: string }[];
}

/** The range a spec asks for, or undefined when it is not a semver range the rule judges. */
export function rangeOfSpec(spec: string): string | undefined {
  let range = spec.trim();
  if (range.startsWith('npm:')) {
    // `npm:real@range`, `npm:@scope/real@range`; `npm:real` alone is the latest tag.
    const target = range.slice(4);
    const at = target.indexOf('@', target.startsWith('@') ? 1 : 0);
    if (at < 0) return undefined;
    range = target.slice(at + 1).trim();
  }
  if (range === '' || range === '*' || range === 'x' || range === 'X') return undefined;
  return semver.validRange(range, { loose: true }) === null ? undefined : range;
}

/** The specs a package.json declares for one name (every dependency field that names it). */
function specsOf(doc: Record<string, unknown> | undefined, name: string): string[] {
  if (!doc) return [];
  const out: string[] = [];
  for (const field of SPEC_FIELDS) {
    const deps = doc[field];
    if (isRecord(deps) && typeof deps[name] === 'string') out.push(deps[name]);
  }
  return out;
}

/** Install name → locked version of an importer's direct dependencies from the registry. */
function lockedOf(side: RangeSide, importer: Importer) {
  const byId = new Map(side.lockfile.packages.map((p) => [p.id, p]));
  const out = new Map<string, { version: string; line: number }>();
  for (const id of importer.deps) {
    const pkg = byId.get(id);
    if (!pkg || pkg.source !== 'registry' || !pkg.version) continue;
    const name = pkg.alias ?? pkg.name;
    if (!out.has(name)) out.set(name, { version: pkg.version, line: pkg.line });
  }
  return out;
}

/** The direct dependencies of `head` locked outside their package.json range (see the file's comment). */
export function judgeRanges(head: RangeSide, base: RangeSide | undefined): RangeJudgement {
  const out: RangeJudgement = { findings: [], warnings: [] };
  const dir = path.posix.dirname(head.lockfile.path);
  const inRepo = (p: string) => (dir === '.' ? p : `${dir}/${p}`);
  const root = head.manifests.get('package.json');
  const overridden = root ? overriddenNames(root) : new Set<string>();
  for (const importer of head.importers) {
    const doc = head.manifests.get(importer.path);
    if (!doc) continue;
    const baseImporter = base?.importers.find((i) => i.path === importer.path);
    const baseLocked = base && baseImporter ? lockedOf(base, baseImporter) : new Map<string, { version: string }>();
    for (const [name, locked] of lockedOf(head, importer)) {
      if (overridden.has(name)) continue;
      const specs = specsOf(doc, name);
      const ranges = specs.map(rangeOfSpec);
      // Nothing declared, or one spec that is not a range (a tag, a URL, a protocol): not judged.
      if (!ranges.length || ranges.some((r) => r === undefined)) continue;
      if (ranges.some((r) => semver.satisfies(locked.version, r!, { loose: true }))) continue;
      const asked = specs.join(' / ');
      const manifestFile = inRepo(importer.path);
      const where =
        locked.line > 0
          ? { file: head.lockfile.path, line: locked.line }
          : { file: manifestFile, ...(importer.lines?.[name] ? { line: importer.lines[name] } : {}) };
      const what = `${plain(head.lockfile.path, 300)} locks ${plain(name, 214)}@${plain(locked.version, 64)}, which ${plain(manifestFile, 300)} does not allow (it asks for ${plain(asked, 200)})`;
      if (!base) {
        out.warnings.push({
          ...where,
          message: `${what}; there is no base version of the lockfile to compare (a new lockfile, or a full scan), so this is a warning: regenerate it with the package manager.`,
        });
        continue;
      }
      const baseSpecs = specsOf(base.manifests.get(importer.path), name);
      const unchanged = baseSpecs.join('\0') === specs.join('\0') && baseLocked.get(name)?.version === locked.version;
      if (unchanged) continue;
      out.findings.push({
        kind: 'range-unsatisfied',
        ...where,
        key: name,
        to: plain(`${locked.version} (asks ${asked})`, 300),
        problem: `${what}: the package manager would not write this lockfile, yet pnpm 9, Yarn 4 and Bun install the locked version even on a frozen install. Regenerate the lockfile with the package manager, or change the range to the version meant.`,
      });
    }
  }
  return out;
}

/** Specs a lockfile does not lock as a package: links to workspaces and folders. */
const UNLOCKED_SPEC = /^(?:workspace|link):/;

/**
 * The first package.json (by path) among a lockfile's `manifests` that declares dependencies the
 * lockfile would lock: its repository path and how many it declares.
 */
function declaring(
  lockfilePath: string,
  manifests: ReadonlyMap<string, Record<string, unknown>>,
): { file: string; count: number } | undefined {
  const dir = path.posix.dirname(lockfilePath);
  for (const [importer, doc] of [...manifests].sort(([a], [b]) => a.localeCompare(b))) {
    const declared = SPEC_FIELDS.filter((f) => f !== 'peerDependencies').flatMap((field) => {
      const deps = doc[field];
      return isRecord(deps) ? Object.values(deps).filter((v) => typeof v === 'string' && !UNLOCKED_SPEC.test(v)) : [];
    });
    if (declared.length) return { file: dir === '.' ? importer : `${dir}/${importer}`, count: declared.length };
  }
  return undefined;
}

const dependencies = (count: number) => (count === 1 ? 'a dependency' : `${count} dependencies`);

/**
 * The `lockfile-deleted` finding of a lockfile the change empties (see the file's comment), or
 * undefined. `manifests` are the head's package.json files at the base's importer paths.
 */
export function judgeEmptied(
  head: Pick<Lockfile, 'path' | 'packages'>,
  base: Pick<Lockfile, 'packages'>,
  manifests: ReadonlyMap<string, Record<string, unknown>>,
): FileFinding | undefined {
  if (head.packages.length || !base.packages.length) return undefined;
  const found = declaring(head.path, manifests);
  if (!found) return undefined;
  return {
    kind: 'lockfile-deleted',
    file: head.path,
    problem: `${plain(head.path, 300)} is emptied (it locks no package; its base locked ${base.packages.length}) while ${plain(found.file, 300)} declares ${dependencies(found.count)}: the frozen install refuses it and the next plain install resolves every dependency afresh from the registry, and none of what it installs was checked. Keep the lockfile, or regenerate it with the package manager.`,
  };
}

/**
 * The warning for a lockfile with no base (new in the change, or a full scan) that locks no
 * package while a package.json it serves declares dependencies, or undefined: the same file the
 * tools refuse on a frozen install and resolve afresh on a plain one (yarn 1.22.22 reads an empty
 * or comment-only yarn.lock; test/fixtures/manifests/<pm>/emptied*), but with no base there is no
 * change to judge, so it is a warning, as a full scan of a package.json without any lockfile fails nothing.
 */
export function judgeUnlocked(
  head: Pick<Lockfile, 'path' | 'packages'>,
  manifests: ReadonlyMap<string, Record<string, unknown>>,
): { file: string; message: string } | undefined {
  if (head.packages.length) return undefined;
  const found = declaring(head.path, manifests);
  if (!found) return undefined;
  return {
    file: head.path,
    message: `${plain(head.path, 300)} locks no package while ${plain(found.file, 300)} declares ${dependencies(found.count)}: the frozen install refuses it and a plain install resolves every dependency afresh from the registry, unchecked; there is no base version of the lockfile to compare (a new lockfile, or a full scan), so this is a warning: regenerate it with the package manager.`,
  };
}
