/** `/feed.xml`: RSS of every public incident and maintenance window. */
import type { APIContext } from 'astro';
import { publicArchive } from '../../integration/public-archive.ts';
import { incidentFeed } from './incident-feed.ts';
import { maintenanceFeedItems } from './maintenance-feed.ts';

export function GET(context: APIContext) {
	const archive = publicArchive();
	return incidentFeed(context, archive, `${archive.name} incidents`, archive.incidents, maintenanceFeedItems(archive, archive.maintenances));
}
