/**
 * The ladder's update cadence lives once, in handbook.yaml: changing it changes the printed SOP and the "next update"
 * line the comms page writes. Builds the sop-cadence fixture as it is (Major: every 30 minutes) and with 45 minutes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/model/urls.ts';
import { browseSite, describeBrowser } from '../browser/chromium.ts';
import { fixtureCopy } from '../helpers/fixture.ts';
import { build } from '../helpers/run.ts';

const builds = {
	before: build(fixtureCopy('sop-cadence'), { site: 'internal' }),
	after: build(
		fixtureCopy('sop-cadence', [
			{ file: 'handbook.yaml', replace: ['updateCadenceMinutes: 30', 'updateCadenceMinutes: 45'] },
		]),
		{ site: 'internal' }
	),
};
const page = (which: keyof typeof builds, path: string) =>
	readFileSync(join(builds[which].out, 'internal', path, 'index.html'), 'utf8');
/** @returns the text of the SOP's ladder row of the Major severity. */
const majorRow = (html: string) =>
	/<tr data-severity="major"[^>]*>([\s\S]*?)<\/tr>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';

describe('the update cadence of handbook.yaml', () => {
	it('builds both versions', () => {
		expect(builds.before.status, builds.before.output.slice(-2000)).toBe(0);
		expect(builds.after.status, builds.after.output.slice(-2000)).toBe(0);
	});

	it('sets the SOP: ladder row, comms cadence and watch period', () => {
		const before = page('before', urls.sop());
		const after = page('after', urls.sop());
		expect(majorRow(before)).toContain('30 minutes');
		expect(majorRow(after)).toContain('45 minutes');
		expect(majorRow(after)).not.toContain('30 minutes');
		expect(before).toContain('Post an update every 30 minutes (Major)');
		expect(after).toContain('Post an update every 45 minutes (Major)');
		expect(after).toContain('45 minutes for Major');
	});

	it('sets the cadence the comms page uses for the next update', () => {
		const option = (html: string) => /<option value="Major" data-cadence="(\d+)"/.exec(html)?.[1];
		expect(option(page('before', urls.comms()))).toBe('30');
		expect(option(page('after', urls.comms()))).toBe('45');
		expect(page('after', urls.comms())).toContain('Major every 45 minutes');
	});
});

describeBrowser('the comms "next update" line after a cadence change', () => {
	const site = browseSite(() => join(builds.after.out, 'internal'));

	it('says the posting time plus the new cadence', async () => {
		const { page: tab, errors } = await site.chromium.newPage();
		await tab.goto(`${site.server.url}${urls.comms()}`);
		await tab.getByLabel('Severity').selectOption('Major');
		await tab.getByLabel('Posting at').fill('10:00');
		expect(await tab.locator('[data-template="update"] pre').innerText()).toContain(
			'Next update at 10:45.'
		);
		await tab.getByLabel('Posting at').fill('23:30');
		expect(await tab.locator('[data-template="investigating"] pre').innerText()).toContain(
			'Next update at 00:15 (+1 day).'
		);
		expect(errors).toEqual([]);
	});
});
