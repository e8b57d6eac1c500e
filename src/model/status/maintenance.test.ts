import { describe, expect, it } from 'vitest';
import { componentStatusNow, pageStatus, publicStatusLabel, rollupStatus } from './maintenance.ts';
import { downtimeMinutes, uptimePercent, type ImpactSpan } from './uptime.ts';

const at = (iso: string) => new Date(iso);
const span = (start: string, end: string, impact: ImpactSpan['impact']): ImpactSpan => ({
	start: at(start),
	end: at(end),
	impact,
	ref: 'x',
});

describe('status with maintenance (Statuspage vocabulary)', () => {
	it('puts an operational component under maintenance; an incident impact wins', () => {
		expect(componentStatusNow('operational', true)).toBe('under_maintenance');
		expect(componentStatusNow('partial_outage', true)).toBe('partial_outage');
		expect(componentStatusNow('operational', false)).toBe('operational');
	});

	it('rolls a group up to its worst impact, else under maintenance', () => {
		expect(rollupStatus(['operational', 'under_maintenance'])).toBe('under_maintenance');
		expect(rollupStatus(['degraded_performance', 'under_maintenance'])).toBe(
			'degraded_performance'
		);
		expect(rollupStatus(['operational'])).toBe('operational');
	});

	it('gives the page the indicator maintenance when nothing worse is going on', () => {
		expect(pageStatus(['operational', 'under_maintenance'])).toEqual({
			indicator: 'maintenance',
			description: 'Service Under Maintenance',
		});
		expect(pageStatus(['major_outage', 'under_maintenance'])).toEqual({
			indicator: 'critical',
			description: 'Major System Outage',
		});
		expect(pageStatus([])).toEqual({ indicator: 'none', description: 'All Systems Operational' });
		expect(publicStatusLabel('under_maintenance')).toBe('Under maintenance');
	});
});

describe('maintenance time does not count against uptime', () => {
	const from = at('2026-03-01T00:00:00Z');
	const to = at('2026-03-02T00:00:00Z');
	const outage = [span('2026-03-01T10:00:00Z', '2026-03-01T12:00:00Z', 'major_outage')];
	const window = { start: at('2026-03-01T09:30:00Z'), end: at('2026-03-01T11:00:00Z') };

	it('counts only the outage minutes outside the maintenance window', () => {
		expect(downtimeMinutes(outage, from, to)).toBe(120);
		expect(downtimeMinutes(outage, from, to, [window])).toBe(60);
		expect(uptimePercent(outage, from, to, [window])).toBeCloseTo(100 * (1 - 60 / 1440));
	});

	it('counts nothing during a window that covers the whole outage, and ignores windows outside the range', () => {
		expect(
			downtimeMinutes(outage, from, to, [
				{ start: at('2026-03-01T09:00:00Z'), end: at('2026-03-01T13:00:00Z') },
			])
		).toBe(0);
		expect(
			downtimeMinutes(outage, from, to, [
				{ start: at('2026-02-20T09:00:00Z'), end: at('2026-02-20T13:00:00Z') },
			])
		).toBe(120);
	});
});
