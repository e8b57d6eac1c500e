/**
 * Who is on call when: shifts of the `onCall.rotation` in handbook.yaml. Shifts hand off at a wall-clock time in the
 * handbook's timezone, so a shift that spans a DST change is an hour shorter or longer, as the people in it live it.
 */
import { DateTime } from 'luxon';
import type { Rotation } from '../schemas/on-call.ts';
import type { Handbook } from './handbook.ts';
import { dayIn, daysBetween, lastInstantOf } from './time.ts';

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
	const secondary =
		rotation.secondary.length > 0
			? rotation.secondary[index % rotation.secondary.length]
			: undefined;
	return {
		index,
		start: at(index),
		end: at(index + 1),
		primary: rotation.primary[index % rotation.primary.length]!,
		...(secondary !== undefined ? { secondary } : {}),
	};
}

/**
 * @param instant the moment asked about: the build's time, or the reader's in the browser
 * @param count how many consecutive shifts to return (2: this one and the next)
 * @returns the shift holding the pager at `instant` and the ones after it; before the rotation starts, its first shifts
 */
export function shiftsAt(rotation: Rotation, zone: string, instant: Date, count = 2): Shift[] {
	// The shift that starts on or before the instant's day, unless that day's handoff is still to come.
	let first = Math.max(
		0,
		Math.floor(daysBetween(rotation.start, dayIn(instant, zone)) / rotation.lengthDays)
	);
	if (first > 0 && instant < shift(rotation, zone, first).start) first -= 1;
	return Array.from({ length: count }, (_, i) => shift(rotation, zone, first + i));
}

/**
 * The shift on duty on a day is the one that holds it after that day's handoff: on a handoff day the incoming person
 * has the pager for most of the day. (A pinned build stands at its day's end, so this is `shiftsAt` then.)
 * @param today `YYYY-MM-DD` (the injected clock)
 */
export function shiftsFrom(rotation: Rotation, zone: string, today: string, count = 2): Shift[] {
	return shiftsAt(rotation, zone, lastInstantOf(today, zone), count);
}

/** @returns whether the rotation's first shift has begun at `instant` */
export function hasStartedAt(rotation: Rotation, zone: string, instant: Date): boolean {
	return instant >= shift(rotation, zone, 0).start;
}

/** @returns whether the rotation is running on `today` (false before its first shift's day). */
export function hasStarted(rotation: Rotation, today: string): boolean {
	return daysBetween(rotation.start, today) >= 0;
}

/** @returns how the rotation hands off, in words: "weekly, Mondays at 10:00" or "every 3 days at 09:00". */
export function handoffWords(rotation: Rotation): string {
	const { lengthDays, handoffTime } = rotation;
	if (lengthDays % 7 !== 0)
		return `every ${lengthDays === 1 ? 'day' : `${lengthDays} days`} at ${handoffTime}`;
	const weekday = DateTime.fromISO(rotation.start, { zone: 'UTC' }).toFormat('cccc');
	return `${lengthDays === 7 ? 'weekly' : `every ${lengthDays / 7} weeks`}, ${weekday}s at ${handoffTime}`;
}

/** How to reach a person or team of an escalation chain. */
export interface Contact {
	name: string;
	/** Handles of a person, or the channel of a team. */
	reach: string[];
	kind: 'person' | 'team';
}

/** @returns the name and handles (person) or channel (team) of an id; linked content only holds known ids. */
export function contact(hb: Handbook, id: string): Contact {
	const person = hb.people.get(id);
	if (person) return { name: person.data.name, reach: person.data.handles, kind: 'person' };
	const team = hb.teams.get(id)!;
	return {
		name: team.data.name,
		reach: team.data.channel ? [team.data.channel] : [],
		kind: 'team',
	};
}
