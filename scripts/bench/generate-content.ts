#!/usr/bin/env node
/**
 * Writes a synthetic but realistic content folder for benchmarks, deterministic from a seed: a handbook with a
 * four-rung ladder and public components, people and teams, services, one alert rule file per service covering every
 * runbook's alerts, runbooks with the five sections, incidents across severities (some public, with components and
 * customer-facing updates), postmortems with 5 action items each (some public, with `<Internal>` blocks), and guides.
 * The content passes the checks at error level and the public build's leak scan.
 * `node scripts/bench/generate-content.ts <dir> [--entries 10000] [--seed 1]`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { absoluteUrl, urls } from '../../src/model/urls.ts';
import {
	internalPostmortemBody,
	incidentNotes,
	publicPostmortemBody,
	publicSummary,
	runbookBody,
	timelineTexts,
	updateBodies,
	type EntryContext,
} from './bodies.ts';
import {
	CODE_NAMES,
	COMPONENTS,
	CUSTOMERS,
	FIRST_NAMES,
	LAST_NAMES,
	REGIONS,
	SERVICES,
	SYMPTOMS,
	TEAMS,
	displayName,
	pascal,
	type Symptom,
} from './catalog.ts';
import { seededRandom, type Random } from './random.ts';

export interface GenerateOptions {
	/** Runbooks + incidents + postmortems. */
	entries: number;
	seed: number;
}

export interface GeneratedCounts {
	runbooks: number;
	incidents: number;
	postmortems: number;
	alerts: number;
	publicIncidents: number;
	publicPostmortems: number;
}

