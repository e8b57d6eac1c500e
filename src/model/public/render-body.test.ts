import { fileURLToPath } from 'node:url';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { openHandbook } from '../open-handbook.ts';
import type { MdNode } from './mdast.ts';
import { createRedactor } from './redact.ts';
import { PublicBodyError, renderPublicBody } from './render-body.ts';

const handbook = openHandbook(
	fileURLToPath(new URL('../../../tests/fixtures/leaky', import.meta.url))
).handbook!;
const redactor = createRedactor(handbook);
const render = (mdx: string) =>
	renderPublicBody(mdxToMdast(mdx) as MdNode, 'postmortems/x.mdx', redactor);

describe('renderPublicBody', () => {
	it('drops <Internal> blocks (flow and inline), code blocks, images and raw HTML', () => {
		const { html } = render(
			[
				'## What happened',
				'',
				'Public words <Internal>inline secret</Internal> here.',
				'',
				'<Internal>',
				'Block secret.',
				'</Internal>',
				'',
				'```sh',
				'rm -rf /',
				'```',
				'',
				'![alt words](https://x.example/a.png)',
			].join('\n')
		);
		expect(html).toBe(
			'<h2 id="what-happened">What happened</h2>\n<p>Public words  here.</p>\n\n\n'
		);
	});

	it('keeps Markdown structure and redacts every text, inline code included', () => {
		const { html, headings } = render(
			'## Talked to Priya\n\n- **bold** `pg-tracking-01.quokka.corp`\n- _em_\n\n> quote\n\n| a | b |\n|---|---|\n| 1 | Globex Logistics |'
		);
		expect(html).toContain('<h2 id="talked-to-an-engineer">Talked to an engineer</h2>');
		expect(html).toContain(
			'<li><p><strong>bold</strong> <code>an internal service</code></p></li>'
		);
		// A word that runs through formatting is read whole, so the host is redacted whole (its formatting goes with it).
		expect(
			render('Asked [Priya](https://x.example), then pg-**tracking**-02.quokka.corp.').html
		).toBe('<p>Asked an engineer, then an internal service.</p>');
		expect(html).toContain('<blockquote><p>quote</p></blockquote>');
		expect(html).toContain('<td>A customer</td>');
		expect(headings).toEqual([
			{ depth: 2, slug: 'talked-to-an-engineer', text: 'Talked to an engineer' },
		]);
	});

	it('keeps a link target only for an http(s) URL that redaction leaves untouched', () => {
		const { html } = render(
			'[status](https://status.quokka.example/x) [dash](https://grafana.quokka.corp/d/1) [mail](mailto:a@b.example) [js](javascript:alert(1)) [rel](/runbooks/x/)'
		);
		expect(html).toBe(
			'<p><a href="https://status.quokka.example/x" rel="nofollow noopener">status</a> dash mail js rel</p>'
		);
		// A host under the public domain stays; any other host is redacted, so its link loses its target.
		expect(render('[docs](https://docs.quokka.example/x)').html).toBe(
			'<p><a href="https://docs.quokka.example/x" rel="nofollow noopener">docs</a></p>'
		);
		expect(render('[docs](https://docs.quokka-freight.net/x)').html).toBe('<p>docs</p>');
	});

	it('escapes HTML in text', () => {
		expect(render('a \\<script>alert(1)\\</script> & "b"').html).toBe(
			'<p>a &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;b&#34;</p>'
		);
	});

	it.each([
		['an expression', 'Home is {process.env.HOME}.', 'an MDX expression'],
		['a flow expression', '{1 + 1}', 'an MDX expression'],
		['an import', "import X from './x.js'\n\nText.", 'an import or export'],
		['another component', '<Aside>Hi</Aside>', 'the component <Aside>'],
	])('refuses %s, naming file, field and line', (_, mdx, found) => {
		let error: unknown;
		try {
			render(`Intro.\n\n${mdx}`);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(PublicBodyError);
		expect((error as PublicBodyError).problem).toMatchObject({
			file: 'postmortems/x.mdx',
			field: 'body',
			line: 3,
		});
		expect((error as PublicBodyError).problem.found).toContain(found);
	});
});
