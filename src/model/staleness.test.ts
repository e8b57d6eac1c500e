import { describe, expect, it } from 'vitest';
import { ageInWords, isStale, staleWarning } from './staleness.ts';

const built = new Date('2026-11-23T22:59:59.999Z');
const later = (ms: number) => new Date(built.getTime() + ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('ageInWords', () => {
	it('says the age in the largest whole unit, rounded down', () => {
		expect(ageInWords(built, later(59_999))).toBe('just now');
		expect(ageInWords(built, later(MIN))).toBe('1 minute ago');
		expect(ageInWords(built, later(59 * MIN + 59_999))).toBe('59 minutes ago');
		expect(ageInWords(built, later(HOUR))).toBe('1 hour ago');
		expect(ageInWords(built, later(5 * HOUR + 59 * MIN))).toBe('5 hours ago');
		// Up to two days in hours (a night and a day read better as "30 hours"), then in days.
		expect(ageInWords(built, later(47 * HOUR))).toBe('47 hours ago');
		expect(ageInWords(built, later(48 * HOUR))).toBe('2 days ago');
		expect(ageInWords(built, later(6.5 * 24 * HOUR))).toBe('6 days ago');
	});

	it('treats a reader whose clock is behind the build as reading it just now', () => {
		expect(ageInWords(built, later(-3 * HOUR))).toBe('just now');
	});
});

describe('staleness', () => {
	it('is stale only once strictly older than the threshold', () => {
		expect(isStale(built, later(3 * HOUR), 3)).toBe(false);
		expect(isStale(built, later(3 * HOUR + 1), 3)).toBe(true);
		expect(isStale(built, later(-HOUR), 3)).toBe(false);
		expect(isStale(built, later(31 * MIN), 0.5)).toBe(true);
	});

	it('warns with the age once stale, and says nothing before', () => {
		const freshness = { builtAt: built.toISOString(), staleAfterHours: 3 };
		expect(staleWarning(freshness, later(2 * HOUR))).toBeUndefined();
		expect(staleWarning(freshness, later(5 * HOUR + 10 * MIN))).toBe('Last updated 5 hours ago.');
		expect(staleWarning({ ...freshness, staleAfterHours: 48 }, later(3 * 24 * HOUR))).toBe(
			'Last updated 3 days ago.'
		);
	});
});
