import { describe, expect, it } from 'vitest';
import { testHandbook } from '../checks/test-handbook.ts';
import { buildPublicArchive } from './archive.ts';
import { statuspageApi } from './statuspage.ts';

const TODAY = '2026-11-23';
const update = (at: string, status: string, body = `${status}.`) => ({ at, status, body });
const maintenance = (overrides: Record<string, unknown>) => ({
	title: 'Checkout maintenance',
	components: ['checkout'],
	scheduledFor: '2026-11-23 13:00',
	scheduledUntil: '2026-11-23 15:00',
	public: true,
	updates: [update('2026-11-16 10:00', 'scheduled', 'We will update checkout.')],
	...overrides,
});
const archiveOf = (
	maintenances: Record<string, Record<string, unknown>>,
	incidents: Record<string, Record<string, unknown>> = {}
) =>
	buildPublicArchive(
		testHandbook({
			maintenances,
			incidents,
			config: {
				components: [
					{ id: 'checkout', name: 'Checkout', group: 'Payments' },
					{ id: 'api', name: 'API' },
				],
			},
		}),
		TODAY
	);

describe('the public projection of a maintenance', () => {
	it('publishes only public maintenances, with none of the internal fields, redacting what customers read', () => {
		const archive = archiveOf({
			a: maintenance({
				title: 'Checkout maintenance with Alice Moreau',
				owner: 'bkhan',
				change: 'CHG-4411 on db-7.acme.internal',
				updates: [
					update('2026-11-16 10:00', 'scheduled', 'Alice Moreau upgrades db-7.acme.internal.'),
				],
			}),
			b: maintenance({ title: 'A private rehearsal', public: false }),
		});
		expect(archive.maintenances.map((m) => m.title)).toEqual([
			'Checkout maintenance with an engineer',
		]);
		const [m] = archive.maintenances;
		expect(m!.updates[0]!.body).toBe('An engineer upgrades an internal service.');
		expect(JSON.stringify(m)).not.toMatch(/bkhan|Bilal|CHG-4411|db-7|Moreau|owner|change/i);
		expect(m!.id).toBe('2026-11-23-checkout-maintenance-with-an-engineer');
		expect(m!.url).toBe('/maintenance/2026-11-23-checkout-maintenance-with-an-engineer/');
	});

	it('takes its status from the latest update and its span from the work, up to the build’s now while under way', () => {
		const archive = archiveOf({
			a: maintenance({
				updates: [
					update('2026-11-16 10:00', 'scheduled'),
					update('2026-11-23 13:02', 'in_progress'),
				],
			}),
		});
		const [m] = archive.maintenances;
		expect([m!.status, m!.phase]).toEqual(['in_progress', 'active']);
		expect(m!.span).toEqual({ start: new Date('2026-11-23T12:02:00Z'), end: archive.asOf });
		expect(m!.updates.map((u) => u.status)).toEqual(['in_progress', 'scheduled']);
	});

	it('never gives a maintenance the public id of an incident', () => {
		const archive = archiveOf(
			{
				a: maintenance({
					title: 'Checkout failing',
					scheduledFor: '2026-03-04 12:00',
					scheduledUntil: '2026-03-04 13:00',
				}),
			},
			{
				i: {
					title: 'Checkout failing',
					severity: 'sev2',
					services: ['checkout-api'],
					startedAt: '2026-03-04 10:00',
					detectedAt: '2026-03-04 10:05',
					resolvedAt: '2026-03-04 11:00',
					public: true,
				},
			}
		);
		expect(archive.incidents[0]!.id).toBe('2026-03-04-checkout-failing');
		expect(archive.maintenances[0]!.id).toBe('2026-03-04-checkout-failing-2');
	});
});

