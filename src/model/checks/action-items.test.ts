import { describe, expect, it } from 'vitest';
import { actionItemRules } from './action-items.ts';
import { actionItemData, incidentData, postmortemData, testContext } from './test-handbook.ts';
import type { Rule } from './types.ts';

const rule = (id: string): Rule => actionItemRules.find((r) => r.id === id)!;

/** Runs one rule on a postmortem whose only action item is `item`. */
function check(id: string, item: Record<string, unknown>) {
	const context = testContext({
		incidents: { inc: incidentData() },
		postmortems: { inc: postmortemData('inc', { actionItems: [actionItemData(item)] }) },
	});
	return rule(id).check(context);
}

describe('action-item rules', () => {
	it('action-item-owner: fires for a team, not for a person', () => {
		expect(check('action-item-owner', { owner: 'payments' })).toEqual([
			{
				file: 'postmortems/inc.mdx',
				field: 'actionItems.0.owner',
				message: expect.stringContaining('team Payments'),
				entry: { kind: 'postmortem', id: 'inc' },
			},
		]);
		expect(check('action-item-owner', { owner: 'bkhan' })).toEqual([]);
	});

	it('action-item-due: fires without a due date', () => {
		expect(check('action-item-due', { due: undefined })).toMatchObject([
			{ field: 'actionItems.0.due', message: '"item-1" has no due date' },
		]);
		expect(check('action-item-due', {})).toEqual([]);
	});

	it("action-item-wont-fix-reason: fires for won't-fix without a reason", () => {
		expect(check('action-item-wont-fix-reason', { status: 'wont-fix' })).toMatchObject([
			{ field: 'actionItems.0.reason' },
		]);
		expect(
			check('action-item-wont-fix-reason', {
				status: 'wont-fix',
				reason: 'Vendor retires the API in January.',
			})
		).toEqual([]);
		expect(check('action-item-wont-fix-reason', { status: 'open' })).toEqual([]);
	});

	it('action-item-closed-at: fires for done without closedAt', () => {
		expect(check('action-item-closed-at', { status: 'done' })).toMatchObject([
			{ field: 'actionItems.0.closedAt' },
		]);
		expect(check('action-item-closed-at', { status: 'done', closedAt: '2026-11-20' })).toEqual([]);
	});

	it('action-item-overdue: fires when an open item is past due, not on the due day or once done', () => {
		expect(check('action-item-overdue', { due: '2026-11-22' })).toMatchObject([
			{ field: 'actionItems.0.due', message: '"item-1" was due 2026-11-22 and is still open' },
		]);
		expect(check('action-item-overdue', { due: '2026-11-23' })).toEqual([]);
		expect(
			check('action-item-overdue', { due: '2026-11-22', status: 'done', closedAt: '2026-11-22' })
		).toEqual([]);
	});

	it('action-item-escalate: fires after escalateAfterDays without progress, counting from updatedAt', () => {
		// 2026-10-23 → 2026-11-23 is 31 days, over the default 30.
		expect(check('action-item-escalate', { createdAt: '2026-10-23' })).toMatchObject([
			{
				field: 'actionItems.0.createdAt',
				message: '"item-1" has had no progress for 31 days (escalate after 30)',
			},
		]);
		expect(check('action-item-escalate', { createdAt: '2026-10-24' })).toEqual([]);
		expect(
			check('action-item-escalate', { createdAt: '2026-01-01', updatedAt: '2026-11-01' })
		).toEqual([]);
		expect(
			check('action-item-escalate', {
				createdAt: '2026-01-01',
				status: 'done',
				closedAt: '2026-02-01',
			})
		).toEqual([]);
	});
});
