/**
 * Skeletons for `firebreak new`: valid, filled-in files that a responder completes. Each one passes the schemas and
 * the error-level checks as written, so the first commit of a new postmortem never breaks the build.
 */
import { Document, isMap, isScalar } from 'yaml';
import type { Handbook, Incident, Service } from './handbook.ts';
import { INCIDENT_MILESTONES, incidentTimes } from './incidents.ts';
import { ownerName } from './people.ts';
import { RUNBOOK_SECTIONS } from './runbooks.ts';
import { dayIn, endOfDay, formatDuration, formatTimestamp, isoInZone } from './time.ts';

export interface Skeleton {
	/** Path relative to the content folder. */
	file: string;
	text: string;
}

/** @returns a file-name slug of a title: lowercase words joined by "-". */
export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** Frontmatter with a comment above the named keys (the comments are the template's instructions). */
export function frontmatter(
	data: Record<string, unknown>,
	comments: Record<string, string> = {}
): string {
	const doc = new Document(data);
	if (isMap(doc.contents)) {
		for (const pair of doc.contents.items) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			if (comments[key] && isScalar(pair.key)) pair.key.commentBefore = ` ${comments[key]}`;
		}
	}
	return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}

/** Thrown when the options name something the handbook does not have. */
export class SkeletonError extends Error {}

/**
 * @param options title, severity id and service id of the new incident
 * @param now when it started and was detected (`resolveNow`, the injected clock); its day names the file
 */
export function incidentSkeleton(
	handbook: Handbook,
	options: { title: string; severity: string; service: string },
	now: Date
): Skeleton {
	const severity = handbook.severities.get(options.severity);
	if (!severity)
		throw new SkeletonError(
			`--severity must be one of ${handbook.ladder.map((s) => s.id).join(', ')}; found "${options.severity}"`
		);
	if (!handbook.services.has(options.service))
		throw new SkeletonError(
			`--service must be a service id (${[...handbook.services.keys()].join(', ')}); found "${options.service}"`
		);
	const zone = handbook.config.org.timezone;
	const data = {
		title: options.title,
		severity: severity.id,
		services: [options.service],
		startedAt: isoInZone(now, zone),
		detectedAt: isoInZone(now, zone),
		roles: {},
		public: false,
		updates: [],
		timeline: [],
	};
	const text = frontmatter(data, {
		severity: `${handbook.ladder.map((s) => `${s.id}: ${s.label}`).join(', ')}. When in doubt, pick the higher one.`,
		startedAt: `When the impact started and when someone noticed: set each earlier if it was (without an offset a time is read in ${zone}); add acknowledgedAt, mitigatedAt, resolvedAt as they happen.`,
		roles: `ic, tl, comms: person ids from people.yaml.${severity.icRequired ? ` ${severity.label} needs an incident commander.` : ''}`,
		public: 'true puts it on the status page: then set publicTitle and post updates.',
		timeline: 'Internal: { at, text } entries, what responders saw and did.',
	});
	return {
		file: `incidents/${dayIn(now, zone)}-${slugify(options.title)}.mdx`,
		text: `${text}\nInternal notes: links to the incident channel, dashboards, hand-offs.\n`,
	};
}

/**
 * @returns a draft postmortem of `incident` with its title, severity, times and roles copied in and the sections of the
 * postmortem template: summary, impact, what happened (the timeline's milestones), root cause, contributing factors,
 * what went well, what didn't go well, where we got lucky, action items.
 */
export function postmortemSkeleton(
	handbook: Handbook,
	incident: Incident,
	today: string
): Skeleton {
	const zone = handbook.config.org.timezone;
	const { data } = incident;
	const severity = handbook.severities.get(data.severity)!;
	const author = data.roles.ic ?? data.roles.tl ?? data.roles.comms;
	if (!author)
		throw new SkeletonError(
			`incident ${incident.id} names no roles: set roles.ic (the usual author) first, so the postmortem has an author`
		);
	const end = data.resolvedAt ?? endOfDay(today, zone);
	const affected = Object.entries(data.components).map(
		([id, impact]) => `${handbook.components.get(id)?.name ?? id}: ${impact.replaceAll('_', ' ')}`
	);
	const impact = [
		affected.length > 0
			? `${affected.join('; ')}.`
			: `Services: ${data.services.map((id) => handbook.services.get(id)?.data.name ?? id).join(', ')}.`,
		`${formatDuration(incidentTimes(incident, end).durationMinutes)} from start to ${data.resolvedAt ? 'resolution' : today}.`,
		'Who was affected, how many, how badly.',
	].join(' ');
	const fm = frontmatter(
		{
			incident: incident.id,
			title: data.title,
			status: 'draft',
			authors: [author],
			visibility: 'internal',
			summary: data.summary ?? 'What happened and what it cost, in two or three sentences.',
			impact,
			rootCause:
				'The mechanism that made this possible, in terms of systems and processes, not people.',
			contributingFactors: [],
			actionItems: [],
		},
		{
			status: 'draft → in-review → published (then set publishedAt: YYYY-MM-DD).',
			visibility: 'public also needs publicSummary, and the incident must be public.',
			contributingFactors:
				'What made it worse or more likely; the same words across postmortems let the checks spot recurrences.',
			actionItems: `${handbook.config.actionItems.minPerPostmortem} to ${handbook.config.actionItems.maxPerPostmortem} items: { id, title, type: prevent|detect|mitigate|process, owner: a person id, priority: P1..P4, createdAt, due, status: open }.`,
		}
	);
	const milestones = INCIDENT_MILESTONES.filter((field) => data[field]).map(
		(field) => `- ${formatTimestamp(data[field]!, zone)}: ${field.replace(/At$/, '')}`
	);
	const roles = Object.entries({
		'incident commander': data.roles.ic,
		'tech lead': data.roles.tl,
		comms: data.roles.comms,
	})
		.filter(([, id]) => id)
		.map(([role, id]) => `${role} ${ownerName(handbook, id)}`);
	// Everything the skeleton knows is internal (the severity, the response times, who held which role): it sits in
	// <Internal>, and only what the authors write outside it is published.
	const body = [
		'## What happened',
		'',
		'<Internal>',
		`${severity.label}, ${isoInZone(data.startedAt, zone).slice(0, 10)}.${roles.length > 0 ? ` Roles: ${roles.join(', ')}.` : ''}`,
		'',
		...milestones,
		'',
		todo(
			'the turning points in order, outside this box: what responders saw, what they tried, what worked (the full timeline is on the incident page). That text is what customers read once the postmortem is public.'
		),
		'</Internal>',
		'',
		'## What went well',
		'',
		"## What didn't go well",
		'',
		'## Where we got lucky',
		'',
	].join('\n');
	return { file: `postmortems/${incident.id}.mdx`, text: `${fm}\n${body}` };
}