describe('components, page status and uptime with maintenance', () => {
	it('puts components under maintenance while a window is under way, not before or after', () => {
		const status = (updates: ReturnType<typeof update>[]) =>
			archiveOf({ a: maintenance({ updates }) }).components.find((c) => c.id === 'checkout')!
				.status;
		expect(status([update('2026-11-16 10:00', 'scheduled')])).toBe('operational');
		expect(status([update('2026-11-23 13:00', 'in_progress')])).toBe('under_maintenance');
		expect(status([update('2026-11-23 13:00', 'verifying')])).toBe('under_maintenance');
		expect(
			status([update('2026-11-23 13:00', 'in_progress'), update('2026-11-23 14:00', 'completed')])
		).toBe('operational');
		expect(
			archiveOf({ a: maintenance({ updates: [update('2026-11-23 13:00', 'in_progress')] }) }).status
		).toEqual({ indicator: 'maintenance', description: 'Service Under Maintenance' });
	});

	it('does not count an outage during the maintenance window against uptime', () => {
		const outage = {
			title: 'Checkout down',
			severity: 'sev1',
			services: ['checkout-api'],
			components: { checkout: 'major_outage' },
			startedAt: '2026-11-20 02:00',
			detectedAt: '2026-11-20 02:01',
			acknowledgedAt: '2026-11-20 02:02',
			mitigatedAt: '2026-11-20 03:00',
			resolvedAt: '2026-11-20 03:00',
			roles: { ic: 'amoreau', tl: 'bkhan' },
			public: true,
		};
		const uptime = (updates: ReturnType<typeof update>[]) =>
			archiveOf(
				{
					a: maintenance({
						scheduledFor: '2026-11-20 02:00',
						scheduledUntil: '2026-11-20 03:00',
						updates,
					}),
				},
				{ i: outage }
			).components.find((c) => c.id === 'checkout')!.uptime.days30;
		const without = uptime([update('2026-11-10 10:00', 'scheduled')]);
		expect(without).toBeCloseTo(100 * (1 - 60 / (30 * 1440)));
		expect(
			uptime([update('2026-11-20 02:00', 'in_progress'), update('2026-11-20 02:30', 'completed')])
		).toBeCloseTo(100 * (1 - 30 / (30 * 1440)));
		expect(uptime([update('2026-11-20 03:00', 'completed')])).toBe(100);
	});
});

describe('the Statuspage documents', () => {
	const archive = archiveOf({
		up: maintenance({
			title: 'Upcoming work',
			scheduledFor: '2026-11-28 02:00',
			scheduledUntil: '2026-11-28 03:00',
		}),
		now: maintenance({
			title: 'Work under way',
			updates: [update('2026-11-16 10:00', 'scheduled'), update('2026-11-23 13:00', 'verifying')],
		}),
		done: maintenance({
			title: 'Finished work',
			scheduledFor: '2026-11-10 02:00',
			scheduledUntil: '2026-11-10 03:00',
			updates: [update('2026-11-01 10:00', 'scheduled'), update('2026-11-10 02:50', 'completed')],
		}),
	});
	const api = statuspageApi(archive);
	const names = (list: { name: string }[]) => list.map((m) => m.name);

	it('lists all, upcoming (scheduled) and active (in progress or verifying) maintenances; the summary holds active and upcoming', () => {
		expect(names(api['scheduled-maintenances'].scheduled_maintenances)).toEqual([
			'Upcoming work',
			'Work under way',
			'Finished work',
		]);
		expect(names(api['scheduled-maintenances/upcoming'].scheduled_maintenances)).toEqual([
			'Upcoming work',
		]);
		expect(names(api['scheduled-maintenances/active'].scheduled_maintenances)).toEqual([
			'Work under way',
		]);
		expect(names(api.summary.scheduled_maintenances)).toEqual(['Work under way', 'Upcoming work']);
	});

	it('writes impact maintenance, the window, the announcement as created_at and started_at, completion as resolved_at', () => {
		const done = api['scheduled-maintenances'].scheduled_maintenances[2]!;
		expect(done).toMatchObject({
			impact: 'maintenance',
			status: 'completed',
			created_at: '2026-11-01T10:00:00+01:00',
			started_at: '2026-11-01T10:00:00+01:00',
			resolved_at: '2026-11-10T02:50:00+01:00',
			monitoring_at: null,
			scheduled_for: '2026-11-10T02:00:00+01:00',
			scheduled_until: '2026-11-10T03:00:00+01:00',
			shortlink: 'https://status.acme.com/maintenance/2026-11-10-finished-work/',
		});
		expect(api.components.components.find((c) => c.id === 'group-payments')!.status).toBe(
			'under_maintenance'
		);
		expect(api.status.status.indicator).toBe('maintenance');
	});
});
