/**
 * Starlight route middleware for the `<head>` of every page of both sites.
 *
 * - Starlight writes head entries with `set:html` and builds the `<title>` from the page title and the site title
 *   unescaped: fine for docs authors, not for an incident titled `</title><script>...`. Titles here are user-written
 *   (and on the public site, customer-facing), so the title is escaped.
 * - Starlight gives its 404 page a canonical URL (and `og:url`) of `/404/`, a page that does not exist (it is
 *   `404.html`): a not-found page has no canonical address, so both are dropped.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from '../model/public/escape.ts';

export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;
	for (const entry of route.head) if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
	if (route.id === '404') {
		route.head = route.head.filter((entry) => entry.attrs?.rel !== 'canonical' && entry.attrs?.property !== 'og:url');
	}
});
