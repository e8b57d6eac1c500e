/**
 * The JSON Schemas of `firebreak schema`, checked the way an editor uses them: files read with `yaml` (the parser of
 * the YAML language server, YAML 1.2 core) and validated by a real JSON Schema validator (Ajv, draft-07, with
 * ajv-formats). They accept every file the loader accepts (the example content and every fixture folder) and refuse
 * the bad inputs the loader refuses for schema reasons, for every file kind.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseJsonc } from 'jsonc-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { levelProblems } from '../../src/model/checks/run-checks.ts';
import { contentJsonSchemas } from '../../src/model/json-schemas.ts';
import { COLLECTIONS, loadContent } from '../../src/model/load-content.ts';
import { openHandbook } from '../../src/model/open-handbook.ts';
import { contentFixtures, fixtureCopy, fixtureDir, type Edit } from '../helpers/fixture.ts';
import { firebreak, ROOT } from '../helpers/run.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** @returns a validator per schema file name, compiled by Ajv in strict mode (a schema Ajv finds dubious fails here). */
function validators(schemas: Record<string, unknown>): Map<string, ValidateFunction> {
	const ajv = addFormats(new Ajv({ allErrors: true, strict: true, strictRequired: false }));
	return new Map(
		Object.entries(schemas).map(([file, schema]) => [file, ajv.compile(schema as object)])
	);
}

/** @returns the validators of the schemas made for a content folder (its ladder and timezone shape the incident's). */
function validatorsFor(dir: string): Map<string, ValidateFunction> {
	const config = loadContent(dir).content!.config;
	return validators(
		Object.fromEntries(contentJsonSchemas(config).map(({ file, schema }) => [file, schema]))
	);
}

const FRONTMATTER: Record<string, string> = {
	[COLLECTIONS.runbooks.folder]: 'runbook',
	[COLLECTIONS.incidents.folder]: 'incident',
	[COLLECTIONS.maintenances.folder]: 'maintenance',
	[COLLECTIONS.postmortems.folder]: 'postmortem',
	[COLLECTIONS.guides.folder]: 'guide',
};

/** @returns the schema file of a content file, or undefined for files no schema describes (alert rules, locks). */
function schemaOf(file: string): string | undefined {
	const folder = file.split('/')[0]!;
	if (file === 'handbook.yaml' || file === 'people.yaml' || file === 'comms.yaml')
		return file.replace('.yaml', '.schema.json');
	if (folder === COLLECTIONS.services.folder) return 'service.schema.json';
	const kind = FRONTMATTER[folder];
	return kind && `${kind}.schema.json`;
}

/** @returns what an editor reads from a file: the YAML document, or the frontmatter of an entry. */
function editorData(dir: string, file: string): unknown {
	const text = readFileSync(join(dir, file), 'utf8');
	if (file.endsWith('.yaml') || file.endsWith('.yml')) return parseYamlText(text);
	return parseYamlText(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!);
}

/** @returns every file of a content folder that a schema describes, relative to it, skipping `_` and `.` names as the loader does. */
function describedFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((path) => path.split('\\').join('/'))
		.filter(
			(path) =>
				!path.split('/').some((part) => part.startsWith('.') || part.startsWith('_')) &&
				schemaOf(path) &&
				/\.(ya?ml|mdx?)$/.test(path)
		);
}

function ajvVerdict(
	checks: Map<string, ValidateFunction>,
	dir: string,
	file: string
): { valid: boolean; errors: string } {
	const validate = checks.get(schemaOf(file)!)!;
	const valid = validate(editorData(dir, file));
	return { valid, errors: JSON.stringify(validate.errors) };
}

/** @returns the problems `firebreak check` reports for one file before it runs the rules. */
function loaderProblems(dir: string, file: string) {
	const { handbook, problems } = openHandbook(dir);
	return [...problems, ...(handbook ? levelProblems(handbook.config) : [])].filter(
		(problem) => problem.file === file
	);
}

