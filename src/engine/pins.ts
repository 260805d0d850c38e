/**
 * The exact versions package.json files ask for (match/manifest-pins.ts), read
 * from the head tree for the advisory lookup: the root's and those every
 * lockfile serves (its workspaces). In diff mode only what the change adds or
 * changes, as for lockfile entries.
 */
import { readManifests } from '../inputs/manifests.js';
import { listLockfiles, type Tree } from '../inputs/trees.js';
import { manifestPins, workspaceOverridePins, type ManifestPin } from '../match/manifest-pins.js';
import path from 'node:path';

/** Most package.json files read, and most pins kept (a hostile tree can hold any number). */
const MAX_MANIFESTS = 2000;
const MAX_PINS = 5000;

/** A pin and the package.json it is in (repository-relative). */
export interface LocatedPin extends ManifestPin {
  file: string;
}

/** The pins of the head's package.json files; with `base`, only those it does not hold in the same file. */
export async function pinsToCheck(head: Tree, base: Tree | undefined): Promise<LocatedPin[]> {
  const files = new Set<string>();
  if ((await head.read('package.json')) !== undefined) files.add('package.json');
  // pnpm 10 reads overrides from pnpm-workspace.yaml too, beside the lockfile it serves.
  const workspaces = new Set(['pnpm-workspace.yaml']);
  for (const lockfile of await listLockfiles(head)) {
    const dir = path.posix.dirname(lockfile);
    const inDir = (file: string) => (dir === '.' ? file : `${dir}/${file}`);
    if (path.posix.basename(lockfile).toLowerCase() === 'pnpm-lock.yaml') workspaces.add(inDir('pnpm-workspace.yaml'));
    for (const m of await readManifests(head, lockfile)) files.add(inDir(m.path));
    if (files.size >= MAX_MANIFESTS) break;
  }
  const out: LocatedPin[] = [];
  const sources = [
    ...[...files].slice(0, MAX_MANIFESTS).map((file) => ({ file, read: manifestPins })),
    ...[...workspaces].slice(0, MAX_MANIFESTS).map((file) => ({ file, read: workspaceOverridePins })),
  ];
  for (const { file, read } of sources) {
    const text = await head.read(file);
    if (text === undefined) continue;
    const baseText = base && (await base.read(file));
    const before = new Set((baseText === undefined ? [] : read(baseText)).map(pinKey));
    for (const pin of read(text)) if (!before.has(pinKey(pin))) out.push({ ...pin, file });
    if (out.length >= MAX_PINS) break;
  }
  return out.slice(0, MAX_PINS);
}

function pinKey(pin: ManifestPin): string {
  return `${pin.field}\0${pin.key}\0${pin.name}@${pin.version}`;
}
