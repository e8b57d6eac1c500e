import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Incident } from './handbook.ts';
import { countsTowardMetrics, incidentTimes, needsPostmortem, severityRank } from './incidents.ts';
import { openHandbook } from './open-handbook.ts';

const handbook = openHandbook(join(import.meta.dirname, '../../tests/fixtures/minimal')).handbook!;
const incident = [...handbook.incidents.values()][0]!;
const variant = (over: Partial<Incident['data']>): Incident => ({
	...incident,
	data: { ...incident.data, ...over },
});

describe('incident times', () => {
	it('measures duration, TTD, TTA, TTM and TTR', () => {
		expect(incidentTimes(incident, new Date('2030-01-01'))).toEqual({
			durationMinutes: 50,
			ttdMinutes: 3,
			ttaMinutes: 2,
			ttmMinutes: 40,
			ttrMinutes: 50,
		});
	});
	it('runs an open incident until now and leaves unknown times out', () => {
		const open = variant({
			resolvedAt: undefined,
			mitigatedAt: undefined,
			acknowledgedAt: undefined,
		});
		const times = incidentTimes(open, new Date('2026-10-02T14:00:00Z'));
		expect(times.durationMinutes).toBe(60);
		expect(times).not.toHaveProperty('ttrMinutes');
		expect(times).not.toHaveProperty('ttaMinutes');
	});
});

describe('ladder facts', () => {
	it('ranks severities by their place in the ladder', () => {
		expect(['major', 'minor', 'low'].map((id) => severityRank(handbook, id))).toEqual([0, 1, 2]);
	});
	it('requires postmortems where the ladder says so, never for drills', () => {
		expect(needsPostmortem(handbook, incident)).toBe(true);
		expect(needsPostmortem(handbook, variant({ severity: 'minor' }))).toBe(false);
		expect(needsPostmortem(handbook, variant({ drill: true }))).toBe(false);
		expect(countsTowardMetrics(variant({ drill: true }))).toBe(false);
	});
});
