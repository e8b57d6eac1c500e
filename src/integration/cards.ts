/**
 * The Open Graph cards as pages reach them: the `<head>` entries of each page's card and the dev server's card
 * endpoints. Pages go through here, not to `og/`, so the integration stays the one way into the card renderer.
 */
import type { Handbook, Incident, Postmortem, Runbook } from '../model/handbook.ts';
import type { PublicArchive, PublicIncident, PublicPostmortem } from '../model/public/types.ts';
import { cardEndpoint } from '../og/endpoint.ts';
import { cardHead, siteCardHead, type HeadEntry } from '../og/head.ts';
import { incidentCard, internalCards, postmortemCard, runbookCard } from '../og/internal-cards.ts';
import {
	publicCards,
	publicIncidentCard,
	publicPostmortemCard,
	publicSiteCard,
} from '../og/public-cards.ts';
import { publicArchive } from './public-archive.ts';
import { handbook } from './site.ts';

/** The card `<head>` entries of the internal site's entry pages. */
export const internalCardHead = {
	incident: (hb: Handbook, incident: Incident): HeadEntry[] =>
		cardHead(hb.config.sites.internal, 'incidents', incident.id, incidentCard(hb, incident)),
	postmortem: (hb: Handbook, postmortem: Postmortem): HeadEntry[] =>
		cardHead(
			hb.config.sites.internal,
			'postmortems',
			postmortem.id,
			postmortemCard(hb, postmortem)
		),
	runbook: (hb: Handbook, runbook: Runbook): HeadEntry[] =>
		cardHead(hb.config.sites.internal, 'runbooks', runbook.id, runbookCard(hb, runbook)),
};

/** The card `<head>` entries of the public site's pages: its own pages share the site card. */
export const publicCardHead = {
	site: (archive: PublicArchive): HeadEntry[] => siteCardHead(archive.url, publicSiteCard(archive)),
	incident: (archive: PublicArchive, incident: PublicIncident): HeadEntry[] =>
		cardHead(archive.url, 'incidents', incident.id, publicIncidentCard(archive, incident)),
	postmortem: (archive: PublicArchive, postmortem: PublicPostmortem): HeadEntry[] =>
		cardHead(archive.url, 'postmortems', postmortem.id, publicPostmortemCard(archive, postmortem)),
};

/** @returns `getStaticPaths` and `GET` of the internal site's `/og/[...card].png` route (the dev server's cards) */
export const internalCardEndpoint = () => cardEndpoint(() => internalCards(handbook()));

/** @returns `getStaticPaths` and `GET` of the public site's `/og/[...card].png` route, from public fields only */
export const publicCardEndpoint = () => cardEndpoint(() => publicCards(publicArchive()));
