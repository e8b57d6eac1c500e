/**
 * Business-day arithmetic for postmortem deadlines: Monday to Friday in the handbook's timezone, minus the handbook's
 * `holidays:`. Deadlines are calendar days; the instant an incident was resolved becomes a day in the handbook's zone
 * first, so a resolution at 23:30 UTC on a Friday counts from Saturday in Berlin.
 */
import { DateTime } from 'luxon';
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
	// The weekday of a calendar date does not depend on any zone: read it in UTC.
	const weekday = DateTime.fromISO(day, { zone: 'UTC' }).weekday;
	return weekday <= 5 && !calendar.holidays.has(day);
}

/** @returns the day `count` business days after `day` (the days after it are counted, not `day` itself). */
export function addBusinessDays(day: string, count: number, calendar: BusinessCalendar): string {
	let cursor = DateTime.fromISO(day, { zone: 'UTC' });
	let left = count;
	while (left > 0) {
		cursor = cursor.plus({ days: 1 });
		if (isBusinessDay(cursor.toISODate()!, calendar)) left -= 1;
	}
	return cursor.toISODate()!;
}

/** @returns how many business days lie after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function businessDaysBetween(from: string, to: string, calendar: BusinessCalendar): number {
	let count = 0;
	for (let cursor = DateTime.fromISO(from, { zone: 'UTC' }).plus({ days: 1 }); cursor.toISODate()! <= to; cursor = cursor.plus({ days: 1 })) {
		if (isBusinessDay(cursor.toISODate()!, calendar)) count += 1;
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
