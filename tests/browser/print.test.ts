/**
 * Paper: the SOP prints on exactly one sheet of A4 and of US Letter, readable, with the handbook's name and build date;
 * runbooks and postmortems print without the site's chrome and with links as text.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { ROOT, TODAY } from '../helpers/run.ts';
import { browseSite, describeBrowser } from './chromium.ts';
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
	return page.evaluate((list) => list.filter((selector) => [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0)), selectors);
}

const CHROME = ['header.header', 'nav.sidebar', 'site-search button', '.right-sidebar-container', 'starlight-menu-button', '.sl-anchor-link'];

describeBrowser('printing', () => {
	const site = browseSite(EXAMPLE_INTERNAL);

	it.each(['A4', 'Letter'] as const)('prints the SOP on exactly one %s page', async (format) => {
		const { page } = await site.chromium.newPage();
		await page.goto(`${site.server.url}${urls.sop()}`);
		const pdf = await page.pdf({ format });
		expect(countPdfPages(pdf)).toBe(1);
		// The same SOP without its print stylesheet takes more than one page: the count above is the layout's doing.
		await page.addStyleTag({ content: '@media print { .fb-sop { display: block !important; font-size: 12pt !important; } }' });
		expect(countPdfPages(await page.pdf({ format }))).toBeGreaterThan(1);
		await page.close();
	});

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
		expect(await visible(page, CHROME)).toEqual(expect.arrayContaining(['header.header', 'nav.sidebar', 'site-search button']));
		await page.emulateMedia({ media: 'print' });
		expect(await visible(page, CHROME)).toEqual([]);
		expect(await page.locator('main h1').isVisible()).toBe(true);
		await page.close();
	});

	it('prints links as plain text, with the address of external links', async () => {
		const { page } = await site.chromium.newPage();
		await page.goto(`${site.server.url}${urls.runbook(runbook.id)}`);
		await page.emulateMedia({ media: 'print' });
		const link = page.locator('.sl-markdown-content a[href^="http"]').first();
		const href = await link.getAttribute('href');
		const printed = await link.evaluate((a) => ({ after: getComputedStyle(a, '::after').content, underline: getComputedStyle(a).textDecorationLine }));
		expect(printed.after).toContain(href);
		expect(printed.underline).toBe('none');
		await page.close();
	});
});
