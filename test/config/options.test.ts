import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseActionInputs } from '../../src/config/action-inputs.js';
import { USAGE, parseCliArgs } from '../../src/config/cli-args.js';
import { FLAG_OPTIONS, INPUT_OPTIONS, OPTIONS, explicitOrFile } from '../../src/config/options.js';

const action = yaml.load(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

describe('the options table', () => {
  it('declares every input of action.yml, and action.yml declares every input of the table', () => {
    expect(INPUT_OPTIONS.map((o) => o.input).sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('gives each input the default action.yml shows', () => {
    for (const o of INPUT_OPTIONS) {
      if (o.default === undefined || o.input === 'github-token') continue;
      expect([o.input, String(action.inputs[o.input!]!.default)]).toEqual([o.input, o.default]);
    }
  });

  it('has one row per key, flag and input', () => {
    for (const field of ['key', 'flag', 'input'] as const) {
      const values = OPTIONS.map((o) => o[field]).filter((v) => v !== undefined);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('lists every flag in --help, with its value placeholder', () => {
    for (const o of FLAG_OPTIONS) expect(USAGE).toContain(`--${o.flag}${o.arg ? ` ${o.arg}` : ''}`);
    expect(Math.max(...USAGE.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('reads a flag and the input of one row the same way, and names each in its error', () => {
    expect(parseCliArgs(['--min-release-age', '36h'], {}).minReleaseAgeMs).toBe(36 * 3_600_000);
    expect(parseActionInputs((n) => (n === 'min-release-age' ? '36h' : '')).minReleaseAgeMs).toBe(36 * 3_600_000);
    expect(() => parseCliArgs(['--min-release-age', 'soon'], {})).toThrow(
      "Invalid --min-release-age 'soon'. Expected a duration such as 72h",
    );
    expect(() => parseActionInputs((n) => (n === 'min-release-age' ? 'soon' : ''))).toThrow(
      "Invalid input 'min-release-age': 'soon'. Expected a duration such as 72h",
    );
  });

  it('applies defaults from the table on both sides', () => {
    const cli = parseCliArgs([], {});
    const inputs = parseActionInputs(() => '');
    expect([cli.osvUrl, cli.registryUrl, cli.requestTimeoutMs, cli.format]).toEqual([
      'https://api.osv.dev',
      'https://registry.npmjs.org',
      10_000,
      'text',
    ]);
    expect([inputs.osvUrl, inputs.registryUrl, inputs.comment, inputs.osv]).toEqual([
      'https://api.osv.dev',
      'https://registry.npmjs.org',
      'on-findings',
      true,
    ]);
  });

  it('lets an explicit value beat the file, and the file beat the default', () => {
    expect(explicitOrFile(1, 2, 3)).toBe(1);
    expect(explicitOrFile(undefined, 2, 3)).toBe(2);
    expect(explicitOrFile(0, 2, 3)).toBe(0);
    expect(explicitOrFile<number>(undefined, undefined, 3)).toBe(3);
  });
});
