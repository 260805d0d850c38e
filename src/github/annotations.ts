/**
 * Line annotations (pure planning, then emission through @actions/core, which
 * escapes `%`, CR, LF, `:` and `,` in properties and `%`, CR, LF in the message).
 *
 * - an error on the lockfile line of every finding;
 * - a warning on every `changed` entry: the same version now comes from another
 *   source or URL, or has another integrity hash, which a registry never does
 *   for a published version;
 * - GitHub shows 10 errors and 10 warnings per step inline: at most that many
 *   are emitted, and the summary says how many were not shown.
 */
import type { AnnotationProperties } from '@actions/core';
import { plain } from '../core/escape.js';
import { howItChanged } from '../outputs/render.js';
import { allFindings, type Report } from '../core/report.js';
import type { ComparedLockfile } from '../engine/compare.js';

/** GitHub's per-step inline limit, per level. */
export const MAX_INLINE_PER_LEVEL = 10;

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

/** Error annotations: the report's errors first (a run that could not finish), then one per finding. */
export function findingAnnotations(report: Report): Annotation[] {
  const errors: Annotation[] = report.errors.map((error) => ({
    level: 'error',
    title: 'lockgate could not finish',
    message: plain(error, 1000),
  }));
  const findings: Annotation[] = allFindings(report).map((f) => {
    const advisories = f.advisories.map((a) => `${a.id}${a.summary ? ` (${a.summary})` : ''}`).join(', ');
    return {
      level: 'error',
      title: plain(`Malicious package version: ${f.name}@${f.version}`, 300),
      file: f.lockfile,
      line: f.line,
      message: plain(
        `${f.name}@${f.version} (${howItChanged(f)}) is covered by ${advisories}. ${f.guidance.headline} See the job summary for what to do now and which credentials to rotate.`,
        2000,
      ),
    };
  });
  return [...errors, ...findings];
}

/** Warnings for `changed` entries, at the line of the head entry with that version. */
export function originWarnings(lockfiles: readonly ComparedLockfile[]): Annotation[] {
  const warnings: Annotation[] = [];
  for (const lockfile of lockfiles) {
    if (!lockfile.head) continue;
    for (const change of lockfile.changes) {
      if (change.kind !== 'changed') continue;
      const version = change.to[0] ?? '';
      const entries = lockfile.head.packages.filter((p) => p.name === change.name && p.version === version);
      const line = entries.length ? Math.min(...entries.map((p) => p.line)) : undefined;
      const resolved = entries.find((p) => p.resolved)?.resolved;
      warnings.push({
        level: 'warning',
        title: plain(`Same version, new origin: ${change.name}@${version}`, 300),
        file: lockfile.path,
        ...(line ? { line } : {}),
        message: plain(
          `${change.name}@${version} is in both base and head, but its ${change.reason ?? 'origin changed'}${resolved ? ` (now ${resolved})` : ''}. A registry never changes a published version: check where this copy comes from before merging.`,
          1500,
        ),
      });
    }
  }
  return warnings;
}

/** Keep at most MAX_INLINE_PER_LEVEL per level, counting the rest. */
export function planAnnotations(errors: readonly Annotation[], warnings: readonly Annotation[]): AnnotationPlan {
  return {
    shown: [...errors.slice(0, MAX_INLINE_PER_LEVEL), ...warnings.slice(0, MAX_INLINE_PER_LEVEL)],
    hiddenErrors: Math.max(0, errors.length - MAX_INLINE_PER_LEVEL),
    hiddenWarnings: Math.max(0, warnings.length - MAX_INLINE_PER_LEVEL),
  };
}

/** The sentence the summary carries when annotations were left out, or undefined. */
export function hiddenAnnotationsNote(plan: AnnotationPlan): string | undefined {
  if (!plan.hiddenErrors && !plan.hiddenWarnings) return undefined;
  const parts = [
    plan.hiddenErrors ? `${plan.hiddenErrors} error annotation${plan.hiddenErrors === 1 ? '' : 's'}` : '',
    plan.hiddenWarnings ? `${plan.hiddenWarnings} warning annotation${plan.hiddenWarnings === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} not shown inline (GitHub shows ${MAX_INLINE_PER_LEVEL} of each per step); every finding is listed in this summary and in the report file.`;
}

/** The properties @actions/core turns into `file=…,line=…,title=…`. */
export function annotationProperties(annotation: Annotation): AnnotationProperties {
  return {
    title: annotation.title,
    ...(annotation.file ? { file: annotation.file } : {}),
    ...(annotation.line ? { startLine: annotation.line } : {}),
  };
}
