/**
 * The YAML traps seen in real handbooks, each a change to a copy of a fixture: the loader reports every one with
 * file, line, field and the fix, instead of publishing what YAML quietly made of it.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load-content.ts';
import type { Problem } from '../../src/model/problems.ts';
import { fixtureCopy, type Edit } from '../helpers/fixture.ts';
import { firebreak } from '../helpers/run.ts';

const INCIDENT = 'incidents/2026-10-02-website-down.mdx';

interface Trap {
	name: string;
	fixture?: string;
	edit: Edit;
	problem: Partial<Record<keyof Problem, string | number | RegExp>>;
}

const TRAPS: Trap[] = [
	{
		name: 'a " #" that cut a timeline text',
		edit: { file: INCIDENT, replace: ['text: Probe fired WebsiteDown.', 'text: Probe fired WebsiteDown in #alerts-web. Kim took IC.'] },
		problem: { file: INCIDENT, line: 14, field: 'timeline.0.text', found: /"Probe fired WebsiteDown in", and "#alerts-web\. Kim took IC\." dropped/, fix: /quote the value/ },
	},
	{
		name: 'a " #" that cut a name in people.yaml',
		edit: { file: 'people.yaml', replace: ['    name: Kim Osei', '    name: Kim Osei #web-oncall'] },
		problem: { file: 'people.yaml', line: 11, field: 'people.1.name', fix: /quote the value/ },
	},
	{
		name: 'a " #" that cut a value in handbook.yaml',
		edit: { file: 'handbook.yaml', replace: ['definition: Customers cannot use the product.', 'definition: Customers cannot use the product #1 feature'] },
		problem: { file: 'handbook.yaml', line: 10, field: 'severities.0.definition', expected: /in quotes: "Customers cannot use the product #1 feature"/ },
	},
	{
		name: 'a " #" that cut a service field',
		edit: { file: 'services/website.yaml', replace: ['name: Website', 'name: Website #www'] },
		problem: { file: 'services/website.yaml', line: 2, field: 'name' },
	},
	{
		name: 'a " #" that cut a comms template',
		fixture: 'sop-cadence',
		edit: { file: 'comms.yaml', replace: [/^(\s+title: [^"'\n]+)$/m, '$1 in #status'] },
		problem: { file: 'comms.yaml', field: /^templates\.\d+\.title$/, fix: /quote the value/ },
	},
	{
		name: 'a " #" that cut an alert annotation',
		fixture: 'alerts-basic',
		edit: { file: 'alerts/checkout.rules.yaml', replace: ['summary: Checkout p95 is {{ $value | humanizeDuration }}', 'summary: Checkout p95 is {{ $value | humanizeDuration }}, see #payments'] },
		problem: { file: 'alerts/checkout.rules.yaml', line: 25, field: /^groups\.0\.rules\.\d+\.annotations\.summary$/ },
	},
	{
		name: 'yes where true or false is expected (text in YAML 1.2)',
		edit: { file: INCIDENT, replace: ['severity: major', 'severity: major\ndrill: yes'] },
		problem: { file: INCIDENT, line: 4, field: 'drill', expected: 'true or false', found: '"yes"', fix: /^write true: YAML 1\.2 reads an unquoted yes, no, on or off as text/ },
	},
	{
		name: 'true where text is expected',
		edit: { file: 'services/website.yaml', replace: ['name: Website', 'name: true'] },
		problem: { file: 'services/website.yaml', line: 2, field: 'name', expected: 'text', found: 'true', fix: /^quote it: "true"/ },
	},
	{
		name: 'a tab in the indentation',
		edit: { file: 'people.yaml', replace: ['    name: Kim Osei', '\tname: Kim Osei'] },
		problem: { file: 'people.yaml', line: 11, field: '(YAML syntax) in people.1', found: 'a tab in the indentation', fix: /indent with spaces/ },
	},
	{
		name: 'a duplicate key',
		edit: { file: INCIDENT, replace: ['severity: major', 'severity: major\nseverity: minor'] },
		problem: { file: INCIDENT, line: 4, field: '(YAML syntax) in severity', found: 'the key "severity" twice in one mapping: at line 3 and at line 4' },
	},
	{
		name: 'an unclosed quote in the title',
		edit: { file: INCIDENT, replace: ['title: Website down after deploy', 'title: "Website down after deploy'] },
		problem: { file: INCIDENT, line: 2, field: '(YAML syntax) in title', found: /opens on this line and is never closed \(the parser reached line 14\)/ },
	},
	{
		name: 'a quote inside a quoted title',
		edit: { file: INCIDENT, replace: ['title: Website down after deploy', 'title: "Website down after "the" deploy"'] },
		problem: { file: INCIDENT, line: 2, field: '(YAML syntax) in title', found: 'text after the closing quote of a quoted value', fix: /\\"/ },
	},
	{
		name: 'a ": " inside a plain value',
		edit: { file: INCIDENT, replace: ['text: Probe fired WebsiteDown.', 'text: Probe fired: WebsiteDown.'] },
		problem: { file: INCIDENT, line: 14, field: '(YAML syntax) in timeline.0.text', fix: 'quote the value, like text: "Probe fired: WebsiteDown." (after a key, ": " inside an unquoted value starts another mapping)' },
	},
	{
		name: 'a missing space after "-"',
		edit: { file: 'services/website.yaml', replace: ['escalation: [sam, kim, web]', 'escalation:\n  -sam\n  -kim'] },
		problem: { file: 'services/website.yaml', line: 6, field: 'escalation', fix: /space after each "-"/ },
	},
];

describe('YAML traps', () => {
	it.each(TRAPS)('$name', ({ fixture, edit, problem }) => {
		const { problems } = loadContent(fixtureCopy(fixture ?? 'minimal', [edit]));
		const matchers = Object.fromEntries(Object.entries(problem).map(([key, want]) => [key, want instanceof RegExp ? expect.stringMatching(want) : want]));
		expect(problems).toEqual([expect.objectContaining(matchers)]);
	});

	it('keeps no, yes, on and off as text where text is expected', () => {
		const { problems, content } = loadContent(fixtureCopy('minimal', [{ file: 'services/website.yaml', replace: ['name: Website', 'name: no'] }]));
		expect(problems).toEqual([]);
		expect(content!.services[0]!.data.name).toBe('no');
	});

	it('lets a usual "key: value  # comment" through', () => {
		const { problems } = loadContent(fixtureCopy('minimal', [{ file: 'services/website.yaml', replace: ['tier: 1', 'tier: 1  # the storefront'] }]));
		expect(problems).toEqual([]);
	});
});

describe('firebreak check on a YAML trap', () => {
	it('fails with one readable block: file and line, field, what was expected and found, the fix', () => {
		const result = firebreak(['check'], fixtureCopy('minimal', [TRAPS[0]!.edit]));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			[
				`✖ ${INCIDENT}:14`,
				'  field:    timeline.0.text',
				'  expected: the whole value, in quotes: "Probe fired WebsiteDown in #alerts-web. Kim took IC." (in an unquoted YAML value, " #" starts a comment that drops the rest of the line)',
				'  found:    "Probe fired WebsiteDown in", and "#alerts-web. Kim took IC." dropped as a comment',
				'  fix:      quote the value; if the "#..." is a comment, write it as "  # ..." (two spaces before "#", one after)',
			].join('\n'),
		);
		expect(result.stderr).toContain('Firebreak found 1 content problem; nothing was built.');
	});

	it('does not report the references to a refused service file as dangling', () => {
		const result = firebreak(['check'], fixtureCopy('minimal', [TRAPS.find((trap) => trap.name.includes('service field'))!.edit]));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('✖ services/website.yaml:2\n  field:    name\n');
		expect(result.stderr).toContain('Firebreak found 1 content problem');
	});

	it('reports an unclosed quote at the line where it opened, once', () => {
		const result = firebreak(['check'], fixtureCopy('minimal', [TRAPS.find((trap) => trap.name.includes('unclosed quote'))!.edit]));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`✖ ${INCIDENT}:2\n  field:    (YAML syntax) in title\n  expected: valid YAML\n  found:    a "quoted" value that opens on this line and is never closed`);
		expect(result.stderr).toContain('Firebreak found 1 content problem');
	});
});
