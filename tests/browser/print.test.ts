/**
 * Paper: the SOP prints on exactly one sheet of A4 and of US Letter with at least 5% of the sheet to spare, readable,
 * with the handbook's name and build date, in the site's bundled fonts: so also when Chromium sees only a minimal set
 * of system fonts (fonts.ts), which the first tests show it does. Runbooks and postmortems print without the site's
 * chrome and with links as text.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { ROOT, TODAY } from '../helpers/run.ts';
import { browseSite, describeBrowser } from './chromium.ts';
import { FONT_ENVIRONMENTS, renderedFonts } from './fonts.ts';
import { measurePrintFit, printPdf } from './paper.ts';
import { countPdfPages } from './pdf.ts';

const hb = openHandbook(join(ROOT, 'content')).handbook!;
// A runbook and a postmortem whose bodies link out, so the printed address can be checked.
const runbook = [...hb.runbooks.values()].find((entry) => /\]\(https?:/.test(entry.body))!;
const postmortem = [...hb.postmortems.values()][0]!;

/** @returns the smallest font size (in points) of any visible text on the page. */
function smallestTextPt(page: Page): Promise<number> {
	return page.evaluate(() => {
		let smallest = Infinity;
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!element || !node.textContent?.trim() || element.getClientRects().length === 0) continue;
			if (getComputedStyle(element).visibility === 'hidden') continue;
			smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize) * 0.75);
		}
		return smallest;
	});
}

/** @returns the selectors (of those given) that match an element the reader can see. */
function visible(page: Page, selectors: string[]): Promise<string[]> {
	return page.evaluate(
		(list) =>
			list.filter((selector) =>
				[...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0)
			),
		selectors
	);
}

const CHROME = [
	'header.header',
	'nav.sidebar',
	'site-search button',
	'.right-sidebar-container',
	'starlight-menu-button',
	'.sl-anchor-link',
];

/** The families of the faces src/styles/fonts.css bundles (a file names its weight too: `Inter SemiBold`). */
const BUNDLED_FONTS = /^(Inter|JetBrains Mono)\b/;
/** The share of the sheet's height the SOP leaves free, so that a slightly longer ladder or another font still fits. */
const SPARE = 0.05;

