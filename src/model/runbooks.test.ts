import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Runbook } from './handbook.ts';
import { openHandbook } from './open-handbook.ts';
import { alertNames, isStale, missingSections, reviewEveryDays } from './runbooks.ts';

const handbook = openHandbook(join(import.meta.dirname, '../../tests/fixtures/minimal')).handbook!;
const runbook = [...handbook.runbooks.values()][0]!;

describe('runbooks', () => {
	it('use the handbook review period unless they set their own', () => {
		expect(reviewEveryDays(handbook, runbook)).toBe(90);
		expect(
			reviewEveryDays(handbook, { ...runbook, data: { ...runbook.data, reviewEveryDays: 30 } })
		).toBe(30);
	});
	it('go stale after the review period', () => {
		expect(isStale(handbook, runbook, '2026-12-30')).toBe(false);
		expect(isStale(handbook, runbook, '2026-12-31')).toBe(true);
	});
	it('report the standard sections they lack', () => {
		expect(missingSections(runbook)).toEqual([]);
		const thin: Runbook = {
			...runbook,
			headings: [
				{ depth: 2, text: 'meaning' },
				{ depth: 3, text: 'Mitigation' },
			],
		};
		expect(missingSections(thin)).toEqual(['Impact', 'Diagnosis', 'Mitigation', 'Escalation']);
	});
	it('name their alerts', () => {
		expect(alertNames(runbook)).toEqual(['WebsiteDown']);
	});
});
