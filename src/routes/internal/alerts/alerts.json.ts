/** `alerts.json`: alert name → `{ runbook, title, service, owner }`, for alert pipelines and chat bots. */
import type { APIRoute } from 'astro';
import { handbook } from '../../../integration/site.ts';
import { alertRunbookMap } from '../../../model/alerts/catalog.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(alertRunbookMap(handbook()), null, 2)}\n`, {
		headers: { 'content-type': 'application/json' },
	});
