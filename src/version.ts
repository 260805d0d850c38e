import { readFileSync } from 'node:fs';

/** lockgate's version, from the package.json above the running code (src/, dist/ or dist/chunks/). */
export function lockgateVersion(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'lockgate' && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}
