import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../open-handbook.ts';
import { buildPublicArchive } from './archive.ts';
import {
	createProjection,
	previewPublicPostmortem,
	toPublicIncident,
	toPublicPostmortem,
} from './project.ts';
import { countRedactions, previewMarker } from './preview.ts';
import { whyNotPublic } from './visibility.ts';

const handbook = openHandbook(
	fileURLToPath(new URL('../../../tests/fixtures/leaky', import.meta.url))
).handbook!;
const TODAY = '2026-11-23';
const archive = buildPublicArchive(handbook, TODAY);
const projection = createProjection(handbook, TODAY);
const incident = (id: string) => handbook.incidents.get(id)!;
const postmortem = (id: string) => handbook.postmortems.get(id)!;

describe('what is public (deny-by-default)', () => {
	it('publishes only incidents marked public that are not drills', () => {
		expect(
			toPublicIncident(projection, incident('2026-10-20-reconciliation-wedged'))
		).toBeUndefined();
		expect(toPublicIncident(projection, incident('2026-09-15-failover-drill'))).toBeUndefined();
		expect(archive.incidents.map((i) => i.title)).toEqual([
			'Slow responses from the Public API',
			'Shipment tracking unavailable for a customer and others',
		]);
	});

	it('publishes a postmortem only when public, published, with a public summary, of a public incident', () => {
		expect(toPublicPostmortem(projection, postmortem('2026-11-22-api-slow'))).toBeUndefined();
		expect(whyNotPublic(handbook, postmortem('2026-11-22-api-slow'))).toEqual([
			'its status is draft, not published',
		]);
		expect(archive.postmortems).toHaveLength(1);
	});

	it('gives public ids from the day and the redacted public title, never the file name', () => {
		expect(archive.incidents.map((i) => i.id)).toEqual([
			'2026-11-22-slow-responses-from-the-public-api',
			'2026-11-03-shipment-tracking-unavailable-for-a-customer',
		]);
	});
});

describe('toPublicIncident', () => {
	const outage = archive.incidents[1]!;

	it('carries the customer-facing updates (redacted, newest first) and no roles or internal timeline', () => {
		expect(outage.updates.map((u) => u.status)).toEqual([
			'resolved',
			'identified',
			'investigating',
		]);
		expect(outage.updates[1]!.body).toBe(
			'A database host (an internal address) ran out of disk space. An engineer is failing it over.'
		);
		expect(JSON.stringify(outage)).not.toMatch(
			/hvollmer|praghunathan|replication slot|pg-tracking/
		);
	});

	it('derives Statuspage impact and status, and the impact window from mitigation', () => {
		expect(outage.impact).toBe('critical');
		expect(outage.status).toBe('postmortem');
		expect(outage.impactEndedAt?.toISOString()).toBe('2026-11-03T14:10:00.000Z');
		expect(archive.incidents[0]).toMatchObject({ status: 'identified', impact: 'minor' });
		expect(archive.incidents[0]!.resolvedAt).toBeUndefined();
	});
});

describe('toPublicPostmortem', () => {
	const pm = archive.postmortems[0]!;

	it('lists only public action items, with title and status, never the owner', () => {
		expect(pm.actionItems).toEqual([
			{
				title: 'Alert when a replication slot retains more than 10 GB on an internal service',
				status: 'in-progress',
			},
			{ title: 'Drop slots of standbys that are gone, automatically', status: 'open' },
		]);
	});

	it('uses the public summary, redacted, and never the internal one', () => {
		expect(pm.summary).toBe(
			'Tracking was unavailable for 100 minutes because a database disk filled up. Details were on an internal service and at an internal address; our engineers an engineer and an engineer fixed it.'
		);
	});
});

describe('components', () => {
	it('takes the current status from unresolved public incidents only, and history over 90 days', () => {
		const [tracking, api] = archive.components;
		expect(tracking).toMatchObject({ id: 'tracking', status: 'operational' });
		expect(api).toMatchObject({ id: 'api', status: 'degraded_performance' });
		expect(archive.status).toEqual({
			indicator: 'minor',
			description: 'Partially Degraded Service',
		});
		expect(tracking!.days).toHaveLength(90);
		// 23:30-01:10 in Sydney: two bars, though it is one UTC day. The drill and the internal incident do not count.
		expect(
			tracking!.days.filter((d) => d.status !== 'operational').map((d) => [d.day, d.status])
		).toEqual([
			['2026-11-03', 'major_outage'],
			['2026-11-04', 'major_outage'],
		]);
		expect(tracking!.uptime.days30).toBeCloseTo(100 * (1 - 100 / (30 * 1440)), 6);
	});
});

describe('previewPublicPostmortem', () => {
	it('previews a postmortem that is not public yet, with its redactions marked and the reason it stays internal', () => {
		const preview = previewPublicPostmortem(
			handbook,
			postmortem('2026-11-22-api-slow'),
			TODAY,
			previewMarker
		);
		expect(preview.whyNotPublic).toEqual(['its status is draft, not published']);
		expect(countRedactions(preview.postmortem.title)).toBe(1);
	});

	it('marks the same redactions the public site makes', () => {
		const preview = previewPublicPostmortem(
			handbook,
			postmortem('2026-11-03-tracking-down'),
			TODAY,
			previewMarker
		);
		expect(preview.postmortem.id).toBe(archive.postmortems[0]!.id);
		expect(countRedactions(preview.postmortem.summary)).toBe(4);
	});
});
