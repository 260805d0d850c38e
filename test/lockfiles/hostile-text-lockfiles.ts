/**
 * Hostile text lockfiles of any size, for the parse-growth tests and bench/text-parse.bench.ts
 *: many entries, one-line (flow) shapes, deep nesting, huge keys, many
 * specifiers in one yarn entry, long pnpm peer suffixes, and dependency lists or aliases that
 * would make per-entry work grow with the file. Each generator takes the entry count `n`.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';



const lines = (n: number, write: (i: number) => string): string => {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(write(i));
  return out.join('');
};

/** A pnpm 9 lockfile with `n` packages, each depending on the next. */
function pnpmMany(n: number): string {
  return (
    `lockfileVersion: '9.0'\n\nimporters:\n  .:\n    dependencies:\n      p0:\n        specifier: 1.0.0\n        version: 1.0.0\n\npackages:\n` +
    lines(n, (i) => `  p${i}@1.0.0:\n    resolution: {integrity: sha512-x${i}}\n`) +
    `\nsnapshots:\n` +
    lines(n, (i) => `  p${i}@1.0.0:\n    dependencies:\n      p${(i + 1) % n}: 1.0.0\n`)
  );
}

export const PNPM_LAYOUTS: Record<string, (n: number) => string> = {
  'many entries': pnpmMany,
  // The whole file as one YAML flow mapping on one line.
  'one line (flow)': (n) =>
    `{lockfileVersion: '9.0', importers: {}, packages: {${lines(n, (i) => `${i ? ', ' : ''}p${i}@1.0.0: {resolution: {integrity: x}}`)}}, snapshots: {${lines(n, (i) => `${i ? ', ' : ''}p${i}@1.0.0: {dependencies: {p${(i + 1) % n}: 1.0.0}}`)}}}\n`,
  // One key whose peer suffix holds n groups; `n` dependencies refer to it with that suffix.
  'long peer suffix': (n) => {
    const suffix = lines(n, (i) => `(b${i}@1.0.0)`);
    return (
      `lockfileVersion: '9.0'\n\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: 1.0.0\n        version: 1.0.0${suffix}\n\n` +
      `packages:\n  a@1.0.0:\n    resolution: {integrity: x}\n\nsnapshots:\n  a@1.0.0${suffix}: {}\n`
    );
  },
  // One snapshot that depends on n packages.
  'one entry, n dependencies': (n) =>
    `lockfileVersion: '9.0'\n\npackages:\n` +
    lines(n, (i) => `  p${i}@1.0.0:\n    resolution: {integrity: x}\n`) +
    `\nsnapshots:\n  root@1.0.0:\n    dependencies:\n` +
    lines(n, (i) => `      p${i}: 1.0.0\n`) +
    lines(n, (i) => `  p${i}@1.0.0: {}\n`),
  // Every snapshot's dependencies are an alias of one shared map of 100 entries: a file of n
  // lines that would make n x 100 resolutions (pnpm never writes anchors).
  'aliased dependencies': (n) =>
    `lockfileVersion: '9.0'\n\npackages:\n` +
    lines(n, (i) => `  p${i}@1.0.0:\n    resolution: {integrity: x}\n`) +
    `\nsnapshots:\n  p0@1.0.0:\n    dependencies: &d\n` +
    lines(100, (i) => `      p${i}: 1.0.0\n`) +
    lines(n - 1, (i) => `  p${i + 1}@1.0.0:\n    dependencies: *d\n`),
  // Flow mappings nested n deep.
  'nested n deep': (n) => `lockfileVersion: '9.0'\nextra: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
  // One key n x 10 characters long.
  'huge key': (n) =>
    `lockfileVersion: '9.0'\n\npackages:\n  "${'k'.repeat(n * 10)}@1.0.0":\n    resolution: {integrity: x}\n`,
};

/** A classic yarn.lock entry. */
const classicEntry = (key: string, version: string, deps = ''): string =>
  `${key}:\n  version "${version}"\n  resolved "https://registry.yarnpkg.com/x/-/x-${version}.tgz"\n  integrity sha512-x\n${deps}\n`;

export const YARN_CLASSIC_LAYOUTS: Record<string, (n: number) => string> = {
  'many entries': (n) =>
    `# yarn lockfile v1\n\n` +
    lines(n, (i) => classicEntry(`p${i}@^1.0.0`, '1.0.0', `  dependencies:\n    p${(i + 1) % n} "^1.0.0"\n`)),
  // One entry whose key lists n specifiers.
  'n specifiers in one key': (n) =>
    `# yarn lockfile v1\n\n${classicEntry(
      lines(n, (i) => `${i ? ', ' : ''}"a@${i}"`),
      '1.0.0',
    )}`,
  // One entry with n dependencies.
  'one entry, n dependencies': (n) =>
    `# yarn lockfile v1\n\n${classicEntry('root@1.0.0', '1.0.0', `  dependencies:\n${lines(n, (i) => `    p${i} "^1.0.0"\n`)}`)}` +
    lines(n, (i) => classicEntry(`p${i}@^1.0.0`, '1.0.0')),
  // A key with a run of n spaces between two specifiers.
  'long space run in a key': (n) => `# yarn lockfile v1\n\n${classicEntry(`a@1${' '.repeat(n)}, a@2`, '1.0.0')}`,
  // One key n x 10 characters long.
  'huge key': (n) => `# yarn lockfile v1\n\n${classicEntry(`"${'k'.repeat(n * 10)}@1"`, '1.0.0')}`,
};

