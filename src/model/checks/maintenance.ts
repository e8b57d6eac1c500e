/**
 * Maintenance rules: customers are told in time, the posted status keeps up with the window, and a window moves only
 * forward through Statuspage's states.
 */
import type { Handbook, Maintenance } from '../handbook.ts';
import {
	MAINTENANCE_STATUSES,
	maintenanceState,
	maintenanceStatusLabel,
	updatesInOrder,
} from '../maintenance.ts';
import { dayIn, daysBetween, formatTimestamp, startOfDay } from '../time.ts';
import type { RawFinding, Rule } from './types.ts';

const on = (maintenance: Maintenance, field: string, message: string): RawFinding => ({
	file: maintenance.file,
	field,
	message,
	entry: { kind: 'maintenance', id: maintenance.id },
});

const all = (handbook: Handbook) => [...handbook.maintenances.values()];

/** @returns the field path of an update in the file, for a finding (the file may list updates in any order). */
const updateField = (maintenance: Maintenance, update: Maintenance['data']['updates'][number]) =>
	`updates.${maintenance.data.updates.indexOf(update)}`;

export const maintenanceRules: Rule[] = [
	{
		id: 'maintenance-notice',
		defaultLevel: 'warn',
		summary:
			'A public maintenance is announced (its first update) at least `maintenance.noticeDays` calendar days before its window.',
		fix: 'Post the `scheduled` update earlier next time, or move the window; for urgent work, say why in the announcement.',
		check: ({ handbook }) =>
			all(handbook)
				.filter((maintenance) => maintenance.data.public)
				.flatMap((maintenance) => {
					const zone = handbook.config.org.timezone;
					const { noticeDays } = handbook.config.maintenance;
					const { scheduledFor, updates } = maintenance.data;
					const first = updatesInOrder(updates)[0];
					if (!first)
						return [
							on(
								maintenance,
								'updates',
								`the window (${formatTimestamp(scheduledFor, zone)}) is public but was never announced: no update is posted`
							),
						];
					const notice = daysBetween(dayIn(first.at, zone), dayIn(scheduledFor, zone));
					if (notice >= noticeDays) return [];
					return [
						on(
							maintenance,
							`${updateField(maintenance, first)}.at`,
							`announced ${notice} day${notice === 1 ? '' : 's'} before the window (${formatTimestamp(first.at, zone)} for ${formatTimestamp(scheduledFor, zone)}); the policy asks for ${noticeDays}`
						),
					];
				}),
	},
	{
		id: 'maintenance-window-passed',
		defaultLevel: 'warn',
		summary:
			'A maintenance whose window ended before today is `completed`: not still `scheduled`, `in_progress` or `verifying`.',
		fix: 'Post the update that says how it went (`in_progress`, then `completed`), or move `scheduledFor`/`scheduledUntil` if it was postponed.',
		check: ({ handbook, today }) =>
			all(handbook).flatMap((maintenance) => {
				const zone = handbook.config.org.timezone;
				const { scheduledUntil } = maintenance.data;
				// The build knows its day, not its hour: only a window that ended before today began is surely over.
				if (scheduledUntil > startOfDay(today, zone)) return [];
				const { status } = maintenanceState(maintenance.data);
				if (status === 'completed') return [];
				const ago = daysBetween(dayIn(scheduledUntil, zone), today);
				const since = `the window ended ${formatTimestamp(scheduledUntil, zone)}, ${ago} day${ago === 1 ? '' : 's'} ago`;
				const message =
					status === 'scheduled'
						? `still scheduled: ${since}, and no update says it started`
						: `still ${maintenanceStatusLabel(status).toLowerCase()}: ${since}`;
				return [
					on(
						maintenance,
						maintenance.data.updates.length > 0 ? 'updates' : 'scheduledUntil',
						message
					),
				];
			}),
	},
	{
		id: 'maintenance-status-order',
		defaultLevel: 'error',
		summary:
			'Updates of a maintenance move forward only: scheduled → in_progress → verifying → completed (verifying may be skipped).',
		fix: 'Correct the update’s status or time; work that starts again after completion is a new maintenance.',
		check: ({ handbook }) =>
			all(handbook).flatMap((maintenance) => {
				const findings: RawFinding[] = [];
				let previous: Maintenance['data']['updates'][number] | undefined;
				for (const update of updatesInOrder(maintenance.data.updates)) {
					if (
						previous &&
						MAINTENANCE_STATUSES.indexOf(update.status) <
							MAINTENANCE_STATUSES.indexOf(previous.status)
					) {
						const zone = handbook.config.org.timezone;
						findings.push(
							on(
								maintenance,
								`${updateField(maintenance, update)}.status`,
								`${update.status} at ${formatTimestamp(update.at, zone)} comes after ${previous.status} at ${formatTimestamp(previous.at, zone)}`
							)
						);
					}
					previous = update;
				}
				return findings;
			}),
	},
];
