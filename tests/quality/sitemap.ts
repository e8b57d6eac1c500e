/** The pages a site says it has: every `<loc>` of the sitemaps that `sitemap-index.xml` lists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser();
const asArray = <T>(value: T | T[] | undefined): T[] =>
	value === undefined ? [] : Array.isArray(value) ? value : [value];

/** @returns the site paths (`/runbooks/x/`) of every page in the sitemaps of a built site. */
export function sitemapPaths(siteDir: string): string[] {
	const index = parser.parse(readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8')) as {
		sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
	};
	return asArray(index.sitemapindex.sitemap).flatMap(({ loc }) => {
		const sitemap = parser.parse(readFileSync(join(siteDir, new URL(loc).pathname), 'utf8')) as {
			urlset: { url?: { loc: string } | { loc: string }[] };
		};
		return asArray(sitemap.urlset.url).map((url) => new URL(url.loc).pathname);
	});
}
