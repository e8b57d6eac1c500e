/** Names of owners: an owner id may be a person or a team. */
import type { Handbook } from './handbook.ts';

/** @returns the display name of a person or team id, or the id itself when unknown (never for linked content). */
export function ownerName(handbook: Handbook, id: string | undefined): string {
	if (id === undefined) return '—';
	return handbook.people.get(id)?.data.name ?? handbook.teams.get(id)?.data.name ?? id;
}

/** @returns whether the id names a person (action items must be owned by one). */
export function isPerson(handbook: Handbook, id: string): boolean {
	return handbook.people.has(id);
}
