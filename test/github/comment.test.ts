import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, decideComment, resolvedNote, type CommentState } from '../../src/github/comment.js';

describe('decideComment', () => {
  const state = (over: Partial<CommentState>): CommentState => ({
    mode: 'on-findings',
    findings: 0,
    errors: 0,
    reportBody: `${COMMENT_MARKER}\nreport`,
    resolvedBody: resolvedNote('a'.repeat(40), undefined),
    ...over,
  });
  const existing = { id: 5, body: `${COMMENT_MARKER}\nold report` };

  it.each([
    ['no comment, findings: create', undefined, { findings: 1 }, 'create'],
    ['no comment, clean: nothing', undefined, {}, 'none'],
    ['no comment, errors only: nothing', undefined, { errors: 1 }, 'none'],
    ['no comment, clean, always: create', undefined, { mode: 'always' as const }, 'create'],
    ['comment, findings: update', existing, { findings: 2 }, 'update'],
    ['comment, errors: update with the errors', existing, { errors: 1 }, 'update'],
    ['comment, never: nothing', existing, { findings: 1, mode: 'never' as const }, 'none'],
  ])('%s', (_, current, over, kind) => {
    expect(decideComment(current, state(over)).kind).toBe(kind);
  });

  it('a clean run edits the comment to the resolved note once, then leaves it', () => {
    const action = decideComment(existing, state({}));
    expect(action).toEqual({ kind: 'update', id: 5, body: state({}).resolvedBody });
    expect(decideComment({ id: 5, body: resolvedNote('b'.repeat(40), undefined) }, state({})).kind).toBe('none');
  });
});
