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

/** The public GitHub API, when GITHUB_API_URL does not name another (GitHub Enterprise Server). */
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

/** The API root for this environment: GITHUB_API_URL, else the public API; no trailing slash. */
export function githubApiUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
}
