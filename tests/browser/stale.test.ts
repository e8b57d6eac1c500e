/**
 * Pages whose facts depend on the clock are never silently stale. The example is built with the clock pinned (TODAY),
 * and Chromium loads it with its own clock set later (playwright's page.clock): past `staleAfterHours` the page warns
 * how old it is, open incidents' durations and who is on call are worked out again at the browser's time (after a
 * handoff, the incoming person), and without JavaScript the build-time values stand.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { resolveClock } from '../../src/model/clock.ts';
import { onCallBoard, onCallSchedule } from '../../src/model/on-call-board.ts';
import { shiftsAt } from '../../src/model/on-call.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { buildPublicArchive } from '../../src/model/public/archive.ts';
import { ongoingFor } from '../../src/model/public/history.ts';
import { publicUrls } from '../../src/model/public/urls.ts';
import { staleWarning } from '../../src/model/staleness.ts';
import { formatTimestamp } from '../../src/model/time.ts';
import { urls } from '../../src/model/urls.ts';
import { EXAMPLE_INTERNAL, EXAMPLE_PUBLIC } from '../helpers/example-site.ts';
import { ROOT, TODAY } from '../helpers/run.ts';
import { describeBrowser, browseSite } from './chromium.ts';

const HOUR = 3_600_000;
const hb = openHandbook(join(ROOT, 'content')).handbook!;
const zone = hb.config.org.timezone;
const archive = buildPublicArchive(hb, TODAY);
/** The build's time: the pinned day's last moment (model/clock.ts). */
const built = resolveClock(zone, TODAY).now;
const open = archive.incidents.find((incident) => !incident.impactEndedAt)!;
const schedule = onCallSchedule(hb)!;
const later = (hours: number) => new Date(built.getTime() + hours * HOUR);

/** @returns the stale notice's text, or null while it is not shown */
async function notice(page: Page): Promise<string | null> {
	const element = page.locator('[data-stale-notice]');
	return (await element.isVisible()) ? (await element.textContent())!.trim() : null;
}

/** @returns the primary on call this shift, per rotation id, as the page shows it */
async function primaries(page: Page): Promise<Record<string, string>> {
	const rows = await page
		.locator('tr[data-rotation]')
		.evaluateAll((trs) =>
			trs.map((tr) => [
				(tr as HTMLElement).dataset.rotation!,
				tr.querySelector('td[data-shift="current"] [data-role="primary"]')!.textContent.trim(),
			])
		);
	return Object.fromEntries(rows);
}

const boardPrimaries = (instant: Date) =>
	Object.fromEntries(
		onCallBoard(schedule, instant).map((row) => [row.id, row.shifts[0].primary.name])
	);

