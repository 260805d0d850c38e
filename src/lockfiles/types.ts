import type { Lockfile } from '../core/model.js';

/** One lockfile format: from text to the model, or a LockfileError. Pure. */
export interface LockfileParser {
  /** Parse `text` (the content of `file`). Throws LockfileError on anything it cannot read. */
  parse(file: string, text: string): Lockfile;
}
