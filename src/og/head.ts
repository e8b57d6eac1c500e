/** The `<head>` entries that point social previews at a page's card, for StarlightPage's `frontmatter.head`. */
import { absoluteUrl, urls, type CardKind } from '../model/urls.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardInput } from './card.ts';

export interface HeadEntry {
	tag: 'meta';
	attrs: Record<string, string>;
}

/** The id of the card of a site's own pages (`urls.card('site', SITE_CARD_ID)`). */
export const SITE_CARD_ID = 'status';

const meta = (key: 'property' | 'name', name: string, content: string): HeadEntry => ({
	tag: 'meta',
	attrs: { [key]: name, content },
});

/**
 * @returns the card's alt text, "Incident: Checkout down": what the card says first, its kind and title, without the
 * kind twice when the title starts with it ("Postmortem: checkout failing", not "Postmortem: Postmortem: ...")
 */
export function cardAlt(input: CardInput): string {
	const { kind, title } = input;
	const repeats =
		title.slice(0, kind.length).toLowerCase() === kind.toLowerCase() &&
		!/[\p{L}\p{N}]/u.test(title.charAt(kind.length));
	return repeats ? title : `${kind}: ${title}`;
}

/**
 * @param siteBase the site's base URL (`sites.internal` or `sites.public`): crawlers need absolute image URLs
 * @param kind the kind of entry the card is for
 * @param id the entry's id (on the public site: its public id)
 * @param input what the card says, for the image's alt text
 * @returns `og:image` (with size and alt) and `twitter:card` meta tags
 */
export function cardHead(
	siteBase: string,
	kind: CardKind,
	id: string,
	input: CardInput
): HeadEntry[] {
	return [
		meta('property', 'og:image', absoluteUrl(siteBase, urls.card(kind, id))),
		meta('property', 'og:image:width', String(CARD_WIDTH)),
		meta('property', 'og:image:height', String(CARD_HEIGHT)),
		meta('property', 'og:image:alt', cardAlt(input)),
		meta('name', 'twitter:card', 'summary_large_image'),
	];
}

/**
 * @returns the head entries of a site's own pages (home, history, lists): the site card, and `og:type` `website`
 * where Starlight says `article` for every page
 */
export function siteCardHead(siteBase: string, input: CardInput): HeadEntry[] {
	return [
		...cardHead(siteBase, 'site', SITE_CARD_ID, input),
		meta('property', 'og:type', 'website'),
	];
}
