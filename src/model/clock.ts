/**
 * Today's date, injected. Everything that depends on "now" (ageing, overdue, stale reviews, on-call weeks) takes a
 * `today` string from here, so tests and CI pin it and a build is reproducible. This is the only place that reads the
 * system clock.
 */
import { DateTime } from 'luxon';

/**
 * @param flag the `--today YYYY-MM-DD` value, if given
 * @param env where `FIREBREAK_TODAY` is read
 * @param zone the handbook's timezone: "today" is the calendar day there
 * @returns today as `YYYY-MM-DD`
 */
export function resolveToday(zone: string, flag?: string, env: NodeJS.ProcessEnv = process.env): string {
	const pinned = flag ?? env.FIREBREAK_TODAY;
	if (pinned !== undefined && pinned !== '') {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || !DateTime.fromISO(pinned).isValid) {
			throw new Error(`--today / FIREBREAK_TODAY must be a date YYYY-MM-DD; found ${JSON.stringify(pinned)}`);
		}
		return pinned;
	}
	return DateTime.now().setZone(zone).toISODate()!;
}
