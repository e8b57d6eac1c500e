/** Reads figures out of an `astro build` log: the card line of Firebreak's og integration and Astro's per-route times. */

export interface CardFigures {
	cards: number;
	rendered: number;
	fromCache: number;
	/** Time satori + sharp spent on cache misses, as logged by the build. */
	renderMs: number;
	/** Sum of Astro's per-route times of the `/og/…png` routes: what the cards cost the build, hits included. */
	routeMs: number;
}

const CARD_LINE = /(\d+) cards: (\d+) rendered(?: in (\d+) ms)?, (\d+) from cache/;
// Astro prints one line per generated file: "  ├─ /og/runbooks/x.png (+3ms)".
const OG_ROUTE = /\/og\/\S+\.png \(\+(\d+)ms\)/g;

/** @returns the card figures of a build log (zeros when the site has no cards). */
export function cardFigures(log: string): CardFigures {
	const line = CARD_LINE.exec(log);
	let routeMs = 0;
	for (const match of log.matchAll(OG_ROUTE)) routeMs += Number(match[1]);
	return {
		cards: Number(line?.[1] ?? 0),
		rendered: Number(line?.[2] ?? 0),
		renderMs: Number(line?.[3] ?? 0),
		fromCache: Number(line?.[4] ?? 0),
		routeMs,
	};
}

/** @returns how many pages Astro says it built ("239 page(s) built in 18.74s"). */
export function pagesBuilt(log: string): number {
	return Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
}
