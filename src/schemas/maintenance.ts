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
	return z
		.strictObject({
			/** The customer-facing name, as on the status page. */
			title: text,
			/** Public status components under maintenance during the window. */
			components: z.array(id).min(1, { error: 'at least one component id (components in handbook.yaml)' }),
			scheduledFor: at,
			scheduledUntil: at,
			public: z.boolean().default(false),
			/** Customer-facing updates, the announcement first. */
			updates: z.array(z.strictObject({ at, status: maintenanceStatus, body: text })).default([]),
			/** Internal: the team or person who runs the change. */
			owner: id.optional(),
			/** Internal: the change request or ticket (a key or a URL). */
			change: text.optional(),
		})
		.superRefine((data, ctx) => {
			if (data.scheduledUntil <= data.scheduledFor) {
				ctx.addIssue({ code: 'custom', path: ['scheduledUntil'], message: 'a time after scheduledFor (the window ends after it starts)', input: data.scheduledUntil });
			}
		});
}

export type MaintenanceData = z.output<ReturnType<typeof maintenanceSchema>>;
export type MaintenanceStatus = z.output<typeof maintenanceStatus>;
