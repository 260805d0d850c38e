/**
 * The exact versions package.json files ask for (match/manifest-pins.ts), read
 * from the head tree for the advisory lookup: the root's and those every
 * lockfile serves (its workspaces). In diff mode only what the change adds or
 * changes, as for lockfile entries.
 */
import { readManifests } from '../inputs/manifests.js';
import { listLockfiles, type Tree } from '../inputs/trees.js';
import { manifestPins, type ManifestPin } from '../match/manifest-pins.js';
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
  for (const lockfile of await listLockfiles(head)) {
    const dir = path.posix.dirname(lockfile);
    for (const m of await readManifests(head, lockfile)) files.add(dir === '.' ? m.path : `${dir}/${m.path}`);
    if (files.size >= MAX_MANIFESTS) break;
  }
  const out: LocatedPin[] = [];
  for (const file of [...files].slice(0, MAX_MANIFESTS)) {
    const text = await head.read(file);
    if (text === undefined) continue;
    const baseText = base && (await base.read(file));
    const before = new Set((baseText === undefined ? [] : manifestPins(baseText)).map(pinKey));
    for (const pin of manifestPins(text)) if (!before.has(pinKey(pin))) out.push({ ...pin, file });
    if (out.length >= MAX_PINS) break;
  }
  return out.slice(0, MAX_PINS);
}

function pinKey(pin: ManifestPin): string {
  return `${pin.field}\0${pin.key}\0${pin.name}@${pin.version}`;
}
