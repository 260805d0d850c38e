/**
 * The job summary and the step outputs, sized to GitHub's limits before
 * anything is written: the summary stops at 1 MiB (bytes, not characters), a
 * PR comment at 65,536 characters.
 */
import { renderMarkdown } from '../outputs/render.js';
import { allFindings, isPolicy, type Finding, type Report } from '../core/report.js';

/** The job summary's limit per step, in bytes. */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

/**
 * The report as Markdown within `maxBytes` UTF-8 bytes: rendered at a character
 * budget, re-rendered smaller while multi-byte characters push it over.
 */
export function markdownWithinBytes(
  report: Report,
  maxBytes: number,
  options: { prefix?: string; fullReportHint?: string; extra?: string[] },
): string {
  const extra = options.extra?.length ? `\n\n${options.extra.map((e) => `> ${e}`).join('\n\n')}` : '';
  let budget = maxBytes - Buffer.byteLength(extra);
  for (let attempt = 0; attempt < 8; attempt++) {
    const text = `${renderMarkdown(report, {
      maxChars: budget,
      ...(options.prefix ? { prefix: options.prefix } : {}),
      ...(options.fullReportHint ? { fullReportHint: options.fullReportHint } : {}),
    })}${extra}`;
    const bytes = Buffer.byteLength(text);
    if (bytes <= maxBytes) return text;
    budget = Math.floor((budget * maxBytes * 0.95) / bytes);
  }
  return `${options.prefix ? `${options.prefix}\n` : ''}lockgate: the report did not fit here; ${options.fullReportHint ?? 'see the report file'}.`;
}

/** One finding as the `findings` output lists it (the report file has everything). */
export interface FindingOutput {
  lockfile: string;
  name: string;
  version: string;
  line: number;
  change: string;
  /** `advisory` (malicious) or the policy check's kind. */
  kind: Finding['kind'];
  /** The advisories covering it (empty for a policy finding). */
  advisories: string[];
}

/** The `findings` output: a compact JSON array. */
export function findingsOutput(report: Report): FindingOutput[] {
  return allFindings(report).map((f) => ({
    lockfile: f.lockfile,
    name: f.name,
    version: f.version,
    line: f.line,
    change: f.change,
    kind: f.kind,
    advisories: isPolicy(f) ? [] : f.advisories.map((a) => a.id),
  }));
}
