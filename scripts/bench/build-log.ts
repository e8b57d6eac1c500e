/** Reads figures out of an `astro build` log: the card line of Firebreak's og integration and Astro's per-route times. */

export interface CardFigures {
	cards: number;
	rendered: number;
	fromCache: number;
	/** Time satori + sharp spent on cache misses, as logged by the build. */
	renderMs: number;
	/**
	 * What the cards cost the build, cache hits included: the page-generation phase's duration times the cards' share
	 * of Astro's per-route times (the times overlap when pages are built concurrently, so they cannot be summed).
	 */
	routeMs: number;
}

const CARD_LINE = /(\d+) cards: (\d+) rendered(?: in (\d+) ms)?, (\d+) from cache/;
// Astro prints one line per generated file: "  ├─ /og/runbooks/x.png (+3ms)".
const ROUTE = /─ (\S+) \(\+(\d+)ms\)/g;
// The page-generation phase ends with "✓ Completed in 2m 8s." (or "32.15s", "950ms") and a blank line.
const GENERATED = /generating static routes[\s\S]*?✓ Completed in (?:(\d+)m ?)?(?:([\d.]+)s|(\d+)ms)\./;

/** @returns the card figures of a build log (zeros when the site has no cards). */
export function cardFigures(log: string): CardFigures {
	const line = CARD_LINE.exec(log);
	let cardRoutes = 0;
	let allRoutes = 0;
	for (const [, path, ms] of log.matchAll(ROUTE)) {
		allRoutes += Number(ms);
		if (path!.startsWith('/og/')) cardRoutes += Number(ms);
	}
	const generated = GENERATED.exec(log);
	const generateMs = generated ? Number(generated[1] ?? 0) * 60_000 + Number(generated[2] ?? 0) * 1000 + Number(generated[3] ?? 0) : 0;
	const routeMs = allRoutes > 0 ? (generateMs * cardRoutes) / allRoutes : 0;
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
