import { describe, expect, it } from 'vitest';
import { resolveClock, resolveToday } from './clock.ts';

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
		expect(() => resolveToday('UTC', undefined, { FIREBREAK_TODAY: '2026-02-31' })).toThrow(/FIREBREAK_TODAY/);
	});
});

describe('resolveClock', () => {
	it('stands a pinned day at its last millisecond in the handbook timezone', () => {
		const { today, now } = resolveClock('Europe/Berlin', undefined, { FIREBREAK_TODAY: '2026-11-23' });
		expect(today).toBe('2026-11-23');
		expect(now).toEqual(new Date('2026-11-23T22:59:59.999Z'));
		// Across a DST change the day's end moves with the offset.
		expect(resolveClock('Europe/Berlin', '2026-07-01', {}).now).toEqual(new Date('2026-07-01T21:59:59.999Z'));
	});
	it('reads the system clock once when nothing is pinned, today being its day in the zone', () => {
		const before = Date.now();
		const { today, now } = resolveClock('Pacific/Kiritimati', undefined, {});
		expect(now.getTime()).toBeGreaterThanOrEqual(before);
		expect(now.getTime()).toBeLessThanOrEqual(Date.now());
		expect(today).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(now));
	});
});
