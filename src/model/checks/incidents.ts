/** Incident rules: a timeline that makes sense, an incident commander where the ladder asks, updates at its cadence. */
import type { Handbook, Incident } from '../handbook.ts';
import { INCIDENT_MILESTONES, severityOf } from '../incidents.ts';
import { ownerName } from '../people.ts';
import { formatDuration, formatTimestamp, minutesBetween } from '../time.ts';
import type { RawFinding, Rule } from './types.ts';

const on = (incident: Incident, field: string, message: string): RawFinding => ({
	file: incident.file,
	field,
	message,
	entry: { kind: 'incident', id: incident.id },
});

const all = (handbook: Handbook) => [...handbook.incidents.values()];

/**
 * @returns the silences customers sat through: from acknowledgement (else detection) to the first update, between
 * updates, and from the last update to resolution; each with the field that ended it.
 */
export function updateGaps(incident: Incident): { from: Date; to: Date; field: string }[] {
	const { acknowledgedAt, detectedAt, resolvedAt, updates } = incident.data;
	const points = updates
		.map((update, i) => ({ at: update.at, field: `updates.${i}.at` }))
		.filter((point) => !resolvedAt || point.at <= resolvedAt)
		.sort((a, b) => a.at.getTime() - b.at.getTime());
	if (resolvedAt) points.push({ at: resolvedAt, field: 'resolvedAt' });
	let previous = acknowledgedAt ?? detectedAt;
	const gaps = [];
	for (const point of points) {
		if (point.at <= previous) continue;
		gaps.push({ from: previous, to: point.at, field: point.field });
		previous = point.at;
	}
	return gaps;
}

export const incidentRules: Rule[] = [
	{
		id: 'incident-timestamps',
		defaultLevel: 'error',
		summary:
			'Timestamps are in order: startedAt ≤ detectedAt ≤ acknowledgedAt ≤ mitigatedAt ≤ resolvedAt.',
		fix: 'Correct the timestamp (check its offset: without one it is read in the handbook timezone).',
		check: ({ handbook }) =>
			all(handbook).flatMap((incident) => {
				const zone = handbook.config.org.timezone;
				const present = INCIDENT_MILESTONES.flatMap((field) =>
					incident.data[field] ? [{ field, at: incident.data[field] }] : []
				);
				return present.slice(1).flatMap((current, i) => {
					const before = present.slice(0, i + 1).find((earlier) => earlier.at > current.at);
					return before
						? [
								on(
									incident,
									current.field,
									`${current.field} (${formatTimestamp(current.at, zone)}) is before ${before.field} (${formatTimestamp(before.at, zone)})`
								),
							]
						: [];
				});
			}),
	},
	{
		id: 'incident-commander',
		defaultLevel: 'warn',
		summary:
			'An incident whose severity has `icRequired` names an incident commander, and the IC is not also the tech lead.',
		fix: 'Set `roles.ic`; when one person holds both roles, hand the technical work to someone else.',
		check: ({ handbook }) =>
			all(handbook).flatMap((incident) => {
				const { ic, tl } = incident.data.roles;
				const severity = severityOf(handbook, incident);
				if (!ic && severity.icRequired)
					return [
						on(
							incident,
							'roles.ic',
							`a ${severity.label} incident needs an incident commander; none is named`
						),
					];
				if (ic && ic === tl)
					return [
						on(
							incident,
							'roles.tl',
							`${ownerName(handbook, ic)} is both incident commander and tech lead; nobody is coordinating`
						),
					];
				return [];
			}),
	},
	{
		id: 'incident-update-cadence',
		defaultLevel: 'warn',
		summary:
			'A public incident posts customer-facing updates at least every `updateCadenceMinutes` of its severity until it is resolved.',
		fix: 'Post updates on the cadence, even "no news, still working"; record each one in `updates`.',
		check: ({ handbook }) =>
			all(handbook)
				.filter((incident) => incident.data.public)
				.flatMap((incident) => {
					const zone = handbook.config.org.timezone;
					const severity = severityOf(handbook, incident);
					return updateGaps(incident)
						.filter((gap) => minutesBetween(gap.from, gap.to) > severity.updateCadenceMinutes)
						.map((gap) =>
							on(
								incident,
								gap.field,
								`customers heard nothing for ${formatDuration(minutesBetween(gap.from, gap.to))} (${formatTimestamp(gap.from, zone)} to ${formatTimestamp(gap.to, zone)}); ${severity.label} asks for an update every ${formatDuration(severity.updateCadenceMinutes)}`
							)
						);
				}),
	},
];
