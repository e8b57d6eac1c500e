/**
 * Business-day arithmetic for postmortem deadlines: Monday to Friday in the handbook's timezone, minus the handbook's
 * `holidays:`. Deadlines are calendar days; the instant an incident was resolved becomes a day in the handbook's zone
 * first, so a resolution at 23:30 UTC on a Friday counts from Saturday in Berlin.
 */
import type { HandbookConfig } from '../schemas/handbook.ts';
import { dayIn } from './time.ts';

/** The working calendar of one handbook. */
export interface BusinessCalendar {
	zone: string;
	holidays: ReadonlySet<string>;
}

/** @returns the calendar of `org.timezone` and `holidays:` in handbook.yaml. */
export function businessCalendar(config: Pick<HandbookConfig, 'org' | 'holidays'>): BusinessCalendar {
	return { zone: config.org.timezone, holidays: new Set(config.holidays) };
}

/** @returns whether a calendar day (`YYYY-MM-DD`) is a weekday and not a holiday. */
export function isBusinessDay(day: string, calendar: BusinessCalendar): boolean {
	// The weekday of a calendar date does not depend on any zone: read it in UTC (0 is Sunday, 6 Saturday).
	const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
	return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(day);
}

/** @returns the day `count` business days after `day` (the days after it are counted, not `day` itself). */
export function addBusinessDays(day: string, count: number, calendar: BusinessCalendar): string {
	let cursor = day;
	for (let left = count; left > 0; ) {
		cursor = nextDay(cursor);
		if (isBusinessDay(cursor, calendar)) left -= 1;
	}
	return cursor;
}

/** @returns how many business days lie after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function businessDaysBetween(from: string, to: string, calendar: BusinessCalendar): number {
	let count = 0;
	for (let cursor = nextDay(from); cursor <= to; cursor = nextDay(cursor)) {
		if (isBusinessDay(cursor, calendar)) count += 1;
	}
	return count;
}

/**
 * @param instant when the clock starts (an incident's `resolvedAt`)
 * @param count business days allowed
 * @returns the last calendar day (`YYYY-MM-DD`) that is still on time
 */
export function businessDeadline(instant: Date, count: number, calendar: BusinessCalendar): string {
	return addBusinessDays(dayIn(instant, calendar.zone), count, calendar);
}

function nextDay(day: string): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
