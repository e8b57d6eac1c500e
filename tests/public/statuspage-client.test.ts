/**
 * A real Statuspage consumer, the `statuspage.io` npm client, reads every endpoint of the built public site over a
 * loopback server, with maintenance in every phase: one under way, one completed, the example's upcoming one, and one
 * that is not public. The maintenance objects are held to a saved response of a real Statuspage page
 * (tests/fixtures/statuspage-maintenance/), field by field.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import {
	IncidentStatus,
	MaintenanceStatus,
	Statuspage,
	type Components,
	type Incidents,
	type ScheduledMaintenances,
	type Status,
	type Summary,
} from 'statuspage.io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleCopy } from '../helpers/fixture.ts';
import { build, ROOT, type RunResult } from '../helpers/run.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';
import { freshOutDir, mainText } from './output.ts';

const ACTIVE = `---
title: Hosted Checkout maintenance
components: [checkout]
scheduledFor: 2026-11-23T13:00:00+01:00
scheduledUntil: 2026-11-23T15:00:00+01:00
public: true
updates:
  - at: 2026-11-16T10:00:00+01:00
    status: scheduled
    body: We will update the payment pages on Monday 23 November from 13:00 to 15:00 (Berlin time).
  - at: 2026-11-23T13:02:00+01:00
    status: in_progress
    body: The maintenance has started. Payment pages may take a few seconds longer to load.
owner: payments
---

Internal notes.
`;

const COMPLETED = `---
title: Email notifications maintenance
components: [notifications]
scheduledFor: 2026-11-14T02:00:00+01:00
scheduledUntil: 2026-11-14T03:00:00+01:00
public: true
updates:
  - at: 2026-11-06T09:00:00+01:00
    status: scheduled
    body: Receipts and account emails may be delayed by a few minutes on Saturday 14 November, 02:00 to 03:00.
  - at: 2026-11-14T02:01:00+01:00
    status: in_progress
    body: The maintenance has started.
  - at: 2026-11-14T02:40:00+01:00
    status: verifying
    body: The work is done and we are checking that every email goes out.
  - at: 2026-11-14T02:55:00+01:00
    status: completed
    body: The maintenance is complete. All delayed emails have been sent.
---

Internal notes.
`;

const PRIVATE = `---
title: Quarterly ledger failover rehearsal
components: [api]
scheduledFor: 2026-11-25T22:00:00+01:00
scheduledUntil: 2026-11-25T23:00:00+01:00
updates:
  - at: 2026-11-10T09:00:00+01:00
    status: scheduled
    body: Rehearsal only.
---

Internal notes.
`;

let result: RunResult & { out: string };
let content: string;
let server: StaticServer;
let client: Statuspage;
/** Every path the client asked the server for. */
const requested: string[] = [];

beforeAll(async () => {
	content = exampleCopy([
		{ file: 'maintenance/2026-11-23-checkout.mdx', write: ACTIVE },
		{ file: 'maintenance/2026-11-14-notifications.mdx', write: COMPLETED },
		{ file: 'maintenance/2026-11-25-rehearsal.mdx', write: PRIVATE },
	]);
	result = build(content, { site: 'public', out: freshOutDir() });
	expect(result.status, result.output.slice(-3000)).toBe(0);
	server = await serve(join(result.out, 'public'));
	client = new Statuspage('lindenpay');
	client.setApiUrl(server.url);
	// The client's own HTTP instance (axios): what it requests is what a Statuspage consumer requests.
	const http = (
		client as unknown as {
			apiClient: {
				interceptors: { request: { use(f: (config: { url?: string }) => unknown): void } };
			};
		}
	).apiClient;
	http.interceptors.request.use((config) => {
		requested.push(config.url ?? '');
		return config;
	});
}, 600_000);

afterAll(async () => {
	await server?.close();
	rmSync(result.out, { recursive: true, force: true });
	rmSync(content, { recursive: true, force: true });
});

/** GET through the client's own HTTP instance, for the endpoints its 3.3.8 methods never request (see below). */
const get = async <T>(path: string): Promise<T> =>
	(
		await (
			client as unknown as { apiClient: { get(path: string): Promise<{ data: T }> } }
		).apiClient.get(path)
	).data;

const maintenanceNames = (list: ScheduledMaintenances) =>
	list.scheduled_maintenances.map((m) => m.name);

