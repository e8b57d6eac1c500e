/**
 * Site rules: the internal handbook and the public status site live apart. On one registrable domain (`acme.com`),
 * a cookie set for `Domain=acme.com` (an SSO session, say) reaches both, each site counts as "same-site" for the
 * other's SameSite cookies, and on one host the two are one origin, whose scripts read each other's pages.
 */
import { getDomain } from 'tldts';
import type { RawFinding, Rule } from './types.ts';

export const siteRules: Rule[] = [
	{
		id: 'sites-same-domain',
		defaultLevel: 'warn',
		summary:
			'`sites.internal` and `sites.public` are on different registrable domains (the Firebreak manual, "Deployment").',
		fix: 'Serve the handbook from a domain of its own (`acme-handbook.com`, an internal zone), or keep the two on separate hosts and scope every cookie to its host (the Firebreak manual, "Deployment").',
		check: ({ handbook }) => {
			const internal = new URL(handbook.config.sites.internal);
			const publicSite = new URL(handbook.config.sites.public);
			// Browsers scope cookies by the whole Public Suffix List, its private section (`github.io`) included.
			const registrable = (url: URL) => getDomain(url.hostname, { allowPrivateDomains: true });
			const domain = registrable(internal);
			if (
				internal.hostname !== publicSite.hostname &&
				(domain === null || domain !== registrable(publicSite))
			)
				return [];
			const finding: RawFinding = {
				file: 'handbook.yaml',
				field: 'sites.internal',
				message:
					internal.host === publicSite.host
						? `${internal.host} serves both sites: one origin, so a script on either page reads the other's, and the handbook's cookies reach the public site`
						: `${internal.hostname} and ${publicSite.hostname} share the registrable domain ${domain}: cookies set for ${domain} reach both, and each is same-site for the other`,
			};
			return [finding];
		},
	},
];
