/**
 * The comms form at 3am: pick the severity, type the impact, and every template is filled, with the "next update" time
 * taken from the severity's cadence; one click puts a filled template on the clipboard.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { nextUpdateTime } from '../../src/model/comms.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL } from '../helpers/example-site.ts';
import { ROOT } from '../helpers/run.ts';
import { browseSite, describeBrowser, type TrackedPage } from './chromium.ts';

const hb = openHandbook(join(ROOT, 'content')).handbook!;
const [sev1, sev2] = hb.ladder;
const service = [...hb.services.values()][0]!.data.name;
// The template every responder posts on a cadence; it names the next update.
const update = hb.comms.find(
	(template) => template.text.includes('{nextUpdate}') && template.audience === 'internal'
)!;

const templateText = (page: Page, id: string) =>
	page.locator(`[data-template="${id}"] pre`).innerText();

describeBrowser('the comms form', () => {
	const site = browseSite(EXAMPLE_INTERNAL, { permissions: ['clipboard-read', 'clipboard-write'] });
	let tab: TrackedPage;
	beforeAll(async () => {
		tab = await site.chromium.newPage();
		await tab.page.goto(`${site.server.url}${urls.comms()}`);
	});

	it('fills every placeholder of a template, with the next update from the severity cadence', async () => {
		const { page } = tab;
		await page.getByLabel('Service').selectOption(service);
		await page.getByLabel('Severity').selectOption(sev2!.label);
		await page.getByLabel('Impact').fill('card payments fail for some merchants');
		await page.getByLabel('Started at').fill('09:41');
		await page.getByLabel('Posting at').fill('10:00');
		await page.getByLabel('Incident commander').fill('Lena Becker');
		await page.getByLabel('Tech lead').fill('Sophie Fischer');
		await page.getByLabel('Comms').fill('Carla Ribeiro');

		const expected = nextUpdateTime('10:00', sev2!.updateCadenceMinutes)!;
		expect(await page.getByLabel('Next update at').inputValue()).toBe(expected);
		const text = await templateText(page, update.id);
		expect(text).toContain(`at ${expected}`);
		expect(text).toContain(sev2!.label);
		expect(text).toContain(service);
		expect(text).toContain('card payments fail for some merchants');
		expect(text).not.toMatch(/\{[A-Za-z]+\}/);

		// Another severity, another cadence.
		await page.getByLabel('Severity').selectOption(sev1!.label);
		expect(await templateText(page, update.id)).toContain(
			`at ${nextUpdateTime('10:00', sev1!.updateCadenceMinutes)}`
		);
	});

	it('copies the filled template to the clipboard with one click', async () => {
		const { page } = tab;
		const section = page.locator(`[data-template="${update.id}"]`);
		await section.getByRole('button', { name: /copy/i }).click();
		await expect.poll(() => section.getByRole('status').innerText()).toBe('Copied.');
		const clipboard = await page.evaluate(() => navigator.clipboard.readText());
		expect(clipboard).toBe(await templateText(page, update.id));
		expect(clipboard).toContain('Lena Becker');
	});

	it('labels every control and logs no errors', async () => {
		const { page, errors } = tab;
		const require = createRequire(import.meta.url);
		await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: { run(context: string, options: object): Promise<{ violations: { id: string }[] }> };
				}
			).axe;
			const result = await axe.run('form[data-comms-form], .fb-comms-template', {
				runOnly: ['label', 'select-name', 'button-name'],
			});
			return result.violations.map((violation) => violation.id);
		});
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
	});
});
