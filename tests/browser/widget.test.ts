/**
 * Atlassian's own status widget (`@statuspage/status-widget`, as a customer's site embeds it) shows the status of the
 * built public site from another origin: it fetches `<src>/api/v2/summary.json` cross-origin, which works only because
 * the site's `_headers` allow it. Served once as Netlify serves it (the rules applied) and once as a plain host.
 */
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { buildPublicArchive } from '../../src/model/public/archive.ts';
import { EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { tempFolder } from '../helpers/fixture.ts';
import { ROOT, TODAY } from '../helpers/run.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { describeBrowser, launchChromium, type Chromium } from './chromium.ts';

const archive = buildPublicArchive(openHandbook(join(ROOT, 'content')).handbook!, TODAY);
const widgetScript = join(
	dirname(createRequire(import.meta.url).resolve('@statuspage/status-widget/package.json')),
	'dist/index.js'
);

/** A customer's page embedding the widget twice, as its README shows: the basic look and the badge. */
function embeddingSite(statusPage: string): string {
	const dir = tempFolder({
		'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title><link rel="icon" href="data:,"></head><body>
<h1>Our shop</h1>
<statuspage-widget id="basic" src="${statusPage}"></statuspage-widget>
<statuspage-widget id="badge" src="${statusPage}" appearance="badge" title="Payments"></statuspage-widget>
<script src="/status-widget.js"></script>
</body></html>`,
	});
	copyFileSync(widgetScript, join(dir, 'status-widget.js'));
	return dir;
}

describeBrowser('the Statuspage widget on another origin', () => {
	const servers: StaticServer[] = [];
	let chromium: Chromium;
	let netlify: StaticServer;
	let plain: StaticServer;
	beforeAll(async () => {
		netlify = await serve(EXAMPLE_PUBLIC, { hostHeaders: true });
		plain = await serve(EXAMPLE_PUBLIC);
		servers.push(netlify, plain);
		chromium = await launchChromium();
	});
	afterAll(async () => {
		await chromium?.close();
		await Promise.all(servers.map((server) => server.close()));
	});

	const open = async (site: StaticServer) => {
		const shop = await serve(embeddingSite(site.url));
		servers.push(shop);
		expect(new URL(shop.url).origin).not.toBe(new URL(site.url).origin);
		const tab = await chromium.newPage();
		const summary = tab.page.waitForRequest(`${site.url}/api/v2/summary.json`);
		await tab.page.goto(shop.url);
		await summary;
		return tab;
	};

	// The widget's bundle assigns an undeclared global under "use strict" once it has defined its element: the same
	// exception on every page that embeds it, and nothing this site can change.
	const ownErrors = (errors: string[]) =>
		errors.filter((e) => e !== 'exception: parcelRequire is not defined');

	it('shows the page status and its indicator when the site is served with its _headers', async () => {
		const { page, errors } = await open(netlify);
		expect(archive.status.indicator).not.toBe('none');
		// The basic look writes the description beside a coloured dot; the badge writes it in the coloured part.
		const basic = page.locator('#basic');
		await expect
			.poll(() => basic.locator('.status-text').textContent(), { timeout: 10_000 })
			.toBe(archive.status.description);
		const badge = page.locator('#badge');
		await expect
			.poll(() => badge.locator('.status-indicator').textContent(), { timeout: 10_000 })
			.toContain(archive.status.description);
		expect(await badge.locator('.status-text').textContent()).toBe('Payments');
		for (const widget of [basic, badge]) {
			expect(
				(await widget.locator('.status-indicator').getAttribute('class'))!.split(/\s+/)
			).toContain(archive.status.indicator);
			expect(await widget.locator('a').getAttribute('href')).toBe(netlify.url);
		}
		expect(ownErrors(errors)).toEqual([]);
	});

	it('is shown failing: from a host without the rules, the browser blocks the read and the widget stays empty', async () => {
		const { page, errors } = await open(plain);
		await expect
			.poll(
				() => ownErrors(errors).some((e) => /CORS policy|Access-Control-Allow-Origin/.test(e)),
				{ timeout: 10_000 }
			)
			.toBe(true);
		expect(await page.locator('#basic .status-text').count()).toBe(0);
		expect(await page.locator('#badge .status-indicator').count()).toBe(0);
	});
});
