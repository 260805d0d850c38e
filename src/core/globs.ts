/**
 * Globs over `/`-separated relative paths (lockfile globs of the `lockfiles`
 * input and the config file, package.json `workspaces`): `*` and `?` stay within one path segment, `**` spans segments, `{a,b}`
 * alternates, and a leading `!` excludes. A path is selected when it matches a
 * positive pattern and no later negative one.
 */

/** A compiled list of patterns. */
export type GlobMatcher = (file: string) => boolean;

/** Compile `patterns`; an empty list selects everything. */
export function globMatcher(patterns: readonly string[]): GlobMatcher {
  if (!patterns.length) return () => true;
  const compiled = patterns.map((p) => ({
    negate: p.startsWith('!'),
    regex: globRegex(p.replace(/^!/, '').replace(/^\.\//, '')),
  }));
  const anyPositive = compiled.some((c) => !c.negate);
  return (file) => {
    let selected = !anyPositive;
    for (const { negate, regex } of compiled) if (regex.test(file)) selected = !negate;
    return selected;
  };
}

/** One glob as an anchored regular expression (linear: no nested quantifiers). */
export function globRegex(pattern: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      out += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) out += '|';
    else out += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  if (braces > 0) throw new Error(`Invalid lockfile glob '${pattern.slice(0, 100)}': unclosed '{'.`);
  return new RegExp(`^${out}$`);
}
