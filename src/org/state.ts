/**
 * The state file that makes an organisation scan resumable: JSON Lines, a
 * header naming the owner and the question, then one line per repository as
 * it finishes (appended, so a run killed mid-way loses at most the line it
 * was writing, which is ignored). A later run with the same file scans only
 * what it does not hold; a file of another owner or question is refused
 * rather than mixed in. The scan removes it once complete.
 */
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { isRecord } from '../core/guards.js';
import type { OrgQuery, RepoResult } from './report.js';

const KIND = 'lockgate-org-state';

interface Header {
  kind: typeof KIND;
  version: 1;
  owner: string;
  query: OrgQuery;
}

export class ScanState {
  /** Appends one after another, so concurrent workers never interleave their lines. */
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    /** Results the file already held when the run began, by `owner/name`. */
    readonly done: ReadonlyMap<string, RepoResult>,
  ) {}

  /** Opens `file` for this scan: its finished repositories, or a new file with the header. */
  static async open(file: string, owner: string, query: OrgQuery): Promise<ScanState> {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw new Error(`State file ${file} could not be read: ${error.message}`);
    });
    const header: Header = { kind: KIND, version: 1, owner, query };
    if (text === undefined || text.trim() === '') {
      await writeFile(file, `${JSON.stringify(header)}\n`);
      return new ScanState(file, new Map());
    }
    const lines = text.split('\n');
    let first: unknown;
    try {
      first = JSON.parse(lines[0]!);
    } catch {
      first = undefined;
    }
    if (!isRecord(first) || first.kind !== KIND || first.version !== 1)
      throw new Error(`${file}:1: is not a lockgate org state file; name another --state file.`);
    if (first.owner !== owner || JSON.stringify(first.query) !== JSON.stringify(query))
      throw new Error(
        `${file}:1: holds a scan of another owner or question (${String(first.owner).slice(0, 100)}); remove it or name another --state file.`,
      );
    const done = new Map<string, RepoResult>();
    // The last line may be cut off by a killed run: skip what does not parse as a result.
    for (const line of lines.slice(1)) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as unknown;
        if (isRecord(entry) && isRecord(entry.result) && typeof entry.result.repo === 'string')
          done.set(entry.result.repo, entry.result as unknown as RepoResult);
      } catch {
        // a cut-off line: that repository is scanned again
      }
    }
    return new ScanState(file, done);
  }

  /** Records one finished repository. */
  add(result: RepoResult): Promise<void> {
    this.writes = this.writes.then(() => appendFile(this.file, `${JSON.stringify({ result })}\n`));
    return this.writes;
  }

  async remove(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
