/** `content/postmortems/*.mdx`: one per postmortem; action items live in the frontmatter. */
import { z } from 'zod';
import { httpUrl, id, isoDate, text } from './primitives.ts';

export const actionItemStatus = z.enum(['open', 'in-progress', 'done', 'wont-fix']);
export const actionItemType = z.enum(['prevent', 'detect', 'mitigate', 'process']);
export const actionItemPriority = z.enum(['P1', 'P2', 'P3', 'P4']);
export const postmortemStatus = z.enum(['draft', 'in-review', 'published']);

export const actionItemSchema = z.strictObject({
	/** Stable id, unique across all postmortems, like "pm-2026-03-checkout-1". */
	id,
	title: text,
	type: actionItemType,
	/** A person id. (A team id is reported by the checks: someone must own the work.) */
	owner: id,
	priority: actionItemPriority,
	createdAt: isoDate,
	/** Last time anyone made progress; the ageing clock restarts here. */
	updatedAt: isoDate.optional(),
	due: isoDate.optional(),
	status: actionItemStatus,
	closedAt: isoDate.optional(),
	/** Why a won't-fix item is not done. */
	reason: text.optional(),
	ticket: httpUrl.optional(),
	/** How we will know it worked. */
	verify: text.optional(),
	/** Shown (title and status only) in the public postmortem. */
	public: z.boolean().default(false),
});

export const postmortemSchema = z.strictObject({
	incident: id,
	title: text,
	status: postmortemStatus,
	publishedAt: isoDate.optional(),
	authors: z.array(id).min(1, { error: 'at least one author (person id)' }),
	visibility: z.enum(['internal', 'public']).default('internal'),
	summary: text,
	/** Who and what was affected, how badly, for how long. */
	impact: text.optional(),
	publicSummary: text.optional(),
	rootCause: text,
	contributingFactors: z.array(text).default([]),
	actionItems: z.array(actionItemSchema).default([]),
});

export type PostmortemData = z.output<typeof postmortemSchema>;
export type ActionItemData = z.output<typeof actionItemSchema>;
export type ActionItemStatus = z.output<typeof actionItemStatus>;
