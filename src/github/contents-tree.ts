/**
 * A commit's tree read through the REST API: `GET /repos/{o}/{r}/git/trees/{sha}?recursive=1`
 * lists it, `GET /repos/{o}/{r}/contents/{path}?ref={sha}` (raw media type) reads a
 * file. Used when the commit is not in the local checkout (a fork PR head under
 * `pull_request_target`, a base that could not be fetched). Nothing is checked out.
 *
 * The listing is the truth about which files exist, so it is checked where it
 * enters: an object with an array `tree` of entries with a string `path` and
 * `type`, not `truncated`, and not empty (a commit without a single file is no
 * pull request's head; an empty answer is a fault, never an empty tree). A
 * file the listing names but the API then cannot find is an error, not an
 * absent file, and the bytes read must be the blob the listing names (its git
 * object id is checked), so a cut-off, replaced or re-encoded answer cannot
 * pass for the file.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { MAX_LOCKFILE_BYTES } from '../lockfiles/text.js';
import { SYMLINK, type Tree } from '../inputs/trees.js';
import { describeHttpError, repoPath, type GitHubClient, type RepoRef } from './client.js';

const TREE = z.looseObject({
  tree: z.array(
    z.looseObject({
      path: z.string(),
      type: z.string(),
      mode: z.optional(z.string()),
      size: z.optional(z.number()),
      sha: z.string(),
    }),
  ),
  truncated: z.optional(z.boolean()),
});

const BLOB = z.looseObject({ encoding: z.literal('base64'), content: z.string() });
/** The contents API's JSON form of a file (when the raw media type was not honoured). */
const CONTENTS_JSON = z.looseObject({
  type: z.literal('file'),
  encoding: z.literal('base64'),
  content: z.string(),
  sha: z.string(),
});

/** What the listing says of a blob. */
interface Blob {
  sha: string;
  size?: number;
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
    const blob = await this.checkSize(file);
    if (!blob) return undefined;
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    let answer: { body: Buffer; contentType: string } | undefined;
    try {
      answer = await this.client.raw(
        repoPath(this.repo, `/contents/${encoded}?ref=${encodeURIComponent(this.sha)}`),
        'application/vnd.github.raw',
      );
    } catch (error) {
      throw new Error(`${this.label(file)}: could not be read through the contents API: ${describeHttpError(error)}`);
    }
    if (answer === undefined) throw listedButMissing(this.label(file), 'contents');
    let bytes = answer.body;
    // A proxy that drops the media type answers with the JSON shape: base64 content.
    if (/^application\/json\b/i.test(answer.contentType) && !isBlob(bytes, blob.sha)) {
      const json = z.safeParse(CONTENTS_JSON, parseJson(bytes));
      if (json.success) bytes = Buffer.from(json.data.content, 'base64');
    }
    this.verify(file, bytes, blob.sha, 'contents');
    return bytes.toString('utf8');
  }

  /**
   * The file's bytes, through the git blobs API (`GET /repos/{o}/{r}/git/blobs/{sha}`,
   * base64 content): the raw contents media type may be decoded as text on the way.
   */
  async readBytes(file: string): Promise<Uint8Array | undefined> {
    const blob = await this.checkSize(file);
    if (!blob) return undefined;
    let data: z.infer<typeof BLOB>;
    try {
      data = await this.client.get(repoPath(this.repo, `/git/blobs/${encodeURIComponent(blob.sha)}`), BLOB, {
        maxBytes: 96 * 1024 * 1024,
      });
    } catch (error) {
      if ((error as { status?: unknown }).status === 404) throw listedButMissing(this.label(file), 'blobs');
      throw new Error(`${this.label(file)}: could not be read through the blobs API: ${describeHttpError(error)}`);
    }
    const bytes = Buffer.from(data.content, 'base64');
    this.verify(file, bytes, blob.sha, 'blobs');
    return bytes;
  }

  /** Throws unless `bytes` are the blob `sha` the listing names (when it names one). */
  private verify(file: string, bytes: Buffer, sha: string, api: string): void {
    if (!isBlob(bytes, sha))
      throw new Error(
        `${this.label(file)}: the ${api} API answered ${bytes.length} bytes that are not the blob ${sha.slice(0, 12)} the tree listing names (cut off or altered on the way).`,
      );
  }

  /** The listing's entry for `file` (undefined: the commit has no such file), after the size and link checks. */
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
    const commit = this.sha.slice(0, 12);
    let data: z.infer<typeof TREE>;
    try {
      data = await this.client.get(
        repoPath(this.repo, `/git/trees/${encodeURIComponent(this.sha)}?recursive=1`),
        TREE,
        { maxBytes: 96 * 1024 * 1024 },
      );
    } catch (error) {
      throw new Error(`Could not list the files of commit ${commit} through the API: ${describeHttpError(error)}`);
    }
    if (data.truncated) {
      throw new Error(
        `The file list of commit ${commit} is too large for the API (truncated); check out the repository with actions/checkout so lockgate can read it from git.`,
      );
    }
    const files = new Map<string, Blob>();
    for (const entry of data.tree) {
      if (entry.type !== 'blob') continue;
      files.set(entry.path, { sha: entry.sha, ...(entry.size !== undefined ? { size: entry.size } : {}) });
      if (entry.mode === SYMLINK) this.links.add(entry.path);
    }
    if (files.size === 0)
      throw new Error(
        `Could not list the files of commit ${commit} through the API: the listing names no file at all, which no commit to check has.`,
      );
    return files;
  }
}

/** Is `bytes` the git blob whose object id is `sha` (SHA-1, or SHA-256 for a 64-digit id)? */
export function isBlob(bytes: Uint8Array, sha: string): boolean {
  const hash = createHash(sha.length === 64 ? 'sha256' : 'sha1');
  hash.update(`blob ${bytes.length}\0`);
  hash.update(bytes);
  return hash.digest('hex') === sha.toLowerCase();
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function listedButMissing(label: string, api: string): Error {
  return new Error(`${label}: the tree listing names this file, but the ${api} API answered 404 for it.`);
}
