/**
 * Every page of both example sites in Chromium, served with the site's own `_headers` applied (Netlify's parser,
 * tests/helpers/serve.ts): no Content-Security-Policy violation (the `securitypolicyviolation` events and the
 * console), no error, no request leaving the site; and under that policy the search, the theme switch and the comms
 * form still work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { describeBrowser, launchChromium, type Chromium } from './chromium.ts';

/** @returns the paths of every page the site's sitemap lists, and its not-found page */
function sitemapPaths(siteDir: string): string[] {
	const parser = new XMLParser();
	const index = parser.parse(readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8'));
	const sitemaps = [index.sitemapindex.sitemap]
		.flat()
		.map((entry: { loc: string }) => new URL(entry.loc).pathname);
	const pages = sitemaps.flatMap((file) =>
		[parser.parse(readFileSync(join(siteDir, file), 'utf8')).urlset.url]
			.flat()
			.map((entry: { loc: string }) => new URL(entry.loc).pathname)
	);
	return [...pages, '/404.html'];
}

/** Violations as the page reports them to its own scripts, recorded from before the first script runs. */
const RECORD_VIOLATIONS = () => {
	const list: string[] = [];
	(window as unknown as { cspViolations: string[] }).cspViolations = list;
	document.addEventListener('securitypolicyviolation', (event) =>
		list.push(
			`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`
		)
	);
};

for (const [site, dir] of [
	['internal', EXAMPLE_INTERNAL],
	['public', EXAMPLE_PUBLIC],
] as const) {
	describeBrowser(`the ${site} site under its own Content-Security-Policy`, () => {
		let server: StaticServer;
		let chromium: Chromium;
		beforeAll(async () => {
			server = await serve(dir, { hostHeaders: true });
			chromium = await launchChromium();
		});
		afterAll(async () => {
			await chromium?.close();
			await server?.close();
		});

		/** @returns a tab at `path`, with its errors, CSP violations and every request it made */
		async function open(path: string) {
			const tab = await chromium.newPage();
			const requests: string[] = [];
			tab.page.on('request', (request) => requests.push(request.url()));
			await tab.page.addInitScript(RECORD_VIOLATIONS);
			const response = await tab.page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
			expect(response?.headers()['content-security-policy'], path).toMatch(/^default-src 'none'/);
			const violations = async () => [
				...(await tab.page.evaluate(
					() => (window as unknown as { cspViolations: string[] }).cspViolations
				)),
				...tab.errors.filter((error) => /Content Security Policy/i.test(error)),
			];
			return { ...tab, requests, violations };
		}

		it('loads every page of the sitemap with no violation, no error and no request to another origin', async () => {
			const paths = sitemapPaths(dir);
			expect(paths.length).toBeGreaterThan(site === 'internal' ? 40 : 8);
			const problems: string[] = [];
			for (const path of paths) {
				const { page, errors, requests, violations } = await open(path);
				problems.push(
					...(await violations()).map((v) => `${path}: ${v}`),
					...errors.map((e) => `${path}: ${e}`)
				);
				problems.push(
					...requests
						.filter((url) => !url.startsWith(`${server.url}/`) && !url.startsWith('data:'))
						.map((url) => `${path}: request to ${url}`)
				);
				await page.close();
			}
			expect(problems).toEqual([]);
		});

		it('reports an inline script without a hash, so the page checks above can fail', async () => {
			const { page, violations } = await open(urls.home());
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.injected = true';
				document.body.append(script);
			});
			await expect
				.poll(violations)
				.toEqual(
					expect.arrayContaining([
						expect.stringMatching(/^script-src-elem blocked inline/),
						expect.stringMatching(/Content Security Policy/),
					])
				);
			expect(await page.evaluate(() => 'injected' in window)).toBe(false);
			await page.close();
		});

		it('keeps the search and the theme switch working', async () => {
			const { page, errors, violations } = await open(urls.home());
			await page.locator('site-search button[data-open-modal]:not([disabled])').click();
			await page
				.locator('#starlight__search .pagefind-ui__search-input')
				.fill(site === 'internal' ? 'checkout' : 'incident');
			await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor();
			await page.keyboard.press('Escape');
			await page.locator('starlight-theme-select select').first().selectOption('light');
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
			await page.locator('starlight-theme-select select').first().selectOption('dark');
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			expect([...(await violations()), ...errors]).toEqual([]);
			await page.close();
		});

		if (site === 'internal') {
			it('keeps the comms form filling its templates', async () => {
				const { page, errors, violations } = await open(urls.comms());
				await page.getByLabel('Impact').fill('card payments fail for some merchants');
				await expectTemplatesContain(page, 'card payments fail for some merchants');
				expect([...(await violations()), ...errors]).toEqual([]);
				await page.close();
			});
		}
	});
}

async function expectTemplatesContain(page: Page, text: string) {
	await expect.poll(() => page.locator('[data-template] pre').first().innerText()).toContain(text);
}
