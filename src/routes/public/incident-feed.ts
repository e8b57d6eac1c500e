/**
 * The RSS feed of a list of public incidents. `@astrojs/rss` escapes every text for XML; a description is HTML to feed
 * readers (RSS 2.0), so its text is escaped for HTML first, or an update body's `<img onerror>` would run in them.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { PublicArchive, PublicIncident } from '../../model/public/types.ts';
import { escapeHtml } from '../../model/public/escape.ts';
import { absoluteUrl } from '../../model/urls.ts';
import { formatTimestamp } from '../../model/time.ts';

/**
 * @param more items of other kinds, after the incidents (maintenance windows: `maintenance-feed.ts`)
 * @returns the feed as a Response; each item is an incident with its latest update as description.
 */
export function incidentFeed(context: APIContext, archive: PublicArchive, title: string, incidents: readonly PublicIncident[], more: readonly RSSFeedItem[] = []) {
	return rss({
		title,
		description: `Incidents reported on the ${archive.name} status page.`,
		site: context.site ?? archive.url,
		items: [
			...incidents.map((incident): RSSFeedItem => {
				const latest = incident.updates[0];
				return {
					title: incident.title,
					link: absoluteUrl(archive.url, incident.url),
					pubDate: incident.startedAt,
					description: escapeHtml(latest ? `${latest.status} (${formatTimestamp(latest.at, archive.timeZone)}): ${latest.body}` : `${incident.impact} impact, ${incident.status}`),
					categories: incident.components.map((c) => c.name),
				};
			}),
			...more,
		],
	});
}
