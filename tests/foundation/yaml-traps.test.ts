/**
 * The YAML traps seen in real handbooks and rule files: the loader reports every one with file, line, field and the
 * fix, instead of publishing what YAML quietly made of it or the parser's words. A comment that cut a value is a
 * change to a copy of a fixture of each kind of file; each other cause is a fixture of its own,
 * `tests/fixtures/yaml-traps/<cause>/`: the one file that holds the mistake, laid over a copy of `minimal`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load-content.ts';
import type { Problem } from '../../src/model/problems.ts';
import { fixtureCopy, type Edit } from '../helpers/fixture.ts';
import { firebreak, ROOT } from '../helpers/run.ts';

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
		edit: {
			file: INCIDENT,
			replace: [
				'text: Probe fired WebsiteDown.',
				'text: Probe fired WebsiteDown in #alerts-web. Kim took IC.',
			],
		},
		problem: {
			file: INCIDENT,
			line: 14,
			field: 'timeline.0.text',
			found: /"Probe fired WebsiteDown in", and "#alerts-web\. Kim took IC\." dropped/,
			fix: /quote the value/,
		},
	},
	{
		name: 'a " #" that cut a name in people.yaml',
		edit: {
			file: 'people.yaml',
			replace: ['    name: Kim Osei', '    name: Kim Osei #web-oncall'],
		},
		problem: { file: 'people.yaml', line: 11, field: 'people.1.name', fix: /quote the value/ },
	},
	{
		name: 'a " #" that cut a value in handbook.yaml',
		edit: {
			file: 'handbook.yaml',
			replace: [
				'definition: Customers cannot use the product.',
				'definition: Customers cannot use the product #1 feature',
			],
		},
		problem: {
			file: 'handbook.yaml',
			line: 10,
			field: 'severities.0.definition',
			expected: /in quotes: "Customers cannot use the product #1 feature"/,
		},
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
		edit: {
			file: 'alerts/checkout.rules.yaml',
			replace: [
				'summary: Checkout p95 is {{ $value | humanizeDuration }}',
				'summary: Checkout p95 is {{ $value | humanizeDuration }}, see #payments',
			],
		},
		problem: {
			file: 'alerts/checkout.rules.yaml',
			line: 25,
			field: /^groups\.0\.rules\.\d+\.annotations\.summary$/,
		},
	},
	{
		name: 'yes where true or false is expected (text in YAML 1.2)',
		edit: { file: INCIDENT, replace: ['severity: major', 'severity: major\ndrill: yes'] },
		problem: {
			file: INCIDENT,
			line: 4,
			field: 'drill',
			expected: 'true or false',
			found: '"yes"',
			fix: /^write true: YAML 1\.2 reads an unquoted yes, no, on or off as text/,
		},
	},
	{
		name: 'true where text is expected',
		edit: { file: 'services/website.yaml', replace: ['name: Website', 'name: true'] },
		problem: {
			file: 'services/website.yaml',
			line: 2,
			field: 'name',
			expected: 'text',
			found: 'true',
			fix: /^quote it: "true"/,
		},
	},
];

describe('YAML traps', () => {
	it.each(TRAPS)('$name', ({ fixture, edit, problem }) => {
		const { problems } = loadContent(fixtureCopy(fixture ?? 'minimal', [edit]));
		const matchers = Object.fromEntries(
			Object.entries(problem).map(([key, want]) => [
				key,
				want instanceof RegExp ? expect.stringMatching(want) : want,
			])
		);
		expect(problems).toEqual([expect.objectContaining(matchers)]);
	});

	it('keeps no, yes, on and off as text where text is expected', () => {
		const { problems, content } = loadContent(
			fixtureCopy('minimal', [
				{ file: 'services/website.yaml', replace: ['name: Website', 'name: no'] },
			])
		);
		expect(problems).toEqual([]);
		expect(content!.services[0]!.data.name).toBe('no');
	});

	it('lets a usual "key: value  # comment" through', () => {
		const { problems } = loadContent(
			fixtureCopy('minimal', [
				{ file: 'services/website.yaml', replace: ['tier: 1', 'tier: 1  # the storefront'] },
			])
		);
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
			].join('\n')
		);
		expect(result.stderr).toContain('Firebreak found 1 content problem; nothing was built.');
	});

	it('does not report the references to a refused service file as dangling', () => {
		const result = firebreak(
			['check'],
			fixtureCopy('minimal', [TRAPS.find((trap) => trap.name.includes('service field'))!.edit])
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('✖ services/website.yaml:2\n  field:    name\n');
		expect(result.stderr).toContain('Firebreak found 1 content problem');
	});
});

/** A cause's fixture: the file in it, what the loader must say, and the fix that makes the content load clean. */
interface TrapFixture {
	cause: string;
	file: string;
	line: number;
	field: string;
	/** The hint the author needs, in the found or fix line. */
	hint: RegExp;
	/** The fix the message gives, applied to the fixture's file (or edits, for a fix that is not a one-line change). */
	fixed: [string | RegExp, string] | { edits: Edit[] };
}

