/**
 * Dashboards fit their readers: on a 1,400 × 900 desktop, a 1,024 × 768 laptop and a 390 × 844 phone, in both themes,
 * every table of every dashboard page fits its container, the document never scrolls sideways, and no badge or status
 * wraps; on a desktop the content uses the page's width, not Starlight's reading column, and on a phone every stacked
 * cell shows its column's name.
 */
import { expect, it } from 'vitest';
import { THEMES } from '../quality/axe.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { browseSite, describeBrowser } from './chromium.ts';
import { DASHBOARD_PAGES, SCREENS, measureLayout } from './dashboard-fit.ts';

describeBrowser('dashboards', () => {
	const site = browseSite(EXAMPLE_INTERNAL);

	it.each(
		SCREENS.flatMap((screen) => DASHBOARD_PAGES.map((path) => [screen.name, path, screen] as const))
	)('%s: %s fits', async (_name, path, screen) => {
		const { page, errors } = await site.chromium.newPage();
		await page.setViewportSize({ width: screen.width, height: screen.height });
		const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
		expect(response?.status(), `${path} is built`).toBe(200);
		for (const theme of THEMES) {
			await page.evaluate((name) => (document.documentElement.dataset.theme = name), theme);
			const layout = await measureLayout(page);
			expect(layout.tables, `${path} shows tables`).toBeGreaterThan(0);
			expect(layout.overflowing, `${path} (${theme}): tables wider than their container`).toEqual(
				[]
			);
			expect(
				layout.documentWidth,
				`${path} (${theme}): the document scrolls sideways`
			).toBeLessThanOrEqual(layout.viewportWidth);
			expect(layout.broken, `${path} (${theme}): badges or statuses broken across lines`).toEqual(
				[]
			);
			// Beside the 300 px sidebar, the content takes the rest of a desktop window (Starlight's column is 720 px).
			if (screen.name === 'desktop')
				expect(layout.contentWidth).toBeGreaterThan(screen.width - 400);
			// On the phone each row is a block of cells, each shown with its column's name.
			if (screen.name === 'phone')
				expect(
					layout.unlabelledStackedCells,
					`${path}: stacked cells without their column's name`
				).toEqual([]);
		}
		expect(errors).toEqual([]);
		await page.close();
	});
});
