/** The Open Graph PNG of every runbook, incident and postmortem of the internal site, rendered through the card cache. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../../integration/site.ts';
import type { CardInput } from '../../../og/card.ts';
import { internalCards } from '../../../og/internal-cards.ts';
import { cardPng } from '../../../og/render.ts';

export const getStaticPaths = (() =>
	// The route pattern is `/og/[...card].png`, the shape of `urls.card(kind, id)`.
	internalCards(handbook()).map(({ kind, id, input }) => ({ params: { card: `${kind}/${id}` }, props: { input } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const png = await cardPng((props as { input: CardInput }).input);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
