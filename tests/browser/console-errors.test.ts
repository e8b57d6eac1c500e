/** The pages people open first load in a real browser without console errors, failed requests or exceptions. */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { publicUrls } from '../../src/model/public/urls.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { describeBrowser, launchChromium, type Chromium } from './chromium.ts';

const hb = openHandbook(join(ROOT, 'content')).handbook!;
const pages = [
	['internal', 'home', urls.home()],
	['internal', 'a runbook', urls.runbook([...hb.runbooks.keys()][0]!)],
	['internal', 'a postmortem', urls.postmortem([...hb.postmortems.keys()][0]!)],
	['internal', 'the SOP', urls.sop()],
	['internal', 'the comms templates', urls.comms()],
	['internal', 'on call', urls.onCall()],
	['public', 'the status page', publicUrls.home()],
] as const;

describeBrowser('pages without console errors', () => {
	const servers: Partial<Record<'internal' | 'public', StaticServer>> = {};
	let chromium: Chromium;
	beforeAll(async () => {
		servers.internal = await serve(EXAMPLE_INTERNAL);
		servers.public = await serve(EXAMPLE_PUBLIC);
		chromium = await launchChromium();
	});
	afterAll(async () => {
		await chromium?.close();
		await Promise.all(Object.values(servers).map((server) => server.close()));
	});

	it.each(pages)('%s: %s (%s) loads cleanly', async (site, _, path) => {
		const { page, errors } = await chromium.newPage();
		const response = await page.goto(`${servers[site]!.url}${path}`, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(200);
		expect(await page.locator('main h1').count()).toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});
});
