import { describe, expect, it } from 'vitest';
import {
	dayIn,
	daysBetween,
	endOfDay,
	formatDuration,
	formatTimestamp,
	minutesBetween,
} from './time.ts';

describe('time', () => {
	it('counts calendar days, across month and year ends', () => {
		expect(daysBetween('2026-01-30', '2026-03-01')).toBe(30);
		expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
		expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
		// A DST change in between does not make a day 23 hours long.
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
	});
	it('puts an instant on the calendar day of the handbook timezone', () => {
		const lateUtc = new Date('2026-03-04T23:30:00Z');
		expect(dayIn(lateUtc, 'Europe/Berlin')).toBe('2026-03-05');
		expect(dayIn(lateUtc, 'America/New_York')).toBe('2026-03-04');
	});
	it('ends a day at the next midnight of the handbook timezone, summer time included', () => {
		expect(endOfDay('2026-11-23', 'Europe/Berlin').toISOString()).toBe('2026-11-23T23:00:00.000Z');
		expect(endOfDay('2026-03-28', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
		expect(endOfDay('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
		expect(endOfDay('2026-06-10', 'America/New_York').toISOString()).toBe(
			'2026-06-11T04:00:00.000Z'
		);
	});
	it('formats durations compactly', () => {
		expect(formatDuration(45)).toBe('45 min');
		expect(formatDuration(125)).toBe('2 h 05 min');
		expect(formatDuration(60 * 24 * 3 + 60 * 4)).toBe('3 d 4 h');
		expect(minutesBetween(new Date('2026-01-01T10:00:00Z'), new Date('2026-01-01T10:30:00Z'))).toBe(
			30
		);
	});
	it('formats timestamps in the zone with its abbreviation', () => {
		expect(formatTimestamp(new Date('2026-03-04T09:15:00Z'), 'Europe/Berlin')).toMatch(
			/^2026-03-04 10:15 (GMT\+1|CET)$/
		);
	});
});
