import { spawn } from 'node:child_process';

import { lstatSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';

import path from 'node:path';

import { plain } from '../core/escape.js';

import { LockfileError, quote } from '../core/errors.js';

import { MAX_LOCKFILE_BYTES } from '../lockfiles/text.js';

import { isLockfilePath } from '../lockfiles/detect.js';

/** A tree of files lockfiles are read from: a directory, a git commit, the GitHub contents API. */
export interface Tree {
  /** How errors name a file of this tree (`base (abc123):package-lock.json`). */
  label(file: string): string;
  /** Paths (relative, `/`-separated, sorted) of the files `select` accepts, skipping node_modules and .git. */
  listFiles(select: (file: string) => boolean): Promise<string[]>;
  /** The file's text, or undefined when it does not exist. */
  read(file: string): Promise<string | undefined>;
  /**
   * The file's bytes (bun.lockb, binary advisory lists), or undefined when it does not exist; same size limit
   * and the same link resolution as `read`.
   */
  readBytes(file: string): Promise<Uint8Array | undefined>;
}

/** Every lockfile and bun.lockb of a tree. */
export function listLockfiles(tree: Tree): Promise<string[]> {
  return tree.listFiles(isLockfilePath);
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
    // A symbolic link is listed when its name is selected (read() resolves it); a linked
    // directory is not walked, as git does not walk one either.
    const walk = (rel: string): void => {
      const entries = readdirSync(path.join(this.dir, rel), { withFileTypes: true });
      for (const entry of entries) {
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) walk(child);
        else if ((entry.isFile() || entry.isSymbolicLink()) && select(child)) found.push(child);
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
    const real = await resolveInTree(this.label(file), file, (at) => this.node(at));
    if (real === undefined) return undefined;
    const full = path.join(this.dir, real);
    const info = statSync(full);
    if (info.size > MAX_LOCKFILE_BYTES) throw tooLarge(this.label(file), info.size);
    // One synchronous read: parsing is synchronous anyway, and fs/promises reads a
    // multi-megabyte file in 512 KiB rounds through the thread pool.
    return readFileSync(full);
  }

  /** What the directory holds at `rel`, without following a link. */
  private node(rel: string): TreeNode {
    const full = path.join(this.dir, rel);
    try {
      const info = lstatSync(full);
      if (info.isSymbolicLink()) return { kind: 'link', target: () => readlinkSync(full, 'utf8') };
      if (info.isDirectory()) return { kind: 'dir' };
      return info.isFile() ? { kind: 'file' } : undefined;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw error;
    }
  }
}

/** A commit's tree, read from git objects (`git ls-tree`, `git show`); nothing is checked out. */
export class GitTree implements Tree {
  private listing: Promise<GitIndex> | undefined;

  constructor(
    readonly repoDir: string,
    readonly ref: string,
  ) {}

  label(file: string): string {
    return `${this.ref}:${file}`;
  }

  async listFiles(select: (file: string) => boolean): Promise<string[]> {
    const { entries, prefix } = await this.index();
    const found: string[] = [];
    for (const [full, entry] of entries) {
      if (entry.mode === SUBMODULE || !full.startsWith(prefix)) continue;
      const file = full.slice(prefix.length);
      if (!file.split('/').includes('node_modules') && select(file)) found.push(file);
    }
    return found.sort();
  }

  async read(file: string): Promise<string | undefined> {
    return (await this.readBytes(file))?.toString('utf8');
  }

  async readBytes(file: string): Promise<Buffer | undefined> {
    const { entries, dirs, prefix } = await this.index();
    const node = (at: string): TreeNode => {
      const entry = entries.get(at);
      if (entry === undefined) return dirs.has(at) ? { kind: 'dir' } : undefined;
      if (entry.mode === SYMLINK)
        return { kind: 'link', target: async () => (await this.blob(entry.oid, at)).toString('utf8') };
      return entry.mode === SUBMODULE ? undefined : { kind: 'file' };
    };
    // Links resolve in the whole repository's tree, whichever subdirectory this tree is opened in.
    const real = await resolveInTree(this.label(file), `${prefix}${file}`, node);
    if (real === undefined) return undefined;
    return this.blob(entries.get(real)!.oid, file);
  }

  /**
   * One blob's bytes. Reads asked for in the same turn of the event loop (the
   * package.json files of a workspace, a lockfile beside its config) share one
   * `git cat-file --batch`: a monorepo's hundreds of manifests are one git
   * process, not one each.
   */
  private blob(oid: string, file: string): Promise<Buffer> {
    const kept = this.kept.get(oid);
    if (kept !== undefined) return Promise.resolve(kept);
    return new Promise((resolve, reject) => {
      this.pending.push({ oid, file, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => void this.readPending());
    });
  }

  private pending: { oid: string; file: string; resolve: (bytes: Buffer) => void; reject: (e: unknown) => void }[] = [];

  /**
   * Blobs already read, by object id, up to KEPT_BYTES in all: most reads of a run ask again for a
   * file an earlier step read (the CLI's change list reads every package.json, config file and
   * lockfile of both trees; the manifest, config and range steps then read them one at a time),
   * and each such read was one more git process (1,759 on parcel's 316-lockfile tree).
   */
  private kept = new Map<string, Buffer>();
  private keptBytes = 0;

  private async readPending(): Promise<void> {
    const batch = this.pending.splice(0);
    try {
      const blobs = await catFileBatch(this.repoDir, [...new Set(batch.map((b) => b.oid))]);
      for (const [oid, bytes] of blobs) {
        if (bytes.length > MAX_LOCKFILE_BYTES || this.keptBytes + bytes.length > KEPT_BYTES) continue;
        // A copy: the batch's output buffer is not kept alive by a small file of it.
        this.kept.set(oid, Buffer.from(bytes));
        this.keptBytes += bytes.length;
      }
      for (const b of batch) {
        const bytes = blobs.get(b.oid)!;
        if (bytes.length > MAX_LOCKFILE_BYTES) b.reject(tooLarge(this.label(b.file), bytes.length));
        else b.resolve(bytes);
      }
    } catch (error) {
      for (const b of batch) b.reject(error);
    }
  }

  /** Every entry of the commit's tree with its mode (`git ls-tree -r -z --full-tree`), listed once. */
  private index(): Promise<GitIndex> {
    this.listing ??= this.loadIndex();
    return this.listing;
  }

  private async loadIndex(): Promise<GitIndex> {
    // One rev-parse says where in the repository this tree is opened and whether the ref is a commit.
    const commit = git(this.repoDir, ['rev-parse', '--show-prefix', '--verify', '--quiet', `${this.ref}^{commit}`]);
    const listing = git(this.repoDir, ['ls-tree', '-r', '-z', '--full-tree', `${this.ref}^{commit}`]);
    // Handled now: with a bad ref it may fail before the rev-parse does (an unhandled rejection then).
    listing.catch(() => undefined);
    let prefix: string;
    try {
      prefix = (await commit).stdout.split('\n')[0]!;
    } catch {
      throw new Error(
        `git ref '${plain(this.ref, 100)}' is not a commit in ${this.repoDir}; fetch it or pass another --base.`,
      );
    }
    const { stdout } = await listing;
    const entries = new Map<string, GitEntry>();
    const dirs = new Set<string>();
    for (const record of stdout.split('\0')) {
      // `<mode> SP <type> SP <object> TAB <path>`
      const tab = record.indexOf('\t');
      if (tab === -1) continue;
      const [mode = '', , oid = ''] = record.slice(0, tab).split(' ');
      const file = record.slice(tab + 1);
      entries.set(file, { mode, oid });
      for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1))
        dirs.add(file.slice(0, slash));
    }
    return { entries, dirs, prefix: prefix.trim() };
  }
}

