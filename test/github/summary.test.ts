import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.js';
import { COMMENT_MARKER } from '../../src/github/comment.js';
import { MAX_SUMMARY_BYTES, findingsOutput, markdownWithinBytes } from '../../src/github/summary.js';
import { realReport } from '../support/real-report.js';


describe('markdownWithinBytes', () => {
  it('keeps a huge report within the limit and says where the rest is', () => {
    const base = realReport();
    const finding = base.lockfiles[0]!.findings[0]!;
    const findings = Array.from({ length: 400 }, (_, i) => ({ ...finding, name: `pkg-${i}-ü` }));
    const big: Report = { ...base, lockfiles: [{ ...base.lockfiles[0]!, findings }] };
    const text = markdownWithinBytes(big, 65_000, { prefix: COMMENT_MARKER, fullReportHint: 'see the job summary' });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65_000);
    expect(text.startsWith(COMMENT_MARKER)).toBe(true);
    expect(text).toMatch(/\d+ findings (?:and \d+ changes? )?did not fit here; see the job summary\./);
    const summary = markdownWithinBytes(big, MAX_SUMMARY_BYTES, {});
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(findingsOutput(big)).toHaveLength(400);
  }, 60_000);
});
