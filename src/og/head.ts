/** The `<head>` entries that point social previews at a page's card, for StarlightPage's `frontmatter.head`. */
import { absoluteUrl } from '../model/urls.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardInput } from './card.ts';

export interface HeadEntry {
	tag: 'meta';
	attrs: Record<string, string>;
}

/**
 * @param siteBase the site's base URL (`sites.internal` or `sites.public`): crawlers need absolute image URLs
 * @param cardPath the card's path, from `urls.card()`
 * @param input what the card says, for the image's alt text
 * @returns `og:image` (with size and alt) and `twitter:card` meta tags
 */
export function cardHead(siteBase: string, cardPath: string, input: CardInput): HeadEntry[] {
	const meta = (key: 'property' | 'name', name: string, content: string): HeadEntry => ({ tag: 'meta', attrs: { [key]: name, content } });
	return [
		meta('property', 'og:image', absoluteUrl(siteBase, cardPath)),
		meta('property', 'og:image:width', String(CARD_WIDTH)),
		meta('property', 'og:image:height', String(CARD_HEIGHT)),
		meta('property', 'og:image:alt', `${input.kind}: ${input.title}`),
		meta('name', 'twitter:card', 'summary_large_image'),
	];
}
