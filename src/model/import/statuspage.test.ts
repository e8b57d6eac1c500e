import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { incidentSchema } from '../../schemas/incident.ts';
import { testHandbook } from '../checks/test-handbook.ts';
import { bodyOf } from '../source-file.ts';
import { readStatuspageExport, type StatuspageExport } from './statuspage-export.ts';
import { planStatuspageImport, severityFor } from './statuspage.ts';

const rung = (id: string) => ({
	id,
	label: id,
	definition: id,
	ackMinutes: 5,
	updateCadenceMinutes: 30,
	declaredBy: 'anyone',
	icRequired: false,
	postmortem: { required: false },
	examples: [],
});
const ladder = (...ids: string[]) => ids.map(rung);

const HANDBOOK_YAML = `# Our policy
org: { name: Acme Pay, timezone: Europe/Berlin }
components:
  - id: checkout # the payment page
    name: Checkout
`;

const page = {
	id: 'p1',
	name: 'Acme',
	url: 'https://status.acme.com',
	time_zone: 'Etc/UTC',
	updated_at: '2026-03-05T00:00:00Z',
};
const component = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
	id,
	name,
	status: 'operational',
	position: null,
	description: null,
	group: false,
	group_id: null,
	...extra,
});
const update = (
	id: string,
	status: string,
	at: string,
	affected: [string, string, string][] = []
) => ({
	id,
	status,
	body: `${status} ${id}`,
	incident_id: 'i1',
	created_at: at,
	updated_at: at,
	display_at: at,
	affected_components: affected.map(([code, name, new_status]) => ({
		code,
		name,
		old_status: 'operational',
		new_status,
	})),
});

/** One incident on Checkout (a handbook component, matched by name) and Europe (in group API), one without components. */
function summary(overrides: Record<string, unknown> = {}) {
	return {
		page,
		components: [
			component('grp', 'API', { group: true, components: ['eu'] }),
			component('eu', 'Europe', { group_id: 'grp', description: 'EU region' }),
			component('c1', 'Checkout'),
		],
		incidents: [
			{
				id: 'i1',
				name: 'Payments failing',
				status: 'resolved',
				created_at: '2026-03-04T09:05:30.900Z',
				started_at: '2026-03-04T09:00:10.400Z',
				resolved_at: '2026-03-04T11:00:00.000Z',
				impact: 'major',
				shortlink: 'https://stspg.io/abc',
				incident_updates: [
					update('u3', 'resolved', '2026-03-04T11:00:00.000Z', [['c1', 'Checkout', 'operational']]),
					update('u2', 'monitoring', '2026-03-04T10:30:00.000Z', [
						['c1', 'Checkout', 'operational'],
						['eu', 'Europe', 'operational'],
					]),
					update('u1', 'investigating', '2026-03-04T09:06:00.999Z', [
						['c1', 'Checkout', 'partial_outage'],
						['eu', 'Europe', 'degraded_performance'],
					]),
				],
				components: [component('c1', 'Checkout'), component('eu', 'Europe', { group_id: 'grp' })],
				...overrides,
			},
			{
				id: 'i2',
				name: 'Payments failing',
				status: 'investigating',
				created_at: '2026-03-04T20:00:00Z',
				impact: 'minor',
				incident_updates: [update('v1', 'investigating', '2026-03-04T20:00:00Z')],
				components: [component('c1', 'Checkout')],
			},
		],
		scheduled_maintenances: [
			{
				id: 'm1',
				name: 'Database upgrade',
				status: 'scheduled',
				created_at: '2026-03-01T00:00:00Z',
				scheduled_for: '2026-03-10T00:00:00Z',
				impact: 'maintenance',
				incident_updates: [],
			},
		],
	};
}

function exportOf(json: unknown): StatuspageExport {
	const read = readStatuspageExport([{ file: 'summary.json', text: JSON.stringify(json) }]);
	expect(read.problems).toEqual([]);
	return read.export!;
}

const handbook = testHandbook({ config: { severities: ladder('sev1', 'sev2', 'sev3', 'sev4') } });
const plan = (
	source: StatuspageExport,
	options: Partial<Parameters<typeof planStatuspageImport>[2]> = {}
) =>
	planStatuspageImport(handbook, source, {
		handbookText: HANDBOOK_YAML,
		incidentTexts: new Map(),
		service: 'checkout-api',
		update: false,
		...options,
	});
const frontmatterOf = (text: string) => parse(/^---\n([\s\S]*?)---\n/.exec(text)![1]!);

