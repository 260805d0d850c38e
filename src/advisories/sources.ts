import { GitHubAdvisorySource } from './github.js';
import { loadAdvisoryPaths, type AdvisoryFile } from './local.js';
import { OsvApiSource } from './osv-api.js';
import { loadSnapshot } from './snapshot.js';
import type { AdvisorySource } from './types.js';

export interface SourceOptions {
  /** Extra advisory lists (files or directories). */
  advisories: readonly string[];
  /** The repository root: list ids name paths relative to it, and a list inside it must not lead out of it. */
  advisoryRoot?: string;
  /** Lists already read (the base commit's versions of the repository's lists). */
  advisoryFiles?: readonly AdvisoryFile[];
  /** Use no network source. */
  offline: boolean;
  /** Ask OSV.dev (default true; false on networks that cannot reach it). */
  osv?: boolean;
  /** Ask the GitHub Advisory Database (default true; false on a GitHub Enterprise Server without it). */
  githubAdvisories?: boolean;
  osvUrl: string;
  githubApiUrl: string;
  /** Token for the GitHub Advisory Database (higher rate limits); never logged. */
  githubToken?: string;
  /** Time allowed for one request to a live source, in ms (retries come on top). */
  requestTimeoutMs?: number;
  /** The environment whose proxy variables the live sources use (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Snapshot file; default: the one shipped beside the bundle. */
  snapshotPath?: string;
}

export interface Sources {
  sources: AdvisorySource[];
  /** Names of the sources that need the network (their failure can degrade). */
  live: Set<string>;
}

/**
 * The advisory sources of a run: the bundled snapshot and the custom lists
 * always, the live OSV and GitHub sources unless offline.
 */
export async function createSources(options: SourceOptions): Promise<Sources> {
  const sources: AdvisorySource[] = [await loadSnapshot(options.snapshotPath)];
  if (options.advisories.length || options.advisoryFiles?.length) {
    sources.push(
      await loadAdvisoryPaths(options.advisories, {
        ...(options.advisoryRoot ? { root: options.advisoryRoot } : {}),
        ...(options.advisoryFiles ? { files: options.advisoryFiles } : {}),
      }),
    );
  }
  const live = new Set<string>();
  if (!options.offline) {
    const retry = {
      ...(options.requestTimeoutMs ? { timeoutMs: options.requestTimeoutMs } : {}),
      ...(options.env ? { proxyEnv: options.env } : {}),
    };
    const osv = new OsvApiSource({ baseUrl: options.osvUrl, retry });
    const github = new GitHubAdvisorySource({
      baseUrl: options.githubApiUrl,
      retry,
      ...(options.githubToken ? { token: options.githubToken } : {}),
    });
    if (options.osv !== false) {
      sources.push(osv);
      live.add(osv.name);
    }
    if (options.githubAdvisories !== false) {
      sources.push(github);
      live.add(github.name);
    }
  }
  return { sources, live };
}
