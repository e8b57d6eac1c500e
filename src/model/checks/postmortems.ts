/** Postmortem rules: written when the ladder says so, published on time, actionable, blameless, safe to publish. */
import escapeStringRegexp from 'escape-string-regexp';
import {
	businessCalendar,
	businessDaysBetween,
	businessDeadline,
	type BusinessCalendar,
} from '../business-days.ts';
import type { Handbook, Incident, Postmortem } from '../handbook.ts';
import { isResolved, needsPostmortem, severityOf } from '../incidents.ts';
import type { RawFinding, Rule } from './types.ts';

const on = (postmortem: Postmortem, field: string, message: string): RawFinding => ({
	file: postmortem.file,
	field,
	message,
	entry: { kind: 'postmortem', id: postmortem.id },
});

/** @returns the last day a postmortem of `incident` is on time, when the ladder sets a deadline. */
export function postmortemDeadline(handbook: Handbook, incident: Incident): string | undefined {
	const days = severityOf(handbook, incident).postmortem.dueBusinessDays;
	if (!needsPostmortem(handbook, incident) || !incident.data.resolvedAt || days === undefined)
		return undefined;
	return businessDeadline(incident.data.resolvedAt, days, calendarOf(handbook));
}

const calendars = new WeakMap<Handbook, BusinessCalendar>();
/** One calendar per handbook: thousands of deadlines share it. */
function calendarOf(handbook: Handbook): BusinessCalendar {
	let calendar = calendars.get(handbook);
	if (!calendar) calendars.set(handbook, (calendar = businessCalendar(handbook.config)));
	return calendar;
}

/**
 * @returns whether the postmortem of `incident` was (or still can be) published on time: `undefined` when no deadline
 * applies or it has not passed yet without a publication.
 */
export function postmortemOnTime(
	handbook: Handbook,
	incident: Incident,
	today: string
): boolean | undefined {
	const deadline = postmortemDeadline(handbook, incident);
	if (deadline === undefined) return undefined;
	const postmortem = handbook.postmortemByIncident.get(incident.id);
	const published =
		postmortem?.data.status === 'published' ? postmortem.data.publishedAt : undefined;
	if (published !== undefined) return published <= deadline;
	return today > deadline ? false : undefined;
}

const businessDays = (n: number) => `${n} business day${n === 1 ? '' : 's'}`;

