import { describe, expect, it } from 'vitest';
import { id, isoDate, timestamp } from './primitives.ts';

describe('isoDate', () => {
	it('keeps YYYY-MM-DD strings and normalises js-yaml Dates', () => {
		expect(isoDate.parse('2026-03-04')).toBe('2026-03-04');
		expect(isoDate.parse(new Date('2026-03-04T00:00:00Z'))).toBe('2026-03-04');
	});
	it('refuses impossible and malformed dates', () => {
		expect(isoDate.safeParse('2026-02-30').success).toBe(false);
		expect(isoDate.safeParse('04/03/2026').success).toBe(false);
		expect(isoDate.safeParse(20260304).success).toBe(false);
	});
});

describe('timestamp', () => {
	const berlin = timestamp('Europe/Berlin');
	it('reads explicit offsets and Z as given', () => {
		expect(berlin.parse('2026-03-04T10:15:00+01:00').toISOString()).toBe(
			'2026-03-04T09:15:00.000Z'
		);
		expect(berlin.parse('2026-03-04T10:15:00Z').toISOString()).toBe('2026-03-04T10:15:00.000Z');
	});
	it('reads offset-less times in the handbook timezone, summer time included', () => {
		expect(berlin.parse('2026-01-10 14:02').toISOString()).toBe('2026-01-10T13:02:00.000Z');
		expect(berlin.parse('2026-06-10 14:02').toISOString()).toBe('2026-06-10T12:02:00.000Z');
		expect(timestamp('America/New_York').parse('2026-06-10T14:02:00').toISOString()).toBe(
			'2026-06-10T18:02:00.000Z'
		);
	});
	it('refuses dates without a time, numbers and nonsense', () => {
		expect(berlin.safeParse('2026-03-04').success).toBe(false);
		expect(berlin.safeParse(42).success).toBe(false);
		expect(berlin.safeParse('yesterday at noon').success).toBe(false);
		expect(berlin.safeParse('2026-03-04T25:00:00Z').success).toBe(false);
	});
});

describe('id', () => {
	it('accepts lowercase ids and refuses others', () => {
		expect(id.safeParse('payments-api').success).toBe(true);
		expect(id.safeParse('Payments API').success).toBe(false);
		expect(id.safeParse('').success).toBe(false);
	});
});
