/**
 * The sidebar of each site, by section. Only section links, never one link per entry: Starlight renders the sidebar
 * into every page, so per-entry links would make each page grow with the whole handbook.
 */
import { publicUrls } from '../model/public/urls.ts';
import { urls } from '../model/urls.ts';
import { DOCS_PAGES } from './docs.ts';
import type { SiteName } from './options.ts';

type SidebarItem =
	| { label: string; link: string }
	| { label: string; items: SidebarItem[]; collapsed?: boolean }
	| { autogenerate: { directory: string } };

/**
 * @param guidesDir the guides folder relative to the project root: Starlight's autogenerate matches entries by their
 * file path from the root (`content/guides`), not by their id, when the collection lives outside src/content/docs.
 */
export function sidebarFor(site: SiteName, guidesDir: string | undefined): SidebarItem[] {
	if (site === 'public') {
		return [
			{ label: 'Current status', link: publicUrls.home() },
			{ label: 'Incident history', link: publicUrls.history() },
			{ label: 'Postmortems', link: publicUrls.postmortems() },
		];
	}
	return [
		{
			label: 'Respond',
			items: [
				{ label: 'Start here', link: urls.home() },
				{ label: 'Severity ladder', link: urls.severities() },
				{ label: 'Incident SOP (print)', link: urls.sop() },
				{ label: 'Comms templates', link: urls.comms() },
				{ label: 'On call', link: urls.onCall() },
			],
		},
		{
			label: 'Know the system',
			items: [
				{ label: 'Runbooks', link: urls.runbooks() },
				{ label: 'Alerts', link: urls.alerts() },
				{ label: 'Services', link: urls.services() },
			],
		},
		{
			label: 'Learn',
			items: [
				{ label: 'Incident log', link: urls.incidents() },
				{ label: 'Postmortems', link: urls.postmortems() },
			],
		},
		{
			label: 'Follow up',
			items: [
				{ label: 'Action items', link: urls.actionItems() },
				{ label: 'Checks', link: urls.checks() },
				{ label: 'Readiness', link: urls.readiness() },
				{ label: 'Insights', link: urls.insights() },
			],
		},
		...(guidesDir
			? [{ label: 'Guides', items: [{ autogenerate: { directory: guidesDir } }] }]
			: []),
		{
			label: 'Firebreak',
			collapsed: true,
			items: DOCS_PAGES.map(({ page, label }) => ({ label, link: urls.docs(page) })),
		},
	];
}
