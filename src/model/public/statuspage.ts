/**
 * The public archive in the shape of Statuspage's public API v2 (https://developer.statuspage.io/, "Status API" at
 * `<page>/api/v2/*.json`), so that tools already reading a Statuspage page can read ours. Field names and enums are
 * Statuspage's; fields we have no data for carry Statuspage's documented empty values (`null`, `false`, `[]`).
 */
import { isoInZone } from '../time.ts';
import { worst, type ComponentStatus } from '../status/impact.ts';
import { startOfDay } from '../time.ts';
import { slugify } from './render-body.ts';
import type { PublicArchive, PublicComponent, PublicIncident } from './types.ts';
import { absoluteUrl } from '../urls.ts';

export interface StatuspagePage {
	id: string;
	name: string;
	url: string;
	time_zone: string;
	updated_at: string;
}

export interface StatuspageComponent {
	id: string;
	name: string;
	status: ComponentStatus;
	created_at: string;
	updated_at: string;
	position: number;
	description: string | null;
	showcase: boolean;
	start_date: string | null;
	group_id: string | null;
	page_id: string;
	group: boolean;
	only_show_if_degraded: boolean;
	/** Only on group components: the ids of their members. */
	components?: string[];
}

export interface StatuspageIncidentUpdate {
	id: string;
	status: PublicIncident['updates'][number]['status'];
	body: string;
	incident_id: string;
	created_at: string;
	updated_at: string;
	display_at: string;
	affected_components: { code: string; name: string; old_status: ComponentStatus; new_status: ComponentStatus }[];
	deliver_notifications: boolean;
	custom_tweet: null;
	tweet_id: null;
}

export interface StatuspageIncident {
	id: string;
	name: string;
	status: PublicIncident['status'];
	created_at: string;
	updated_at: string;
	monitoring_at: string | null;
	resolved_at: string | null;
	impact: PublicIncident['impact'];
	shortlink: string;
	started_at: string;
	page_id: string;
	incident_updates: StatuspageIncidentUpdate[];
	components: StatuspageComponent[];
}

/** @returns the five documents of `/api/v2/`, keyed by their path below it. */
export function statuspageApi(archive: PublicArchive) {
	const at = (date: Date) => isoInZone(date, archive.timeZone);
	const page: StatuspagePage = {
		id: slugify(archive.name),
		name: archive.name,
		url: archive.url,
		time_zone: archive.timeZone,
		updated_at: at(archive.updatedAt),
	};
	const historyStart = archive.components[0]?.days[0]?.day ?? archive.today;
	const component = (c: PublicComponent, groupId: string | null): StatuspageComponent => ({
		id: c.id,
		name: c.name,
		status: c.status,
		// We keep no creation date; the start of the history we publish is the honest lower bound.
		created_at: at(startOfDay(historyStart, archive.timeZone)),
		updated_at: at(archive.updatedAt),
		position: c.position,
		description: c.description ?? null,
		showcase: true,
		start_date: historyStart,
		group_id: groupId,
		page_id: page.id,
		group: false,
		only_show_if_degraded: false,
	});

	const groups = new Map<string, PublicComponent[]>();
	for (const c of archive.components) if (c.group) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
	const groupId = (name: string) => `group-${slugify(name)}`;
	const components: StatuspageComponent[] = [
		...archive.components.map((c) => component(c, c.group ? groupId(c.group) : null)),
		...[...groups].map(([name, members], i) => ({
			...component({ ...members[0]!, id: groupId(name), name, position: archive.components.length + i + 1, status: worst(members.map((m) => m.status)) }, null),
			description: null,
			group: true,
			components: members.map((m) => m.id),
		})),
	];
	const byId = new Map(components.map((c) => [c.id, c]));

	const incident = (i: PublicIncident): StatuspageIncident => {
		let previous = new Map(i.components.map((c) => [c.id, 'operational' as ComponentStatus]));
		const oldestFirst = [...i.updates].reverse().map((u) => {
			const next = new Map(i.components.map((c) => [c.id, (u.status === 'resolved' ? 'operational' : c.impact) as ComponentStatus]));
			const update: StatuspageIncidentUpdate = {
				id: u.id,
				status: u.status,
				body: u.body,
				incident_id: i.id,
				created_at: at(u.at),
				updated_at: at(u.at),
				display_at: at(u.at),
				affected_components: i.components.map((c) => ({ code: c.id, name: c.name, old_status: previous.get(c.id)!, new_status: next.get(c.id)! })),
				deliver_notifications: true,
				custom_tweet: null,
				tweet_id: null,
			};
			previous = next;
			return update;
		});
		return {
			id: i.id,
			name: i.title,
			status: i.status,
			created_at: at(i.startedAt),
			updated_at: at(i.updatedAt),
			monitoring_at: i.monitoringAt ? at(i.monitoringAt) : null,
			resolved_at: i.resolvedAt ? at(i.resolvedAt) : null,
			impact: i.impact,
			shortlink: absoluteUrl(archive.url, i.url),
			started_at: at(i.startedAt),
			page_id: page.id,
			incident_updates: oldestFirst.reverse(),
			components: i.components.map((c) => byId.get(c.id)!).filter(Boolean),
		};
	};

	const incidents = archive.incidents.map(incident);
	const unresolved = incidents.filter((i) => i.resolved_at === null);
	const status = { indicator: archive.status.indicator, description: archive.status.description };
	return {
		status: { page, status },
		components: { page, components },
		incidents: { page, incidents },
		'incidents/unresolved': { page, incidents: unresolved },
		summary: { page, components, incidents: unresolved, scheduled_maintenances: [], status },
	};
}

export type StatuspageApi = ReturnType<typeof statuspageApi>;
