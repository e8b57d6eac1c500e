/**
 * Accessibility gate: every page in the sitemaps of both example sites has no WCAG 2.x A/AA violation (axe-core) and no
 * status told apart by colour alone, in Starlight's light and dark themes; the same audit fails on fixture pages that
 * have an unlabelled control or a colour-only status.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, launchChromium, type Chromium } from '../browser/chromium.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';
import { serve } from '../helpers/serve.ts';
import { auditPage, formatViolations, type A11yViolation } from './axe.ts';
import { sitemapPaths } from './sitemap.ts';

/** Audits every sitemap page of a built site with one reused tab; logs pages and time for CONTRIBUTING.md's numbers. */
async function auditSite(
	chromium: Chromium,
	siteDir: string
): Promise<{ pages: number; violations: A11yViolation[] }> {
	const server = await serve(siteDir);
	const { page } = await chromium.newPage();
	const started = performance.now();
	try {
		const paths = sitemapPaths(siteDir);
		const violations: A11yViolation[] = [];
		for (const path of paths) violations.push(...(await auditPage(page, `${server.url}${path}`)));
		console.info(
			`[a11y] ${siteDir}: ${paths.length} pages × 2 themes in ${Math.round((performance.now() - started) / 1000)} s`
		);
		return { pages: paths.length, violations };
	} finally {
		await page.close();
		await server.close();
	}
}

describeBrowser('accessibility', () => {
	let chromium: Chromium;
	beforeAll(async () => {
		chromium = await launchChromium();
	});
	afterAll(async () => {
		await chromium?.close();
	});

	it.each([
		['internal', EXAMPLE_INTERNAL],
		['public', EXAMPLE_PUBLIC],
	])(
		'finds no violation on any sitemap page of the example %s site, in both themes',
		async (_site, dir) => {
			const { pages, violations } = await auditSite(chromium, dir);
			expect(pages).toBeGreaterThan(5);
			expect(violations, formatViolations(violations)).toEqual([]);
		},
		900_000
	);

	describe('on fixture pages', () => {
		const fixtures = join(ROOT, 'tests/fixtures/quality-a11y');
		const audit = async (file: string) => {
			const server = await serve(fixtures);
			const { page } = await chromium.newPage();
			try {
				return await auditPage(page, `${server.url}/${file}`);
			} finally {
				await page.close();
				await server.close();
			}
		};
		const rules = (violations: A11yViolation[]) =>
			[...new Set(violations.map((v) => `${v.rule} [${v.theme}]`))].sort();

		it('passes an accessible page with a patterned outage bar', async () => {
			const violations = await audit('clean.html');
			expect(violations, formatViolations(violations)).toEqual([]);
		});

		it('fails a page with an unlabelled form control', async () => {
			expect(rules(await audit('unlabelled-control.html'))).toEqual([
				'label [dark]',
				'label [light]',
			]);
		});

		it('fails a page whose uptime bars differ only in colour', async () => {
			const violations = await audit('colour-only-status.html');
			expect(rules(violations)).toEqual([
				'colour-only-status [dark]',
				'colour-only-status [light]',
			]);
			expect(violations[0]!.targets.join('\n')).toContain('li.bar.bar--down');
		});
	});
});
