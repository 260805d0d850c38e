import path from 'node:path';
import { globMatcher } from '../core/globs.js';
import type { Lockfile, Manifest } from '../core/model.js';
import { isRecord } from '../core/guards.js';
import type { Tree } from './trees.js';



/** Most workspace package.json files read for one lockfile. */
const MAX_MANIFESTS = 2000;
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * The package.json files a lockfile serves: the one beside it and, when it
 * declares `workspaces` (a list of globs, or `{packages: [...]}`), those of the
 * workspaces. Paths are relative to the lockfile's directory. Used only to tell
 * which dependencies are direct, for formats that do not record it (classic
 * yarn.lock); a file that cannot be read or parsed is left out.
 */
export async function readManifests(tree: Tree, lockfile: string): Promise<Manifest[]> {
  const dir = path.posix.dirname(lockfile);
  const inDir = (file: string) => (dir === '.' ? file : `${dir}/${file}`);
  const root = await readManifest(tree, inDir('package.json'));
  if (!root) return [];
  const manifests: Manifest[] = [{ path: 'package.json', dependencies: root.dependencies }];
  const patterns = workspacePatterns(root.raw);
  if (!patterns.length) return manifests;
  const matches = globMatcher(patterns.map((p) => p.replace(/\/+$/, '')));
  const prefix = dir === '.' ? '' : `${dir}/`;
  const files = await tree.listFiles(
    (f) => f.startsWith(prefix) && f.endsWith('/package.json') && matches(path.posix.dirname(f.slice(prefix.length))),
  );
  for (const file of files.slice(0, MAX_MANIFESTS)) {
    const manifest = await readManifest(tree, file);
    if (manifest) manifests.push({ path: file.slice(prefix.length), dependencies: manifest.dependencies });
  }
  return manifests;
}

async function readManifest(
  tree: Tree,
  file: string,
): Promise<{ raw: Record<string, unknown>; dependencies: Record<string, string> } | undefined> {
  let raw: unknown;
  try {
    const text = await tree.read(file);
    if (text === undefined) return undefined;
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(raw)) return undefined;
  const dependencies: Record<string, string> = {};
  for (const field of DEPENDENCY_FIELDS) {
    const deps = raw[field];
    if (!isRecord(deps)) continue;
    for (const [name, range] of Object.entries(deps)) if (typeof range === 'string') dependencies[name] = range;
  }
  return { raw, dependencies };
}

function workspacePatterns(manifest: Record<string, unknown>): string[] {
  const field = manifest.workspaces;
  const list = Array.isArray(field) ? field : isRecord(field) && Array.isArray(field.packages) ? field.packages : [];
  return list.filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length < 500);
}

/**
 * For a lockfile without lines (bun.lockb): the line of each dependency name in
 * each of its importers' package.json files, set on `lockfile.importers`. A file
 * that cannot be read or parsed keeps no lines; the findings then name the
 * lockfile alone.
 */
export async function addDeclarationLines(tree: Tree, lockfile: Lockfile, file: string): Promise<void> {
  const dir = path.posix.dirname(file);
  const { visit } = await import('jsonc-parser');
  for (const importer of lockfile.importers.slice(0, MAX_MANIFESTS)) {
    let text: string | undefined;
    try {
      text = await tree.read(dir === '.' ? importer.path : `${dir}/${importer.path}`);
    } catch {
      continue;
    }
    if (text === undefined) continue;
    const lines: Record<string, number> = {};
    visit(text, {
      onObjectProperty(property, _offset, _length, startLine, _startCharacter, pathSupplier) {
        const at = pathSupplier();
        if (at.length === 1 && DEPENDENCY_FIELDS.includes(String(at[0])) && !Object.hasOwn(lines, property)) {
          Object.defineProperty(lines, property, { value: startLine + 1, enumerable: true });
        }
      },
    });
    importer.lines = lines;
  }
}
