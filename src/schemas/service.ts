/** `content/services/*.yaml`: the service catalog. */
import { z } from 'zod';
import { httpUrl, id, text } from './primitives.ts';

const link = z.strictObject({ title: text, url: httpUrl });

export const serviceSchema = z
	.strictObject({
		id: id.describe(
			"What incidents (services:) and runbooks (service:) write, like checkout-api; the runbooks' folder has this name."
		),
		name: text,
		description: text.optional(),
		team: id.describe('The owning team (a team id from people.yaml).'),
		tier: z
			.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'a tier: 1, 2 or 3' })
			.describe('1 (critical), 2 or 3.'),
		component: id
			.optional()
			.describe(
				'The public status component this service is part of (an id of components in handbook.yaml); without one the service is invisible publicly.'
			),
		dashboards: z.array(link).default([]).describe('Dashboards, as { title, url }.'),
		logs: z.array(link).default([]).describe('Log views, as { title, url }.'),
		escalation: z.array(id).default([]).describe('Who is paged, in order: person or team ids.'),
		repository: httpUrl.optional().describe('The source repository.'),
	})
	.describe('A service of the catalog (services/<id>.yaml).');

export type ServiceData = z.output<typeof serviceSchema>;
