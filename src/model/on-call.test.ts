import { describe, expect, it } from 'vitest';
import { onCallSchema } from '../schemas/on-call.ts';
import { handoffWords, hasStarted, hasStartedAt, shift, shiftsAt, shiftsFrom } from './on-call.ts';

const ZONE = 'Europe/Berlin';
const rotation = onCallSchema.parse({
	rotations: [
		{
			id: 'payments',
			name: 'Payments',
			start: '2026-01-05',
			handoffTime: '10:00',
			primary: ['ana', 'ben', 'cem'],
			secondary: ['dia', 'eli'],
		},
	],
}).rotations[0]!;

describe('on-call rotation', () => {
	it('hands off weekly at the wall-clock time, in order, wrapping around', () => {
		const [a, b, c, d] = [0, 1, 2, 3].map((i) => shift(rotation, ZONE, i));
		expect(a).toMatchObject({
			primary: 'ana',
			secondary: 'dia',
			start: new Date('2026-01-05T09:00:00Z'),
			end: new Date('2026-01-12T09:00:00Z'),
		});
		expect(b).toMatchObject({ primary: 'ben', secondary: 'eli' });
		expect(c).toMatchObject({ primary: 'cem', secondary: 'dia' });
		expect(d).toMatchObject({ primary: 'ana', secondary: 'eli' });
	});

	it('keeps the handoff at 10:00 local across a DST change', () => {
		// 2026-03-29 is the spring-forward Sunday in Berlin: the shift from 03-23 is an hour shorter.
		const spanning = shiftsFrom(rotation, ZONE, '2026-03-25', 1)[0]!;
		expect(spanning.start).toEqual(new Date('2026-03-23T09:00:00Z'));
		expect(spanning.end).toEqual(new Date('2026-03-30T08:00:00Z'));
	});

	it('gives this shift and the next one for the injected day', () => {
		// 2026-11-23 is 322 days after the start: shift 46 (Monday 23 Nov) and 47.
		const [now, next] = shiftsFrom(rotation, ZONE, '2026-11-23');
		expect(now).toMatchObject({
			index: 46,
			primary: 'ben',
			secondary: 'dia',
			start: new Date('2026-11-23T09:00:00Z'),
		});
		expect(next).toMatchObject({ index: 47, primary: 'cem', secondary: 'eli' });
		// The day before a handoff still belongs to the outgoing shift.
		expect(shiftsFrom(rotation, ZONE, '2026-11-22', 1)[0]!.index).toBe(45);
	});

	it('gives the shift holding the pager at an instant: the outgoing one until the handoff, the incoming one from it', () => {
		// Monday 2026-11-30 10:00 Berlin (09:00 UTC) hands shift 46 to shift 47.
		expect(shiftsAt(rotation, ZONE, new Date('2026-11-30T08:59:59.999Z'), 1)[0]!.index).toBe(46);
		expect(shiftsAt(rotation, ZONE, new Date('2026-11-30T09:00:00Z'), 1)[0]!.index).toBe(47);
		expect(shiftsAt(rotation, ZONE, new Date('2026-12-02T12:00:00Z')).map((s) => s.index)).toEqual([
			47, 48,
		]);
		// Across spring-forward the handoff is 10:00 local, 08:00 UTC.
		expect(shiftsAt(rotation, ZONE, new Date('2026-03-30T07:59:00Z'), 1)[0]!.start).toEqual(
			new Date('2026-03-23T09:00:00Z')
		);
		expect(shiftsAt(rotation, ZONE, new Date('2026-03-30T08:00:00Z'), 1)[0]!.start).toEqual(
			new Date('2026-03-30T08:00:00Z')
		);
	});

	it('keeps the day rule for a pinned day on every day of a year: the shift that starts on or before it', () => {
		const DAY = 86_400_000;
		for (let time = Date.parse('2026-01-01'); time < Date.parse('2027-01-01'); time += DAY) {
			const today = new Date(time).toISOString().slice(0, 10);
			const weeks = Math.floor((time - Date.parse(rotation.start)) / (7 * DAY));
			expect(shiftsFrom(rotation, ZONE, today, 1)[0]!.index, today).toBe(Math.max(0, weeks));
		}
	});

	it('has not started before the first handoff', () => {
		expect(hasStartedAt(rotation, ZONE, new Date('2026-01-05T08:59:00Z'))).toBe(false);
		expect(hasStartedAt(rotation, ZONE, new Date('2026-01-05T09:00:00Z'))).toBe(true);
		expect(shiftsAt(rotation, ZONE, new Date('2025-12-01T00:00:00Z'), 1)[0]!.index).toBe(0);
	});

	it('supports rotations that are not a week long, and no secondary', () => {
		const daily = { ...rotation, lengthDays: 1, secondary: [] };
		const [today, tomorrow] = shiftsFrom(daily, ZONE, '2026-01-07');
		expect(today).toEqual({
			index: 2,
			primary: 'cem',
			start: new Date('2026-01-07T09:00:00Z'),
			end: new Date('2026-01-08T09:00:00Z'),
		});
		expect(tomorrow!.primary).toBe('ana');
	});

	it('starts with the first shift before the rotation begins', () => {
		expect(hasStarted(rotation, '2026-01-04')).toBe(false);
		expect(hasStarted(rotation, '2026-01-05')).toBe(true);
		expect(shiftsFrom(rotation, ZONE, '2025-12-01', 1)[0]!.index).toBe(0);
	});

	it('refuses escalation steps out of order, bad handoff times and repeated rotation ids', () => {
		const one = { id: 'a', name: 'A', start: '2026-01-05', handoffTime: '10:00', primary: ['ana'] };
		expect(onCallSchema.safeParse({ rotations: [one] }).success).toBe(true);
		expect(
			onCallSchema.safeParse({
				rotations: [one],
				escalation: [
					{ afterMinutes: 15, action: 'b' },
					{ afterMinutes: 5, action: 'a' },
				],
			}).success
		).toBe(false);
		expect(onCallSchema.safeParse({ rotations: [{ ...one, handoffTime: '25:00' }] }).success).toBe(
			false
		);
		expect(onCallSchema.safeParse({ rotations: [one, one] }).success).toBe(false);
	});

	it('describes the handoff in words', () => {
		expect(handoffWords(rotation)).toBe('weekly, Mondays at 10:00');
		expect(handoffWords({ ...rotation, lengthDays: 14 })).toBe('every 2 weeks, Mondays at 10:00');
		expect(handoffWords({ ...rotation, lengthDays: 1, handoffTime: '09:00' })).toBe(
			'every day at 09:00'
		);
		expect(handoffWords({ ...rotation, lengthDays: 3 })).toBe('every 3 days at 10:00');
	});
});