const FIXTURES: TrapFixture[] = [
	{
		cause: 'tab-in-indentation',
		file: 'people.yaml',
		line: 11,
		field: '(YAML syntax) in people.1',
		hint: /a tab in the indentation[\s\S]*indent with spaces/,
		fixed: ['\tname', '    name'],
	},
	{
		cause: 'non-breaking-space',
		file: 'people.yaml',
		line: 7,
		field: '(YAML syntax) in people',
		hint: /a non-breaking space \(U\+00A0[\s\S]*ordinary spaces/,
		fixed: ['\u00a0\u00a0', '  '],
	},
	{
		cause: 'tab-in-block-scalar',
		file: 'alerts/web.rules.yaml',
		line: 7,
		field: '(YAML syntax) in groups.0.rules.0.expr',
		hint: /a tab in the indentation of the "\|" block of expr that starts at line 5[\s\S]*spaces/,
		fixed: ['\t\t  and', '            and'],
	},
	{
		cause: 'hash-after-value',
		file: INCIDENT,
		line: 14,
		field: 'timeline.0.text',
		hint: /"#alerts-web\. Kim took IC\." dropped as a comment[\s\S]*quote the value/,
		fixed: [/text: (.*)$/m, 'text: "$1"'],
	},
	{
		cause: 'hash-starts-value',
		file: 'people.yaml',
		line: 4,
		field: 'teams.0.channel',
		hint: /an empty value, and "#web-team" dropped as a comment[\s\S]*quote it: channel: "#web-team"/,
		fixed: ['#web-team', '"#web-team"'],
	},
	{
		cause: 'hash-in-flow-list',
		file: 'services/website.yaml',
		line: 6,
		field: '(YAML syntax) in escalation',
		hint: /unquoted "#web-oncall" inside the \[ \.\.\. \] list[\s\S]*quote it: escalation: \[sam, kim, "#web-oncall"\]/,
		fixed: ['#web-oncall', 'web'],
	},
	{
		cause: 'hash-in-flow-mapping',
		file: 'people.yaml',
		line: 2,
		field: '(YAML syntax) in teams.0',
		hint: /unquoted "#web-team" inside the \{ \.\.\. \} mapping[\s\S]*quote it: - \{ id: web, name: Web team, channel: "#web-team" \}/,
		fixed: ['#web-team', '"#web-team"'],
	},
	{
		cause: 'colon-in-value',
		file: INCIDENT,
		line: 14,
		field: '(YAML syntax) in timeline.0.text',
		hint: /holds ": "[\s\S]*quote the value, like text: "Probe fired: WebsiteDown, paged Kim\."/,
		fixed: [
			'text: Probe fired: WebsiteDown, paged Kim.',
			'text: "Probe fired: WebsiteDown, paged Kim."',
		],
	},
	{
		cause: 'colon-in-flow-mapping',
		file: INCIDENT,
		line: 13,
		field: '(YAML syntax) in updates.0.body',
		hint: /holds ": " inside the \{ \.\.\. \} mapping[\s\S]*quote it: body: "Update: the website is down\."/,
		fixed: ['body: Update: the website is down.', 'body: "Update: the website is down."'],
	},
	{
		cause: 'comma-in-flow-mapping',
		file: INCIDENT,
		line: 13,
		field: 'updates.0.body',
		hint: /"we are rolling back\." read as another field[\s\S]*quote the value: body: "The website is down, we are rolling back\."/,
		fixed: [
			'body: The website is down, we are rolling back.',
			'body: "The website is down, we are rolling back."',
		],
	},
	{
		cause: 'colon-without-space',
		file: INCIDENT,
		line: 3,
		field: '(YAML syntax) in severity',
		hint: /":" without a space after it[\s\S]*write a space after the ":": severity: major/,
		fixed: ['severity:major', 'severity: major'],
	},
	{
		cause: 'dash-without-space',
		file: 'services/website.yaml',
		line: 6,
		field: 'escalation',
		hint: /write a space after each "-"/,
		fixed: [/ {2}-(\w)/g, '  - $1'],
	},
	{
		cause: 'unclosed-quote',
		file: INCIDENT,
		line: 2,
		field: '(YAML syntax) in title',
		hint: /a "quoted" value that opens on this line and is never closed \(the parser reached line 14\)[\s\S]*end the value with "/,
		fixed: ['deploy\n', 'deploy"\n'],
	},
	{
		cause: 'quote-closed-early',
		file: 'runbooks/web/WebsiteSlow.md',
		line: 2,
		field: '(YAML syntax) in title',
		hint: /text after the closing quote[\s\S]*quote the whole value, like title: "The website's pages load slowly"/,
		fixed: ["'The website's pages load slowly'", '"The website\'s pages load slowly"'],
	},
	{
		cause: 'duplicate-key',
		file: INCIDENT,
		line: 4,
		field: '(YAML syntax) in severity',
		hint: /the key "severity" twice in one mapping: at line 3 and at line 4[\s\S]*keep one/,
		fixed: ['severity: minor\n', ''],
	},
	{
		cause: 'markdown-bold',
		file: 'postmortems/2026-10-02-website-down.mdx',
		line: 10,
		field: '(YAML syntax) in contributingFactors.0',
		hint: /starts with "\*": YAML reads "\*name" as an alias[\s\S]*quote the value: - "\*\*No canary stage\*\* for configuration changes"/,
		fixed: [
			'- **No canary stage** for configuration changes',
			'- "**No canary stage** for configuration changes"',
		],
	},
	{
		cause: 'bracket-at-value-start',
		file: INCIDENT,
		line: 2,
		field: '(YAML syntax) in title',
		hint: /text after the "\]" of a value that starts with "\["[\s\S]*quote the value: title: "\[Resolved\] Website down after deploy"/,
		fixed: ['[Resolved] Website down after deploy', '"[Resolved] Website down after deploy"'],
	},
	{
		cause: 'brace-at-value-start',
		file: 'comms.yaml',
		line: 5,
		field: '(YAML syntax) in templates.0.text',
		hint: /value that starts with "\{"[\s\S]*quote the value: text: "\{severity\} on \{service\}: \{impact\}\. Next update at \{nextUpdate\}\."/,
		fixed: [/text: (.*)$/m, 'text: "$1"'],
	},
	{
		cause: 'template-at-value-start',
		file: 'alerts/web.rules.yaml',
		line: 10,
		field: '(YAML syntax) in groups.0.rules.0.annotations.summary',
		hint: /starts with "\{\{"[\s\S]*quote the value: summary: "\{\{ \$labels\.instance \}\} does not answer the uptime probe"/,
		fixed: [/summary: (.*)$/m, 'summary: "$1"'],
	},
	{
		cause: 'template-as-value',
		file: 'alerts/web.rules.yaml',
		line: 10,
		field: 'groups.0.rules.0.annotations.summary',
		hint: /starts with "\{\{"[\s\S]*quote the value: summary: "\{\{ \$labels\.instance \}\}"/,
		fixed: [/summary: (.*)$/m, 'summary: "$1"'],
	},
	{
		cause: 'indentation',
		file: 'handbook.yaml',
		line: 3,
		field: '(YAML syntax) in org.name',
		hint: /indented further than line 2, where "name" already has a value[\s\S]*indent it like line 2/,
		fixed: ['   timezone', '  timezone'],
	},
	{
		cause: 'second-document',
		file: 'services/website.yaml',
		line: 7,
		field: '(YAML syntax)',
		hint: /a second YAML document[\s\S]*remove the "---" line/,
		fixed: {
			edits: [
				{ file: 'services/website.yaml', replace: [/---\n[\s\S]*/, ''] },
				{
					file: 'services/status-page.yaml',
					write: 'id: status-page\nname: Status page\nteam: web\ntier: 2\n',
				},
			],
		},
	},
];

/** @returns a copy of `minimal` with the cause's fixture laid over it, then `edits` applied */
function trapCopy(cause: string, edits: readonly Edit[] = []): string {
	const folder = join(ROOT, 'tests/fixtures/yaml-traps', cause);
	const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) =>
		entry.isFile()
	);
	const overlay = files.map((entry) => ({
		file: relative(folder, join(entry.parentPath, entry.name)),
		write: readFileSync(join(entry.parentPath, entry.name)),
	}));
	return fixtureCopy('minimal', [...overlay, ...edits]);
}

