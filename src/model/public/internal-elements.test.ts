import { markdownToMdast, mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { PublicBodyError } from './body-error.ts';
import { internalElements } from './internal-elements.ts';
import { collect, isInternal, textOf, type MdNode } from './mdast.ts';

const fromMarkdown = (text: string) =>
	internalElements(markdownToMdast(text) as MdNode, 'postmortems/x.md');
const fromMdx = (text: string) => internalElements(mdxToMdast(text) as MdNode, 'postmortems/x.mdx');

/** The tree without positions, parser data and attributes: what the consumers read. */
function shape(node: MdNode): unknown {
	const { position: _p, data: _d, attributes: _a, ...rest } = node as MdNode & { data?: unknown };
	return { ...rest, ...(node.children ? { children: node.children.map(shape) } : {}) };
}

function refusal(text: string, parse = fromMarkdown): PublicBodyError['problem'] {
	try {
		parse(text);
	} catch (error) {
		if (error instanceof PublicBodyError) return error.problem;
		throw error;
	}
	throw new Error(`not refused: ${JSON.stringify(text)}`);
}

describe('internalElements', () => {
	it.each([
		[
			'a block, tags on their own lines',
			'Before.\n\n<Internal>\n\nBlock **secret**.\n\n</Internal>\n\nAfter.',
		],
		[
			'a block held in one html node (tag, text and tag)',
			'<Internal>\nBlock secret.\n</Internal>\n\nAfter.',
		],
		[
			'a block whose html node holds the tag and its first paragraph',
			'<Internal>\nBlock **secret**\n\nMore words\n</Internal>\n\nAfter.',
		],
		[
			'a block closed right after the public paragraph before it',
			'Public words.\n\n<Internal>\nsecret\n</Internal>\nafter text',
		],
		['a block on one line', '<Internal>Block secret on one line.</Internal>'],
		['inline in the middle of a paragraph', 'Public <Internal>inline secret</Internal> words.'],
		['inline at the start of a paragraph', '<Internal>inline secret</Internal> at the start.'],
		[
			'inline in a list item, a table cell, a heading and a blockquote',
			'- <Internal>li secret</Internal> x\n\n| a |\n|---|\n| <Internal>cell secret</Internal> y |\n\n## <Internal>heading secret</Internal> z\n\n> <Internal>quoted secret</Internal> w',
		],
		[
			'blocks inside a list item and a blockquote',
			'- item\n\n  <Internal>\n  listed secret\n  </Internal>\n\n> <Internal>\n> quoted secret\n> </Internal>',
		],
		['nested blocks', '<Internal>\nouter\n\n<Internal>\ninner\n</Internal>\n\n</Internal>'],
		['inline inside emphasis', '*a <Internal>secret</Internal> b*'],
		['an empty element', 'Text.\n\n<Internal/>'],
	])('gives a .md file the tree of the same .mdx file: %s', (_, text) => {
		expect(shape(fromMarkdown(text))).toEqual(shape(fromMdx(text)));
		expect(collect(fromMarkdown(text), isInternal).length).toBeGreaterThan(0);
	});

	it('keeps the text of a passage that MDX reads as a block and Markdown as inline', () => {
		// MDX ends the paragraph at the tag's line; Markdown keeps the lines in one paragraph. Both hide the same words.
		const text = 'Public.\n<Internal>\nsecret words\n</Internal>';
		const hidden = (tree: MdNode) => collect(tree, isInternal).map((node) => textOf(node).trim());
		expect(hidden(fromMarkdown(text))).toEqual(['secret words']);
		expect(hidden(fromMdx(text))).toEqual(['secret words']);
	});

	it('gives every node the line of the file it is on', () => {
		const tree = fromMarkdown(
			'# Title\n\nIntro.\n\n<Internal>\nfirst secret\n\nsecond secret\n</Internal>\n\n- a <Internal>listed</Internal>'
		);
		const [block, inline] = collect(tree, isInternal);
		expect(block?.position?.start.line).toBe(5);
		expect(block?.position?.end?.line).toBe(9);
		expect(block?.children?.map((child) => child.position?.start.line)).toEqual([6, 8]);
		expect(inline?.position?.start.line).toBe(11);
	});

	it('leaves other raw HTML and code alone', () => {
		const tree = fromMarkdown(
			'<div>\n<Internal>\nin a div\n</Internal>\n</div>\n\n`<Internal>` in code\n\n```\n<Internal>\n```'
		);
		expect(collect(tree, (node) => node.type === 'html').map((node) => node.value)).toEqual([
			'<div>',
			'</div>',
		]);
		expect(collect(tree, isInternal).map(textOf)).toEqual(['in a div']);
		expect(
			collect(tree, (node) => node.type === 'inlineCode' || node.type === 'code').map(
				(node) => node.value
			)
		).toEqual(['<Internal>', '<Internal>']);
	});

	it.each([
		[
			'a block never closed',
			'Intro.\n\n<Internal>\nsecret',
			3,
			'an <Internal> that is never closed',
		],
		[
			'a close without an open',
			'Intro.\n\nsecret\n\n</Internal>',
			5,
			'a </Internal> with no <Internal> before it',
		],
		[
			'an open inside a line of text',
			'Intro.\n\nPublic <Internal> secret\n\nmore\n\n</Internal>',
			3,
			'unmatched inside a line of text',
		],
		[
			'a close inside a line of text',
			'Intro.\n\n<Internal>\n\nsecret </Internal> public',
			5,
			'unmatched inside a line of text',
		],
		[
			'a passage that leaves its list item',
			'Intro.\n\n- <Internal>\n\n  secret\n\n</Internal>',
			3,
			'never closed',
		],
		['a passage that leaves its heading', 'Intro.\n\n## <Internal> secret', 3, 'never closed'],
		[
			'a passage that leaves its emphasis',
			'Intro.\n\n*<Internal>secret*</Internal>',
			3,
			'never closed',
		],
		[
			'a tag in another case',
			'Intro.\n\n<internal>secret</internal>',
			3,
			'<internal> (the tag is written <Internal>)',
		],
		['a tag without its >', 'Intro.\n\n<Internal\nsecret', 3, 'a malformed tag'],
	])('refuses %s, naming file, field and line', (_, text, line, found) => {
		const problem = refusal(text);
		expect(problem).toMatchObject({ file: 'postmortems/x.md', field: 'body', line });
		expect(problem.expected).toContain('each <Internal> closed by </Internal>');
		expect(problem.found).toContain(found);
	});

	it('refuses in a .mdx file the text of a tag that MDX read as text', () => {
		expect(refusal('Intro.\n\n\\<Internal> secret', fromMdx)).toMatchObject({
			file: 'postmortems/x.mdx',
			line: 3,
			found: expect.stringContaining('a malformed tag'),
		});
	});
});
