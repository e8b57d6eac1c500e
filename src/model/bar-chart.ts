/**
 * Geometry of a horizontal bar chart, computed at build time so the page ships plain SVG (readable without JavaScript;
 * every bar also carries its number as text, so colour is never the only signal).
 */
export interface Bar {
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
export function barChart(rows: readonly { label: string; value: number }[], size = { width: 480, left: 110, barHeight: 24, gap: 10 }): BarChart {
	const max = Math.max(1, ...rows.map((row) => row.value));
	// Leave room right of the longest bar for its number.
	const room = size.width - size.left - 40;
	return {
		width: size.width,
		height: rows.length * (size.barHeight + size.gap) + size.gap,
		left: size.left,
		barHeight: size.barHeight,
		bars: rows.map((row, i) => ({ label: row.label, value: row.value, y: size.gap + i * (size.barHeight + size.gap), width: Math.round((row.value / max) * room) })),
	};
}
