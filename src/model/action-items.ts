/** Action-item ageing: how old an item is, when it is overdue, when it has gone quiet long enough to escalate. */
import type { ActionItem, Handbook } from './handbook.ts';
import { daysBetween } from './time.ts';

export function isOpen(item: ActionItem): boolean {
	return item.status === 'open' || item.status === 'in-progress';
}

/** @returns days since the item was created, until it was closed (or until `today` while open). */
export function ageDays(item: ActionItem, today: string): number {
	const end = !isOpen(item) && item.closedAt ? item.closedAt : today;
	return Math.max(0, daysBetween(item.createdAt, end));
}

/** @returns whether an open item's due date has passed. */
export function isOverdue(item: ActionItem, today: string): boolean {
	return isOpen(item) && item.due !== undefined && item.due < today;
}

/** @returns days since anyone made progress (`updatedAt`, else `createdAt`). */
export function daysWithoutProgress(item: ActionItem, today: string): number {
	return daysBetween(item.updatedAt ?? item.createdAt, today);
}

/** @returns whether an open item has had no progress for longer than the handbook's `escalateAfterDays`. */
export function needsEscalation(handbook: Handbook, item: ActionItem, today: string): boolean {
	return (
		isOpen(item) && daysWithoutProgress(item, today) > handbook.config.actionItems.escalateAfterDays
	);
}

/** @returns counts for the home page and dashboards. */
export function actionItemCounts(handbook: Handbook, items: readonly ActionItem[], today: string) {
	const open = items.filter(isOpen);
	return {
		open: open.length,
		overdue: open.filter((item) => isOverdue(item, today)).length,
		escalate: open.filter((item) => needsEscalation(handbook, item, today)).length,
	};
}

/** @returns the action items from postmortems of incidents that touched `serviceId`. */
export function actionItemsForService(handbook: Handbook, serviceId: string): ActionItem[] {
	const incidentIds = new Set(
		(handbook.incidentsByService.get(serviceId) ?? []).map((incident) => incident.id)
	);
	return handbook.actionItems.filter((item) => incidentIds.has(item.postmortem.data.incident));
}
