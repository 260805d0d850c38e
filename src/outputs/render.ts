/**
 * The renderers of a report, in one place for the entry points: JSON (the
 * contract), terminal text (text.ts), Markdown (markdown.ts), SARIF (sarif.ts);
 * the sentences they share are in words.ts.
 */
import { messageTexts, type Report } from '../core/report.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderText, type TextOptions } from './text.js';
export { describeSource, howItChanged, howItEntered, whereIs } from './words.js';

/**
 * The JSON contract, pretty-printed: `notes` (warnings and notes) and `errors`
 * as sentences, as they always were, and `messages` with their levels, files
 * and lines.
 */
export function renderJson(report: Report): string {
  const { messages, ...rest } = report;
  const json = {
    ...rest,
    notes: messageTexts(report, 'warning', 'note'),
    errors: messageTexts(report, 'error'),
    messages,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
