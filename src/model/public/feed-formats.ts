/**
 * A public feed written as RSS 2.0, Atom 1.0 (RFC 4287) or JSON Feed 1.1, with the elements of Statuspage's
 * `history.rss`/`history.atom` plus what they lack: `lastBuildDate`, `atom:link rel="self"`, an item per update.
 * XML goes through fast-xml-parser's builder, which escapes every text and attribute; item HTML is escaped for HTML
 * before that (`feed.ts`), so a reader that renders it shows an update's `<img onerror>` as text.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { isoInZone } from '../time.ts';
import { FEED_MEDIA_TYPE } from './feed.ts';
import type { FeedFormat, PublicFeed } from './types.ts';

const LANGUAGE = 'en';

const xml = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	format: true,
	indentBy: '  ',
	suppressEmptyNode: true,
	suppressBooleanAttributes: false,
});

/** Characters XML 1.0 does not allow at all, escaped or not: dropped rather than making the whole feed unreadable. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** @returns the feed as the file the site serves in `format`. */
export function feedDocument(feed: PublicFeed, format: FeedFormat, timeZone: string): string {
	if (format === 'json') return `${JSON.stringify(jsonFeed(feed, timeZone), null, 2)}\n`;
	const tree = format === 'rss' ? rss(feed) : atom(feed, timeZone);
	return `${xml.build({ '?xml': { '@version': '1.0', '@encoding': 'UTF-8' }, ...tree })}`.replace(
		NOT_XML,
		''
	);
}

function rss(feed: PublicFeed) {
	const date = (d: Date) => d.toUTCString();
	return {
		rss: {
			'@version': '2.0',
			'@xmlns:atom': 'http://www.w3.org/2005/Atom',
			channel: {
				title: feed.title,
				link: feed.pageUrl,
				description: feed.description,
				language: LANGUAGE,
				pubDate: date(feed.updatedAt),
				lastBuildDate: date(feed.updatedAt),
				'atom:link': { '@href': feed.urls.rss, '@rel': 'self', '@type': FEED_MEDIA_TYPE.rss },
				item: feed.items.map((item) => ({
					title: item.title,
					link: item.url,
					description: item.html,
					pubDate: date(item.at),
					guid: { '@isPermaLink': String(item.id === item.url), '#text': item.id },
					category: item.components.map((c) => c.name),
				})),
			},
		},
	};
}

function atom(feed: PublicFeed, timeZone: string) {
	const date = (d: Date) => isoInZone(d, timeZone);
	return {
		feed: {
			'@xmlns': 'http://www.w3.org/2005/Atom',
			'@xml:lang': LANGUAGE,
			id: feed.urls.atom,
			link: [
				{ '@rel': 'alternate', '@type': 'text/html', '@href': feed.pageUrl },
				{ '@rel': 'self', '@type': FEED_MEDIA_TYPE.atom, '@href': feed.urls.atom },
			],
			title: feed.title,
			subtitle: feed.description,
			updated: date(feed.updatedAt),
			author: { name: feed.author.name, uri: feed.author.url },
			entry: feed.items.map((item) => ({
				id: item.id,
				published: date(item.at),
				updated: date(item.at),
				link: { '@rel': 'alternate', '@type': 'text/html', '@href': item.url },
				title: item.title,
				category: item.components.map((c) => ({ '@term': c.id, '@label': c.name })),
				content: { '@type': 'html', '#text': item.html },
			})),
		},
	};
}

function jsonFeed(feed: PublicFeed, timeZone: string) {
	const date = (d: Date) => isoInZone(d, timeZone);
	return {
		version: 'https://jsonfeed.org/version/1.1',
		title: feed.title,
		home_page_url: feed.pageUrl,
		feed_url: feed.urls.json,
		description: feed.description,
		language: LANGUAGE,
		authors: [{ name: feed.author.name, url: feed.author.url }],
		items: feed.items.map((item) => ({
			id: item.id,
			url: item.url,
			title: item.title,
			content_html: item.html,
			content_text: item.text,
			date_published: date(item.at),
			date_modified: date(item.at),
			tags: item.components.map((c) => c.name),
			// JSON Feed's extension convention (a key starting with `_`): what a chat integration filters on.
			_firebreak: {
				incident_id: item.incident.id,
				status: item.status,
				impact: item.incident.impact,
				components: item.components.map((c) => c.id),
			},
		})),
	};
}
