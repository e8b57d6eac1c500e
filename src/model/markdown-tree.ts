/** A Markdown body's syntax tree with offsets, from `satteri` (the parser Astro renders `.md` with), and small walks of it. */
import { markdownToMdast } from 'satteri';

export interface MarkdownNode {
	type: string;
	value?: string;
	url?: string;
	depth?: number;
	children?: MarkdownNode[];
	position?: { start: { offset: number; line: number }; end: { offset: number; line: number } };
}

/** Nodes whose text is shown, or kept, as written. */
const VERBATIM = new Set(['code', 'inlineCode', 'yaml', 'toml', 'html']);

export function markdownTree(text: string): MarkdownNode {
	return markdownToMdast(text) as MarkdownNode;
}

/** @returns the [start, end) offsets of every code, raw HTML and front matter node of `tree`. */
export function verbatimRanges(tree: MarkdownNode): [number, number][] {
	const ranges: [number, number][] = [];
	const walk = (node: MarkdownNode) => {
		if (VERBATIM.has(node.type) && node.position) ranges.push([node.position.start.offset, node.position.end.offset]);
		else node.children?.forEach(walk);
	};
	walk(tree);
	return ranges;
}

/** @returns the text of a heading or any other subtree. */
export function plainText(node: MarkdownNode): string {
	return typeof node.value === 'string' ? node.value : (node.children ?? []).map(plainText).join('');
}

/** @returns the 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}
