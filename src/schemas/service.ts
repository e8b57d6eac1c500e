/** `content/services/*.yaml`: the service catalog. */
import { z } from 'zod';
import { httpUrl, id, text } from './primitives.ts';

const link = z.strictObject({ title: text, url: httpUrl });

export const serviceSchema = z.strictObject({
	id,
	name: text,
	description: text.optional(),
	/** Owning team (a team id from people.yaml). */
	team: id,
	tier: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'a tier: 1, 2 or 3' }),
	/** The public status component this service is part of; services without one are invisible publicly. */
	component: id.optional(),
	dashboards: z.array(link).default([]),
	logs: z.array(link).default([]),
	/** Who is paged, in order: person or team ids. */
	escalation: z.array(id).default([]),
	repository: httpUrl.optional(),
});

export type ServiceData = z.output<typeof serviceSchema>;
