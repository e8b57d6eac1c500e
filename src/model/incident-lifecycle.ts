/**
 * The steps of an incident as the IC takes them at 3am: declare, post updates, acknowledge, mitigate, resolve. Each
 * step checks that it makes sense for the incident as it stands (no update after resolution, no mitigation before
 * acknowledgement), then edits the incident file's frontmatter line by line, and says which messages to post.
 */
import {
	componentImpact,
	updateStatus,
	type ComponentImpact,
	type UpdateStatus,
} from '../schemas/incident.ts';
import { fillTemplate, nextUpdateTime } from './comms.ts';
import { FrontmatterEditor } from './frontmatter-edit.ts';
import type { Handbook, Incident } from './handbook.ts';
import { INCIDENT_MILESTONES, severityOf } from './incidents.ts';
import { ownerName } from './people.ts';
import { incidentSkeleton, slugify } from './skeletons.ts';
import { dayIn, formatTime, isoInZone } from './time.ts';

/** Thrown when a step does not fit the incident or names something the handbook lacks; its message says what to do. */
export class IncidentStepError extends Error {}

/** A message to post, filled from a comms.yaml template. */
interface Message {
	template: string;
	audience: 'internal' | 'customer';
	channel?: string;
	text: string;
}

export interface StepResult {
	/** The incident file's new text. */
	text: string;
	/** What changed, one line each, for the terminal. */
	did: string[];
	messages: Message[];
	/** When the next customer update is due (HH:MM in the handbook timezone), for a step that starts the clock. */
	nextUpdate?: string;
}

export interface DeclareOptions {
	title: string;
	severity: string;
	service: string;
	ic?: string;
	tl?: string;
	comms?: string;
	/** What customers notice, for the messages (default: the title). */
	impact?: string;
	/** Puts the incident on the status page under this title. */
	publicTitle?: string;
	components?: Record<string, ComponentImpact>;
}

export interface UpdateOptions {
	status?: UpdateStatus;
	/** A customer-facing update (needs `status`). */
	public?: string;
	/** An entry of the internal timeline. */
	internal?: string;
	publicTitle?: string;
	components?: Record<string, ComponentImpact>;
}

export type Milestone = 'ack' | 'mitigate' | 'resolve';

const MILESTONE_FIELD = {
	ack: 'acknowledgedAt',
	mitigate: 'mitigatedAt',
	resolve: 'resolvedAt',
} as const;

/** @returns `{ api: 'major_outage' }` from `["api=major_outage"]`, checked against the handbook's components. */
export function parseComponents(
	handbook: Handbook,
	values: readonly string[]
): Record<string, ComponentImpact> {
	const impacts: Record<string, ComponentImpact> = {};
	for (const value of values) {
		const [component, impact] = value.split('=');
		if (!component || !handbook.components.has(component)) {
			throw new IncidentStepError(
				`--component takes <id>=<impact> with a component of handbook.yaml (${[...handbook.components.keys()].join(', ') || 'none defined'}); found "${value}"`
			);
		}
		const parsed = componentImpact.safeParse(impact);
		if (!parsed.success)
			throw new IncidentStepError(
				`--component ${component}= takes one of ${componentImpact.options.join(', ')}; found "${impact ?? ''}"`
			);
		impacts[component] = parsed.data;
	}
	return impacts;
}

/** @returns the incident channel's name from `incidents.channel` of handbook.yaml, like `#inc-20261202-checkout-fails`. */
function channelName(
	handbook: Handbook,
	title: string,
	severity: string,
	service: string,
	at: Date
): string {
	const day = dayIn(at, handbook.config.org.timezone).replaceAll('-', '');
	return handbook.config.incidents.channel
		.replaceAll('{date}', day)
		.replaceAll('{slug}', slugify(title))
		.replaceAll('{severity}', severity)
		.replaceAll('{service}', service);
}

