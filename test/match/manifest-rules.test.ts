import { describe, expect, it } from 'vitest';
import { judgeManifests, type LockfileState } from '../../src/match/manifest-rules.js';

const state = (
  path: string,
  fields: Partial<LockfileState>,
  base: object,
  head: object | undefined,
): LockfileState => ({
  path,
  inHead: true,
  changed: false,
  replaced: false,
  manifests: [{ file: 'package.json', base: { name: 'app', ...base }, head: head && { name: 'app', ...head } }],
  ...fields,
});
const kinds = (states: LockfileState[]) => {
  const out = judgeManifests(states);
  return [...out.findings.map((f) => `${f.kind} ${f.key ?? f.file}`), ...out.warnings.map(() => 'warning')];
};

describe('package.json and its lockfile', () => {
  it('a reordered or untouched dependency list is no change; a changed range with the lockfile changed too is fine', () => {
    const deps = { dependencies: { a: '^1', b: '^2' } };
    expect(kinds([state('package-lock.json', {}, deps, { dependencies: { b: '^2', a: '^1' } })])).toEqual([]);
    expect(kinds([state('package-lock.json', { changed: true }, deps, { dependencies: { a: '^1.1' } })])).toEqual([]);
  });

  it('peer dependencies count where npm records them, not for yarn 1', () => {
    const [base, head] = [{ peerDependencies: { r: '^18' } }, { peerDependencies: { r: '^19' } }];
    expect(kinds([state('package-lock.json', {}, base, head)])).toEqual(['manifest-without-lockfile peerDependencies']);
    expect(kinds([state('yarn.lock', {}, base, head)])).toEqual([]);
  });

  it('overrides fail where the lockfile records them (pnpm, Bun) and warn where npm and yarn may leave it as is', () => {
    const [base, head] = [{}, { overrides: { x: '1.0.0' } }];
    expect(kinds([state('pnpm-lock.yaml', {}, base, { pnpm: { overrides: { x: '1.0.0' } } })])).toEqual([
      'manifest-without-lockfile pnpm.overrides',
    ]);
    expect(kinds([state('bun.lock', {}, base, head)])).toEqual(['manifest-without-lockfile overrides']);
    expect(kinds([state('package-lock.json', {}, base, head)])).toEqual(['warning']);
  });

  it('a deleted lockfile fails unless another lockfile takes its place or package.json goes with it', () => {
    const deps = { dependencies: { a: '^1' } };
    expect(kinds([state('yarn.lock', { inHead: false }, deps, deps)])).toEqual(['lockfile-deleted yarn.lock']);
    expect(kinds([state('yarn.lock', { inHead: false, replaced: true }, deps, deps)])).toEqual([]);
    expect(kinds([state('yarn.lock', { inHead: false }, deps, undefined)])).toEqual([]);
  });
});
