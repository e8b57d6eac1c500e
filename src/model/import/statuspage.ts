/**
 * Converting a Statuspage export into Firebreak content: its components into `components:` of handbook.yaml, each
 * incident into a public incident file. Pure: the caller reads the files and writes the plan's results.
 *
 * What is taken as it was posted: names, update statuses and bodies, and every time (to the second; Firebreak does not
 * keep milliseconds). What Statuspage does not know is filled in with stated defaults: the severity comes from the
 * impact (`severityFor`), `detectedAt` is when the incident was opened on Statuspage, the service is the catalog's
 * service of an affected component or the one the caller names. The file's body records the Statuspage id, which is
 * how a second run finds the file again.
 */
import { isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { ComponentImpact, UpdateStatus } from '../../schemas/incident.ts';
import type { Component, Severity } from '../../schemas/handbook.ts';
import type { Handbook } from '../handbook.ts';
import type { Problem } from '../problems.ts';
import { slugify } from '../skeletons.ts';
import { bodyOf } from '../source-file.ts';
import {
	COMPONENT_STATUSES,
	worst,
	type ComponentStatus,
	type Indicator,
} from '../status/impact.ts';
import { dayIn, isoInZone } from '../time.ts';
import type {
	StatuspageComponentData,
	StatuspageExport,
	StatuspageIncidentData,
} from './statuspage-export.ts';
import { frontmatter } from '../skeletons.ts';

/** Statuspage's incident impacts, most severe first. */
const IMPACTS: readonly Indicator[] = ['critical', 'major', 'minor', 'none'];

/** The component impact an incident's `impact` stands for, when its updates report no component status. */
const IMPACT_OF: Record<Indicator, ComponentImpact | undefined> = {
	critical: 'major_outage',
	major: 'partial_outage',
	minor: 'degraded_performance',
	none: undefined,
};

const UPDATE_STATUSES: readonly UpdateStatus[] = [
	'investigating',
	'identified',
	'monitoring',
	'resolved',
];

/**
 * Statuspage's four impacts take the four lowest rungs of the ladder, in order (`none` the lowest): a customer-visible
 * impact says nothing about the rungs some teams keep above it (a "sev0" for data loss). A ladder of fewer than four
 * rungs gives the worst impacts its top rung.
 */
export function severityFor(ladder: readonly Severity[], impact: Indicator): Severity {
	const rung = ladder.length - IMPACTS.length + IMPACTS.indexOf(impact);
	return ladder[Math.max(0, rung)]!;
}

/** The marker in an imported incident's body: it ties the file to its Statuspage incident. */
const MARKER = /^Imported from Statuspage: incident `([^`]+)`/m;

export interface ImportedFile {
	/** Path relative to the content folder. */
	file: string;
	/** The text the import gives the file; for an existing file, its own text with the imported fields replaced. */
	text: string;
	/** `create`: new; `unchanged`: the file already says this; `change`: it differs (an incident file is then rewritten only with `--update`; handbook.yaml only gains components without it). */
	action: 'create' | 'unchanged' | 'change';
	/** What the change is, for the report: the Statuspage id and name. */
	label: string;
}

export interface ImportPlan {
	handbook: ImportedFile;
	/** The components added to (or, with `update`, changed in) handbook.yaml, by id. */
	components: { added: string[]; changed: string[] };
	incidents: ImportedFile[];
	/** Things the import could not carry over, one line each (maintenances, impact without components). */
	notes: string[];
}

export interface ImportOptions {
	/** handbook.yaml as it is now. */
	handbookText: string;
	/** The incident files of the content folder that carry a Statuspage marker are found in these, by path. */
	incidentTexts: ReadonlyMap<string, string>;
	/** The service of incidents whose components no service of the catalog belongs to. */
	service?: string;
	/** Also change handbook components (description, group) that differ from the export. */
	update: boolean;
}

/** @returns what the import would write, or the problems that keep it from importing anything. */
export function planStatuspageImport(
	handbook: Handbook,
	source: StatuspageExport,
	options: ImportOptions
): { plan?: ImportPlan; problems: Problem[] } {
	const zone = handbook.config.org.timezone;
	const problems: Problem[] = [];
	const notes: string[] = source.maintenances.map(
		(m) =>
			`skipped scheduled maintenance ${m.id} "${m.name}": importing maintenances is not supported yet (write it in maintenance/)`
	);
	if (options.service !== undefined && !handbook.services.has(options.service)) {
		problems.push({
			file: '(command line)',
			field: '--service',
			expected: `a service id (${[...handbook.services.keys()].join(', ')})`,
			found: `"${options.service}"`,
		});
	}

	const componentIds = assignComponentIds(handbook, source);
	const handbookEdit = editHandbook(
		options.handbookText,
		handbook,
		source,
		componentIds,
		options.update
	);

	const existingById = new Map<string, string>();
	for (const [file, text] of options.incidentTexts) {
		const id = MARKER.exec(bodyOf(text))?.[1];
		if (id) existingById.set(id, file);
	}
	const taken = new Set([...options.incidentTexts.keys()]);
	const oldestFirst = [...source.incidents].sort(
		(a, b) => Date.parse(startOf(a)) - Date.parse(startOf(b)) || a.id.localeCompare(b.id)
	);
	const incidents: ImportedFile[] = [];
	for (const incident of oldestFirst) {
		const converted = convertIncident(handbook, source, incident, componentIds, options.service);
		problems.push(...converted.problems);
		notes.push(...converted.notes);
		if (!converted.data) continue;
		const existing = existingById.get(incident.id);
		const label = `${incident.id} "${incident.name}"`;
		if (existing) {
			const before = options.incidentTexts.get(existing)!;
			const text = mergeFrontmatter(before, converted.data);
			incidents.push({
				file: existing,
				text,
				action: text === before ? 'unchanged' : 'change',
				label,
			});
			continue;
		}
		const base = `incidents/${dayIn(new Date(startOf(incident)), zone)}-${slugify(incident.name) || 'incident'}`;
		let file = `${base}.mdx`;
		for (let n = 2; taken.has(file); n++) file = `${base}-${n}.mdx`;
		taken.add(file);
		const body = `Imported from Statuspage: incident \`${incident.id}\` of ${source.page.name}${incident.shortlink ? `, ${incident.shortlink}` : ''}.\n`;
		incidents.push({
			file,
			text: `${frontmatter(converted.data, converted.comments)}\n${body}`,
			action: 'create',
			label,
		});
	}
	if (problems.length > 0) return { problems };
	return {
		plan: { handbook: handbookEdit.file, components: handbookEdit.components, incidents, notes },
		problems: [],
	};
}

