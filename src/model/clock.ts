/**
 * Today's date, injected. Everything that depends on "now" (ageing, overdue, stale reviews, on-call weeks) takes a
 * `today` string from here, so tests and CI pin it and a build is reproducible. This is the only place that reads the
 * system clock.
 */
import { DateTime } from 'luxon';
import { timestamp } from '../schemas/primitives.ts';

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

/** "Now" for a new entry, and where it came from (a pinned day has no time of day: its start stands in). */
export interface Now {
	at: Date;
	source: 'at' | 'clock' | 'pinned day';
}

/**
 * @param at the `--at` value: a timestamp as frontmatter writes it (an offset, or none: read in `zone`), or a time of
 * day `HH:MM` on today
 * @param today the `--today` value, if given (see {@link resolveToday})
 * @returns `at`; else, when neither `--today` nor `FIREBREAK_TODAY` pins the day, the current minute; else the pinned
 * day's 00:00 in `zone`, so that a pinned run writes the same file every time
 */
export function resolveNow(zone: string, options: { at?: string; today?: string }, env: NodeJS.ProcessEnv = process.env): Now {
	const day = resolveToday(zone, options.today, env);
	if (options.at !== undefined) {
		const written = /^\d{2}:\d{2}$/.test(options.at.trim()) ? `${day} ${options.at.trim()}` : options.at;
		const parsed = timestamp(zone).safeParse(written);
		if (!parsed.success) throw new Error(`--at must be a timestamp like 2026-03-04T10:15:00+01:00, 2026-03-04 10:15 (in ${zone}) or a time of day 10:15; found ${JSON.stringify(options.at)}`);
		return { at: parsed.data, source: 'at' };
	}
	const pinned = (options.today ?? env.FIREBREAK_TODAY ?? '') !== '';
	if (pinned) return { at: DateTime.fromISO(day, { zone }).toJSDate(), source: 'pinned day' };
	return { at: DateTime.now().setZone(zone).startOf('minute').toJSDate(), source: 'clock' };
}
