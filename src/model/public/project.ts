/**
 * The public projection: `toPublicIncident`, `toPublicPostmortem` and `toPublicComponent` copy only what may go out
 * (explicit public fields, customer-facing updates, public action items, the sanitized body) and pass every string
 * through one redactor. Deny-by-default: they return `undefined` for anything that is not public.
 */
import type { Component } from '../../schemas/handbook.ts';
import type { Handbook, Incident, Maintenance, Postmortem } from '../handbook.ts';
import { indicatorOf, worst, type ComponentStatus } from '../status/impact.ts';
import { componentStatusNow } from '../status/maintenance.ts';
import {
	dailyStatus,
	lastDays,
	uptimeOverDays,
	type ExcludedSpan,
	type ImpactSpan,
} from '../status/uptime.ts';
import { dayIn, endOfDay } from '../time.ts';
import { parseEntryBody } from './mdast.ts';
import { createRedactor, type Marker, type Redactor } from './redact.ts';
import { renderPublicBody, slugify } from './render-body.ts';
import { reviewOf, withheldBecause, type PublicReview } from './review.ts';
import type {
	PublicComponent,
	PublicIncident,
	PublicIncidentStatus,
	PublicMaintenance,
	PublicPostmortem,
} from './types.ts';
import { publicUrls } from './urls.ts';
import { isPublicIncident, isPublicMaintenance, whyNotPublic } from './visibility.ts';

/** Days of history per component on the status page. */
const HISTORY_DAYS = 90;

/** What every projection of one handbook shares: the redactor, the public ids, the build's clock. */
export interface Projection {
	handbook: Handbook;
	redactor: Redactor;
	/** The same without marks: public ids come from it. */
	plainRedactor: Redactor;
	/** Internal incident id → public id, for public incidents only. */
	publicIds: ReadonlyMap<string, string>;
	/** Internal maintenance id → public id, for public maintenances only (none shares an incident's id). */
	maintenanceIds: ReadonlyMap<string, string>;
	today: string;
	/** The end of `today` in the handbook's timezone. */
	asOf: Date;
	/** Each postmortem's unmarked projection, whatever its visibility, by postmortem id, made when first asked for. */
	unreviewed: Map<string, PublicPostmortem>;
	/** Each postmortem's review, by postmortem id. */
	reviews: Map<string, PublicReview>;
}

/**
 * @param today the build's day (`YYYY-MM-DD`, from the injected clock)
 * @param mark how redactions are written (the internal preview highlights them)
 */
export function createProjection(handbook: Handbook, today: string, mark?: Marker): Projection {
	const redactor = createRedactor(handbook, mark);
	// Ids come from redacted titles without marks, so the preview links to the same URLs the public site has.
	const plain = mark ? createRedactor(handbook) : redactor;
	const zone = handbook.config.org.timezone;
	// Incidents and maintenances share one id space; within each, the oldest keeps the plain id.
	const taken = new Set<string>();
	const assignIds = (entries: readonly (Incident | Maintenance)[]) => {
		const ids = new Map<string, string>();
		for (const entry of [...entries].reverse()) {
			const base = publicIdOf(entry, plain, zone);
			let id = base;
			for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
			taken.add(id);
			ids.set(entry.id, id);
		}
		return ids;
	};
	const publicIds = assignIds([...handbook.incidents.values()].filter(isPublicIncident));
	const maintenanceIds = assignIds([...handbook.maintenances.values()].filter(isPublicMaintenance));
	return {
		handbook,
		redactor,
		plainRedactor: plain,
		publicIds,
		maintenanceIds,
		today,
		asOf: endOfDay(today, zone),
		unreviewed: new Map(),
		reviews: new Map(),
	};
}

/**
 * @returns an incident's or maintenance's public id before de-duplication: its start day (a maintenance's window) and
 * the first words of its redacted public title
 */
function publicIdOf(entry: Incident | Maintenance, plain: Redactor, zone: string): string {
	const [title, start] =
		'startedAt' in entry.data
			? [entry.data.publicTitle ?? entry.data.title, entry.data.startedAt]
			: [entry.data.title, entry.data.scheduledFor];
	const words = slugify(plain.redact(title)).split('-').slice(0, 6).join('-');
	return `${dayIn(start, zone)}-${words}`;
}

/** @returns the public view of an incident, or undefined when it is not public (not `public: true`, or a drill). */
export function toPublicIncident(
	projection: Projection,
	incident: Incident
): PublicIncident | undefined {
	const id = projection.publicIds.get(incident.id);
	if (!id || !isPublicIncident(incident)) return undefined;
	const postmortem = projection.handbook.postmortemByIncident.get(incident.id);
	return projectIncident(
		projection,
		incident,
		id,
		postmortem !== undefined && whyWithheld(projection, postmortem).length === 0
	);
}

