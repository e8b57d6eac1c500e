/**
 * Reading a Statuspage export: the public API v2 documents a page serves (`summary.json`, `components.json`,
 * `incidents.json`, `incidents/unresolved.json`, `incidents/<id>.json`), as saved by a team leaving Statuspage. Only
 * the fields the import uses are checked; Statuspage adds fields over the years and those are left alone.
 */
import { z } from 'zod';
import type { Problem } from '../problems.ts';
import { validate } from '../zod-problems.ts';

const instant = z.iso.datetime({
	offset: true,
	error: 'an ISO 8601 timestamp, like 2023-10-06T01:12:26.084Z',
});
const status = z.enum([
	'operational',
	'degraded_performance',
	'partial_outage',
	'major_outage',
	'under_maintenance',
]);

const component = z.looseObject({
	id: z.string(),
	name: z.string(),
	description: z.string().nullish(),
	group: z.boolean().nullish(),
	group_id: z.string().nullish(),
	position: z.number().nullish(),
});

const update = z.looseObject({
	id: z.string(),
	status: z.string(),
	body: z.string(),
	created_at: instant,
	display_at: instant.nullish(),
	affected_components: z
		.array(z.looseObject({ code: z.string(), name: z.string(), new_status: status }))
		.nullish(),
});

const incident = z.looseObject({
	id: z.string(),
	name: z.string(),
	status: z.string(),
	created_at: instant,
	started_at: instant.nullish(),
	resolved_at: instant.nullish(),
	impact: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']).nullish(),
	/** Scheduled maintenances carry these; incidents do not. */
	scheduled_for: instant.nullish(),
	shortlink: z.string().nullish(),
	incident_updates: z.array(update),
	components: z.array(component).nullish(),
});

const page = z.looseObject({ name: z.string(), url: z.string().nullish() });

/** One saved response: every shape carries `page` and one or more of the lists. */
const document = z
	.looseObject({
		page,
		components: z.array(component).optional(),
		incidents: z.array(incident).optional(),
		incident: incident.optional(),
		scheduled_maintenances: z.array(incident).optional(),
	})
	.refine((d) => d.components || d.incidents || d.incident || d.scheduled_maintenances, {
		error:
			'a Statuspage API v2 response: summary.json, components.json, incidents.json or incidents/<id>.json',
	});

export type StatuspageComponentData = z.output<typeof component>;
export type StatuspageIncidentData = z.output<typeof incident>;

export interface StatuspageExport {
	page: { name: string; url?: string };
	/** Every component once, in the page's order (groups included). */
	components: StatuspageComponentData[];
	/** Every incident once (the latest copy when several files hold it); maintenances are in `maintenances`. */
	incidents: StatuspageIncidentData[];
	maintenances: StatuspageIncidentData[];
	/** Where each incident (by id) was read: its file and its field there, like `incidents.3`, for problems. */
	origin: ReadonlyMap<string, { file: string; field: string }>;
}

/**
 * @param files the saved responses, each with its path (for problems) and text
 * @returns the merged export, or the problems of the files that are not Statuspage responses
 */
export function readStatuspageExport(files: readonly { file: string; text: string }[]): {
	export?: StatuspageExport;
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const components = new Map<string, StatuspageComponentData>();
	const incidents = new Map<string, StatuspageIncidentData>();
	const origin = new Map<string, { file: string; field: string }>();
	let pageData: StatuspageExport['page'] | undefined;
	for (const { file, text } of files) {
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			problems.push({
				file,
				field: '(file)',
				expected: 'JSON, as saved from a Statuspage API v2 URL',
				found: (error as Error).message,
			});
			continue;
		}
		const result = validate(document, json, file);
		if (!result.data) {
			problems.push(...result.problems);
			continue;
		}
		const d = result.data;
		pageData ??= { name: d.page.name, ...(d.page.url ? { url: d.page.url } : {}) };
		for (const c of d.components ?? []) components.set(c.id, c);
		const listed: [StatuspageIncidentData, string][] = [
			...(d.incidents ?? []).map((i, n): [StatuspageIncidentData, string] => [i, `incidents.${n}`]),
			...(d.incident ? [[d.incident, 'incident'] as [StatuspageIncidentData, string]] : []),
			...(d.scheduled_maintenances ?? []).map((i, n): [StatuspageIncidentData, string] => [
				i,
				`scheduled_maintenances.${n}`,
			]),
		];
		for (const [i, field] of listed) {
			// Incidents name their components too: in `components` (older exports lack it) and in each update.
			for (const c of i.components ?? []) if (!components.has(c.id)) components.set(c.id, c);
			for (const u of i.incident_updates)
				for (const a of u.affected_components ?? [])
					if (!components.has(a.code)) components.set(a.code, { id: a.code, name: a.name });
			const seen = incidents.get(i.id);
			if (!seen || latest(i) >= latest(seen)) {
				incidents.set(i.id, i);
				origin.set(i.id, { file, field });
			}
		}
	}
	if (problems.length > 0) return { problems };
	if (!pageData)
		return {
			problems: [
				{
					file: '(input)',
					field: '(file)',
					expected: 'at least one saved Statuspage response (*.json)',
					found: 'none',
				},
			],
		};
	const all = [...incidents.values()];
	const isMaintenance = (i: StatuspageIncidentData) =>
		i.impact === 'maintenance' || Boolean(i.scheduled_for);
	return {
		export: {
			page: pageData,
			components: [...components.values()].sort(byPosition),
			incidents: all.filter((i) => !isMaintenance(i)),
			maintenances: all.filter(isMaintenance),
			origin,
		},
		problems: [],
	};
}

/** Statuspage's order of components on the page; components without a position keep the order they were read in. */
function byPosition(a: StatuspageComponentData, b: StatuspageComponentData): number {
	return (a.position ?? Infinity) - (b.position ?? Infinity) || 0;
}

function latest(incident: StatuspageIncidentData): number {
	return Math.max(
		Date.parse(incident.created_at),
		...incident.incident_updates.map((u) => Date.parse(u.created_at))
	);
}
