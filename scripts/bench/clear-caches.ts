/**
 * Makes the next build of a generated content folder cold: removes the Astro cache folders of both sites (content
 * data store, rendered Markdown), this content's entry cache and its Open Graph cards. The card cache is shared by
 * everyone working in this tree, so only this content's cards are deleted, found by their own cache keys.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import { DEFAULT_ENTRY_CACHE, entryCacheFile } from '../../src/model/entry-cache.ts';
import { buildOptionsFromEnv, siteContextOf, SITES } from '../../src/integration/site-context.ts';
import { formatProblems } from '../../src/model/problems.ts';
import { buildPublicArchive } from '../../src/model/public/index.ts';
import { internalCards } from '../../src/og/internal-cards.ts';
import { publicCards } from '../../src/og/public-cards.ts';
import { cardKey, DEFAULT_CARD_CACHE } from '../../src/og/render.ts';

/**
 * @param env the environment the builds run with (`FIREBREAK_CONTENT`, `FIREBREAK_OUT`, `FIREBREAK_TODAY`)
 * @returns how many cards of this content the cache may hold (internal + public)
 */
export function clearFirebreakCaches(env: NodeJS.ProcessEnv): number {
	let cards = 0;
	for (const site of SITES) {
		const context = siteContextOf(buildOptionsFromEnv(site, env));
		rmSync(context.cacheDir, { recursive: true, force: true });
		const hb = context.handbook;
		if (!hb)
			throw new Error(`the generated content does not load:\n${formatProblems(context.problems)}`);
		const siteCards =
			site === 'internal' ? internalCards(hb) : publicCards(buildPublicArchive(hb, context.today));
		for (const card of siteCards)
			rmSync(join(DEFAULT_CARD_CACHE, `${cardKey(card.input)}.png`), { force: true });
		cards += siteCards.length;
	}
	// The entry cache that npm run build's validation step keeps (scripts/validate-content.ts).
	rmSync(entryCacheFile(DEFAULT_ENTRY_CACHE, contentDir(env)), { force: true });
	return cards;
}
