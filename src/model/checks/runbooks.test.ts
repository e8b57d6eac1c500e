import { describe, expect, it } from 'vitest';
import { runbookRules } from './runbooks.ts';
import { testContext, type TestContent } from './test-handbook.ts';

const run = (id: string, runbooks: TestContent['runbooks']) => runbookRules.find((r) => r.id === id)!.check(testContext({ runbooks }));

describe('runbook-stale', () => {
	it('fires when the last review is older than the period', () => {
		// 2026-08-24 → 2026-11-23 is 91 days; the default period is 90.
		expect(run('runbook-stale', { 'checkout/slow': { data: { lastReviewed: '2026-08-24' } } })).toEqual([
			{ file: 'runbooks/checkout/slow.mdx', field: 'lastReviewed', message: 'was last reviewed 2026-08-24, 91 days ago (review every 90 days)', entry: { kind: 'runbook', id: 'checkout/slow' } },
		]);
	});
	it("does not fire within the period, the runbook's own or the handbook's", () => {
		expect(run('runbook-stale', { slow: { data: { lastReviewed: '2026-08-25' } } })).toEqual([]);
		expect(run('runbook-stale', { slow: { data: { lastReviewed: '2026-06-01', reviewEveryDays: 365 } } })).toEqual([]);
	});
});

describe('runbook-sections', () => {
	it('fires when Diagnosis or Mitigation is missing', () => {
		expect(run('runbook-sections', { slow: { headings: ['Meaning', 'Diagnosis'] } })).toMatchObject([{ field: 'body', message: 'has no "## Mitigation" section' }]);
		expect(run('runbook-sections', { slow: { headings: [] } })).toMatchObject([{ message: 'has no "## Diagnosis" or "## Mitigation" section' }]);
	});
	it('does not fire with both (any case), even without the advisory sections', () => {
		expect(run('runbook-sections', { slow: { headings: ['diagnosis', 'MITIGATION'] } })).toEqual([]);
	});
});
