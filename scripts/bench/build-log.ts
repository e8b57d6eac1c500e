/** Reads figures out of an `astro build` log: the card line of Firebreak's og integration. */

export interface CardFigures {
	cards: number;
	rendered: number;
	fromCache: number;
	/** Time the card process spent rendering cache misses (a process of its own, alongside the build). */
	renderMs: number;
	/** Time the build itself spent on cards: hashing and looking them up, waiting for the card process, linking the files. */
	buildMs: number;
}

const CARD_LINE =
	/(\d+) cards: (\d+) rendered(?: in (\d+) ms)?, (\d+) from cache; the build spent (\d+) ms on them/;

/** @returns the card figures of a build log (zeros when the site has no cards). */
export function cardFigures(log: string): CardFigures {
	const line = CARD_LINE.exec(log);
	return {
		cards: Number(line?.[1] ?? 0),
		rendered: Number(line?.[2] ?? 0),
		renderMs: Number(line?.[3] ?? 0),
		fromCache: Number(line?.[4] ?? 0),
		buildMs: Number(line?.[5] ?? 0),
	};
}

/** @returns how many pages Astro says it built ("239 page(s) built in 18.74s"). */
export function pagesBuilt(log: string): number {
	return Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
}
