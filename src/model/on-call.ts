/**
 * Who is on call when: shifts of the `onCall.rotation` in handbook.yaml. Shifts hand off at a wall-clock time in the
 * handbook's timezone, so a shift that spans a DST change is an hour shorter or longer, as the people in it live it.
 */
import { DateTime } from 'luxon';
import type { Rotation } from '../schemas/on-call.ts';
import { daysBetween } from './time.ts';

export interface Shift {
	/** 0 for the shift that starts on `rotation.start`. */
	index: number;
	start: Date;
	end: Date;
	/** Person id. */
	primary: string;
	/** Person id; absent when the rotation has no secondary list. */
	secondary?: string;
}

/**
 * @param rotation the rotation of handbook.yaml
 * @param zone the handbook's timezone
 * @param index the shift's number from the start of the rotation (0 or more)
 * @returns that shift: when it starts and ends, and who holds it
 */
export function shift(rotation: Rotation, zone: string, index: number): Shift {
	const first = DateTime.fromISO(`${rotation.start}T${rotation.handoffTime}`, { zone });
	const at = (n: number) => first.plus({ days: n * rotation.lengthDays }).toJSDate();
	const secondary = rotation.secondary.length > 0 ? rotation.secondary[index % rotation.secondary.length] : undefined;
	return {
		index,
		start: at(index),
		end: at(index + 1),
		primary: rotation.primary[index % rotation.primary.length]!,
		...(secondary !== undefined ? { secondary } : {}),
	};
}

/**
 * The shift on duty on a day is the one that holds it after that day's handoff: on a handoff day the incoming person
 * has the pager for most of the day.
 * @param today `YYYY-MM-DD` (the injected clock)
 * @param count how many consecutive shifts to return (2: this one and the next)
 * @returns the shift on duty `today` and the ones after it; before the rotation starts, its first shifts
 */
export function shiftsFrom(rotation: Rotation, zone: string, today: string, count = 2): Shift[] {
	const first = Math.max(0, Math.floor(daysBetween(rotation.start, today) / rotation.lengthDays));
	return Array.from({ length: count }, (_, i) => shift(rotation, zone, first + i));
}

/** @returns whether the rotation is running on `today` (false before its first shift). */
export function hasStarted(rotation: Rotation, today: string): boolean {
	return daysBetween(rotation.start, today) >= 0;
}
