import { describe, expect, it } from 'vitest';
import { markdownToMdast } from 'satteri';
import { markdownEquivalent, markdownWithInternalMarkup } from './markdown-body.ts';

const markup = { open: '<div class="x">\n<div class="x-label">Internal</div>', close: '</div>' };
const plain = (body: string) => markdownEquivalent(body, markup);

describe('markdownEquivalent', () => {
	it('keeps a plain Markdown body as it is', () => {
		const body =
			'## Check\n\nRun `kubectl get pods` and read **the logs**.\n\n```promql\nrate(x[5m])\n```\n\n:::note\nAn aside.\n:::\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
		expect(plain(body)).toBe(body);
	});

	it('turns a top-level <Internal> passage into the markup around its content', () => {
		expect(
			plain('Public text.\n\n<Internal>\nSecret *detail*.\n\n- one\n</Internal>\n\nMore.\n')
		).toBe(
			'Public text.\n\n<div class="x">\n<div class="x-label">Internal</div>\n\nSecret *detail*.\n\n- one\n\n</div>\n\nMore.\n'
		);
	});

	it.each([
		['an import', "import Chart from './chart.astro';\n\n# Title\n"],
		['an expression', 'Total: {1 + 1}\n'],
		['an MDX comment', 'Text.\n\n{/* note */}\n'],
		['another component', '<Aside>Careful</Aside>\n'],
		['an inline component', 'Text <Badge text="new" /> here.\n'],
		['an <Internal> inside a list', '- item\n\n  <Internal>\n  Secret\n  </Internal>\n'],
		['an <Internal> with attributes', '<Internal reason="legal">\nSecret\n</Internal>\n'],
		[
			'text indented by four spaces (code in Markdown, a paragraph in MDX)',
			'Intro.\n\n    not code in MDX\n',
		],
		['a relative image (MDX imports it)', '![Diagram](./diagram.png)\n'],
		['a leading thematic break (read as frontmatter by the Markdown renderer)', '---\n\nText.\n'],
		['invalid MDX', '<Internal>\nunclosed\n'],
	])('leaves a body with %s to MDX', (_, body) => {
		expect(plain(body)).toBeUndefined();
	});

	it('keeps remote and site-absolute images', () => {
		expect(plain('![Logo](https://example.com/logo.png) ![Map](/map.png)\n')).toBeDefined();
	});
});

describe('markdownWithInternalMarkup', () => {
	const withMarkup = (body: string) => markdownWithInternalMarkup(body, markup);

	it('writes a passage between blocks as the markup, with blank lines so its Markdown is rendered', () => {
		const written = withMarkup('Intro.\n\n<Internal>\nSecret *detail*.\n</Internal>\n\nMore.\n')!;
		expect(written).toBe(
			'Intro.\n\n\n\n<div class="x">\n<div class="x-label">Internal</div>\n\n\nSecret *detail*.\n\n\n</div>\n\n\n\nMore.\n'
		);
		const types = (markdownToMdast(written) as { children: { type: string }[] }).children.map(
			(node) => node.type
		);
		expect(types).toEqual(['paragraph', 'html', 'paragraph', 'html', 'paragraph']);
	});

	it('writes a tag inside a paragraph, list item or quote in place, on its line', () => {
		expect(withMarkup('- a <Internal>x</Internal> b\n\n> <Internal>\n> q\n> </Internal>\n')).toBe(
			'- a <div class="x"> <div class="x-label">Internal</div>x</div> b\n\n> <div class="x"> <div class="x-label">Internal</div>\n> q\n> </div>\n'
		);
	});

	it('leaves code, mistyped tags and bodies without <Internal> alone', () => {
		expect(withMarkup('`<Internal>` and\n\n```\n<Internal>\n```\n')).toBeUndefined();
		expect(withMarkup('<internal>x</internal>\n')).toBeUndefined();
	});
});
