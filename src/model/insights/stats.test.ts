import { describe, expect, it } from 'vitest';
import {
	lastDayOfQuarter,
	monthsBetween,
	parseQuarter,
	quarterOf,
	quartersBetween,
} from './periods.ts';
import { median, percent, percentile } from './stats.ts';

describe('median and percentile', () => {
	it('takes the middle value, or the mean of the two middle ones', () => {
		expect([median([]), median([7]), median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([
			undefined,
			7,
			2,
			2.5,
		]);
	});
	it('takes the nearest rank: a value some incident really took', () => {
		const ten = [10, 1, 2, 3, 4, 5, 6, 7, 8, 9];
		expect([
			percentile(ten, 90),
			percentile([...ten, 11], 90),
			percentile([5], 90),
			percentile([], 90),
		]).toEqual([9, 10, 5, undefined]);
	});
	it('gives shares in percent with one decimal', () => {
		expect([percent(1, 3), percent(0, 0), percent(2, 2)]).toEqual([33.3, undefined, 100]);
	});
});

describe('periods', () => {
	it('names quarters and months and walks across years', () => {
		expect([
			quarterOf('2026-03-31'),
			quarterOf('2026-04-01'),
			lastDayOfQuarter('2026-Q1'),
			lastDayOfQuarter('2024-Q4'),
		]).toEqual(['2026-Q1', '2026-Q2', '2026-03-31', '2024-12-31']);
		expect(quartersBetween('2025-Q4', '2026-Q2')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
		expect(monthsBetween('2025-11', '2026-01')).toEqual(['2025-11', '2025-12', '2026-01']);
	});
	it('reads 2026Q3 and 2026-Q3, and nothing else', () => {
		expect([
			parseQuarter('2026Q3'),
			parseQuarter('2026-q3'),
			parseQuarter('2026Q5'),
			parseQuarter('Q3'),
		]).toEqual(['2026-Q3', '2026-Q3', undefined, undefined]);
	});
});
