/**
 * Template syntax of other site generators that a Markdown renderer shows as literal text: Hugo shortcodes
 * (`{{< >}}`, `{{% %}}`), Go-template and Jinja expressions (`{{ }}`) and Jinja tags (`{% %}`). Inside code it is
 * an example to copy (a `kubectl --template`), so code, front matter and raw HTML are left out.
 */
import { markdownToMdast } from 'satteri';

export interface MarkdownNode {
	type: string;
	value?: string;
	url?: string;
	depth?: number;
	children?: MarkdownNode[];
	position?: { start: { offset: number; line: number }; end: { offset: number; line: number } };
}

export interface TemplateSpan {
	/** Offset in the text. */
	offset: number;
	/** 1-based line in the text. */
	line: number;
	/** The template syntax as written, like `{{< ref "x.md" >}}`. */
	text: string;
}

const TEMPLATE = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
const VERBATIM = new Set(['code', 'inlineCode', 'yaml', 'toml', 'html']);

/** @returns the Markdown tree of `text`, with offsets (the parser Astro renders `.md` with). */
export function markdownTree(text: string): MarkdownNode {
	return markdownToMdast(text) as MarkdownNode;
}

/** @returns the [start, end) offsets of every node of `tree` whose text is shown or kept verbatim. */
export function verbatimRanges(tree: MarkdownNode): [number, number][] {
	const ranges: [number, number][] = [];
	const walk = (node: MarkdownNode) => {
		if (VERBATIM.has(node.type) && node.position) ranges.push([node.position.start.offset, node.position.end.offset]);
		else node.children?.forEach(walk);
	};
	walk(tree);
	return ranges;
}

/** @returns every template construct of `text` outside code, in order. */
export function templateSpans(text: string, tree: MarkdownNode = markdownTree(text)): TemplateSpan[] {
	const verbatim = verbatimRanges(tree);
	const spans: TemplateSpan[] = [];
	for (const match of text.matchAll(TEMPLATE)) {
		if (verbatim.some(([from, to]) => match.index >= from && match.index < to)) continue;
		spans.push({ offset: match.index, line: lineAt(text, match.index), text: match[0] });
	}
	return spans;
}

/** @returns the 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}