/** Statuspage's start of an incident: `started_at` where the page has it (set by the team), else its creation. */
function startOf(incident: StatuspageIncidentData): string {
	return incident.started_at ?? incident.created_at;
}

/** An instant as Firebreak content writes it: in the handbook's timezone with its offset, to the second. */
function timestampIn(iso: string, zone: string): string {
	return isoInZone(new Date(Math.floor(Date.parse(iso) / 1000) * 1000), zone);
}

/**
 * @returns the handbook id of each Statuspage component (not groups): the id of a handbook component of the same name
 * and group, else the name as an id (with the group's name, or a number, when that is taken)
 */
function assignComponentIds(handbook: Handbook, source: StatuspageExport): Map<string, string> {
	const ids = new Map<string, string>();
	const taken = new Set(handbook.components.keys());
	for (const c of source.components) {
		if (c.group) continue;
		const group = groupName(source, c);
		const same = [...handbook.components.values()].find(
			(h) => h.name === c.name && (h.group ?? undefined) === group
		);
		if (same) {
			ids.set(c.id, same.id);
			continue;
		}
		const candidates = [slugify(c.name), ...(group ? [slugify(`${group} ${c.name}`)] : [])].filter(
			Boolean
		);
		let id = candidates.find((candidate) => !taken.has(candidate));
		for (let n = 2; !id; n++)
			if (!taken.has(`${candidates[0] ?? 'component'}-${n}`))
				id = `${candidates[0] ?? 'component'}-${n}`;
		taken.add(id);
		ids.set(c.id, id);
	}
	return ids;
}