const berryHeader = `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n`;
const berryEntry = (key: string, name: string, extra = ''): string =>
  `${key}:\n  version: 1.0.0\n  resolution: "${name}@npm:1.0.0"\n${extra}  checksum: 10c0/x\n  languageName: node\n  linkType: hard\n\n`;

export const YARN_BERRY_LAYOUTS: Record<string, (n: number) => string> = {
  'many entries': (n) =>
    berryHeader +
    lines(n, (i) => berryEntry(`"p${i}@npm:^1.0.0"`, `p${i}`, `  dependencies:\n    p${(i + 1) % n}: "npm:^1.0.0"\n`)),
  // The whole file as one JSON-style flow mapping on one line.
  'one line (flow)': (n) =>
    `{"__metadata": {"version": "8", "cacheKey": "10c0"}, ${lines(n, (i) => `${i ? ', ' : ''}"p${i}@npm:^1.0.0": {"version": "1.0.0", "resolution": "p${i}@npm:1.0.0", "linkType": "hard"}`)}}\n`,
  'n descriptors in one key': (n) =>
    berryHeader + berryEntry(`"${lines(n, (i) => `${i ? ', ' : ''}a@npm:${i}`)}"`, 'a'),
  // One entry with a long resolution and n dependencies that miss the plain lookups.
  'one entry, n dependencies': (n) =>
    berryHeader +
    berryEntry(`"root@npm:1.0.0"`, `root`, `  dependencies:\n${lines(n, (i) => `    p${i}: "npm:^1.0.0"\n`)}`).replace(
      'root@npm:1.0.0"\n',
      `root@npm:1.0.0${'r'.repeat(n)}"\n`,
    ) +
    lines(n, (i) => berryEntry(`"p${i}@npm:^2.0.0"`, `p${i}`)),
  'long space run in a key': (n) => berryHeader + berryEntry(`"a@npm:1${' '.repeat(n)}x, a@npm:2"`, 'a'),
  'nested n deep': (n) => `${berryHeader}extra: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
};

export const BUN_LAYOUTS: Record<string, (n: number) => string> = {
  'many entries': (n) =>
    `{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n      "name": "root",\n      "dependencies": {\n        "p0": "^1.0.0",\n      },\n    },\n  },\n  "packages": {\n` +
    lines(
      n,
      (i) => `    "p${i}": ["p${i}@1.0.0", "", { "dependencies": { "p${(i + 1) % n}": "^1.0.0" } }, "sha512-x"],\n`,
    ) +
    `  }\n}\n`,
  'one line': (n) =>
    `{"lockfileVersion":1,"workspaces":{"":{"name":"root"}},"packages":{${lines(n, (i) => `${i ? ',' : ''}"p${i}":["p${i}@1.0.0","",{},"sha512-x"]`)}}}`,
  // Every install path 16 levels deep, each of its dependencies looked up through every level.
  'deep install paths': (n) =>
    `{"lockfileVersion":1,"workspaces":{"":{"name":"root"}},"packages":{${lines(n, (i) => `${i ? ',' : ''}"x${i}${'/a'.repeat(16)}":["a@1.0.0","",{"dependencies":{"y":"1","z":"1","x${i}":"1"}},"x"]`)}}}`,
  // One entry with n dependencies, none of them installed.
  'one entry, n dependencies': (n) =>
    `{"lockfileVersion":1,"workspaces":{"":{"name":"root"}},"packages":{"a/b/c/d":["d@1.0.0","",{"dependencies":{${lines(n, (i) => `${i ? ',' : ''}"p${i}":"1"`)}}},"x"]}}`,
  'nested n deep': (n) =>
    `{"lockfileVersion":1,"workspaces":{"":{}},"packages":{},"x":${'['.repeat(n)}${']'.repeat(n)}}`,
  'huge key': (n) =>
    `{"lockfileVersion":1,"workspaces":{"":{}},"packages":{"${'k'.repeat(n * 10)}":["k@1.0.0","",{},"x"]}}`,
};

// ---------------------------------------------------------------------------
// Timing, for the growth tests and the bench

/** A full collection before each timed run, so that no run pays for the garbage of the one before. */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Fastest of `runs` timings of `work` (ms); a refusal counts as finished work. */
export function fastest(work: () => unknown, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    collect();
    const start = performance.now();
    try {
      work();
    } catch {
      // refused: the time to refuse is what counts
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Collections as the runtime reports them; their entries arrive on a later turn of the event loop. */
const collections = new PerformanceObserver(() => undefined);
collections.observe({ entryTypes: ['gc'] });

/**
 * Fastest of `runs` timings of `work` (ms) with the time spent in garbage collection taken out:
 * when the heap outgrows the young generation, what a reader keeps alive is promoted, and that
 * costs more per entry at 100k entries than at 10k with no step in the code. A step in the code
 * is still all there.
 */
export async function fastestOutsideCollection(work: () => unknown, runs: number): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    collect();
    await nextTurn();
    collections.takeRecords();
    const start = performance.now();
    try {
      work();
    } catch {
      // refused: the time to refuse is what counts
    }
    const end = performance.now();
    await nextTurn();
    const collecting = collections
      .takeRecords()
      .filter((entry) => entry.startTime >= start && entry.startTime < end)
      .reduce((sum, entry) => sum + entry.duration, 0);
    best = Math.min(best, end - start - collecting);
  }
  return best;
}

/**
 * The text cut into `n` pieces of equal length: one string per entry, so that JSON.parse of them
 * allocates as many objects as a reader does, on a one-line file as on a file of lines (the
 * lines of a one-line file are one string, which no heap notices).
 */
function entryPieces(text: string, n: number): string[] {
  const step = Math.max(1, Math.ceil(text.length / n));
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += step) pieces.push(text.slice(at, at + step));
  return pieces;
}

/** With LOCKGATE_FUZZ_RUNS set (`npm run test:long`-style runs): the larger sizes. */
const FUZZ_SIZES = [10_000, 100_000, 300_000];

/**
 * In npm test: 5k and 20k entries (a quadratic step shows as 4x). Below a few thousand a file fits the
 * young generation of the heap and reads several times faster per entry, which is no growth of
 * our work but would look like it.
 */
const TEST_SIZES = [5_000, 20_000];

/** Times below this count as this (a quadratic step at 20k entries takes far longer). */
const NOISE_MS = 2;

/** The sizes a growth test reads a layout at (`testSizes` for a reader whose files stay young longer). */
function sizes(testSizes: readonly number[]): readonly number[] {
  return process.env.LOCKGATE_FUZZ_RUNS ? FUZZ_SIZES : testSizes;
}

/**
 * How much the time per entry of `parse` grows from the smallest size to the largest (a
 * quadratic step makes this the ratio of the sizes, 10x and more). Growth that JSON.parse of
 * the file cut into n pieces (a linear reference that allocates as many objects) shows too is
 * discounted: a large heap slows every parse per entry, which is the runtime's memory, not our
 * algorithm.
 */
export function growth(
  make: (n: number) => string,
  parse: (text: string) => unknown,
  testSizes: readonly number[] = TEST_SIZES,
): { ratio: number; shown: string } {
  fastest(() => parse(make(200)), 3); // compile the readers
  const rows = sizes(testSizes).map((n, i) => {
    const text = make(n);
    const reference = JSON.stringify(entryPieces(text, n));
    const runs = i === 0 ? 3 : 2;
    // A refusal can take a millisecond or two, where the scheduler's noise is as large.
    const ours = Math.max(
      fastest(() => parse(text), runs),
      NOISE_MS,
    );
    const json = fastest(() => JSON.parse(reference), runs);
    return { n, ours: ours / n, json: json / n };
  });
  const small = rows[0]!;
  const large = rows[rows.length - 1]!;
  const shown = rows
    .map((r) => `${r.n}: ${(r.ours * 1000).toFixed(2)} µs/entry (reference ${(r.json * 1000).toFixed(2)})`)
    .join('; ');
  const memory = Math.max(1, large.json / small.json);
  return { ratio: large.ours / small.ours / memory, shown };
}