describeBrowser('the public status page, read later than it was built', () => {
	const site = browseSite(EXAMPLE_PUBLIC);
	const threshold = archive.staleAfterHours;

	it('has an open incident and a threshold of a few hours to test with', () => {
		expect(open).toBeDefined();
		expect(threshold).toBeGreaterThan(0);
		expect(threshold).toBeLessThanOrEqual(6);
	});

	it('warns once older than staleAfterHours.public, also in a tab left open, and keeps the open incident duration current', async () => {
		const { page, errors } = await site.chromium.newPage();
		await page.clock.install({ time: later(threshold - 0.5) });
		await page.goto(`${site.server.url}${publicUrls.home()}`);
		expect(await notice(page)).toBeNull();
		const duration = page.locator(`[data-ongoing-since="${open.startedAt.toISOString()}"]`).first();
		expect(await duration.textContent()).toBe(ongoingFor(open, later(threshold - 0.5)));

		// An hour on, with the tab still open: the page's once-a-minute refresh has shown the warning.
		await page.clock.fastForward(HOUR);
		const now = new Date(await page.evaluate(() => Date.now()));
		expect(now.getTime()).toBeGreaterThan(later(threshold).getTime());
		expect(await notice(page)).toBe(
			`${staleWarning({ builtAt: built.toISOString(), staleAfterHours: threshold }, now)} The status below may have changed since.`
		);
		expect(await duration.textContent()).toBe(ongoingFor(open, now));
		expect(errors).toEqual([]);
		await page.close();
	});

	it('says how old it is, in days, when opened a week later; the build time stays in the "as of" line', async () => {
		const { page, errors } = await site.chromium.newPage();
		const time = later(7 * 24);
		await page.clock.setFixedTime(time);
		await page.goto(`${site.server.url}${publicUrls.home()}`);
		const warning = await notice(page);
		expect(warning).toBe(
			`${staleWarning({ builtAt: built.toISOString(), staleAfterHours: threshold }, time)} The status below may have changed since.`
		);
		expect(warning).toContain('7 days ago');
		expect(await page.locator('.fb-page-status-as-of').textContent()).toBe(
			`As of ${formatTimestamp(built, zone)}`
		);
		expect(await page.locator('[data-ongoing-since]').first().textContent()).toBe(
			ongoingFor(open, time)
		);
		// The open incident's own page warns too.
		await page.goto(`${site.server.url}${open.url}`);
		expect(await notice(page)).toContain('7 days ago');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('shows the build-time values and no warning without JavaScript', async () => {
		const { page } = await site.chromium.newPage();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
		await page.clock.setFixedTime(later(7 * 24));
		await page.goto(`${site.server.url}${publicUrls.home()}`);
		expect(await notice(page)).toBeNull();
		expect(await page.locator('.fb-page-status-as-of').textContent()).toBe(
			`As of ${formatTimestamp(built, zone)}`
		);
		expect(await page.locator('[data-ongoing-since]').first().textContent()).toBe(
			ongoingFor(open, built)
		);
		await page.close();
	});
});

describeBrowser('the on-call page, read after a handoff', () => {
	const site = browseSite(EXAMPLE_INTERNAL);
	// An hour after the first handoff that follows the build.
	const handoff = new Date(
		Math.min(
			...schedule.rotations.map((rotation) => shiftsAt(rotation, zone, built)[1]!.start.getTime())
		)
	);
	const afterHandoff = new Date(handoff.getTime() + HOUR);

	it('names who holds the pager at the browser time, and warns past staleAfterHours.onCall', async () => {
		expect(boardPrimaries(afterHandoff)).not.toEqual(boardPrimaries(built));
		expect(afterHandoff.getTime() - built.getTime()).toBeGreaterThan(
			hb.config.staleAfterHours.onCall * HOUR
		);
		const { page, errors } = await site.chromium.newPage();
		await page.clock.setFixedTime(afterHandoff);
		await page.goto(`${site.server.url}${urls.onCall()}`);
		expect(await primaries(page)).toEqual(boardPrimaries(afterHandoff));
		const window = onCallBoard(schedule, afterHandoff)[0]!.shifts[0].window;
		expect(
			await page
				.locator('tr[data-rotation] td[data-shift="current"] [data-field="window"]')
				.first()
				.textContent()
		).toBe(window);
		expect(await page.locator('[data-on-call-as-of]').textContent()).toBe(
			formatTimestamp(afterHandoff, zone)
		);
		const warning = await notice(page);
		expect(warning).toBe(
			`${staleWarning({ builtAt: built.toISOString(), staleAfterHours: hb.config.staleAfterHours.onCall }, afterHandoff)} Handoffs are worked out in your browser, but changes to the rotations since are not shown.`
		);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('shows no warning while younger than the threshold, and the build-time shift without JavaScript', async () => {
		const fresh = await site.chromium.newPage();
		await fresh.page.clock.setFixedTime(later(1));
		await fresh.page.goto(`${site.server.url}${urls.onCall()}`);
		expect(await notice(fresh.page)).toBeNull();
		expect(await primaries(fresh.page)).toEqual(boardPrimaries(built));
		await fresh.page.close();

		const { page } = await site.chromium.newPage();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
		await page.clock.setFixedTime(afterHandoff);
		await page.goto(`${site.server.url}${urls.onCall()}`);
		expect(await notice(page)).toBeNull();
		expect(await primaries(page)).toEqual(boardPrimaries(built));
		expect(await page.locator('[data-on-call-as-of]').textContent()).toBe(
			formatTimestamp(built, zone)
		);
		await page.close();
	});
});