const SITES = {
	internal: 'https://handbook.bench.internal',
	public: 'https://status.bench.example',
};
const DOMAIN = 'bench.internal';
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 1);
const day = (offset: number) => new Date(EPOCH + offset * DAY_MS).toISOString().slice(0, 10);
/** Zero-padded so that no number is a prefix of another in titles (the leak scan matches titles as substrings). */
const pad = (n: number) => String(n).padStart(5, '0');
const mdx = (data: unknown, body: string) =>
	`---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;

interface Person {
	id: string;
	name: string;
	email: string;
	handles: string[];
	team: string;
}

/** Writes the content folder `dir` (replacing it) and returns how many entries of each kind it holds. */
export function generateContent(dir: string, options: GenerateOptions): GeneratedCounts {
	const r = seededRandom(options.seed);
	rmSync(dir, { recursive: true, force: true });
	for (const folder of ['services', 'runbooks', 'incidents', 'postmortems', 'alerts', 'guides'])
		mkdirSync(join(dir, folder), { recursive: true });

	const people = makePeople();
	const peopleOf = (team: string) => people.filter((person) => person.team === team);
	writeHandbook(dir);
	writeFileSync(
		join(dir, 'people.yaml'),
		stringify({ teams: TEAMS.map((team) => ({ ...team, channel: `#team-${team.id}` })), people })
	);
	for (const service of SERVICES) {
		const members = peopleOf(service.team);
		const data = {
			id: service.id,
			name: displayName(service.id),
			team: service.team,
			tier: (SERVICES.indexOf(service) % 3) + 1,
			...(service.component ? { component: service.component } : {}),
			dashboards: [
				{
					title: `${displayName(service.id)} overview`,
					url: `https://grafana.${DOMAIN}/d/${service.id}/overview`,
				},
			],
			logs: [
				{
					title: `${displayName(service.id)} logs`,
					url: `https://logs.${DOMAIN}/app/${service.id}`,
				},
			],
			escalation: [members[0]!.id, members[1]!.id, service.team],
		};
		writeFileSync(join(dir, 'services', `${service.id}.yaml`), stringify(data));
	}
	writeGuides(dir);

	const runbooks = Math.round(options.entries * 0.3);
	const incidents = Math.round(options.entries * 0.4);
	const postmortems = options.entries - runbooks - incidents;
	const context = (serviceIndex: number, symptom: Symptom): EntryContext => {
		const service = SERVICES[serviceIndex]!;
		const members = peopleOf(service.team);
		const first = r.pick(members);
		const second = r.pick(people.filter((person) => person !== first));
		return {
			service: service.id,
			serviceName: displayName(service.id),
			symptom,
			region: r.pick(REGIONS),
			domain: DOMAIN,
			teamName: TEAMS.find((team) => team.id === service.team)!.name,
			people: [first.name, second.name],
			codeName: r.pick(CODE_NAMES),
			customer: r.pick(CUSTOMERS),
		};
	};

	// Runbooks: one per (service, symptom, region) alert, plus a "Critical" variant for some.
	const alertsByService = new Map<string, { name: string; symptom: Symptom }[]>();
	for (let i = 0; i < runbooks; i++) {
		const serviceIndex = i % SERVICES.length;
		const combo = Math.floor(i / SERVICES.length);
		const symptom = SYMPTOMS[combo % SYMPTOMS.length]!;
		const round = Math.floor(combo / SYMPTOMS.length);
		const c = context(serviceIndex, symptom);
		const alert = `${pascal(c.service)}${symptom.key}${round > 0 ? `Shard${round}` : ''}`;
		const names = r.chance(0.2) ? [alert, `${alert}Critical`] : [alert];
		const list = alertsByService.get(c.service) ?? [];
		list.push(...names.map((name) => ({ name, symptom })));
		alertsByService.set(c.service, list);
		const data = {
			title: `${c.serviceName} ${symptom.phrase}${round > 0 ? ` (shard ${round})` : ''}`,
			description: `${symptom.meaning} on ${c.service}.`,
			service: c.service,
			alerts: names,
			owner: SERVICES[serviceIndex]!.team,
			lastReviewed: day(r.int(700, 1050)),
			status: r.pick(['reviewed', 'reviewed', 'reviewed', 'needs-review', 'draft']),
			tags: [c.service, symptom.key.toLowerCase()],
		};
		mkdirSync(join(dir, 'runbooks', c.service), { recursive: true });
		writeFileSync(
			join(dir, 'runbooks', c.service, `${alert}.mdx`),
			mdx(data, runbookBody(r, c, alert, r.chance(0.05)))
		);
	}
	for (const [service, alerts] of alertsByService)
		writeFileSync(join(dir, 'alerts', `${service}.rules.yaml`), ruleFile(service, alerts));

	let publicIncidents = 0;
	let publicPostmortems = 0;
	for (let i = 0; i < incidents; i++) {
		const hasPostmortem = i < postmortems;
		// Sev-1 and Sev-2 require a postmortem on this ladder: incidents without one are Sev-3 or Sev-4.
		const severity = hasPostmortem
			? r.pick(['sev1', 'sev2', 'sev2', 'sev3'])
			: r.pick(['sev3', 'sev4', 'sev4']);
		const serviceIndex = r.int(0, SERVICES.length - 1);
		const c = context(serviceIndex, r.pick(SYMPTOMS));
		const component = SERVICES[serviceIndex]!.component ?? r.pick(COMPONENTS).id;
		const componentName = COMPONENTS.find((entry) => entry.id === component)!.name;
		const isPublic = severity !== 'sev4' && r.chance(0.4);
		const start = EPOCH + r.int(0, 1000) * DAY_MS + r.int(0, 86_399) * 1000;
		const at = (minutes: number) =>
			new Date(start + minutes * 60_000).toISOString().replace('.000Z', 'Z');
		const [detected, acknowledged, mitigated, resolved] = [
			r.int(1, 8),
			r.int(9, 14),
			r.int(25, 90),
			r.int(95, 180),
		];
		const people = peopleOf(SERVICES[serviceIndex]!.team);
		const ic = r.pick(people.slice(2));
		const tl = r.pick(people.slice(0, 2));
		const updates = updateBodies(r, componentName, c.symptom.publicPhrase);
		const data = {
			title: `${c.serviceName} ${c.symptom.phrase} in ${c.region} (#${pad(i)})`,
			severity,
			summary: `${c.symptom.meaning} on ${c.service}.`,
			services: [c.service],
			...(isPublic
				? {
						components: {
							[component]: r.pick(['degraded_performance', 'partial_outage', 'major_outage']),
						},
					}
				: {}),
			startedAt: at(0),
			detectedAt: at(detected),
			acknowledgedAt: at(acknowledged),
			mitigatedAt: at(mitigated),
			resolvedAt: at(resolved),
			roles: { ic: ic.id, tl: tl.id, comms: r.pick(people).id },
			public: isPublic,
			...(isPublic
				? {
						publicTitle: `${c.symptom.publicPhrase.charAt(0).toUpperCase()}${c.symptom.publicPhrase.slice(1)} on ${componentName}`,
						// One update per cadence step: Sev-1 every 30 minutes would need more; the checks report it as a warning.
						updates: [detected + 5, acknowledged + 10, mitigated, resolved].map((minute, n) => ({
							at: at(minute),
							status: (['investigating', 'identified', 'monitoring', 'resolved'] as const)[n],
							body: updates[n],
						})),
					}
				: {}),
			timeline: timelineTexts(r, c).map((text, n) => ({
				at: at([acknowledged, acknowledged + 4, mitigated - 5, mitigated][n]!),
				text,
			})),
		};
		if (isPublic) publicIncidents++;
		const id = `${day(Math.floor((start - EPOCH) / DAY_MS))}-${c.service}-${pad(i)}`;
		writeFileSync(join(dir, 'incidents', `${id}.mdx`), mdx(data, incidentNotes(r, c)));
		if (!hasPostmortem) continue;

		const created = Math.floor((start - EPOCH) / DAY_MS) + 1;
		const visible = isPublic && r.chance(0.8);
		if (visible) publicPostmortems++;
		const pm = {
			incident: id,
			title: visible
				? `Postmortem: ${data.publicTitle} on ${day(created - 1)}`
				: `Postmortem: ${data.title}`,
			status: 'published',
			publishedAt: day(created + r.int(1, 6)),
			authors: [tl.id],
			visibility: visible ? 'public' : 'internal',
			summary: `${c.symptom.meaning} on ${c.service} in ${c.region}, caused by ${c.symptom.cause}.`,
			...(visible
				? {
						publicSummary: publicSummary(
							r,
							componentName,
							c.symptom.publicPhrase,
							day(created - 1)
						),
					}
				: {}),
			rootCause: `${c.service} ran out of headroom: ${c.symptom.cause}.`,
			contributingFactors: [
				`No load test above 1.5x of last year's peak for ${c.service}`,
				`Alert threshold for ${c.symptom.phrase} set too high`,
			],
			actionItems: Array.from({ length: 5 }, (_, n) =>
				actionItem(r, `pm-${pad(i)}-${n + 1}`, created, r.pick(people).id, c, n < 2)
			),
		};
		writeFileSync(
			join(dir, 'postmortems', `${id}.mdx`),
			mdx(
				pm,
				visible
					? publicPostmortemBody(r, c, componentName, c.symptom.publicPhrase)
					: internalPostmortemBody(r, c)
			)
		);
	}
	return {
		runbooks,
		incidents,
		postmortems,
		alerts: [...alertsByService.values()].reduce((n, list) => n + list.length, 0),
		publicIncidents,
		publicPostmortems,
	};
}

