import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { edgesOf } from '../src/lockfiles/formats.js';
import type { Lockfile } from '../src/core/model.js';
import type { AdvisoryRef, Finding } from '../src/core/report.js';
import { isOwnCode } from '../src/core/model.js';
import { plainCaseDir, readStored } from './support/real-fixtures.mjs';

const here = fileURLToPath(import.meta.url);
/** The repository (when bundled by scripts/run-ts.mjs into node_modules/.cache, the working directory). */
export const ROOT = here.includes(`${path.sep}node_modules${path.sep}`)
  ? process.cwd()
  : path.resolve(path.dirname(here), '..');
/** The vendored real lockfile pairs (see its README; the multi-MB lockfiles are stored gzipped). */
export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'real');
/** The vendored OSV malicious-package records (see its README for provenance and date). */
export const DATA = path.join(ROOT, 'data', 'osv');

/** A real fixture file by its path under FIXTURES (`case/side/file`), decompressed when stored gzipped. */
export function readFixture(rel: string): string {
  return readStored(path.join(FIXTURES, rel)).toString('utf8');
}

export interface ExpectedChanges {
  case: string;
  lockfile: { base: string; head: string };
  format: { base: string; head: string };
  set_diff: { added: string[]; removed: string[] };
  [key: string]: unknown;
}

/**
 * Every real fixture case, with its expected changes. `dir` holds the case's
 * files as the tools see them (compressed ones decompressed into a temporary
 * copy, made on first use).
 */
export function fixtureCases(): { name: string; dir: string; expected: ExpectedChanges }[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(FIXTURES, d.name, 'expected-changes.json')))
    .map((d) => ({
      name: d.name,
      get dir(): string {
        return plainCaseDir(path.join(FIXTURES, d.name));
      },
      expected: JSON.parse(
        readFileSync(path.join(FIXTURES, d.name, 'expected-changes.json'), 'utf8'),
      ) as ExpectedChanges,
    }));
}

/** Distinct name@version pairs of a lockfile, leaving out the repository's own code. */
export function versionSet(lockfile: Lockfile): Set<string> {
  return new Set(lockfile.packages.filter((p) => !isOwnCode(p)).map((p) => `${p.name}@${p.version}`));
}

/** Pairs only in head (`added`) and only in base (`removed`), each sorted as plain strings. */
export function setDiff(base: Lockfile, head: Lockfile): { added: string[]; removed: string[] } {
  const b = versionSet(base);
  const h = versionSet(head);
  return {
    added: [...h].filter((x) => !b.has(x)).sort(),
    removed: [...b].filter((x) => !h.has(x)).sort(),
  };
}

/** An expected set_diff sorted as setDiff sorts (the fixtures sort by name, then version). */
export function sortedSetDiff(expected: { added: string[]; removed: string[] }): {
  added: string[];
  removed: string[];
} {
  return { added: [...expected.added].sort(), removed: [...expected.removed].sort() };
}

/** The error `fn` throws, asserted to be a `type` (fails the test when it throws nothing or something else). */
export function thrown<T extends Error>(type: abstract new (...args: never[]) => T, fn: () => unknown): T {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as T;
  }
  throw new Error(`expected ${type.name} to be thrown, got a result`);
}

/** The error `promise` rejects with, asserted to be a `type`. */
export async function rejected<T extends Error>(
  type: abstract new (...args: never[]) => T,
  promise: Promise<unknown>,
): Promise<T> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as T;
}

/**
 * `lockfile` with its dependency edges written out: every package's `deps` and the
 * importers, as the graph builds them (an npm lockfile leaves them as names). A copy.
 */
export function withEdges(lockfile: Lockfile): Lockfile {
  const { deps, importers } = edgesOf(lockfile);
  const copy: Lockfile = { ...lockfile, importers };
  delete copy.unresolvedEdges;
  copy.packages = lockfile.packages.map((pkg) => {
    const written = { ...pkg, deps: deps.get(pkg.id) ?? [] };
    delete written.wants;
    return written;
  });
  return copy;
}

/** The advisories of a finding: those of a malicious one, none for a policy finding. */
export function advisoriesOf(finding: Finding): AdvisoryRef[] {
  return finding.kind === 'advisory' ? finding.advisories : [];
}
