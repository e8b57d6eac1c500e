import { describe, expect, it } from 'vitest';
import { parseMdx, parseYaml, parseYamlWithLines } from './source-file.ts';
import { cutValues } from './yaml-comments.ts';

describe('cutValues', () => {
	it('reports a comment that cut a plain value, with line, field and the quoted whole', () => {
		const text =
			'timeline:\n  - at: 09:00\n    text: Thanh declared Sev-1 in #incidents. Lena Becker took IC.\n';
		expect(cutValues(text, 'incidents/a.mdx', 1)).toEqual([
			{
				file: 'incidents/a.mdx',
				field: 'timeline.0.text',
				line: 4,
				expected:
					'the whole value, in quotes: "Thanh declared Sev-1 in #incidents. Lena Becker took IC." (in an unquoted YAML value, " #" starts a comment that drops the rest of the line)',
				found:
					'"Thanh declared Sev-1 in", and "#incidents. Lena Becker took IC." dropped as a comment',
				fix: 'quote the value; if the "#..." is a comment, write it as "  # ..." (two spaces before "#", one after)',
			},
		]);
	});

	it.each([
		['a channel', 'summary: Discussed in #inc-20260304'],
		['an issue number', 'summary: Fixed by PR #123'],
		['a list item', 'services:\n  - checkout #ledger'],
		['a second line of a plain value', 'summary: First line\n  and more #tail'],
		['an unfinished sentence after "# "', 'summary: Rolled back the deploy # then paged Lena'],
		['a value after a quoted key', '"summary": see #42'],
		['a value after a quoted line that holds "#"', 'title: "In #incidents"\nsummary: see #42'],
		['a value in a flow list that spans lines', 'services: [checkout,\n  ledger #payments\n  ]'],
	])('reports %s', (_, text) => {
		expect(cutValues(text, 'x.yaml')).toHaveLength(1);
	});

	it.each([
		['a comment after two spaces', 'tier: 1  # most critical'],
		['a comment after one space and one word', 'tier: 1 # most critical'],
		['a capitalised remark after a finished value', 'name: Checkout API # Owned by payments'],
		['a comment after a finished sentence', 'summary: Rolled back. # then paged'],
		['a quoted value', 'summary: "Discussed in #incidents" # the channel'],
		['a flow list', 'services: [checkout, ledger] #both'],
		['"#" inside a block scalar', 'summary: |\n  Discussed in #incidents\n  #123\n'],
		['"#" without a space before it', 'url: https://example.com/#anchor'],
		['a comment on its own line', '# #incidents\nsummary: x\n'],
	])('allows %s', (_, text) => {
		expect(cutValues(text, 'x.yaml')).toEqual([]);
	});

	it('reports a "#" glued to its text where the value starts, which leaves the field empty', () => {
		expect(cutValues('id: payments\nchannel: #incidents\nname: Payments\n', 'people.yaml')).toEqual(
			[
				{
					file: 'people.yaml',
					field: 'channel',
					line: 2,
					expected:
						'the value, in quotes: "#incidents" (an unquoted value that starts with "#" is a comment, so YAML leaves the field empty)',
					found: 'an empty value, and "#incidents" dropped as a comment',
					fix: 'quote it: channel: "#incidents"',
				},
			]
		);
	});

	it.each([
		[
			'a list item',
			'channels:\n  - #incidents\n  - "#ops"\n',
			'channels.0',
			'quote it: - "#incidents"',
		],
		[
			'a key of a mapping in a list',
			'teams:\n  - id: web\n    channel:  #web-team\n',
			'teams.0.channel',
			'quote it: channel: "#web-team"',
		],
		[
			'a frontmatter field',
			'title: Outage\nslack: #inc-2026-03-04\n',
			'slack',
			'quote it: slack: "#inc-2026-03-04"',
		],
	])('reports a "#" where the value of %s starts', (_, text, field, fix) => {
		expect(cutValues(text, 'x.yaml')).toEqual([expect.objectContaining({ field, fix })]);
	});

	it.each([
		[
			'a remark after a key whose value is on the next lines',
			'labels: #routing\n  severity: page\n',
		],
		[
			'a remark after a list item whose value is on the next lines',
			'rules:\n  - #first\n    alert: A\n',
		],
		['an empty value with a remark', 'owner: # fill in\n'],
		['a remark after a key whose list follows', 'services: #all\n  - checkout\n'],
	])('allows %s', (_, text) => {
		expect(cutValues(text, 'x.yaml')).toEqual([]);
	});

	it('names the document of a stream of several', () => {
		expect(cutValues('a: 1\n---\nb: see #2\n', 'alerts/x.yaml')).toEqual([
			expect.objectContaining({ field: 'documents.1.b', line: 3 }),
		]);
	});
});

describe('every YAML reader refuses a cut value', () => {
	it('plain YAML files', () => {
		expect(parseYaml('name: Team #payments\n', 'people.yaml')).toEqual({
			ok: false,
			problems: [expect.objectContaining({ field: 'name', line: 1 })],
			read: { name: 'Team' },
		});
	});

	it('frontmatter, at its line in the file', () => {
		const parsed = parseMdx(
			'---\ntitle: Outage\nsummary: see #42\n---\n\nBody with #hash.\n',
			'incidents/a.mdx'
		);
		expect(parsed).toMatchObject({
			ok: false,
			problems: [expect.objectContaining({ field: 'summary', line: 3 })],
		});
	});

	it('alert rule files', () => {
		const text =
			'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up == 0\n        annotations:\n          summary: Paging #team-ledger\n';
		expect(parseYamlWithLines(text, 'alerts/a.yaml')).toEqual({
			ok: false,
			problems: [
				expect.objectContaining({ field: 'groups.0.rules.0.annotations.summary', line: 7 }),
			],
		});
	});
});
