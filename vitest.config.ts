import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker keeps its modules between test files: importing src/ once per worker instead of
    // once per file cut the suite's CPU time by about a third. No test relies on a fresh module
    // state (the suite passed whole with --no-isolate before this was set).
    isolate: false,
    // Vitest's default is one worker fewer than the cores, so one file at a time on a
    // 2-core machine; the main process is idle while files run, so use every core.
    maxWorkers: Math.max(2, os.availableParallelism()),
  },
});
