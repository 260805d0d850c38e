import { describe, expect, it } from 'vitest';
import { planForEvent } from '../../src/github/event.js';

describe('planForEvent', () => {
  const base = 'b'.repeat(40);
  const head = 'c'.repeat(40);
  const pr = { number: 3, pull_request: { number: 3, changed_files: 2, base: { sha: base }, head: { sha: head } } };

  it('pull_request: head in the workspace, config from base', () => {
    expect(planForEvent('pull_request', pr)).toEqual({
      event: 'pull_request',
      baseSha: base,
      head: { kind: 'workspace', sha: head },
      hasBase: true,
      pullNumber: 3,
      changedFiles: 2,
      trustedConfigFrom: 'base',
      labels: [],
    });
  });

  it('pull_request_target: the head is a commit to read, never the workspace', () => {
    expect(planForEvent('pull_request_target', pr).head).toEqual({ kind: 'commit', sha: head });
  });

  it('merge_group and push', () => {
    expect(planForEvent('merge_group', { merge_group: { base_sha: base, head_sha: head } })).toMatchObject({
      baseSha: base,
      head: { kind: 'workspace', sha: head },
    });
    expect(planForEvent('push', { before: base, after: head })).toMatchObject({ baseSha: base, hasBase: true });
    const created = planForEvent('push', { before: '0'.repeat(40), after: head });
    expect(created.baseSha).toBeUndefined();
    expect(created.hasBase).toBe(true);
  });

  it('schedule and workflow_dispatch have no base', () => {
    expect(planForEvent('schedule', {})).toMatchObject({ hasBase: false, head: { kind: 'workspace' } });
    expect(planForEvent('workflow_dispatch', { inputs: {} }).hasBase).toBe(false);
  });

  it('a payload without the shas is an error naming the field', () => {
    expect(() => planForEvent('pull_request', { pull_request: { number: 1, base: {}, head: { sha: head } } })).toThrow(
      'The pull_request payload pull_request.base.sha is missing or not a commit SHA.',
    );
  });
});
