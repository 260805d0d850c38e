/**
 * The world a replay runs in before any advisory exists: a registry stand-in,
 * OSV and GitHub advisory servers that answer and know nothing, and an empty
 * bundled snapshot, all on 127.0.0.1, with a scratch folder. Call it at the top
 * level of a test file: it starts them before the tests and stops them after.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { encodeSnapshot } from '../../src/advisories/snapshot-format.js';
import type { ReportJson } from '../../src/core/report.js';
import { runCli } from '../../src/entry/cli.js';
import { startGitHubAdvisoriesServer, type GitHubServer } from './github-advisories-server.js';
import { startOsvServer, type OsvServer } from './osv-server.js';
import { startRegistryServer, type RegistryServer } from './registry-server.js';
import { parseReport } from './report-schema.js';
import { pairFlags, standInFlags } from './cli-flags.js';

export interface NoAdvisoryWorld {
  registry: RegistryServer;
  osv: OsvServer;
  github: GitHubServer;
  /** A scratch folder, removed after the file's tests. */
  tmp: string;
  /** A snapshot file with no records, as of `snapshotAsOf`. */
  emptySnapshot: string;
  /** The flags that point the CLI at the three servers. */
  liveFlags(): string[];
}

export function useNoAdvisoryWorld(name: string, snapshotAsOf: string): NoAdvisoryWorld {
  const world = {
    liveFlags: () => standInFlags(world),
  } as NoAdvisoryWorld;
  beforeAll(async () => {
    world.registry = await startRegistryServer();
    world.osv = await startOsvServer({ records: [] });
    world.github = await startGitHubAdvisoriesServer({ records: [] });
    world.tmp = mkdtempSync(path.join(os.tmpdir(), `lockgate-${name}-`));
    world.emptySnapshot = path.join(world.tmp, 'empty.snapshot');
    writeFileSync(world.emptySnapshot, encodeSnapshot([], { asOf: snapshotAsOf }));
  });
  afterAll(async () => {
    await world.registry?.close();
    await world.osv?.close();
    await world.github?.close();
    if (world.tmp) rmSync(world.tmp, { recursive: true, force: true });
  });
  return world;
}

/** Run the CLI function on `dir`/base → `dir`/head with the world's servers, JSON out, checked against the schema. */
export async function runPair(
  world: NoAdvisoryWorld,
  dir: string,
  extra: string[] = [],
  { maxAttempts = 1, env = {} }: { maxAttempts?: number; env?: NodeJS.ProcessEnv } = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...pairFlags(dir), ...world.liveFlags(), '--format', 'json', ...extra], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { PATH: process.env.PATH, ...env },
    snapshotPath: world.emptySnapshot,
    retry: { maxAttempts, sleep: async () => {} },
  });
  return { code, report: parseReport<ReportJson>(stdout || '{}', `report of ${dir}`), stderr };
}