describe('severityFor', () => {
	it('gives none, minor, major and critical the four lowest rungs, and merges the worst into the top of a shorter ladder', () => {
		const ids = (l: ReturnType<typeof ladder>) =>
			(['critical', 'major', 'minor', 'none'] as const).map((impact) => severityFor(l, impact).id);
		expect(ids(ladder('sev1', 'sev2', 'sev3', 'sev4'))).toEqual(['sev1', 'sev2', 'sev3', 'sev4']);
		expect(ids(ladder('sev0', 'sev1', 'sev2', 'sev3', 'sev4'))).toEqual([
			'sev1',
			'sev2',
			'sev3',
			'sev4',
		]);
		expect(ids(ladder('major', 'minor', 'low'))).toEqual(['major', 'major', 'minor', 'low']);
		expect(ids(ladder('high', 'low'))).toEqual(['high', 'high', 'high', 'low']);
	});
});

describe('planStatuspageImport', () => {
	it('writes each incident as a valid public incident: times to the second in the handbook zone, updates as posted', () => {
		const { plan: result, problems } = plan(exportOf(summary()));
		expect(problems).toEqual([]);
		const [first, second] = result!.incidents;
		expect(first!.file).toBe('incidents/2026-03-04-payments-failing.mdx');
		expect(second!.file).toBe('incidents/2026-03-04-payments-failing-2.mdx');
		const data = frontmatterOf(first!.text);
		expect(data).toEqual({
			title: 'Payments failing',
			publicTitle: 'Payments failing',
			severity: 'sev2',
			services: ['checkout-api'],
			components: { checkout: 'partial_outage', europe: 'degraded_performance' },
			startedAt: '2026-03-04T10:00:10+01:00',
			detectedAt: '2026-03-04T10:05:30+01:00',
			mitigatedAt: '2026-03-04T11:30:00+01:00',
			resolvedAt: '2026-03-04T12:00:00+01:00',
			public: true,
			updates: [
				{ at: '2026-03-04T10:06:00+01:00', status: 'investigating', body: 'investigating u1' },
				{ at: '2026-03-04T11:30:00+01:00', status: 'monitoring', body: 'monitoring u2' },
				{ at: '2026-03-04T12:00:00+01:00', status: 'resolved', body: 'resolved u3' },
			],
		});
		expect(first!.text).toContain('# From Statuspage impact "major"');
		expect(bodyOf(first!.text)).toBe(
			'\nImported from Statuspage: incident `i1` of Acme, https://stspg.io/abc.\n'
		);
		const schema = incidentSchema(['sev1', 'sev2', 'sev3', 'sev4'], 'Europe/Berlin');
		for (const incident of result!.incidents)
			expect(schema.safeParse(frontmatterOf(incident.text)).success).toBe(true);
		// Open, and without component statuses: the components take the incident's impact; no resolution yet.
		expect(frontmatterOf(second!.text)).toMatchObject({
			severity: 'sev3',
			components: { checkout: 'degraded_performance' },
		});
		expect(frontmatterOf(second!.text)).not.toHaveProperty('resolvedAt');
		expect(result!.notes).toEqual([
			'skipped scheduled maintenance m1 "Database upgrade": importing maintenances is not supported yet (write it in maintenance/)',
		]);
	});

	it('takes a backfilled incident (opened on Statuspage after it was resolved) as detected when it started', () => {
		const backfilled = exportOf(summary({ created_at: '2026-03-06T08:00:00Z' }));
		expect(frontmatterOf(plan(backfilled).plan!.incidents[0]!.text)).toMatchObject({
			startedAt: '2026-03-04T10:00:10+01:00',
			detectedAt: '2026-03-04T10:00:10+01:00',
		});
	});

	it('adds new components to handbook.yaml with description and group, keeping its comments; groups are no components', () => {
		const { plan: result } = plan(exportOf(summary()));
		expect(result!.components).toEqual({ added: ['europe'], changed: [] });
		expect(result!.handbook.text).toBe(
			`${HANDBOOK_YAML}  - id: europe\n    name: Europe\n    description: EU region\n    group: API\n`
		);
	});

	it('changes an existing component only with update, keeping the comments', () => {
		const described = summary({});
		described.components[2] = component('c1', 'Checkout', { description: 'The payment page' });
		expect(plan(exportOf(described)).plan!.components.changed).toEqual([]);
		const { plan: result } = plan(exportOf(described), { update: true });
		expect(result!.components).toEqual({ added: ['europe'], changed: ['checkout'] });
		expect(result!.handbook.text).toContain(
			'# Our policy\norg: { name: Acme Pay, timezone: Europe/Berlin }\ncomponents:\n  - id: checkout # the payment page\n    name: Checkout\n    description: The payment page\n'
		);
	});

	it('changes nothing on a second run, and keeps what the team added to a file when the export changed', () => {
		const source = exportOf(summary());
		const first = plan(source).plan!;
		const written = new Map(first.incidents.map((i) => [i.file, i.text]));
		const again = plan(source, { incidentTexts: written }).plan!;
		expect(again.incidents.map((i) => [i.file, i.action])).toEqual(
			first.incidents.map((i) => [i.file, 'unchanged'])
		);

		const file = first.incidents[0]!.file;
		const edited = written
			.get(file)!
			.replace('public: true', 'roles: { ic: amoreau }\npublic: true')
			.replace('resolved u3', 'Fixed.');
		const changed = plan(source, { incidentTexts: new Map([...written, [file, edited]]) }).plan!;
		const target = changed.incidents.find((i) => i.file === file)!;
		expect(target.action).toBe('change');
		expect(target.text).toContain('roles: { ic: amoreau }');
		expect(target.text).toContain('body: resolved u3');
		expect(target.text.replace('roles: { ic: amoreau }\n', '')).toBe(written.get(file));
	});

	it('refuses an incident it cannot file: no service, an update status Firebreak does not have', () => {
		const bad = exportOf(
			summary({
				incident_updates: [{ ...update('u1', 'postmortem', '2026-03-04T10:00:00Z'), body: ' ' }],
			})
		);
		const { plan: result, problems } = plan(bad, { service: undefined });
		expect(result).toBeUndefined();
		expect(problems).toEqual([
			{
				file: 'summary.json',
				field: 'incidents.0.incident_updates.0.status',
				expected: 'an incident update status (investigating, identified, monitoring, resolved)',
				found: '"postmortem"',
			},
			{
				file: 'summary.json',
				field: 'incidents.0.incident_updates.0.body',
				expected: 'the text posted to customers',
				found: 'an empty body',
			},
			{
				file: 'summary.json',
				field: 'incidents.0.components',
				expected:
					'a service of the catalog for one of its components (a service with `component:`), or --service <id>',
				found: 'checkout, europe',
			},
			{
				file: 'summary.json',
				field: 'incidents.1.components',
				expected:
					'a service of the catalog for one of its components (a service with `component:`), or --service <id>',
				found: 'checkout',
			},
		]);
		expect(plan(exportOf(summary()), { service: 'nope' }).problems).toEqual([
			{
				file: '(command line)',
				field: '--service',
				expected: 'a service id (checkout-api)',
				found: '"nope"',
			},
		]);
	});
});

