/**
 * Template syntax of other site generators that a Markdown renderer shows as literal text: Hugo shortcodes
 * (`{{< >}}`, `{{% %}}`), Go-template and Jinja expressions (`{{ }}`) and Jinja tags (`{% %}`). Inside code it is
 * an example to copy (a `kubectl --template`), so code, front matter and raw HTML are left out.
 */
import type { Root } from 'mdast';
import { lineAt, markdownTree, verbatimRanges } from './markdown-tree.ts';

export interface TemplateSpan {
	/** Offset in the text. */
	offset: number;
	/** 1-based line in the text. */
	line: number;
	/** The template syntax as written, like `{{< ref "x.md" >}}`. */
	text: string;
}

const TEMPLATE = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

/** @returns every template construct of `text` outside code, in order. */
export function templateSpans(text: string, tree: Root = markdownTree(text)): TemplateSpan[] {
	const verbatim = verbatimRanges(tree);
	const spans: TemplateSpan[] = [];
	for (const match of text.matchAll(TEMPLATE)) {
		if (verbatim.some(([from, to]) => match.index >= from && match.index < to)) continue;
		spans.push({ offset: match.index, line: lineAt(text, match.index), text: match[0] });
	}
	return spans;
}
