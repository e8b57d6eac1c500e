/**
 * What the public feeds say: one item per customer update, in the shape of Statuspage's `history.atom`/`history.rss`
 * (an incident's trail as HTML, newest first, `<small>` time, `<strong>` status, "This incident affected: …").
 *
 * Why an item per update rather than Statuspage's one item per incident: Statuspage keeps each incident's guid and
 * only moves `<updated>`, and feed readers (and the chat apps that post feeds) dedupe on the guid/id, so the second
 * and later updates of an open incident are never shown as new. An item per update has a permanent id that nothing
 * ever rewrites, so each update arrives exactly once, in every reader, with nothing left to reinterpret.
 * Every string here comes from `Public*` values, already redacted.
 */
import { startOfDay } from '../time.ts';
import { absoluteUrl } from '../urls.ts';
import { escapeHtml } from './escape.ts';
import { affectedHtml, affectedText, paragraphs, trailHtml } from './feed-html.ts';
import { maintenanceItems } from './maintenance-feed.ts';
import type {
	FeedFormat,
	PublicArchive,
	PublicFeed,
	PublicFeedItem,
	PublicIncident,
	PublicIncidentStatus,
} from './types.ts';
import { publicUrls } from './urls.ts';

/** Items a feed keeps, newest first: weeks of updates even during a bad month, without growing with the archive. */
export const FEED_ITEM_LIMIT = 100;

export const FEED_FORMATS: readonly FeedFormat[] = ['atom', 'rss', 'json'];

