/**
 * Open Graph of the pages that are not entries: the public home, history and postmortems list share the site card
 * and say `og:type` `website`; a page asks for a large preview only when it has a card; a card's alt text never says
 * its kind twice. Checked in the example's built pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForLeaks } from '../../src/integration/leak-scan.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import {
	buildPublicArchive,
	confidentialValues,
	internalRuns,
} from '../../src/model/public/index.ts';
import { publicUrls } from '../../src/model/public/urls.ts';
import {
	COMPONENT_STATUSES,
	indicatorDescription,
	statusLabel,
} from '../../src/model/status/impact.ts';
import { absoluteUrl, urls } from '../../src/model/urls.ts';
import { cardAlt, SITE_CARD_ID } from '../../src/og/head.ts';
import { postmortemCard } from '../../src/og/internal-cards.ts';
import {
	publicCardTexts,
	publicPostmortemCard,
	publicSiteCard,
} from '../../src/og/public-cards.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { tempFolder } from '../helpers/fixture.ts';
import { ROOT, TODAY } from '../helpers/run.ts';
import { pngSize } from './png.ts';

const hb = openHandbook(join(ROOT, 'content')).handbook!;
const archive = buildPublicArchive(hb, TODAY);
const decode = (text: string) =>
	text
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
const metas = (html: string, key: string) =>
	[...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map(
		(m) => decode(m[1]!)
	);
const meta = (html: string, key: string) => metas(html, key)[0];
const page = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');
const htmlFiles = (dir: string) =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

describe("the public site's own pages", () => {
	const sitePages = [publicUrls.home(), publicUrls.history(), publicUrls.postmortems()];

	it.each(sitePages)('%s shows the site card, 1200×630, as a website', (path) => {
		const html = page(EXAMPLE_PUBLIC, path);
		expect(meta(html, 'og:image')).toBe(
			absoluteUrl(hb.config.sites.public, urls.card('site', SITE_CARD_ID))
		);
		expect(pngSize(readFileSync(join(EXAMPLE_PUBLIC, urls.card('site', SITE_CARD_ID))))).toEqual({
			width: 1200,
			height: 630,
		});
		expect(meta(html, 'og:image:alt')).toBe(cardAlt(publicSiteCard(archive)));
		expect(meta(html, 'twitter:card')).toBe('summary_large_image');
		// One og:type, Starlight's "article" replaced.
		expect(metas(html, 'og:type')).toEqual(['website']);
	});

	it('keeps og:type article for incidents and postmortems', () => {
		for (const entry of [...archive.incidents, ...archive.postmortems])
			expect(metas(page(EXAMPLE_PUBLIC, entry.url), 'og:type')).toEqual(['article']);
	});

	it('has a site card that says no current status, which a cached preview would show after it changed', () => {
		const text = JSON.stringify(publicSiteCard(archive)).toLowerCase();
		const statuses = [
			...COMPONENT_STATUSES.map(statusLabel),
			...(['none', 'minor', 'major', 'critical'] as const).map(indicatorDescription),
		];
		for (const words of statuses) expect(text).not.toContain(words.toLowerCase());
	});
});

describe('twitter:card on every page of both sites', () => {
	it.each([
		['public', EXAMPLE_PUBLIC],
		['internal', EXAMPLE_INTERNAL],
	])('%s: asks for summary_large_image only with an og:image, summary otherwise', (_, dir) => {
		const kinds = new Set<string>();
		for (const file of htmlFiles(dir)) {
			const html = readFileSync(join(dir, file), 'utf8');
			const card = metas(html, 'twitter:card');
			if (card.length === 0) continue; // redirect pages
			expect(card, file).toEqual([meta(html, 'og:image') ? 'summary_large_image' : 'summary']);
			kinds.add(card[0]!);
		}
		// Both kinds occur: pages with cards and pages without (404, guides).
		expect([...kinds].sort()).toEqual(['summary', 'summary_large_image']);
	});
});

describe('card alt text', () => {
	it('says a postmortem titled "Postmortem: ..." once, on both sites', () => {
		const repeated = [...hb.postmortems.values()].filter((pm) =>
			/^postmortem\b/i.test(pm.data.title)
		);
		expect(repeated.length).toBeGreaterThan(0);
		for (const pm of repeated) {
			const alt = meta(page(EXAMPLE_INTERNAL, urls.postmortem(pm.id)), 'og:image:alt')!;
			expect(alt).toBe(cardAlt(postmortemCard(hb, pm)));
			expect(alt).toBe(pm.data.title);
		}
		for (const pm of archive.postmortems) {
			const alt = meta(page(EXAMPLE_PUBLIC, pm.url), 'og:image:alt')!;
			expect(alt).toBe(cardAlt(publicPostmortemCard(archive, pm)));
			expect(alt).not.toMatch(/^(\w+): \1\b/i);
		}
	});

	it('keeps the kind where the title does not start with it, and only a whole word counts', () => {
		const input = { kind: 'Incident', site: 'Acme Status' };
		expect(cardAlt({ ...input, title: 'Checkout down' })).toBe('Incident: Checkout down');
		expect(cardAlt({ ...input, title: 'incident: checkout down' })).toBe('incident: checkout down');
		expect(cardAlt({ ...input, title: 'Incidental slowness' })).toBe(
			'Incident: Incidental slowness'
		);
	});

	it('publishes nothing confidential in any public alt text', () => {
		const alts = htmlFiles(EXAMPLE_PUBLIC).flatMap((file) =>
			metas(readFileSync(join(EXAMPLE_PUBLIC, file), 'utf8'), 'og:image:alt')
		);
		expect(alts.length).toBeGreaterThan(archive.incidents.length);
		const said = alts.join('\n').toLowerCase();
		expect(
			confidentialValues(hb).values.filter(({ value }) => said.includes(value.toLowerCase()))
		).toEqual([]);
	});
});

describe('the leak scan and the site card', () => {
	it('reads the text drawn on the site card, and finds a confidential value planted in it', () => {
		const texts = publicCardTexts(archive);
		const site = texts.find((text) =>
			text.file.startsWith(urls.card('site', SITE_CARD_ID).slice(1))
		)!;
		expect(site.text).toContain(publicSiteCard(archive).subtitle);
		const customer = hb.config.redaction.customers[0]!;
		const planted = publicCardTexts({ ...archive, name: `${archive.name} for ${customer}` });
		const { leaks } = scanForLeaks(
			tempFolder({ 'index.html': '<p>fine</p>' }),
			confidentialValues(hb),
			internalRuns(hb),
			{ derived: planted }
		);
		expect(leaks.map((leak) => [leak.file, leak.value])).toContainEqual([site.file, customer]);
	});
});
