/**
 * Starlight route middleware for the `<head>` of every page of both sites.
 *
 * - Starlight writes head entries with `set:html` and builds the `<title>` from the page title and the site title
 *   unescaped: fine for docs authors, not for an incident titled `</title><script>...`. Titles here are user-written
 *   (and on the public site, customer-facing), so the title is escaped.
 * - Starlight gives its 404 page a canonical URL (and `og:url`) of `/404/`, a page that does not exist (it is
 *   `404.html`): a not-found page has no canonical address, so both are dropped.
 * - Starlight asks every page's preview for `twitter:card` `summary_large_image`; a page without a card (`og:image`)
 *   asks for `summary` instead, which previews without a picture.
 *
 * Upstream: no withastro/starlight issue found; Starlight's Head.astro writes every entry with `set:html` and
 * dist/utils/head.js joins the titles unescaped. Guarded by upstream.test.ts.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from '../../model/public/escape.ts';

export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;
	for (const entry of route.head)
		if (entry.tag === 'title' && entry.content) entry.content = escapeHtml(entry.content);
	if (!route.head.some((entry) => entry.attrs?.property === 'og:image')) {
		for (const entry of route.head)
			if (entry.attrs?.name === 'twitter:card') entry.attrs.content = 'summary';
	}
	if (route.id === '404') {
		route.head = route.head.filter(
			(entry) => entry.attrs?.rel !== 'canonical' && entry.attrs?.property !== 'og:url'
		);
	}
});
