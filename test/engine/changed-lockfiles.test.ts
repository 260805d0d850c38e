import { describe, expect, it } from 'vitest';
import { changedLockfiles } from '../../src/engine/pairing.js';
import { isLockfilePath } from '../../src/lockfiles/detect.js';

describe('changedLockfiles', () => {
  it('keeps lockfiles still in head, and counts removed or renamed ones as lockfile changes', () => {
    expect(changedLockfiles([{ filename: 'README.md', status: 'modified' }], isLockfilePath)).toEqual({
      inHead: [],
      any: false,
    });
    expect(
      changedLockfiles([{ filename: 'node_modules/x/package-lock.json', status: 'added' }], isLockfilePath).any,
    ).toBe(false);
    expect(
      changedLockfiles(
        [
          { filename: 'yarn.lock', status: 'removed' },
          { filename: 'web/package-lock.json', status: 'renamed', previousFilename: 'package-lock.json' },
        ],
        isLockfilePath,
      ),
    ).toEqual({ inHead: ['web/package-lock.json'], any: true });
  });
});
