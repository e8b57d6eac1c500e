import { describe, expect, it } from 'vitest';
import {
	completion,
	completionByQuarter,
	countsByOwner,
	openItemsByAge,
} from './action-item-stats.ts';
import {
	actionItemData,
	incidentData,
	postmortemData,
	testHandbook,
} from './checks/test-handbook.ts';

const handbookWith = (items: Record<string, unknown>[]) =>
	testHandbook({
		incidents: { inc: incidentData() },
		postmortems: {
			inc: postmortemData('inc', {
				actionItems: items.map((item, i) => actionItemData({ id: `i-${i}`, ...item })),
			}),
		},
	});
const TODAY = '2026-11-23';

describe('action-item stats', () => {
	it('groups open items by age: ≤7, ≤30, ≤90, >90 days', () => {
		const { actionItems } = handbookWith([
			{ createdAt: '2026-11-16' }, // 7
			{ createdAt: '2026-11-15' }, // 8
			{ createdAt: '2026-08-25' }, // 90
			{ createdAt: '2026-08-24' }, // 91
			{ createdAt: '2026-01-01', status: 'done', closedAt: '2026-02-01' },
		]);
		expect(
			openItemsByAge(actionItems, TODAY).map((group) => [
				group.label,
				group.items.map((item) => item.id),
			])
		).toEqual([
			['≤ 7 days', ['i-0']],
			['8–30 days', ['i-1']],
			['31–90 days', ['i-2']],
			['> 90 days', ['i-3']],
		]);
	});

	it('counts open, overdue and to-escalate items per owner', () => {
		const hb = handbookWith([
			{ owner: 'bkhan', due: '2026-11-01', createdAt: '2026-09-01' },
			{ owner: 'bkhan' },
			{ owner: 'amoreau' },
			{ owner: 'amoreau', status: 'done', closedAt: '2026-11-20' },
		]);
		expect(countsByOwner(hb, hb.actionItems, TODAY)).toEqual([
			{ owner: 'bkhan', name: 'Bilal Khan', open: 2, overdue: 1, escalate: 1 },
			{ owner: 'amoreau', name: 'Alice Moreau', open: 1, overdue: 0, escalate: 0 },
		]);
	});

	it('rates completion as done by the due date out of all that came due, per quarter of the due date', () => {
		const { actionItems } = handbookWith([
			{ due: '2026-02-10', status: 'done', closedAt: '2026-02-10' }, // Q1, on time
			{ due: '2026-03-10', status: 'done', closedAt: '2026-03-11' }, // Q1, late
			{ due: '2026-08-01', status: 'open' }, // Q3, missed
			{ due: '2026-08-02', status: 'wont-fix', reason: 'Replaced by the new gateway.' }, // left out
			{ due: '2026-12-01', status: 'done', closedAt: '2026-11-01' }, // not due yet
		]);
		expect(completion(actionItems, TODAY)).toEqual({ cameDue: 3, doneByDue: 1, rate: 1 / 3 });
		expect(completionByQuarter(actionItems, TODAY)).toEqual([
			{ quarter: '2026-Q1', cameDue: 2, doneByDue: 1, rate: 0.5 },
			{ quarter: '2026-Q3', cameDue: 1, doneByDue: 0, rate: 0 },
		]);
		expect(completion([], TODAY)).toEqual({ cameDue: 0, doneByDue: 0 });
	});
});
