import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.ts';

describe('barChart', () => {
	it('scales bars to the largest value and stacks them top to bottom', () => {
		const chart = barChart([{ label: 'a', value: 4 }, { label: 'b', value: 2 }, { label: 'c', value: 0 }], { width: 200, left: 50, barHeight: 20, gap: 10 });
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
