/**
 * The handbook over time (/insights/ and `firebreak report`): incidents per period and severity, response times
 * against the ladder, postmortem and action-item follow-through, hotspots and readiness per quarter. Everything is
 * computed from the content as of `today` (the injected clock); drills are counted apart and never in the metrics.
 */
import { actionItemsForService, isOpen } from '../action-items.ts';
import { completion } from '../action-item-stats.ts';
import { normalizeFactor, recurringFactors } from '../checks/recurrence.ts';
import { postmortemDeadline, postmortemOnTime } from '../checks/postmortems.ts';
import type { ActionItem, Handbook, Incident } from '../handbook.ts';
import { countsTowardMetrics, incidentTimes } from '../incidents.ts';
import { readiness, type Score } from '../readiness.ts';
import { dayIn, endOfDay } from '../time.ts';
import { lastDayOfQuarter, monthOf, monthsBetween, quarterOf, quartersBetween } from './periods.ts';
import { median, percent, percentile } from './stats.ts';

export const MEASURES = [
	{ id: 'ttd', label: 'Time to detect', what: 'start to detection' },
	{ id: 'tta', label: 'Time to acknowledge', what: 'detection to acknowledgement' },
	{ id: 'ttm', label: 'Time to mitigate', what: 'start to mitigation' },
	{ id: 'ttr', label: 'Time to resolve', what: 'start to resolution' },
] as const;
type MeasureId = (typeof MEASURES)[number]['id'];

interface VolumeRow {
	/** `2026-Q3` or `2026-07`. */
	period: string;
	/** Incidents per severity id, every rung present. */
	bySeverity: Record<string, number>;
	total: number;
	/** Share at the ladder's top rung, percent; absent without incidents. */
	topShare?: number;
}

interface TimeFigures {
	count: number;
	medianMinutes?: number;
	p90Minutes?: number;
}

interface ResponseRow {
	quarter: string;
	severity: string;
	measures: Record<MeasureId, TimeFigures>;
	/** Acknowledged incidents, and those acknowledged within the rung's `ackMinutes`. */
	ack: { target: number; acknowledged: number; withinTarget: number; share?: number };
}

interface FollowThroughRow {
	quarter: string;
	/** Postmortems whose deadline fell in the quarter and has been decided (published, or the deadline passed). */
	postmortemsDue: number;
	postmortemsOnTime: number;
	/** Action items agreed in the quarter. */
	created: number;
	/** Of the items due in the quarter (before today): done by the due date, done after it, still open, won't fix. */
	doneByDue: number;
	doneLate: number;
	openPastDue: number;
	wontFix: number;
	/** Done by due date of all that came due (won't-fix excluded), percent: the completion rate. */
	completionRate?: number;
}

interface Hotspot {
	service: string;
	name: string;
	incidents: number;
	openActionItems: number;
}

interface RecurringFactor {
	factor: string;
	/** Incidents per quarter whose postmortem names the factor (every quarter present). */
	byQuarter: Record<string, number>;
	incidents: string[];
}

interface ReadinessColumn {
	quarter: string;
	/** The last day of the quarter, or today for the current one. */
	asOf: string;
	scores: Score[];
}

interface Drill {
	id: string;
	title: string;
	day: string;
	quarter: string;
	severity: string;
}

export interface Insights {
	today: string;
	quarters: string[];
	months: string[];
	severities: { id: string; label: string; ackMinutes: number }[];
	byQuarter: VolumeRow[];
	byMonth: VolumeRow[];
	response: ResponseRow[];
	followThrough: FollowThroughRow[];
	hotspots: Hotspot[];
	recurring: RecurringFactor[];
	readiness: ReadinessColumn[];
	drills: Drill[];
	/** Days from the last drill to today; absent when there was none. */
	daysSinceDrill?: number;
}

/** @returns the day an incident started, in the handbook's timezone. */
export function incidentDay(handbook: Handbook, incident: Incident): string {
	return dayIn(incident.data.startedAt, handbook.config.org.timezone);
}

