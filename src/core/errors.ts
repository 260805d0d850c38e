import { plain } from './escape.js';



/**
 * The one error a parser throws: file, line and reason, printed as one sentence.
 * Anything a lockfile says that is echoed here is bounded and stripped of control
 * characters, since lockfiles come from untrusted pull requests.
 */
export class LockfileError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, reason: string) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
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

/** One sentence for the report and stderr: LockfileErrors as they are, anything else by its first line. */
export function errorSentence(error: unknown): string {
  if (error instanceof LockfileError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 500);
}
