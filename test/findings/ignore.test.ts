import { messageTexts } from '../../src/core/report.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyIgnores } from '../../src/findings/ignore.js';
import type { AdvisoryFinding, Report } from '../../src/core/report.js';
import { realReport } from '../support/real-report.js';


describe('applyIgnores', () => {
  let report: Report;
  beforeAll(() => {
    report = realReport();
    expect(report.lockfiles[0]!.findings).toHaveLength(1);
  }, 60_000);

  const ignore = {
    package: 'postmark-mcp',
    versions: '>=1.0.16',
    advisory: 'MAL-2025-47604',
    reason: 'fork under review',
    expires: '2099-01-01',
  };

  it('removes a finding whose only advisory is ignored, and says so in notes', () => {
    const result = applyIgnores(report, [ignore], '.github/lockgate.yml');
    expect(result.lockfiles[0]!.findings).toEqual([]);
    expect(messageTexts(result, 'warning', 'note').at(-1)).toBe(
      'Ignored MAL-2025-47604 for postmark-mcp@1.0.16 in package-lock.json per .github/lockgate.yml (reason: fork under review; expires 2099-01-01).',
    );
    expect(report.lockfiles[0]!.findings).toHaveLength(1);
  });

  it.each([
    ['another package', { package: 'postmark' }],
    ['a range that does not hold the version', { versions: '<1.0.16' }],
    ['another advisory', { advisory: 'MAL-2025-1' }],
  ])('keeps the finding for %s', (_, change) => {
    expect(applyIgnores(report, [{ ...ignore, ...change }], 'c.yml').lockfiles[0]!.findings).toHaveLength(1);
  });

  it('matches an advisory by alias, and in a full scan notes entries that matched nothing', () => {
    const finding = report.lockfiles[0]!.findings[0]! as AdvisoryFinding;
    const aliased: Report = {
      ...report,
      mode: 'all',
      lockfiles: [
        {
          ...report.lockfiles[0]!,
          findings: [{ ...finding, advisories: [{ ...finding.advisories[0]!, aliases: ['GHSA-xxxx-yyyy-zzzz'] }] }],
        },
      ],
    };
    const unused = { ...ignore, package: 'left-pad' };
    const result = applyIgnores(aliased, [{ ...ignore, advisory: 'GHSA-xxxx-yyyy-zzzz' }, unused], 'c.yml');
    expect(result.lockfiles[0]!.findings).toEqual([]);
    expect(messageTexts(result, 'warning', 'note').at(-1)).toContain(
      'Ignore entry for left-pad >=1.0.16 (MAL-2025-47604) in c.yml matched no finding',
    );
  });
});
