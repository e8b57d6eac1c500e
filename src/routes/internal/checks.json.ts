/** `checks.json`: the check report of this build, the same JSON `firebreak check --format json` prints. */
import type { APIRoute } from 'astro';
import { checkReport } from '../../integration/site.ts';
import { formatJson } from '../../model/checks/format.ts';

export const GET: APIRoute = () =>
	new Response(formatJson(checkReport()), { headers: { 'content-type': 'application/json' } });
