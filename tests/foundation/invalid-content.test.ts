/**
 * Bad input gets a clear error, nothing lost: each broken variant of the minimal fixture must fail `npm run build`
 * with a block naming the file (relative to the content folder) and the field.
 */
import { describe, expect, it } from 'vitest';
import { fixtureCopy, type Edit } from '../helpers/fixture.ts';
import { build } from '../helpers/run.ts';

const RUNBOOK = 'runbooks/web/WebsiteDown.mdx';
const INCIDENT = 'incidents/2026-10-02-website-down.mdx';
const POSTMORTEM = 'postmortems/2026-10-02-website-down.mdx';

interface Case {
	name: string;
	edits: Edit[];
	file: string;
	field: string;
	/** Words the "expected"/"found" lines must contain. */
	says: RegExp;
}

const CASES: Case[] = [
	{
		name: 'missing required field',
		edits: [{ file: RUNBOOK, replace: [/^owner: web\n/m, ''] }],
		file: RUNBOOK,
		field: 'owner',
		says: /missing/,
	},
	{
		name: 'wrong enum value',
		edits: [{ file: RUNBOOK, replace: ['status: reviewed', 'status: approved'] }],
		file: RUNBOOK,
		field: 'status',
		says: /draft, needs-review, reviewed[\s\S]*"approved"/,
	},
	{
		name: 'bad date',
		edits: [{ file: RUNBOOK, replace: ['lastReviewed: 2026-10-01', 'lastReviewed: 2026-02-30'] }],
		file: RUNBOOK,
		field: 'lastReviewed',
		says: /calendar date[\s\S]*"2026-02-30"/,
	},
	{
		name: 'unknown severity',
		edits: [{ file: INCIDENT, replace: ['severity: major', 'severity: sev5'] }],
		file: INCIDENT,
		field: 'severity',
		says: /major, minor, low[\s\S]*"sev5"/,
	},
	{
		name: 'unknown service',
		edits: [{ file: INCIDENT, replace: ['services: [website]', 'services: [webshop]'] }],
		file: INCIDENT,
		field: 'services.0',
		says: /"webshop", which no service has/,
	},
	{
		name: 'unknown person as owner',
		edits: [{ file: POSTMORTEM, replace: ['owner: sam', 'owner: samantha'] }],
		file: POSTMORTEM,
		field: 'actionItems.0.owner',
		says: /"samantha"/,
	},
	{
		name: 'duplicate id',
		edits: [
			{
				file: 'services/www.yaml',
				write: 'id: website\nname: Website again\nteam: web\ntier: 2\n',
			},
		],
		file: 'services/www.yaml',
		field: 'id',
		says: /already used in services\/website.yaml/,
	},
	{
		name: 'a comment that cut a value',
		edits: [
			{
				file: INCIDENT,
				replace: ['text: Probe fired WebsiteDown.', 'text: Probe fired in #alerts-web.'],
			},
		],
		file: `${INCIDENT}:14`,
		field: 'timeline.0.text',
		says: /"#alerts-web\." dropped as a comment[\s\S]*fix: +quote the value/,
	},
	{
		name: 'yes where true or false is expected',
		edits: [{ file: INCIDENT, replace: ['severity: major', 'severity: major\npublic: yes'] }],
		file: `${INCIDENT}:4`,
		field: 'public',
		says: /true or false[\s\S]*"yes"[\s\S]*write true/,
	},
	{
		name: 'YAML syntax error',
		edits: [{ file: 'people.yaml', replace: ['    name: Kim Osei', '    name: [Kim Osei'] }],
		file: 'people.yaml',
		field: '(YAML syntax)',
		says: /valid YAML/,
	},
	{
		name: 'MDX syntax error',
		edits: [
			{
				file: RUNBOOK,
				replace: ['Roll back the last deploy.', 'Roll back <Deploy the last deploy.'],
			},
		],
		file: RUNBOOK,
		field: 'body',
		says: /valid MDX/,
	},
	{
		name: 'timestamp of the wrong type',
		edits: [
			{ file: INCIDENT, replace: ['resolvedAt: 2026-10-02T09:50:00-04:00', 'resolvedAt: 42'] },
		],
		file: INCIDENT,
		field: 'resolvedAt',
		says: /timestamp[\s\S]*42/,
	},
	{
		name: 'empty file',
		edits: [{ file: 'incidents/2026-10-03-empty.mdx', write: '' }],
		file: 'incidents/2026-10-03-empty.mdx',
		field: '(file)',
		says: /empty/,
	},
	{
		name: 'binary file',
		edits: [
			{
				file: 'runbooks/web/Logo.mdx',
				write: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
			},
		],
		file: 'runbooks/web/Logo.mdx',
		field: '(file)',
		says: /UTF-8[\s\S]*binary/,
	},
	{
		name: 'non-UTF-8 text',
		edits: [
			{ file: 'guides/on-call.mdx', write: Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1') },
		],
		file: 'guides/on-call.mdx',
		field: '(file)',
		says: /not valid UTF-8/,
	},
	{
		name: 'unknown field (typo)',
		edits: [{ file: INCIDENT, replace: ['severity: major', 'severity: major\nseverty: minor'] }],
		file: INCIDENT,
		field: 'severty',
		says: /unknown field/,
	},
	{
		name: 'dangling postmortem incident',
		edits: [
			{
				file: POSTMORTEM,
				replace: ['incident: 2026-10-02-website-down', 'incident: 2026-10-02-site-down'],
			},
		],
		file: POSTMORTEM,
		field: 'incident',
		says: /"2026-10-02-site-down", which no incident has/,
	},
	{
		name: 'missing frontmatter',
		edits: [{ file: RUNBOOK, write: '# Just a heading\n' }],
		file: RUNBOOK,
		field: '(frontmatter)',
		says: /frontmatter/,
	},
];

describe('invalid content fails the build with file and field', () => {
	it.each(CASES)('$name', ({ edits, file, field, says }) => {
		const result = build(fixtureCopy('minimal', edits), { site: 'internal' });
		expect(result.status).not.toBe(0);
		const block = result.output
			.split('\n\n')
			.find((part) => part.includes(`✖ ${file}`) && part.includes(`field:    ${field}`));
		expect(block, result.output).toBeDefined();
		expect(block).toMatch(says);
		expect(result.output).toMatch(/Firebreak found \d+ content problems?; nothing was built\./);
		expect(result.output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
	});

	it('lists every problem at once, not only the first', () => {
		const result = build(
			fixtureCopy('minimal', [
				{ file: RUNBOOK, replace: ['status: reviewed', 'status: approved'] },
				{ file: INCIDENT, replace: ['severity: major', 'severity: sev5'] },
				{ file: POSTMORTEM, replace: ['owner: sam', 'owner: samantha'] },
			]),
			{ site: 'internal' }
		);
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('Firebreak found 3 content problems');
	});

	it('also stops a plain `astro build` (the integration refuses invalid content)', () => {
		const dir = fixtureCopy('minimal', [
			{ file: INCIDENT, replace: ['severity: major', 'severity: sev5'] },
		]);
		const result = build(dir, { site: 'internal', direct: true });
		expect(result.status).not.toBe(0);
		expect(result.output).toContain(`✖ ${INCIDENT}`);
		expect(result.output).toContain('field:    severity');
	});
});
