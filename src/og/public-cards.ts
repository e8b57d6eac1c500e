/**
 * What the public site's cards say. Made only from the `Public*` types (already redacted, public fields only), never
 * from the handbook: a card is a picture, so the leak scan cannot read it, and nothing internal may reach one.
 */
import type { Indicator } from '../model/status/impact.ts';
import type { PublicArchive, PublicIncident, PublicPostmortem } from '../model/public/types.ts';
import { dayIn } from '../model/time.ts';
import { urls } from '../model/urls.ts';
import type { CardInput } from './card.ts';
import { SITE_CARD_ID } from './head.ts';
import type { SiteCard } from './internal-cards.ts';

const IMPACT: Record<Indicator, { text: string; rank: number }> = {
	critical: { text: 'Critical impact', rank: 0 },
	major: { text: 'Major impact', rank: 1 },
	minor: { text: 'Minor impact', rank: 2 },
	none: { text: 'No impact', rank: 3 },
};

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** @returns the card of a public incident: impact, public title, start day and status. */
export function publicIncidentCard(archive: PublicArchive, incident: PublicIncident): CardInput {
	return {
		kind: 'Incident',
		title: incident.title,
		subtitle: `${dayIn(incident.startedAt, archive.timeZone)} · ${capitalized(incident.status)}`,
		site: `${archive.name} Status`,
		badge: IMPACT[incident.impact],
	};
}

/** @returns the card of a public postmortem: its incident's impact, title, day and components. */
export function publicPostmortemCard(
	archive: PublicArchive,
	postmortem: PublicPostmortem
): CardInput {
	const { incident } = postmortem;
	const components = incident.components.map((component) => component.name).join(', ');
	return {
		kind: 'Postmortem',
		title: postmortem.title,
		subtitle: [
			`Incident of ${dayIn(incident.startedAt, archive.timeZone)}`,
			...(components ? [components] : []),
		].join(' · '),
		site: `${archive.name} Status`,
		badge: IMPACT[incident.impact],
	};
}

/**
 * @returns the card of the site's own pages (home, history, postmortems): the name and what the site holds, never
 * the current status, which a preview cached by a chat or social network would show long after it changed
 */
export function publicSiteCard(archive: PublicArchive): CardInput {
	return {
		kind: 'Status page',
		title: archive.name,
		subtitle: 'Current status, incident history and postmortems',
		site: `${archive.name} Status`,
	};
}

/** @returns every card of the public site, keyed by public ids. */
export function publicCards(archive: PublicArchive): SiteCard[] {
	return [
		{ kind: 'site', id: SITE_CARD_ID, input: publicSiteCard(archive) },
		...archive.incidents.map((incident): SiteCard => ({
			kind: 'incidents',
			id: incident.id,
			input: publicIncidentCard(archive, incident),
		})),
		...archive.postmortems.map((postmortem): SiteCard => ({
			kind: 'postmortems',
			id: postmortem.id,
			input: publicPostmortemCard(archive, postmortem),
		})),
	];
}

/**
 * @returns what each public card says, with the picture it is drawn into: a card is pixels, so the leak scan reads
 * these strings instead.
 */
export function publicCardTexts(archive: PublicArchive): { file: string; text: string }[] {
	return publicCards(archive).map(({ kind, id, input }) => ({
		file: `${urls.card(kind, id).slice(1)} (the text drawn on the card)`,
		text: [input.kind, input.title, input.subtitle ?? '', input.site, input.badge?.text ?? ''].join(
			'\n'
		),
	}));
}
