/** An alert's `runbook_url` (`/alerts/<AlertName>/`, or its lowercase form) lands a browser on the runbook. */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { alertNames } from '../../src/model/runbooks.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';
import { browseSite, describeBrowser } from './chromium.ts';

const hb = openHandbook(join(ROOT, 'content')).handbook!;
const runbook = [...hb.runbooks.values()].find((entry) => alertNames(entry).length > 1)!;
const cases = alertNames(runbook).flatMap((name) => [name, name.toLowerCase()]);

describeBrowser('alert links', () => {
	const site = browseSite(EXAMPLE_INTERNAL);

	it.each(cases)('/alerts/%s/ lands on its runbook', async (name) => {
		const { page, errors } = await site.chromium.newPage();
		await page.goto(`${site.server.url}${urls.alert(name)}`);
		await page.waitForURL(`${site.server.url}${urls.runbook(runbook.id)}`);
		expect(await page.locator('main h1').innerText()).toBe(runbook.data.title);
		expect(errors).toEqual([]);
		await page.close();
	});
});
