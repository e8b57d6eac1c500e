/** Facts about incidents: durations and response times, resolution, which ones count toward metrics. */
import type { Severity } from '../schemas/handbook.ts';
import type { Handbook, Incident } from './handbook.ts';
import { minutesBetween } from './time.ts';

/** The lifecycle of an incident, in the order its timestamps must come. */
export const INCIDENT_MILESTONES = [
	'startedAt',
	'detectedAt',
	'acknowledgedAt',
	'mitigatedAt',
	'resolvedAt',
] as const;

export interface IncidentTimes {
	/** Start to resolution (or to `now` when open), minutes. */
	durationMinutes: number;
	/** Time to acknowledge: detection to acknowledgement. */
	ttaMinutes?: number;
	/** Time to resolve: start to resolution. */
	ttrMinutes?: number;
	/** Time to mitigate: start to mitigation. */
	ttmMinutes?: number;
	/** Time to detect: start to detection. */
	ttdMinutes: number;
}

/**
 * @param now the end of an unresolved incident's duration (the build's clock)
 */
export function incidentTimes(incident: Incident, now: Date): IncidentTimes {
	const { startedAt, detectedAt, acknowledgedAt, mitigatedAt, resolvedAt } = incident.data;
	return {
		durationMinutes: minutesBetween(startedAt, resolvedAt ?? now),
		ttdMinutes: minutesBetween(startedAt, detectedAt),
		...(acknowledgedAt ? { ttaMinutes: minutesBetween(detectedAt, acknowledgedAt) } : {}),
		...(mitigatedAt ? { ttmMinutes: minutesBetween(startedAt, mitigatedAt) } : {}),
		...(resolvedAt ? { ttrMinutes: minutesBetween(startedAt, resolvedAt) } : {}),
	};
}

export function isResolved(incident: Incident): boolean {
	return incident.data.resolvedAt !== undefined;
}

/** Drills exercise the process; they never count toward incident metrics. */
export function countsTowardMetrics(incident: Incident): boolean {
	return !incident.data.drill;
}

/** @returns the ladder rung of an incident (always present: the schema only accepts the ladder's ids). */
export function severityOf(handbook: Handbook, incident: Incident): Severity {
	return handbook.severities.get(incident.data.severity)!;
}

/** @returns 0 for the most severe rung, growing downward: for sorting and colouring. */
export function severityRank(handbook: Handbook, severityId: string): number {
	return handbook.ladder.findIndex((s) => s.id === severityId);
}

/** @returns whether the ladder says this incident needs a postmortem. */
export function needsPostmortem(handbook: Handbook, incident: Incident): boolean {
	return !incident.data.drill && severityOf(handbook, incident).postmortem.required;
}
