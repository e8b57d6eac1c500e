import type { FeedFormat } from './types.ts';

/** The files of the Statuspage API v2, below `/api/v2/` and without `.json`. */
export type StatuspageFile =
	| 'status'
	| 'summary'
	| 'components'
	| 'incidents'
	| 'incidents/unresolved'
	| 'scheduled-maintenances'
	| 'scheduled-maintenances/upcoming'
	| 'scheduled-maintenances/active';

/** The file extension of each feed format: RSS keeps the `.xml` its first URLs had. */
export const FEED_EXTENSION: Record<FeedFormat, string> = {
	rss: 'xml',
	atom: 'atom',
	json: 'json',
};

const componentAnchor = (componentId: string) => `component-${componentId}`;

/** The URL of every page and file of the public site, owned here once (the internal site's are in `../urls.ts`). */
export const publicUrls = {
	home: () => '/',
	/** A component's section on the home page: its anchor, and the URL that leads to it. */
	componentAnchor,
	homeComponent: (componentId: string) => `/#${componentAnchor(componentId)}`,
	history: () => '/history/',
	month: (month: string) => `/history/#${month}`,
	incident: (id: string) => `/incidents/${id}/`,
	postmortems: () => '/postmortems/',
	postmortem: (id: string) => `/postmortems/${id}/`,
	maintenance: (id: string) => `/maintenance/${id}/`,
	feed: (format: FeedFormat = 'rss') => `/feed.${FEED_EXTENSION[format]}`,
	componentFeed: (componentId: string, format: FeedFormat = 'rss') =>
		`/feeds/${componentId}.${FEED_EXTENSION[format]}`,
	/** Netlify's and Cloudflare Pages' header rules (`model/public/headers.ts`). */
	headers: () => '/_headers',
	api: (file: StatuspageFile) => `/api/v2/${file}.json`,
};
