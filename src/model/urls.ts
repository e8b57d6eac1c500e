/**
 * The URL of every page, owned here once: pages, sidebars, redirects, feeds and checks all ask this module, so a
 * runbook's address is never assembled by string concatenation anywhere else. Paths are site-relative with a trailing
 * slash, the form Astro's static build writes (`/runbooks/x/index.html`).
 */
export const urls = {
	home: () => '/',
	runbooks: () => '/runbooks/',
	runbook: (id: string) => `/runbooks/${id}/`,
	services: () => '/services/',
	service: (id: string) => `/services/${id}/`,
	incidents: () => '/incidents/',
	incident: (id: string) => `/incidents/${id}/`,
	postmortems: () => '/postmortems/',
	postmortem: (id: string) => `/postmortems/${id}/`,
	severities: () => '/severity/',
	severity: (id: string) => `/severity/#${id}`,
	guide: (id: string) => `/guides/${id}/`,
	/** A page of Firebreak's own manual (src/docs/); `index` is the manual's first page. */
	docs: (page: string) => (page === 'index' ? '/firebreak/' : `/firebreak/${page}/`),
	sop: () => '/sop/',
	comms: () => '/comms/',
	onCall: () => '/on-call/',
	/** The index of every alert, covered or not. */
	alerts: () => '/alerts/',
	/** The stable link target of an alert (a redirect to its runbook): what a rule's `runbook_url` points at. */
	alert: (name: string) => `/alerts/${name}/`,
	/** Alert → runbook map for alert-pipeline tooling. */
	alertsJson: () => '/alerts.json',
	/** Redirect rules in the Netlify / Cloudflare Pages format. */
	hostRedirects: () => '/_redirects',
	/** Open action items by age, escalations, completion rate. */
	actionItems: () => '/action-items/',
	/** Every finding of the policy checks, by rule. */
	checks: () => '/checks/',
	/** The check report as JSON (what `firebreak check --format json` prints). */
	checksJson: () => '/checks.json',
	/** The process scorecard against the handbook's readiness targets. */
	readiness: () => '/readiness/',
	/** The handbook over time: incidents, response times and follow-through per quarter. */
	insights: () => '/insights/',
	/** The sitemap index that Starlight's sitemap integration writes, which robots.txt points at. */
	sitemap: () => '/sitemap-index.xml',
	/** The Open Graph image of an entry (a PNG, not a page). */
	card: (kind: CardKind, id: string) => `/og/${kind}/${id}.png`,
};

/** The kinds of entries that have an Open Graph card; `site` is the card of a site's own pages (home, lists). */
export type CardKind = 'runbooks' | 'incidents' | 'postmortems' | 'site';

/** @returns `path` on the site whose base URL is `base` (a `sites.*` value of handbook.yaml). */
export function absoluteUrl(base: string, path: string): string {
	return new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`).href;
}

/** @returns whether a URL as written leads to the same place from any page: it has a scheme or starts at the root. */
export function isPageIndependent(url: string): boolean {
	return /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(url);
}