/** @returns the real (non-drill) incidents that started by `today`, oldest first. */
export function metricIncidents(handbook: Handbook, today: string): Incident[] {
	return [...handbook.incidents.values()]
		.filter((incident) => countsTowardMetrics(incident) && incidentDay(handbook, incident) <= today)
		.reverse();
}

function volume(
	handbook: Handbook,
	incidents: readonly Incident[],
	periods: readonly string[],
	periodOf: (day: string) => string
): VolumeRow[] {
	const top = handbook.ladder[0]!.id;
	return periods.map((period) => {
		const bySeverity = Object.fromEntries(handbook.ladder.map((s) => [s.id, 0]));
		for (const incident of incidents)
			if (periodOf(incidentDay(handbook, incident)) === period)
				bySeverity[incident.data.severity]! += 1;
		const total = Object.values(bySeverity).reduce((a, b) => a + b, 0);
		const topShare = percent(bySeverity[top]!, total);
		return { period, bySeverity, total, ...(topShare === undefined ? {} : { topShare }) };
	});
}

function figures(values: number[]): TimeFigures {
	const mid = median(values);
	const p90 = percentile(values, 90);
	return {
		count: values.length,
		...(mid === undefined ? {} : { medianMinutes: mid }),
		...(p90 === undefined ? {} : { p90Minutes: p90 }),
	};
}

function response(
	handbook: Handbook,
	incidents: readonly Incident[],
	quarters: readonly string[],
	today: string
): ResponseRow[] {
	const now = endOfDay(today, handbook.config.org.timezone);
	const rows: ResponseRow[] = [];
	for (const quarter of quarters) {
		for (const severity of handbook.ladder) {
			const times = incidents
				.filter(
					(i) => i.data.severity === severity.id && quarterOf(incidentDay(handbook, i)) === quarter
				)
				.map((i) => incidentTimes(i, now));
			const pick = (key: 'ttdMinutes' | 'ttaMinutes' | 'ttmMinutes' | 'ttrMinutes') =>
				times.flatMap((t) => (t[key] === undefined ? [] : [t[key]]));
			const acks = pick('ttaMinutes');
			const withinTarget = acks.filter((minutes) => minutes <= severity.ackMinutes).length;
			const share = percent(withinTarget, acks.length);
			rows.push({
				quarter,
				severity: severity.id,
				measures: {
					ttd: figures(pick('ttdMinutes')),
					tta: figures(acks),
					ttm: figures(pick('ttmMinutes')),
					ttr: figures(pick('ttrMinutes')),
				},
				ack: {
					target: severity.ackMinutes,
					acknowledged: acks.length,
					withinTarget,
					...(share === undefined ? {} : { share }),
				},
			});
		}
	}
	return rows;
}

const doneByDue = (item: ActionItem) =>
	item.status === 'done' && item.closedAt !== undefined && item.closedAt <= item.due!;

function followThrough(
	handbook: Handbook,
	quarters: readonly string[],
	today: string
): FollowThroughRow[] {
	const items = handbook.actionItems.filter((item) => {
		const incident = handbook.incidents.get(item.postmortem.data.incident);
		return incident !== undefined && countsTowardMetrics(incident);
	});
	const decided = [...handbook.incidents.values()].flatMap((incident) => {
		const deadline = postmortemDeadline(handbook, incident);
		const onTime = postmortemOnTime(handbook, incident, today);
		return deadline !== undefined && onTime !== undefined && deadline <= today
			? [{ quarter: quarterOf(deadline), onTime }]
			: [];
	});
	return quarters.map((quarter) => {
		const due = items.filter(
			(item) => item.due !== undefined && item.due < today && quarterOf(item.due) === quarter
		);
		const postmortems = decided.filter((d) => d.quarter === quarter);
		const rate = completion(due, today).rate;
		return {
			quarter,
			postmortemsDue: postmortems.length,
			postmortemsOnTime: postmortems.filter((d) => d.onTime).length,
			created: items.filter(
				(item) => item.createdAt <= today && quarterOf(item.createdAt) === quarter
			).length,
			doneByDue: due.filter(doneByDue).length,
			doneLate: due.filter((item) => item.status === 'done' && !doneByDue(item)).length,
			openPastDue: due.filter(isOpen).length,
			wontFix: due.filter((item) => item.status === 'wont-fix').length,
			...(rate === undefined ? {} : { completionRate: Math.round(rate * 1000) / 10 }),
		};
	});
}

