/**
 * The `onCall` section of handbook.yaml: the rotation, how an unacknowledged page escalates, and the policies around
 * being on call. Who is on call on a given day is computed from it (`model/on-call.ts`), never written down by hand.
 */
import { z } from 'zod';
import { id, isoDate, text } from './primitives.ts';

const rotationSchema = z.strictObject({
	id: id.describe('Unique among the rotations.'),
	name: text.describe('The name on the on-call page.'),
	team: id
		.optional()
		.describe(
			"The team whose services this rotation covers (a team id from people.yaml), if it is a team's rotation."
		),
	start: isoDate.describe(
		'The first shift starts on this day at handoffTime; later shifts follow back to back.'
	),
	lengthDays: z.int().positive().default(7).describe('Days per shift.'),
	handoffTime: z
		.string()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a time of day HH:MM, like "10:00"' })
		.describe('Wall-clock time of the handoff in the handbook\'s timezone, quoted: "10:00".'),
	primary: z
		.array(id)
		.min(1, { error: 'at least one person' })
		.describe('People (ids from people.yaml), in rotation order.'),
	secondary: z
		.array(id)
		.default([])
		.describe(
			'A second list of people, in order, who back up the primary; leave out for a single-person rotation.'
		),
});

export const onCallSchema = z.strictObject({
	rotations: z
		.array(rotationSchema)
		.min(1, { error: 'at least one rotation' })
		.refine((list) => new Set(list.map((rotation) => rotation.id)).size === list.length, {
			error: 'rotations with different ids',
		})
		.describe(
			"Who is on call: each rotation's shifts are computed from its start, length and people."
		),
	escalation: z
		.array(
			z.strictObject({
				afterMinutes: z
					.int()
					.nonnegative()
					.describe('Minutes after the page, while it is unacknowledged.'),
				action: text.describe('What happens then, like "Page the secondary".'),
			})
		)
		.default([])
		.refine(
			(steps) =>
				steps.every((step, i) => i === 0 || step.afterMinutes > steps[i - 1]!.afterMinutes),
			{
				error: 'steps in increasing order of afterMinutes',
			}
		)
		.describe(
			'What happens while a page stays unacknowledged, in increasing order of afterMinutes.'
		),
	afterHours: text.optional().describe('The policy outside working hours.'),
	compensation: text.optional().describe('How being on call is compensated.'),
});

type OnCallConfig = z.output<typeof onCallSchema>;
export type Rotation = OnCallConfig['rotations'][number];
