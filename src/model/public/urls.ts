/** The URL of every page and file of the public site, owned here once (the internal site's are in `../urls.ts`). */
export const publicUrls = {
	home: () => '/',
	history: () => '/history/',
	month: (month: string) => `/history/#${month}`,
	incident: (id: string) => `/incidents/${id}/`,
	postmortems: () => '/postmortems/',
	postmortem: (id: string) => `/postmortems/${id}/`,
	feed: () => '/feed.xml',
	componentFeed: (componentId: string) => `/feeds/${componentId}.xml`,
	api: (file: 'status' | 'summary' | 'components' | 'incidents' | 'incidents/unresolved') => `/api/v2/${file}.json`,
};
