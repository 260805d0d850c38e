/**
 * Text from lockfiles (package names, versions, paths) is written by the pull
 * request's author and ends up in a public comment, the job summary and
 * terminal output. These helpers make it inert and bounded.
 */

/** Longest piece of untrusted text echoed anywhere. */
export const MAX_ECHO = 200;

/**
 * Characters that change how text looks without being seen: C0 and C1 controls
 * (terminal escapes, newlines), line and paragraph separators, bidi embeddings,
 * overrides, isolates and marks (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069), and zero-width or invisible characters (soft hyphen, U+180E,
 * U+200B–U+200D, U+2060–U+2064, the BOM). `post\u200Bmark` must never show as
 * `postmark`.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * THE sanitizer for text from outside (lockfiles, advisories, URLs, config):
 * bounded, and every hidden character (see HIDDEN) replaced with a visible `?`.
 * Every renderer and message builds on it.
 */
export function plain(text: string, max = MAX_ECHO): string {
  const clean = text.replace(HIDDEN, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** A URL for a terminal or log line: through the sanitizer, bounded longer than names. */
export function plainUrl(url: string): string {
  return plain(url, 500);
}

/** Zero-width space: breaks `@mention`, `#123`, `scheme://` and `www.` patterns that GitHub links after decoding references. */
const ZWSP = '&#8203;';

/**
 * Untrusted text as inert Markdown: bounded, on one line, and every character
 * that Markdown or GitHub gives a meaning to written as an HTML character
 * reference, which GitHub renders as the original character. GitHub links
 * mentions and e-mail addresses (`@` before a letter or digit), issue numbers
 * (`#` before a digit), bare URLs (`://`) and `www.` in the decoded text, so
 * there, and only there, an invisible zero-width space follows: times
 * (`13:16`) and prose keep no hidden character. No link, image, mention
 * (`@org/team`), autolink, HTML tag, emphasis, code span, table pipe, math,
 * emoji or heading can come out of it.
 */
export function md(text: string, max = MAX_ECHO): string {
  return plain(text, max)
    .replace(/[\\`*_[\]<>@&|!#~:{}$^]/g, (ch, at: number, whole: string) => {
      const next = whole[at + 1] ?? '';
      const links =
        (ch === '@' && /[A-Za-z0-9]/.test(next)) || (ch === '#' && /[0-9]/.test(next)) || (ch === ':' && next === '/');
      return `&#${ch.codePointAt(0)};${links ? ZWSP : ''}`;
    })
    .replace(/www\./gi, (w) => `${w.slice(0, 3)}${ZWSP}&#46;`);
}

/** What a code span restored from prose may hold: nothing that ends the span, a table cell, a line or HTML. */
const SPAN_SAFE = /^[A-Za-z0-9 @/._~+:?=&%#!$*,;(){}^-]+$/;

/**
 * URLs and `name@version` in prose, which md() would break with zero-width
 * spaces, as code spans: inert (nothing links inside a code span) and copied
 * exactly. Trailing sentence punctuation stays outside.
 */
const COPYABLE =
  /(?<![`\w@/.-])(?:[a-z][a-z0-9+.-]*:\/\/[^\s`|<>"'\\]+|@?[A-Za-z0-9][\w.-]*(?:\/[\w.-]+)?@[0-9][\w.+-]*)/gi;

/**
 * Untrusted text as md() writes it, except that URLs and `name@version`
 * (COPYABLE, when their characters are SPAN_SAFE) become code spans, which
 * copy exactly where md() would put a zero-width space into them. Backticks
 * of the text itself stay escaped: use it for messages, which embed names and
 * URLs from lockfiles and registries as they are.
 */
export function mdText(text: string, max = MAX_ECHO): string {
  const clean = plain(text, max);
  let out = '';
  let last = 0;
  for (const match of clean.matchAll(COPYABLE)) {
    const [, body = ''] = /^(.*?)[.,;:)]*$/.exec(match[0]) ?? [];
    if (!body || !SPAN_SAFE.test(body)) continue;
    out += `${md(clean.slice(last, match.index), Infinity)}\`${body}\``;
    last = match.index + body.length;
  }
  return out + md(clean.slice(last), Infinity);
}

/**
 * Prose that may hold `code` spans (guidance names commands that way) as
 * Markdown: written as mdText() writes it, then spans of the text whose
 * content is plain (SPAN_SAFE: no backtick, pipe, angle or square bracket,
 * backslash) restored as code. Such content cannot form a link, mention or
 * HTML inside a code span, whoever wrote it. Only for text lockgate wrote
 * (guidance), where every backtick is its own.
 */
export function mdProse(text: string, max = MAX_ECHO): string {
  return mdText(text, max).replace(/&#96;((?:(?!&#96;).)+?)&#96;/g, (whole, inner: string) => {
    const content = inner
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replaceAll('\u200b', '');
    return SPAN_SAFE.test(content) ? `\`${content}\`` : whole;
  });
}

/** An indicator of compromise made unclickable the usual way: `hxxp://evil[.]example`. */
export function defang(indicator: string): string {
  return indicator.replace(/^http/i, 'hxxp').replace(/\./g, '[.]');
}

/** A Markdown link when `url` is a plain https URL (advisory references); otherwise the label as text. */
export function mdLink(label: string, url: string): string {
  return url.length <= 500 && /^https:\/\/[A-Za-z0-9.-]+(?:\/[A-Za-z0-9._~%/?#=&+:@-]*)?$/.test(url)
    ? `[${md(label)}](${url})`
    : md(label);
}

/** Top-level domains that bare hostnames in advisory text are recognised by (file names like package.json stay). */
const HOST_TLDS =
  'com|net|org|io|ru|su|xyz|top|cn|info|dev|app|co|me|site|online|tk|ml|ga|cf|gq|pw|cc|biz|us|uk|de|in|link|click|sh|ai|to|gg|ws|so|live|cloud|pro|shop|store|fun|icu|vip|tech|space|website';
const URL_OR_HOST = new RegExp(
  `\\b(?:https?|ftp|wss?)://[^\\s<>"'\`]+|\\b(?:[A-Za-z0-9-]+\\.)+(?:${HOST_TLDS})\\b(?![.-]?[A-Za-z0-9])`,
  'gi',
);

/**
 * Prose from an advisory with every URL and hostname in it defanged
 * (`hxxps://evil[.]example/x`, `c2[.]example[.]com`), so that nothing in it
 * is clickable or pasteable as an address.
 */
export function defangText(text: string): string {
  return text.replace(URL_OR_HOST, (match) => {
    const scheme = /^([a-z]+):\/\//i.exec(match);
    if (!scheme) return match.replace(/\./g, '[.]');
    const rest = match.slice(scheme[0].length);
    const slash = rest.indexOf('/');
    const host = slash === -1 ? rest : rest.slice(0, slash);
    const tail = slash === -1 ? '' : rest.slice(slash);
    return `${scheme[1]!.replace(/^http/i, 'hxxp')}://${host.replace(/\./g, '[.]')}${tail}`;
  });
}

/** What a package name, version or defanged indicator may hold to be written as a code span as it is. */
const CODE_SAFE = /^[A-Za-z0-9@/._~+:?=&%#[\]-]+$/;

/**
 * A package name, `name@version` or version as a Markdown code span that
 * copies back exactly (inside a code span Markdown, mentions, links and HTML
 * are inert, so no zero-width characters are needed); text with any other
 * character is written as md() writes it instead.
 */
export function mdCode(text: string, max = MAX_ECHO): string {
  return text.length <= max && CODE_SAFE.test(text) ? `\`${text}\`` : md(text, max);
}

/**
 * A short piece of JSON (a package.json member lockgate writes, `"vite": "8.4.0"`, pnpm's
 * `"parent>dep": "1.0.0"`) as a code span when it holds only SPAN_SAFE characters, double quotes
 * and `>` (inert inside a span: no `<` can open a tag); else as md() writes it.
 */
export function mdJsonSpan(text: string, max = MAX_ECHO): string {
  return text.length <= max && /^[A-Za-z0-9 @/._~+:?=&%#!$*,;(){}^">-]+$/.test(text) ? `\`${text}\`` : md(text, max);
}
