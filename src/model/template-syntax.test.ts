import { describe, expect, it } from 'vitest';
import { templateSpans } from './template-syntax.ts';

describe('templateSpans', () => {
	it('finds Hugo, Go-template and Jinja syntax outside code, front matter and HTML, with lines', () => {
		const text =
			'---\ntitle: "{{ .Title }}"\n---\n\nHost {{ $labels.instance }}.\n\n{% raw %}\n\n`{{ x }}`\n\n    {{ indented code }}\n\n<!-- {{ comment }} -->\n\n[x]({{< ref "a.md" >}})\n';
		expect(templateSpans(text).map(({ line, text }) => [line, text])).toEqual([
			[5, '{{ $labels.instance }}'],
			[7, '{% raw %}'],
			[15, '{{< ref "a.md" >}}'],
		]);
	});
});
