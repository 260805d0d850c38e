import { plain } from './escape.js';

/**
 * What kind of failure an error is, for the one function that describes any of
 * them (`errorSentence`) and for scripts that read the report:
 * - `input-file`: a file the run was given (a lockfile, an advisory list, a config
 *   file, a tree) cannot be read as what it should be; names file and line;
 * - `usage`: a bad flag; `input`: a bad Action input;
 * - `http`: a request that failed after its retries; `source-unavailable`: a live
 *   source that did not answer; `snapshot`: the bundled snapshot is unreadable;
 * - `rate-limit`: a scan stopped at a rate limit, to be resumed.
 */
export type ErrorCode = 'input-file' | 'usage' | 'input' | 'http' | 'source-unavailable' | 'snapshot' | 'rate-limit';

/** The base of lockgate's own errors: a code and one sentence, safe to print as it is. */
export class LockgateError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LockgateError';
  }
}

/**
 * The one error a parser throws: file, line and reason, printed as one sentence.
 * Anything a lockfile says that is echoed here is bounded and stripped of control
 * characters, since lockfiles come from untrusted pull requests.
 */
export class LockfileError extends LockgateError {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string) {
    super('input-file', `${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'LockfileError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Quote a value taken from a lockfile for an error message: bounded, no control characters. */
export function quote(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `"${plain(text, max)}"`;
}

/** One sentence for the report and stderr: lockgate's own errors as they are, anything else by its first line. */
export function errorSentence(error: unknown): string {
  if (error instanceof LockgateError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 500);
}
