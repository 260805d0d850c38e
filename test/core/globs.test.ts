import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/core/globs.js';

describe('globMatcher', () => {
  it.each([
    [[], 'packages/a/yarn.lock', true],
    [['package-lock.json'], 'package-lock.json', true],
    [['package-lock.json'], 'apps/web/package-lock.json', false],
    [['**/package-lock.json'], 'package-lock.json', true],
    [['**/package-lock.json'], 'apps/web/package-lock.json', true],
    [['apps/*/yarn.lock'], 'apps/web/yarn.lock', true],
    [['apps/*/yarn.lock'], 'apps/web/x/yarn.lock', false],
    [['**/{yarn.lock,bun.lock}'], 'a/bun.lock', true],
    [['**/*.lock', '!legacy/**'], 'legacy/yarn.lock', false],
    [['**/*.lock', '!legacy/**'], 'new/yarn.lock', true],
    [['!legacy/**'], 'other/pnpm-lock.yaml', true],
    [['pnpm-lock.yaml'], 'pnpm-lockXyaml', false],
  ])('%j selects %s: %s', (patterns, file, selected) => {
    expect(globMatcher(patterns)(file)).toBe(selected);
  });

  it('rejects an unclosed brace', () => {
    expect(() => globMatcher(['{a,b'])).toThrow(/unclosed/);
  });
});
