/**
 * Manifests and lockfiles together (pure). After a merge, every `npm install`,
 * `yarn`, `pnpm install`, `bun install` and bot rebase installs what
 * package.json asks for and rewrites the lockfile to match (`npm ci` and the
 * frozen installs alone refuse). So a pull request that edits what package.json
 * asks for without the lockfile that records it, or deletes the lockfile and
 * keeps package.json, hands the next install whatever the registry serves: the
 * gate saw no lockfile change, and the package manager will make one.
 *
 * - A change to a manifest's dependency fields (`dependencies`,
 *   `devDependencies`, `optionalDependencies`, `workspaces`; `peerDependencies`
 *   where npm records them) while its lockfile stays byte for byte: fail.
 * - A change to `overrides`, `resolutions` or `pnpm.overrides` while the
 *   lockfile stays: fail where the lockfile records them (pnpm, Bun); a
 *   warning elsewhere, since npm and yarn leave the lockfile as it is when an
 *   override changes no locked version (measured with npm 11; the exact
 *   versions it pins are checked against the advisories either way).
 * - A lockfile deleted while the package.json beside it stays, and no other
 *   lockfile takes its place in that folder or locks that package.json as a
 *   workspace from a folder above: fail.
 */
import path from 'node:path';
import { isRecord } from '../core/guards.js';
import { plain } from '../core/escape.js';
import type { FileFinding } from '../core/report.js';

/** Fields every package manager records in its lockfile: changing them changes the lockfile. */
const RECORDED_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'workspaces'] as const;
/** npm 7+ installs the root's peer dependencies and records them; pnpm and yarn do not. */
const PEERS_RECORDED = new Set(['package-lock.json', 'npm-shrinkwrap.json']);
/** Overrides: recorded by pnpm (`overrides:`) and Bun (`overrides`), not by npm or yarn when nothing locked changes. */
const OVERRIDE_FIELDS = ['overrides', 'resolutions', 'pnpm.overrides'] as const;
const OVERRIDES_RECORDED = new Set(['pnpm-lock.yaml', 'bun.lock', 'bun.lockb']);

/** One package.json a lockfile serves, at base and head (undefined: not there or not an object). */
export interface ManifestPair {
  /** Repository-relative path. */
  file: string;
  base?: Record<string, unknown> | undefined;
  head?: Record<string, unknown> | undefined;
}

/** One lockfile of either side, with the package.json files it serves. */
export interface LockfileState {
  /** Repository-relative path (in head, or in base when it was deleted). */
  path: string;
  /** In head (absent: deleted by the change). */
  inHead: boolean;
  /** Its bytes differ between base and head (or it is new). */
  changed: boolean;
  /** Another lockfile of head in the same folder (a switch of package manager). */
  replaced: boolean;
  /**
   * A lockfile of head in a folder above locks the package.json beside this one as a
   * workspace (a move to one workspace lockfile, or a stale lockfile left in a
   * workspace): the install reads that one, and its manifests are judged there.
   */
  adopted?: boolean;
  manifests: ManifestPair[];
}

export interface ManifestJudgement {
  findings: FileFinding[];
  warnings: { file: string; message: string }[];
}

/** The findings of every lockfile of a change whose manifests and lockfile are out of step. */
export function judgeManifests(lockfiles: readonly LockfileState[]): ManifestJudgement {
  const out: ManifestJudgement = { findings: [], warnings: [] };
  for (const lockfile of lockfiles) {
    const name = path.posix.basename(lockfile.path).toLowerCase();
    const beside = lockfile.manifests.find(
      (m) => path.posix.dirname(m.file) === path.posix.dirname(lockfile.path) && m.head !== undefined,
    );
    if (!lockfile.inHead) {
      if (beside && !lockfile.replaced && !lockfile.adopted)
        out.findings.push({
          kind: 'lockfile-deleted',
          file: lockfile.path,
          problem: `${plain(lockfile.path, 300)} is deleted while ${plain(beside.file, 300)} stays: the next install resolves every dependency afresh from the registry, and none of what it installs was checked. Keep the lockfile, or delete the package.json with it.`,
        });
      continue;
    }
    // A kept lockfile under a workspace root's lockfile that locks its package.json: the
    // install reads the root's, where those manifests are judged.
    if (lockfile.changed || lockfile.adopted) continue;
    const recorded: readonly string[] = PEERS_RECORDED.has(name)
      ? [...RECORDED_FIELDS, 'peerDependencies']
      : RECORDED_FIELDS;
    for (const manifest of lockfile.manifests) {
      if (manifest.head === undefined) continue;
      const field = recorded.find((f) => !same(fieldOf(manifest.base, f), fieldOf(manifest.head, f)));
      if (field) {
        out.findings.push({
          kind: 'manifest-without-lockfile',
          file: manifest.file,
          key: field,
          problem: `${plain(manifest.file, 300)} changes its ${field} but ${plain(lockfile.path, 300)} is left as it was: the next install (npm install, yarn, pnpm install, bun install, a bot's rebase) resolves the new ask from the registry, unchecked. Commit the lockfile the package manager writes for it.`,
        });
        continue;
      }
      const override = OVERRIDE_FIELDS.find((f) => !same(fieldOf(manifest.base, f), fieldOf(manifest.head, f)));
      if (!override) continue;
      const problem = `${plain(manifest.file, 300)} changes its ${override} but ${plain(lockfile.path, 300)} is left as it was`;
      if (OVERRIDES_RECORDED.has(name))
        out.findings.push({
          kind: 'manifest-without-lockfile',
          file: manifest.file,
          key: override,
          problem: `${problem}: the package manager records them in its lockfile, so the next install rewrites it from the registry, unchecked. Commit the lockfile the package manager writes for it.`,
        });
      else
        out.warnings.push({
          file: manifest.file,
          message: `${problem}; that is as the package manager leaves it only when the change moves no locked version (the exact versions it names were checked against the advisories).`,
        });
    }
  }
  return out;
}

/** A field of a package.json; `pnpm.overrides` reads the nested one. */
function fieldOf(doc: Record<string, unknown> | undefined, field: string): unknown {
  if (!doc) return undefined;
  if (field === 'pnpm.overrides') return isRecord(doc.pnpm) ? doc.pnpm.overrides : undefined;
  return doc[field];
}

/** Equal as JSON with keys sorted (a reordering changes nothing a package manager records). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sorted(value[k])]),
  );
}
