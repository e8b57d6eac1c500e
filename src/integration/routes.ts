/**
 * Which pages each site has. Routes live outside `src/pages` and are injected per site, so an internal page cannot
 * exist in the public build by accident: a route not listed for a site is never built there.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteName } from './options.ts';

export interface SiteRoute {
	pattern: string;
	/** Absolute path: the pages ship with Firebreak, while Astro's root is the handbook's repository. */
	entrypoint: string;
}

const ROUTES_DIR = fileURLToPath(new URL('../routes/', import.meta.url));
const internal = (pattern: string, file: string): SiteRoute => ({
	pattern,
	entrypoint: join(ROUTES_DIR, 'internal', file),
});
const publicRoute = (pattern: string, file: string): SiteRoute => ({
	pattern,
	entrypoint: join(ROUTES_DIR, 'public', file),
});

export const ROUTES: Record<SiteName, SiteRoute[]> = {
	internal: [
		internal('/', 'index.astro'),
		internal('/severity', 'severity.astro'),
		internal('/runbooks', 'runbooks/index.astro'),
		internal('/runbooks/[...id]', 'runbooks/[...id].astro'),
		internal('/alerts', 'alerts/index.astro'),
		internal('/alerts.json', 'alerts/alerts.json.ts'),
		internal('/_redirects', 'alerts/host-redirects.ts'),
		internal('/services', 'services/index.astro'),
		internal('/services/[id]', 'services/[id].astro'),
		internal('/incidents', 'incidents/index.astro'),
		internal('/incidents/[id]', 'incidents/[id].astro'),
		internal('/postmortems', 'postmortems/index.astro'),
		internal('/postmortems/[id]', 'postmortems/[id].astro'),
		internal('/action-items', 'action-items.astro'),
		internal('/checks', 'checks.astro'),
		internal('/checks.json', 'checks.json.ts'),
		internal('/readiness', 'readiness.astro'),
		internal('/insights', 'insights.astro'),
		internal('/sop', 'sop.astro'),
		internal('/comms', 'comms.astro'),
		internal('/on-call', 'on-call.astro'),
		internal('/firebreak/[...page]', 'firebreak/[...page].astro'),
	],
	public: [
		publicRoute('/', 'index.astro'),
		publicRoute('/history', 'history.astro'),
		publicRoute('/incidents/[id]', 'incidents/[id].astro'),
		publicRoute('/postmortems', 'postmortems/index.astro'),
		publicRoute('/postmortems/[id]', 'postmortems/[id].astro'),
		publicRoute('/feed.[format]', 'feed.ts'),
		publicRoute('/feeds/[component].[format]', 'feeds/[component].[format].ts'),
		publicRoute('/api/v2/status.json', 'api/v2/status.json.ts'),
		publicRoute('/api/v2/summary.json', 'api/v2/summary.json.ts'),
		publicRoute('/api/v2/components.json', 'api/v2/components.json.ts'),
		publicRoute('/api/v2/incidents.json', 'api/v2/incidents.json.ts'),
		publicRoute('/api/v2/incidents/unresolved.json', 'api/v2/incidents/unresolved.json.ts'),
		publicRoute('/maintenance/[id]', 'maintenance/[id].astro'),
		publicRoute('/api/v2/scheduled-maintenances.json', 'api/v2/scheduled-maintenances.json.ts'),
		publicRoute(
			'/api/v2/scheduled-maintenances/upcoming.json',
			'api/v2/scheduled-maintenances/upcoming.json.ts'
		),
		publicRoute(
			'/api/v2/scheduled-maintenances/active.json',
			'api/v2/scheduled-maintenances/active.json.ts'
		),
	],
};

/** The dev server renders cards on request; a build writes them itself (src/og/site-cards.ts). */
export const DEV_CARD_ROUTE: Record<SiteName, SiteRoute> = {
	internal: internal('/og/[...card].png', 'og/[...card].png.ts'),
	public: publicRoute('/og/[...card].png', 'og/[...card].png.ts'),
};
