import { describe, expect, it } from 'vitest';
import { manifestPins, overrideKeyName, pinOf } from '../../src/match/manifest-pins.js';

describe('pinOf', () => {
  it.each([
    ['x', '1.2.3', { name: 'x', version: '1.2.3' }],
    ['x', '=1.2.3', { name: 'x', version: '1.2.3' }],
    ['x', ' v1.2.3 ', { name: 'x', version: '1.2.3' }],
    ['x', '1.0.0-beta.1', { name: 'x', version: '1.0.0-beta.1' }],
    ['x', 'npm:real@1.0.16', { name: 'real', version: '1.0.16' }],
    ['x', 'npm:@s/real@2.0.0', { name: '@s/real', version: '2.0.0' }],
    ['x', 'npm:1.0.16', { name: 'x', version: '1.0.16' }],
  ])('%s: %s pins %o', (name, spec, pin) => expect(pinOf(name, spec)).toEqual(pin));

  it.each(['^1.2.3', '~1.2.3', '1.x', '>=1.2.3', 'latest', 'npm:real', 'npm:real@^1', 'file:x-1.2.3.tgz', '$x', '-', '', 'github:a/b#1.2.3', 'https://h/x-1.2.3.tgz'])(
    '%s pins nothing',
    (spec) => expect(pinOf('x', spec)).toBeUndefined(),
  );
});

describe('overrideKeyName', () => {
  it.each([
    ['x', 'x'],
    ['x@<2', 'x'],
    ['@s/x@^1', '@s/x'],
    ['a>x', 'x'],
    ['a@1>@s/x', '@s/x'],
    ['**/x', 'x'],
    ['a/x', 'x'],
    ['@s/a/@s/x', '@s/x'],
    ['**/@s/x', '@s/x'],
    ['x@npm:^1.0.0', 'x'],
  ])('%s names %s', (key, name) => expect(overrideKeyName(key)).toBe(name));
});

describe('manifestPins', () => {
  it('reads pins, aliases, nested overrides, resolutions and pnpm.overrides with the line of each key', () => {
    const text = JSON.stringify(
      {
        name: 'app',
        dependencies: { a: '1.0.0', b: '^1.0.0', c: 'npm:postmark-mcp@1.0.16' },
        devDependencies: { d: '=2.0.0' },
        overrides: { e: '3.0.0', f: { g: '4.0.0', '.': '5.0.0' }, h: '$h' },
        resolutions: { '**/i': '6.0.0', 'j@npm:^1': 'npm:7.0.0' },
        pnpm: { overrides: { 'k>l': '8.0.0', m: '-' } },
      },
      null,
      2,
    );
    const pins = manifestPins(text).map((p) => `${p.field} ${p.key} ${p.name}@${p.version} :${p.line}`);
    expect(pins).toEqual([
      'dependencies a a@1.0.0 :4',
      'dependencies c postmark-mcp@1.0.16 :6',
      'devDependencies d d@2.0.0 :9',
      'overrides e e@3.0.0 :12',
      'overrides f > g g@4.0.0 :14',
      'overrides f > . f@5.0.0 :15',
      'resolutions **/i i@6.0.0 :20',
      'resolutions j@npm:^1 j@7.0.0 :21',
      'pnpm.overrides k>l l@8.0.0 :25',
    ]);
  });

  it('a text that is not a JSON object pins nothing', () => {
    expect(manifestPins('{')).toEqual([]);
    expect(manifestPins('[1]')).toEqual([]);
  });
});
