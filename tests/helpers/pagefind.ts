/**
 * Pagefind's own search client (the `pagefind.js` a built site ships), loaded in Node and pointed at the built index
 * over a loopback server: tests see the ranking a user sees, not a re-implementation of it.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, type StaticServer } from './serve.ts';

export interface SiteSearch {
	/** @returns site-relative URLs of the results, best first. */
	search(term: string): Promise<string[]>;
	close(): Promise<void>;
}

interface PagefindModule {
	options(options: { basePath: string }): Promise<void>;
	search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** @param siteDir a built site folder containing `pagefind/` */
export async function openSearch(siteDir: string): Promise<SiteSearch> {
	const server: StaticServer = await serve(siteDir);
	// A private copy of the module per site: Pagefind keeps its index in module state.
	const copy = join(mkdtempSync(join(tmpdir(), 'pagefind-')), 'pagefind.mjs');
	copyFileSync(join(siteDir, 'pagefind/pagefind.js'), copy);
	const pagefind = (await import(pathToFileURL(copy).href)) as PagefindModule;
	await pagefind.options({ basePath: `${server.url}/pagefind/` });
	return {
		async search(term) {
			const { results } = await pagefind.search(term);
			const data = await Promise.all(results.map((result) => result.data()));
			return data.map((item) => new URL(item.url, server.url).pathname);
		},
		close: () => server.close(),
	};
}
