/**
 * The MDX syntax tree of an entry's body, from `satteri` (the Rust parser Astro uses), and the few walks the public
 * projection needs: which parts are `<Internal>`, which are code, and the plain text of a subtree.
 * File I/O: reads an entry's whole file, so node positions are lines of the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { internalElements } from './internal-elements.ts';

export interface MdNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	alt?: string | null;
	depth?: number;
	ordered?: boolean | null;
	start?: number | null;
	checked?: boolean | null;
	align?: (string | null)[];
	children?: MdNode[];
	position?: { start: { line: number }; end?: { line: number } };
	attributes?: unknown[];
}

/**
 * @param dir the content folder
 * @param file the entry's file, relative to `dir`
 * @returns the body's tree, parsed from the whole file so that node positions are lines of the file; `<Internal>`
 * is the MDX element in a `.md` file too ({@link internalElements})
 * @throws PublicBodyError on an unbalanced or malformed `<Internal>`
 */
export function parseEntryBody(dir: string, file: string): MdNode {
	const text = readFileSync(join(dir, file), 'utf8');
	return internalElements(
		(file.endsWith('.md') ? markdownToMdast(text) : mdxToMdast(text)) as MdNode,
		file
	);
}

/** @returns whether the node is an `<Internal>` element (flow or inline). */
export function isInternal(node: MdNode): boolean {
	return (
		(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
		node.name === 'Internal'
	);
}

/** @returns the text of a subtree, blocks separated by newlines (code and alt text included). */
export function textOf(node: MdNode): string {
	if (node.type === 'yaml') return '';
	if (typeof node.value === 'string') return node.value;
	if (node.type === 'image') return node.alt ?? '';
	const parts = (node.children ?? []).map(textOf);
	return node.type === 'paragraph' || node.type === 'heading' || node.type === 'inline'
		? parts.join('')
		: parts.join('\n');
}

/** @returns every node of the tree that satisfies `test`, without descending into the ones found. */
export function collect(node: MdNode, test: (node: MdNode) => boolean): MdNode[] {
	if (test(node)) return [node];
	return (node.children ?? []).flatMap((child) => collect(child, test));
}