describe('the statuspage.io client reads every endpoint', () => {
	it('summary: components (under maintenance while a window is under way), unresolved incidents, upcoming and active maintenance, the page status', async () => {
		const summary: Summary = await client.api.getSummary();
		expect(summary.page.url).toBe('https://status.lindenpay.com');
		const status = (id: string) => summary.components.find((c) => c.id === id)?.status;
		expect(status('checkout')).toBe('under_maintenance');
		expect(status('group-payments')).toBe('under_maintenance');
		expect(status('notifications')).toBe('operational');
		// The open incident on the API outranks maintenance on the page: customers need to know it is degraded.
		expect(summary.status).toEqual({
			indicator: 'minor',
			description: 'Partially Degraded Service',
		});
		expect(
			summary.incidents
				.map((i) => i.status)
				.every((s) => s !== IncidentStatus.Resolved && s !== IncidentStatus.Postmortem)
		).toBe(true);
		expect(maintenanceNames(summary)).toEqual([
			'Hosted Checkout maintenance',
			'Webhook delivery and API maintenance',
		]);
	});

	it('status, components, incidents and unresolved incidents', async () => {
		const status: Status = await client.api.getStatus();
		expect(status.status.indicator).toBe('minor');
		const components: Components = await client.api.getComponents();
		expect(components.components.find((c) => c.id === 'checkout')?.status).toBe(
			'under_maintenance'
		);
		const incidents: Incidents = await client.api.incidents.getAll();
		const unresolved: Incidents = await client.api.incidents.getUnresolved();
		expect(incidents.incidents.length).toBeGreaterThan(unresolved.incidents.length);
		expect(unresolved.incidents.length).toBeGreaterThan(0);
		// Maintenance windows are not incidents.
		expect(incidents.incidents.map((i) => i.name)).not.toContain('Hosted Checkout maintenance');
	});

	it('upcoming, active and all scheduled maintenances', async () => {
		const upcoming: ScheduledMaintenances = await client.api.scheduledMaintenances.getUpcoming();
		expect(upcoming.scheduled_maintenances.map((m) => [m.name, m.status])).toEqual([
			['Webhook delivery and API maintenance', 'scheduled'],
		]);
		// statuspage.io 3.3.8 sends getActive() and getAll() to upcoming.json as well (its Endpoint.ACTIVE_JSON is
		// 'upcoming.json' and getAll calls upcoming()), so those two files are read through its HTTP instance.
		expect(maintenanceNames(await client.api.scheduledMaintenances.getActive())).toEqual(
			maintenanceNames(upcoming)
		);
		const active = await get<ScheduledMaintenances>('/api/v2/scheduled-maintenances/active.json');
		expect(active.scheduled_maintenances.map((m) => [m.name, m.status])).toEqual([
			['Hosted Checkout maintenance', 'in_progress'],
		]);
		const all = await get<ScheduledMaintenances>('/api/v2/scheduled-maintenances.json');
		expect(all.scheduled_maintenances.map((m) => [m.name, m.status])).toEqual([
			['Webhook delivery and API maintenance', 'scheduled'],
			['Hosted Checkout maintenance', 'in_progress'],
			['Email notifications maintenance', 'completed'],
		]);
		const completed = all.scheduled_maintenances[2]!;
		expect(completed.resolved_at).toBe('2026-11-14T02:55:00+01:00');
		expect([completed.scheduled_for, completed.scheduled_until]).toEqual([
			'2026-11-14T02:00:00+01:00',
			'2026-11-14T03:00:00+01:00',
		]);
		expect(completed.incident_updates.map((u) => u.status)).toEqual([
			'completed',
			'verifying',
			'in_progress',
			'scheduled',
		]);
	});

	it('asked the server for every endpoint of the Status API', () => {
		expect(new Set(requested)).toEqual(
			new Set([
				'/api/v2/summary.json',
				'/api/v2/status.json',
				'/api/v2/components.json',
				'/api/v2/incidents.json',
				'/api/v2/incidents/unresolved.json',
				'/api/v2/scheduled-maintenances.json',
				'/api/v2/scheduled-maintenances/upcoming.json',
				'/api/v2/scheduled-maintenances/active.json',
			])
		);
	});
});

describe('scheduled maintenances in the shape of a real Statuspage page', () => {
	const real = JSON.parse(
		readFileSync(join(ROOT, 'tests/fixtures/statuspage-maintenance/renku-summary.json'), 'utf8')
	);
	const realMaintenance = real.scheduled_maintenances[0];
	/** The keys of an object in order, and the JSON type of each value (null apart). */
	const shape = (value: Record<string, unknown>) =>
		Object.entries(value).map(([key, v]) => [
			key,
			v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v,
		]);

	it('has the same fields, in the same order, with the same value types, down to updates, affected components and components', async () => {
		const {
			scheduled_maintenances: [ours],
		} = await get<{ scheduled_maintenances: Record<string, unknown>[] }>(
			'/api/v2/scheduled-maintenances/upcoming.json'
		);
		expect(shape(ours!)).toEqual(shape(realMaintenance));
		const [update] = ours!.incident_updates as Record<string, unknown>[];
		expect(shape(update!)).toEqual(shape(realMaintenance.incident_updates[0]));
		expect(shape((update!.affected_components as Record<string, unknown>[])[0]!)).toEqual(
			shape(realMaintenance.incident_updates[0].affected_components[0])
		);
		// Our components carry a description where the real one had none.
		const component = shape((ours!.components as Record<string, unknown>[])[0]!);
		expect(component.map(([key]) => key)).toEqual(
			shape(realMaintenance.components[0]).map(([key]) => key)
		);
	});

	it('moves components to under_maintenance when the work starts and back when it is completed, as update by update', async () => {
		const all = await get<ScheduledMaintenances>('/api/v2/scheduled-maintenances.json');
		const completed = all.scheduled_maintenances.find(
			(m) => m.status === MaintenanceStatus.Completed
		)!;
		const moves = (
			completed.incident_updates as unknown as {
				affected_components: { old_status: string; new_status: string }[];
			}[]
		).map((u) => [u.affected_components[0]!.old_status, u.affected_components[0]!.new_status]);
		expect(moves.reverse()).toEqual([
			['operational', 'operational'],
			['operational', 'under_maintenance'],
			['under_maintenance', 'under_maintenance'],
			['under_maintenance', 'operational'],
		]);
		// The real page's upcoming maintenance keeps its components operational, as ours does.
		expect(
			realMaintenance.incident_updates.every(
				(u: { affected_components: { new_status: string }[] }) =>
					u.affected_components.every((c) => c.new_status === 'operational')
			)
		).toBe(true);
	});
});

