/** Calendar quarters and months as labels (`2026-Q3`, `2026-07`), from `YYYY-MM-DD` days. */

/** @returns the quarter a day (`YYYY-MM-DD`) or month (`YYYY-MM`) falls in, like `2026-Q3`. */
export function quarterOf(day: string): string {
	return `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

/** @returns the month a day falls in, like `2026-07`. */
export function monthOf(day: string): string {
	return day.slice(0, 7);
}

/** @returns the last day of a quarter. */
export function lastDayOfQuarter(quarter: string): string {
	const year = Number(quarter.slice(0, 4));
	const month = Number(quarter.slice(-1)) * 3;
	const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${String(month).padStart(2, '0')}-${day}`;
}

/** Reads `2026Q3`, `2026-Q3` or `2026-q3`; @returns `2026-Q3`, or undefined when it is no quarter. */
export function parseQuarter(text: string): string | undefined {
	const match = /^(\d{4})-?[Qq]([1-4])$/.exec(text.trim());
	return match ? `${match[1]}-Q${match[2]}` : undefined;
}

/** @returns every quarter from `first` to `last`, both included. */
export function quartersBetween(first: string, last: string): string[] {
	const index = (quarter: string) =>
		Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(-1)) - 1;
	const out: string[] = [];
	for (let i = index(first); i <= index(last); i++)
		out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
	return out;
}

/** @returns every month from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
	const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
	const out: string[] = [];
	for (let i = index(first); i <= index(last); i++)
		out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
	return out;
}