/** @returns the new incident's file and text, and the declared and first customer messages filled in. */
export function declareIncident(
	handbook: Handbook,
	options: DeclareOptions,
	at: Date
): StepResult & { file: string; channel: string } {
	for (const role of ['ic', 'tl', 'comms'] as const) {
		const person = options[role];
		if (person !== undefined && !handbook.people.has(person))
			throw new IncidentStepError(
				`--${role} must be a person id of people.yaml; found "${person}"`
			);
	}
	const skeleton = incidentSkeleton(handbook, options, at);
	const editor = new FrontmatterEditor(skeleton.text);
	const channel = channelName(handbook, options.title, options.severity, options.service, at);
	editor.set('channel', channel, ['services']);
	for (const [component, impact] of Object.entries(options.components ?? {}))
		editor.setIn('components', component, impact, ['services', 'channel']);
	for (const role of ['ic', 'tl', 'comms'] as const)
		if (options[role]) editor.setIn('roles', role, options[role]);
	if (options.publicTitle) {
		editor.set('public', true);
		editor.set('publicTitle', options.publicTitle, ['public']);
	}
	const zone = handbook.config.org.timezone;
	const severity = handbook.severities.get(options.severity)!;
	const serviceName = handbook.services.get(options.service)!.data.name;
	const nextUpdate = nextUpdateTime(formatTime(at, zone), severity.updateCadenceMinutes);
	const values = (audience: Audience) => ({
		service:
			audience === 'customer' && options.components
				? (affected(handbook, Object.keys(options.components)) ?? serviceName)
				: serviceName,
		severity: severity.label,
		impact:
			options.impact ??
			(audience === 'customer' ? options.publicTitle : undefined) ??
			options.title,
		startedAt: formatTime(at, zone),
		nextUpdate,
		ic: options.ic && ownerName(handbook, options.ic),
		tl: options.tl && ownerName(handbook, options.tl),
		comms: options.comms && ownerName(handbook, options.comms),
	});
	return {
		file: skeleton.file,
		text: editor.text(),
		channel,
		did: [`declared ${severity.label} at ${formatTime(at, zone)} (${zone}), channel ${channel}`],
		messages: messagesFor(handbook, 'declare', ['internal', 'customer'], values),
		...(nextUpdate ? { nextUpdate } : {}),
	};
}

/** @returns the incident with a customer update and/or a timeline entry added at `at`. */
export function updateIncident(
	handbook: Handbook,
	incident: Incident,
	text: string,
	options: UpdateOptions,
	at: Date
): StepResult {
	refuseIfResolved(handbook, incident);
	if (
		options.public === undefined &&
		options.internal === undefined &&
		!options.components &&
		!options.publicTitle
	) {
		throw new IncidentStepError(
			'say what to add: --public "<text for customers>" with --status, and/or --internal "<timeline entry>"'
		);
	}
	if (options.public !== undefined && options.status === undefined)
		throw new IncidentStepError(
			`a customer update needs --status (${updateStatus.options.filter((s) => s !== 'resolved').join(', ')})`
		);
	if (options.status === 'resolved')
		throw new IncidentStepError(
			`resolve it with \`firebreak incident resolve ${incident.id} --public "<text>"\`: that sets resolvedAt with the last update`
		);
	if (options.status !== undefined && options.public === undefined)
		throw new IncidentStepError('--status goes with --public "<text for customers>"');
	if (options.public !== undefined && !incident.data.public && !options.publicTitle) {
		throw new IncidentStepError(
			`${incident.id} is not on the status page: add --public-title "<title customers see>" to publish it with this update`
		);
	}
	const zone = handbook.config.org.timezone;
	const editor = new FrontmatterEditor(text);
	const did: string[] = [];
	if (options.publicTitle) {
		editor.set('public', true, ['roles', 'components', 'services']);
		editor.set('publicTitle', options.publicTitle, ['public']);
		did.push(`on the status page as "${options.publicTitle}"`);
	}
	did.push(...setComponents(editor, incident, options.components));
	did.push(
		...post(editor, zone, at, {
			public: options.public,
			status: options.status,
			internal: options.internal,
		})
	);
	const severity = severityOf(handbook, incident);
	const nextUpdate =
		options.public !== undefined
			? nextUpdateTime(formatTime(at, zone), severity.updateCadenceMinutes)
			: undefined;
	return {
		text: editor.text(),
		did,
		messages:
			options.public !== undefined
				? messagesFor(handbook, 'update', ['internal'], (audience) =>
						valuesOf(handbook, incident, audience, nextUpdate)
					)
				: [],
		...(nextUpdate ? { nextUpdate } : {}),
	};
}

/** @returns the incident with `acknowledgedAt`, `mitigatedAt` or `resolvedAt` set to `at`. */
export function markIncident(
	handbook: Handbook,
	incident: Incident,
	text: string,
	step: Milestone,
	options: { public?: string; internal?: string },
	at: Date
): StepResult {
	const field = MILESTONE_FIELD[step];
	const zone = handbook.config.org.timezone;
	refuseIfResolved(handbook, incident);
	const already = incident.data[field];
	if (already)
		throw new IncidentStepError(
			`${incident.id} already has ${field}: ${isoInZone(already, zone)} (edit the file to correct it)`
		);
	if (step === 'mitigate' && !incident.data.acknowledgedAt)
		throw new IncidentStepError(
			`${incident.id} is not acknowledged yet: run \`firebreak incident ack ${incident.id}\` first (with --at for the time it was)`
		);
	const earlier = INCIDENT_MILESTONES.slice(0, INCIDENT_MILESTONES.indexOf(field));
	const previous = earlier
		.map((name) => ({ name, value: incident.data[name] }))
		.filter((milestone) => milestone.value !== undefined && milestone.value > at);
	if (previous.length > 0)
		throw new IncidentStepError(
			`${field} ${isoInZone(at, zone)} would be before ${previous[0]!.name} (${isoInZone(previous[0]!.value!, zone)}); give the right time with --at`
		);
	if (step === 'resolve' && incident.data.public && options.public === undefined) {
		const [suggestion] = messagesFor(handbook, 'resolve', ['customer'], (audience) =>
			valuesOf(handbook, incident, audience, undefined)
		);
		throw new IncidentStepError(
			`${incident.id} is on the status page: resolve it with the last customer update, --public "<text>"${suggestion ? `; the comms template ${suggestion.template} says:\n\n${suggestion.text}` : ''}`
		);
	}
	const editor = new FrontmatterEditor(text);
	editor.set(field, isoInZone(at, zone), earlier);
	const did = [
		`${field} ${formatTime(at, zone)}`,
		...post(editor, zone, at, {
			...options,
			status: step === 'resolve' ? 'resolved' : 'monitoring',
		}),
	];
	return {
		text: editor.text(),
		did,
		messages:
			step === 'resolve'
				? messagesFor(handbook, 'resolve', ['internal'], (audience) =>
						valuesOf(handbook, incident, audience, undefined)
					)
				: [],
	};
}