describe('firebreak schema', () => {
	let workspace: string;
	beforeAll(() => {
		workspace = mkdtempSync(join(tmpdir(), 'firebreak-workspace-'));
		cpSync(join(ROOT, 'content'), join(workspace, 'content'), { recursive: true });
		mkdirSync(join(workspace, '.vscode'));
		writeFileSync(
			join(workspace, '.vscode/settings.json'),
			'{\n  // the team\'s own settings stay\n  "editor.tabSize": 4,\n  "yaml.schemas": {\n    "https://json.schemastore.org/github-workflow.json": ".github/workflows/*.yml",\n  },\n}\n'
		);
	});

	it('writes a schema per file kind into <content>/.firebreak/schemas/ and maps the YAML files in .vscode/settings.json', () => {
		const result = firebreak(['schema'], join(workspace, 'content'));
		expect(result.status, result.output).toBe(0);
		const dir = join(workspace, 'content/.firebreak/schemas');
		expect(readdirSync(dir).sort()).toEqual(
			[
				'comms',
				'guide',
				'handbook',
				'incident',
				'maintenance',
				'people',
				'postmortem',
				'runbook',
				'service',
			].map((kind) => `${kind}.schema.json`)
		);
		const text = readFileSync(join(workspace, '.vscode/settings.json'), 'utf8');
		expect(text).toContain("// the team's own settings stay");
		expect(parseJsonc(text)).toEqual({
			'editor.tabSize': 4,
			'yaml.schemas': {
				'https://json.schemastore.org/github-workflow.json': '.github/workflows/*.yml',
				'content/.firebreak/schemas/handbook.schema.json': ['content/handbook.yaml'],
				'content/.firebreak/schemas/people.schema.json': ['content/people.yaml'],
				'content/.firebreak/schemas/service.schema.json': [
					'content/services/**/*.yaml',
					'content/services/**/*.yml',
				],
				'content/.firebreak/schemas/comms.schema.json': ['content/comms.yaml'],
			},
		});
		// Every mapped schema exists where the language server resolves it: relative to the workspace folder.
		for (const path of Object.keys(parseJsonc(text)['yaml.schemas']).filter(
			(key) => !key.startsWith('https:')
		))
			expect(existsSync(join(workspace, path)), path).toBe(true);
		// A second run changes nothing, and the loader does not read the schema folder.
		expect(firebreak(['schema'], join(workspace, 'content')).stdout).toContain(
			'kept the yaml.schemas mapping'
		);
		expect(readFileSync(join(workspace, '.vscode/settings.json'), 'utf8')).toBe(text);
		expect(loadContent(join(workspace, 'content')).problems).toEqual([]);
	});

	it('validates every file of the example content, and carries the field descriptions for hovers', () => {
		const dir = join(workspace, 'content');
		const schemas = Object.fromEntries(
			readdirSync(join(dir, '.firebreak/schemas')).map((file) => [
				file,
				JSON.parse(readFileSync(join(dir, '.firebreak/schemas', file), 'utf8')),
			])
		);
		const checks = validators(schemas);
		const files = describedFiles(dir);
		expect(files.length).toBeGreaterThan(30);
		for (const file of files)
			expect(ajvVerdict(checks, dir, file), file).toMatchObject({ valid: true });
		const handbook = schemas['handbook.schema.json'];
		expect(handbook.properties.org.properties.timezone.description).toMatch(/IANA timezone/);
		expect(handbook.properties.checks.properties['runbook-stale'].description).toMatch(
			/^A runbook was reviewed within/
		);
		expect(schemas['incident.schema.json'].properties.severity.enum).toEqual([
			'sev1',
			'sev2',
			'sev3',
			'sev4',
		]);
		expect(schemas['incident.schema.json'].properties.startedAt.description).toContain(
			'read in Europe/Berlin'
		);
		expect(files).toContain('maintenance/2026-11-28-webhook-queue-upgrade.mdx');
		expect(
			schemas['maintenance.schema.json'].properties.updates.items.properties.status.enum
		).toEqual(['scheduled', 'in_progress', 'verifying', 'completed']);
		expect(schemas['maintenance.schema.json'].properties.scheduledFor.description).toContain(
			'read in Europe/Berlin'
		);
		expect(
			schemas['postmortem.schema.json'].properties.actionItems.items.properties.owner.description
		).toMatch(/a team owns nothing/);
	});

	it('merges into settings.json written with tabs, and leaves an invalid one as it is', () => {
		const dir = mkdtempSync(join(tmpdir(), 'firebreak-workspace-'));
		cpSync(join(ROOT, 'tests/fixtures/minimal'), join(dir, 'handbook'), { recursive: true });
		mkdirSync(join(dir, '.vscode'));
		writeFileSync(join(dir, '.vscode/settings.json'), '{\n\t"files.eol": "\\n"\n}\n');
		expect(
			firebreak(['schema', '--schemas', join(dir, 'schemas')], join(dir, 'handbook')).status
		).toBe(0);
		const text = readFileSync(join(dir, '.vscode/settings.json'), 'utf8');
		expect(text).toMatch(
			/^\t"yaml.schemas": \{\n\t\t"schemas\/handbook.schema.json": \[\n\t\t\t"handbook\/handbook.yaml"\n/m
		);
		expect(parseJsonc(text)['files.eol']).toBe('\n');

		const broken = '{ "editor.tabSize": 4 "files.eol": "\\n" }\n';
		writeFileSync(join(dir, '.vscode/settings.json'), broken);
		const result = firebreak(['schema', '--schemas', join(dir, 'schemas')], join(dir, 'handbook'));
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/✖ .*\.vscode\/settings\.json: not valid JSON with comments: CommaExpected at line 1; it was left as it is\./
		);
		expect(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')).toBe(broken);
	});

	it('still writes the schemas that do not depend on an invalid handbook.yaml, and says why the incident one is missing', () => {
		const dir = fixtureCopy('minimal', [
			{ file: 'handbook.yaml', replace: ['timezone: America/New_York', 'timezone: Mars/Olympus'] },
		]);
		const result = firebreak(
			['schema', '--schemas', join(dir, '.schemas'), '--workspace', dir],
			dir
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('field:    org.timezone');
		expect(result.stderr).toContain(
			'incident.schema.json and maintenance.schema.json are made from the severities and timezone of handbook.yaml'
		);
		expect(readdirSync(join(dir, '.schemas'))).not.toContain('incident.schema.json');
		expect(readdirSync(join(dir, '.schemas'))).not.toContain('maintenance.schema.json');
		expect(readdirSync(join(dir, '.schemas'))).toContain('handbook.schema.json');
	});
});

describe('the schemas accept what the loader accepts', () => {
	it.each(contentFixtures())('every described file of the %s fixture', (name) => {
		const dir = fixtureDir(name);
		const checks = validatorsFor(dir);
		const { problems } = loadContent(dir);
		const files = describedFiles(dir).filter(
			(file) => !problems.some((problem) => problem.file === file)
		);
		expect(files.length).toBeGreaterThan(0);
		for (const file of files)
			expect(ajvVerdict(checks, dir, file), file).toMatchObject({ valid: true });
	});
});

const RUNBOOK = 'runbooks/web/WebsiteDown.mdx';
const INCIDENT = 'incidents/2026-10-02-website-down.mdx';
const POSTMORTEM = 'postmortems/2026-10-02-website-down.mdx';
const SERVICE = 'services/website.yaml';
const MAINTENANCE = 'maintenance/2026-10-10-website-upgrade.mdx';
/** A maintenance file the minimal fixture lacks, written with one change. */
const maintenance = (from = '', to = ''): Edit => ({
	file: MAINTENANCE,
	write:
		`---\ntitle: Website upgrade\ncomponents: [website]\nscheduledFor: 2026-10-10T02:00:00-04:00\nscheduledUntil: 2026-10-10T03:00:00-04:00\npublic: true\nupdates:\n  - { at: 2026-10-01T09:00:00-04:00, status: scheduled, body: We will upgrade the website. }\nowner: web\n---\nInternal notes.\n`.replace(
			from,
			to
		),
});

interface Case {
	name: string;
	fixture?: string;
	edit: Edit;
	/** The file both must judge. */
	file: string;
}

/** Bad input refused for schema reasons: the loader and the schemas both refuse it. */
const REFUSED: Case[] = [
	{
		name: 'handbook.yaml: an unknown field',
		edit: { file: 'handbook.yaml', replace: ['components:', 'componets:'] },
		file: 'handbook.yaml',
	},
	{
		name: 'handbook.yaml: a rule id that names no rule',
		edit: {
			file: 'handbook.yaml',
			replace: ['components:', 'checks: { action-item-owners: off }\ncomponents:'],
		},
		file: 'handbook.yaml',
	},
	{
		name: 'handbook.yaml: a rule level that is not one',
		edit: {
			file: 'handbook.yaml',
			replace: ['components:', 'checks: { runbook-stale: warning }\ncomponents:'],
		},
		file: 'handbook.yaml',
	},
	{
		name: 'handbook.yaml: a site that is not http(s)',
		edit: {
			file: 'handbook.yaml',
			replace: ['public: https://status.tiny.example', 'public: ftp://status.tiny.example'],
		},
		file: 'handbook.yaml',
	},
	{
		name: 'handbook.yaml: a holiday that is no calendar day',
		edit: {
			file: 'handbook.yaml',
			replace: ['components:', 'holidays: [2026-02-30]\ncomponents:'],
		},
		file: 'handbook.yaml',
	},
	{
		name: 'handbook.yaml: a ladder of one rung',
		edit: { file: 'handbook.yaml', replace: [/ {2}- id: minor[\s\S]*(?=components:)/, ''] },
		file: 'handbook.yaml',
	},
	{
		name: 'handbook.yaml: yes where true or false is expected',
		edit: {
			file: 'handbook.yaml',
			replace: ['components:', 'publicReview: { required: yes }\ncomponents:'],
		},
		file: 'handbook.yaml',
	},
	{
		name: 'people.yaml: not an email address',
		edit: { file: 'people.yaml', replace: ['email: sam@tiny.example', 'email: sam at tiny'] },
		file: 'people.yaml',
	},
	{
		name: 'people.yaml: a person without a team',
		edit: { file: 'people.yaml', replace: ['    team: web\n  - id: kim', '  - id: kim'] },
		file: 'people.yaml',
	},
	{
		name: 'people.yaml: true where text is expected',
		edit: { file: 'people.yaml', replace: ['name: Kim Osei', 'name: true'] },
		file: 'people.yaml',
	},
	{
		name: 'people.yaml: an id in capitals',
		edit: { file: 'people.yaml', replace: ['id: kim', 'id: Kim'] },
		file: 'people.yaml',
	},
	{
		name: 'a service: tier 4',
		edit: { file: SERVICE, replace: ['tier: 1', 'tier: 4'] },
		file: SERVICE,
	},
	{
		name: 'a service: a javascript: dashboard link',
		edit: {
			file: SERVICE,
			replace: ['tier: 1', 'tier: 1\ndashboards: [{ title: Home, url: "javascript:alert(1)" }]'],
		},
		file: SERVICE,
	},
	{
		name: 'a service: a blank name',
		edit: { file: SERVICE, replace: ['name: Website', 'name: "  "'] },
		file: SERVICE,
	},
	{
		name: 'comms.yaml: an unknown placeholder',
		fixture: 'sop-cadence',
		edit: { file: 'comms.yaml', replace: ['{severity} on {service}', '{sevrity} on {service}'] },
		file: 'comms.yaml',
	},
	{
		name: 'comms.yaml: an unknown audience',
		fixture: 'sop-cadence',
		edit: { file: 'comms.yaml', replace: ['audience: customer', 'audience: customers'] },
		file: 'comms.yaml',
	},
	{
		name: 'comms.yaml: no templates',
		fixture: 'sop-cadence',
		edit: { file: 'comms.yaml', write: 'templates: []\n' },
		file: 'comms.yaml',
	},
	{
		name: 'a runbook: a status that is not one',
		edit: { file: RUNBOOK, replace: ['status: reviewed', 'status: approved'] },
		file: RUNBOOK,
	},
	{
		name: 'a runbook: reviewed without lastReviewed',
		edit: { file: RUNBOOK, replace: ['lastReviewed: 2026-10-01\n', ''] },
		file: RUNBOOK,
	},
	{
		name: 'a runbook: a missing owner',
		edit: { file: RUNBOOK, replace: ['owner: web\n', ''] },
		file: RUNBOOK,
	},
	{
		name: 'an incident: a severity not on the ladder',
		edit: { file: INCIDENT, replace: ['severity: major', 'severity: sev5'] },
		file: INCIDENT,
	},
	{
		name: 'an incident: a timestamp that is a number',
		edit: { file: INCIDENT, replace: ['resolvedAt: 2026-10-02T09:50:00-04:00', 'resolvedAt: 42'] },
		file: INCIDENT,
	},
	{
		name: 'an incident: a day without a time',
		edit: {
			file: INCIDENT,
			replace: ['resolvedAt: 2026-10-02T09:50:00-04:00', 'resolvedAt: 2026-10-02'],
		},
		file: INCIDENT,
	},
	{
		name: 'an incident: an impact that is not one',
		edit: { file: INCIDENT, replace: ['website: major_outage', 'website: down'] },
		file: INCIDENT,
	},
	{
		name: 'a postmortem: an action item of priority P5',
		edit: { file: POSTMORTEM, replace: ['priority: P1', 'priority: P5'] },
		file: POSTMORTEM,
	},
	{
		name: 'a postmortem: no root cause',
		edit: { file: POSTMORTEM, replace: [/^rootCause: .*\n/m, ''] },
		file: POSTMORTEM,
	},
	{
		name: 'a maintenance: a status that is not one',
		edit: maintenance('status: scheduled', 'status: planned'),
		file: MAINTENANCE,
	},
	{
		name: 'a maintenance: no components',
		edit: maintenance('components: [website]', 'components: []'),
		file: MAINTENANCE,
	},
	{
		name: 'a maintenance: an unknown field',
		edit: maintenance('owner: web', 'ower: web'),
		file: MAINTENANCE,
	},
	{
		name: 'a guide: no title',
		edit: { file: 'guides/on-call.mdx', replace: ['title: On call at Tiny Co\n', ''] },
		file: 'guides/on-call.mdx',
	},
];

/** Writing the loader accepts that a stricter schema could wrongly refuse. */
const ACCEPTED: Case[] = [
	{
		name: 'a service: no is text',
		edit: { file: SERVICE, replace: ['name: Website', 'name: no'] },
		file: SERVICE,
	},
	{
		name: 'a service: a dashboard URL with braces',
		edit: {
			file: SERVICE,
			replace: [
				'tier: 1',
				'tier: 1\ndashboards: [{ title: Home, url: "https://grafana.tiny.internal/d/x?var-host={{host}}" }]',
			],
		},
		file: SERVICE,
	},
	{
		name: 'handbook.yaml: ticket patterns and a component group',
		edit: {
			file: 'handbook.yaml',
			replace: [
				'    name: Website',
				"    name: Website\n    group: Web\nredaction: { ticketPatterns: ['INC[0-9]{7}'] }",
			],
		},
		file: 'handbook.yaml',
	},
	{
		name: 'a runbook: needs-review without lastReviewed',
		edit: {
			file: RUNBOOK,
			replace: ['lastReviewed: 2026-10-01\nstatus: reviewed', 'status: needs-review'],
		},
		file: RUNBOOK,
	},
	{
		name: 'a runbook: an external alert',
		edit: {
			file: RUNBOOK,
			replace: [
				'alerts: [WebsiteDown]',
				'alerts: [WebsiteDown, { name: GrafanaSlow, external: true }]',
			],
		},
		file: RUNBOOK,
	},
	{
		name: 'an incident: times without an offset and without seconds',
		edit: {
			file: INCIDENT,
			replace: ['startedAt: 2026-10-02T09:00:00-04:00', 'startedAt: 2026-10-02 09:00'],
		},
		file: INCIDENT,
	},
	{
		name: 'an incident: a time in UTC with fractions',
		edit: {
			file: INCIDENT,
			replace: ['startedAt: 2026-10-02T09:00:00-04:00', 'startedAt: 2026-10-02T13:00:00.250Z'],
		},
		file: INCIDENT,
	},
	{
		name: 'a maintenance: times without an offset',
		edit: maintenance('scheduledFor: 2026-10-10T02:00:00-04:00', 'scheduledFor: 2026-10-10 02:00'),
		file: MAINTENANCE,
	},
	{
		name: "a guide: any of Starlight's frontmatter",
		edit: {
			file: 'guides/on-call.mdx',
			replace: [
				'description: How on-call works.',
				'description: How on-call works.\nsidebar: { order: 1 }',
			],
		},
		file: 'guides/on-call.mdx',
	},
];

/** What only the loader can tell: references to other files and checks no JSON Schema keyword expresses. */
const LOADER_ONLY: Case[] = [
	{
		name: 'an action item owned by someone not in people.yaml',
		edit: { file: POSTMORTEM, replace: ['owner: sam', 'owner: samantha'] },
		file: POSTMORTEM,
	},
	{
		name: 'a service whose team is not in people.yaml',
		edit: { file: SERVICE, replace: ['team: web', 'team: webshop'] },
		file: SERVICE,
	},
	{
		name: 'a timezone that is no IANA zone',
		edit: {
			file: 'handbook.yaml',
			replace: ['timezone: America/New_York', 'timezone: Mars/Olympus'],
		},
		file: 'handbook.yaml',
	},
	{
		name: 'a maintenance window that ends before it starts',
		edit: maintenance(
			'scheduledUntil: 2026-10-10T03:00:00-04:00',
			'scheduledUntil: 2026-10-10T01:00:00-04:00'
		),
		file: MAINTENANCE,
	},
	{
		name: 'a value cut short by an unquoted " #"',
		edit: { file: SERVICE, replace: ['name: Website', 'name: Website #www'] },
		file: SERVICE,
	},
];

describe('the schemas judge bad input like the loader', () => {
	it.each(REFUSED)('refused by both: $name', ({ fixture, edit, file }) => {
		const dir = fixtureCopy(fixture ?? 'minimal', [edit]);
		expect(loaderProblems(dir, file).length, 'the loader refuses it').toBeGreaterThan(0);
		expect(
			ajvVerdict(validatorsFor(fixtureCopy(fixture ?? 'minimal')), dir, file).valid,
			'the schema refuses it'
		).toBe(false);
	});

	it.each(ACCEPTED)('accepted by both: $name', ({ fixture, edit, file }) => {
		const dir = fixtureCopy(fixture ?? 'minimal', [edit]);
		expect(loaderProblems(dir, file)).toEqual([]);
		expect(ajvVerdict(validatorsFor(dir), dir, file)).toMatchObject({ valid: true });
	});

	it.each(LOADER_ONLY)('refused by the loader only: $name', ({ fixture, edit, file }) => {
		const dir = fixtureCopy(fixture ?? 'minimal', [edit]);
		expect(loaderProblems(dir, file).length).toBeGreaterThan(0);
		expect(ajvVerdict(validatorsFor(fixtureCopy(fixture ?? 'minimal')), dir, file).valid).toBe(
			true
		);
	});
});
