/** The `<head>` entries that point social previews at a page's card, for StarlightPage's `frontmatter.head`. */
import { absoluteUrl, urls, type CardKind } from '../model/urls.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardInput } from './card.ts';

export interface HeadEntry {
	tag: 'meta';
	attrs: Record<string, string>;
}

/**
 * @param siteBase the site's base URL (`sites.internal` or `sites.public`): crawlers need absolute image URLs
 * @param kind the kind of entry the card is for
 * @param id the entry's id (on the public site: its public id)
 * @param input what the card says, for the image's alt text
 * @returns `og:image` (with size and alt) and `twitter:card` meta tags
 */
export function cardHead(siteBase: string, kind: CardKind, id: string, input: CardInput): HeadEntry[] {
	const meta = (key: 'property' | 'name', name: string, content: string): HeadEntry => ({ tag: 'meta', attrs: { [key]: name, content } });
	return [
		meta('property', 'og:image', absoluteUrl(siteBase, urls.card(kind, id))),
		meta('property', 'og:image:width', String(CARD_WIDTH)),
		meta('property', 'og:image:height', String(CARD_HEIGHT)),
		meta('property', 'og:image:alt', `${input.kind}: ${input.title}`),
		meta('name', 'twitter:card', 'summary_large_image'),
	];
}
