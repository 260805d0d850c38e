import { describe, expect, it } from 'vitest';
import { defang, md, mdJsonSpan, mdLink, mdProse, plain } from '../../src/core/escape.js';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '@everyone and @org/team',
  '[click](https://evil.example)',
  '![x](https://evil.example/x.png)',
  '`code` ``x``',
  'https://evil.example/path and www.evil.example',
  'user@example.com',
  '#123 GH-1 | table | pipe',
  '*bold* _em_ ~~strike~~ $math$ :smile:',
  '%0A::error::x\n::warning::y\r\u001b[31mred\u202ereversed',
];

/** What GitHub would see after decoding character references (the zero-width space stays). */
const decoded = (text: string) => text.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

describe('md', () => {
  it.each(HOSTILE)('makes %j inert', (text) => {
    const out = md(text);
    expect(out).not.toMatch(/[<>[\]`*_~|$\\\n\r]/);
    const seen = decoded(out);
    expect(seen).not.toMatch(/@[A-Za-z0-9]/); // mentions and e-mail autolinks
    expect(seen).not.toMatch(/#[0-9]/); // issue references
    expect(seen).not.toMatch(/[a-z]+:\/\//i); // URL autolinks
    expect(seen).not.toMatch(/www\./i);
  });

  it('bounds what it echoes and strips control characters', () => {
    expect(md('a'.repeat(500)).length).toBeLessThanOrEqual(201);
    expect(plain('a\nb\u0000c\u202e')).toBe('a?b?c?');
  });
});

describe('mdProse', () => {
  it('restores code spans of plain commands', () => {
    expect(mdProse('Purge it: `npm cache clean --force`.')).toContain('`npm cache clean --force`');
  });

  it('keeps hostile code spans escaped', () => {
    for (const text of ['`<img src=x>`', '`[a](https://x.example)`', '`a` then <b>']) {
      expect(mdProse(text)).not.toMatch(/[<>[\]]/);
    }
  });
});

describe('links and indicators', () => {
  it('links plain https URLs only', () => {
    expect(mdLink('MAL-1', 'https://osv.dev/vulnerability/MAL-1')).toBe('[MAL-1](https://osv.dev/vulnerability/MAL-1)');
    expect(mdLink('x', 'javascript:alert(1)')).toBe('x');
    expect(mdLink('x', 'https://evil.example/a b)')).toBe('x');
  });

  it('defangs indicators', () => {
    expect(defang('http://sfrclak.com:8000/6202033')).toBe('hxxp://sfrclak[.]com:8000/6202033');
    expect(defang('142.11.206.73')).toBe('142[.]11[.]206[.]73');
  });
});

describe('plain: the one sanitizer', () => {
  it.each([
    ['zero-width space', 'post\u200Bmark'],
    ['zero-width non-joiner', 'post\u200Cmark'],
    ['zero-width joiner', 'post\u200Dmark'],
    ['left-to-right mark', 'post\u200Emark'],
    ['right-to-left mark', 'post\u200Fmark'],
    ['arabic letter mark', 'post\u061Cmark'],
    ['word joiner', 'post\u2060mark'],
    ['soft hyphen', 'post\u00ADmark'],
    ['byte-order mark', 'post\uFEFFmark'],
    ['right-to-left override', 'post\u202Emark'],
    ['first-strong isolate', 'post\u2068mark'],
    ['terminal escape', 'post\u001b[0mmark'],
  ])('never lets a name with a %s display as postmark', (_what, name) => {
    const out = plain(name);
    expect(out).not.toBe('postmark');
    expect(out.startsWith('post?')).toBe(true);
    expect(decoded(md(name)).replaceAll('\u200b', '')).not.toBe('postmark');
  });
});

describe('text copies cleanly', () => {
  it('puts no zero-width character in times or plain prose', () => {
    expect(md('held until 2025-09-11 13:16 UTC: it can merge then')).not.toContain('&#8203;');
  });

  it('writes URLs and name@version in prose as code spans, which copy exactly and link nowhere', () => {
    const out = mdProse('helper@1.0.0 is new and downloads from https://evil.example/helper/-/helper-1.0.0.tgz.');
    expect(out).toBe('`helper@1.0.0` is new and downloads from `https://evil.example/helper/-/helper-1.0.0.tgz`.');
    expect(mdProse('@scope/pkg@2.0.0-beta.1 moved')).toBe('`@scope/pkg@2.0.0-beta.1` moved');
  });

  it('never lets a pipe or a backtick of a URL end a code span or a table cell', () => {
    expect(mdProse('see https://evil.example/a|b')).toBe('see `https://evil.example/a`&#124;b');
    const out = mdProse('see https://evil.example/`x` and `a|b`');
    expect(out).not.toContain('|');
    // Outside code spans nothing links.
    expect(decoded(out.replace(/`[^`]*`/g, ''))).not.toMatch(/[a-z]+:\/\//i);
  });
});

describe('mdJsonSpan', () => {
  it('writes the members lockgate prints as code spans that copy back exactly, pnpm’s `>` included', () => {
    for (const member of ['"vite": "8.4.0"', '"@twin/kit>deepdep": "2.0.5"', '"wrapper": { "deepdep": "2.0.5" }'])
      expect(mdJsonSpan(member)).toBe(`\`${member}\``);
  });
  it.each(HOSTILE)('writes %j as an inert code span or as md() does', (text) => {
    const out = mdJsonSpan(text);
    // Inside a span mentions, links and emphasis are inert; what could end it or open a tag is not.
    if (out !== md(text)) expect([out, /[`<[\]|\\\n\r]/.test(text)]).toEqual([`\`${text}\``, false]);
  });
  it('never writes `<` into a span', () => {
    expect(mdJsonSpan('"a<b": "1"')).toBe(md('"a<b": "1"'));
  });
});
