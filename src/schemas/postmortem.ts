/** `content/postmortems/*.mdx`: one per postmortem; action items live in the frontmatter. */
import { z } from 'zod';
import { httpUrl, id, isoDate, text } from './primitives.ts';

const actionItemStatus = z.enum(['open', 'in-progress', 'done', 'wont-fix']);
const actionItemType = z.enum(['prevent', 'detect', 'mitigate', 'process']);
const actionItemPriority = z.enum(['P1', 'P2', 'P3', 'P4']);
const postmortemStatus = z.enum(['draft', 'in-review', 'published']);

const actionItemSchema = z.strictObject({
	id: id.describe('Stable, unique across all postmortems, like pm-2026-03-checkout-1.'),
	title: text.describe('What will be done (published when the item is public).'),
	type: actionItemType.describe(
		'prevent (it cannot happen again), detect (we notice sooner), mitigate (it hurts less) or process.'
	),
	owner: id.describe(
		'The one person (an id from people.yaml) who drives it to done: a team owns nothing (action-item-owner).'
	),
	priority: actionItemPriority.describe('P1 (most urgent) to P4.'),
	createdAt: isoDate.describe('The day it was agreed.'),
	updatedAt: isoDate
		.optional()
		.describe(
			'The last day anyone made progress; the ageing clock (action-item-escalate) restarts here.'
		),
	due: isoDate
		.optional()
		.describe('The day it is due, agreed with the owner (action-item-due requires it).'),
	status: actionItemStatus.describe('open → in-progress → done, or wont-fix (with a reason).'),
	closedAt: isoDate
		.optional()
		.describe('The day it was done; the completion rate counts items done by their due date.'),
	reason: text
		.optional()
		.describe("Why a won't-fix item is not done: the risk accepted and who accepted it."),
	ticket: httpUrl.optional().describe('The tracker issue.'),
	verify: text.optional().describe('How we will know it worked.'),
	public: z
		.boolean()
		.default(false)
		.describe('true shows its title and status (never the owner) in the public postmortem.'),
});

export const postmortemSchema = z
	.strictObject({
		incident: id.describe(
			'The incident it is about: a file name in incidents/, without extension.'
		),
		title: text.describe('Published as written when the postmortem is public.'),
		status: postmortemStatus.describe('draft → in-review → published (then set publishedAt).'),
		publishedAt: isoDate
			.optional()
			.describe(
				"The day it was published; postmortem-late compares it with the severity's deadline."
			),
		authors: z
			.array(id)
			.min(1, { error: 'at least one author (person id)' })
			.describe('Person ids; an author cannot approve its public version.'),
		visibility: z
			.enum(['internal', 'public'])
			.default('internal')
			.describe(
				'public publishes it once published, with a publicSummary, when its incident is public (and approved, when publicReview.required).'
			),
		summary: text.describe('What happened and what it cost, in two or three sentences (internal).'),
		impact: text
			.optional()
			.describe('Who and what was affected, how badly, for how long (internal).'),
		publicSummary: text
			.optional()
			.describe(
				'What customers read, written for them and reviewed by a person; required when visibility is public.'
			),
		rootCause: text.describe(
			'The mechanism that made this possible, in terms of systems and processes, not people (postmortem-blameless).'
		),
		contributingFactors: z
			.array(text)
			.default([])
			.describe(
				'What made it worse or more likely; the same words across postmortems let recurring-factor spot recurrences.'
			),
		actionItems: z
			.array(actionItemSchema)
			.default([])
			.describe(
				'The follow-up work, between actionItems.minPerPostmortem and maxPerPostmortem of handbook.yaml.'
			),
	})
	.describe(
		'The frontmatter of a postmortem (postmortems/<incident id>.mdx); the body is the narrative, <Internal> blocks never published.'
	);

export type PostmortemData = z.output<typeof postmortemSchema>;
export type ActionItemData = z.output<typeof actionItemSchema>;
export type ActionItemStatus = z.output<typeof actionItemStatus>;