/** Names, ids and handles of every person, as one case-insensitive whole-word pattern. */
function peoplePattern(
	handbook: Handbook
): { pattern: RegExp; whoIs: Map<string, string> } | undefined {
	const whoIs = new Map<string, string>();
	for (const { data } of handbook.people.values()) {
		const handles = data.handles.flatMap((handle) => [
			handle,
			handle.replace(/^[a-z]+:/i, '').replace(/^@/, ''),
		]);
		for (const term of [data.name, data.id, ...handles])
			if (term.length > 1) whoIs.set(term.toLowerCase(), data.name);
	}
	if (whoIs.size === 0) return undefined;
	// Longest first, so "Alice Moreau" wins over a shorter id inside it.
	const terms = [...whoIs.keys()].sort((a, b) => b.length - a.length).map(escapeStringRegexp);
	return {
		pattern: new RegExp(`(?<![\\p{L}\\p{N}_@-])(?:${terms.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu'),
		whoIs,
	};
}

export const postmortemRules: Rule[] = [
	{
		id: 'postmortem-required',
		defaultLevel: 'warn',
		summary:
			'A resolved incident whose severity requires a postmortem (`severities[].postmortem.required`) has one. Drills are exempt.',
		fix: 'Run `firebreak new postmortem --from <incident id>` and fill it in.',
		check: ({ handbook }) =>
			[...handbook.incidents.values()]
				.filter(
					(incident) =>
						needsPostmortem(handbook, incident) &&
						isResolved(incident) &&
						!handbook.postmortemByIncident.has(incident.id)
				)
				.map((incident) => {
					const deadline = postmortemDeadline(handbook, incident);
					return {
						file: incident.file,
						field: 'severity',
						message: `a ${severityOf(handbook, incident).label} incident needs a postmortem${deadline ? ` (due ${deadline})` : ''}, and none names this incident`,
						entry: { kind: 'incident', id: incident.id },
					};
				}),
	},
	{
		id: 'postmortem-late',
		defaultLevel: 'warn',
		summary:
			"A postmortem is published within the severity's `postmortem.dueBusinessDays` after `resolvedAt` (Monday to Friday in the handbook's timezone, minus `holidays`).",
		fix: 'Publish it (`status: published`, `publishedAt`); if it went out late, keep the real date: the readiness page counts it.',
		check: ({ handbook, today }) =>
			[...handbook.postmortems.values()].flatMap((postmortem) => {
				const incident = handbook.incidents.get(postmortem.data.incident);
				const deadline = incident && postmortemDeadline(handbook, incident);
				if (!incident || deadline === undefined) return [];
				const { status, publishedAt } = postmortem.data;
				const calendar = calendarOf(handbook);
				const label = severityOf(handbook, incident).label;
				if (status === 'published' && publishedAt === undefined) {
					return [
						on(
							postmortem,
							'publishedAt',
							`is published but has no publishedAt, so its ${label} deadline (${deadline}) cannot be checked`
						),
					];
				}
				if (status === 'published' && publishedAt! > deadline) {
					return [
						on(
							postmortem,
							'publishedAt',
							`was published ${publishedAt}, ${businessDays(businessDaysBetween(deadline, publishedAt!, calendar))} after its ${label} deadline ${deadline}`
						),
					];
				}
				if (status !== 'published' && today > deadline) {
					return [
						on(
							postmortem,
							'status',
							`is still ${status}; it was due ${deadline} (${businessDays(businessDaysBetween(deadline, today, calendar))} ago)`
						),
					];
				}
				return [];
			}),
	},
	{
		id: 'postmortem-action-items',
		defaultLevel: 'warn',
		summary:
			'A postmortem past draft has between `actionItems.minPerPostmortem` and `maxPerPostmortem` action items (3 to 7 by default).',
		fix: 'Too few: look again at detection and mitigation. Too many: keep the ones that matter, merge the rest.',
		check: ({ handbook }) => {
			const { minPerPostmortem: min, maxPerPostmortem: max } = handbook.config.actionItems;
			return [...handbook.postmortems.values()].flatMap((postmortem) => {
				const count = postmortem.data.actionItems.length;
				if (postmortem.data.status === 'draft' || (count >= min && count <= max)) return [];
				return [
					on(
						postmortem,
						'actionItems',
						`has ${count} action item${count === 1 ? '' : 's'}; the handbook asks for ${min} to ${max}`
					),
				];
			});
		},
	},
	{
		id: 'postmortem-blameless',
		defaultLevel: 'warn',
		summary:
			'`rootCause` and `contributingFactors` name no person (a name, id or handle from people.yaml).',
		fix: 'Describe what the system allowed or made likely, not who did it.',
		check: ({ handbook }) => {
			const matcher = peoplePattern(handbook);
			if (!matcher) return [];
			return [...handbook.postmortems.values()].flatMap((postmortem) => {
				const fields: [string, string][] = [
					['rootCause', postmortem.data.rootCause],
					...postmortem.data.contributingFactors.map((text, i): [string, string] => [
						`contributingFactors.${i}`,
						text,
					]),
				];
				return fields.flatMap(([field, text]) => {
					const named = new Set(
						[...text.matchAll(matcher.pattern)].map((match) =>
							matcher.whoIs.get(match[0].toLowerCase())!
						)
					);
					return named.size === 0
						? []
						: [
								on(
									postmortem,
									field,
									`names ${[...named].join(', ')}; a blameless postmortem names systems, not people`
								),
							];
				});
			});
		},
	},
	{
		id: 'postmortem-public-summary',
		defaultLevel: 'error',
		summary: 'A postmortem with `visibility: public` has a `publicSummary` written for customers.',
		fix: 'Add `publicSummary:` (reviewed by a person), or set `visibility: internal`.',
		check: ({ handbook }) =>
			[...handbook.postmortems.values()]
				.filter(
					(postmortem) =>
						postmortem.data.visibility === 'public' && postmortem.data.publicSummary === undefined
				)
				.map((postmortem) =>
					on(
						postmortem,
						'publicSummary',
						'is public but has no publicSummary; the internal summary is never published'
					)
				),
	},
];
