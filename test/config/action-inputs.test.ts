import { describe, expect, it } from 'vitest';
import { InputError, parseActionInputs } from '../../src/config/action-inputs.js';

describe('parseActionInputs', () => {
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('gives the documented defaults for unset inputs', () => {
    expect(parseActionInputs(get({ 'github-token': 't' }))).toEqual({
      githubToken: 't',
      lockfiles: [],
      advisories: [],
      offline: false,
      requireLiveSources: false,
      comment: 'on-findings',
      warnOnly: false,
      config: '.github/lockgate.yml',
      configExplicit: false,
      osvUrl: 'https://api.osv.dev',
      registryUrl: 'https://registry.npmjs.org',
      content: true,
      holds: 'fail',
      overrideLabel: '',
      rerunHeld: false,
      osv: true,
      githubAdvisories: true,
    });
  });

  it('reads a config in another repository as owner/repo/path@ref, and refs that cannot be git options', () => {
    const inputs = parseActionInputs(
      get({
        config: 'acme/policies/lockgate/org.yml@v2',
        'config-token': 'ghp_x',
        'base-ref': 'main',
        'head-ref': 'release/1.2',
        'github-advisories': 'false',
      }),
    );
    expect(inputs.configRepo).toEqual({ owner: 'acme', repo: 'policies', path: 'lockgate/org.yml', ref: 'v2' });
    expect(inputs.config).toBe('lockgate/org.yml');
    expect(inputs.configExplicit).toBe(true);
    expect(inputs).toMatchObject({
      configToken: 'ghp_x',
      baseRef: 'main',
      headRef: 'release/1.2',
      githubAdvisories: false,
    });
    expect(() => parseActionInputs(get({ 'base-ref': '--upload-pack=evil' }))).toThrow(
      "Invalid input 'base-ref': '--upload-pack=evil'. Expected a branch, tag or commit, such as main.",
    );
    expect(() => parseActionInputs(get({ config: 'acme/policies/../x.yml@main' }))).toThrow(/Invalid input 'config'/);
    expect(() => parseActionInputs(get({ config: 'policy.yml@main' }))).toThrow(
      /\{owner\}\/\{repo\}\/\{path\}@\{ref\}/,
    );
  });

  it('splits list inputs on newlines and commas, dropping blanks and comments', () => {
    const inputs = parseActionInputs(
      get({ lockfiles: 'a/package-lock.json,\n  **/yarn.lock \n# old\n\n', advisories: 'x.json' }),
    );
    expect(inputs.lockfiles).toEqual(['a/package-lock.json', '**/yarn.lock']);
    expect(inputs.advisories).toEqual(['x.json']);
  });

  it.each([
    ['comment', 'sometimes', "Invalid input 'comment': 'sometimes'. Expected one of: on-findings, always, never."],
    ['mode', 'full', "Invalid input 'mode': 'full'. Expected one of: diff, all."],
    ['warn-only', 'yes', "Invalid input 'warn-only': 'yes'. Expected true or false."],
    ['offline', '1', "Invalid input 'offline': '1'. Expected true or false."],
    ['osv-url', 'ftp://x', "Invalid input 'osv-url': 'ftp://x'. Expected an http(s) URL such as https://api.osv.dev."],
    [
      'sarif-file',
      '../out.sarif',
      "Invalid input 'sarif-file': '../out.sarif'. Expected a path inside the repository (no '..').",
    ],
  ])('rejects %s=%s naming the input and what is expected', (name, value, message) => {
    expect(() => parseActionInputs(get({ [name]: value }))).toThrow(new InputError(message));
  });

  it('rejects offline together with require-live-sources', () => {
    expect(() => parseActionInputs(get({ offline: 'true', 'require-live-sources': 'TRUE' }))).toThrow(/contradict/);
  });
});
