/**
 * Most MDX bodies in a handbook are plain Markdown plus `<Internal>` passages. Compiling each one into a JavaScript
 * module costs Astro's bundler seconds per thousand entries and gigabytes at five thousand; rendering Markdown costs
 * a fraction. This module decides, per body, whether the Markdown renderer gives the same result as MDX would, and
 * writes that Markdown; and it writes the `<Internal>` tags of `.md` bodies (raw HTML there) as the same markup.
 */
import type { Nodes, Root } from 'mdast';
import { markdownToMdast, mdxToMdast, type MdxJsxFlowElement } from 'satteri';
import { offsets } from './markdown-tree.ts';
import { INTERNAL_TAG } from './public/internal-elements.ts';
import { isPageIndependent } from './urls.ts';

/** The HTML an `<Internal>` passage opens and closes with, the same as the component renders. */
export interface InternalMarkup {
	open: string;
	close: string;
}

/**
 * @returns Markdown that renders like the MDX `body` (each top-level `<Internal>` becomes `markup` around its
 * content), or undefined when the body needs MDX: imports, expressions, other components, or any construct that
 * the two parsers read differently (for instance 4-space-indented text, a paragraph in MDX but code in Markdown).
 */
export function markdownEquivalent(body: string, markup: InternalMarkup): string | undefined {
	// A body that opens with "---" would be read as frontmatter by the Markdown renderer.
	if (/^\s*---/.test(body)) return undefined;
	let mdx: Root;
	try {
		mdx = mdxToMdast(body, { position: true }) as Root;
	} catch {
		return undefined; // the model reports invalid MDX; here it only means "not plain"
	}
	let markdown = '';
	let from = 0;
	for (const node of mdx.children) {
		if (!isInternal(node)) continue;
		const { children } = node;
		const inner = children.length
			? body.slice(offsets(children[0]!)![0], offsets(children.at(-1)!)![1])
			: '';
		const [start, end] = offsets(node)!;
		markdown += `${body.slice(from, start)}${markup.open}\n\n${inner}\n\n${markup.close}`;
		from = end;
	}
	markdown += body.slice(from);

	const expected = signature(mdx, (node) => (isInternal(node) ? 'internal' : undefined));
	if (expected === undefined) return undefined;
	const actual = signature(markdownToMdast(markdown) as Root, (node) =>
		node.type === 'html' ? htmlMark(node.value, markup) : undefined
	);
	return actual === expected ? markdown : undefined;
}

/**
 * @returns the `.md` body with each `<Internal>` tag written as `markup`, or undefined when it has none. A tag that
 * stands between blocks gets blank lines around its markup, so the Markdown inside the passage is rendered as
 * Markdown (in one HTML block it would be raw text); one inside a paragraph, list item or quote is replaced in place.
 */
export function markdownWithInternalMarkup(
	body: string,
	markup: InternalMarkup
): string | undefined {
	const edits: { from: number; to: number; html: string }[] = [];
	const visit = (node: Nodes, betweenBlocks: boolean) => {
		const range = offsets(node);
		if (node.type === 'html' && range) {
			const [start, end] = range;
			for (const match of body.slice(start, end).matchAll(new RegExp(INTERNAL_TAG.source, 'gi'))) {
				if (match[2] !== 'Internal') continue; // a mistyped tag stays raw HTML (the public build refuses it)
				const html = match[1]
					? markup.close
					: match[3]!.trim().endsWith('/')
						? markup.open + markup.close
						: markup.open;
				const from = start + match.index;
				edits.push({
					from,
					to: from + match[0].length,
					html: betweenBlocks ? `\n\n${html}\n\n` : html.replace(/\n/g, ' '),
				});
			}
		}
		if ('children' in node) for (const child of node.children) visit(child, node.type === 'root');
	};
	visit(markdownToMdast(body), false);
	if (edits.length === 0) return undefined;
	return edits.reduceRight(
		(text, { from, to, html }) => text.slice(0, from) + html + text.slice(to),
		body
	);
}

function isInternal(node: Nodes): node is MdxJsxFlowElement {
	return (
		node.type === 'mdxJsxFlowElement' && node.name === 'Internal' && node.attributes.length === 0
	);
}

/** Our own wrapper's HTML marks an Internal passage; any other raw HTML means the texts differ. */
function htmlMark(value: string | undefined, markup: InternalMarkup): string | undefined {
	const html = value?.trim();
	if (html === markup.open.trim()) return 'internal';
	if (html === markup.close.trim()) return '/internal';
	return '!html';
}

// The fields of a node that change what it renders to; its children are walked on their own.
const RENDERED_FIELDS = ['type', 'value', 'depth', 'ordered', 'checked', 'lang', 'url'];
const MDX_ONLY = new Set([
	'mdxjsEsm',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'html',
]);
// Relative images resolve differently (MDX imports them as modules): leave them to MDX.
const isLocalImage = (node: Nodes) => node.type === 'image' && !isPageIndependent(node.url);

/**
 * A position-free fingerprint of the tree: what the renderer sees. `mark` names nodes that stand for an Internal
 * passage (open, or open-and-children); undefined from the whole call means the tree uses something only MDX has.
 */
function signature(root: Root, mark: (node: Nodes) => string | undefined): string | undefined {
	const parts: string[] = [];
	let plain = true;
	const walk = (node: Nodes, depth: number) => {
		const marked = depth === 1 ? mark(node) : undefined;
		if (marked === 'internal' && node.type !== 'html') {
			parts.push('internal');
			if ('children' in node) for (const child of node.children) walk(child, depth);
			parts.push('/internal');
			return;
		}
		if (marked !== undefined) {
			parts.push(marked);
			return;
		}
		if (MDX_ONLY.has(node.type) || isLocalImage(node)) {
			plain = false;
			return;
		}
		parts.push(JSON.stringify(node, RENDERED_FIELDS));
		if ('children' in node) for (const child of node.children) walk(child, depth + 1);
	};
	for (const child of root.children) walk(child, 1);
	return plain && !parts.includes('!html') ? parts.join('\n') : undefined;
}