function makePeople(): Person[] {
	return Array.from({ length: 90 }, (_, i) => {
		const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
		const last = LAST_NAMES[(i * 7) % LAST_NAMES.length]!;
		const id =
			`${first.charAt(0)}${last}`.toLowerCase() +
			(i >= FIRST_NAMES.length ? String(Math.floor(i / FIRST_NAMES.length)) : '');
		return {
			id,
			name: `${first} ${last}`,
			email: `${id}@bench.example`,
			handles: [`@${id}`],
			team: TEAMS[i % TEAMS.length]!.id,
		};
	});
}

function writeHandbook(dir: string) {
	const rung = (n: number, postmortem: boolean) => ({
		id: `sev${n}`,
		label: `Sev-${n}`,
		definition: [
			'Customers cannot pay, or money is at risk.',
			'A major feature is broken for many merchants.',
			'A minor feature is degraded.',
			'Little or no customer impact.',
		][n - 1],
		examples: [`Example of a Sev-${n} incident.`],
		ackMinutes: [5, 15, 30, 720][n - 1],
		updateCadenceMinutes: [30, 60, 240, 1440][n - 1],
		declaredBy: 'The on-call engineer.',
		icRequired: n <= 2,
		postmortem: postmortem ? { required: true, dueBusinessDays: 5 * n } : { required: false },
	});
	const handbook = {
		org: { name: 'Bench Pay', timezone: 'Europe/Berlin' },
		sites: SITES,
		severities: [rung(1, true), rung(2, true), rung(3, false), rung(4, false)],
		actionItems: { escalateAfterDays: 30, minPerPostmortem: 3, maxPerPostmortem: 7 },
		runbooks: { reviewEveryDays: 90 },
		holidays: ['2024-12-25', '2025-01-01', '2025-12-25', '2026-01-01'],
		components: COMPONENTS,
		redaction: { internalDomains: [DOMAIN], terms: CODE_NAMES, customers: CUSTOMERS },
		// No reviewer approves generated postmortems: without this the public site would publish none of them.
		publicReview: { required: false },
		checks: {},
	};
	writeFileSync(join(dir, 'handbook.yaml'), stringify(handbook));
}

