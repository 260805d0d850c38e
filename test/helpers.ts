import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lockfile } from '../src/core/model.js';
import { isOwnCode } from '../src/core/model.js';

const here = fileURLToPath(import.meta.url);
/** The repository (when bundled by scripts/run-ts.mjs into node_modules/.cache, the working directory). */
export const ROOT = here.includes(`${path.sep}node_modules${path.sep}`)
  ? process.cwd()
  : path.resolve(path.dirname(here), '..');
/** The shared real data: ../shared next to the repository. */
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const FIXTURES = path.join(SHARED, 'fixtures', 'real');
export const DATA = path.join(SHARED, 'data');

export interface ExpectedChanges {
  case: string;
  lockfile: { base: string; head: string };
  format: { base: string; head: string };
  set_diff: { added: string[]; removed: string[] };
  [key: string]: unknown;
}

/** Every real fixture case, with its expected changes. */
export function fixtureCases(): { name: string; dir: string; expected: ExpectedChanges }[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(FIXTURES, d.name, 'expected-changes.json')))
    .map((d) => ({
      name: d.name,
      dir: path.join(FIXTURES, d.name),
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
