// The vendored real lockfile pairs (test/fixtures/real) as the tools see them.
// The multi-MB lockfiles are stored gzipped (`FILE.gz`) to keep the repository
// small; these helpers give back their original bytes. Plain JavaScript so that
// the .mjs benches can use it as well as the TypeScript tests.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The bytes of `file`, or of `file.gz` decompressed when only that is stored. */
export function readStored(file) {
  if (existsSync(file)) return readFileSync(file);
  return gunzipSync(readFileSync(`${file}.gz`));
}

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = path.join(prefix, entry.name);
      return entry.isDirectory() ? filesUnder(dir, rel) : [rel];
    })
    .sort();
}

/**
 * A directory holding `caseDir`'s files with every `.gz` one decompressed, for
 * tools that read a directory (the CLI's --base-dir/--head-dir): `caseDir`
 * itself when nothing in it is compressed, otherwise a copy under the OS temp
 * directory, named by a hash of the compressed files and made once (written
 * beside and renamed into place, so parallel test workers share it safely).
 */
export function plainCaseDir(caseDir) {
  const compressed = filesUnder(caseDir).filter((file) => file.endsWith('.gz'));
  if (compressed.length === 0) return caseDir;
  const hash = createHash('sha256');
  for (const file of compressed) hash.update(file).update(readFileSync(path.join(caseDir, file)));
  const target = path.join(
    tmpdir(),
    'lockgate-fixtures',
    `${path.basename(caseDir)}-${hash.digest('hex').slice(0, 12)}`,
  );
  if (existsSync(target)) return target;
  const staging = `${target}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(caseDir, staging, { recursive: true });
  for (const file of compressed) {
    const gz = path.join(staging, file);
    writeFileSync(gz.slice(0, -'.gz'.length), gunzipSync(readFileSync(gz)));
    rmSync(gz);
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
  return target;
}