/**
 * @returns the public view of a postmortem, or undefined when it is not public (see `whyNotPublic`) or the review gate
 * withholds it (see {@link whyWithheld})
 * @throws PublicBodyError when its body carries MDX code or components other than `<Internal>`
 */
export function toPublicPostmortem(
	projection: Projection,
	postmortem: Postmortem
): PublicPostmortem | undefined {
	if (whyWithheld(projection, postmortem).length > 0) return undefined;
	// The reviewed projection is this very one when redactions are not marked.
	if (projection.redactor === projection.plainRedactor)
		return unreviewedPostmortem(projection, postmortem);
	const incident = toPublicIncident(
		projection,
		projection.handbook.incidents.get(postmortem.data.incident)!
	);
	return incident && projectPostmortem(projection, postmortem, incident);
}

/**
 * @returns why a postmortem stays off the public site: the reasons of `whyNotPublic`, else the review gate's (an
 * approval is required and missing, or the public version changed since), else none
 * @throws PublicBodyError when the gate must look at a body that could not be published
 */
export function whyWithheld(projection: Projection, postmortem: Postmortem): string[] {
	const reasons = whyNotPublic(projection.handbook, postmortem);
	if (reasons.length > 0 || !projection.handbook.config.publicReview.required) return reasons;
	const withheld = withheldBecause(
		projection.handbook.config,
		reviewOfPostmortem(projection, postmortem)
	);
	return withheld ? [withheld] : [];
}

/**
 * @returns where a postmortem's review stands against `public-reviews.lock`; only an approved one is projected (to
 * compare hashes), so the check and the build pay nothing for postmortems nobody approved yet
 * @throws PublicBodyError when an approved postmortem's body could not be published
 */
export function reviewOfPostmortem(projection: Projection, postmortem: Postmortem): PublicReview {
	let review = projection.reviews.get(postmortem.id);
	if (!review) {
		review = reviewOf(projection.handbook.publicReviews, postmortem.id, () =>
			unreviewedPostmortem(projection, postmortem)
		);
		projection.reviews.set(postmortem.id, review);
	}
	return review;
}

/**
 * @returns a postmortem's public projection, unmarked and regardless of visibility and review: what an approval pins
 * (the gate needs it to decide, so it must not ask the gate)
 * @throws PublicBodyError when its body could not be published
 */
export function unreviewedPostmortem(
	projection: Projection,
	postmortem: Postmortem
): PublicPostmortem {
	let projected = projection.unreviewed.get(postmortem.id);
	if (!projected) {
		const plain = { ...projection, redactor: projection.plainRedactor };
		const incident = projection.handbook.incidents.get(postmortem.data.incident)!;
		projected = projectPostmortem(
			plain,
			postmortem,
			projectIncident(plain, incident, incidentIdOf(plain, incident), true)
		);
		projection.unreviewed.set(postmortem.id, projected);
	}
	return projected;
}

/** @returns the public id of an incident, or for one that is not public, the id it would have. */
function incidentIdOf(projection: Projection, incident: Incident): string {
	return (
		projection.publicIds.get(incident.id) ??
		publicIdOf(incident, projection.plainRedactor, projection.handbook.config.org.timezone)
	);
}

/**
 * What a postmortem would look like on the public site, whether or not it is public yet: for the review of the
 * internal preview. Redactions are written with `mark`.
 * @returns the projection and the reasons it is not published yet (empty when it is)
 * @throws PublicBodyError when its body could not be published
 */
export function previewPublicPostmortem(
	handbook: Handbook,
	postmortem: Postmortem,
	today: string,
	mark: Marker
): { postmortem: PublicPostmortem; whyNotPublic: string[]; review: PublicReview } {
	const projection = previewProjection(handbook, today, mark);
	const incident = handbook.incidents.get(postmortem.data.incident)!;
	const publicIncident = projectIncident(
		projection,
		incident,
		incidentIdOf(projection, incident),
		true
	);
	return {
		postmortem: projectPostmortem(projection, postmortem, publicIncident),
		whyNotPublic: whyWithheld(projection, postmortem),
		review: reviewOfPostmortem(projection, postmortem),
	};
}

// One projection per handbook for all the preview pages of a build: each would otherwise redo every public id.
const previewProjections = new WeakMap<Handbook, Projection & { mark: Marker }>();

function previewProjection(handbook: Handbook, today: string, mark: Marker): Projection {
	const cached = previewProjections.get(handbook);
	if (cached && cached.today === today && cached.mark === mark) return cached;
	const projection = { ...createProjection(handbook, today, mark), mark };
	previewProjections.set(handbook, projection);
	return projection;
}

