/** A real report for the units that take one: the built CLI on the bundled postmark-mcp example, offline. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Report } from '../../src/core/report.js';
import { ROOT } from '../helpers.js';
import { builtDist } from './cli.js';
import { pairFlags } from './cli-flags.js';

const EXAMPLE = path.join(ROOT, 'examples', 'postmark-mcp');
let cachedReport: Report | undefined;

export function realReport(): Report {
  if (!cachedReport) {
    const result = spawnSync(
      process.execPath,
      [path.join(builtDist(), 'cli.js'), ...pairFlags(EXAMPLE), '--offline', '--format', 'json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    cachedReport = JSON.parse(result.stdout) as Report;
  }
  return cachedReport;
}
