/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY for every request lockgate makes: the
 * live advisory sources (through dist/cli.js, as users run it) and the GitHub
 * REST client, against a real forward proxy the test starts on 127.0.0.1.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { bypassesProxy, proxyFor } from '../../src/net/http.js';

import * as z from 'zod/mini';
import { createClient } from '../../src/github/client.js';

import { cli, cliProcess, recordRetryWaits } from '../support/cli.js';

import { startGitHubAdvisoriesServer, type GitHubServer } from '../support/github-advisories-server.js';

import { startGitHubApiServer, type GitHubApiServer } from '../support/github-api-server.js';

import { snapshotRecords, startOsvServer, type OsvServer } from '../support/osv-server.js';

import { startProxyServer, type ProxyServer } from '../support/proxy-server.js';

import { ordinaryPackages, startRegistryServer, type RegistryServer } from '../support/registry-server.js';

import { ROOT } from '../helpers.js';

import path from 'node:path';

describe('which requests go through a proxy', () => {
  it.each([
    ['https://api.osv.dev/v1/querybatch', { HTTPS_PROXY: 'http://proxy:3128' }, 'http://proxy:3128/'],
    [
      'https://api.osv.dev/v1/querybatch',
      { https_proxy: 'proxy:3128', HTTPS_PROXY: 'http://other:1' },
      'http://proxy:3128/',
    ],
    ['http://mirror.internal/v1', { HTTPS_PROXY: 'http://proxy:3128' }, undefined],
    ['http://mirror.internal/v1', { HTTP_PROXY: 'http://proxy:3128' }, 'http://proxy:3128/'],
    ['https://api.osv.dev/v1', { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'osv.dev' }, undefined],
    ['https://api.osv.dev/v1', { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: '.osv.dev' }, undefined],
    ['https://api.osv.dev/v1', { HTTPS_PROXY: 'http://proxy:3128', no_proxy: 'github.com, *' }, undefined],
    [
      'https://api.osv.dev/v1',
      { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'notosv.dev,api.osv.dev:8443' },
      'http://proxy:3128/',
    ],
    ['https://ghes.corp:8443/api/v3', { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: 'ghes.corp:8443' }, undefined],
  ])('%s with %j → %s', (url, env, expected) => {
    expect(proxyFor(url, env)?.href).toBe(expected);
  });

  it('matches NO_PROXY hosts exactly or as a parent domain, never as a bare suffix', () => {
    expect(bypassesProxy(new URL('https://evilosv.dev/'), 'osv.dev')).toBe(false);
    expect(bypassesProxy(new URL('https://[::1]:9/'), '::1')).toBe(true);
  });
});

describe('through a proxy on 127.0.0.1', () => {
  let proxy: ProxyServer;
  let osv: OsvServer;
  let advisories: GitHubServer;
  let api: GitHubApiServer;
  let registry: RegistryServer;

  beforeAll(async () => {
    proxy = await startProxyServer({ requireAuth: 'user:p@ss' });
    osv = await startOsvServer({ records: snapshotRecords().filter((r) => r.id === 'MAL-2025-47604') });
    advisories = await startGitHubAdvisoriesServer({ records: [] });
    api = await startGitHubApiServer('octo', 'demo');
    registry = await startRegistryServer(
      await ordinaryPackages([path.join(ROOT, 'examples', 'postmark-mcp', 'head', 'package-lock.json')]),
    );
  });
  afterAll(async () => {
    await Promise.all([proxy.close(), osv.close(), advisories.close(), api.close(), registry.close()]);
  });
  beforeEach(() => {
    proxy.carried.length = 0;
  });

  const proxyUrl = () => proxy.url.replace('http://', 'http://user:p%40ss@');
  const hostOf = (url: string) => new URL(url).host;
  const run = (env: NodeJS.ProcessEnv, how: typeof cli = cli) =>
    how(
      [
        ...['--base-dir', 'examples/postmark-mcp/base', '--head-dir', 'examples/postmark-mcp/head'],
        ...['--osv-url', osv.url, '--github-api-url', advisories.url, '--registry-url', registry.url],
        ...['--require-live', '--no-content', '--format', 'json'],
      ],
      { ...process.env, GITHUB_TOKEN: '', HTTPS_PROXY: '', https_proxy: '', NO_PROXY: '', no_proxy: '', ...env },
    );

  it('the CLI sends OSV, GitHub advisory and registry requests through HTTP_PROXY, with its credentials', async () => {
    // The built CLI in its own process, as users run it; the other cases run in-process.
    const result = await run({ HTTP_PROXY: proxyUrl(), http_proxy: '' }, cliProcess);
    expect(result.code, result.stderr).toBe(1);
    expect(new Set(proxy.carried)).toEqual(new Set([hostOf(osv.url), hostOf(advisories.url), hostOf(registry.url)]));
    expect(proxy.authorizations.at(-1)).toBe(`Basic ${Buffer.from('user:p@ss').toString('base64')}`);
    const report = JSON.parse(result.stdout) as { sources: { name: string; ok: boolean }[] };
    expect(report.sources.filter((s) => s.name !== 'snapshot').every((s) => s.ok)).toBe(true);
    expect(report.sources.map((s) => s.name)).toContain('registry');
  });

  it('NO_PROXY sends the named host directly and the other still through the proxy', async () => {
    const result = await run({ HTTP_PROXY: proxyUrl(), http_proxy: '', NO_PROXY: hostOf(advisories.url) });
    expect(result.code, result.stderr).toBe(1);
    expect(new Set(proxy.carried)).toEqual(new Set([hostOf(osv.url), hostOf(registry.url)]));
  });

  it('a proxy that does not answer is named in the error of a required live source', async () => {
    const waits = recordRetryWaits();
    const result = await run({ HTTP_PROXY: 'http://127.0.0.1:9', http_proxy: '' });
    waits.restore();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('through the proxy 127.0.0.1:9');
    expect(result.stderr).not.toContain('p@ss');
  });

  it('the GitHub REST client (comments, pull request files) goes through it too', async () => {
    const client = createClient('t0ken', api.url, { HTTP_PROXY: proxyUrl() });
    const comments = await client.paginate('/repos/octo/demo/issues/7/comments', z.unknown());
    expect(comments).toEqual([]);
    expect(proxy.carried).toEqual([hostOf(api.url)]);
  });
});