/** Bytes of blobs one GitTree keeps after reading them. */
const KEPT_BYTES = 64 * 1024 * 1024;

/** Git modes of a symbolic link and of a submodule (a commit, not a file). */
export const SYMLINK = '120000';
const SUBMODULE = '160000';

interface GitEntry {
  mode: string;
  oid: string;
}

interface GitIndex {
  /** Full path in the repository → mode and object. */
  entries: Map<string, GitEntry>;
  /** Every directory that holds an entry. */
  dirs: Set<string>;
  /** This tree's subdirectory in the repository (`apps/web/`), or empty. */
  prefix: string;
}

// ---------------------------------------------------------------------------
// Symbolic links

/** What a tree holds at a path: a file, a directory, a symbolic link (its target read on demand), or nothing. */
export type TreeNode =
  { kind: 'file' } | { kind: 'dir' } | { kind: 'link'; target: () => string | Promise<string> } | undefined;

/** Links followed on one path before it counts as a loop (Linux follows 40). */
const MAX_LINKS = 40;

/**
 * The path of the regular file `file` names once symbolic links along it are
 * followed, inside the tree only; undefined when there is no such file and no
 * link was involved. A link whose target leaves the tree (absolute, or `..`
 * past the top), loops, or leads to no file is an error naming the link:
 * never its target text read as content, never a file outside the tree.
 */
