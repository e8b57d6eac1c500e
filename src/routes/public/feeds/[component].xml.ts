/** `/feeds/<component>.xml`: RSS of the public incidents and maintenance windows of one component. */
import type { APIContext } from 'astro';
import { publicArchive } from '../../../integration/public-archive.ts';
import { incidentFeed } from '../incident-feed.ts';
import { maintenanceFeedItems } from '../maintenance-feed.ts';

export function getStaticPaths() {
	return publicArchive().components.map((component) => ({ params: { component: component.id } }));
}

export function GET(context: APIContext) {
	const archive = publicArchive();
	const component = archive.components.find((c) => c.id === context.params.component)!;
	const incidents = archive.incidents.filter((incident) => incident.components.some((c) => c.id === component.id));
	const maintenances = archive.maintenances.filter((maintenance) => maintenance.components.some((c) => c.id === component.id));
	return incidentFeed(context, archive, `${archive.name}: ${component.name} incidents`, incidents, maintenanceFeedItems(archive, maintenances));
}