/** Appends a customer update (with its status) and/or a timeline entry at `at`; @returns what was added, for the terminal. */
function post(
	editor: FrontmatterEditor,
	zone: string,
	at: Date,
	entry: { public?: string; status?: UpdateStatus; internal?: string }
): string[] {
	const did: string[] = [];
	if (entry.public !== undefined) {
		editor.append(
			'updates',
			{ at: isoInZone(at, zone), status: entry.status, body: entry.public },
			['publicTitle', 'public']
		);
		did.push(`customer update (${entry.status}) at ${formatTime(at, zone)}`);
	}
	if (entry.internal !== undefined) {
		editor.append('timeline', { at: isoInZone(at, zone), text: entry.internal }, ['updates']);
		did.push(`timeline entry at ${formatTime(at, zone)}`);
	}
	return did;
}

function refuseIfResolved(handbook: Handbook, incident: Incident): void {
	const resolved = incident.data.resolvedAt;
	if (resolved)
		throw new IncidentStepError(
			`${incident.id} was resolved at ${isoInZone(resolved, handbook.config.org.timezone)}; nothing more can be added (a new problem is a new incident; to reopen this one, remove resolvedAt)`
		);
}

/** Sets each component's impact to the worse of the recorded one and the new one (`components` keeps the worst). */
function setComponents(
	editor: FrontmatterEditor,
	incident: Incident,
	components: Record<string, ComponentImpact> | undefined
): string[] {
	const rank = (impact: ComponentImpact | undefined) =>
		impact === undefined ? -1 : componentImpact.options.indexOf(impact);
	return Object.entries(components ?? {}).flatMap(([component, impact]) => {
		const recorded = incident.data.components[component];
		if (rank(recorded) >= rank(impact)) return [];
		editor.setIn('components', component, impact, ['services', 'channel']);
		return [`${component}: ${impact}`];
	});
}

type Audience = Message['audience'];

/** @returns the names of the public components, for customer messages (service names are internal). */
function affected(handbook: Handbook, components: readonly string[]): string | undefined {
	return components.length > 0
		? components.map((id) => handbook.components.get(id)?.name ?? id).join(', ')
		: undefined;
}

function valuesOf(
	handbook: Handbook,
	incident: Incident,
	audience: Audience,
	nextUpdate: string | undefined
): Record<string, string | undefined> {
	const zone = handbook.config.org.timezone;
	const { roles } = incident.data;
	const services = incident.data.services
		.map((id) => handbook.services.get(id)?.data.name ?? id)
		.join(', ');
	return {
		service:
			audience === 'customer'
				? (affected(handbook, Object.keys(incident.data.components)) ?? services)
				: services,
		severity: severityOf(handbook, incident).label,
		impact:
			audience === 'customer'
				? (incident.data.publicTitle ?? incident.data.title)
				: incident.data.title,
		startedAt: formatTime(incident.data.startedAt, zone),
		nextUpdate,
		ic: roles.ic && ownerName(handbook, roles.ic),
		tl: roles.tl && ownerName(handbook, roles.tl),
		comms: roles.comms && ownerName(handbook, roles.comms),
	};
}

/** @returns the comms.yaml templates marked for `step` (`step: declare` and so on) and written for `audiences`, filled in. */
function messagesFor(
	handbook: Handbook,
	step: 'declare' | 'update' | 'resolve',
	audiences: readonly Audience[],
	values: (audience: Audience) => Record<string, string | undefined>
): Message[] {
	return (handbook.comms ?? [])
		.filter((template) => template.step === step && audiences.includes(template.audience))
		.map((template) => ({
			template: template.id,
			audience: template.audience,
			...(template.channel ? { channel: template.channel } : {}),
			text: fillTemplate(template.text, values(template.audience)).trimEnd(),
		}));
}
