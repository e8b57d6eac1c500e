/** The files of the Statuspage API v2, below `/api/v2/` and without `.json`. */
export const STATUSPAGE_FILES = ['status', 'summary', 'components', 'incidents', 'incidents/unresolved', 'scheduled-maintenances', 'scheduled-maintenances/upcoming', 'scheduled-maintenances/active'] as const;
export type StatuspageFile = (typeof STATUSPAGE_FILES)[number];

/** The URL of every page and file of the public site, owned here once (the internal site's are in `../urls.ts`). */
export const publicUrls = {
	home: () => '/',
	history: () => '/history/',
	month: (month: string) => `/history/#${month}`,
	incident: (id: string) => `/incidents/${id}/`,
	postmortems: () => '/postmortems/',
	postmortem: (id: string) => `/postmortems/${id}/`,
	maintenance: (id: string) => `/maintenance/${id}/`,
	feed: () => '/feed.xml',
	componentFeed: (componentId: string) => `/feeds/${componentId}.xml`,
	api: (file: StatuspageFile) => `/api/v2/${file}.json`,
};
