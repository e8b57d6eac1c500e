/** What the internal site's cards say, from the linked handbook: one card per runbook, incident and postmortem. */
import type { Handbook, Incident, Postmortem, Runbook } from '../model/handbook.ts';
import { severityRank } from '../model/incidents.ts';
import { alertNames } from '../model/runbooks.ts';
import { dayIn } from '../model/time.ts';
import type { CardKind } from '../model/urls.ts';
import type { CardInput } from './card.ts';

/** A card and the entry it is for; its PNG is served at `urls.card(kind, id)`. */
export interface SiteCard {
	kind: CardKind;
	id: string;
	input: CardInput;
}

function siteName(hb: Handbook): string {
	return `${hb.config.org.name} Handbook`;
}

function severityBadge(hb: Handbook, severity: string): CardInput['badge'] {
	return { text: hb.severities.get(severity)?.label ?? severity, rank: severityRank(hb, severity) };
}

/** @returns the card of a runbook: its title, service and the alerts it answers. */
export function runbookCard(hb: Handbook, runbook: Runbook): CardInput {
	const service = hb.services.get(runbook.data.service)?.data.name ?? runbook.data.service;
	const alerts = alertNames(runbook);
	return {
		kind: 'Runbook',
		title: runbook.data.title,
		subtitle: [service, ...alerts].join(' · '),
		site: siteName(hb),
	};
}

/** @returns the card of an incident: severity, title, start day and whether it is resolved. */
export function incidentCard(hb: Handbook, incident: Incident): CardInput {
	const { data } = incident;
	const day = dayIn(data.startedAt, hb.config.org.timezone);
	return {
		kind: data.drill ? 'Drill' : 'Incident',
		title: data.title,
		subtitle: `${day} · ${data.resolvedAt ? 'Resolved' : 'Ongoing'}`,
		site: siteName(hb),
		badge: severityBadge(hb, data.severity),
	};
}

/** @returns the card of a postmortem: its incident's severity, title, incident day and review status. */
export function postmortemCard(hb: Handbook, postmortem: Postmortem): CardInput {
	const incident = hb.incidents.get(postmortem.data.incident)!;
	const day = dayIn(incident.data.startedAt, hb.config.org.timezone);
	return {
		kind: 'Postmortem',
		title: postmortem.data.title,
		subtitle: `Incident of ${day} · ${postmortem.data.status}`,
		site: siteName(hb),
		badge: severityBadge(hb, incident.data.severity),
	};
}

/** @returns every card of the internal site. */
export function internalCards(hb: Handbook): SiteCard[] {
	const card = (kind: CardKind, id: string, input: CardInput): SiteCard => ({ kind, id, input });
	return [
		...[...hb.runbooks.values()].map((runbook) =>
			card('runbooks', runbook.id, runbookCard(hb, runbook))
		),
		...[...hb.incidents.values()].map((incident) =>
			card('incidents', incident.id, incidentCard(hb, incident))
		),
		...[...hb.postmortems.values()].map((postmortem) =>
			card('postmortems', postmortem.id, postmortemCard(hb, postmortem))
		),
	];
}
