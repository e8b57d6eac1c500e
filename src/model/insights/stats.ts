/** Summary statistics of response times. */

/** @returns the median (the mean of the two middle values for an even count), or undefined for no values. */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Nearest-rank percentile: the smallest value that at least `p` percent of the values are at or below. With few
 * incidents per quarter an interpolated figure would be a time no incident took.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** @returns `part / whole` in percent with one decimal, or undefined when `whole` is 0. */
export function percent(part: number, whole: number): number | undefined {
	return whole === 0 ? undefined : Math.round((part / whole) * 1000) / 10;
}
