/**
 * The Firebreak integration: Starlight configured from handbook.yaml, plus our own hooks that refuse invalid content
 * and inject the routes of the site being built. Listed after Starlight so its `astro:build:done` runs after Pagefind.
 */
import starlight from '@astrojs/starlight';
import type { AstroIntegration } from 'astro';
import { formatProblems } from '../model/problems.ts';
import { ROUTES } from './routes.ts';
import { sidebarFor } from './sidebar.ts';
import { siteContext, type SiteContext } from './site.ts';

/** @returns the integrations of the site named by `FIREBREAK_SITE`. */
export function firebreak(context: SiteContext = siteContext()): AstroIntegration[] {
	const { handbook } = context;
	const orgName = handbook?.config.org.name ?? 'Firebreak';
	return [
		starlight({
			title: context.site === 'internal' ? `${orgName} Handbook` : `${orgName} Status`,
			sidebar: sidebarFor(context.site, (handbook?.guides.size ?? 0) > 0),
			markdown: { processedDirs: [context.contentDir] },
			customCss: ['./src/styles/firebreak.css'],
			pagination: false,
		}),
		{
			name: 'firebreak',
			hooks: {
				'astro:config:setup': ({ injectRoute }) => {
					if (!handbook) throw new Error(`\n${formatProblems(context.problems)}`);
					for (const route of ROUTES[context.site]) injectRoute({ ...route, prerender: true });
				},
			},
		},
	];
}
