/**
 * A commit's tree read through the REST API: `GET /repos/{o}/{r}/git/trees/{sha}?recursive=1`
 * lists it, `GET /repos/{o}/{r}/contents/{path}?ref={sha}` (raw media type) reads a
 * file. Used when the commit is not in the local checkout (a fork PR head under
 * `pull_request_target`, a base that could not be fetched). Nothing is checked out.
 */
import { MAX_LOCKFILE_BYTES } from '../lockfiles/text.js';
import { SYMLINK, type Tree } from '../inputs/trees.js';
import { describeHttpError, httpStatus, type GitHubClient, type RepoRef } from './client.js';


interface TreeEntry {
  path?: string;
  mode?: string;
  type?: string;
  size?: number;
  sha?: string;
}

/** What the listing says of a blob. */
interface Blob {
  size?: number;
  sha?: string;
}

/** A commit of `repo` read through the contents API. */
export class ContentsTree implements Tree {
  private listing: Promise<Map<string, Blob>> | undefined;
  /** Paths of symbolic links (the API would answer with the link's target text or the file it names). */
  private readonly links = new Set<string>();

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
    readonly sha: string,
  ) {}

  label(file: string): string {
    return `${this.sha.slice(0, 12)}:${file}`;
  }

  async listFiles(select: (file: string) => boolean): Promise<string[]> {
    const files = await this.files();
    return [...files.keys()].filter((f) => !f.split('/').includes('node_modules') && select(f)).sort();
  }

  async read(file: string): Promise<string | undefined> {
    await this.checkSize(file);
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    try {
      const response = await this.client.request(`GET /repos/{owner}/{repo}/contents/${encoded}`, {
        owner: this.repo.owner,
        repo: this.repo.repo,
        ref: this.sha,
        mediaType: { format: 'raw' },
      });
      const data: unknown = response.data;
      if (typeof data === 'string') return data;
      if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
      // A proxy that drops the media type answers with the JSON shape: base64 content.
      const json = data as { encoding?: unknown; content?: unknown } | null;
      if (json?.encoding === 'base64' && typeof json.content === 'string')
        return Buffer.from(json.content, 'base64').toString('utf8');
      throw new Error(`${this.label(file)}: the contents API did not answer with the file's text`);
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw new Error(`${this.label(file)}: could not be read through the contents API: ${describeHttpError(error)}`);
    }
  }

  /**
   * The file's bytes, through the git blobs API (`GET /repos/{o}/{r}/git/blobs/{sha}`,
   * base64 content): the raw contents media type may be decoded as text on the way.
   */
  async readBytes(file: string): Promise<Uint8Array | undefined> {
    const blob = await this.checkSize(file);
    if (!blob?.sha) return undefined;
    try {
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
        owner: this.repo.owner,
        repo: this.repo.repo,
        file_sha: blob.sha,
      });
      const json = data as { encoding?: unknown; content?: unknown } | null;
      if (json?.encoding === 'base64' && typeof json.content === 'string') return Buffer.from(json.content, 'base64');
      throw new Error(`${this.label(file)}: the blobs API did not answer with the file's content`);
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw new Error(`${this.label(file)}: could not be read through the blobs API: ${describeHttpError(error)}`);
    }
  }

  /** The listing's entry for `file`, after checking the size limit and that it is no symbolic link. */
  private async checkSize(file: string): Promise<Blob | undefined> {
    const blob = (await this.files()).get(file);
    if (this.links.has(file)) {
      throw new Error(
        `${this.label(file)}: is a symbolic link; read through the API it cannot be resolved safely, so check out the repository with actions/checkout`,
      );
    }
    if (blob?.size !== undefined && blob.size > MAX_LOCKFILE_BYTES) {
      throw new Error(
        `${this.label(file)}: file is ${blob.size} bytes, over the ${MAX_LOCKFILE_BYTES}-byte limit for lockfiles`,
      );
    }
    return blob;
  }

  /** Every blob of the commit (path → size and sha), listed once. */
  private files(): Promise<Map<string, Blob>> {
    this.listing ??= this.loadListing();
    return this.listing;
  }

  private async loadListing(): Promise<Map<string, Blob>> {
    let data: { tree?: TreeEntry[]; truncated?: boolean };
    try {
      ({ data } = await this.client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        owner: this.repo.owner,
        repo: this.repo.repo,
        tree_sha: this.sha,
        recursive: '1',
      }));
    } catch (error) {
      throw new Error(
        `Could not list the files of commit ${this.sha.slice(0, 12)} through the API: ${describeHttpError(error)}`,
      );
    }
    if (data.truncated) {
      throw new Error(
        `The file list of commit ${this.sha.slice(0, 12)} is too large for the API (truncated); check out the repository with actions/checkout so lockgate can read it from git.`,
      );
    }
    const files = new Map<string, Blob>();
    for (const entry of data.tree ?? []) {
      if (entry.type === 'blob' && typeof entry.path === 'string') {
        files.set(entry.path, { size: entry.size, ...(entry.sha ? { sha: entry.sha } : {}) });
        if (entry.mode === SYMLINK) this.links.add(entry.path);
      }
    }
    return files;
  }
}
