/**
 * `content/comms.yaml`: the message templates of the /comms/ page, kept as content so a team words them its own way.
 * Placeholders are `{name}`; the page's form fills them. An unknown placeholder is refused, so a typo never reaches an
 * incident channel as a literal `{sevrity}`.
 */
import { z } from 'zod';
import { id, text } from './primitives.ts';

/** What the /comms/ form can fill in, with what each one means (the page lists these). */
export const COMMS_PLACEHOLDERS = {
	service: 'the affected service',
	severity: 'the severity label, like Sev-1',
	impact: 'what customers or colleagues notice',
	startedAt: 'when the impact started (HH:MM)',
	nextUpdate: 'when the next update is due: the time of posting plus the severity’s update cadence',
	ic: 'the incident commander',
	tl: 'the tech lead',
	comms: 'the communications lead',
	window: 'a maintenance window, like 2026-11-26 02:00–04:00 CET',
	components: 'the public components a maintenance affects',
} as const;

export type CommsPlaceholder = keyof typeof COMMS_PLACEHOLDERS;

const templateText = z
	.string({ error: 'text' })
	.trim()
	.min(1, { error: 'non-empty text' })
	.superRefine((value, ctx) => {
		for (const [, name] of value.matchAll(/\{([A-Za-z]+)\}/g)) {
			if (!(name! in COMMS_PLACEHOLDERS)) {
				ctx.addIssue({
					code: 'custom',
					message: `placeholders among ${Object.keys(COMMS_PLACEHOLDERS).map((key) => `{${key}}`).join(' ')}`,
					input: `{${name}}`,
				});
			}
		}
	});

export const commsTemplateSchema = z.strictObject({
	id,
	title: text,
	/** Who reads it: colleagues (incident channel, email to leadership) or customers (status page, email). */
	audience: z.enum(['internal', 'customer']),
	/** Where it is posted, like "#incidents" or "status page". */
	channel: text.optional(),
	/** When to send it. */
	when: text.optional(),
	text: templateText,
});

export const commsSchema = z.strictObject({
	templates: z.array(commsTemplateSchema).min(1, { error: 'at least one template' }),
});

export type CommsTemplate = z.output<typeof commsTemplateSchema>;
