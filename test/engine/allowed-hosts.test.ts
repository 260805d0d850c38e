import { describe, expect, it } from 'vitest';
import { allowedHosts } from '../../src/engine/check.js';



describe('allowedHosts', () => {
  it('is the public registries by default, plus the registry the run was told to use', () => {
    expect(allowedHosts(undefined, undefined)).toEqual([
      'registry.npmjs.org',
      'registry.yarnpkg.com',
      'registry.npmjs.com',
    ]);
    expect(allowedHosts(undefined, 'https://npm.corp.example:8443/api/npm/npm/')).toEqual([
      'registry.npmjs.org',
      'registry.yarnpkg.com',
      'registry.npmjs.com',
      'npm.corp.example:8443',
    ]);
  });

  it("adds the registry to the config's own list, which replaces the default, once", () => {
    expect(allowedHosts(['git.corp.example'], 'https://npm.corp.example/')).toEqual([
      'git.corp.example',
      'npm.corp.example',
    ]);
    expect(allowedHosts(['npm.corp.example'], 'https://npm.corp.example/')).toEqual(['npm.corp.example']);
  });
});
