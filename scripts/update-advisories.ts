/**
 * Build the bundled advisory snapshot from OSV records.
 *
 *   node scripts/run-ts.mjs scripts/update-advisories.ts --from <path-or-URL> [--from ...] [--out dist/advisories.snapshot]
 *
 * `--from` takes a .jsonl / .jsonl.gz file, a directory of OSV .json files
 * (recursive), one .json (record or array), an OSV bulk-export zip
 * (`npm/all.zip`), or an http(s) URL of a zip or JSONL file. Only malicious
 * records are kept (MAL- ids, aliases of MAL- ids, CWE-506); withdrawn ones are
 * left out. Prints what was kept and dropped, the newest date and the size.
 * Exit status 2 on bad usage or unreadable input.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  isMalicious,
  parseRecordBytes,
  readRecordsFromPath,
  shapeOfName,
  type SourcedRecord,
} from '../src/advisories/records.js';
import { SNAPSHOT_FILE } from '../src/advisories/snapshot.js';
import { encodeSnapshot, selectForSnapshot } from '../src/advisories/snapshot-format.js';



interface Options {
  from: string[];
  out: string;
}

const USAGE = 'usage: update-advisories --from <file|dir|zip|URL> [--from ...] [--out dist/advisories.snapshot]';

/** Parse argv; throws a one-sentence error on bad usage. */
export function parseArgs(argv: readonly string[]): Options {
  const from: string[] = [];
  let out = path.join('dist', SNAPSHOT_FILE);
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--from' || flag === '--out') {
      if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value. ${USAGE}`);
      if (flag === '--from') from.push(value);
      else out = value;
      i++;
    } else {
      throw new Error(`unknown argument "${String(flag)}". ${USAGE}`);
    }
  }
  if (from.length === 0) throw new Error(`--from is required. ${USAGE}`);
  return { from, out };
}

/** Records of one `--from` value: a local path, or an http(s) URL downloaded with fetch. */
async function readFrom(source: string): Promise<SourcedRecord[]> {
  if (!/^https?:\/\//i.test(source)) return readRecordsFromPath(source);
  const response = await fetch(source);
  if (!response.ok) throw new Error(`download of ${source} failed: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return parseRecordBytes(bytes, source, shapeOfName(new URL(source).pathname));
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseArgs(argv);
  const read: SourcedRecord[] = [];
  for (const source of options.from) {
    const records = await readFrom(source);
    console.log(`read ${records.length} records from ${source}`);
    read.push(...records);
  }
  const selection = selectForSnapshot(
    read.map((r) => r.record),
    isMalicious,
  );
  const bytes = encodeSnapshot(selection.kept, selection.asOf ? { asOf: selection.asOf } : {});
  await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
  const temporary = `${options.out}.tmp-${process.pid}`;
  await writeFile(temporary, bytes);
  await rename(temporary, options.out);
  const { dropped } = selection;
  const droppedTotal = dropped.notMalicious + dropped.withdrawn + dropped.noNpmPackage + dropped.duplicate;
  console.log(`kept ${selection.kept.length} records`);
  console.log(
    `dropped ${droppedTotal}: ${dropped.notMalicious} not malicious, ${dropped.withdrawn} withdrawn, ` +
      `${dropped.noNpmPackage} without an npm package, ${dropped.duplicate} duplicate ids`,
  );
  console.log(`newest date (asOf): ${selection.asOf ?? 'none'}`);
  console.log(`wrote ${options.out}: ${bytes.length} bytes`);
}

const entry = process.argv[1] ?? '';
if (path.basename(entry).startsWith('update-advisories')) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`update-advisories: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
}
