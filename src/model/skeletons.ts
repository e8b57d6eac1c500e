/**
 * Skeletons for `firebreak new`: valid, filled-in files that a responder completes. Each one passes the schemas and
 * the error-level checks as written, so the first commit of a new postmortem never breaks the build.
 */
import { Document, isMap, isScalar } from 'yaml';
import type { Handbook, Incident } from './handbook.ts';
import { INCIDENT_MILESTONES, incidentTimes } from './incidents.ts';
import { ownerName } from './people.ts';
import { RUNBOOK_SECTIONS } from './runbooks.ts';
import { endOfDay, formatDuration, formatTimestamp, isoInZone } from './time.ts';

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
export function frontmatter(data: Record<string, unknown>, comments: Record<string, string> = {}): string {
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
 * @param today the injected clock: the file name and the placeholder start time use it
 */
export function incidentSkeleton(handbook: Handbook, options: { title: string; severity: string; service: string }, today: string): Skeleton {
	const severity = handbook.severities.get(options.severity);
	if (!severity) throw new SkeletonError(`--severity must be one of ${handbook.ladder.map((s) => s.id).join(', ')}; found "${options.severity}"`);
	if (!handbook.services.has(options.service)) throw new SkeletonError(`--service must be a service id (${[...handbook.services.keys()].join(', ')}); found "${options.service}"`);
	const data = {
		title: options.title,
		severity: severity.id,
		services: [options.service],
		startedAt: `${today} 00:00`,
		detectedAt: `${today} 00:00`,
		roles: {},
		public: false,
		updates: [],
		timeline: [],
	};
	const text = frontmatter(data, {
		severity: `${handbook.ladder.map((s) => `${s.id}: ${s.label}`).join(', ')}. When in doubt, pick the higher one.`,
		startedAt: `Set the real times (without an offset they are read in ${handbook.config.org.timezone}); add acknowledgedAt, mitigatedAt, resolvedAt as they happen.`,
		roles: `ic, tl, comms: person ids from people.yaml.${severity.icRequired ? ` ${severity.label} needs an incident commander.` : ''}`,
		public: 'true puts it on the status page: then set publicTitle and post updates.',
		timeline: 'Internal: { at, text } entries, what responders saw and did.',
	});
	return { file: `incidents/${today}-${slugify(options.title)}.mdx`, text: `${text}\nInternal notes: links to the incident channel, dashboards, hand-offs.\n` };
}

/**
 * @returns a draft postmortem of `incident` with its title, severity, times and roles copied in and the sections of the
 * postmortem template: summary, impact, what happened (the timeline's milestones), root cause, contributing factors,
 * what went well, what didn't go well, where we got lucky, action items.
 */
export function postmortemSkeleton(handbook: Handbook, incident: Incident, today: string): Skeleton {
	const zone = handbook.config.org.timezone;
	const { data } = incident;
	const severity = handbook.severities.get(data.severity)!;
	const author = data.roles.ic ?? data.roles.tl ?? data.roles.comms;
	if (!author) throw new SkeletonError(`incident ${incident.id} names no roles: set roles.ic (the usual author) first, so the postmortem has an author`);
	const end = data.resolvedAt ?? endOfDay(today, zone);
	const affected = Object.entries(data.components).map(([id, impact]) => `${handbook.components.get(id)?.name ?? id}: ${impact.replaceAll('_', ' ')}`);
	const impact = [
		affected.length > 0 ? `${affected.join('; ')}.` : `Services: ${data.services.map((id) => handbook.services.get(id)?.data.name ?? id).join(', ')}.`,
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
			rootCause: 'The mechanism that made this possible, in terms of systems and processes, not people.',
			contributingFactors: [],
			actionItems: [],
		},
		{
			status: 'draft → in-review → published (then set publishedAt: YYYY-MM-DD).',
			visibility: 'public also needs publicSummary, and the incident must be public.',
			contributingFactors: 'What made it worse or more likely; the same words across postmortems let the checks spot recurrences.',
			actionItems: `${handbook.config.actionItems.minPerPostmortem} to ${handbook.config.actionItems.maxPerPostmortem} items: { id, title, type: prevent|detect|mitigate|process, owner: a person id, priority: P1..P4, createdAt, due, status: open }.`,
		},
	);
	const milestones = INCIDENT_MILESTONES.filter((field) => data[field])
		.map((field) => `- ${formatTimestamp(data[field]!, zone)}: ${field.replace(/At$/, '')}`);
	const roles = Object.entries({ 'incident commander': data.roles.ic, 'tech lead': data.roles.tl, comms: data.roles.comms })
		.filter(([, id]) => id)
		.map(([role, id]) => `${role} ${ownerName(handbook, id)}`);
	const body = [
		'## What happened',
		'',
		`${severity.label}, ${isoInZone(data.startedAt, zone).slice(0, 10)}.`,
		'',
		...(roles.length > 0 ? ['<Internal>', `Roles: ${roles.join(', ')}.`, '</Internal>', ''] : []),
		...milestones,
		'',
		'The turning points in order: what responders saw, what they tried, what worked. The full timeline is on the incident page.',
		'',
		'## What went well',
		'',
		'## What didn\'t go well',
		'',
		'## Where we got lucky',
		'',
	].join('\n');
	return { file: `postmortems/${incident.id}.mdx`, text: `${fm}\n${body}` };
}

/**
 * @param options the service, and the alert the runbook answers (it names the file) or a title
 * @returns a draft runbook with the standard sections and the service's escalation chain filled in
 */
export function runbookSkeleton(handbook: Handbook, options: { service: string; alert?: string; title?: string }, today: string): Skeleton {
	const service = handbook.services.get(options.service);
	if (!service) throw new SkeletonError(`--service must be a service id (${[...handbook.services.keys()].join(', ')}); found "${options.service}"`);
	if (options.alert !== undefined && !/^[A-Za-z_:][A-Za-z0-9_:]*$/.test(options.alert)) throw new SkeletonError(`--alert must be an alert name, like CheckoutApiHighErrorRate; found "${options.alert}"`);
	const title = options.title ?? (options.alert ? `${service.data.name}: ${options.alert}` : undefined);
	if (!title) throw new SkeletonError('give --alert (the alert this runbook answers) or --title (for a failure mode without an alert)');
	const fm = frontmatter(
		{ title, service: service.id, alerts: options.alert ? [options.alert] : [], owner: service.data.team, lastReviewed: today, status: 'draft', tags: [] },
		{ status: 'draft → needs-review → reviewed, once the owner has walked through it.' },
	);
	const escalation = service.data.escalation.length > 0 ? `Page in this order: ${service.data.escalation.map((id) => ownerName(handbook, id)).join(', ')}.` : 'Who to page next, and when.';
	const guidance: Record<(typeof RUNBOOK_SECTIONS)[number], string> = {
		Meaning: 'What fired, the threshold, and what it measures, for someone who has never seen this alert.',
		Impact: 'What customers notice, and at which point this becomes an incident (which severity).',
		Diagnosis: '1. The dashboard to open first, and what to look for.\n2. The commands that tell the likely causes apart.',
		Mitigation: '1. The safest step that stops the bleeding, with the exact command.\n2. How to tell it worked.',
		Escalation: escalation,
	};
	const body = RUNBOOK_SECTIONS.map((section) => `## ${section}\n\n${guidance[section]}\n`).join('\n');
	const name = options.alert ?? slugify(title);
	return { file: `runbooks/${service.id}/${name}.mdx`, text: `${fm}\n${body}` };
}
