/**
 * `linkHandbook()` resolves every id in the content (service, team, person, incident, component, postmortem) and
 * reports each dangling or duplicate one with file and field. Astro 7 only logs a broken `reference()`, so we never
 * rely on it: this is where references are checked.
 */
import type { ActionItem, Handbook, Incident, Postmortem, Runbook, Service } from './handbook.ts';
import type { Entry, LoadedContent } from './load-content.ts';
import { didYouMean } from '../schemas/did-you-mean.ts';
import type { Problem } from './problems.ts';

/** @returns the linked handbook and every reference problem; a handbook with problems must not be built. */
export function linkHandbook(content: LoadedContent): { handbook: Handbook; problems: Problem[] } {
	const problems: Problem[] = [];
	const teams = uniqueById(content.teams, 'team', problems);
	const people = uniqueById(content.people, 'person', problems);
	for (const [id, team] of teams) {
		const person = people.get(id);
		if (person) {
			problems.push({
				file: 'people.yaml',
				field: `${person.field}.id`,
				expected:
					'an id no team uses (owners may be people or teams, so the two must not share ids)',
				found: `"${id}", also the id of team ${team.data.name}`,
			});
		}
	}
	const services = uniqueById(content.services, 'service', problems);
	const components = new Map(content.config.components.map((c) => [c.id, c]));
	const severities = new Map(content.config.severities.map((s) => [s.id, s]));
	reportDuplicateIds(
		content.config.severities.map((s, i) => ({
			id: s.id,
			file: 'handbook.yaml',
			field: `severities.${i}`,
		})),
		'severity',
		problems
	);
	reportDuplicateIds(
		content.config.components.map((c, i) => ({
			id: c.id,
			file: 'handbook.yaml',
			field: `components.${i}`,
		})),
		'component',
		problems
	);

	const known: Record<RefKind, ReadonlyMap<string, unknown>> = {
		person: people,
		team: teams,
		service: services,
		component: components,
	};
	/**
	 * @param kinds what the field accepts
	 * @param narrowed what the message asks for and suggests, and why, where a rule accepts less than the field
	 */
	const ref = (
		kinds: RefKind[],
		id: string | undefined,
		file: string,
		field: string,
		narrowed?: { kinds: RefKind[]; why: string }
	) => {
		if (id === undefined) return;
		if (kinds.includes('service') && content.rejected.has(`services:${id}`)) return;
		// An unreadable people.yaml is reported once; every owner would otherwise look dangling.
		if ((kinds.includes('person') || kinds.includes('team')) && content.rejected.has('people.yaml'))
			return;
		if (kinds.some((kind) => known[kind].has(id))) return;
		const says = narrowed?.kinds ?? kinds;
		const fix = didYouMean(
			id,
			says.flatMap((kind) => [...known[kind].keys()])
		);
		const expected = `${refExpected(says)}${narrowed ? `: ${narrowed.why}` : ''}`;
		problems.push({
			file,
			field,
			expected,
			found: `"${id}", which no ${says.join(' or ')} has`,
			...(fix ? { fix } : {}),
		});
	};

	for (const person of content.people)
		ref(['team'], person.data.team, person.file, `${person.field}.team`);
	content.config.onCall?.rotations.forEach((rotation, r) => {
		ref(['team'], rotation.team, 'handbook.yaml', `onCall.rotations.${r}.team`);
		for (const list of ['primary', 'secondary'] as const) {
			rotation[list].forEach((id, i) =>
				ref(['person'], id, 'handbook.yaml', `onCall.rotations.${r}.${list}.${i}`)
			);
		}
	});
	for (const service of content.services) {
		ref(['team'], service.data.team, service.file, 'team');
		ref(['component'], service.data.component, service.file, 'component');
		service.data.escalation.forEach((id, i) =>
			ref(['person', 'team'], id, service.file, `escalation.${i}`)
		);
	}
	for (const runbook of content.runbooks) {
		ref(['service'], runbook.data.service, runbook.file, 'service');
		ref(['team', 'person'], runbook.data.owner, runbook.file, 'owner');
	}
	for (const incident of content.incidents) {
		incident.data.services.forEach((id, i) => ref(['service'], id, incident.file, `services.${i}`));
		for (const id of Object.keys(incident.data.components))
			ref(['component'], id, incident.file, `components.${id}`);
		for (const [role, id] of Object.entries(incident.data.roles))
			ref(['person'], id, incident.file, `roles.${role}`);
	}
	const maintenances = content.maintenances ?? [];
	for (const maintenance of maintenances) {
		maintenance.data.components.forEach((id, i) =>
			ref(['component'], id, maintenance.file, `components.${i}`)
		);
		ref(['team', 'person'], maintenance.data.owner, maintenance.file, 'owner');
	}
	const incidents = new Map(content.incidents.map((i) => [i.id, i]));
	const postmortemByIncident = new Map<string, Postmortem>();
	const actionItems: ActionItem[] = [];
	const actionItemIds = new Map<string, ActionItem>();
	for (const postmortem of content.postmortems) {
		const { data, file } = postmortem;
		if (!incidents.has(data.incident) && !content.rejected.has(`incidents:${data.incident}`)) {
			const fix = didYouMean(data.incident, incidents.keys());
			problems.push({
				file,
				field: 'incident',
				expected: 'the id of an incident (its file name in incidents/, without extension)',
				found: `"${data.incident}", which no incident has`,
				...(fix ? { fix } : {}),
			});
		}
		const earlier = postmortemByIncident.get(data.incident);
		if (earlier) {
			problems.push({
				file,
				field: 'incident',
				expected: 'one postmortem per incident',
				found: `"${data.incident}", already covered by ${earlier.file}`,
			});
		} else postmortemByIncident.set(data.incident, postmortem);
		data.authors.forEach((id, i) => ref(['person'], id, file, `authors.${i}`));
		data.actionItems.forEach((item, i) => {
			const field = `actionItems.${i}`;
			// A team as owner is a policy finding (action-item-owner, whose level the team sets); an unknown id is a
			// broken reference, and the message asks for what that rule accepts: a person.
			ref(['person', 'team'], item.owner, file, `${field}.owner`, {
				kinds: ['person'],
				why: 'one person owns an action item, not a team',
			});
			const twin = actionItemIds.get(item.id);
			if (twin) {
				problems.push({
					file,
					field: `${field}.id`,
					expected: 'an action-item id used once across all postmortems',
					found: `"${item.id}", also used in ${twin.postmortem.file}`,
				});
			}
			const actionItem: ActionItem = { ...item, postmortem, field };
			actionItemIds.set(item.id, actionItem);
			actionItems.push(actionItem);
		});
	}

	const byNewest = (a: Incident, b: Incident) =>
		b.data.startedAt.getTime() - a.data.startedAt.getTime() || a.id.localeCompare(b.id);
	const sortedIncidents = [...content.incidents].sort(byNewest);
	const incidentOrder = new Map(sortedIncidents.map((incident, i) => [incident.id, i]));
	const sortedPostmortems = [...content.postmortems].sort(
		(a, b) =>
			(incidentOrder.get(a.data.incident) ?? Infinity) -
				(incidentOrder.get(b.data.incident) ?? Infinity) || a.id.localeCompare(b.id)
	);

	const handbook: Handbook = {
		dir: content.dir,
		config: content.config,
		ladder: content.config.severities,
		severities,
		components,
		teams,
		people,
		services,
		runbooks: new Map(
			[...content.runbooks]
				.sort((a, b) => a.data.title.localeCompare(b.data.title))
				.map((r) => [r.id, r])
		),
		incidents: new Map(sortedIncidents.map((i) => [i.id, i])),
		postmortems: new Map(sortedPostmortems.map((p) => [p.id, p])),
		maintenances: new Map(
			[...maintenances]
				.sort(
					(a, b) =>
						b.data.scheduledFor.getTime() - a.data.scheduledFor.getTime() ||
						a.id.localeCompare(b.id)
				)
				.map((m) => [m.id, m])
		),
		guides: new Map(content.guides.map((g) => [g.id, g])),
		comms: content.comms ?? [],
		actionItems,
		actionItemsByPostmortem: groupBy(actionItems, (item: ActionItem) => [item.postmortem.id]),
		postmortemByIncident,
		runbooksByService: groupBy(
			content.runbooks,
			(r: Runbook) => [r.data.service],
			(a, b) => a.data.title.localeCompare(b.data.title)
		),
		incidentsByService: groupBy(sortedIncidents, (i: Incident) => i.data.services),
		servicesByTeam: groupBy(
			content.services,
			(s: Service) => [s.data.team],
			(a, b) => a.data.name.localeCompare(b.data.name)
		),
		alerts: [...(content.alerts ?? [])].sort(
			(a, b) => a.name.localeCompare(b.name) || a.file.localeCompare(b.file) || a.line - b.line
		),
		runbooksByAlert: groupBy(
			content.runbooks,
			(r: Runbook) => r.data.alerts.map((alert) => alert.name),
			(a, b) => a.file.localeCompare(b.file)
		),
		...(content.urlLock ? { urlLock: content.urlLock } : {}),
		...(content.publicReviews ? { publicReviews: content.publicReviews } : {}),
	};
	return { handbook, problems };
}

