import { describe, expect, it } from 'vitest';
import { parseConfigText, validateConfig } from '../../src/config/config-file.js';

describe('validateConfig', () => {
  const today = '2026-03-01';
  const entry = {
    package: 'left-pad',
    versions: '1.3.0',
    advisory: 'MAL-2025-1',
    reason: 'reviewed',
    expires: '2026-06-30',
  };
  const validate = (doc: unknown) => validateConfig('.github/lockgate.yml', doc, today);

  it('accepts a complete entry, advisory lists and globs', () => {
    const result = validate({ ignore: [entry], advisories: ['sec/list.txt'], lockfiles: ['**/package-lock.json'] });
    expect(result).toEqual({
      config: {
        ignore: [entry],
        advisories: ['sec/list.txt'],
        lockfiles: ['**/package-lock.json'],
        signals: { levels: {}, allow: [] },
      },
      errors: [],
      warnings: [],
    });
  });

  it('reads YAML dates as text (core schema) and reports YAML errors with a line', () => {
    const doc = parseConfigText(
      'c.yml',
      'ignore:\n  - package: a\n    versions: "*"\n    advisory: MAL-1\n    reason: r\n    expires: 2026-12-31\n',
    );
    expect(validate(doc).config.ignore[0]!.expires).toBe('2026-12-31');
    expect(() => parseConfigText('c.yml', 'ignore:\n  - a\n - b\n')).toThrow(/^c\.yml:3: /);
  });

  it('an entry missing a field is an error naming the fields, not an ignore', () => {
    const partial = { package: entry.package, versions: entry.versions, advisory: entry.advisory };
    const result = validate({ ignore: [partial] });
    expect(result.config.ignore).toEqual([]);
    expect(result.errors).toEqual([
      '.github/lockgate.yml: ignore entry 1 ("left-pad"): missing or empty reason, expires; every ignore entry needs package, versions (a semver range), advisory or signal, reason and expires (YYYY-MM-DD).',
    ]);
  });

  it('an expired entry is an error; one expiring today still applies', () => {
    expect(validate({ ignore: [{ ...entry, expires: '2026-02-28' }] }).errors[0]).toContain('expired on 2026-02-28');
    expect(validate({ ignore: [{ ...entry, expires: today }] }).errors).toEqual([]);
  });

  it.each([
    [{ versions: 'latest-ish' }, 'is not a semver range'],
    [{ expires: '2026-02-30' }, 'is not a date'],
    [{ expires: 'next year' }, 'is not a date'],
  ])('rejects %o', (change, message) => {
    expect(validate({ ignore: [{ ...entry, ...change }] }).errors[0]).toContain(message);
  });

  it('warns on unknown keys and far-away expiry dates', () => {
    const result = validate({ ignores: [], ignore: [{ ...entry, expires: '2030-01-01', note: 'x' }] });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings.join('\n')).toMatch(
      /unknown key "ignores"[\s\S]*unknown field "note"[\s\S]*more than a year away/,
    );
  });

  it('rejects lists that are not lists of strings or leave the repository', () => {
    expect(validate({ advisories: 'x.txt' }).errors[0]).toContain("'advisories' must be a list");
    expect(validate({ lockfiles: ['../other/package-lock.json'] }).errors[0]).toContain('leaves the repository');
    expect(validate('just text').errors[0]).toContain('expected a mapping');
  });
});