function hotspots(handbook: Handbook, incidents: readonly Incident[]): Hotspot[] {
	return [...handbook.services.values()]
		.map((service) => ({
			service: service.id,
			name: service.data.name,
			incidents: incidents.filter((incident) => incident.data.services.includes(service.id)).length,
			openActionItems: actionItemsForService(handbook, service.id).filter(isOpen).length,
		}))
		.filter((row) => row.incidents > 0 || row.openActionItems > 0)
		.sort(
			(a, b) =>
				b.incidents - a.incidents ||
				b.openActionItems - a.openActionItems ||
				a.name.localeCompare(b.name)
		);
}

function recurring(
	handbook: Handbook,
	quarters: readonly string[],
	today: string
): RecurringFactor[] {
	return recurringFactors(handbook).map((group) => {
		const latest = group.at(-1)!;
		const key = normalizeFactor(latest.postmortem.data.contributingFactors[latest.index]!);
		const byQuarter = Object.fromEntries(quarters.map((q) => [q, 0]));
		const incidents: string[] = [];
		for (const postmortem of handbook.postmortems.values()) {
			const incident = handbook.incidents.get(postmortem.data.incident)!;
			const day = incidentDay(handbook, incident);
			if (
				!countsTowardMetrics(incident) ||
				day > today ||
				!postmortem.data.contributingFactors.some((f) => normalizeFactor(f) === key)
			)
				continue;
			byQuarter[quarterOf(day)]! += 1;
			incidents.push(incident.id);
		}
		return {
			factor: latest.postmortem.data.contributingFactors[latest.index]!,
			byQuarter,
			incidents: incidents.sort(),
		};
	});
}

/** @returns every figure of /insights/ as of `today`, quarter by quarter from the first incident or action item. */
export function insights(handbook: Handbook, today: string): Insights {
	const incidents = metricIncidents(handbook, today);
	const drills: Drill[] = [...handbook.incidents.values()]
		.filter((incident) => incident.data.drill && incidentDay(handbook, incident) <= today)
		.map((incident) => ({
			id: incident.id,
			title: incident.data.title,
			day: incidentDay(handbook, incident),
			quarter: quarterOf(incidentDay(handbook, incident)),
			severity: incident.data.severity,
		}))
		.sort((a, b) => a.day.localeCompare(b.day));
	const days = [
		...incidents.map((incident) => incidentDay(handbook, incident)),
		...drills.map((drill) => drill.day),
		...handbook.actionItems.map((item) => item.createdAt).filter((day) => day <= today),
	];
	const first = days.length === 0 ? today : days.reduce((a, b) => (a < b ? a : b));
	const quarters = quartersBetween(quarterOf(first), quarterOf(today));
	const months = monthsBetween(monthOf(first), monthOf(today));
	const current = readiness(handbook, today);
	const sinceDrill = current.find((score) => score.id === 'daysSinceDrill')!.value;
	return {
		today,
		quarters,
		months,
		severities: handbook.ladder.map((s) => ({
			id: s.id,
			label: s.label,
			ackMinutes: s.ackMinutes,
		})),
		byQuarter: volume(handbook, incidents, quarters, quarterOf),
		byMonth: volume(handbook, incidents, months, monthOf),
		response: response(handbook, incidents, quarters, today),
		followThrough: followThrough(handbook, quarters, today),
		hotspots: hotspots(handbook, incidents),
		recurring: recurring(handbook, quarters, today),
		readiness: quarters.map((quarter) => {
			const asOf = quarter === quarterOf(today) ? today : lastDayOfQuarter(quarter);
			return { quarter, asOf, scores: asOf === today ? current : readiness(handbook, asOf) };
		}),
		drills,
		...(sinceDrill === undefined ? {} : { daysSinceDrill: sinceDrill }),
	};
}
