/** `content/runbooks/**\/*.mdx` (or `.md`): one runbook per alert or failure mode. */
import { z } from 'zod';
import { id, isoDate, text } from './primitives.ts';

/** An alert a runbook answers: its name, or `{ name, external: true }` for alerts defined outside `content/alerts/`. */
const alertRef = z.union(
	[
		z.string().regex(/^[A-Za-z_:][A-Za-z0-9_:]*$/, { error: 'an alert name, like PaymentsApiHighErrorRate' }),
		z.strictObject({ name: z.string().regex(/^[A-Za-z_:][A-Za-z0-9_:]*$/), external: z.boolean().default(false) }),
	],
	{ error: 'an alert name, or { name, external: true }' },
);

export const runbookStatus = z.enum(['draft', 'needs-review', 'reviewed']);

export const runbookSchema = z
	.strictObject({
	title: text,
	description: text.optional(),
	service: id,
	alerts: z
		.array(alertRef)
		.default([])
		.transform((list) => list.map((a) => (typeof a === 'string' ? { name: a, external: false } : a))),
	/** A team id (usual) or a person id. */
	owner: id,
	/** Absent only while `status` is `needs-review`: an imported or stubbed runbook nobody has walked through yet. */
	lastReviewed: isoDate.optional(),
	reviewEveryDays: z.int().positive().optional(),
	status: runbookStatus,
	/** Earlier URL paths of this runbook, like /runbooks/old-name/: each keeps redirecting here. */
	aliases: z.array(z.string().regex(/^\//, { error: 'a path starting with "/"' })).default([]),
	tags: z.array(text).default([]),
	/** What the responder sees or is told, in their words ("checkout is slow", "disk full on db nodes"): shown and searched with weight. */
	symptoms: z.array(text).default([]),
})
	.check((ctx) => {
		if (ctx.value.lastReviewed === undefined && ctx.value.status !== 'needs-review') {
			ctx.issues.push({ code: 'custom', path: ['lastReviewed'], message: 'the day of the last review (YYYY-MM-DD); only a runbook with status needs-review may have none', input: undefined });
		}
	});

export type RunbookData = z.output<typeof runbookSchema>;
