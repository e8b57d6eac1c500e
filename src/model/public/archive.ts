/** The whole public archive of a handbook: what the public site's pages, feeds and API are made from. */
import type { Handbook } from '../handbook.ts';
import { pageStatus } from '../status/maintenance.ts';
import { startOfDay } from '../time.ts';
import {
	createProjection,
	toPublicComponent,
	toPublicIncident,
	toPublicPostmortem,
} from './project.ts';
import { toPublicMaintenance } from './maintenance.ts';
import type {
	PublicArchive,
	PublicIncident,
	PublicMaintenance,
	PublicPostmortem,
} from './types.ts';

/**
 * @param today the build's day (`YYYY-MM-DD`), from the injected clock
 * @returns the public archive; only public entries, every string redacted
 */
export function buildPublicArchive(handbook: Handbook, today: string): PublicArchive {
	const projection = createProjection(handbook, today);
	const { config } = handbook;
	const incidents: PublicIncident[] = [];
	for (const incident of handbook.incidents.values()) {
		const projected = toPublicIncident(projection, incident);
		if (projected) incidents.push(projected);
	}
	const postmortems: PublicPostmortem[] = [];
	for (const postmortem of handbook.postmortems.values()) {
		const projected = toPublicPostmortem(projection, postmortem);
		if (projected) postmortems.push(projected);
	}
	const maintenances: PublicMaintenance[] = [];
	for (const maintenance of handbook.maintenances.values()) {
		const projected = toPublicMaintenance(projection, maintenance);
		if (projected) maintenances.push(projected);
	}
	const components = config.components.map((component) =>
		toPublicComponent(projection, component, incidents, maintenances)
	);
	const latest = Math.max(
		startOfDay(today, config.org.timezone).getTime(),
		...[...incidents, ...maintenances].map((i) => i.updatedAt.getTime())
	);
	return {
		name: projection.redactor.redact(config.org.name),
		url: config.sites.public,
		timeZone: config.org.timezone,
		today,
		asOf: projection.asOf,
		updatedAt: new Date(latest),
		staleAfterHours: config.staleAfterHours.public,
		status: pageStatus(components.map((c) => c.status)),
		components,
		incidents,
		postmortems,
		maintenances,
	};
}
