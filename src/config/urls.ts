/**
 * The one check for a URL a user configures (a flag, an input): http or https,
 * parsed by the WHATWG parser, returned without trailing slashes. Callers say
 * what was wrong in their own words (a flag or an input name).
 */
export function normalizeHttpUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  } catch {
    return undefined;
  }
  return raw.replace(/\/+$/, '');
}