/** @returns a Prometheus rule file with one group per symptom; each rule links to its Firebreak alert URL. */
function ruleFile(service: string, alerts: { name: string; symptom: Symptom }[]): string {
	const groups = new Map<string, object[]>();
	for (const { name, symptom } of alerts) {
		const rules = groups.get(symptom.key) ?? [];
		rules.push({
			alert: name,
			expr: symptom.expr(service),
			for: symptom.forDuration,
			labels: { severity: name.endsWith('Critical') ? 'page' : 'ticket', service },
			annotations: {
				summary: `${displayName(service)} ${symptom.phrase}`,
				runbook_url: absoluteUrl(SITES.internal, urls.alert(name)),
			},
		});
		groups.set(symptom.key, rules);
	}
	return stringify(
		{ groups: [...groups].map(([key, rules]) => ({ name: `${service}-${key}`, rules })) },
		{ lineWidth: 0 }
	);
}

function actionItem(
	r: Random,
	id: string,
	created: number,
	owner: string,
	c: EntryContext,
	isPublic: boolean
) {
	const status = r.pick(['open', 'in-progress', 'done', 'done', 'done', 'wont-fix'] as const);
	const due = created + r.int(14, 120);
	return {
		id,
		title: r.pick([
			`Alert earlier on ${c.symptom.phrase}`,
			'Load-test at three times the previous peak',
			'Review capacity settings each quarter',
			'Add a fallback for the failing dependency',
			'Document the rollback in the runbook',
		]),
		type: r.pick(['prevent', 'detect', 'mitigate', 'process']),
		owner,
		priority: r.pick(['P1', 'P2', 'P3']),
		createdAt: day(created),
		due: day(due),
		status,
		...(status === 'done' || status === 'wont-fix'
			? { closedAt: day(created + r.int(3, due - created)) }
			: { updatedAt: day(created + r.int(1, 10)) }),
		...(status === 'wont-fix'
			? { reason: 'Covered by another action item with less operational cost.' }
			: {}),
		...(r.chance(0.5) ? { ticket: `https://linear.app/bench/issue/${id.toUpperCase()}` } : {}),
		...(isPublic ? { public: true } : {}),
	};
}

function writeGuides(dir: string) {
	const guides = {
		'on-call': ['On call', 'How a shift works, what pages, and when to hand over.'],
		'incident-commander': [
			'Incident commander',
			'What the incident commander does in the first 30 minutes.',
		],
		communication: ['Communication', 'How and when to update customers and the company.'],
	};
	for (const [file, [title, description]] of Object.entries(guides)) {
		writeFileSync(
			join(dir, 'guides', `${file}.mdx`),
			mdx(
				{ title, description },
				`## Why\n\n${description}\n\n## How\n\n1. Read the severity ladder.\n2. Follow the SOP.\n`
			)
		);
	}
}

if (import.meta.main) {
	const { values, positionals } = parseArgs({
		options: {
			entries: { type: 'string', default: '10000' },
			seed: { type: 'string', default: '1' },
		},
		allowPositionals: true,
	});
	const dir = positionals[0];
	if (!dir) {
		console.error(
			'usage: node scripts/bench/generate-content.ts <dir> [--entries 10000] [--seed 1]'
		);
		process.exit(2);
	}
	const counts = generateContent(dir, {
		entries: Number(values.entries),
		seed: Number(values.seed),
	});
	console.log(`wrote ${dir}: ${JSON.stringify(counts)}`);
}
