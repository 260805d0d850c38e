/**
 * The content fixtures (fixtures/): real tarballs packed from the registry,
 * the incidents rebuilt from them (fixtures/build-incidents.mjs, sources in
 * fixtures/incidents/SOURCES.json), and the control upgrades
 * (fixtures/controls/CONTROLS.md). Every test reads them through the same
 * unpacker the tool uses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpackTarball } from '../../src/content/unpack.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function tarballBytes(relative: string): Buffer {
  return readFileSync(path.join(FIXTURES, relative));
}

export async function packageFiles(relative: string): Promise<Map<string, Uint8Array>> {
  return (await unpackTarball(tarballBytes(relative))).files;
}

export interface Incident {
  name: string;
  from: string;
  to: string;
  source: string;
  /** Fixture paths of the two tarballs. */
  before: string;
  after: string;
}

const fileName = (name: string, version: string) => `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;

export function incidents(): Incident[] {
  const sources = JSON.parse(readFileSync(path.join(FIXTURES, 'incidents', 'SOURCES.json'), 'utf8')) as Omit<
    Incident,
    'before' | 'after'
  >[];
  return sources.map((s) => {
    const rebuiltBase = readdirSync(path.join(FIXTURES, 'incidents')).includes(fileName(s.name, s.from));
    return {
      ...s,
      before: rebuiltBase ? `incidents/${fileName(s.name, s.from)}` : `real/${fileName(s.name, s.from)}`,
      after: `incidents/${fileName(s.name, s.to)}`,
    };
  });
}

/** Consecutive control versions: every pair of neighbouring versions of each control package. */
export function controlPairs(): { name: string; before: string; after: string }[] {
  const byName = new Map<string, { version: string; file: string }[]>();
  for (const file of readdirSync(path.join(FIXTURES, 'controls'))) {
    const m = /^(.*)-(\d+\.\d+\.\d+)\.tgz$/.exec(file);
    if (!m) continue;
    const list = byName.get(m[1]!) ?? [];
    list.push({ version: m[2]!, file: `controls/${file}` });
    byName.set(m[1]!, list);
  }
  const pairs: { name: string; before: string; after: string }[] = [];
  for (const [name, list] of [...byName].sort()) {
    list.sort((a, b) => compareVersions(a.version, b.version));
    for (let i = 1; i < list.length; i++) pairs.push({ name, before: list[i - 1]!.file, after: list[i]!.file });
  }
  return pairs;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/** A package from a few files (path → text), for rule cases written by hand. */
export function pkg(files: Record<string, string | Uint8Array>): Map<string, Uint8Array> {
  return new Map(Object.entries(files).map(([p, v]) => [p, typeof v === 'string' ? Buffer.from(v) : v]));
}
