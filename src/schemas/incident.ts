/** `content/incidents/*.mdx`: one per incident, drills included. The body holds internal notes. */
import { z } from 'zod';
import { id, text, timestamp } from './primitives.ts';

/** Statuspage's component impact levels, worst last. */
export const componentImpact = z.enum(['degraded_performance', 'partial_outage', 'major_outage']);
/** Statuspage's incident update states. */
export const updateStatus = z.enum(['investigating', 'identified', 'monitoring', 'resolved']);

/**
 * @param severityIds the ladder's ids from handbook.yaml, most severe first
 * @param zone the handbook's timezone, for timestamps written without an offset
 */
export function incidentSchema(severityIds: readonly [string, ...string[]], zone: string) {
	const at = timestamp(zone);
	return z.strictObject({
		title: text,
		severity: z.enum(severityIds, { error: `one of ${severityIds.join(', ')} (the ladder in handbook.yaml)` }),
		drill: z.boolean().default(false),
		/** One-line internal summary for the incident log. */
		summary: text.optional(),
		services: z.array(id).min(1, { error: 'at least one service id' }),
		/** Public status components affected, with the worst impact on each. */
		components: z.record(id, componentImpact).default({}),
		startedAt: at,
		detectedAt: at,
		acknowledgedAt: at.optional(),
		mitigatedAt: at.optional(),
		resolvedAt: at.optional(),
		roles: z
			.strictObject({ ic: id.optional(), tl: id.optional(), comms: id.optional() })
			.prefault({}),
		public: z.boolean().default(false),
		publicTitle: text.optional(),
		/** Customer-facing updates, as posted on the status page. */
		updates: z.array(z.strictObject({ at, status: updateStatus, body: text })).default([]),
		/** Internal timeline: what responders saw and did. */
		timeline: z.array(z.strictObject({ at, text })).default([]),
	});
}

export type IncidentData = z.output<ReturnType<typeof incidentSchema>>;
export type ComponentImpact = z.output<typeof componentImpact>;
export type UpdateStatus = z.output<typeof updateStatus>;
