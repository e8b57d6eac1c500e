/** `_redirects`: the alert links and runbook aliases as real HTTP redirects, for Netlify and Cloudflare Pages. */
import type { APIRoute } from 'astro';
import { handbook } from '../../../integration/site.ts';
import { hostRedirectsFile, redirectTable } from '../../../model/redirects.ts';

export const GET: APIRoute = () =>
	new Response(hostRedirectsFile(redirectTable(handbook())), {
		headers: { 'content-type': 'text/plain' },
	});
