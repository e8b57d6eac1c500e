import { describe, expect, it } from 'vitest';
import { startOfDay } from '../time.ts';
import {
	dailyStatus,
	downtimeMinutes,
	lastDays,
	uptimeOverDays,
	uptimePercent,
	type ImpactSpan,
} from './uptime.ts';
import { indicatorOf, worst } from './impact.ts';

const at = (iso: string) => new Date(iso);
const span = (start: string, end: string, impact: ImpactSpan['impact'], ref = 'x'): ImpactSpan => ({
	start: at(start),
	end: at(end),
	impact,
	ref,
});

describe('downtimeMinutes (Statuspage weighting)', () => {
	const from = at('2026-03-01T00:00:00Z');
	const to = at('2026-03-02T00:00:00Z');

	it('counts a major outage minute fully, a partial outage minute at 30%, degraded performance not at all', () => {
		expect(
			downtimeMinutes(
				[span('2026-03-01T10:00:00Z', '2026-03-01T11:00:00Z', 'major_outage')],
				from,
				to
			)
		).toBe(60);
		expect(
			downtimeMinutes(
				[span('2026-03-01T10:00:00Z', '2026-03-01T11:00:00Z', 'partial_outage')],
				from,
				to
			)
		).toBeCloseTo(18);
		expect(
			downtimeMinutes(
				[span('2026-03-01T10:00:00Z', '2026-03-01T11:00:00Z', 'degraded_performance')],
				from,
				to
			)
		).toBe(0);
	});

	it('counts overlapping incidents once, at the worst impact of each moment', () => {
		const spans = [
			span('2026-03-01T10:00:00Z', '2026-03-01T12:00:00Z', 'partial_outage', 'a'),
			span('2026-03-01T11:00:00Z', '2026-03-01T11:30:00Z', 'major_outage', 'b'),
			span('2026-03-01T11:15:00Z', '2026-03-01T11:45:00Z', 'major_outage', 'c'),
		];
		// 10:00-11:00 partial (18), 11:00-11:45 major (45), 11:45-12:00 partial (4.5)
		expect(downtimeMinutes(spans, from, to)).toBeCloseTo(18 + 45 + 4.5);
	});

	it('clips spans to the window', () => {
		expect(
			downtimeMinutes(
				[span('2026-02-28T23:00:00Z', '2026-03-01T01:00:00Z', 'major_outage')],
				from,
				to
			)
		).toBe(60);
	});

	it('gives 100% uptime without incidents and the weighted share otherwise', () => {
		expect(uptimePercent([], from, to)).toBe(100);
		expect(
			uptimePercent(
				[span('2026-03-01T00:00:00Z', '2026-03-01T02:24:00Z', 'major_outage')],
				from,
				to
			)
		).toBeCloseTo(90);
		expect(
			uptimePercent(
				[span('2026-03-01T00:00:00Z', '2026-03-01T08:00:00Z', 'partial_outage')],
				from,
				to
			)
		).toBeCloseTo(90);
	});
});

describe('days in the handbook timezone', () => {
	const zone = 'Australia/Sydney';

	it('lists the last N days oldest first, ending today', () => {
		expect(lastDays('2026-03-02', 3)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
		expect(lastDays('2026-11-23', 90)).toHaveLength(90);
	});

	it('starts a day at local midnight', () => {
		expect(startOfDay('2026-11-04', zone).toISOString()).toBe('2026-11-03T13:00:00.000Z');
	});

	it('puts an incident that crosses local midnight on both days, though it is one UTC day', () => {
		// 23:30-01:10 in Sydney (UTC+11) is 12:30-14:10 UTC on a single UTC day.
		const spans = [span('2026-11-03T12:30:00Z', '2026-11-03T14:10:00Z', 'major_outage', 'night')];
		const days = dailyStatus(spans, ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'], zone);
		expect(days.map((d) => d.status)).toEqual([
			'operational',
			'major_outage',
			'major_outage',
			'operational',
		]);
		expect(days[1]!.refs).toEqual(['night']);
		expect(dailyStatus(spans, ['2026-11-03', '2026-11-04'], 'UTC').map((d) => d.status)).toEqual([
			'major_outage',
			'operational',
		]);
	});

	it('shows the worst impact of a day and every incident that touched it', () => {
		const spans = [
			span('2026-11-03T00:00:00Z', '2026-11-03T01:00:00Z', 'degraded_performance', 'a'),
			span('2026-11-03T02:00:00Z', '2026-11-03T03:00:00Z', 'partial_outage', 'b'),
		];
		const [day] = dailyStatus(spans, ['2026-11-03'], 'UTC');
		expect(day).toEqual({ day: '2026-11-03', status: 'partial_outage', refs: ['a', 'b'] });
	});

	it('counts an unresolved incident (span ending at the build) on every day up to today', () => {
		const asOf = startOfDay('2026-11-24', zone);
		const open: ImpactSpan = {
			start: at('2026-11-21T23:00:00Z'),
			end: asOf,
			impact: 'partial_outage',
			ref: 'open',
		};
		const days = dailyStatus([open], lastDays('2026-11-23', 4), zone);
		expect(days.map((d) => d.day)).toEqual([
			'2026-11-20',
			'2026-11-21',
			'2026-11-22',
			'2026-11-23',
		]);
		expect(days.map((d) => d.status)).toEqual([
			'operational',
			'operational',
			'partial_outage',
			'partial_outage',
		]);
		// From 10:00 on the 22nd (Sydney) to the end of the 23rd: 38 h at 30% of the 30-day window.
		const minutes = 38 * 60 * 0.3;
		expect(uptimeOverDays([open], '2026-11-23', 30, zone)).toBeCloseTo(
			100 * (1 - minutes / (30 * 1440)),
			6
		);
	});

	it('measures windows across a DST change by real minutes', () => {
		// Sydney moves clocks forward on 2026-10-04: that day has 23 hours.
		const oneDay = uptimeOverDays(
			[span('2026-10-03T14:00:00Z', '2026-10-03T15:00:00Z', 'major_outage')],
			'2026-10-04',
			1,
			zone
		);
		expect(oneDay).toBeCloseTo(100 * (1 - 60 / (23 * 60)), 6);
	});
});

describe('impact', () => {
	it('maps the worst component status to Statuspage indicators', () => {
		expect(indicatorOf(worst([]))).toBe('none');
		expect(indicatorOf(worst(['degraded_performance']))).toBe('minor');
		expect(indicatorOf(worst(['degraded_performance', 'partial_outage']))).toBe('major');
		expect(indicatorOf(worst(['major_outage', 'partial_outage']))).toBe('critical');
	});
});