describeBrowser('printing', () => {
	describe.each(FONT_ENVIRONMENTS)('in the %s font environment', (fonts) => {
		const site = browseSite(EXAMPLE_INTERNAL, { fonts });

		it('renders text in a system font stack with the fonts of this environment', async () => {
			const { page } = await site.chromium.newPage();
			await page.goto(`${site.server.url}${urls.sop()}`);
			// The stack the site used before it bundled its fonts: which font it lands on tells the environments apart.
			await page.evaluate(() => {
				const canary = document.createElement('p');
				canary.id = 'font-canary';
				canary.style.fontFamily = 'var(--sl-font-system)';
				canary.textContent = 'Declare, pick the severity, post the update.';
				document.body.prepend(canary);
			});
			const families = (await renderedFonts(page, '#font-canary')).map((font) => font.family);
			if (fonts === 'minimal') expect(families).toEqual([expect.stringMatching(/^DejaVu /)]);
			else
				expect(
					families,
					'the system has no fonts beyond the minimal set: apt-get install fonts-liberation fonts-noto-core (.ci/run does)'
				).not.toContainEqual(expect.stringMatching(/^DejaVu /));
			await page.close();
		});

		it('draws every glyph of the printed SOP in the bundled fonts, served by the site itself', async () => {
			const { page } = await site.chromium.newPage();
			const requests: { url: string; type: string }[] = [];
			page.on('request', (request) =>
				requests.push({ url: request.url(), type: request.resourceType() })
			);
			await page.goto(`${site.server.url}${urls.sop()}`);
			await page.emulateMedia({ media: 'print' });
			await page.evaluate(() => document.fonts.ready);
			const used = await renderedFonts(page, 'main, main *');
			expect(used.map((font) => font.family)).toContain('Inter');
			expect(used.filter((font) => !font.custom || !BUNDLED_FONTS.test(font.family))).toEqual([]);
			expect(requests.filter((request) => request.type === 'font').length).toBeGreaterThan(0);
			expect(requests.filter((request) => !request.url.startsWith(`${site.server.url}/`))).toEqual(
				[]
			);
			await page.close();
		});

		it.each(['A4', 'Letter'] as const)(
			'prints the SOP on one %s sheet with at least 5 percent of it to spare',
			async (paper) => {
				const { page } = await site.chromium.newPage();
				await page.goto(`${site.server.url}${urls.sop()}`);
				await page.evaluate(() => document.fonts.ready);
				expect(countPdfPages(await printPdf(page, paper))).toBe(1);
				const fit = await measurePrintFit(page, paper, '.fb-sop');
				expect(
					fit.spare / fit.sheet,
					`${fit.spare.toFixed(1)} px of ${fit.sheet.toFixed(1)} px to spare`
				).toBeGreaterThanOrEqual(SPARE);
				// The figure is the printer's: the SOP grown by just under the spare still prints on one sheet, just over on two.
				expect([fit.sheetsJustUnder, fit.sheetsJustOver]).toEqual([1, 2]);
				// The same SOP without its print stylesheet takes more than one page: the count above is the layout's doing.
				await page.addStyleTag({
					content:
						'@media print { .fb-sop, .fb-sop-columns { display: block !important; columns: auto !important; font-size: 12pt !important; } }',
				});
				expect(countPdfPages(await printPdf(page, paper))).toBeGreaterThan(1);
				await page.close();
			}
		);
	});

	describe('runbooks, postmortems and the SOP', () => {
		const site = browseSite(EXAMPLE_INTERNAL);

		it('prints the SOP in type no smaller than 8 pt, with the handbook name and build date in the footer', async () => {
			const { page } = await site.chromium.newPage();
			await page.goto(`${site.server.url}${urls.sop()}`);
			await page.emulateMedia({ media: 'print' });
			expect(await smallestTextPt(page)).toBeGreaterThanOrEqual(8);
			const footer = await page.locator('.fb-sop-footer').innerText();
			expect(footer).toContain(hb.config.org.name);
			expect(footer).toContain(TODAY);
			await page.close();
		});

		it.each([
			['runbook', urls.runbook(runbook.id)],
			['postmortem', urls.postmortem(postmortem.id)],
			['SOP', urls.sop()],
		])('prints a %s without header, sidebar, search or table of contents', async (_, path) => {
			const { page } = await site.chromium.newPage();
			await page.goto(`${site.server.url}${path}`);
			expect(await visible(page, CHROME)).toEqual(
				expect.arrayContaining(['header.header', 'nav.sidebar', 'site-search button'])
			);
			await page.emulateMedia({ media: 'print' });
			expect(await visible(page, CHROME)).toEqual([]);
			expect(await page.locator('main h1').isVisible()).toBe(true);
			await page.close();
		});

		it('prints /insights/ on A4 with no chart or table clipped', async () => {
			const { page } = await site.chromium.newPage();
			await page.goto(`${site.server.url}${urls.insights()}`);
			await measurePrintFit(page, 'A4', 'main');
			const clipped = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				return [
					...document.querySelectorAll('main svg.fb-stacked, main table, main figure'),
				].flatMap((el) => {
					const box = el.getBoundingClientRect();
					return box.right > width + 0.5 || el.scrollWidth > el.clientWidth + 1
						? [`${el.tagName.toLowerCase()}#${el.id} ${Math.round(box.right)} > ${width}`]
						: [];
				});
			});
			expect(clipped).toEqual([]);
			expect(await page.locator('main svg.fb-stacked').count()).toBe(3);
			expect(countPdfPages(await printPdf(page, 'A4'))).toBeGreaterThan(0);
			await page.close();
		});

		it('prints links as plain text, with the address of external links', async () => {
			const { page } = await site.chromium.newPage();
			await page.goto(`${site.server.url}${urls.runbook(runbook.id)}`);
			await page.emulateMedia({ media: 'print' });
			const link = page.locator('.sl-markdown-content a[href^="http"]').first();
			const href = await link.getAttribute('href');
			const printed = await link.evaluate((a) => ({
				after: getComputedStyle(a, '::after').content,
				underline: getComputedStyle(a).textDecorationLine,
			}));
			expect(printed.after).toContain(href);
			expect(printed.underline).toBe('none');
			await page.close();
		});
	});
});
