/**
 * A Markdown body's syntax tree with offsets, from `satteri` (the parser Astro renders `.md` with), typed by
 * `@types/mdast` (the types satteri's trees are declared with), and small walks of it.
 */
import type { Nodes, Root } from 'mdast';
import { markdownToMdast } from 'satteri';

/** Nodes whose text is shown, or kept, as written. */
const VERBATIM = new Set(['code', 'inlineCode', 'yaml', 'toml', 'html']);

export function markdownTree(text: string): Root {
	return markdownToMdast(text) as Root;
}

/** @returns the [start, end) offsets of every code, raw HTML and front matter node of `tree`. */
export function verbatimRanges(tree: Nodes): [number, number][] {
	const ranges: [number, number][] = [];
	const walk = (node: Nodes) => {
		const range = offsets(node);
		if (VERBATIM.has(node.type) && range) ranges.push(range);
		else if ('children' in node) node.children.forEach(walk);
	};
	walk(tree);
	return ranges;
}

/** @returns the [start, end) offsets of a node in the parsed text (satteri gives every node offsets). */
export function offsets(node: Nodes): [number, number] | undefined {
	const { start, end } = node.position ?? {};
	return start?.offset !== undefined && end?.offset !== undefined
		? [start.offset, end.offset]
		: undefined;
}

/** @returns the text of a heading or any other subtree. */
export function plainText(node: Nodes): string {
	if ('value' in node) return node.value;
	return 'children' in node ? node.children.map(plainText).join('') : '';
}

/** @returns the 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}
