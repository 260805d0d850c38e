import path from 'node:path';

/** Is `file` the folder `dir` itself or somewhere below it (both absolute; links are the caller's to resolve)? */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
