/**
 * Starlight route middleware of the public site only: every page announces its feeds with `<link rel="alternate">`,
 * so browsers and feed readers find them from the page's address (`feedLinks` says which).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { publicArchive } from '../../integration/public-archive.ts';
import { feedLinks } from '../../model/public/feed.ts';

export const onRequest = defineRouteMiddleware(({ locals, url }) => {
	for (const link of feedLinks(publicArchive(), url.pathname)) {
		locals.starlightRoute.head.push({
			tag: 'link',
			attrs: { rel: 'alternate', type: link.type, title: link.title, href: link.href },
			content: '',
		});
	}
});
