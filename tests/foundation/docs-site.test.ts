/**
 * Firebreak's manual (src/docs/) is the "Firebreak" section of the built internal site: every page is there with its
 * title, in the sidebar and in the search index, and none of it is on the public site. The build's link check has
 * already held every link and anchor of these pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_PAGES } from '../../src/integration/docs.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { openSearch, type SiteSearch } from '../helpers/pagefind.ts';

const page = (site: string, url: string) => join(site, url, 'index.html');
const html = (url: string) => readFileSync(page(EXAMPLE_INTERNAL, url), 'utf8');

let search: SiteSearch;
beforeAll(async () => {
	search = await openSearch(EXAMPLE_INTERNAL);
});
afterAll(() => search.close());

describe('the Firebreak manual in the example handbook', () => {
	it.each(DOCS_PAGES.map((p) => [p.page, p] as const))(
		'has the page %s with its title and its sidebar entry',
		(_, { page: name, label }) => {
			const source = readFileSync(
				join(import.meta.dirname, '../../src/docs', `${name}.md`),
				'utf8'
			);
			const title = /^title: (.+)$/m.exec(source)![1]!;
			const built = html(urls.docs(name));
			expect(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(built)?.[1]).toContain(title);
			expect(built).toContain(`href="${urls.docs(name)}"`);
			expect(built).toContain(`>${label}<`);
		}
	);

	it('links the manual from the sidebar of every other page', () => {
		for (const url of [urls.home(), urls.runbooks(), urls.sop()])
			expect(html(url)).toContain(`href="${urls.docs('index')}"`);
	});

	it('renders the generated references as tables and headings with anchors', () => {
		expect(html(urls.docs('content-reference'))).toMatch(
			/<td><code[^>]*>severities\[\]\.ackMinutes<\/code><\/td>/
		);
		expect(html(urls.docs('cli'))).toMatch(/<h3 id="firebreak-check"/);
	});

	it.each(DOCS_PAGES.map((p) => [p.page, p] as const))(
		'finds the page %s in the search index by its title',
		async (_, { page: name }) => {
			const source = readFileSync(
				join(import.meta.dirname, '../../src/docs', `${name}.md`),
				'utf8'
			);
			const title = /^title: (.+)$/m.exec(source)![1]!;
			expect(await search.search(title)).toContain(urls.docs(name));
		}
	);

	it('finds the manual by words only it has', async () => {
		expect(await search.search('firebreak public approve')).toContain(urls.docs('cli'));
		expect(await search.search('ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING')).toContain(
			urls.docs('troubleshooting')
		);
	});

	it('is not on the public site', () => {
		expect(existsSync(join(EXAMPLE_PUBLIC, 'firebreak'))).toBe(false);
		expect(readFileSync(page(EXAMPLE_PUBLIC, '/'), 'utf8')).not.toContain('/firebreak/');
	});
});
