/** Every runbook, incident and postmortem page of the example site points social previews at its own card. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { buildPublicArchive, confidentialValues } from '../../src/model/public/index.ts';
import { publicUrls } from '../../src/model/public/urls.ts';
import { urls } from '../../src/model/urls.ts';
import { publicCards } from '../../src/og/public-cards.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { build, ROOT, TODAY } from '../helpers/run.ts';
import { pngSize } from './png.ts';

const hb = openHandbook(join(ROOT, 'content')).handbook!;
const pages = [
	...[...hb.runbooks.keys()].map((id) => urls.runbook(id)),
	...[...hb.incidents.keys()].map((id) => urls.incident(id)),
	...[...hb.postmortems.keys()].map((id) => urls.postmortem(id)),
];

function meta(html: string, key: string): string | undefined {
	return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

/** Asserts that a built page announces a 1200×630 card of its own site; @returns the card's URL. */
function expectCard(siteDir: string, siteBase: string, page: string): string {
	const html = readFileSync(join(siteDir, page, 'index.html'), 'utf8');
	const image = meta(html, 'og:image');
	expect(image).toBeDefined();
	const url = new URL(image!);
	expect(url.origin).toBe(new URL(siteBase).origin);
	const file = join(siteDir, decodeURIComponent(url.pathname));
	expect(existsSync(file), `${url.pathname} was not built`).toBe(true);
	expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
	expect(meta(html, 'twitter:card')).toBe('summary_large_image');
	return image!;
}

describe('Open Graph cards of the internal site', () => {
	it.each(pages)('%s has og:image and twitter:card pointing at a 1200×630 PNG', (page) => {
		expectCard(EXAMPLE_INTERNAL, hb.config.sites.internal, page);
	});

	it('gives every page its own card', () => {
		const images = pages.map((page) =>
			meta(readFileSync(join(EXAMPLE_INTERNAL, page, 'index.html'), 'utf8'), 'og:image')
		);
		expect(new Set(images).size).toBe(pages.length);
	});
});

describe('the card cache', () => {
	it('renders no card when the content is unchanged since the last build, on either site', () => {
		// The global setup built this content moments ago, so every card of both sites is in the cache.
		const result = build('content');
		expect(result.status, result.output.slice(-3000)).toBe(0);
		const publicCount = publicCards(buildPublicArchive(hb, TODAY)).length;
		const lines = result.output.split('\n').filter((line) => line.includes('[firebreak:og]'));
		expect(lines).toEqual([
			expect.stringContaining(
				`[firebreak:og] ${pages.length} cards: 0 rendered, ${pages.length} from cache`
			),
			expect.stringContaining(
				`[firebreak:og] ${publicCount} cards: 0 rendered, ${publicCount} from cache`
			),
		]);
	});
});

describe('Open Graph cards of the public site', () => {
	const archive = buildPublicArchive(hb, TODAY);
	const publicPages = [
		...archive.incidents.map((incident) => publicUrls.incident(incident.id)),
		...archive.postmortems.map((pm) => publicUrls.postmortem(pm.id)),
	];

	it('exist for every public incident and postmortem', () => {
		expect(archive.incidents.length).toBeGreaterThan(0);
		expect(archive.postmortems.length).toBeGreaterThan(0);
		const images = publicPages.map((page) =>
			expectCard(EXAMPLE_PUBLIC, hb.config.sites.public, page)
		);
		expect(new Set(images).size).toBe(publicPages.length);
	});

	it('say nothing confidential: no names, handles, customers, internal terms, hosts or internal titles', () => {
		const said = JSON.stringify(publicCards(archive).map((card) => card.input)).toLowerCase();
		const leaks = confidentialValues(hb).values.filter(({ value }) =>
			said.includes(value.toLowerCase())
		);
		expect(leaks).toEqual([]);
		// Internal titles that differ from the public ones are confidential too (incidents with a publicTitle).
		const internalTitles = [...hb.incidents.values()]
			.filter((i) => i.data.publicTitle && i.data.publicTitle !== i.data.title)
			.map((i) => i.data.title);
		expect(internalTitles.length).toBeGreaterThan(0);
		for (const title of internalTitles) expect(said).not.toContain(title.toLowerCase());
	});
});
