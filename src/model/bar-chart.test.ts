import { describe, expect, it } from 'vitest';
import { barChart, stackedChart } from './bar-chart.ts';

describe('barChart', () => {
	it('scales bars to the largest value and stacks them top to bottom', () => {
		const chart = barChart(
			[
				{ label: 'a', value: 4 },
				{ label: 'b', value: 2 },
				{ label: 'c', value: 0 },
			],
			{ width: 200, left: 50, barHeight: 20, gap: 10 }
		);
		expect(chart.height).toBe(100);
		expect(chart.bars.map((bar) => [bar.label, bar.y, bar.width])).toEqual([
			['a', 10, 110],
			['b', 40, 55],
			['c', 70, 0],
		]);
	});
	it('draws empty bars when every value is zero', () => {
		expect(barChart([{ label: 'a', value: 0 }]).bars[0]!.width).toBe(0);
	});
});

describe('stackedChart', () => {
	const size = { width: 300, height: 140, left: 20, right: 40, top: 10, bottom: 30 };
	it('stacks each column bottom to top on one count scale, skipping zero segments', () => {
		const chart = stackedChart(
			[
				{ label: 'Q1', values: [1, 0, 3] },
				{ label: 'Q2', values: [2, 0, 0] },
			],
			[],
			size
		);
		expect(chart.max).toBe(4);
		expect(chart.baseline).toBe(110);
		expect(chart.columns[0]!.segments.map((s) => [s.series, s.y, s.height])).toEqual([
			[0, 85, 25],
			[2, 10, 75],
		]);
		expect(chart.columns.map((c) => c.total)).toEqual([4, 2]);
		expect(chart.columns[1]!.segments).toHaveLength(1);
	});
	it('draws the line on a 0–100 scale, only where it has a value', () => {
		const chart = stackedChart(
			[
				{ label: 'a', values: [1] },
				{ label: 'b', values: [1] },
				{ label: 'c', values: [1] },
			],
			[100, undefined, 0],
			size
		);
		expect(chart.line.map((p) => [p.y, p.value])).toEqual([
			[10, 100],
			[110, 0],
		]);
	});
});
