import { describe, expect, it } from 'vitest';
import { runbookSchema } from './runbook.ts';

const runbook = { title: 'Disk full', service: 'node', owner: 'sre' };

describe('runbookSchema lastReviewed', () => {
	it('may be absent only while the runbook needs review', () => {
		expect(runbookSchema.safeParse({ ...runbook, status: 'needs-review' }).success).toBe(true);
		for (const status of ['draft', 'reviewed']) {
			const result = runbookSchema.safeParse({ ...runbook, status });
			expect(result.success).toBe(false);
			expect(result.error?.issues).toMatchObject([
				{
					path: ['lastReviewed'],
					message: expect.stringContaining('only a runbook with status needs-review may have none'),
				},
			]);
		}
		expect(
			runbookSchema.safeParse({ ...runbook, status: 'reviewed', lastReviewed: '2026-11-01' })
				.success
		).toBe(true);
	});
});
