import { describe, expect, it } from 'vitest';
import { InputError, parseActionInputs } from '../../src/config/action-inputs.js';
import { parseCliArgs } from '../../src/config/cli-args.js';
import { parseConfigText, validateConfig } from '../../src/config/config-file.js';

const validate = (text: string) => validateConfig('lockgate.yml', parseConfigText('lockgate.yml', text), '2026-01-01');

describe('config file: signals', () => {
  it('reads levels, min-release-age, the allow list and the token variable', () => {
    const result = validate(
      [
        'signals:',
        '  min-release-age: 72h',
        '  levels:',
        '    burst: off',
        '    publisher-changed: fail',
        '  allow:',
        '    - package: "@acme/*"',
        '      reason: our own packages',
        '    - package: left-pad',
        '      reason: vendored',
        '  registry-token-env: NPM_TOKEN',
      ].join('\n'),
    );
    expect(result.errors).toEqual([]);
    expect(result.config.signals).toEqual({
      minReleaseAgeMs: 72 * 3_600_000,
      levels: { burst: 'off', 'publisher-changed': 'fail' },
      allow: [
        { package: '@acme/*', reason: 'our own packages' },
        { package: 'left-pad', reason: 'vendored' },
      ],
      tokenEnv: 'NPM_TOKEN',
    });
  });

  it.each([
    ['signals: [1]', "lockgate.yml: 'signals' must be a mapping"],
    ['signals:\n  min-release-age: 3 days', 'signals.min-release-age "3 days" is not a duration'],
    ['signals:\n  levels:\n    age: fail', 'signals.levels has unknown signal "age"'],
    ['signals:\n  levels:\n    burst: error', 'signals.levels.burst is "error"; expected one of fail, warn, off.'],
    [
      'signals:\n  allow:\n    - package: "@acme/*"',
      'signals.allow entry 1: needs package (a name, @scope or @scope/*) and a non-empty reason.',
    ],
    [
      'signals:\n  allow:\n    - package: "a b"\n      reason: x',
      'signals.allow entry 1: package "a b" is not a package name',
    ],
    [
      'signals:\n  registry-token-env: npm_abc123-secret',
      'signals.registry-token-env must name an environment variable',
    ],
  ])('%j is an error naming the key', (text, message) => {
    expect(validate(text).errors.join('\n')).toContain(message);
  });

  it('warns about an unknown key under signals', () => {
    expect(validate('signals:\n  min-age: 3d').warnings.join('\n')).toContain('unknown key signals."min-age"');
  });
});

describe('CLI and action settings', () => {
  it('--min-release-age and --registry-url', () => {
    expect(parseCliArgs(['--min-release-age', '72h'], {}).minReleaseAgeMs).toBe(72 * 3_600_000);
    expect(parseCliArgs([], {})).not.toHaveProperty('minReleaseAgeMs');
    expect(parseCliArgs([], {}).registryUrl).toBe('https://registry.npmjs.org');
    expect(parseCliArgs(['--registry-url', 'https://npm.acme.test/'], {}).registryUrl).toBe('https://npm.acme.test');
    expect(() => parseCliArgs(['--min-release-age', '3'], {})).toThrow(
      "Invalid --min-release-age '3'. Expected a duration such as 72h, 3d or 90m (at most 365d), or 0 to turn the hold off.",
    );
    expect(() => parseCliArgs(['--registry-url', 'ftp://x'], {})).toThrow(/Invalid --registry-url 'ftp:\/\/x'/);
  });

  it('action inputs registry-url, min-release-age, override-label, rerun-held', () => {
    const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    const inputs = parseActionInputs(
      get({
        'registry-url': 'https://npm.acme.test/',
        'min-release-age': '0',
        'override-label': ' ok-to-merge ',
        'rerun-held': 'true',
      }),
    );
    expect(inputs).toMatchObject({
      registryUrl: 'https://npm.acme.test',
      minReleaseAgeMs: 0,
      overrideLabel: 'ok-to-merge',
      rerunHeld: true,
    });
    expect(() => parseActionInputs(get({ 'registry-url': 'registry.npmjs.org' }))).toThrow(InputError);
    expect(() => parseActionInputs(get({ 'registry-url': 'registry.npmjs.org' }))).toThrow(
      /such as https:\/\/registry\.npmjs\.org/,
    );
  });
});
