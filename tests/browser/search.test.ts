/** The search box of the internal site (Starlight's dialog over Pagefind) finds the runbook of an alert by its name. */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { alertNames } from '../../src/model/runbooks.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';
import { browseSite, describeBrowser } from './chromium.ts';

const hb = openHandbook(join(ROOT, 'content')).handbook!;
// Two alerts of different services, so a search that always shows the same runbook fails.
const cases = [...hb.runbooksByService.values()]
	.slice(0, 2)
	.map((runbooks) => runbooks.find((runbook) => alertNames(runbook).length > 0)!)
	.map((runbook) => [alertNames(runbook)[0]!, urls.runbook(runbook.id)] as const);

describeBrowser('the search box', () => {
	const site = browseSite(EXAMPLE_INTERNAL);

	it.each(cases)('returns the runbook for alert %s first', async (alert, runbookUrl) => {
		const { page, errors } = await site.chromium.newPage();
		await page.goto(`${site.server.url}${urls.home()}`);
		await page.locator('site-search button[data-open-modal]:not([disabled])').click();
		await page.locator('#starlight__search .pagefind-ui__search-input').fill(alert);
		const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
		await first.waitFor();
		expect(new URL((await first.getAttribute('href'))!, site.server.url).pathname).toBe(runbookUrl);
		await first.click();
		await page.waitForURL(`${site.server.url}${runbookUrl}`);
		expect(await page.locator('main').innerText()).toContain(alert);
		expect(errors).toEqual([]);
		await page.close();
	});
});
