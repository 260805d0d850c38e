/**
 * The lockfile formats, one plug-in each. A plug-in owns everything about its
 * format: the file names it claims, whether it is read as bytes, its parser
 * (imported on first use, so a run over npm lockfiles never loads the YAML
 * parsers), the shared checks its syntax needs, and the optional steps that
 * complete its model after parsing: the package.json files it needs (a classic
 * yarn.lock does not record its importers; bun.lockb has no lines) and its edges
 * when the parser left them as names (npm). The engine and the report ask the
 * plug-in and never test a format's name. docs/adding-a-lockfile-format.md says
 * how to add one.
 */
import path from 'node:path';
import type { Edges, Lockfile, LockfileFormat, Manifest } from '../core/model.js';
import type { Registries } from '../core/source.js';
import { npmEdges } from './npm-edges.js';

/** What a parser resolves the install plan against. */
export interface ParseOptions {
  /** The registries the package manager downloads from (default: the public registry). */
  registries?: Registries;
}

/** One parser: text (or bytes, for a binary format) in, model out, or a LockfileError. */
export type ParseFn = (file: string, content: string, options?: ParseOptions) => Lockfile;
export type ParseBytesFn = (file: string, content: Uint8Array) => Lockfile;

/** A package.json the repository holds, with its text (for formats that take lines from it). */
export interface ManifestText extends Manifest {
  text: string;
}

export interface LockfilePlugin {
  /** The format of the model it returns. */
  readonly format: LockfileFormat;
  /** File names it claims, in the order a directory's lockfiles are preferred. */
  readonly fileNames: readonly string[];
  /**
   * Text formats: `json` syntax cannot hold binary data or conflict markers, so the
   * text is searched for them only when the parser fails (to name the cause);
   * `lines` is a line-based or YAML syntax that might read them as values, so they
   * are looked for first. `binary`: read as bytes, with checks of its own.
   */
  readonly syntax: 'json' | 'lines' | 'binary';
  /**
   * Text formats: who refuses an empty file (nothing but white space) on a frozen install,
   * named in the error; absent: the package manager reads it as locking nothing (Yarn 1).
   */
  readonly emptyRefusedBy?: string;
  // A file without a final line break is judged by each parser by completeness (every reference
  // resolves, the last entry is whole), as the package managers read such files.
  /** The parser, imported on first use. */
  load(): Promise<ParseFn | ParseBytesFn>;
  /**
   * A step that completes the model from the repository's package.json files:
   * `workspaces` = the root's and its workspaces'; `importers` = those of the
   * lockfile's own importers. Only the head side needs it (findings say how a
   * package entered).
   */
  readonly manifests?: {
    readonly which: 'workspaces' | 'importers';
    apply(lockfile: Lockfile, manifests: readonly ManifestText[]): Promise<void>;
  };
  /** The lockfile's edges when the parser leaves them as names; absent: the parser's `deps` are the edges. */
  edges?(lockfile: Lockfile): Edges;
}

/** The plug-ins, in the order a directory's lockfiles are preferred. */
export const PLUGINS: readonly LockfilePlugin[] = [
  {
    format: 'npm',
    fileNames: ['package-lock.json', 'npm-shrinkwrap.json'],
    syntax: 'json',
    emptyRefusedBy: 'npm ci',
    load: async () => (await import('./npm.js')).parseNpm,
    edges: (lockfile) => (lockfile.unresolvedEdges ? npmEdges(lockfile) : parserEdges(lockfile)),
  },
  {
    format: 'pnpm',
    fileNames: ['pnpm-lock.yaml'],
    syntax: 'lines',
    emptyRefusedBy: 'pnpm install --frozen-lockfile',
    load: async () => (await import('./pnpm.js')).parsePnpm,
  },
  {
    format: 'yarn-classic',
    fileNames: ['yarn.lock'],
    syntax: 'lines',
    load: async () => (await import('./yarn-classic.js')).parseYarnClassic,
    manifests: {
      which: 'workspaces',
      async apply(lockfile, manifests) {
        const { importersFromManifests } = await import('./yarn-classic.js');
        lockfile.importers = importersFromManifests(lockfile, manifests);
      },
    },
  },
  {
    format: 'yarn-berry',
    fileNames: ['yarn.lock'],
    syntax: 'lines',
    emptyRefusedBy: 'yarn install --immutable',
    load: async () => (await import('./yarn-berry.js')).parseYarnBerry,
  },
  {
    format: 'bun',
    fileNames: ['bun.lock'],
    syntax: 'json',
    emptyRefusedBy: 'bun install --frozen-lockfile',
    load: async () => (await import('./bun.js')).parseBun,
  },
  {
    format: 'bun',
    fileNames: ['bun.lockb'],
    syntax: 'binary',
    load: async () => (await import('./bun-binary.js')).parseBunBinary,
    manifests: {
      which: 'importers',
      async apply(lockfile, manifests) {
        const { declarationLines } = await import('./bun-binary-lines.js');
        await declarationLines(lockfile, manifests);
      },
    },
  },
];

/** Every file name a plug-in claims, in order of preference, once each. */
export const LOCKFILE_NAMES: readonly string[] = [...new Set(PLUGINS.flatMap((p) => p.fileNames))];

/**
 * The lockfile name a path's file name is, matched case-insensitively (`Yarn.lock` is
 * `yarn.lock`: on the case-insensitive file systems of macOS and Windows the package manager
 * reads it), or undefined when it is no lockfile's.
 */
export function lockfileName(file: string): string | undefined {
  const base = path.posix.basename(file).toLowerCase();
  return LOCKFILE_NAMES.includes(base) ? base : undefined;
}

/** The plug-ins that claim this file name, in any case (yarn.lock: classic and Berry, told apart by content). */
export function pluginsForName(file: string): LockfilePlugin[] {
  const base = lockfileName(file);
  return base === undefined ? [] : PLUGINS.filter((p) => p.fileNames.includes(base));
}

/** Is this file read as bytes rather than as text? */
export function isBinaryLockfile(file: string): boolean {
  return pluginsForName(file).some((p) => p.syntax === 'binary');
}

/** The plug-in of a parsed lockfile (its format, and for Bun whether it came from the binary file). */
export function pluginOf(lockfile: Pick<Lockfile, 'format' | 'path'>): LockfilePlugin {
  const byName = pluginsForName(lockfile.path).find((p) => p.format === lockfile.format);
  return byName ?? PLUGINS.find((p) => p.format === lockfile.format && p.syntax !== 'binary')!;
}

/** The text plug-in of a format. */
export function textPlugin(format: LockfileFormat): LockfilePlugin {
  return PLUGINS.find((p) => p.format === format && p.syntax !== 'binary')!;
}

/** A lockfile's edges, as its plug-in builds them. */
export function edgesOf(lockfile: Lockfile): Edges {
  return pluginOf(lockfile).edges?.(lockfile) ?? parserEdges(lockfile);
}

function parserEdges(lockfile: Lockfile): Edges {
  return { deps: new Map(lockfile.packages.map((p) => [p.id, p.deps ?? []])), importers: lockfile.importers };
}
