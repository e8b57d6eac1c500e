import { describe, expect, it } from 'vitest';
import { onCallSchema } from '../schemas/on-call.ts';
import { onCallBoard, type OnCallSchedule } from './on-call-board.ts';

const config = onCallSchema.parse({
	rotations: [
		{
			id: 'payments',
			name: 'Payments',
			start: '2026-01-05',
			handoffTime: '10:00',
			primary: ['ana', 'ben'],
			secondary: ['ben', 'ana'],
		},
		{ id: 'later', name: 'Later', start: '2026-12-07', handoffTime: '09:00', primary: ['ana'] },
	],
});
const person = (name: string, handle: string) => ({
	name,
	reach: [handle],
	kind: 'person' as const,
});
const schedule: OnCallSchedule = {
	zone: 'Europe/Berlin',
	rotations: config.rotations,
	people: { ana: person('Ana Alves', '@ana'), ben: person('Ben Brandt', '@ben') },
};

describe('the on-call board', () => {
	it('names this shift and the next at an instant, with their windows in the handbook timezone', () => {
		const [payments] = onCallBoard(schedule, new Date('2026-11-30T08:59:00Z'));
		expect(payments).toEqual({
			id: 'payments',
			shifts: [
				{
					primary: schedule.people.ana,
					secondary: schedule.people.ben,
					window: '2026-11-23 10:00 GMT+1 to 2026-11-30 10:00 GMT+1',
				},
				{
					primary: schedule.people.ben,
					secondary: schedule.people.ana,
					window: '2026-11-30 10:00 GMT+1 to 2026-12-07 10:00 GMT+1',
				},
			],
		});
	});

	it('moves on at the handoff', () => {
		const [before] = onCallBoard(schedule, new Date('2026-11-30T08:59:00Z'));
		const [after] = onCallBoard(schedule, new Date('2026-11-30T09:00:00Z'));
		expect(after!.shifts[0]).toEqual(before!.shifts[1]);
	});

	it('says when a rotation that has not begun starts, and leaves out a secondary it does not have', () => {
		const [, later] = onCallBoard(schedule, new Date('2026-12-01T12:00:00Z'));
		expect(later!.starts).toBe('Starts 2026-12-07 09:00 GMT+1');
		expect(later!.shifts[0]).toEqual({
			primary: schedule.people.ana,
			window: '2026-12-07 09:00 GMT+1 to 2026-12-14 09:00 GMT+1',
		});
		expect(onCallBoard(schedule, new Date('2026-12-07T08:00:00Z'))[1]!.starts).toBeUndefined();
	});
});
