import type { Lockfile } from '../core/model.js';
import { LockfileError } from './errors.js';

export function parseYarnClassic(file: string, _text: string): Lockfile {
  throw new LockfileError(file, undefined, 'not implemented yet');
}
