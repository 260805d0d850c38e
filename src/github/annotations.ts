/**
 * Line annotations (pure planning, then emission through @actions/core, which
 * escapes `%`, CR, LF, `:` and `,` in properties and `%`, CR, LF in the message).
 *
 * - an error on the lockfile line of every finding;
 * - the report's errors and warnings, on their file and line when they have one
 *   (a parse error on its lockfile line, a `changed` entry on its line);
 * - GitHub shows 10 errors and 10 warnings per step inline: at most that many
 *   are emitted; past that, the tenth of a level is one annotation naming the
 *   rest, and the summary says how many were not shown on their own lines.
 */
import type { AnnotationProperties } from '@actions/core';
import { plain } from '../core/escape.js';
import { howItChanged, manifestFindingLines, sentences, versionLabel } from '../outputs/render.js';
import { takenLabel } from '../findings/guidance/plan.js';
import { allFindings, isPolicy, messagesAt, type AdvisoryFinding, type Message, type Report } from '../core/report.js';
import { signalGroups, unblockText, wayOutText } from '../outputs/signals.js';
import { contentGroups, defang } from '../outputs/content.js';

/** GitHub's per-step inline limit, per level. */
export const MAX_INLINE_PER_LEVEL = 10;
/** Titles the annotation that stands for the rest names before "and N more". */
const MAX_NAMED = 20;

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  /** Repository-relative path; undefined for a run-level error. */
  file?: string;
  line?: number;
}

/** What is emitted, and how many were left out per level. */
export interface AnnotationPlan {
  shown: Annotation[];
  hiddenErrors: number;
  hiddenWarnings: number;
}

/**
 * Error annotations: the report's errors first (a run that could not finish),
 * then one per finding, titled by its kind: a malicious version, or a
 * lockfile policy check (not malware, no rotation).
 */
export function findingAnnotations(report: Report): Annotation[] {
  const errors: Annotation[] = messagesAt(report, 'error').map((error) =>
    messageAnnotation(error, 'lockgate could not finish'),
  );
  const findings: Annotation[] = allFindings(report).map((f) => {
    const declared = f.declared ? `, declared in ${f.declared.file} line ${f.declared.line},` : '';
    const what = `${versionLabel(f)} (${howItChanged(f)})${declared}`;
    if (isPolicy(f)) {
      return {
        level: 'error',
        title: plain(`Lockfile policy, ${f.kind}: ${versionLabel(f)}`, 300),
        file: f.lockfile,
        line: f.line,
        message: plain(
          sentences(
            `${what} fails the lockfile policy check ${f.kind}`,
            f.guidance.headline.replaceAll('`', ''),
            f.guidance.fix.replaceAll('`', ''),
            'No advisory covers it: it is the lockfile policy',
          ),
          2000,
        ),
      };
    }
    const advisories = f.advisories.map((a) => `${a.id}${a.summary ? ` (${a.summary})` : ''}`).join(', ');
    return {
      level: 'error',
      title: plain(`Malicious package version: ${versionLabel(f)}`, 300),
      file: f.lockfile,
      line: f.line,
      message: plain(
        sentences(
          `${what} is covered by ${advisories}`,
          f.origin?.problem,
          f.guidance.headline.replaceAll('`', ''),
          taken(f),
          'See the job summary for what to do now and which credentials to rotate',
        ),
        2000,
      ),
    };
  });
  // Policy findings about config files and manifests: on their file and line, never called malware.
  const policy: Annotation[] = (report.fileFindings ?? []).map((f) => ({
    level: 'error',
    title: plain(`Policy: ${f.key ?? f.kind} in ${f.file}`, 300),
    file: f.file,
    ...(f.line ? { line: f.line } : {}),
    message: plain(f.problem, 2000),
  }));
  // Malicious versions package.json asks for: on the package.json line.
  const lines = manifestFindingLines(report);
  const asked: Annotation[] = (report.manifestFindings ?? []).map((f, i) => ({
    level: 'error',
    title: plain(`Malicious package version in ${f.file}: ${f.name}@${f.version}`, 300),
    file: f.file,
    ...(f.line ? { line: f.line } : {}),
    message: plain(lines[i]!, 2000),
  }));
  return [...errors, ...findings, ...asked, ...policy];
}

/** "It took emails and tokens, as the advisory says." when the advisory names what was taken, else "". */
function taken(f: AdvisoryFinding): string {
  // "Emails" → "emails", "SSH keys" stays.
  const kinds = f.guidance.taken.map((t) => takenLabel(t.kind).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()));
  if (!kinds.length) return '';
  const list = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
  return `It took ${list}, as the advisory says.`;
}

/** Warning annotations: the report's warnings, on their file and line when they have one. */
export function warningAnnotations(report: Report): Annotation[] {
  return messagesAt(report, 'warning').map((warning) => messageAnnotation(warning, 'lockgate'));
}

function messageAnnotation(m: Message, title: string): Annotation {
  return {
    level: m.level === 'error' ? 'error' : 'warning',
    title,
    message: plain(m.message, 1000),
    ...(m.file !== undefined ? { file: m.file } : {}),
    ...(m.line !== undefined ? { line: m.line } : {}),
  };
}

/**
 * Keep at most MAX_INLINE_PER_LEVEL per level. Past the limit, the last slot
 * of the level is one annotation that names what was left out (by title), so
 * a reader of the checks tab sees that there is more and what, and the rest
 * is counted for the summary.
 */
