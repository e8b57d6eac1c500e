/**
 * The sidebar of each site, by section. Only section links, never one link per entry: Starlight renders the sidebar
 * into every page, so per-entry links would make each page grow with the whole handbook.
 */
import { urls } from '../model/urls.ts';
import type { SiteName } from './site.ts';

type SidebarItem =
	| { label: string; link: string }
	| { label: string; items: SidebarItem[]; collapsed?: boolean }
	| { autogenerate: { directory: string } };

export function sidebarFor(site: SiteName, hasGuides: boolean): SidebarItem[] {
	if (site === 'public') return [];
	return [
		{
			label: 'Respond',
			items: [
				{ label: 'Start here', link: urls.home() },
				{ label: 'Severity ladder', link: urls.severities() },
			],
		},
		{
			label: 'Know the system',
			items: [
				{ label: 'Runbooks', link: urls.runbooks() },
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
		...(hasGuides ? [{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] }] : []),
	];
}
