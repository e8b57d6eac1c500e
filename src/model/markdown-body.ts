/**
 * Most MDX bodies in a handbook are plain Markdown plus `<Internal>` passages. Compiling each one into a JavaScript
 * module costs Astro's bundler seconds per thousand entries and gigabytes at five thousand; rendering Markdown costs
 * a fraction. This module decides, per body, whether the Markdown renderer gives the same result as MDX would, and
 * writes that Markdown; and it writes the `<Internal>` tags of `.md` bodies (raw HTML there) as the same markup.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { INTERNAL_TAG } from './public/internal-elements.ts';
import { isPageIndependent } from './urls.ts';

interface Point {
	offset: number;
}
interface Node {
	type: string;
	name?: string | null;
	attributes?: unknown[];
	value?: string;
	depth?: number;
	ordered?: boolean | null;
	checked?: boolean | null;
	lang?: string | null;
	url?: string;
	children?: Node[];
	position?: { start: Point; end: Point };
}

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
	let mdx: Node;
	try {
		mdx = mdxToMdast(body, { position: true }) as Node;
	} catch {
		return undefined; // the model reports invalid MDX; here it only means "not plain"
	}
	let markdown = '';
	let from = 0;
	for (const node of mdx.children ?? []) {
		if (!isInternal(node)) continue;
		const children = node.children ?? [];
		const inner = children.length ? body.slice(children[0]!.position!.start.offset, children.at(-1)!.position!.end.offset) : '';
		markdown += `${body.slice(from, node.position!.start.offset)}${markup.open}\n\n${inner}\n\n${markup.close}`;
		from = node.position!.end.offset;
	}
	markdown += body.slice(from);

	const expected = signature(mdx, (node) => (isInternal(node) ? 'internal' : undefined));
	if (expected === undefined) return undefined;
	const actual = signature(markdownToMdast(markdown) as Node, (node) => (node.type === 'html' ? htmlMark(node.value, markup) : undefined));
	return actual === expected ? markdown : undefined;
}

/**
 * @returns the `.md` body with each `<Internal>` tag written as `markup`, or undefined when it has none. A tag that
 * stands between blocks gets blank lines around its markup, so the Markdown inside the passage is rendered as
 * Markdown (in one HTML block it would be raw text); one inside a paragraph, list item or quote is replaced in place.
 */
export function markdownWithInternalMarkup(body: string, markup: InternalMarkup): string | undefined {
	const edits: { from: number; to: number; html: string }[] = [];
	const visit = (node: Node, betweenBlocks: boolean) => {
		if (node.type === 'html' && node.position) {
			const { start, end } = node.position;
			for (const match of body.slice(start.offset, end.offset).matchAll(new RegExp(INTERNAL_TAG.source, 'gi'))) {
				if (match[2] !== 'Internal') continue; // a mistyped tag stays raw HTML (the public build refuses it)
				const html = match[1] ? markup.close : match[3]!.trim().endsWith('/') ? markup.open + markup.close : markup.open;
				const from = start.offset + match.index;
				edits.push({ from, to: from + match[0].length, html: betweenBlocks ? `\n\n${html}\n\n` : html.replace(/\n/g, ' ') });
			}
		}
		for (const child of node.children ?? []) visit(child, node.type === 'root');
	};
	visit(markdownToMdast(body) as Node, false);
	if (edits.length === 0) return undefined;
	return edits.reduceRight((text, { from, to, html }) => text.slice(0, from) + html + text.slice(to), body);
}

function isInternal(node: Node): boolean {
	return node.type === 'mdxJsxFlowElement' && node.name === 'Internal' && !node.attributes?.length;
}

/** Our own wrapper's HTML marks an Internal passage; any other raw HTML means the texts differ. */
function htmlMark(value: string | undefined, markup: InternalMarkup): string | undefined {
	const html = value?.trim();
	if (html === markup.open.trim()) return 'internal';
	if (html === markup.close.trim()) return '/internal';
	return '!html';
}

const MDX_ONLY = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'html']);
// Relative images resolve differently (MDX imports them as modules): leave them to MDX.
const isLocalImage = (node: Node) => node.type === 'image' && !isPageIndependent(node.url ?? '');

/**
 * A position-free fingerprint of the tree: what the renderer sees. `mark` names nodes that stand for an Internal
 * passage (open, or open-and-children); undefined from the whole call means the tree uses something only MDX has.
 */
function signature(root: Node, mark: (node: Node) => string | undefined): string | undefined {
	const parts: string[] = [];
	let plain = true;
	const walk = (node: Node, depth: number) => {
		const marked = depth === 1 ? mark(node) : undefined;
		if (marked === 'internal' && node.type !== 'html') {
			parts.push('internal');
			for (const child of node.children ?? []) walk(child, depth);
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
		parts.push(JSON.stringify([node.type, node.value, node.depth, node.ordered, node.checked, node.lang, node.url]));
		for (const child of node.children ?? []) walk(child, depth + 1);
	};
	for (const child of root.children ?? []) walk(child, 1);
	return plain && !parts.includes('!html') ? parts.join('\n') : undefined;
}