export function planAnnotations(errors: readonly Annotation[], warnings: readonly Annotation[]): AnnotationPlan {
  const e = capped(errors, 'error');
  const w = capped(warnings, 'warning');
  return { shown: [...e.shown, ...w.shown], hiddenErrors: e.hidden, hiddenWarnings: w.hidden };
}

/** One level's annotations within the limit: all of them, or the first ones and one that lists the rest. */
function capped(list: readonly Annotation[], level: Annotation['level']): { shown: Annotation[]; hidden: number } {
  if (list.length <= MAX_INLINE_PER_LEVEL) return { shown: [...list], hidden: 0 };
  const rest = list.slice(MAX_INLINE_PER_LEVEL - 1);
  const names = rest.slice(0, MAX_NAMED).map((a) => a.title);
  const more = rest.length > names.length ? `; and ${rest.length - names.length} more` : '';
  const summary: Annotation = {
    level,
    title: `${rest.length} more ${level === 'error' ? 'errors' : 'warnings'} of lockgate`,
    message: plain(
      `${names.join('; ')}${more}. GitHub shows ${MAX_INLINE_PER_LEVEL} ${level === 'error' ? 'errors' : 'warnings'} per step inline; every one is in the job summary and the report file.`,
      2000,
    ),
  };
  return { shown: [...list.slice(0, MAX_INLINE_PER_LEVEL - 1), summary], hidden: rest.length };
}

/** The sentence the summary carries when annotations were left out, or undefined. */
export function hiddenAnnotationsNote(plan: AnnotationPlan): string | undefined {
  if (!plan.hiddenErrors && !plan.hiddenWarnings) return undefined;
  const parts = [
    plan.hiddenErrors ? `${plan.hiddenErrors} error annotation${plan.hiddenErrors === 1 ? '' : 's'}` : '',
    plan.hiddenWarnings ? `${plan.hiddenWarnings} warning annotation${plan.hiddenWarnings === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} not shown on their own lines (GitHub shows ${MAX_INLINE_PER_LEVEL} of each per step; one annotation names the rest); every finding is listed in this summary and in the report file.`;
}

/** The properties @actions/core turns into `file=…,line=…,title=…`. */
export function annotationProperties(annotation: Annotation): AnnotationProperties {
  return {
    title: annotation.title,
    ...(annotation.file ? { file: annotation.file } : {}),
    ...(annotation.line ? { startLine: annotation.line } : {}),
  };
}

/** A failing version's way out: how it came in, the version to use instead with its edit, and the label. */
function wayOut(g: ReturnType<typeof signalGroups>[number], report: Report): string[] {
  const way = wayOutText(g);
  return [
    ...(g.via?.length ? [`It comes in via ${g.via.join(' → ')}${g.importer ? ` (${g.importer})` : ''}`] : []),
    ...(way ? [`Way out: ${way}`] : []),
    unblockText(report),
  ];
}

/**
 * One annotation per version with content signals, at its lockfile line: an
 * error when the new code does something a fail-level rule names, else a
 * warning; the message quotes the first evidence (defanged).
 */
export function contentAnnotations(report: Report): { errors: Annotation[]; warnings: Annotation[] } {
  const errors: Annotation[] = [];
  const warnings: Annotation[] = [];
  for (const g of contentGroups(report)) {
    const what = g.signals
      .map((s) => {
        const e = s.evidence?.[0];
        return `${s.signal} (${s.level}): ${s.detail}${e ? ` [${e.file}:${e.line} ${e.excerpt}]` : ''}`;
      })
      .join(' ');
    const annotation: Annotation = {
      level: g.fails ? 'error' : 'warning',
      title: plain(`${g.fails ? 'Suspicious new code' : 'New code to look at'}: ${g.name}@${g.version}`, 300),
      file: g.lockfile,
      line: g.line,
      message: plain(`What the new code adds over the version it replaces: ${defang(what)}`, 2000),
    };
    (g.fails ? errors : warnings).push(annotation);
  }
  return { errors, warnings };
}

/**
 * One annotation per version with registry signals, at its lockfile line: an
 * error when a signal fails the check (a hold, with the time it ends), else a
 * warning. Worded as a reason to wait or look, not as malware.
 */
export function signalAnnotations(report: Report): { errors: Annotation[]; warnings: Annotation[] } {
  const errors: Annotation[] = [];
  const warnings: Annotation[] = [];
  for (const g of signalGroups(report)) {
    const what = sentences(...g.signals.map((s) => `${s.signal} (${s.level}): ${s.detail}`));
    const annotation: Annotation = {
      level: g.fails ? 'error' : 'warning',
      title: plain(
        g.fails
          ? g.eligibleAt
            ? `Held until ${g.eligibleAt.slice(0, 16).replace('T', ' ')} UTC: ${g.name}@${g.version}`
            : `Registry signals to review: ${g.name}@${g.version}`
          : `Registry signal: ${g.name}@${g.version}`,
        300,
      ),
      file: g.lockfile,
      line: g.line,
      message: plain(
        sentences(
          what,
          `This is a reason to ${g.fails ? 'wait' : 'look'}, not a verdict of malware; no advisory covers it yet`,
          ...(g.fails ? wayOut(g, report) : []),
        ),
        2000,
      ),
    };
    (g.fails ? errors : warnings).push(annotation);
  }
  return { errors, warnings };
}
