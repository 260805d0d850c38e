/**
 * Flags the tests, benches and doc pictures pass the CLI again and again: a
 * project's two states side by side, and the stand-ins of the live sources.
 */
import path from 'node:path';

/** `--base-dir <dir>/base --head-dir <dir>/head`. */
export function pairFlags(dir: string): string[] {
  return ['--base-dir', path.join(dir, 'base'), '--head-dir', path.join(dir, 'head')];
}

/** Point the CLI at stand-ins of the registry, OSV and GitHub's advisory database on 127.0.0.1. */
export function standInFlags(s: {
  registry: { url: string };
  osv: { url: string };
  github: { url: string };
}): string[] {
  return ['--registry-url', s.registry.url, '--osv-url', s.osv.url, '--github-api-url', s.github.url];
}
