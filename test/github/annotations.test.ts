import { describe, expect, it } from 'vitest';
import { hiddenAnnotationsNote, planAnnotations, type Annotation } from '../../src/github/annotations.js';

describe('annotation limits', () => {
  const annotation = (level: 'error' | 'warning', i: number): Annotation => ({
    level,
    title: `t${i}`,
    message: `m${i}`,
    file: 'package-lock.json',
    line: i + 1,
  });

  it('emits at most 10 errors and 10 warnings and counts the rest for the summary', () => {
    const plan = planAnnotations(
      Array.from({ length: 13 }, (_, i) => annotation('error', i)),
      Array.from({ length: 11 }, (_, i) => annotation('warning', i)),
    );
    expect(plan.shown.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(plan.shown.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(plan.hiddenErrors).toBe(3);
    expect(plan.hiddenWarnings).toBe(1);
    expect(hiddenAnnotationsNote(plan)).toMatch(/^3 error annotations and 1 warning annotation not shown inline/);
    expect(hiddenAnnotationsNote(planAnnotations([annotation('error', 0)], []))).toBeUndefined();
  });
});
