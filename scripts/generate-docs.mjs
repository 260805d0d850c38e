// Writes the inputs and outputs tables of action.yml into README.md between
// <!-- action-docs-start --> and <!-- action-docs-end -->, and the CLI's --help
// (from the built dist/cli.js) between <!-- cli-usage-start --> and
// <!-- cli-usage-end -->, so the README never drifts from either. `node scripts/generate-docs.mjs --check` exits 1 when
// README.md is out of date (for CI); `--readme <file>` writes another file.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-docs-start -->';
const END = '<!-- action-docs-end -->';

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
}

/** The Markdown for action.yml's inputs and outputs. */
export function actionDocs(action) {
  const lines = ['#### Inputs', '', '| Input | Description | Default |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const fallback = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${cell(input.description)}${input.required ? ' **Required.**' : ''} | ${fallback} |`);
  }
  lines.push('', '#### Outputs', '', '| Output | Description |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return lines.join('\n');
}

/** README text with the block between the markers replaced. */
export function replaceBlock(readme, docs, start = START, end = END) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md needs the markers ${start} and ${end}, in that order.`);
  return `${readme.slice(0, from + start.length)}\n${docs}\n${readme.slice(to)}`;
}

/** The CLI's usage text as a fenced block, from the built CLI. */
function cliUsage() {
  const help = execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), '--help'], { encoding: 'utf8' });
  const options = help.slice(help.indexOf('  --base'), help.indexOf('\nExit status')).trimEnd();
  return `\n\`\`\`\nlockgate [options]\n${options}\n\`\`\`\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const action = yaml.load(readFileSync(path.join(root, 'action.yml'), 'utf8'));
  const at = process.argv.indexOf('--readme');
  const readmePath = at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = replaceBlock(
    replaceBlock(readme, actionDocs(action)),
    cliUsage(),
    '<!-- cli-usage-start -->',
    '<!-- cli-usage-end -->',
  );
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error(
        `${path.basename(readmePath)} is out of date with action.yml or the CLI's --help; run npm run docs.`,
      );
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log(`${path.basename(readmePath)}: action inputs/outputs and CLI usage updated.`);
  }
}
