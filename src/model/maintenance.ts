/**
 * Facts about planned maintenance: where a window stands (from the updates the team posted), when customers were told,
 * and the span during which its components were under maintenance. The status is the one posted, as on Statuspage:
 * a build knows only its day, not the hour, so it never moves a window on by the clock; the checks say when the
 * posted status has fallen behind the window (`checks/maintenance.ts`).
 */
import { maintenanceStatus, type MaintenanceStatus } from '../schemas/maintenance.ts';
import type { Handbook, Maintenance } from './handbook.ts';
import { dayIn, formatTimestamp } from './time.ts';

/** The states in the order a window goes through them (`verifying` may be skipped). */
export const MAINTENANCE_STATUSES: readonly MaintenanceStatus[] = maintenanceStatus.options;

/** Where a window stands: not started, under way (`in_progress` or `verifying`), or over. */
export type MaintenancePhase = 'upcoming' | 'active' | 'completed';

export interface MaintenanceState {
	/** The latest update's status; `scheduled` before any update. */
	status: MaintenanceStatus;
	phase: MaintenancePhase;
	/** When customers were told: the first update. */
	announcedAt?: Date;
	/** The first `in_progress` (else `verifying`) update: the work began. */
	startedAt?: Date;
	/** The first `completed` update. */
	completedAt?: Date;
}

const PHASE: Record<MaintenanceStatus, MaintenancePhase> = {
	scheduled: 'upcoming',
	in_progress: 'active',
	verifying: 'active',
	completed: 'completed',
};

const LABEL: Record<MaintenanceStatus, string> = {
	scheduled: 'Scheduled',
	in_progress: 'In progress',
	verifying: 'Verifying',
	completed: 'Completed',
};

/** @returns a status as people read it: "In progress". */
export function maintenanceStatusLabel(status: MaintenanceStatus): string {
	return LABEL[status];
}

/** @returns the phase of a status: Statuspage's upcoming (`scheduled`), active (`in_progress`, `verifying`), completed. */
function phaseOf(status: MaintenanceStatus): MaintenancePhase {
	return PHASE[status];
}

/** @returns the updates oldest first (the file may list them in any order). */
export function updatesInOrder<T extends { at: Date }>(updates: readonly T[]): T[] {
	return [...updates].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** @returns the posted state of a maintenance, from its updates. */
export function maintenanceState(data: Pick<Maintenance['data'], 'updates'>): MaintenanceState {
	const updates = updatesInOrder(data.updates);
	const status = updates.at(-1)?.status ?? 'scheduled';
	const startedAt = updates.find((u) => u.status === 'in_progress' || u.status === 'verifying')?.at;
	const completedAt = updates.find((u) => u.status === 'completed')?.at;
	return {
		status,
		phase: phaseOf(status),
		...(updates[0] ? { announcedAt: updates[0].at } : {}),
		...(startedAt ? { startedAt } : {}),
		...(completedAt ? { completedAt } : {}),
	};
}

/**
 * @param now the build's "now", the end of an active window
 * @returns when the components were under maintenance: from the work's start (else the window's) to its completion,
 * or to `now` while it is under way; undefined before it starts
 */
export function maintenanceSpan(
	data: Pick<Maintenance['data'], 'updates' | 'scheduledFor'>,
	now: Date
): { start: Date; end: Date } | undefined {
	const state = maintenanceState(data);
	if (state.phase === 'upcoming') return undefined;
	const start = state.startedAt ?? data.scheduledFor;
	const end = state.completedAt ?? now;
	return end > start ? { start, end } : undefined;
}

/** @returns the window as customers read it: "2026-11-26 02:00–04:00 CET", or both ends in full across days. */
export function formatWindow(from: Date, until: Date, zone: string): string {
	const end =
		dayIn(from, zone) === dayIn(until, zone)
			? formatTimestamp(until, zone).replace(/^\S+ /, '')
			: formatTimestamp(until, zone);
	return `${formatTimestamp(from, zone).replace(/ \S+$/, '')}–${end}`;
}

/**
 * @returns the values of the maintenance placeholders of comms.yaml (`{window}`, `{components}`, and `{service}` for
 * the components too), to fill a template for this maintenance
 */
export function maintenanceCommsValues(
	handbook: Handbook,
	maintenance: Maintenance
): Record<string, string> {
	const { data } = maintenance;
	const components = data.components
		.map((id) => handbook.components.get(id)?.name ?? id)
		.join(', ');
	return {
		window: formatWindow(data.scheduledFor, data.scheduledUntil, handbook.config.org.timezone),
		components,
		service: components,
	};
}
