import { describe, expect, it } from 'vitest';
import { resolveClock, resolveNow, resolveToday } from './clock.ts';

describe('resolveToday', () => {
	it('prefers the flag, then FIREBREAK_TODAY', () => {
		expect(resolveToday('UTC', '2026-01-02', { FIREBREAK_TODAY: '2026-05-05' })).toBe('2026-01-02');
		expect(resolveToday('UTC', undefined, { FIREBREAK_TODAY: '2026-05-05' })).toBe('2026-05-05');
	});
	it('falls back to the real date in the zone', () => {
		expect(resolveToday('Pacific/Kiritimati', undefined, {})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
	it('refuses a malformed pinned date with a readable message', () => {
		expect(() => resolveToday('UTC', '23/11/2026', {})).toThrow(/YYYY-MM-DD.*23\/11\/2026/);
		expect(() => resolveToday('UTC', undefined, { FIREBREAK_TODAY: '2026-02-31' })).toThrow(
			/FIREBREAK_TODAY/
		);
	});
});

describe('resolveNow', () => {
	it('takes --at as frontmatter writes a timestamp, or a time of day on today', () => {
		expect(
			resolveNow('Europe/Berlin', { at: '2026-03-04T10:15:00+01:00' }, {}).at.toISOString()
		).toBe('2026-03-04T09:15:00.000Z');
		expect(resolveNow('Europe/Berlin', { at: '2026-06-04 10:15' }, {})).toEqual({
			at: new Date('2026-06-04T08:15:00Z'),
			source: 'at',
		});
		expect(
			resolveNow('Europe/Berlin', { at: '23:50', today: '2026-11-23' }, {}).at.toISOString()
		).toBe('2026-11-23T22:50:00.000Z');
		expect(
			resolveNow(
				'Europe/Berlin',
				{ at: '07:05' },
				{ FIREBREAK_TODAY: '2026-07-01' }
			).at.toISOString()
		).toBe('2026-07-01T05:05:00.000Z');
	});
	it('is the current minute when nothing pins the day', () => {
		const before = Date.now();
		const now = resolveNow('Asia/Kolkata', {}, {});
		expect(now.source).toBe('clock');
		expect(now.at.getUTCSeconds()).toBe(0);
		expect(before - now.at.getTime()).toBeLessThan(60_000);
		expect(before - now.at.getTime()).toBeGreaterThanOrEqual(0);
	});
	it('is the start of a pinned day in the zone, the same on every run', () => {
		expect(resolveNow('America/New_York', { today: '2026-11-23' }, {})).toEqual({
			at: new Date('2026-11-23T05:00:00Z'),
			source: 'pinned day',
		});
		expect(
			resolveNow('America/New_York', {}, { FIREBREAK_TODAY: '2026-07-01' }).at.toISOString()
		).toBe('2026-07-01T04:00:00.000Z');
	});
	it('refuses an --at that is no timestamp, naming the forms it takes', () => {
		expect(() => resolveNow('UTC', { at: 'yesterday' }, {})).toThrow(
			/--at must be a timestamp like .* or a time of day 10:15; found "yesterday"/
		);
		expect(() => resolveNow('UTC', { at: '25:00' }, {})).toThrow(/--at must be/);
		expect(() => resolveNow('UTC', { at: '2026-02-30 10:00' }, {})).toThrow(/--at must be/);
	});
});

describe('resolveClock', () => {
	it('stands a pinned day at its last millisecond in the handbook timezone', () => {
		const { today, now } = resolveClock('Europe/Berlin', undefined, {
			FIREBREAK_TODAY: '2026-11-23',
		});
		expect(today).toBe('2026-11-23');
		expect(now).toEqual(new Date('2026-11-23T22:59:59.999Z'));
		// Across a DST change the day's end moves with the offset.
		expect(resolveClock('Europe/Berlin', '2026-07-01', {}).now).toEqual(
			new Date('2026-07-01T21:59:59.999Z')
		);
	});
	it('reads the system clock once when nothing is pinned, today being its day in the zone', () => {
		const before = Date.now();
		const { today, now } = resolveClock('Pacific/Kiritimati', undefined, {});
		expect(now.getTime()).toBeGreaterThanOrEqual(before);
		expect(now.getTime()).toBeLessThanOrEqual(Date.now());
		expect(today).toBe(
			new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(now)
		);
	});
});
