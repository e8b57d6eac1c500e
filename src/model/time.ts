/** Calendar and duration arithmetic in the handbook's timezone. */
import { DateTime } from 'luxon';

const DAY_MS = 86_400_000;

/** @returns whole days from date `from` to date `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** @returns the calendar day (`YYYY-MM-DD`) of an instant in `zone`. */
export function dayIn(instant: Date, zone: string): string {
	return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** @returns the day after `day` (both `YYYY-MM-DD`). */
export function nextDay(day: string): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** @returns the instant a calendar day (`YYYY-MM-DD`) starts in `zone`. */
export function startOfDay(day: string, zone: string): Date {
	return DateTime.fromISO(day, { zone }).startOf('day').toJSDate();
}

/**
 * @returns the instant the calendar day `day` ends in `zone` (the next one starts). A build pinned to `day` measures
 * open incidents up to here, on the internal pages and in the public archive alike.
 */
export function endOfDay(day: string, zone: string): Date {
	const key = `${day}\0${zone}`;
	let end = dayEnds.get(key);
	if (end === undefined) {
		end = startOfDay(nextDay(day), zone).getTime();
		dayEnds.set(key, end);
	}
	return new Date(end);
}

/** @returns the last millisecond of the calendar day `day` in `zone`: a pinned build's "now" (model/clock.ts). */
export function lastInstantOf(day: string, zone: string): Date {
	return new Date(endOfDay(day, zone).getTime() - 1);
}

// Every page of a build asks for the end of the same day, and luxon's answer is slow to compute.
const dayEnds = new Map<string, number>();

/** @returns minutes between two instants (fractional). */
export function minutesBetween(from: Date, to: Date): number {
	return (to.getTime() - from.getTime()) / 60_000;
}

/** @returns a compact duration: "45 min", "2 h 05 min", "3 d 4 h". */
export function formatDuration(minutes: number): string {
	const total = Math.max(0, Math.round(minutes));
	if (total < 60) return `${total} min`;
	const hours = Math.floor(total / 60);
	if (hours < 48) return `${hours} h ${String(total % 60).padStart(2, '0')} min`;
	return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** @returns an instant as the responders read it, in the handbook's zone: "2026-03-04 10:15 CET". */
export function formatTimestamp(instant: Date, zone: string): string {
	const time = DateTime.fromJSDate(instant, { zone });
	if (time.zone.type !== 'iana') return time.toFormat('yyyy-LL-dd HH:mm ZZZZ');
	return `${time.toFormat('yyyy-LL-dd HH:mm')} ${shortZoneName(time.toMillis(), time.zone.name, time.locale ?? undefined)}`;
}

const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Luxon's `ZZZZ` for an IANA zone, with the same Intl options (luxon's `parseZoneInfo`), from a formatter made once
 * per zone and locale. Optimization: luxon builds a new Intl.DateTimeFormat on every call, which made timelines the
 * largest cost of incident pages at scale.
 */
function shortZoneName(ms: number, zone: string, locale: string | undefined): string {
	const key = `${locale}\0${zone}`;
	let format = zoneNameFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			timeZoneName: 'short',
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			timeZone: zone,
		});
		zoneNameFormats.set(key, format);
	}
	return (
		format.formatToParts(new Date(ms)).find((part) => part.type.toLowerCase() === 'timezonename')
			?.value ?? ''
	);
}

/** @returns the time of day only, "10:15", for timelines grouped by day. */
export function formatTime(instant: Date, zone: string): string {
	return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
}

/** @returns an ISO 8601 string with the zone's offset, for `<time datetime>` and feeds. */
export function isoInZone(instant: Date, zone: string): string {
	return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true })!;
}
