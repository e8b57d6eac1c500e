import { describe, expect, it } from 'vitest';
import {
	addBusinessDays,
	businessCalendar,
	businessDaysBetween,
	businessDeadline,
	isBusinessDay,
} from './business-days.ts';

const berlin = businessCalendar({
	org: { name: 'Acme', timezone: 'Europe/Berlin' },
	holidays: ['2026-12-25', '2026-12-28'],
});

describe('business days', () => {
	it('skips Saturday and Sunday', () => {
		expect(isBusinessDay('2026-11-20', berlin)).toBe(true); // Friday
		expect(isBusinessDay('2026-11-21', berlin)).toBe(false); // Saturday
		expect(isBusinessDay('2026-11-22', berlin)).toBe(false); // Sunday
		expect(addBusinessDays('2026-11-20', 1, berlin)).toBe('2026-11-23'); // Friday + 1 → Monday
		expect(addBusinessDays('2026-11-18', 5, berlin)).toBe('2026-11-25'); // Wednesday + 5 → next Wednesday
		expect(addBusinessDays('2026-11-21', 1, berlin)).toBe('2026-11-23'); // from a Saturday, Monday is the first
	});

	it('skips the handbook holidays', () => {
		expect(isBusinessDay('2026-12-25', berlin)).toBe(false);
		// Thursday 24th + 2: Friday 25th (holiday), weekend, Monday 28th (holiday) → Tuesday 29th, Wednesday 30th.
		expect(addBusinessDays('2026-12-24', 2, berlin)).toBe('2026-12-30');
		expect(businessDaysBetween('2026-12-24', '2026-12-30', berlin)).toBe(2);
	});

	it('counts the days after `from`, up to and including `to`', () => {
		expect(businessDaysBetween('2026-11-20', '2026-11-20', berlin)).toBe(0);
		expect(businessDaysBetween('2026-11-20', '2026-11-23', berlin)).toBe(1);
		expect(businessDaysBetween('2026-11-23', '2026-11-20', berlin)).toBe(0);
		expect(addBusinessDays('2026-11-20', 0, berlin)).toBe('2026-11-20');
	});

	it('reads the starting instant in the handbook timezone', () => {
		// Friday 23:30 UTC is already Saturday 00:30 in Berlin: the clock starts on Saturday, so Monday is day 1.
		const lateFriday = new Date('2026-11-20T23:30:00Z');
		expect(businessDeadline(lateFriday, 1, berlin)).toBe('2026-11-23');
		// The same instant in New York is still Friday afternoon: day 1 is Monday there too, but day 0 differs.
		const newYork = businessCalendar({
			org: { name: 'Acme', timezone: 'America/New_York' },
			holidays: [],
		});
		expect(businessDeadline(lateFriday, 0, newYork)).toBe('2026-11-20');
		expect(businessDeadline(lateFriday, 0, berlin)).toBe('2026-11-21');
		// Thursday 23:30 UTC: Friday in Berlin (day 1 = Monday), Thursday in New York (day 1 = Friday).
		const lateThursday = new Date('2026-11-19T23:30:00Z');
		expect(businessDeadline(lateThursday, 1, berlin)).toBe('2026-11-23');
		expect(businessDeadline(lateThursday, 1, newYork)).toBe('2026-11-20');
	});
});
