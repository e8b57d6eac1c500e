/**
 * The readiness scorecard (the playbook's quarterly audit): five process measures, each against its target from
 * handbook.yaml `readiness:`, rated green, amber or red.
 */
import { completion } from './action-item-stats.ts';
import { postmortemOnTime, postmortemDeadline } from './checks/postmortems.ts';
import type { Handbook } from './handbook.ts';
import { percent as share } from './insights/stats.ts';
import { isStale } from './runbooks.ts';
import { dayIn, daysBetween } from './time.ts';

export type Rating = 'green' | 'amber' | 'red' | 'no-data';

export interface Score {
	id:
		| 'alertsWithRunbook'
		| 'runbooksReviewed'
		| 'postmortemsOnTime'
		| 'actionItemCompletion'
		| 'daysSinceDrill';
	label: string;
	/** Percent (0–100) for shares, days for `daysSinceDrill`; absent when there is nothing to measure. */
	value?: number;
	unit: '%' | 'days';
	target: { green: number; amber: number };
	rating: Rating;
	/** What was counted, in words. */
	detail: string;
}

/** @returns the rating of a value against a target (higher is better for shares, lower for days). */
export function rate(
	value: number | undefined,
	target: { green: number; amber: number },
	higherIsBetter: boolean
): Rating {
	if (value === undefined) return 'no-data';
	if (higherIsBetter)
		return value >= target.green ? 'green' : value >= target.amber ? 'amber' : 'red';
	return value <= target.green ? 'green' : value <= target.amber ? 'amber' : 'red';
}

/** @returns the five scores, in the order the audit reads them. */
export function readiness(handbook: Handbook, today: string): Score[] {
	const targets = handbook.config.readiness;
	const windowStart = dayIn(
		new Date(Date.parse(`${today}T12:00:00Z`) - targets.windowDays * 86_400_000),
		'UTC'
	);
	const zone = handbook.config.org.timezone;

	const alertNames = [...new Set(handbook.alerts.map((alert) => alert.name))];
	const covered = alertNames.filter((name) => handbook.runbooksByAlert.has(name)).length;

	const runbooks = [...handbook.runbooks.values()];
	const reviewed = runbooks.filter((runbook) => !isStale(handbook, runbook, today)).length;

	const decided = [...handbook.incidents.values()].flatMap((incident) => {
		const deadline = postmortemDeadline(handbook, incident);
		const onTime = postmortemOnTime(handbook, incident, today);
		return deadline !== undefined && deadline >= windowStart && onTime !== undefined
			? [onTime]
			: [];
	});
	const onTime = decided.filter(Boolean).length;

	const items = completion(
		handbook.actionItems.filter((item) => item.due !== undefined && item.due >= windowStart),
		today
	);

	const lastDrill = [...handbook.incidents.values()]
		.filter((incident) => incident.data.drill)
		.map((incident) => dayIn(incident.data.startedAt, zone))
		.filter((day) => day <= today)
		.sort()
		.at(-1);
	const sinceDrill = lastDrill === undefined ? undefined : daysBetween(lastDrill, today);

	const window = `in the last ${targets.windowDays} days`;
	const percent = (
		id: Score['id'],
		label: string,
		value: number | undefined,
		detail: string
	): Score => ({
		id,
		label,
		unit: '%',
		target: targets[id],
		rating: rate(value, targets[id], true),
		detail,
		...(value === undefined ? {} : { value }),
	});
	return [
		percent(
			'alertsWithRunbook',
			'Alerts with a runbook',
			share(covered, alertNames.length),
			`${covered} of ${alertNames.length} alerts in alerts/ are named by a runbook`
		),
		percent(
			'runbooksReviewed',
			'Runbooks reviewed within their period',
			share(reviewed, runbooks.length),
			`${reviewed} of ${runbooks.length} runbooks`
		),
		percent(
			'postmortemsOnTime',
			'Postmortems published on time',
			share(onTime, decided.length),
			`${onTime} of ${decided.length} postmortems due ${window}`
		),
		percent(
			'actionItemCompletion',
			'Action items done by their due date',
			items.rate === undefined ? undefined : Math.round(items.rate * 1000) / 10,
			`${items.doneByDue} of ${items.cameDue} items due ${window}`
		),
		{
			id: 'daysSinceDrill',
			label: 'Days since the last drill',
			unit: 'days',
			target: targets.daysSinceDrill,
			// Never having drilled is the worst case, not a lack of data.
			rating: sinceDrill === undefined ? 'red' : rate(sinceDrill, targets.daysSinceDrill, false),
			detail:
				lastDrill === undefined
					? 'no drill recorded (an incident with drill: true)'
					: `last drill ${lastDrill}`,
			...(sinceDrill === undefined ? {} : { value: sinceDrill }),
		},
	];
}
