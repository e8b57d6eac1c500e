/**
 * Business-day arithmetic for postmortem deadlines: Monday to Friday in the handbook's timezone, minus the handbook's
 * `holidays:`. Deadlines are calendar days; the instant an incident was resolved becomes a day in the handbook's zone
 * first, so a resolution at 23:30 UTC on a Friday counts from Saturday in Berlin.
 */
import type { HandbookConfig } from '../schemas/handbook.ts';
import { dayIn, daysBetween, nextDay } from './time.ts';

/** The working calendar of one handbook. */
export interface BusinessCalendar {
	zone: string;
	holidays: ReadonlySet<string>;
}

/** @returns the calendar of `org.timezone` and `holidays:` in handbook.yaml. */
export function businessCalendar(
	config: Pick<HandbookConfig, 'org' | 'holidays'>
): BusinessCalendar {
	return { zone: config.org.timezone, holidays: new Set(config.holidays) };
}

/** @returns whether a calendar day (`YYYY-MM-DD`) is a weekday and not a holiday. */
export function isBusinessDay(day: string, calendar: BusinessCalendar): boolean {
	return isWeekday(weekdayOf(day)) && !calendar.holidays.has(day);
}

/** The weekday of a calendar date does not depend on any zone: read it in UTC (0 is Sunday, 6 Saturday). */
const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const isWeekday = (weekday: number) => weekday !== 0 && weekday !== 6;

/** @returns the day `count` business days after `day` (the days after it are counted, not `day` itself). */
export function addBusinessDays(day: string, count: number, calendar: BusinessCalendar): string {
	let cursor = day;
	for (let left = count; left > 0;) {
		cursor = nextDay(cursor);
		if (isBusinessDay(cursor, calendar)) left -= 1;
	}
	return cursor;
}

/** @returns how many business days lie after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function businessDaysBetween(from: string, to: string, calendar: BusinessCalendar): number {
	// Counted by whole weeks, not day by day: the checks ask this of every late postmortem, some of them years late.
	const days = daysBetween(from, to);
	if (days <= 0) return 0;
	const start = weekdayOf(from);
	let count = Math.floor(days / 7) * 5;
	for (let day = 1; day <= days % 7; day++) if (isWeekday((start + day) % 7)) count += 1;
	for (const holiday of calendar.holidays)
		if (holiday > from && holiday <= to && isWeekday(weekdayOf(holiday))) count -= 1;
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
