/**
 * `content/maintenance/*.mdx`: one per planned maintenance window, written like an incident. The frontmatter holds
 * what customers are told (title, window, components, updates) and a few internal fields; the body holds internal
 * notes (the plan, the rollback) and is never published.
 */
import { z } from 'zod';
import { id, text, timestamp } from './primitives.ts';

/** Statuspage's scheduled-maintenance states, in the order a window goes through them. */
export const maintenanceStatus = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);

/** @param zone the handbook's timezone, for timestamps written without an offset */
export function maintenanceSchema(zone: string) {
	const at = timestamp(zone);
	/** A timestamp field: what it records, then how to write it. */
	const moment = (what: string) => at.describe(`${what} ${at.description}`);
	return z
		.strictObject({
			title: text.describe('The customer-facing name, as on the status page.'),
			components: z
				.array(id)
				.min(1, { error: 'at least one component id (components in handbook.yaml)' })
				.describe(
					'Public status components under maintenance during the window (ids of components in handbook.yaml).'
				),
			scheduledFor: moment('When the window starts.'),
			scheduledUntil: moment('When the window ends (after scheduledFor).'),
			public: z
				.boolean()
				.default(false)
				.describe(
					'true puts the maintenance on the public status page (its title, window, components and updates).'
				),
			updates: z
				.array(
					z.strictObject({
						at: moment('When it was posted.'),
						status: maintenanceStatus.describe(
							'The status-page state it announced: scheduled, in_progress, verifying, completed.'
						),
						body: text.describe('The text as posted.'),
					})
				)
				.default([])
				.describe(
					'Customer-facing updates, the announcement first, as posted on the status page (published when the maintenance is public).'
				),
			owner: id
				.optional()
				.describe('The team or person who runs the change (a team or person id). Internal.'),
			change: text.optional().describe('The change request or ticket (a key or a URL). Internal.'),
		})
		.superRefine((data, ctx) => {
			if (data.scheduledUntil <= data.scheduledFor) {
				ctx.addIssue({
					code: 'custom',
					path: ['scheduledUntil'],
					message: 'a time after scheduledFor (the window ends after it starts)',
					input: data.scheduledUntil,
				});
			}
		})
		.describe(
			'The frontmatter of a scheduled maintenance (maintenance/<window day>-<name>.mdx); the body holds internal notes.'
		);
}

export type MaintenanceData = z.output<ReturnType<typeof maintenanceSchema>>;
export type MaintenanceStatus = z.output<typeof maintenanceStatus>;
