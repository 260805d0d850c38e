/**
 * A repository's default branch as a Tree for the engine: the file list from
 * the trees API, each file's bytes from the blobs API, nothing cloned. The
 * engine reads lockfiles (and the package.json files beside a classic
 * yarn.lock or a bun.lockb) through it exactly as it reads a checkout.
 */
import { MAX_LOCKFILE_BYTES } from '../lockfiles/text.js';
import type { Tree } from '../inputs/trees.js';
import type { ListedFile, OrgApi, RepoInfo } from './github.js';
import { RateLimitStop } from './rate-gate.js';

export class ApiTree implements Tree {
  /** Set when a read of this tree met the scan's rate-limit stop: the repository's result is incomplete. */
  interrupted = false;

  constructor(
    private readonly api: OrgApi,
    readonly repo: RepoInfo,
    readonly commit: string,
    private readonly files: ReadonlyMap<string, ListedFile>,
  ) {}

  label(file: string): string {
    return `${this.repo.fullName}:${file}`;
  }

  async listFiles(select: (file: string) => boolean): Promise<string[]> {
    return [...this.files.keys()].filter((f) => !f.split('/').includes('node_modules') && select(f)).sort();
  }

  async read(file: string): Promise<string | undefined> {
    const bytes = await this.readBytes(file);
    return bytes === undefined
      ? undefined
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }

  async readBytes(file: string): Promise<Uint8Array | undefined> {
    const listed = this.files.get(file);
    if (!listed) return undefined;
    // Read through the API, a link's blob is its target's path; resolving it is not worth a second guess.
    if (listed.link)
      throw new Error(`${this.label(file)}: is a symbolic link, which lockgate does not follow through the API.`);
    if (listed.size !== undefined && listed.size > MAX_LOCKFILE_BYTES)
      throw new Error(
        `${this.label(file)}: file is ${listed.size} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles.`,
      );
    try {
      return await this.api.blob(this.repo, listed.sha);
    } catch (error) {
      if (error instanceof RateLimitStop) this.interrupted = true;
      throw error;
    }
  }
}
