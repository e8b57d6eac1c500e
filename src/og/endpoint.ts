/** The dev server's endpoint for cards (a build writes them with src/og/site-cards.ts): one PNG at `urls.card(kind, id)`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardInput } from './card.ts';
import type { SiteCard } from './internal-cards.ts';
import { cardPng } from './render.ts';

/**
 * @param cards the site's cards (read when Astro asks for the paths, so the content is loaded once per build)
 * @returns `getStaticPaths` and `GET` for a route with the pattern `/og/[...card].png`
 */
export function cardEndpoint(cards: () => SiteCard[]): {
	getStaticPaths: GetStaticPaths;
	GET: APIRoute;
} {
	return {
		getStaticPaths: () =>
			cards().map(({ kind, id, input }) => ({
				params: { card: `${kind}/${id}` },
				props: { input },
			})),
		GET: async ({ props }) => {
			const png = await cardPng((props as { input: CardInput }).input);
			return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
		},
	};
}