describe('maintenance on the public pages', () => {
	const page = (path: string) => mainText(readFileSync(join(result.out, 'public', path), 'utf8'));

	it('the status page shows the window under way and the one ahead; history shows the completed one in its month', () => {
		const home = page('index.html');
		expect(home).toMatch(
			/Maintenance in progress Hosted Checkout maintenance \(In progress\) 2026-11-23 13:00–15:00 GMT\+1 · Hosted Checkout/
		);
		expect(home).toMatch(
			/Scheduled maintenance Webhook delivery and API maintenance \(Scheduled\) 2026-11-28 02:00–04:00 GMT\+1 · Webhooks, Payments API/
		);
		expect(home).toContain('Under maintenance');
		expect(home).not.toContain('Email notifications maintenance');
		const history = page('history/index.html');
		expect(history).toMatch(
			/November 2026 .* Completed maintenance Email notifications maintenance \(Completed\) 2026-11-14 02:00–03:00 GMT\+1/
		);
		expect(history).not.toContain('Hosted Checkout maintenance');
	});

	it('each public window has a page with its updates; the one that is not public has none and is nowhere', () => {
		const done = page('maintenance/2026-11-14-email-notifications-maintenance/index.html');
		expect(done).toContain('Completed 2026-11-14 02:55 GMT+1');
		expect(done).toContain(
			'Verifying 2026-11-14 02:40 GMT+1 The work is done and we are checking that every email goes out.'
		);
		const all =
			readFileSync(join(result.out, 'public/api/v2/scheduled-maintenances.json'), 'utf8') +
			readFileSync(join(result.out, 'public/feed.xml'), 'utf8') +
			page('index.html');
		expect(all).not.toContain('Quarterly ledger failover rehearsal');
	});

	it('the feeds have an item per update of each public window, in all three formats and the feed of each component it affects', async () => {
		const parser = new Parser();
		const read = (path: string) => readFileSync(join(result.out, 'public', path), 'utf8');
		/** @returns id, title and status of each item, whatever the format */
		const items = async (path: string): Promise<(string | undefined)[][]> => {
			if (path.endsWith('.json'))
				return JSON.parse(read(path)).items.map(
					(i: { id: string; title: string; _firebreak: { status: string; impact: string } }) => [
						i.id,
						i.title,
						i._firebreak.status,
						i._firebreak.impact,
					]
				);
			return (await parser.parseString(read(path))).items.map((i) => [i.guid ?? i.id, i.title]);
		};
		const page =
			'https://status.lindenpay.com/maintenance/2026-11-14-email-notifications-maintenance/';
		const statuses = ['completed', 'verifying', 'in_progress', 'scheduled'];
		const labels = ['Completed', 'Verifying', 'In progress', 'Scheduled'];
		const expected = statuses.map((status, i) => [
			`${page}#2026-11-14-email-notifications-maintenance-${4 - i}`,
			`${labels[i]}: Email notifications maintenance`,
			status,
			'maintenance',
		]);
		for (const path of ['feed.json', 'feeds/notifications.json'])
			expect(
				(await items(path)).filter(([id]) => id!.startsWith(page)),
				path
			).toEqual(expected);
		for (const path of [
			'feed.xml',
			'feed.atom',
			'feeds/notifications.xml',
			'feeds/notifications.atom',
		]) {
			expect(
				(await items(path)).filter(([id]) => id!.startsWith(page)),
				path
			).toEqual(expected.map((item) => item.slice(0, 2)));
		}
		const checkout = (await items('feeds/checkout.xml')).map(([, title]) => title);
		expect(checkout).toEqual(
			expect.arrayContaining([
				'In progress: Hosted Checkout maintenance',
				'Scheduled: Hosted Checkout maintenance',
			])
		);
		for (const path of ['feeds/api.xml', 'feeds/api.atom', 'feeds/api.json'])
			expect(read(path), path).not.toContain('Hosted Checkout maintenance');
		expect(read('feed.atom')).toContain(
			'This scheduled maintenance affected: Email Notifications.'
		);
	});
});