export async function resolveInTree(
  label: string,
  file: string,
  node: (path: string) => TreeNode | Promise<TreeNode>,
): Promise<string | undefined> {
  const pending = file.split('/').reverse();
  const done: string[] = [];
  let link: { path: string; target: string } | undefined;
  const refuse = (why: string): LockfileError =>
    new LockfileError(
      label,
      undefined,
      `the symbolic link ${quote(link!.path, 200)} points to ${quote(link!.target, 200)}, ${why}; lockgate reads no file outside the repository`,
    );
  let links = 0;
  let kind: 'file' | 'dir' | undefined = 'dir';
  while (pending.length > 0) {
    const part = pending.pop()!;
    if (part === '' || part === '.') continue;
    if (kind !== 'dir') return missing();
    if (part === '..') {
      if (done.length === 0) throw refuse('which leaves the tree');
      done.pop();
      continue;
    }
    const here = done.length ? `${done.join('/')}/${part}` : part;
    const found = await node(here);
    if (found?.kind === 'link') {
      const target = await found.target();
      link = { path: here, target };
      if (++links > MAX_LINKS) throw refuse(`which is a chain of more than ${MAX_LINKS} links (a loop?)`);
      if (target.startsWith('/') || /^[a-z]:[\\/]/i.test(target) || target === '')
        throw refuse('which leaves the tree');
      for (const piece of target.split('/').reverse()) pending.push(piece);
      continue;
    }
    if (found === undefined) return missing();
    kind = found.kind;
    done.push(part);
  }
  return kind === 'file' ? done.join('/') : missing();

  function missing(): undefined {
    if (link) throw refuse('which names no file in the tree');
    return undefined;
  }
}

/** Does `file` hold the same bytes in both trees (false when either lacks it)? */
export async function sameBytes(head: Tree, base: Tree, file: string): Promise<boolean> {
  const [a, b] = await Promise.all([head.readBytes(file), base.readBytes(file)]);
  return equalBytes(a, b);
}

/** Both read, with the same bytes. */
export function equalBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));
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

/**
 * Time one git command may take (LOCKGATE_GIT_TIMEOUT_MS, default two
 * minutes): a fetch that hangs ends, and the caller falls back as it does when
 * git fails. A transfer slower than 1 KB/s for 30 s ends sooner (git's own
 * low-speed limit).
 */
const GIT_TIMEOUT_MS = positiveEnv('LOCKGATE_GIT_TIMEOUT_MS') ?? 120_000;

/**
 * Run git in `cwd`, with a buffer large enough for the largest lockfile and
 * the time limit above. Git runs in its own process group, so on timeout its
 * helpers (git-remote-https, ssh) end with it and cannot hold the run open.
 * Never prompts for credentials.
 */
export async function git(cwd: string, args: string[], timeoutMs = GIT_TIMEOUT_MS): Promise<{ stdout: string }> {
  const { stdout } = await runGit(cwd, args, timeoutMs);
  return { stdout: stdout.toString('utf8') };
}

/**
 * The contents of `oids` (blobs) by one `git cat-file --batch`: each answer is
 * `<oid> blob <size>` LF, the bytes, LF. A missing object or another type is an error.
 */
async function catFileBatch(cwd: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const cap = oids.length * (MAX_LOCKFILE_BYTES + 1024);
  const { stdout } = await runGit(cwd, ['cat-file', '--batch'], GIT_TIMEOUT_MS, { input: `${oids.join('\n')}\n`, cap });
  const blobs = new Map<string, Buffer>();
  let at = 0;
  for (const oid of oids) {
    const eol = stdout.indexOf(10, at);
    const header = eol === -1 ? '' : stdout.toString('latin1', at, eol);
    const [answered, type, size] = header.split(' ');
    if (answered !== oid || type !== 'blob' || !/^\d+$/.test(size ?? '') || eol + 1 + Number(size) > stdout.length)
      throw new Error(`git cat-file could not read object ${oid.slice(0, 12)}: ${plain(header, 100) || 'no answer'}`);
    blobs.set(oid, stdout.subarray(eol + 1, eol + 1 + Number(size)));
    at = eol + 2 + Number(size);
  }
  return blobs;
}

/** The bytes git writes to stdout; rejects on a non-zero exit, a timeout, or output over the lockfile limit. */
function runGit(
  cwd: string,
  args: string[],
  timeoutMs: number,
  options: { input?: string; cap?: number } = {},
): Promise<{ stdout: Buffer }> {
  const full = ['-c', 'core.quotepath=off', '-c', 'http.lowSpeedLimit=1000', '-c', 'http.lowSpeedTime=30', ...args];
  const cap = options.cap ?? MAX_LOCKFILE_BYTES + 1024;
  return new Promise((resolve, reject) => {
    const child = spawn('git', full, {
      cwd,
      detached: true,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    if (options.input !== undefined) {
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(options.input);
    }
    const out: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: Error | undefined;
    const kill = (why: Error): void => {
      failure ??= why;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(
      () => kill(new Error(`git ${args[0]} did not finish within ${Math.round(timeoutMs / 1000)}s`)),
      timeoutMs,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) kill(new Error(`git ${args[0]} wrote more than ${cap - 1024} bytes`));
      else out.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else if (code !== 0)
        reject(new Error(`git ${args[0]} failed: ${plain(stderr.trim().split('\n')[0] ?? '', 200)}`));
      else resolve({ stdout: Buffer.concat(out, size) });
    });
  });
}

/** A positive whole number of milliseconds from the environment, or undefined. */
function positiveEnv(name: string): number | undefined {
  const value = process.env[name]?.trim();
  return value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
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
