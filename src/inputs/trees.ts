import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { BUN_BINARY_LOCKFILE, isLockfileName } from '../lockfiles/detect.js';
import { plain } from '../core/escape.js';
import { LockfileError } from '../lockfiles/errors.js';
import { MAX_LOCKFILE_BYTES } from '../lockfiles/text.js';

const run = promisify(execFile);

/** A tree of files lockfiles are read from: a directory, a git commit, the GitHub contents API. */
export interface Tree {
  /** How errors name a file of this tree (`base (abc123):package-lock.json`). */
  label(file: string): string;
  /** Paths (relative, `/`-separated, sorted) of the files `select` accepts, skipping node_modules and .git. */
  listFiles(select: (file: string) => boolean): Promise<string[]>;
  /** The file's text, or undefined when it does not exist. */
  read(file: string): Promise<string | undefined>;
  /** The file's bytes (for bun.lockb), or undefined when it does not exist; same size limit as `read`. */
  readBytes(file: string): Promise<Uint8Array | undefined>;
}

/** Every lockfile and bun.lockb of a tree. */
export function listLockfiles(tree: Tree): Promise<string[]> {
  return tree.listFiles(isLockfilePath);
}

/** Is this path one lockgate reads (or must report, for bun.lockb)? */
export function isLockfilePath(file: string): boolean {
  return (
    !file.split('/').includes('node_modules') &&
    (isLockfileName(file) || path.posix.basename(file) === BUN_BINARY_LOCKFILE)
  );
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** A directory on disk. */
export class DirTree implements Tree {
  constructor(
    readonly dir: string,
    private readonly name = '',
  ) {}

  label(file: string): string {
    return this.name ? `${this.name}:${file}` : file;
  }

  async listFiles(select: (file: string) => boolean): Promise<string[]> {
    const found: string[] = [];
    // Synchronous: one readdir per directory awaited in turn costs a thread-pool round trip each.
    const walk = (rel: string): void => {
      const entries = readdirSync(path.join(this.dir, rel), { withFileTypes: true });
      for (const entry of entries) {
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(child);
        else if (entry.isFile() && select(child)) found.push(child);
      }
    };
    try {
      walk('');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new Error(`${this.dir} is not a directory that exists.`);
      throw error;
    }
    return found.sort();
  }

  async read(file: string): Promise<string | undefined> {
    return (await this.readBytes(file))?.toString('utf8');
  }

  async readBytes(file: string): Promise<Buffer | undefined> {
    const full = path.join(this.dir, file);
    try {
      const info = statSync(full);
      if (info.size > MAX_LOCKFILE_BYTES) throw tooLarge(this.label(file), info.size);
      // One synchronous read: parsing is synchronous anyway, and fs/promises reads a
      // multi-megabyte file in 512 KiB rounds through the thread pool.
      return readFileSync(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}

/** A commit's tree, read from git objects (`git ls-tree`, `git show`); nothing is checked out. */
export class GitTree implements Tree {
  constructor(
    readonly repoDir: string,
    readonly ref: string,
  ) {}

  label(file: string): string {
    return `${this.ref}:${file}`;
  }

  async listFiles(select: (file: string) => boolean): Promise<string[]> {
    try {
      await git(this.repoDir, ['rev-parse', '--verify', '--quiet', `${this.ref}^{commit}`]);
    } catch {
      throw new Error(
        `git ref '${plain(this.ref, 100)}' is not a commit in ${this.repoDir}; fetch it or pass another --base.`,
      );
    }
    const { stdout } = await git(this.repoDir, ['ls-tree', '-r', '-z', '--name-only', this.ref, '--']);
    return stdout
      .split('\0')
      .filter((f) => f && !f.split('/').includes('node_modules') && select(f))
      .sort();
  }

  async read(file: string): Promise<string | undefined> {
    try {
      // `./` makes the path relative to repoDir, as ls-tree lists it (repoDir may be a subdirectory).
      const { stdout } = await git(this.repoDir, ['show', `${this.ref}:./${file}`]);
      return stdout;
    } catch {
      return undefined;
    }
  }

  async readBytes(file: string): Promise<Uint8Array | undefined> {
    try {
      const { stdout } = await run('git', ['-c', 'core.quotepath=off', 'show', `${this.ref}:./${file}`], {
        cwd: this.repoDir,
        maxBuffer: MAX_LOCKFILE_BYTES + 1024,
        encoding: 'buffer',
      });
      return stdout;
    } catch {
      return undefined;
    }
  }
}

/** The empty tree: the base of a repository with no base commit. */
export class EmptyTree implements Tree {
  label(file: string): string {
    return file;
  }
  async listFiles(): Promise<string[]> {
    return [];
  }
  async read(): Promise<string | undefined> {
    return undefined;
  }
  async readBytes(): Promise<Uint8Array | undefined> {
    return undefined;
  }
}

/** Run git in `cwd`, with a buffer large enough for the largest lockfile. */
export async function git(cwd: string, args: string[]): Promise<{ stdout: string }> {
  return run('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    maxBuffer: MAX_LOCKFILE_BYTES + 1024,
    encoding: 'utf8',
  });
}

/**
 * The commit to compare against when none is given: the merge-base of HEAD and
 * the remote's default branch (origin/HEAD, else origin/main, origin/master).
 */
export async function defaultBaseRef(repoDir: string): Promise<string> {
  for (const candidate of ['origin/HEAD', 'origin/main', 'origin/master']) {
    try {
      const { stdout } = await git(repoDir, ['merge-base', 'HEAD', candidate]);
      if (stdout.trim()) return stdout.trim();
    } catch {
      // try the next candidate
    }
  }
  throw new Error(
    `could not find a base to compare against in ${repoDir} (no merge-base with origin/HEAD, origin/main or origin/master); pass --base <ref> or --base-dir <dir>.`,
  );
}

function tooLarge(file: string, size: number): LockfileError {
  return new LockfileError(
    file,
    undefined,
    `file is ${size} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles`,
  );
}