describe('readStatuspageExport', () => {
	it('says which file is not a Statuspage response, and where', () => {
		expect(readStatuspageExport([{ file: 'a.json', text: '{' }]).problems[0]).toMatchObject({
			file: 'a.json',
			field: '(file)',
			expected: 'JSON, as saved from a Statuspage API v2 URL',
		});
		expect(
			readStatuspageExport([{ file: 'b.json', text: '{"page":{"name":"X"}}' }]).problems[0]
		).toMatchObject({
			file: 'b.json',
			expected: expect.stringContaining('summary.json, components.json, incidents.json'),
		});
		const wrongTime = { page, incidents: [{ ...summary().incidents[1], created_at: 'yesterday' }] };
		expect(
			readStatuspageExport([{ file: 'c.json', text: JSON.stringify(wrongTime) }]).problems[0]
		).toMatchObject({ file: 'c.json', field: 'incidents.0.created_at' });
	});

	it('merges files: one incident read twice is kept once, in its latest copy; components come in page order (by position, the rest as read)', () => {
		const early = summary().incidents[1]!;
		const late = {
			...early,
			status: 'resolved',
			incident_updates: [
				update('v2', 'resolved', '2026-03-04T21:00:00Z'),
				...early.incident_updates,
			],
		};
		const read = readStatuspageExport([
			{ file: 'incidents.json', text: JSON.stringify({ page, incidents: [late] }) },
			{
				file: 'summary.json',
				text: JSON.stringify({
					page,
					components: [component('b', 'B', { position: 2 }), component('a', 'A', { position: 1 })],
					incidents: [early],
				}),
			},
		]);
		expect(read.export!.incidents.map((i) => [i.id, i.status])).toEqual([['i2', 'resolved']]);
		expect(read.export!.origin.get('i2')).toEqual({ file: 'incidents.json', field: 'incidents.0' });
		expect(read.export!.components.map((c) => c.id)).toEqual(['a', 'b', 'c1']);
	});
});
