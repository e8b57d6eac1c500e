/**
 * The search index, written after Astro's process has exited. Starlight runs Pagefind in its `astro:build:done`
 * hook, while Astro's process still holds most of its memory, and Pagefind's own process adds its own: together they
 * set the build's peak (the bench's peak RSS rows). `npm run build` sets {@link SEARCH_INDEX_AFTER_BUILD_ENV}: the integration then drops
 * Starlight's hook, and scripts/build.ts calls {@link writeSearchIndex} once `astro build` is done, with the same
 * Pagefind, the same defaults and the same output folder. A plain `astro build` keeps Starlight's own run.
 *
 * Upstream: no withastro/starlight issue found; Starlight has no option to index outside Astro's process, only
 * `pagefind: false`, which also drops the search UI. Leans on that hook running Pagefind and nothing else; guarded by
 * upstream.test.ts.
 */
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export const SEARCH_INDEX_AFTER_BUILD_ENV = 'FIREBREAK_SEARCH_INDEX_AFTER_BUILD';

/**
 * @param starlight Starlight's integration, whose `astro:build:done` hook does nothing but run Pagefind
 * @returns the integration, without that hook when the index is written after the build
 */
export function indexAfterBuild(
	starlight: AstroIntegration,
	env: NodeJS.ProcessEnv = process.env
): AstroIntegration {
	if (env[SEARCH_INDEX_AFTER_BUILD_ENV]) delete starlight.hooks['astro:build:done'];
	return starlight;
}

/** Indexes every page of a built site into `<outDir>/pagefind/`, as Starlight does; @returns the pages indexed */
export async function writeSearchIndex(outDir: string): Promise<number> {
	return await (
		await startSearchIndex(outDir)
	).pages;
}

/**
 * Starts indexing: Pagefind reads the pages in its own process while the caller goes on (the fast publish scans
 * meanwhile), and writes the index when it has read them and the caller's event loop lets this go on.
 * @returns once Pagefind is reading the pages, the promise of how many it indexed (in an object: a promise returned
 * from an async function would be waited for)
 */
export async function startSearchIndex(outDir: string): Promise<{ pages: Promise<number> }> {
	const checked = <T>(response: { errors: string[] } & T): T => {
		if (response.errors.length > 0)
			throw new Error(`Pagefind failed on ${outDir}:\n${response.errors.join('\n')}`);
		return response;
	};
	try {
		const { index } = checked(await pagefind.createIndex());
		const adding = index!.addDirectory({ path: outDir });
		const indexing = (async () => {
			const { page_count } = checked(await adding);
			checked(await index!.writeFiles({ outputPath: join(outDir, 'pagefind') }));
			return page_count;
		})().finally(() => pagefind.close());
		indexing.catch(() => {});
		return { pages: indexing };
	} catch (error) {
		await pagefind.close();
		throw error;
	}
}
