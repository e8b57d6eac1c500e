/**
 * The only shapes that reach the public site. Public pages, feeds, the JSON API and Open Graph cards take these types,
 * never raw entries or the handbook: a field that is not here cannot be published by accident. Every string in them
 * has passed through redaction.
 */
import type { ActionItemStatus } from '../../schemas/postmortem.ts';
import type { ComponentImpact, UpdateStatus } from '../../schemas/incident.ts';
import type { MaintenanceStatus } from '../../schemas/maintenance.ts';
import type { MaintenancePhase } from '../maintenance.ts';
import type { Indicator } from '../status/impact.ts';
import type { PageIndicator, PublicComponentStatus } from '../status/maintenance.ts';
import type { DayStatus } from '../status/uptime.ts';
import type { PublicBody } from './render-body.ts';

/** A public status component (from `components` in handbook.yaml) with its current status and history. */
export interface PublicComponent {
	id: string;
	name: string;
	description?: string;
	group?: string;
	/** Order in handbook.yaml, from 1. */
	position: number;
	/**
	 * As of the build: the worst impact of unresolved public incidents whose impact has not ended, else
	 * `under_maintenance` while a public maintenance of it is under way.
	 */
	status: PublicComponentStatus;
	/** The last 90 days, oldest first; `refs` are public incident ids. */
	days: DayStatus[];
	/** Uptime in percent over the last 30 and 90 days (Statuspage's weighting). */
	uptime: { days30: number; days90: number };
}

/** One customer-facing update, as posted on the status page. */
export interface PublicIncidentUpdate {
	/** Stable: the incident's public id and the update's position. */
	id: string;
	status: UpdateStatus;
	body: string;
	at: Date;
}

/** Statuspage's incident states: the update states, plus `postmortem` once a public postmortem exists. */
export type PublicIncidentStatus = UpdateStatus | 'postmortem';

export interface PublicIncident {
	/** Public id: the start day and words of the public title (the internal file name never goes out). */
	id: string;
	/** Site-relative URL of its page. */
	url: string;
	title: string;
	/** Statuspage's impact: the worst component impact (major outage → critical, partial → major, degraded → minor). */
	impact: Indicator;
	status: PublicIncidentStatus;
	startedAt: Date;
	/** When customers stopped being affected (mitigation, else resolution); absent while ongoing. */
	impactEndedAt?: Date;
	resolvedAt?: Date;
	/** When the first `monitoring` update was posted. */
	monitoringAt?: Date;
	/** The latest update or state change. */
	updatedAt: Date;
	components: { id: string; name: string; impact: ComponentImpact }[];
	/** Newest first, as Statuspage lists them. */
	updates: PublicIncidentUpdate[];
	postmortem?: { id: string; url: string; title: string };
}

/** One customer-facing update of a maintenance. */
export interface PublicMaintenanceUpdate {
	/** Stable: the maintenance's public id and the update's position. */
	id: string;
	status: MaintenanceStatus;
	body: string;
	at: Date;
}

/** A planned maintenance window, as customers are told about it. Owner, change ticket and notes never get here. */
export interface PublicMaintenance {
	/** Public id: the window's first day and words of its title. */
	id: string;
	url: string;
	title: string;
	/** As posted: the latest update's status. */
	status: MaintenanceStatus;
	phase: MaintenancePhase;
	scheduledFor: Date;
	scheduledUntil: Date;
	/** When it was announced (the first update), else the window's start. */
	createdAt: Date;
	/** When the work began (the first `in_progress` or `verifying` update). */
	startedAt?: Date;
	completedAt?: Date;
	/** The latest update. */
	updatedAt: Date;
	/** When its components were under maintenance (to the build's "now" while under way); absent before it starts. */
	span?: { start: Date; end: Date };
	components: { id: string; name: string }[];
	/** Newest first. */
	updates: PublicMaintenanceUpdate[];
}

interface PublicActionItem {
	title: string;
	status: ActionItemStatus;
}

export interface PublicPostmortem {
	/** The public id of its incident (one postmortem per incident). */
	id: string;
	url: string;
	title: string;
	/** The `publicSummary`, redacted. */
	summary: string;
	publishedAt?: string;
	incident: Pick<
		PublicIncident,
		'id' | 'url' | 'title' | 'impact' | 'startedAt' | 'impactEndedAt' | 'components'
	>;
	/** The narrative without `<Internal>` blocks and code, redacted. */
	body: PublicBody;
	/** Only the items marked `public`: title and status, never owner. */
	actionItems: PublicActionItem[];
}

/** Everything the public site shows, built once per build. */
export interface PublicArchive {
	/** The organisation's name. */
	name: string;
	/** The public site's base URL (`sites.public`). */
	url: string;
	timeZone: string;
	/** The build's day, `YYYY-MM-DD` in `timeZone`. */
	today: string;
	/** The build's "now": the end of `today`; open incidents last until then. */
	asOf: Date;
	/** The latest change of any public incident or maintenance (or the start of `today`). */
	updatedAt: Date;
	/** Hours after the build at which its pages warn that they may be out of date (`staleAfterHours.public`). */
	staleAfterHours: number;
	status: { indicator: PageIndicator; description: string };
	components: PublicComponent[];
	/** Newest first. */
	incidents: PublicIncident[];
	/** Newest incident first. */
	postmortems: PublicPostmortem[];
	/** Public maintenance windows, latest window first. */
	maintenances: PublicMaintenance[];
}

/**
 * One entry of the public feeds (RSS, Atom, JSON Feed): a customer update of an incident or a maintenance, a published
 * postmortem, or an incident or maintenance not yet updated. Made only from the other `Public*` values (`model/public/feed.ts`).
 */
export interface PublicFeedItem {
	/** Permanent and unique: the absolute URL of what it announces, with the update's anchor. RSS guid, Atom id, JSON id. */
	id: string;
	/** Absolute URL of the page that shows it. */
	url: string;
	title: string;
	/** When it was posted; items never change after that, so it is also their `updated` date. */
	at: Date;
	/** The entry's text as HTML, every user-written string escaped. */
	html: string;
	/** The same news as plain text, for chat integrations. */
	text: string;
	/** The public components it concerns (Atom categories, RSS categories, JSON Feed tags). */
	components: { id: string; name: string }[];
	/** What it announces in Statuspage's terms: the update's status (`postmortem` for a postmortem). */
	status: PublicIncidentStatus | MaintenanceStatus;
	/**
	 * The incident it belongs to, with its impact as of the build, for JSON Feed consumers that filter; a maintenance
	 * window is one too, of impact `maintenance`, as in Statuspage's API.
	 */
	incident: { id: string; impact: Indicator | 'maintenance' };
}

/** One feed of the public site: every incident and maintenance, or those of one component, in all three formats. */
export interface PublicFeed {
	/** Absent for the feed of every incident. */
	component?: { id: string; name: string };
	title: string;
	description: string;
	/** Absolute URL of the HTML page the feed belongs to. */
	pageUrl: string;
	/** Absolute URL of the feed in each format. */
	urls: Record<FeedFormat, string>;
	/** The newest item's date (the archive's `updatedAt` for a feed without items): never the wall clock. */
	updatedAt: Date;
	/** The organisation, as the feed's author. */
	author: { name: string; url: string };
	/** Newest first. */
	items: PublicFeedItem[];
}

export type FeedFormat = 'rss' | 'atom' | 'json';