const fixEdits = ({ file, fixed }: TrapFixture): Edit[] =>
	'edits' in fixed ? fixed.edits : [{ file, replace: fixed }];

describe('a YAML trap fixture per cause', () => {
	it.each(FIXTURES)('$cause: one problem, at its line, with the hint', (trap) => {
		const { problems } = loadContent(trapCopy(trap.cause));
		expect(problems).toEqual([
			expect.objectContaining({
				file: trap.file,
				line: trap.line,
				field: trap.field,
				fix: expect.any(String),
			}),
		]);
		expect(`${problems[0]!.found}\n${problems[0]!.fix}`).toMatch(trap.hint);
	});

	it.each(FIXTURES)('$cause: the fix the message gives makes the content load clean', (trap) => {
		expect(loadContent(trapCopy(trap.cause, fixEdits(trap))).problems).toEqual([]);
	});
});

describe('firebreak check on the YAML traps of the issue', () => {
	const block = (trap: TrapFixture, output: string) =>
		output.slice(output.indexOf(`✖ ${trap.file}:${trap.line}`)).split('\n\n')[0]!;

	it.each([
		'tab-in-block-scalar',
		'hash-in-flow-list',
		'hash-in-flow-mapping',
		'hash-starts-value',
		'template-at-value-start',
	])('%s: the block names the line and says what to type', (cause) => {
		const trap = FIXTURES.find((fixture) => fixture.cause === cause)!;
		const result = firebreak(['check'], trapCopy(cause));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`✖ ${trap.file}:${trap.line}\n  field:    ${trap.field}\n`);
		expect(block(trap, result.stderr)).toMatch(trap.hint);
	});

	it('reports a rule file with one tab in its expr: | block as exactly one problem, not its knock-on errors', () => {
		const result = firebreak(['check'], trapCopy('tab-in-block-scalar'));
		expect(result.stderr.match(/^✖ /gm)).toHaveLength(1);
		expect(result.stderr).toContain('Firebreak found 1 content problem; nothing was built.');
		expect(result.stderr).not.toMatch(/Block scalar|Implicit keys|Not a YAML token/);
	});
});
