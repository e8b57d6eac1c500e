/** `content/runbooks/**\/*.mdx` (or `.md`): one runbook per alert or failure mode. */
import { z } from 'zod';
import { id, isoDate, text } from './primitives.ts';

/** An alert a runbook answers: its name, or `{ name, external: true }` for alerts defined outside `content/alerts/`. */
const alertRef = z.union(
	[
		z.string().regex(/^[A-Za-z_:][A-Za-z0-9_:]*$/, {
			error: 'an alert name, like PaymentsApiHighErrorRate',
		}),
		z.strictObject({
			name: z.string().regex(/^[A-Za-z_:][A-Za-z0-9_:]*$/),
			external: z.boolean().default(false),
		}),
	],
	{ error: 'an alert name, or { name, external: true }' }
);

const runbookStatus = z.enum(['draft', 'needs-review', 'reviewed']);

export const runbookSchema = z
	.strictObject({
		title: text,
		description: text.optional().describe('One line under the title, also used by search.'),
		service: id.describe(
			'The service it is about (an id from services/); the file sits in runbooks/<service>/.'
		),
		alerts: z
			.array(alertRef)
			.default([])
			.transform((list) =>
				list.map((a) => (typeof a === 'string' ? { name: a, external: false } : a))
			)
			.describe(
				'The alerts it answers: names from alerts/**, or { name, external: true } for alerts defined elsewhere. One runbook per alert.'
			),
		owner: id.describe('A team id (usual) or a person id from people.yaml.'),
		lastReviewed: isoDate
			.optional()
			.describe(
				'The day the owner last walked through it; absent only while status is needs-review (an imported or stubbed runbook nobody has walked through yet).'
			),
		reviewEveryDays: z
			.int()
			.positive()
			.optional()
			.describe('Overrides runbooks.reviewEveryDays of handbook.yaml for this runbook.'),
		status: runbookStatus.describe(
			'draft (being written) → needs-review → reviewed, once the owner has walked through it.'
		),
		aliases: z
			.array(z.string().regex(/^\//, { error: 'a path starting with "/"' }))
			.default([])
			.describe(
				'Earlier URL paths of this runbook, like /runbooks/old-name/: each keeps redirecting here.'
			),
		tags: z.array(text).default([]).describe('Words search finds it by.'),
		symptoms: z
			.array(text)
			.default([])
			.describe(
				'What the responder sees or is told, in their words ("checkout is slow", "disk full on db nodes"): shown on the page and searched with weight.'
			),
	})
	.check((ctx) => {
		if (ctx.value.lastReviewed === undefined && ctx.value.status !== 'needs-review') {
			ctx.issues.push({
				code: 'custom',
				path: ['lastReviewed'],
				message:
					'the day of the last review (YYYY-MM-DD); only a runbook with status needs-review may have none',
				input: undefined,
			});
		}
	})
	// The same rule for JSON Schema (editor validation), which cannot see into a check.
	.meta({
		description:
			'The frontmatter of a runbook (runbooks/<service>/<AlertName>.mdx); the body has the sections Meaning, Impact, Diagnosis, Mitigation and Escalation.',
		if: { properties: { status: { const: 'needs-review' } } },
		else: { required: ['lastReviewed'] },
	});

export type RunbookData = z.output<typeof runbookSchema>;
