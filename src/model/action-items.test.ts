import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	actionItemCounts,
	ageDays,
	daysWithoutProgress,
	isOpen,
	isOverdue,
	needsEscalation,
} from './action-items.ts';
import type { ActionItem } from './handbook.ts';
import { openHandbook } from './open-handbook.ts';

const handbook = openHandbook(join(import.meta.dirname, '../../tests/fixtures/minimal')).handbook!;
const base = handbook.actionItems[0]!;
const item = (over: Partial<ActionItem>): ActionItem => ({ ...base, ...over });

describe('action items', () => {
	it('are open while open or in progress', () => {
		expect(isOpen(item({ status: 'open' }))).toBe(true);
		expect(isOpen(item({ status: 'in-progress' }))).toBe(true);
		expect(isOpen(item({ status: 'done' }))).toBe(false);
		expect(isOpen(item({ status: 'wont-fix' }))).toBe(false);
	});

	it('age until closed, or until today while open', () => {
		expect(ageDays(item({ status: 'open', createdAt: '2026-10-01' }), '2026-11-23')).toBe(53);
		expect(
			ageDays(
				item({ status: 'done', createdAt: '2026-10-01', closedAt: '2026-10-11' }),
				'2026-11-23'
			)
		).toBe(10);
	});

	it('are overdue only when open and past due', () => {
		expect(isOverdue(item({ status: 'open', due: '2026-11-22' }), '2026-11-23')).toBe(true);
		expect(isOverdue(item({ status: 'open', due: '2026-11-23' }), '2026-11-23')).toBe(false);
		expect(isOverdue(item({ status: 'done', due: '2026-11-01' }), '2026-11-23')).toBe(false);
		expect(isOverdue(item({ status: 'open', due: undefined }), '2026-11-23')).toBe(false);
	});

	it('escalate after escalateAfterDays without progress, counting from updatedAt', () => {
		const quiet = item({ status: 'open', createdAt: '2026-09-01', updatedAt: undefined });
		expect(daysWithoutProgress(quiet, '2026-11-23')).toBe(83);
		expect(needsEscalation(handbook, quiet, '2026-11-23')).toBe(true);
		expect(needsEscalation(handbook, { ...quiet, updatedAt: '2026-11-01' }, '2026-11-23')).toBe(
			false
		);
		expect(
			needsEscalation(handbook, item({ status: 'open', createdAt: '2026-10-24' }), '2026-11-23')
		).toBe(false);
		expect(
			needsEscalation(handbook, item({ status: 'open', createdAt: '2026-10-23' }), '2026-11-23')
		).toBe(true);
	});

	it('are counted for dashboards', () => {
		const items = [
			item({ status: 'open', due: '2026-11-01', createdAt: '2026-09-01' }),
			item({ status: 'in-progress', due: '2026-12-01', createdAt: '2026-11-20' }),
			item({ status: 'done' }),
		];
		expect(actionItemCounts(handbook, items, '2026-11-23')).toEqual({
			open: 2,
			overdue: 1,
			escalate: 1,
		});
	});
});
