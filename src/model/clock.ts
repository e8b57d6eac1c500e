/**
 * Today's date, injected. Everything that depends on "now" (ageing, overdue, stale reviews, on-call weeks) takes a
 * `today` string from here, so tests and CI pin it and a build is reproducible. This is the only place that reads the
 * system clock.
 */
import { DateTime } from 'luxon';
import { timestamp } from '../schemas/primitives.ts';
import { dayIn, lastInstantOf } from './time.ts';

/** The build's clock: the day everything is counted against, and the instant the build stands for. */
export interface Clock {
	/** `YYYY-MM-DD` in the handbook's timezone. */
	today: string;
	/**
	 * The system clock, or for a pinned day its last millisecond (23:59:59.999) in the handbook's timezone: a pinned
	 * day is built as it stands at its end, which is what "today" means everywhere else (open incidents last until
	 * then; on a handoff day the incoming shift holds the pager). Pages that show clock-dependent facts carry it as
	 * their build time, so a pinned build stays byte-for-byte the same.
	 */
	now: Date;
}

/**
 * @param flag the `--today YYYY-MM-DD` value, if given
 * @param env where `FIREBREAK_TODAY` is read
 * @param zone the handbook's timezone: "today" is the calendar day there
 * @returns today and now, pinned or from the system clock (read once, so the two agree)
 */
export function resolveClock(
	zone: string,
	flag?: string,
	env: NodeJS.ProcessEnv = process.env
): Clock {
	const pinned = flag ?? env.FIREBREAK_TODAY;
	if (pinned !== undefined && pinned !== '') {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || !DateTime.fromISO(pinned).isValid) {
			throw new Error(
				`--today / FIREBREAK_TODAY must be a date YYYY-MM-DD; found ${JSON.stringify(pinned)}`
			);
		}
		return { today: pinned, now: lastInstantOf(pinned, zone) };
	}
	const now = new Date();
	return { today: dayIn(now, zone), now };
}

/** @returns today as `YYYY-MM-DD` (see {@link resolveClock}) */
export function resolveToday(
	zone: string,
	flag?: string,
	env: NodeJS.ProcessEnv = process.env
): string {
	return resolveClock(zone, flag, env).today;
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
export function resolveNow(
	zone: string,
	options: { at?: string; today?: string },
	env: NodeJS.ProcessEnv = process.env
): Now {
	const clock = resolveClock(zone, options.today, env);
	const day = clock.today;
	if (options.at !== undefined) {
		const written = /^\d{2}:\d{2}$/.test(options.at.trim())
			? `${day} ${options.at.trim()}`
			: options.at;
		const parsed = timestamp(zone).safeParse(written);
		if (!parsed.success)
			throw new Error(
				`--at must be a timestamp like 2026-03-04T10:15:00+01:00, 2026-03-04 10:15 (in ${zone}) or a time of day 10:15; found ${JSON.stringify(options.at)}`
			);
		return { at: parsed.data, source: 'at' };
	}
	const pinned = (options.today ?? env.FIREBREAK_TODAY ?? '') !== '';
	if (pinned) return { at: DateTime.fromISO(day, { zone }).toJSDate(), source: 'pinned day' };
	return {
		at: DateTime.fromJSDate(clock.now, { zone }).startOf('minute').toJSDate(),
		source: 'clock',
	};
}
