/**
 * The public archive in the shape of Statuspage's public API v2 (https://developer.statuspage.io/, "Status API" at
 * `<page>/api/v2/*.json`), so that tools already reading a Statuspage page can read ours. Field names and enums are
 * Statuspage's; fields we have no data for carry Statuspage's documented empty values (`null`, `false`, `[]`).
 */
import { isoInZone } from '../time.ts';
import type { ComponentStatus } from '../status/impact.ts';
import {
	rollupStatus,
	type PageIndicator,
	type PublicComponentStatus,
} from '../status/maintenance.ts';
import { startOfDay } from '../time.ts';
import { slugify } from './render-body.ts';
import type { PublicArchive, PublicComponent, PublicIncident, PublicMaintenance } from './types.ts';
import { absoluteUrl } from '../urls.ts';
import type { StatuspageFile } from './urls.ts';

interface StatuspagePage {
	id: string;
	name: string;
	url: string;
	time_zone: string;
	updated_at: string;
}

export interface StatuspageComponent {
	id: string;
	name: string;
	status: PublicComponentStatus;
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

export interface StatuspageIncidentUpdate<Status = PublicIncident['updates'][number]['status']> {
	id: string;
	status: Status;
	body: string;
	incident_id: string;
	created_at: string;
	updated_at: string;
	display_at: string;
	affected_components: {
		code: string;
		name: string;
		old_status: PublicComponentStatus;
		new_status: PublicComponentStatus;
	}[];
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

/**
 * A scheduled maintenance: on Statuspage an incident with `impact: maintenance` and its window. Field names, their
 * order and values follow saved responses of real pages (`tests/fixtures/statuspage-maintenance/`): `started_at` is
 * when it was created (announced), not the window; `resolved_at` is its completion; `monitoring_at` stays null.
 */
export interface StatuspageMaintenance extends Omit<
	StatuspageIncident,
	'status' | 'impact' | 'incident_updates'
> {
	status: PublicMaintenance['status'];
	impact: 'maintenance';
	incident_updates: StatuspageIncidentUpdate<PublicMaintenance['status']>[];
	scheduled_for: string;
	scheduled_until: string;
}

/** @returns every document of `/api/v2/`, keyed by its path below it (without `.json`). */
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
	for (const c of archive.components)
		if (c.group) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
	const groupId = (name: string) => `group-${slugify(name)}`;
	const components: StatuspageComponent[] = [
		...archive.components.map((c) => component(c, c.group ? groupId(c.group) : null)),
		...[...groups].map(([name, members], i) => ({
			...component(
				{
					...members[0]!,
					id: groupId(name),
					name,
					position: archive.components.length + i + 1,
					status: rollupStatus(members.map((m) => m.status)),
				},
				null
			),
			description: null,
			group: true,
			components: members.map((m) => m.id),
		})),
	];
	const byId = new Map(components.map((c) => [c.id, c]));

	// Statuspage's update objects, newest first as ours are; each says how every affected component changed with it.
	const updatesOf = <
		U extends { id: string; status: string; body: string; at: Date },
		C extends { id: string; name: string },
	>(
		entryId: string,
		updates: readonly U[],
		affected: readonly C[],
		statusAfter: (update: U, component: C) => PublicComponentStatus
	): StatuspageIncidentUpdate<U['status']>[] => {
		let previous = new Map<string, PublicComponentStatus>(
			affected.map((c) => [c.id, 'operational'])
		);
		const oldestFirst = [...updates].reverse().map((u) => {
			const next = new Map(affected.map((c) => [c.id, statusAfter(u, c)]));
			const update: StatuspageIncidentUpdate<U['status']> = {
				id: u.id,
				status: u.status,
				body: u.body,
				incident_id: entryId,
				created_at: at(u.at),
				updated_at: at(u.at),
				display_at: at(u.at),
				affected_components: affected.map((c) => ({
					code: c.id,
					name: c.name,
					old_status: previous.get(c.id)!,
					new_status: next.get(c.id)!,
				})),
				deliver_notifications: true,
				custom_tweet: null,
				tweet_id: null,
			};
			previous = next;
			return update;
		});
		return oldestFirst.reverse();
	};

	const incident = (i: PublicIncident): StatuspageIncident => {
		// A resolving update puts every component back to operational; any other shows the incident's impact.
		const incidentUpdates = updatesOf(i.id, i.updates, i.components, (u, c) =>
			u.status === 'resolved' ? 'operational' : (c.impact as ComponentStatus)
		);
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
			incident_updates: incidentUpdates,
			components: i.components.map((c) => byId.get(c.id)!).filter(Boolean),
		};
	};

	const maintenance = (m: PublicMaintenance): StatuspageMaintenance => {
		// Components go under maintenance when the work starts and back to operational when it is completed.
		const during: Record<PublicMaintenance['status'], PublicComponentStatus> = {
			scheduled: 'operational',
			in_progress: 'under_maintenance',
			verifying: 'under_maintenance',
			completed: 'operational',
		};
		const incidentUpdates = updatesOf(m.id, m.updates, m.components, (u) => during[u.status]);
		return {
			id: m.id,
			name: m.title,
			status: m.status,
			created_at: at(m.createdAt),
			updated_at: at(m.updatedAt),
			monitoring_at: null,
			resolved_at: m.completedAt ? at(m.completedAt) : null,
			impact: 'maintenance',
			shortlink: absoluteUrl(archive.url, m.url),
			started_at: at(m.createdAt),
			page_id: page.id,
			incident_updates: incidentUpdates,
			components: m.components.map((c) => byId.get(c.id)!).filter(Boolean),
			scheduled_for: at(m.scheduledFor),
			scheduled_until: at(m.scheduledUntil),
		};
	};

	const incidents = archive.incidents.map(incident);
	const unresolved = incidents.filter((i) => i.resolved_at === null);
	const maintenances = archive.maintenances.map(maintenance);
	const upcoming = maintenances.filter((m) => m.status === 'scheduled');
	const active = maintenances.filter((m) => m.status === 'in_progress' || m.status === 'verifying');
	const status: { indicator: PageIndicator; description: string } = {
		indicator: archive.status.indicator,
		description: archive.status.description,
	};
	return {
		status: { page, status },
		components: { page, components },
		incidents: { page, incidents },
		'incidents/unresolved': { page, incidents: unresolved },
		'scheduled-maintenances': { page, scheduled_maintenances: maintenances },
		'scheduled-maintenances/upcoming': { page, scheduled_maintenances: upcoming },
		'scheduled-maintenances/active': { page, scheduled_maintenances: active },
		// Statuspage's summary lists the maintenances still ahead or under way.
		summary: {
			page,
			components,
			incidents: unresolved,
			scheduled_maintenances: [...active, ...upcoming],
			status,
		},
	} satisfies Record<StatuspageFile, unknown>;
}
