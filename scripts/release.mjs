// The release, as .github/workflows/release.yml runs it on a pushed tag vX.Y.Z:
//
//   1. the tag is vX.Y.Z and package.json says X.Y.Z;
//   2. dist/ at the tag is what src/ builds (the action runs dist/ from the tag, so
//      it must be the reviewed source): `--built <dir>` is a fresh
//      `node scripts/build.mjs --outdir <dir>`, compared file by file;
//   3. `npm pack` → lockgate-X.Y.Z.tgz in --out;
//   4. the major tag (v1) moves to the release commit, so `uses: lockgate/lockgate@v1` gets it;
//   5. a GitHub release for the tag with the tarball attached;
//   6. `npm publish` of that tarball, with provenance (publishConfig).
//
// `--dry-run` does 1–3 for real, runs `npm publish --dry-run` on the tarball,
// and prints the commands of 4–6 instead of running them, so CI (`npm run
// release:dry-run`, in .ci/run) and a test check the whole script without
// pushing anything. In a dry run the tag defaults to v<version>, and without
// --built the script builds into a temporary directory itself.
//
// usage: node scripts/release.mjs <tag> --built <dir> [--out <dir>] [--dry-run]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const dryRun = args.includes('--dry-run');
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const tag =
  args.find((a, i) => !a.startsWith('--') && !['--built', '--out'].includes(args[i - 1] ?? '')) ??
  (dryRun ? `v${version}` : undefined);
const scratch = dryRun ? mkdtempSync(path.join(os.tmpdir(), 'lockgate-release-')) : undefined;
process.on('exit', () => scratch && rmSync(scratch, { recursive: true, force: true }));
let built = option('--built');
const out = path.resolve(option('--out') ?? (scratch ? path.join(scratch, 'out') : 'release'));

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

function run(command, argv, options = {}) {
  console.log(`$ ${[command, ...argv].join(' ')}`);
  return execFileSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
}

/** Files under `dir`, relative, sorted. */
function filesUnder(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix))
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(path.join(dir, rel)).isDirectory() ? filesUnder(dir, rel) : [rel];
    })
    .sort();
}

if (!tag || (!built && !dryRun)) fail('usage: node scripts/release.mjs <tag> --built <dir> [--out <dir>] [--dry-run]');
if (!built) {
  built = path.join(scratch, 'build');
  run(process.execPath, ['scripts/build.mjs', '--outdir', built]);
}

// 1. The tag and the version agree.
const match = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag);
if (!match) fail(`the tag '${tag}' is not vX.Y.Z.`);
if (tag !== `v${version}`)
  fail(`the tag ${tag} does not match package.json's version ${version}; bump the version first.`);
const major = `v${match[1]}`;

// 2. dist/ is the build of src/.
const committed = filesUnder('dist');
const fresh = filesUnder(built);
const differ = [...new Set([...committed, ...fresh])].filter((file) => {
  if (!committed.includes(file) || !fresh.includes(file)) return true;
  return !readFileSync(path.join('dist', file)).equals(readFileSync(path.join(built, file)));
});
if (differ.length)
  fail(
    `dist/ is not what src/ builds (${differ.slice(0, 5).join(', ')}${differ.length > 5 ? ', …' : ''}); run npm run build, commit dist/ and tag again.`,
  );
console.log(`dist/ is the build of src/ (${committed.length} files).`);

// 3. The package.
await mkdir(out, { recursive: true });
const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out]));
const tarball = path.join(out, packed[0].filename);
console.log(`packed ${tarball} (${packed[0].files.length} files, ${packed[0].size} bytes).`);

// 4–6. Publish, or say what would be done.
const steps = [
  ['git', ['tag', '--force', major, `${tag}^{commit}`]],
  ['git', ['push', '--force', 'origin', `refs/tags/${major}`]],
  ['gh', ['release', 'create', tag, tarball, '--verify-tag', '--title', tag, '--generate-notes']],
  ['npm', ['publish', tarball, '--provenance', '--access', 'public']],
];
if (dryRun) {
  run('npm', ['publish', tarball, '--dry-run', '--offline']);
  console.log('dry run: would run');
  for (const [command, argv] of steps) console.log(`  ${[command, ...argv].join(' ')}`);
} else {
  for (const [command, argv] of steps) run(command, argv, { stdio: 'inherit' });
}
console.log(`${dryRun ? 'dry run of ' : ''}release ${tag} (${major} → ${tag}) done.`);
