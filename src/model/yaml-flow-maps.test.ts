import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlWithLines } from './source-file.ts';
import { flowMapMisreads } from './yaml-flow-maps.ts';

describe('flowMapMisreads', () => {
	it('reports an unquoted {{ template }} that YAML read as a mapping', () => {
		const text =
			'annotations:\n  summary: {{ $labels.instance }}\n  description: "{{ $value }} errors"\n';
		expect(flowMapMisreads(text, 'alerts/a.yaml')).toEqual([
			{
				file: 'alerts/a.yaml',
				field: 'annotations.summary',
				line: 2,
				expected: 'the template as text, in quotes',
				found:
					'a value that starts with "{{": YAML reads {...} as a mapping, so an unquoted {{ template }} is not text',
				fix: 'quote the value: summary: "{{ $labels.instance }}"',
			},
		]);
	});

	it('reports a list item, at its line in a frontmatter', () => {
		expect(flowMapMisreads('title: x\ntags:\n  - {{ .Team }}\n', 'runbooks/a.md', 1)).toEqual([
			expect.objectContaining({
				field: 'tags.0',
				line: 4,
				fix: 'quote the value: - "{{ .Team }}"',
			}),
		]);
	});

	it('reports a value of a { } mapping cut at a comma, which YAML makes a field without a value', () => {
		expect(
			flowMapMisreads(
				'updates:\n  - { at: 10:15, status: investigating, body: Payments fail, we are on it. }\n',
				'incidents/a.mdx',
				1
			)
		).toEqual([
			{
				file: 'incidents/a.mdx',
				field: 'updates.0.body',
				line: 3,
				expected:
					'the whole value, in quotes: "Payments fail, we are on it." (inside { }, a "," ends an unquoted value)',
				found: '"Payments fail", and "we are on it." read as another field, without a value',
				fix: 'quote the value: body: "Payments fail, we are on it."',
			},
		]);
	});

	it.each([
		[
			'a quoted value with a comma',
			'- { afterMinutes: 5, action: "Page the primary again, by phone call" }\n',
		],
		[
			'an apostrophe and no comma in a value',
			"- { afterMinutes: 30, action: Page the team's manager }\n",
		],
		['placeholders in a message', 'text: |\n  Impact: {impact}, since {startedAt}.\n'],
		['a flow list', 'escalation: [sam, kim, web]\n'],
		['a quoted template', 'summary: "{{ $labels.pod }}"\n'],
		['a template inside a | block', 'description: |\n  {{ $labels.pod }} is down\n'],
		['a template after other text', 'summary: Pod {{ $labels.pod }} is down\n'],
		['a flow mapping', 'labels: { severity: page }\n'],
	])('allows %s', (_, text) => {
		expect(flowMapMisreads(text, 'x.yaml')).toEqual([]);
	});

	it('is refused by the readers, which would otherwise give { "[object Object]": null }', () => {
		const text =
			'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up == 0\n        annotations:\n          summary: {{ $labels.instance }}\n';
		expect(parseYamlWithLines(text, 'alerts/a.yaml')).toEqual({
			ok: false,
			problems: [
				expect.objectContaining({ field: 'groups.0.rules.0.annotations.summary', line: 7 }),
			],
		});
		expect(parseYaml('summary: {{ $value }}\n', 'comms.yaml')).toMatchObject({
			ok: false,
			read: { summary: { '[object Object]': null } },
		});
	});
});
