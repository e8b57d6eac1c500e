import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlWithLines } from './source-file.ts';
import { templateValues } from './yaml-templates.ts';

describe('templateValues', () => {
	it('reports an unquoted {{ template }} that YAML read as a mapping', () => {
		const text = 'annotations:\n  summary: {{ $labels.instance }}\n  description: "{{ $value }} errors"\n';
		expect(templateValues(text, 'alerts/a.yaml')).toEqual([
			{
				file: 'alerts/a.yaml',
				field: 'annotations.summary',
				line: 2,
				expected: 'the template as text, in quotes',
				found: 'a value that starts with "{{": YAML reads {...} as a mapping, so an unquoted {{ template }} is not text',
				fix: 'quote the value: summary: "{{ $labels.instance }}"',
			},
		]);
	});

	it('reports a list item, at its line in a frontmatter', () => {
		expect(templateValues('title: x\ntags:\n  - {{ .Team }}\n', 'runbooks/a.md', 1)).toEqual([expect.objectContaining({ field: 'tags.0', line: 4, fix: 'quote the value: - "{{ .Team }}"' })]);
	});

	it.each([
		['a quoted template', 'summary: "{{ $labels.pod }}"\n'],
		['a template inside a | block', 'description: |\n  {{ $labels.pod }} is down\n'],
		['a template after other text', 'summary: Pod {{ $labels.pod }} is down\n'],
		['a flow mapping', 'labels: { severity: page }\n'],
	])('allows %s', (_, text) => {
		expect(templateValues(text, 'x.yaml')).toEqual([]);
	});

	it('is refused by the readers, which would otherwise give { "[object Object]": null }', () => {
		const text = 'groups:\n  - name: a\n    rules:\n      - alert: A\n        expr: up == 0\n        annotations:\n          summary: {{ $labels.instance }}\n';
		expect(parseYamlWithLines(text, 'alerts/a.yaml')).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'groups.0.rules.0.annotations.summary', line: 7 })] });
		expect(parseYaml('summary: {{ $value }}\n', 'comms.yaml')).toMatchObject({ ok: false, read: { summary: { '[object Object]': null } } });
	});
});
