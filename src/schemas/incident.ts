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
	/** A timestamp field: what it records, then how to write it. */
	const moment = (what: string) => at.describe(`${what} ${at.description}`);
	return z
		.strictObject({
			title: text.describe(
				'The internal title (never published; publicTitle is what customers read).'
			),
			severity: z
				.enum(severityIds, {
					error: `one of ${severityIds.join(', ')} (the ladder in handbook.yaml)`,
				})
				.describe(
					`A rung of the ladder in handbook.yaml: ${severityIds.join(', ')}. When in doubt, pick the higher one.`
				),
			drill: z
				.boolean()
				.default(false)
				.describe(
					'true for a game day or exercise: never public, exempt from postmortem and metrics rules.'
				),
			summary: text.optional().describe('One-line internal summary for the incident log.'),
			services: z
				.array(id)
				.min(1, { error: 'at least one service id' })
				.describe('The affected services (ids from services/), most affected first.'),
			channel: text
				.optional()
				.describe(
					'The incident\'s chat channel, like "#inc-20261202-checkout-fails" (quoted: a plain # starts a comment). Internal.'
				),
			components: z
				.record(id, componentImpact)
				.default({})
				.describe(
					'Public status components affected (ids of components in handbook.yaml), each with its worst impact.'
				),
			startedAt: moment('When the impact started.'),
			detectedAt: moment('When someone or something noticed (an alert fired, a customer wrote).'),
			acknowledgedAt: moment('When a responder acknowledged the page.').optional(),
			mitigatedAt: moment(
				'When customers stopped being affected; the public impact window ends here.'
			).optional(),
			resolvedAt: moment(
				'When the incident was closed; a resolved incident may need a postmortem.'
			).optional(),
			roles: z
				.strictObject({
					ic: id.optional().describe('The incident commander (a person id).'),
					tl: id
						.optional()
						.describe('The tech lead (a person id), someone other than the incident commander.'),
					comms: id.optional().describe('The communications lead (a person id).'),
				})
				.prefault({})
				.describe('Who held each role (person ids from people.yaml); never published.'),
			public: z
				.boolean()
				.default(false)
				.describe(
					'true puts the incident on the public status page (its publicTitle, components and updates).'
				),
			publicTitle: text
				.optional()
				.describe('The title customers read; without it the public page uses title.'),
			updates: z
				.array(
					z.strictObject({
						at: moment('When it was posted.'),
						status: updateStatus.describe('The status-page state it announced.'),
						body: text.describe('The text as posted.'),
					})
				)
				.default([])
				.describe(
					'Customer-facing updates, as posted on the status page (published when the incident is public).'
				),
			timeline: z
				.array(
					z.strictObject({
						at: moment('When it happened.'),
						text: text.describe('What responders saw or did.'),
					})
				)
				.default([])
				.describe('The internal timeline: what responders saw and did. Never published.'),
		})
		.describe(
			'The frontmatter of an incident (incidents/<start day>-<name>.mdx); the body holds internal notes.'
		);
}

export type IncidentData = z.output<ReturnType<typeof incidentSchema>>;
export type ComponentImpact = z.output<typeof componentImpact>;
export type UpdateStatus = z.output<typeof updateStatus>;
