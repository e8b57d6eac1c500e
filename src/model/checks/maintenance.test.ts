import { describe, expect, it } from 'vitest';
import { maintenanceRules } from './maintenance.ts';
import { testContext } from './test-handbook.ts';

/** A public window on Saturday 2026-11-28 02:00–04:00 Berlin time, announced on the 19th. */
const window = (overrides: Record<string, unknown> = {}) => ({
	title: 'Checkout maintenance',
	components: ['checkout'],
	scheduledFor: '2026-11-28 02:00',
	scheduledUntil: '2026-11-28 04:00',
	public: true,
	updates: [{ at: '2026-11-19 11:00', status: 'scheduled', body: 'We will upgrade checkout.' }],
	...overrides,
});
const update = (at: string, status: string) => ({ at, status, body: `${status} at ${at}.` });
const run = (
	id: string,
	data: Record<string, unknown>,
	today = '2026-11-23',
	config: Record<string, unknown> = {}
) =>
	maintenanceRules
		.find((r) => r.id === id)!
		.check(testContext({ maintenances: { m: data }, config }, today));

describe('maintenance-notice', () => {
	it('fires when the announcement came fewer calendar days before the window than noticeDays (default 5)', () => {
		expect(
			run('maintenance-notice', window({ updates: [update('2026-11-24 18:00', 'scheduled')] }))
		).toEqual([
			{
				file: 'maintenance/m.mdx',
				field: 'updates.0.at',
				message:
					'announced 4 days before the window (2026-11-24 18:00 GMT+1 for 2026-11-28 02:00 GMT+1); the policy asks for 5',
				entry: { kind: 'maintenance', id: 'm' },
			},
		]);
	});
	it('reads the first update by time, whatever the order of the file, and the policy from handbook.yaml', () => {
		const late = window({
			updates: [update('2026-11-27 10:00', 'scheduled'), update('2026-11-26 09:00', 'scheduled')],
		});
		expect(run('maintenance-notice', late)).toMatchObject([
			{ field: 'updates.1.at', message: expect.stringMatching(/^announced 2 days before/) },
		]);
		expect(
			run('maintenance-notice', late, '2026-11-23', { maintenance: { noticeDays: 2 } })
		).toEqual([]);
	});
	it('fires for a public window nobody announced, and not for an internal one', () => {
		expect(run('maintenance-notice', window({ updates: [] }))).toMatchObject([
			{ field: 'updates', message: expect.stringContaining('never announced') },
		]);
		expect(run('maintenance-notice', window({ updates: [], public: false }))).toEqual([]);
	});
	it('does not fire at exactly the notice period', () => {
		expect(
			run('maintenance-notice', window({ updates: [update('2026-11-23 23:30', 'scheduled')] }))
		).toEqual([]);
	});
});

describe('maintenance-window-passed', () => {
	it('fires for a window that ended before today and is still scheduled', () => {
		expect(run('maintenance-window-passed', window(), '2026-11-30')).toEqual([
			{
				file: 'maintenance/m.mdx',
				field: 'updates',
				message:
					'still scheduled: the window ended 2026-11-28 04:00 GMT+1, 2 days ago, and no update says it started',
				entry: { kind: 'maintenance', id: 'm' },
			},
		]);
	});
	it('fires for work still in progress or verifying after its window', () => {
		const started = window({
			updates: [
				update('2026-11-19 11:00', 'scheduled'),
				update('2026-11-28 02:00', 'in_progress'),
				update('2026-11-28 03:50', 'verifying'),
			],
		});
		expect(run('maintenance-window-passed', started, '2026-11-29')).toMatchObject([
			{ message: 'still verifying: the window ended 2026-11-28 04:00 GMT+1, 1 day ago' },
		]);
	});
	it('does not fire on the window’s own day (the build does not know the hour), nor once completed', () => {
		expect(run('maintenance-window-passed', window(), '2026-11-28')).toEqual([]);
		const done = window({
			updates: [update('2026-11-19 11:00', 'scheduled'), update('2026-11-28 03:30', 'completed')],
		});
		expect(run('maintenance-window-passed', done, '2026-12-30')).toEqual([]);
	});
});

describe('maintenance-status-order', () => {
	it('fires for an update that goes back to an earlier state', () => {
		const back = window({
			updates: [
				update('2026-11-19 11:00', 'scheduled'),
				update('2026-11-28 03:30', 'completed'),
				update('2026-11-28 03:40', 'in_progress'),
			],
		});
		expect(run('maintenance-status-order', back)).toMatchObject([
			{
				field: 'updates.2.status',
				message:
					'in_progress at 2026-11-28 03:40 GMT+1 comes after completed at 2026-11-28 03:30 GMT+1',
			},
		]);
	});
	it('accepts repeated states and a skipped verifying', () => {
		const forward = window({
			updates: [
				update('2026-11-19 11:00', 'scheduled'),
				update('2026-11-27 10:00', 'scheduled'),
				update('2026-11-28 02:00', 'in_progress'),
				update('2026-11-28 03:00', 'in_progress'),
				update('2026-11-28 03:30', 'completed'),
			],
		});
		expect(run('maintenance-status-order', forward)).toEqual([]);
	});
});
