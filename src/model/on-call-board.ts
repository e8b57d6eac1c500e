/**
 * The "on call now and next" table of /on-call/, as data. The build renders it at its build time; the page carries the
 * schedule and its script renders the same table again at the reader's time, so a page built before a handoff still
 * names who holds the pager now.
 */
import type { Rotation } from '../schemas/on-call.ts';
import type { Handbook } from './handbook.ts';
import { contact, hasStartedAt, shiftsAt, type Contact } from './on-call.ts';
import { formatTimestamp } from './time.ts';

/** Everything needed to work out the table at any time: JSON, so the page can carry it to the browser. */
export interface OnCallSchedule {
	zone: string;
	rotations: Rotation[];
	/** The people of the rotations, by id. */
	people: Record<string, Contact>;
}

interface BoardShift {
	primary: Contact;
	secondary?: Contact;
	/** "2026-11-23 10:00 CET to 2026-11-30 10:00 CET". */
	window: string;
}

export interface BoardRow {
	/** The rotation's id. */
	id: string;
	/** "Starts 2026-01-05 10:00 CET" while the rotation has not begun. */
	starts?: string;
	/** This shift, then the next. */
	shifts: [BoardShift, BoardShift];
}

/** @returns the schedule of the handbook's rotations, or undefined when handbook.yaml has no `onCall` */
export function onCallSchedule(hb: Handbook): OnCallSchedule | undefined {
	const onCall = hb.config.onCall;
	if (!onCall) return undefined;
	const ids = new Set(
		onCall.rotations.flatMap((rotation) => [...rotation.primary, ...rotation.secondary])
	);
	return {
		zone: hb.config.org.timezone,
		rotations: onCall.rotations,
		people: Object.fromEntries([...ids].sort().map((id) => [id, contact(hb, id)])),
	};
}

/** @returns who holds each rotation at `instant` and who comes next, with when, in the handbook's timezone */
export function onCallBoard(schedule: OnCallSchedule, instant: Date): BoardRow[] {
	const { zone, people } = schedule;
	const at = (time: Date) => formatTimestamp(time, zone);
	return schedule.rotations.map((rotation) => {
		const shifts = shiftsAt(rotation, zone, instant, 2);
		const [now, next] = shifts.map((shift): BoardShift => ({
			primary: people[shift.primary]!,
			...(shift.secondary !== undefined ? { secondary: people[shift.secondary]! } : {}),
			window: `${at(shift.start)} to ${at(shift.end)}`,
		}));
		// Before the rotation begins, the first shift is "this shift".
		const starts = hasStartedAt(rotation, zone, instant)
			? {}
			: { starts: `Starts ${at(shifts[0]!.start)}` };
		return { id: rotation.id, ...starts, shifts: [now!, next!] };
	});
}
