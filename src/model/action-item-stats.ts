/** The action-item dashboard's numbers: open items by age, per owner, and how many items get done by their due date. */
import { ageDays, isOpen, isOverdue, needsEscalation } from './action-items.ts';
import type { ActionItem, Handbook } from './handbook.ts';
import { quarterOf } from './insights/periods.ts';
import { ownerName } from './people.ts';

/** Age groups of open items, in days since creation (upper bounds inclusive). */
const AGE_GROUPS = [
	{ label: '≤ 7 days', maxDays: 7 },
	{ label: '8–30 days', maxDays: 30 },
	{ label: '31–90 days', maxDays: 90 },
	{ label: '> 90 days', maxDays: Infinity },
] as const;

/** @returns the open items in each age group (every group present, empty or not), oldest items first within a group. */
export function openItemsByAge(
	items: readonly ActionItem[],
	today: string
): { label: string; items: ActionItem[] }[] {
	const groups = AGE_GROUPS.map((group) => ({ label: group.label, items: [] as ActionItem[] }));
	for (const item of items.filter(isOpen)) {
		groups[AGE_GROUPS.findIndex((group) => ageDays(item, today) <= group.maxDays)]!.items.push(
			item
		);
	}
	for (const group of groups)
		group.items.sort((a, b) => ageDays(b, today) - ageDays(a, today) || a.id.localeCompare(b.id));
	return groups;
}

export interface OwnerCounts {
	owner: string;
	name: string;
	open: number;
	overdue: number;
	escalate: number;
}

/** @returns open, overdue and to-escalate counts per owner of at least one open item, most open first. */
export function countsByOwner(
	handbook: Handbook,
	items: readonly ActionItem[],
	today: string
): OwnerCounts[] {
	const byOwner = new Map<string, OwnerCounts>();
	for (const item of items.filter(isOpen)) {
		const counts = byOwner.get(item.owner) ?? {
			owner: item.owner,
			name: ownerName(handbook, item.owner),
			open: 0,
			overdue: 0,
			escalate: 0,
		};
		counts.open += 1;
		if (isOverdue(item, today)) counts.overdue += 1;
		if (needsEscalation(handbook, item, today)) counts.escalate += 1;
		byOwner.set(item.owner, counts);
	}
	return [...byOwner.values()].sort((a, b) => b.open - a.open || a.name.localeCompare(b.name));
}

export interface Completion {
	/** Items whose due date has passed (won't-fix items excluded: they were decided, not missed). */
	cameDue: number;
	/** Of those, items done by their due date (`closedAt` on or before `due`). */
	doneByDue: number;
	/** `doneByDue / cameDue`, absent when nothing came due. */
	rate?: number;
}

/** @returns the share of items that came due and were done by their due date. */
export function completion(items: readonly ActionItem[], today: string): Completion {
	const cameDue = items.filter(
		(item) => item.due !== undefined && item.due < today && item.status !== 'wont-fix'
	);
	const doneByDue = cameDue.filter(
		(item) => item.status === 'done' && item.closedAt !== undefined && item.closedAt <= item.due!
	).length;
	return {
		cameDue: cameDue.length,
		doneByDue,
		...(cameDue.length > 0 ? { rate: doneByDue / cameDue.length } : {}),
	};
}

/** @returns the completion of the items due in each calendar quarter (`2026-Q3`), oldest quarter first. */
export function completionByQuarter(
	items: readonly ActionItem[],
	today: string
): ({ quarter: string } & Completion)[] {
	const byQuarter = new Map<string, ActionItem[]>();
	for (const item of items) {
		if (item.due === undefined || item.due >= today) continue;
		const quarter = quarterOf(item.due);
		const list = byQuarter.get(quarter);
		if (list) list.push(item);
		else byQuarter.set(quarter, [item]);
	}
	return [...byQuarter.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([quarter, due]) => ({ quarter, ...completion(due, today) }))
		.filter((row) => row.cameDue > 0);
}
