import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { scratch } from '../action/harness.js';

describe('scripts/generate-docs.mjs', () => {
  it('writes every input and output of action.yml and the CLI usage between the markers, and --check passes after', () => {
    const tmp = scratch();
    try {
      const readme = path.join(tmp.dir, 'README.md');
      writeFileSync(
        readme,
        '# lockgate\n\n<!-- cli-usage-start -->\nold usage\n<!-- cli-usage-end -->\n\n<!-- action-docs-start -->\nstale\n<!-- action-docs-end -->\n\nMore text.\n',
      );
      execFileSync(process.execPath, ['scripts/generate-docs.mjs', '--readme', readme], { cwd: ROOT });
      const text = readFileSync(readme, 'utf8');
      const action = yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>;
        outputs: Record<string, unknown>;
      };
      for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
        expect(text).toContain(`| \`${name}\` |`);
      expect(text).not.toContain('stale');
      expect(text).not.toContain('old usage');
      expect(text).toContain('  --request-timeout <s>');
      expect(text.endsWith('<!-- action-docs-end -->\n\nMore text.\n')).toBe(true);
      expect(
        spawnSync(process.execPath, ['scripts/generate-docs.mjs', '--readme', readme, '--check'], { cwd: ROOT }).status,
      ).toBe(0);
      writeFileSync(readme, text.replace('| `offline` |', '| `offline-old` |'));
      expect(
        spawnSync(process.execPath, ['scripts/generate-docs.mjs', '--readme', readme, '--check'], { cwd: ROOT }).status,
      ).toBe(1);
    } finally {
      tmp.cleanup();
    }
  });
});