const FORMAT_NAME: Record<FeedFormat, string> = { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' };

/** Media types for `<link rel="alternate">` and hosts' headers (JSON Feed's is from jsonfeed.org 1.1). */
export const FEED_MEDIA_TYPE: Record<FeedFormat, string> = {
	atom: 'application/atom+xml',
	rss: 'application/rss+xml',
	json: 'application/feed+json',
};

type Component = { id: string; name: string };

/** @returns every item of the site's feeds, from every source of news: incidents, their postmortems, maintenance windows. */
export function feedItems(archive: PublicArchive): PublicFeedItem[] {
	const postmortems = new Map(archive.postmortems.map((p) => [p.id, p]));
	const items: PublicFeedItem[] = [];
	for (const incident of archive.incidents) {
		items.push(...incidentItems(archive, incident));
		const postmortem = incident.postmortem && postmortems.get(incident.postmortem.id);
		if (postmortem) {
			const url = absoluteUrl(archive.url, postmortem.url);
			const published = postmortem.publishedAt
				? startOfDay(postmortem.publishedAt, archive.timeZone).getTime()
				: 0;
			items.push({
				id: url,
				url,
				title: `Postmortem: ${incident.title}`,
				at: new Date(Math.max(published, incident.updatedAt.getTime())),
				html: [
					`<p><strong>${escapeHtml(postmortem.title)}</strong></p>`,
					`<p>${escapeHtml(postmortem.summary)}</p>`,
					affectedHtml(incident.components),
				]
					.filter(Boolean)
					.join('\n'),
				text: paragraphs(postmortem.title, postmortem.summary),
				components: incident.components.map(({ id, name }) => ({ id, name })),
				status: 'postmortem',
				incident: { id: incident.id, impact: incident.impact },
			});
		}
	}
	for (const maintenance of archive.maintenances)
		items.push(...maintenanceItems(archive, maintenance));
	return items;
}

/**
 * @param items the items to choose from (every source's, {@link feedItems})
 * @param component the component whose feed this is; every incident's feed without
 * @returns the feed: the newest {@link FEED_ITEM_LIMIT} items (of the component), dated by the newest of them
 */
export function publicFeed(
	archive: PublicArchive,
	items: readonly PublicFeedItem[],
	component?: Component
): PublicFeed {
	const chosen = items
		.filter((item) => !component || item.components.some((c) => c.id === component.id))
		.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.slice(0, FEED_ITEM_LIMIT);
	return {
		...feedIdentity(archive, component),
		updatedAt: chosen[0]?.at ?? archive.updatedAt,
		author: { name: archive.name, url: absoluteUrl(archive.url, publicUrls.home()) },
		items: chosen,
	};
}

/** A `<link rel="alternate">` a page carries so that browsers and feed readers find its feeds. */
export interface FeedLink {
	type: string;
	title: string;
	href: string;
}

/**
 * @param path the page's site path (`/`, `/incidents/<id>/`)
 * @returns the feeds a page announces: every incident's on every page, and the feeds of the components the page is
 * about (all of them on the home page, which shows them; an incident's, its postmortem's or a maintenance's own)
 */
export function feedLinks(archive: PublicArchive, path: string): FeedLink[] {
	const about =
		archive.incidents.find((i) => i.url === path || i.postmortem?.url === path) ??
		archive.maintenances.find((m) => m.url === path);
	const components: readonly Component[] =
		path === publicUrls.home() ? archive.components : (about?.components ?? []);
	return [undefined, ...components].flatMap((component) => {
		const feed = feedIdentity(archive, component);
		return FEED_FORMATS.map((format) => ({
			type: FEED_MEDIA_TYPE[format],
			title: `${feed.title} (${FORMAT_NAME[format]})`,
			href: feed.urls[format],
		}));
	});
}

function feedIdentity(
	archive: PublicArchive,
	component?: Component
): Pick<PublicFeed, 'component' | 'title' | 'description' | 'pageUrl' | 'urls'> {
	const url = (path: string) => absoluteUrl(archive.url, path);
	const urls = Object.fromEntries(
		FEED_FORMATS.map((format) => [
			format,
			url(component ? publicUrls.componentFeed(component.id, format) : publicUrls.feed(format)),
		])
	) as Record<FeedFormat, string>;
	if (!component) {
		return {
			title: `${archive.name} Status - Incident History`,
			description: `Every update to incidents and scheduled maintenance reported on the ${archive.name} status page.`,
			pageUrl: url(publicUrls.home()),
			urls,
		};
	}
	return {
		component: { id: component.id, name: component.name },
		title: `${archive.name} Status - ${component.name} Incident History`,
		description: `Every update to incidents and scheduled maintenance that affected ${component.name}, reported on the ${archive.name} status page.`,
		pageUrl: url(publicUrls.homeComponent(component.id)),
		urls,
	};
}

/** @returns an item per customer update; an incident with none yet gets one item for its start. */
function incidentItems(archive: PublicArchive, incident: PublicIncident): PublicFeedItem[] {
	const page = absoluteUrl(archive.url, incident.url);
	const components = incident.components.map(({ id, name }) => ({ id, name }));
	const about = { id: incident.id, impact: incident.impact };
	const affected = affectedHtml(components);
	if (incident.updates.length === 0) {
		const title = `${label(incident.status)}: ${incident.title}`;
		return [
			{
				id: page,
				url: page,
				title,
				at: incident.startedAt,
				html: affected,
				text: paragraphs(title, affectedText(components)),
				components,
				status: incident.status,
				incident: about,
			},
		];
	}
	// Newest first: each update's item carries the trail up to it, as Statuspage's entries do, and so never changes.
	return incident.updates.map((update, i) => {
		const trail = incident.updates.slice(i);
		const html = trailHtml(trail, label, archive.timeZone);
		const url = `${page}#${update.id}`;
		return {
			id: url,
			url,
			title: `${label(update.status)}: ${incident.title}`,
			at: update.at,
			html: [html, affected].filter(Boolean).join('\n'),
			text: paragraphs(`${label(update.status)} - ${update.body}`, affectedText(components)),
			components,
			status: update.status,
			incident: about,
		};
	});
}

function label(status: PublicIncidentStatus): string {
	return status.charAt(0).toUpperCase() + status.slice(1);
}
