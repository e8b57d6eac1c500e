/**
 * How old a built page is, for pages whose facts depend on the clock (the public status, /on-call/). Pure and free of
 * luxon: the build renders with these functions and the browser bundles the same module to say it again later.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** What a page carries for the browser to judge its age: its build time and the threshold of handbook.yaml. */
export interface Freshness {
	/** ISO 8601 instant of the build (the injected clock). */
	builtAt: string;
	/** `staleAfterHours` of handbook.yaml for this page. */
	staleAfterHours: number;
}

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * @returns how long before `now` the instant `since` was, in words: "just now", "12 minutes ago", "5 hours ago",
 * "3 days ago" (whole units, rounded down). A `since` after `now` (a clock behind the build's) is "just now".
 */
export function ageInWords(since: Date, now: Date): string {
	const age = now.getTime() - since.getTime();
	if (age < MINUTE_MS) return 'just now';
	if (age < HOUR_MS) return `${count(Math.floor(age / MINUTE_MS), 'minute')} ago`;
	if (age < 2 * DAY_MS) return `${count(Math.floor(age / HOUR_MS), 'hour')} ago`;
	return `${count(Math.floor(age / DAY_MS), 'day')} ago`;
}

/** @returns whether a page built at `builtAt` is older than `staleAfterHours` at `now` */
export function isStale(builtAt: Date, now: Date, staleAfterHours: number): boolean {
	return now.getTime() - builtAt.getTime() > staleAfterHours * HOUR_MS;
}

/** @returns the warning a stale page shows ("Last updated 5 hours ago."), or undefined while it is fresh */
export function staleWarning(freshness: Freshness, now: Date): string | undefined {
	const builtAt = new Date(freshness.builtAt);
	return isStale(builtAt, now, freshness.staleAfterHours)
		? `Last updated ${ageInWords(builtAt, now)}.`
		: undefined;
}