function groupName(
	source: StatuspageExport,
	component: StatuspageComponentData
): string | undefined {
	return component.group_id
		? source.components.find((c) => c.id === component.group_id)?.name
		: undefined;
}

function componentEntry(
	source: StatuspageExport,
	c: StatuspageComponentData,
	id: string
): Component {
	const group = groupName(source, c);
	const description = c.description?.trim();
	return { id, name: c.name, ...(description ? { description } : {}), ...(group ? { group } : {}) };
}

/** Adds the export's components to `components:` of handbook.yaml through the Document API, so comments stay. */
function editHandbook(
	text: string,
	handbook: Handbook,
	source: StatuspageExport,
	ids: ReadonlyMap<string, string>,
	update: boolean
): { file: ImportedFile; components: ImportPlan['components'] } {
	const doc = parseDocument(text);
	const added: string[] = [];
	const changed: string[] = [];
	for (const c of source.components) {
		const id = ids.get(c.id);
		if (!id) continue;
		const wanted = componentEntry(source, c, id);
		const current = handbook.components.get(id);
		if (!current) {
			if (!isSeq(doc.get('components'))) doc.set('components', doc.createNode([]));
			doc.addIn(['components'], doc.createNode(wanted));
			added.push(id);
			continue;
		}
		if (!update || (current.description === wanted.description && current.group === wanted.group))
			continue;
		const index = handbook.config.components.indexOf(current);
		const node = doc.getIn(['components', index]) as YAMLMap;
		for (const key of ['description', 'group'] as const) {
			if (wanted[key] === undefined) node.delete(key);
			else node.set(key, wanted[key]);
		}
		changed.push(id);
	}
	const after = added.length + changed.length > 0 ? doc.toString({ lineWidth: 0 }) : text;
	return {
		file: {
			file: 'handbook.yaml',
			text: after,
			action: after === text ? 'unchanged' : 'change',
			label: 'components',
		},
		components: { added, changed },
	};
}

interface Converted {
	data?: Record<string, unknown>;
	comments: Record<string, string>;
	problems: Problem[];
	notes: string[];
}

