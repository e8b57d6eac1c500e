/**
 * Geometry of a horizontal bar chart, computed at build time so the page ships plain SVG (readable without JavaScript;
 * every bar also carries its number as text, so colour is never the only signal).
 */
interface Bar {
	label: string;
	value: number;
	/** Top edge of the bar, in SVG units. */
	y: number;
	/** Bar length, in SVG units (0 for a zero value). */
	width: number;
}

export interface BarChart {
	width: number;
	height: number;
	/** Where bars start: the labels sit left of it. */
	left: number;
	barHeight: number;
	bars: Bar[];
}

/**
 * @param rows label and value of each bar, top to bottom
 * @param size overall width, the room for labels, and each bar's height and gap
 */
export function barChart(
	rows: readonly { label: string; value: number }[],
	size = { width: 480, left: 110, barHeight: 24, gap: 10 }
): BarChart {
	const max = Math.max(1, ...rows.map((row) => row.value));
	// Leave room right of the longest bar for its number.
	const room = size.width - size.left - 40;
	return {
		width: size.width,
		height: rows.length * (size.barHeight + size.gap) + size.gap,
		left: size.left,
		barHeight: size.barHeight,
		bars: rows.map((row, i) => ({
			label: row.label,
			value: row.value,
			y: size.gap + i * (size.barHeight + size.gap),
			width: Math.round((row.value / max) * room),
		})),
	};
}

/** One segment of a stacked column: a series' share of one period. */
interface Segment {
	series: number;
	value: number;
	y: number;
	height: number;
}

export interface StackedChart {
	width: number;
	height: number;
	/** Left edge of the plot (axis labels sit left of it) and the baseline's y. */
	left: number;
	baseline: number;
	columnWidth: number;
	max: number;
	columns: { label: string; x: number; total: number; segments: Segment[] }[];
	/** An optional line over the columns (a rate in percent, on its own 0–100 scale): points where it has a value. */
	line: { x: number; y: number; value: number }[];
	/** Horizontal grid values of the count axis. */
	ticks: { value: number; y: number }[];
}

/**
 * Geometry of stacked columns per period (series bottom to top in the given order), with an optional percentage
 * line drawn over them on a 0–100 scale.
 * @param columns each period's label and one value per series
 * @param line a percentage per period, or undefined where there is none
 */
export function stackedChart(
	columns: readonly { label: string; values: readonly number[] }[],
	line: readonly (number | undefined)[] = [],
	size = { width: 640, height: 240, left: 36, right: 40, top: 12, bottom: 28 }
): StackedChart {
	const max = Math.max(1, ...columns.map((c) => c.values.reduce((a, b) => a + b, 0)));
	const plot = size.height - size.top - size.bottom;
	const baseline = size.top + plot;
	const slot = (size.width - size.left - size.right) / Math.max(1, columns.length);
	const columnWidth = Math.min(48, slot * 0.6);
	const scale = (value: number) => (value / max) * plot;
	const step = Math.max(1, Math.ceil(max / 4));
	const ticks = [];
	for (let value = 0; value <= max; value += step)
		ticks.push({ value, y: baseline - scale(value) });
	const centre = (i: number) => size.left + slot * i + slot / 2;
	return {
		width: size.width,
		height: size.height,
		left: size.left,
		baseline,
		columnWidth,
		max,
		ticks,
		columns: columns.map((column, i) => {
			let top = baseline;
			const segments = column.values.flatMap((value, series) => {
				if (value === 0) return [];
				const height = scale(value);
				top -= height;
				return [{ series, value, y: top, height }];
			});
			return {
				label: column.label,
				x: centre(i) - columnWidth / 2,
				total: column.values.reduce((a, b) => a + b, 0),
				segments,
			};
		}),
		line: line.flatMap((value, i) =>
			value === undefined ? [] : [{ x: centre(i), y: baseline - (value / 100) * plot, value }]
		),
	};
}
