/**
 * Package content in the human renderers: "What the new code adds", per
 * version, with the evidence quoted. A content fail is reported as suspicious
 * code (the new code does something the old did not, in a way attacks do), not
 * as a hold and not as malware an advisory confirmed.
 *
 * Excerpts come from a tarball a stranger published: every one is bounded,
 * defanged (URLs, hosts and addresses cannot be clicked or mailed) and
 * escaped here; the JSON report keeps the exact strings.
 */
import { md, plain } from '../core/escape.js';
import type { Report } from '../core/report.js';
import { isContentSignal, isContentSignalName, type Evidence, type Signal } from '../core/signals.js';
import { RULES, type ContentRuleName } from '../content/rules.js';
import { versionSignals, type VersionSignals } from './signals.js';
import type { SarifRule } from './sarif.js';

const MAX_LISTED = 30;
const MAX_EVIDENCE = 5;

/** Content signals per lockfile and version, failing versions first. */
export function contentGroups(report: Report): VersionSignals[] {
  return versionSignals(report, isContentSignal);
}

/** "1 version whose new code is suspicious", or undefined when no content signal fails. */
export function contentHeadline(report: Report): string | undefined {
  const failing = contentGroups(report).filter((g) => g.fails).length;
  if (!failing) return undefined;
  return `${failing} version${failing === 1 ? '' : 's'} whose new code is suspicious (package content)`;
}

/**
 * Makes URLs, hosts and mail addresses inert for a human reader:
 * `https://a.b/c` → `hxxps://a[.]b/c`, `x@y.z` → `x[@]y[.]z`, `1.2.3.4` → `1.2.3[.]4`.
 */
export function defang(text: string): string {
  return text
    .replace(/\b(h)tt(ps?):\/\//gi, '$1xx$2://')
    .replace(/\b(ftp|wss?):\/\//gi, (m) => `${m.slice(0, -3).replace(/[a-z]$/i, (c) => `${c}x`)}://`)
    .replace(/([a-z0-9._%+-])@([a-z0-9-]+\.)/gi, '$1[@]$2')
    .replace(/([a-z0-9-])\.([a-z]{2,24})\b/gi, (m, before: string, label: string) =>
      FILE_EXTENSION.test(label) ? m : `${before}[.]${label}`,
    )
    .replace(/\b(\d{1,3}\.\d{1,3}\.\d{1,3})\.(\d{1,3})\b/g, '$1[.]$2');
}

/** Not hosts: `index.js`, `install.sh`, `node-gyp.dll` stay as they are. */
const FILE_EXTENSION =
  /^(c?js|mjs|ts|mts|cts|jsx|tsx|json|md|sh|bat|cmd|ps1|node|dll|exe|so|dylib|map|txt|ya?ml|lock|tgz|html?|css|py|env|npmrc)$/i;

function evidenceText(e: Evidence): string {
  return `${plain(e.file, 200)}:${e.line}  ${plain(defang(e.excerpt), 260)}`;
}

const MARK = { fail: '✖', warn: '⚠' } as const;

/** Text lines: per version, each signal and its evidence. Empty when there is none. */
export function textContent(report: Report): string[] {
  const groups = contentGroups(report);
  if (!groups.length) return [];
  const out = ['What the new code adds (package content, compared with the version it replaces):'];
  for (const g of groups.slice(0, MAX_LISTED)) {
    out.push(`  ${plain(g.name)}@${plain(g.version, 64)} (${plain(g.lockfile)}${g.line ? `:${g.line}` : ''})`);
    for (const s of g.signals) {
      out.push(`    ${MARK[s.level]} ${s.signal}: ${plain(defang(s.detail), 500)}`);
      for (const e of (s.evidence ?? []).slice(0, MAX_EVIDENCE)) out.push(`        ${evidenceText(e)}`);
    }
  }
  if (groups.length > MAX_LISTED) out.push(`  … ${groups.length - MAX_LISTED} more versions (see --format json)`);
  out.push('');
  return out;
}

/** A fenced block that no backtick run in the text can close. */
function fenced(lines: string[]): string[] {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = '`'.repeat(longest + 1);
  return [fence, ...lines, fence];
}

/** The Markdown section: one collapsible block per version, open when it fails. Empty when there is none. */
export function markdownContent(report: Report): string {
  const groups = contentGroups(report);
  if (!groups.length) return '';
  const out = [
    '### What the new code adds',
    '',
    'Each version compared with the version it replaces: what its code adds that the old code did not have. URLs and addresses are defanged.',
    '',
  ];
  for (const g of groups.slice(0, MAX_LISTED)) {
    const kinds = [...new Set(g.signals.map((s) => `${s.level === 'fail' ? '✖' : '⚠'} ${s.signal}`))].join(', ');
    out.push(
      `<details${g.fails ? ' open' : ''}><summary><b>${md(`${g.name}@${g.version}`, 280)}</b> (${md(g.lockfile)}${g.line ? ` line ${g.line}` : ''}): ${md(kinds, 400)}</summary>`,
      '',
    );
    for (const s of g.signals) {
      out.push(`- ${MARK[s.level]} \`${s.signal}\` ${md(defang(s.detail), 500)}`);
      const evidence = (s.evidence ?? []).slice(0, MAX_EVIDENCE);
      if (evidence.length) out.push('', ...fenced(evidence.map(evidenceText)).map((l) => `  ${l}`), '');
    }
    out.push('', '</details>', '');
  }
  if (groups.length > MAX_LISTED) out.push(`- … ${groups.length - MAX_LISTED} more versions in the report file`);
  return out.join('\n');
}

/** What the fetch edge's two signals mean: no rule ran, or only the rules that need no comparison. */
const UNREAD = {
  'content-not-read': {
    title: 'Package content not read',
    help: 'The tarball of this version could not be downloaded, verified or unpacked within the caps, so what its code adds is unknown. Re-run, or read the package yourself before merging.',
  },
  'content-not-compared': {
    title: 'Package content not compared',
    help: "The tarball of the version this one replaces could not be read, so only the rules that need no comparison ran (obfuscation, binaries, install-time code, secrets). Re-run, or compare the two versions' files yourself.",
  },
};

/** The SARIF rule of a content signal, with the rule's own help. */
export function contentRule(name: Signal['signal']): SarifRule {
  const rule = isContentSignalName(name) && name in RULES ? RULES[name as ContentRuleName] : undefined;
  const unread = UNREAD[name as keyof typeof UNREAD] ?? UNREAD['content-not-read'];
  const title = rule?.title ?? unread.title;
  const help = rule?.help ?? unread.help;
  return {
    id: `content/${name}`,
    name: 'PackageContent',
    shortDescription: { text: `Package content: ${title}` },
    fullDescription: { text: help },
    help: { text: help, markdown: `**${title}** (\`${name}\`): ${help}` },
    helpUri: 'https://github.com/lockgate/lockgate/blob/main/docs/content.md',
    defaultConfiguration: { level: rule?.level === 'fail' ? 'error' : 'warning' },
    properties: { tags: ['security', 'supply-chain'], 'security-severity': rule?.level === 'fail' ? '8.0' : '4.0' },
  };
}

/** The SARIF message of a content signal: the detail and the first pieces of evidence, defanged. */
export function contentMessage(s: Signal): string {
  const evidence = (s.evidence ?? []).slice(0, 3).map(evidenceText);
  return plain(
    `${s.name}@${s.version}: ${defang(s.detail)}.${evidence.length ? ` ${evidence.join(' | ')}` : ''}`,
    2000,
  );
}