/**
 * @param options the service, and the alert the runbook answers (it names the file) or a title
 * @returns a draft runbook of the shared template, with the service's escalation chain filled in
 */
export function runbookSkeleton(
	handbook: Handbook,
	options: { service: string; alert?: string; title?: string },
	today: string
): Skeleton {
	const service = handbook.services.get(options.service);
	if (!service)
		throw new SkeletonError(
			`--service must be a service id (${[...handbook.services.keys()].join(', ')}); found "${options.service}"`
		);
	if (options.alert !== undefined && !/^[A-Za-z_:][A-Za-z0-9_:]*$/.test(options.alert))
		throw new SkeletonError(
			`--alert must be an alert name, like CheckoutApiHighErrorRate; found "${options.alert}"`
		);
	const title =
		options.title ?? (options.alert ? `${service.data.name}: ${options.alert}` : undefined);
	if (!title)
		throw new SkeletonError(
			'give --alert (the alert this runbook answers) or --title (for a failure mode without an alert)'
		);
	const name = options.alert ?? slugify(title);
	return {
		file: `runbooks/${service.id}/${name}.mdx`,
		text: runbookText(handbook, {
			title,
			service,
			alerts: options.alert ? [options.alert] : [],
			today,
		}),
	};
}

type RunbookSection = (typeof RUNBOOK_SECTIONS)[number];

/** A runbook of the shared template, before its owner writes it. */
export interface RunbookDraft {
	title: string;
	service: Service;
	alerts: string[];
	/** `lastReviewed`. */
	today: string;
	/** What is known already, by section: written above the section's TODO. */
	known?: Partial<Record<RunbookSection, string[]>>;
	/** Text of an MDX comment at the top of the body (where the file came from). */
	origin?: string;
}

/**
 * The one runbook template (`firebreak new runbook` and `firebreak alerts stub`): the frontmatter with each field's
 * instructions as a YAML comment, then the standard sections, each ending with a **TODO:** that says what to write.
 * Its status is `draft` whoever asks for it: every section still has a TODO, so the runbook is being written
 * (`needs-review` is for written text nobody here has walked through, as `firebreak import runbooks` writes).
 */
export function runbookText(handbook: Handbook, draft: RunbookDraft): string {
	const fm = frontmatter(
		{
			title: draft.title,
			service: draft.service.id,
			alerts: draft.alerts,
			owner: draft.service.data.team,
			lastReviewed: draft.today,
			status: 'draft',
		},
		{
			alerts:
				'The alerts this runbook answers: names from alerts/**, or { name: X, external: true } for alerts defined elsewhere.',
			owner: 'A team id (usual) or a person id.',
			status:
				'draft → needs-review → reviewed, once the owner has walked through it (then set lastReviewed to that day).',
		}
	);
	const chain = draft.service.data.escalation.map((id) => ownerName(handbook, id));
	const [worst, next] = handbook.ladder;
	const sentence = (text: string) => text.trim().replace(/\.$/, '');
	const guidance: Record<RunbookSection, string> = {
		Meaning: `what is broken ${draft.alerts.length > 0 ? 'when this fires' : 'in this failure mode'}, in one or two sentences for someone who has never seen it.`,
		Impact:
			'who notices and how badly: customers, merchants, other teams. Say what gets worse if nobody acts.',
		Diagnosis:
			'the first things to look at, with links to dashboards and logs and the exact commands to run.',
		Mitigation:
			'the steps that stop the impact (roll back, scale out, fail over), safest first, and how to tell they worked.',
		Escalation:
			next && worst
				? `when to declare a ${next.label} (${sentence(next.definition)}) and when a ${worst.label} (${sentence(worst.definition)}).`
				: 'when to declare an incident.',
	};
	const known: Partial<Record<RunbookSection, string[]>> = {
		...draft.known,
		Escalation: [
			...(chain.length > 0 ? [`Page in this order: ${chain.join(', ')}.`] : []),
			...(draft.known?.Escalation ?? []),
		],
	};
	const body = [
		...(draft.origin ? [`{/* ${draft.origin} */}`] : []),
		...RUNBOOK_SECTIONS.map((section) =>
			[`## ${section}`, ...(known[section] ?? []), todo(guidance[section])].join('\n\n')
		),
	].join('\n\n');
	return `${fm}\n${body}\n`;
}

/** @returns a marker of where an author must write; it shows on the page until someone does. */
function todo(what: string): string {
	return `**TODO:** ${what}`;
}