function projectIncident(
	projection: Projection,
	incident: Incident,
	id: string,
	withPostmortem: boolean
): PublicIncident {
	const { handbook, redactor } = projection;
	const { data } = incident;
	const updates = [...data.updates].sort((a, b) => a.at.getTime() - b.at.getTime());
	const last = updates.at(-1);
	const resolvedAt = data.resolvedAt ?? (last?.status === 'resolved' ? last.at : undefined);
	const postmortem = handbook.postmortemByIncident.get(incident.id);
	const status: PublicIncidentStatus = resolvedAt
		? withPostmortem
			? 'postmortem'
			: 'resolved'
		: (last?.status ?? 'investigating');
	const components = Object.entries(data.components).map(([componentId, impact]) => ({
		id: componentId,
		name: redactor.redact(handbook.components.get(componentId)?.name ?? componentId),
		impact,
	}));
	const impactEndedAt = data.mitigatedAt ?? resolvedAt;
	const monitoringAt = updates.find((u) => u.status === 'monitoring')?.at;
	const times = [data.startedAt, ...updates.map((u) => u.at), ...(resolvedAt ? [resolvedAt] : [])];
	return {
		id,
		url: publicUrls.incident(id),
		title: redactor.redact(data.publicTitle ?? data.title),
		impact: indicatorOf(worst(components.map((c) => c.impact))),
		status,
		startedAt: data.startedAt,
		...(impactEndedAt ? { impactEndedAt } : {}),
		...(resolvedAt ? { resolvedAt } : {}),
		...(monitoringAt ? { monitoringAt } : {}),
		updatedAt: new Date(Math.max(...times.map((t) => t.getTime()))),
		components,
		updates: updates
			.map((update, i) => ({
				id: `${id}-${i + 1}`,
				status: update.status,
				body: redactor.redact(update.body),
				at: update.at,
			}))
			.reverse(),
		...(withPostmortem && postmortem
			? {
					postmortem: {
						id,
						url: publicUrls.postmortem(id),
						title: redactor.redact(postmortem.data.title),
					},
				}
			: {}),
	};
}

function projectPostmortem(
	projection: Projection,
	postmortem: Postmortem,
	incident: PublicIncident
): PublicPostmortem {
	const { handbook, redactor } = projection;
	const { data } = postmortem;
	return {
		id: incident.id,
		url: publicUrls.postmortem(incident.id),
		title: redactor.redact(data.title),
		summary: data.publicSummary ? redactor.redact(data.publicSummary) : '',
		...(data.publishedAt ? { publishedAt: data.publishedAt } : {}),
		incident: {
			id: incident.id,
			url: incident.url,
			title: incident.title,
			impact: incident.impact,
			startedAt: incident.startedAt,
			...(incident.impactEndedAt ? { impactEndedAt: incident.impactEndedAt } : {}),
			components: incident.components,
		},
		body: renderPublicBody(
			parseEntryBody(handbook.dir, postmortem.file),
			postmortem.file,
			redactor
		),
		actionItems: data.actionItems
			.filter((item) => item.public)
			.map((item) => ({ title: redactor.redact(item.title), status: item.status })),
	};
}

/**
 * @param component a component of handbook.yaml
 * @param incidents every public incident (the ones that touch other components are skipped)
 * @param maintenances every public maintenance: an active one puts the component under maintenance, and the time
 * under maintenance does not count against its uptime
 * @returns the component with its status as of the build, its daily history and uptime
 */
export function toPublicComponent(
	projection: Projection,
	component: Component,
	incidents: readonly PublicIncident[],
	maintenances: readonly PublicMaintenance[] = []
): PublicComponent {
	const { handbook, redactor, today, asOf } = projection;
	const zone = handbook.config.org.timezone;
	const spans: ImpactSpan[] = [];
	const current: ComponentStatus[] = [];
	for (const incident of incidents) {
		const impact = incident.components.find((c) => c.id === component.id)?.impact;
		if (!impact) continue;
		spans.push({
			start: incident.startedAt,
			end: incident.impactEndedAt ?? asOf,
			impact,
			ref: incident.id,
		});
		if (!incident.resolvedAt && !incident.impactEndedAt) current.push(impact);
	}
	const mine = maintenances.filter((m) => m.components.some((c) => c.id === component.id));
	const excluded: ExcludedSpan[] = mine.flatMap((m) => (m.span ? [m.span] : []));
	return {
		id: component.id,
		name: redactor.redact(component.name),
		...(component.description ? { description: redactor.redact(component.description) } : {}),
		...(component.group ? { group: redactor.redact(component.group) } : {}),
		position: handbook.config.components.indexOf(component) + 1,
		status: componentStatusNow(
			worst(current),
			mine.some((m) => m.phase === 'active')
		),
		days: dailyStatus(spans, lastDays(today, HISTORY_DAYS), zone),
		uptime: {
			days30: uptimeOverDays(spans, today, 30, zone, excluded),
			days90: uptimeOverDays(spans, today, HISTORY_DAYS, zone, excluded),
		},
	};
}
