/**
 * The renderers of a report, in one place for the entry points: JSON (the
 * contract), terminal text (text.ts), Markdown (markdown.ts), SARIF (sarif.ts);
 * the sentences they share are in words.ts.
 */
import { reportJson, type Report } from '../core/report.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderText, type TextOptions } from './text.js';
export {
  describeSource,
  howItChanged,
  howItEntered,
  manifestFindingLines,
  sentences,
  versionLabel,
  whereIs,
} from './words.js';

/** The JSON contract (version 2, schema/report.schema.json), pretty-printed. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(reportJson(report), null, 2)}\n`;
}
