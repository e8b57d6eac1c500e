/**
 * `content/comms.yaml`: the message templates of the /comms/ page, kept as content so a team words them its own way.
 * Placeholders are `{name}`; the page's form fills them. An unknown placeholder is refused, so a typo never reaches an
 * incident channel as a literal `{sevrity}`.
 */
import { z } from 'zod';
import { didYouMean } from './did-you-mean.ts';
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

const templateText = z
	.string({ error: 'text' })
	.trim()
	.min(1, { error: 'non-empty text' })
	.superRefine((value, ctx) => {
		for (const [, name] of value.matchAll(/\{([A-Za-z]+)\}/g)) {
			if (!(name! in COMMS_PLACEHOLDERS)) {
				const hint = didYouMean(name!, Object.keys(COMMS_PLACEHOLDERS), (key) => `{${key}}`);
				ctx.addIssue({
					code: 'custom',
					message: `placeholders among ${Object.keys(COMMS_PLACEHOLDERS)
						.map((key) => `{${key}}`)
						.join(' ')}`,
					input: `{${name}}`,
					...(hint ? { params: { didYouMean: hint } } : {}),
				});
			}
		}
	})
	// The same rule for JSON Schema (editor validation): no `{word}` other than a placeholder, and not blank.
	.meta({
		pattern: `^(?![\\s\\S]*\\{(?!(?:${Object.keys(COMMS_PLACEHOLDERS).join('|')})\\})[A-Za-z]+\\})[\\s\\S]*\\S`,
	});

const commsTemplateSchema = z.strictObject({
	id: id.describe('Unique among the templates: the anchor on the /comms/ page.'),
	title: text,
	audience: z
		.enum(['internal', 'customer'])
		.describe(
			'Who reads it: colleagues (incident channel, email to leadership) or customers (status page, email).'
		),
	channel: text
		.optional()
		.describe('Where it is posted, like "#incidents" (quoted) or Status page.'),
	when: text.optional().describe('When to send it.'),
	step: z
		.enum(['declare', 'update', 'resolve'])
		.optional()
		.describe(
			'The `firebreak incident` step that prints it filled in, ready to paste: declare, update or resolve.'
		),
	text: templateText.describe(
		`The message. Placeholders the page fills: ${Object.keys(COMMS_PLACEHOLDERS)
			.map((key) => `{${key}}`)
			.join(' ')}.`
	),
});

export const commsSchema = z
	.strictObject({
		templates: z
			.array(commsTemplateSchema)
			.min(1, { error: 'at least one template' })
			.describe('The message templates of the /comms/ page.'),
	})
	.describe('comms.yaml: incident message templates, filled in on the /comms/ page.');

export type CommsTemplate = z.output<typeof commsTemplateSchema>;
