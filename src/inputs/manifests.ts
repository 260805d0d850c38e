import path from 'node:path';
import { globMatcher } from '../core/globs.js';
import { DEPENDENCY_FIELDS, type Lockfile } from '../core/model.js';
import type { LockfilePlugin, ManifestText } from '../lockfiles/formats.js';
import { isRecord } from '../core/guards.js';
import { load as loadYaml } from 'js-yaml';
import type { Tree } from './trees.js';

/** Most workspace package.json files read for one lockfile. */
const MAX_MANIFESTS = 2000;

/**
 * The package.json files a lockfile serves: the one beside it and, when it
 * declares `workspaces` (a list of globs, or `{packages: [...]}`), those of the
 * workspaces; for pnpm-lock.yaml also those the `packages:` globs of the
 * pnpm-workspace.yaml beside it name (pnpm reads its workspaces there). Paths
 * are relative to the lockfile's directory. A file that cannot be read or
 * parsed is left out.
 */
export async function readManifests(tree: Tree, lockfile: string): Promise<ManifestText[]> {
  const dir = path.posix.dirname(lockfile);
  const inDir = (file: string) => (dir === '.' ? file : `${dir}/${file}`);
  const root = await readManifest(tree, inDir('package.json'));
  if (!root) return [];
  const manifests: ManifestText[] = [{ path: 'package.json', dependencies: root.dependencies, text: root.text }];
  const patterns = [
    ...workspacePatterns(root.raw),
    ...(path.posix.basename(lockfile).toLowerCase() === 'pnpm-lock.yaml'
      ? pnpmWorkspacePatterns(await tree.read(inDir('pnpm-workspace.yaml')).catch(() => undefined))
      : []),
  ];
  if (!patterns.length) return manifests;
  const matches = globMatcher(patterns.map((p) => p.replace(/\/+$/, '')));
  const prefix = dir === '.' ? '' : `${dir}/`;
  const files = await tree.listFiles(
    (f) => f.startsWith(prefix) && f.endsWith('/package.json') && matches(path.posix.dirname(f.slice(prefix.length))),
  );
  for (const file of files.slice(0, MAX_MANIFESTS)) {
    const manifest = await readManifest(tree, file);
    if (manifest)
      manifests.push({ path: file.slice(prefix.length), dependencies: manifest.dependencies, text: manifest.text });
  }
  return manifests;
}

async function readManifest(
  tree: Tree,
  file: string,
): Promise<{ raw: Record<string, unknown>; dependencies: Record<string, string>; text: string } | undefined> {
  let raw: unknown;
  let text: string | undefined;
  try {
    text = await tree.read(file);
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
  return { raw, dependencies, text };
}

function workspacePatterns(manifest: Record<string, unknown>): string[] {
  const field = manifest.workspaces;
  const list = Array.isArray(field) ? field : isRecord(field) && Array.isArray(field.packages) ? field.packages : [];
  return globList(list);
}

/** The `packages:` globs of a pnpm-workspace.yaml text (none when it is absent or not YAML: its own check reports that). */
function pnpmWorkspacePatterns(text: string | undefined): string[] {
  if (text === undefined) return [];
  try {
    const doc: unknown = loadYaml(text);
    return isRecord(doc) && Array.isArray(doc.packages) ? globList(doc.packages) : [];
  } catch {
    return [];
  }
}

function globList(list: readonly unknown[]): string[] {
  return list.filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length < 500);
}

/**
 * The package.json files of a lockfile's own importers (paths relative to the
 * lockfile's directory). One that cannot be read or parsed is left out; what the
 * plug-in takes from it is then missing, never invented.
 */
export async function readImporterManifests(tree: Tree, lockfile: Lockfile): Promise<ManifestText[]> {
  const dir = path.posix.dirname(lockfile.path);
  const manifests: ManifestText[] = [];
  for (const importer of lockfile.importers.slice(0, MAX_MANIFESTS)) {
    const file = dir === '.' ? importer.path : `${dir}/${importer.path}`;
    // The text is what the plug-in reads (Bun accepts package.json files JSON.parse refuses).
    const text = await tree.read(file).catch(() => undefined);
    if (text === undefined) continue;
    const manifest = await readManifest(tree, file);
    manifests.push({ path: importer.path, dependencies: manifest?.dependencies ?? {}, text });
  }
  return manifests;
}

/** Run a plug-in's manifest step on a parsed lockfile: read the package.json files it asks for and hand them over. */
export async function completeFromManifests(tree: Tree, plugin: LockfilePlugin, lockfile: Lockfile): Promise<void> {
  if (!plugin.manifests) return;
  const manifests =
    plugin.manifests.which === 'workspaces'
      ? await readManifests(tree, lockfile.path)
      : await readImporterManifests(tree, lockfile);
  await plugin.manifests.apply(lockfile, manifests);
}

/** A package.json's text as an object, or undefined when it is not JSON or not an object. */
export function parseManifest(text: string): Record<string, unknown> | undefined {
  try {
    const doc: unknown = JSON.parse(text);
    return isRecord(doc) ? doc : undefined;
  } catch {
    return undefined;
  }
}
