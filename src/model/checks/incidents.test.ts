import { describe, expect, it } from 'vitest';
import { incidentRules, updateGaps } from './incidents.ts';
import { incidentData, testContext } from './test-handbook.ts';

const run = (id: string, incident: Record<string, unknown>) =>
	incidentRules
		.find((r) => r.id === id)!
		.check(testContext({ incidents: { inc: incidentData(incident) } }));

describe('incident-timestamps', () => {
	it('fires for each timestamp before an earlier milestone', () => {
		expect(
			run('incident-timestamps', { detectedAt: '2026-03-04 09:55', resolvedAt: '2026-03-04 10:30' })
		).toEqual([
			{
				file: 'incidents/inc.mdx',
				field: 'detectedAt',
				message: 'detectedAt (2026-03-04 09:55 GMT+1) is before startedAt (2026-03-04 10:00 GMT+1)',
				entry: { kind: 'incident', id: 'inc' },
			},
			{
				file: 'incidents/inc.mdx',
				field: 'resolvedAt',
				message:
					'resolvedAt (2026-03-04 10:30 GMT+1) is before mitigatedAt (2026-03-04 10:40 GMT+1)',
				entry: { kind: 'incident', id: 'inc' },
			},
		]);
	});
	it('compares instants, not the written offsets', () => {
		// 09:03 in New York is 15:03 in Berlin: after the 10:00 Berlin start.
		expect(
			run('incident-timestamps', {
				detectedAt: '2026-03-04T09:03:00-05:00',
				acknowledgedAt: undefined,
				mitigatedAt: undefined,
				resolvedAt: undefined,
			})
		).toEqual([]);
	});
	it('does not fire for an ordered, or ongoing, incident', () => {
		expect(run('incident-timestamps', {})).toEqual([]);
		expect(run('incident-timestamps', { mitigatedAt: undefined, resolvedAt: undefined })).toEqual(
			[]
		);
	});
});

describe('incident-commander', () => {
	it('fires when the ladder requires an IC and none is named', () => {
		expect(run('incident-commander', { roles: { tl: 'bkhan' } })).toMatchObject([
			{ field: 'roles.ic', message: 'a Sev-1 incident needs an incident commander; none is named' },
		]);
	});
	it('fires when the IC is also the tech lead', () => {
		expect(run('incident-commander', { roles: { ic: 'bkhan', tl: 'bkhan' } })).toMatchObject([
			{ field: 'roles.tl', message: expect.stringContaining('Bilal Khan is both') },
		]);
	});
	it('does not fire with a separate IC, or where the ladder does not require one', () => {
		expect(run('incident-commander', {})).toEqual([]);
		expect(run('incident-commander', { severity: 'sev2', roles: {} })).toEqual([]);
	});
});

describe('incident-update-cadence', () => {
	const updates = (...times: string[]) =>
		times.map((at) => ({ at, status: 'investigating', body: 'Looking into it.' }));
	it('fires for each gap over the cadence of a public incident, up to resolution', () => {
		// Sev-1: every 30 min. Acknowledged 10:07; updates 10:15, 11:00 (45 min gap); resolved 11:00.
		const findings = run('incident-update-cadence', {
			public: true,
			updates: updates('2026-03-04 10:15', '2026-03-04 11:00'),
		});
		expect(findings).toMatchObject([
			{
				field: 'updates.1.at',
				message: expect.stringContaining(
					'customers heard nothing for 45 min (2026-03-04 10:15 GMT+1 to 2026-03-04 11:00 GMT+1)'
				),
			},
		]);
		// No update after 10:15 while resolution came at 11:00.
		expect(
			run('incident-update-cadence', { public: true, updates: updates('2026-03-04 10:15') })
		).toMatchObject([{ field: 'resolvedAt' }]);
	});
	it('does not fire on cadence, for internal incidents, or for updates after resolution', () => {
		expect(
			run('incident-update-cadence', {
				public: true,
				updates: updates('2026-03-04 10:30', '2026-03-04 10:55', '2026-03-04 11:00'),
			})
		).toEqual([]);
		expect(run('incident-update-cadence', { public: false, updates: [] })).toEqual([]);
		const { handbook } = testContext({
			incidents: {
				inc: incidentData({
					public: true,
					updates: updates('2026-03-04 10:30', '2026-03-04 10:59', '2026-03-05 09:00'),
				}),
			},
		});
		expect(updateGaps(handbook.incidents.get('inc')!).map((gap) => gap.field)).toEqual([
			'updates.0.at',
			'updates.1.at',
			'resolvedAt',
		]);
	});
});
