/** `content/people.yaml`: who can own things. Names, emails and handles are confidential (never public). */
import { z } from 'zod';
import { id, text } from './primitives.ts';

export const teamSchema = z.strictObject({
	id,
	name: text,
	/** Where the team is reached, e.g. its Slack channel. */
	channel: text.optional(),
});

export const personSchema = z.strictObject({
	id,
	name: text,
	email: z.email({ error: 'an email address' }).optional(),
	/** Chat and code-host handles, like "@amoreau" or "github:amoreau". */
	handles: z.array(text).default([]),
	team: id,
	role: text.optional(),
});

export const peopleSchema = z.strictObject({
	teams: z.array(teamSchema).default([]),
	people: z.array(personSchema).min(1, { error: 'at least one person' }),
});

export type Team = z.output<typeof teamSchema>;
export type Person = z.output<typeof personSchema>;
export type PeopleFile = z.output<typeof peopleSchema>;
