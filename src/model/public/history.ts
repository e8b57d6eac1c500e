/** Grouping and wording of public incidents for the history pages, the daily bars and their summaries. */
import { DateTime } from 'luxon';
import { statusLabel } from '../status/impact.ts';
import type { DayStatus } from '../status/uptime.ts';
import { formatDuration, minutesBetween } from '../time.ts';
import type { PublicComponent, PublicIncident, PublicMaintenance } from './types.ts';

export interface MonthOfIncidents {
	/** `YYYY-MM`, also the anchor of the month on the history page. */
	month: string;
	/** "November 2026". */
	label: string;
	incidents: PublicIncident[];
	/** Completed maintenance windows of the month, latest first. */
	maintenances: PublicMaintenance[];
}

/**
 * @param maintenances public maintenances: the completed ones join the month their window started in
 * @returns incidents grouped by the month (in `zone`) they started in, newest month first, months without any left out
 */
export function incidentsByMonth(
	incidents: readonly PublicIncident[],
	zone: string,
	maintenances: readonly PublicMaintenance[] = []
): MonthOfIncidents[] {
	const months = new Map<string, MonthOfIncidents>();
	const monthOf = (at: Date) => {
		const start = DateTime.fromJSDate(at, { zone });
		const month = start.toFormat('yyyy-LL');
		let group = months.get(month);
		if (!group) {
			group = {
				month,
				label: start.setLocale('en').toFormat('LLLL yyyy'),
				incidents: [],
				maintenances: [],
			};
			months.set(month, group);
		}
		return group;
	};
	for (const incident of incidents) monthOf(incident.startedAt).incidents.push(incident);
	for (const maintenance of maintenances)
		if (maintenance.phase === 'completed')
			monthOf(maintenance.scheduledFor).maintenances.push(maintenance);
	for (const group of months.values()) {
		group.incidents.sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
		group.maintenances.sort((a, b) => b.scheduledFor.getTime() - a.scheduledFor.getTime());
	}
	return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}

/** @returns how long customers were affected: "1 h 02 min", or "ongoing". */
export function impactDuration(
	incident: Pick<PublicIncident, 'startedAt' | 'impactEndedAt'>
): string {
	return incident.impactEndedAt
		? formatDuration(minutesBetween(incident.startedAt, incident.impactEndedAt))
		: 'ongoing';
}

/**
 * @param now the build's time, or the reader's in the browser
 * @returns how long an incident whose impact has not ended has lasted at `now`: "3 h 05 min"
 */
export function ongoingFor(incident: Pick<PublicIncident, 'startedAt'>, now: Date): string {
	return formatDuration(minutesBetween(incident.startedAt, now));
}

/** @returns an uptime figure as the status page prints it: "100%", "99.98%". */
function uptimeText(value: number): string {
	return `${value.toFixed(value === 100 ? 0 : 2)}%`;
}

/**
 * @returns a component's daily bars in one line, for readers who do not see them (text browsers, screen readers):
 * "Payments API: 99.98% uptime over 90 days, 2 incidents; 99.95% over 30 days"
 */
export function uptimeSummary(
	component: PublicComponent,
	incidents: ReadonlyMap<string, PublicIncident>
): string {
	const seen = new Set(
		component.days.flatMap((day) => day.refs.filter((ref) => incidents.has(ref)))
	);
	const count =
		seen.size === 0 ? 'no incidents' : `${seen.size} incident${seen.size === 1 ? '' : 's'}`;
	const { days90, days30 } = component.uptime;
	return `${component.name}: ${uptimeText(days90)} uptime over ${component.days.length} days, ${count}; ${uptimeText(days30)} over 30 days`;
}

/** @returns the tooltip of one day's bar: the day, its worst status, and the incidents that touched it. */
export function dayTooltip(day: DayStatus, incidents: ReadonlyMap<string, PublicIncident>): string {
	const titles = day.refs
		.map((ref) => incidents.get(ref)?.title)
		.filter((title): title is string => title !== undefined);
	const head = `${day.day}: ${day.status === 'operational' ? 'No incidents' : statusLabel(day.status)}`;
	return titles.length > 0 ? `${head} — ${titles.join('; ')}` : head;
}
