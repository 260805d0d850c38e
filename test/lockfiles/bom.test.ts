import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLockfile } from '../../src/lockfiles/index.js';



/** Real lockfiles of every text format (the action fixtures), each read once as written and once behind a BOM. */
const DIR = path.join(import.meta.dirname, '..', 'action', 'fixtures');
const CASES = readdirSync(DIR)
  .filter((name) => !name.includes('.'))
  .map((format) => {
    const dir = path.join(DIR, format, 'head');
    const file = readdirSync(dir).find((f) => f !== 'package.json')!;
    return [format, file, readFileSync(path.join(dir, file), 'utf8')] as const;
  });

describe('a UTF-8 byte-order mark is accepted, as the package managers accept it', () => {
  it.each(CASES)('%s (%s)', async (_format, file, text) => {
    const plain = await loadLockfile(file, text);
    const marked = await loadLockfile(file, `\ufeff${text}`);
    expect(marked.packages).toEqual(plain.packages);
  });
});
