/**
 * The package-manager commands and package.json fields that guidance names,
 * one switch per question, for every lockfile format.
 */
import type { LockfileFormat } from '../../core/model.js';

/** The command that empties the package manager's download cache. */
export function cacheCommand(format: LockfileFormat): string {
  switch (format) {
    case 'npm':
      return 'npm cache clean --force';
    case 'yarn-classic':
      return 'yarn cache clean';
    case 'yarn-berry':
      return 'yarn cache clean --all';
    case 'pnpm':
      return 'pnpm store prune';
    case 'bun':
      return 'bun pm cache rm';
  }
}

/** The command that rewrites the lockfile without running any package's install scripts. */
export function regenerateCommand(format: LockfileFormat): string {
  switch (format) {
    case 'npm':
      return 'npm install --package-lock-only';
    case 'yarn-classic':
      return 'yarn install --ignore-scripts';
    case 'yarn-berry':
      return 'yarn install --mode=update-lockfile';
    case 'pnpm':
      return 'pnpm install --lockfile-only';
    case 'bun':
      return 'bun install --lockfile-only';
  }
}

/** The package.json field that forces a transitive dependency's version. */
export function overrideField(format: LockfileFormat): string {
  switch (format) {
    case 'npm':
    case 'bun':
      return '"overrides"';
    case 'yarn-classic':
    case 'yarn-berry':
      return '"resolutions"';
    case 'pnpm':
      return '"pnpm.overrides" (or overrides in pnpm-workspace.yaml)';
  }
}

/** The command that shows which dependency pulls a package in. */
export function whyCommand(format: LockfileFormat, name: string): string {
  switch (format) {
    case 'npm':
      return `npm explain ${name}`;
    case 'yarn-classic':
    case 'yarn-berry':
      return `yarn why ${name}`;
    case 'pnpm':
      return `pnpm why ${name}`;
    case 'bun':
      return `bun pm ls --all`;
  }
}

/** Human name of a lockfile format. */
export function formatLabel(format: LockfileFormat): string {
  switch (format) {
    case 'npm':
      return 'npm';
    case 'yarn-classic':
      return 'Yarn classic';
    case 'yarn-berry':
      return 'Yarn Berry';
    case 'pnpm':
      return 'pnpm';
    case 'bun':
      return 'Bun';
  }
}
