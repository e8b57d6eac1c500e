/**
 * The linked handbook: every entry of the content folder, with its references resolved into indexes so that pages and
 * checks look things up in constant time (no joins in templates, no quadratic scans at 5,000 entries).
 */
import type { Component, HandbookConfig, Severity } from '../schemas/handbook.ts';
import type { IncidentData } from '../schemas/incident.ts';
import type { MaintenanceData } from '../schemas/maintenance.ts';
import type { Person, Team } from '../schemas/people.ts';
import type { ActionItemData, PostmortemData } from '../schemas/postmortem.ts';
import type { RunbookData } from '../schemas/runbook.ts';
import type { ServiceData } from '../schemas/service.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { CommsTemplate } from '../schemas/comms.ts';
import type { AlertRule } from './alerts/alert-rule.ts';
import type { Entry, MdxEntry } from './load-content.ts';
import type { UrlLock } from './url-lock.ts';
import type { PublicReviewLock } from './public/review.ts';

export type Service = Entry<ServiceData>;
export type Runbook = MdxEntry<RunbookData>;
export type Incident = MdxEntry<IncidentData>;
export type Postmortem = MdxEntry<PostmortemData>;
export type Maintenance = MdxEntry<MaintenanceData>;
type Guide = MdxEntry<GuideData>;

/** An action item with the postmortem it belongs to (and where in its file it sits). */
export interface ActionItem extends ActionItemData {
	postmortem: Postmortem;
	/** Field path in the postmortem's frontmatter, like `actionItems.2`. */
	field: string;
}

export interface Handbook {
	dir: string;
	config: HandbookConfig;
	/** The severity ladder, most severe first. */
	ladder: readonly Severity[];
	severities: ReadonlyMap<string, Severity>;
	components: ReadonlyMap<string, Component>;
	teams: ReadonlyMap<string, Entry<Team>>;
	people: ReadonlyMap<string, Entry<Person>>;
	services: ReadonlyMap<string, Service>;
	runbooks: ReadonlyMap<string, Runbook>;
	/** Newest first. */
	incidents: ReadonlyMap<string, Incident>;
	/** Newest incident first. */
	postmortems: ReadonlyMap<string, Postmortem>;
	/** Planned maintenance windows, latest window first. */
	maintenances: ReadonlyMap<string, Maintenance>;
	guides: ReadonlyMap<string, Guide>;
	/** Message templates of comms.yaml, in file order. */
	comms: readonly CommsTemplate[];
	actionItems: readonly ActionItem[];
	/** Each postmortem's action items, in its file's order, by postmortem id. */
	actionItemsByPostmortem: ReadonlyMap<string, readonly ActionItem[]>;
	postmortemByIncident: ReadonlyMap<string, Postmortem>;
	runbooksByService: ReadonlyMap<string, readonly Runbook[]>;
	incidentsByService: ReadonlyMap<string, readonly Incident[]>;
	servicesByTeam: ReadonlyMap<string, readonly Service[]>;
	/** Alerting rules of `alerts/**`, by name then file; a name may repeat across files. */
	alerts: readonly AlertRule[];
	/** The runbooks naming each alert, by file (more than one is a check error). */
	runbooksByAlert: ReadonlyMap<string, readonly Runbook[]>;
	/** `urls.lock`, when the team has written one. */
	urlLock?: UrlLock;
	/** `public-reviews.lock`: the approved public versions of postmortems. */
	publicReviews?: PublicReviewLock;
}