type RefKind = 'person' | 'team' | 'service' | 'component';
const REF_SOURCES: Record<RefKind, string> = {
	person: 'people in people.yaml',
	team: 'teams in people.yaml',
	service: 'the id: of a file in services/',
	component: 'components in handbook.yaml',
};

/** @returns what a reference field expects: the kinds of id it takes and where each is listed. */
function refExpected(kinds: readonly RefKind[]): string {
	// Owners may be a team or a person, both listed in people.yaml.
	const where =
		kinds.length === 2 && kinds.includes('person') && kinds.includes('team')
			? 'teams and people in people.yaml'
			: kinds.map((kind) => REF_SOURCES[kind]).join(', or ');
	return `the id of a ${kinds.join(' or ')} (${where})`;
}

function uniqueById<T>(
	entries: readonly Entry<T>[],
	kind: string,
	problems: Problem[]
): Map<string, Entry<T>> {
	reportDuplicateIds(entries, kind, problems);
	const map = new Map<string, Entry<T>>();
	for (const entry of entries) if (!map.has(entry.id)) map.set(entry.id, entry);
	return map;
}

function reportDuplicateIds(
	entries: readonly { id: string; file: string; field?: string }[],
	kind: string,
	problems: Problem[]
) {
	const seen = new Map<string, { file: string; field?: string }>();
	for (const entry of entries) {
		const first = seen.get(entry.id);
		if (first) {
			problems.push({
				file: entry.file,
				field: entry.field ? `${entry.field}.id` : 'id',
				expected: `a ${kind} id used once`,
				found: `"${entry.id}", already used in ${first.file}${first.field ? ` (${first.field})` : ''}`,
			});
		} else seen.set(entry.id, entry);
	}
}

function groupBy<T>(
	items: readonly T[],
	keys: (item: T) => readonly string[],
	order?: (a: T, b: T) => number
): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of new Set(keys(item))) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	if (order) for (const group of groups.values()) group.sort(order);
	return groups;
}