function convertIncident(
	handbook: Handbook,
	source: StatuspageExport,
	incident: StatuspageIncidentData,
	componentIds: ReadonlyMap<string, string>,
	service: string | undefined
): Converted {
	const zone = handbook.config.org.timezone;
	const where = `Statuspage incident ${incident.id} "${incident.name}"`;
	const { file, field } = source.origin.get(incident.id)!;
	const problems: Problem[] = [];
	const notes: string[] = [];
	for (const [i, u] of incident.incident_updates.entries()) {
		if (!UPDATE_STATUSES.includes(u.status as UpdateStatus))
			problems.push({
				file,
				field: `${field}.incident_updates.${i}.status`,
				expected: `an incident update status (${UPDATE_STATUSES.join(', ')})`,
				found: `"${u.status}"`,
			});
		if (!u.body.trim())
			problems.push({
				file,
				field: `${field}.incident_updates.${i}.body`,
				expected: 'the text posted to customers',
				found: 'an empty body',
			});
	}
	const oldestFirst = [...incident.incident_updates].sort(
		(a, b) => Date.parse(a.display_at ?? a.created_at) - Date.parse(b.display_at ?? b.created_at)
	);

	// Each component's worst reported status; an incident's listed components without one take its impact.
	const statuses = new Map<string, ComponentStatus[]>();
	for (const u of oldestFirst)
		for (const a of u.affected_components ?? [])
			if (COMPONENT_STATUSES.includes(a.new_status as ComponentStatus))
				statuses.set(a.code, [...(statuses.get(a.code) ?? []), a.new_status as ComponentStatus]);
	for (const c of incident.components ?? []) if (!statuses.has(c.id)) statuses.set(c.id, []);
	const components: Record<string, ComponentImpact> = {};
	for (const [code, reported] of statuses) {
		const id = componentIds.get(code);
		const impact = worst(reported);
		const value = impact === 'operational' ? IMPACT_OF[incident.impact as Indicator] : impact;
		// A group component stands for its members, which the incident lists as well.
		if (!id) continue;
		if (value) components[id] = value;
		else
			notes.push(
				`${where}: impact "${incident.impact ?? 'none'}" and no impaired status on ${id}; the component is left out of the incident`
			);
	}

	const catalog = [...handbook.services.values()]
		.filter((s) => s.data.component && s.data.component in components)
		.map((s) => s.id);
	const services = catalog.length > 0 ? catalog.sort() : service ? [service] : [];
	if (services.length === 0)
		problems.push({
			file,
			field: `${field}.components`,
			expected:
				'a service of the catalog for one of its components (a service with `component:`), or --service <id>',
			found: Object.keys(components).join(', ') || 'no components',
		});

	const startedAt = startOf(incident);
	const lastResolved = oldestFirst.findLast((u) => u.status === 'resolved');
	const resolved =
		incident.status === 'resolved' || incident.status === 'postmortem'
			? (incident.resolved_at ?? lastResolved?.display_at ?? lastResolved?.created_at)
			: undefined;
	// A backfilled incident was opened on Statuspage after it ended: then it was detected when it started, as far as we know.
	const opened = Date.parse(incident.created_at);
	const detectedAt =
		opened > Date.parse(startedAt) && (!resolved || opened <= Date.parse(resolved))
			? incident.created_at
			: startedAt;
	// Customers stopped being affected at the first update after which no component is reported impaired again.
	const lastImpaired = oldestFirst.findLastIndex((u) =>
		(u.affected_components ?? []).some((a) => a.new_status !== 'operational')
	);
	const recovered = lastImpaired >= 0 ? oldestFirst[lastImpaired + 1] : undefined;
	const recoveredAt = recovered ? (recovered.display_at ?? recovered.created_at) : undefined;
	const mitigated =
		recoveredAt &&
		resolved &&
		Date.parse(recoveredAt) < Date.parse(resolved) &&
		Date.parse(recoveredAt) >= Date.parse(detectedAt)
			? recoveredAt
			: undefined;

	const impact = (incident.impact ?? 'none') as Indicator;
	const severity = severityFor(handbook.ladder, impact);
	if (problems.length > 0) return { comments: {}, problems, notes };
	return {
		data: {
			title: incident.name,
			publicTitle: incident.name,
			severity: severity.id,
			services,
			components,
			startedAt: timestampIn(startedAt, zone),
			detectedAt: timestampIn(detectedAt, zone),
			...(mitigated ? { mitigatedAt: timestampIn(mitigated, zone) } : {}),
			...(resolved ? { resolvedAt: timestampIn(resolved, zone) } : {}),
			public: true,
			updates: oldestFirst.map((u) => ({
				at: timestampIn(u.display_at ?? u.created_at, zone),
				status: u.status,
				body: u.body,
			})),
		},
		comments: {
			severity: `From Statuspage impact "${impact}" (the four lowest rungs of the ladder take none, minor, major, critical).`,
			detectedAt: 'When the incident was opened on Statuspage.',
		},
		problems: [],
		notes,
	};
}

/** The keys the import owns; on a second run every other key (roles, timeline, summary...) and the body are kept. */
const IMPORTED_KEYS = [
	'title',
	'publicTitle',
	'components',
	'startedAt',
	'mitigatedAt',
	'resolvedAt',
	'public',
	'updates',
] as const;

/** @returns `text` with the imported keys set to `data`'s values (and removed where `data` has none). */
function mergeFrontmatter(text: string, data: Record<string, unknown>): string {
	const body = bodyOf(text);
	const doc = parseDocument(
		text.slice(text.indexOf('\n') + 1, text.length - body.length).replace(/---[ \t]*\r?\n?$/, '')
	);
	const current = (doc.toJS() ?? {}) as Record<string, unknown>;
	for (const key of IMPORTED_KEYS) {
		if (data[key] === undefined) {
			if (doc.has(key)) doc.delete(key);
		} else if (JSON.stringify(current[key]) !== JSON.stringify(data[key])) {
			doc.set(key, doc.createNode(data[key]));
		}
	}
	if (JSON.stringify(doc.toJS()) === JSON.stringify(current)) return text;
	return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
}
