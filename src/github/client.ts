/**
 * The GitHub REST client the action uses, passed into every function that
 * talks to the API (nothing is built on import). `createClient` is the one
 * place a client is made; `getOctokit` honours GITHUB_API_URL, and the base URL
 * is also passed explicitly so a test's loopback server is always the target.
 */
import { getOctokit } from '@actions/github';
import { fetchWithProxy } from '../net/http.js';



/** An authenticated Octokit with the REST methods and pagination. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** owner/name of the repository the workflow runs in. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * A client for `token` against `apiUrl`. Requests go through the proxy
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY name for each URL, decided per request
 * (the @actions/github default decides once, on import, for api.github.com).
 * The token is never logged.
 */
export function createClient(token: string, apiUrl: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  return getOctokit(token, {
    baseUrl: apiUrl.replace(/\/+$/, ''),
    request: { fetch: (url: string, init?: RequestInit) => fetchWithProxy(url, init, env) },
  });
}

/** Parse GITHUB_REPOSITORY (`owner/name`), or throw one sentence naming the value. */
export function parseRepository(value: string | undefined): RepoRef {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value ?? '');
  if (!match)
    throw new Error(`Invalid GITHUB_REPOSITORY '${(value ?? '').slice(0, 100)}'. Expected format {owner}/{repo}.`);
  return { owner: match[1]!, repo: match[2]! };
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else (network errors). */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** "HTTP 500 (message)" or the error's first line: for warnings, never carrying request headers. */
export function describeHttpError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error).slice(0, 200);
  return status ? `HTTP ${status} (${message})` : message;
}
