/** `content/people.yaml`: who can own things. Names, emails and handles are confidential (never public). */
import { z } from 'zod';
import { id, text } from './primitives.ts';

const teamSchema = z.strictObject({
	id: id.describe(
		'What services (team:), runbooks (owner:) and escalation chains write, like payments.'
	),
	name: text,
	channel: text
		.optional()
		.describe(
			'Where the team is reached, like its Slack channel "#team-payments" (quoted: an unquoted # starts a comment).'
		),
});

const personSchema = z.strictObject({
	id: id.describe('What roles, owners, authors and rotations write, like amoreau.'),
	name: text.describe('The full name (confidential: never published).'),
	email: z.email({ error: 'an email address' }).optional(),
	handles: z
		.array(text)
		.default([])
		.describe('Chat and code-host handles, like "@amoreau" or "github:amoreau".'),
	team: id.describe('The id of their team (in teams).'),
	role: text.optional().describe('Their job title or role, like "SRE".'),
});

export const peopleSchema = z
	.strictObject({
		teams: z.array(teamSchema).default([]).describe('Teams: they own services and runbooks.'),
		people: z
			.array(personSchema)
			.min(1, { error: 'at least one person' })
			.describe('People: they hold incident roles, own action items and write postmortems.'),
	})
	.describe(
		'people.yaml: the people and teams that own things. Names, emails and handles are never published.'
	);

export type Team = z.output<typeof teamSchema>;
export type Person = z.output<typeof personSchema>;
