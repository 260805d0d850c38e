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

  it('emits at most 10 errors and 10 warnings, the tenth of each naming the rest, and counts them for the summary', () => {
    const plan = planAnnotations(
      Array.from({ length: 13 }, (_, i) => annotation('error', i)),
      Array.from({ length: 11 }, (_, i) => annotation('warning', i)),
    );
    const errors = plan.shown.filter((a) => a.level === 'error');
    const warnings = plan.shown.filter((a) => a.level === 'warning');
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(errors.slice(0, 9).map((a) => a.title)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']);
    // The last one stands for the 4 left out, by their titles, on no line of its own.
    expect(errors[9]!.title).toBe('4 more errors of lockgate');
    expect([errors[9]!.file, errors[9]!.line]).toEqual([undefined, undefined]);
    expect(errors[9]!.message).toMatch(
      /^t9; t10; t11; t12\. GitHub shows 10 errors per step inline; every one is in the job summary/,
    );
    expect(warnings[9]).toMatchObject({ title: '2 more warnings of lockgate' });
    expect(warnings[9]!.message).toMatch(/^t9; t10\./);
    expect(plan.hiddenErrors).toBe(4);
    expect(plan.hiddenWarnings).toBe(2);
    expect(hiddenAnnotationsNote(plan)).toMatch(
      /^4 error annotations and 2 warning annotations not shown on their own lines/,
    );
    expect(hiddenAnnotationsNote(planAnnotations([annotation('error', 0)], []))).toBeUndefined();
  });

  it('shows exactly 10 of a level as they are, and names at most 20 of a long rest', () => {
    const ten = planAnnotations(
      [],
      Array.from({ length: 10 }, (_, i) => annotation('warning', i)),
    );
    expect(ten.shown.map((a) => a.title)).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`));
    expect(ten.hiddenWarnings).toBe(0);
    const many = planAnnotations(
      [],
      Array.from({ length: 100 }, (_, i) => annotation('warning', i)),
    );
    const last = many.shown.at(-1)!;
    expect(last.title).toBe('91 more warnings of lockgate');
    expect(last.message).toContain('t28; and 71 more.');
    expect(last.message).not.toContain('t29');
  });
});
