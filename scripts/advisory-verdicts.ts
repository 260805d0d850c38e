/**
 * Which records' verdicts the reading of origins changes (match/origins.ts).
 *
 *   node scripts/run-ts.mjs scripts/advisory-verdicts.ts --from <records.jsonl.gz> [--snapshot <advisories.snapshot>]
 *
 * For every record, the versions its `affected` and its origins name (each bound,
 * the patch releases beside it, and 0.0.1, 1.0.0, 99.0.0) are matched three ways:
 * `affected` as written (lockgate before), the record as it says now (lockgate
 * now), and the union of the latest import of each origin (the rule read
 * literally, for comparison). Prints the records whose verdicts differ from
 * before, with the versions that flip. With --snapshot, also checks that the
 * snapshot's compacted records give the same verdicts as the full records.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { snapshotFromBytes } from '../src/advisories/snapshot.js';
import type { OsvAffected, OsvRecord } from '../src/core/osv.js';
import { isWithdrawn, recordAffects } from '../src/match/match.js';
import { latestImports, originImports } from '../src/match/origins.js';
import { affectsVersion, parseVersion } from '../src/match/osv-range.js';



function arg(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
}

const from = arg('--from');
if (!from) {
  console.error('usage: advisory-verdicts --from <records.jsonl.gz> [--snapshot <file>]');
  process.exit(2);
}
const records = gunzipSync(readFileSync(from))
  .toString('utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as OsvRecord);

/** Versions worth asking about for one record. */
function probes(record: OsvRecord): string[] {
  const named = new Set(['0.0.1', '1.0.0', '99.0.0']);
  const ranges = [
    ...(record.affected ?? []).flatMap((a) => a.ranges ?? []),
    ...originImports(record).flatMap((o) => o.ranges ?? []),
  ];
  const versions = [
    ...(record.affected ?? []).flatMap((a) => a.versions ?? []),
    ...originImports(record).flatMap((o) => o.versions ?? []),
  ];
  for (const v of versions) named.add(v);
  for (const range of ranges)
    for (const event of range.events ?? []) for (const v of Object.values(event)) named.add(String(v));
  for (const v of [...named]) {
    const parsed = parseVersion(v);
    if (!parsed) continue;
    named.add(`${parsed.major}.${parsed.minor}.${parsed.patch + 1}`);
    if (parsed.patch > 0) named.add(`${parsed.major}.${parsed.minor}.${parsed.patch - 1}`);
  }
  named.delete('0');
  return [...named];
}

const asWritten = (entries: readonly OsvAffected[], version: string) => entries.some((a) => affectsVersion(a, version));

/** The rule read literally: the union of the latest import of each origin, when any carries ranges or versions. */
function unionOfLatest(record: OsvRecord): OsvAffected[] {
  const { latest } = latestImports(originImports(record));
  if (!latest.some((o) => o.ranges?.length || o.versions?.length)) return record.affected ?? [];
  return [{ ranges: latest.flatMap((o) => o.ranges ?? []), versions: latest.flatMap((o) => o.versions ?? []) }];
}

const snapshotFile = arg('--snapshot');
const snapshot = snapshotFile ? snapshotFromBytes(new Uint8Array(readFileSync(snapshotFile))) : undefined;

let checked = 0;
const unionChanged: string[] = [];
const changed: string[] = [];
const snapshotDisagrees: string[] = [];
for (const record of records) {
  if (isWithdrawn(record)) continue;
  const name = record.affected?.[0]?.package?.name;
  if (!name) continue;
  checked++;
  const versions = probes(record);
  const flips = versions.filter((v) => asWritten(record.affected ?? [], v) !== recordAffects(record, name, v));
  if (flips.length > 0) {
    const now = flips.map((v) => `${v} ${recordAffects(record, name, v) ? 'flagged' : 'passes'}`);
    changed.push(`${record.id} ${name}: ${now.join(', ')}`);
  }
  const unionFlips = versions.filter(
    (v) => asWritten(record.affected ?? [], v) !== asWritten(unionOfLatest(record), v),
  );
  if (unionFlips.length > 0) unionChanged.push(`${record.id} ${name}: ${unionFlips.slice(0, 6).join(', ')}`);
  if (snapshot) {
    const compact = (await snapshot.lookup([{ name, version: '0.0.0' }])).find((r) => r.id === record.id);
    const disagree = versions.filter(
      (v) => (compact ? recordAffects(compact, name, v) : false) !== recordAffects(record, name, v),
    );
    if (disagree.length > 0) snapshotDisagrees.push(`${record.id} ${name}: ${disagree.join(', ')}`);
  }
}
console.log(`records checked: ${checked}`);
console.log(`verdicts changed by reading origins: ${changed.length}`);
for (const line of changed) console.log(`  ${line}`);
console.log(`records whose verdicts the union of latest imports alone would change: ${unionChanged.length}`);
for (const line of unionChanged) console.log(`  ${line}`);
if (snapshot) {
  console.log(`snapshot records that disagree with the full records: ${snapshotDisagrees.length}`);
  for (const line of snapshotDisagrees.slice(0, 20)) console.log(`  ${line}`);
}
