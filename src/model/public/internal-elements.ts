/**
 * `<Internal>` in a `.md` body is raw HTML to the Markdown parser: tag nodes (`html`) around ordinary nodes, or one
 * `html` block holding the tags and the text between them. Everything downstream (the public renderer, the leak
 * scan's internal runs) reads `<Internal>` as the MDX element, so this turns the tags into that element: the same
 * tree as the `.mdx` file would give. A tag that is not closed in the same block, list item, table cell or heading,
 * a `</Internal>` without its `<Internal>`, or a mistyped tag is refused: its text would otherwise be published.
 */
import { markdownToMdast } from 'satteri';
import { PublicBodyError } from './body-error.ts';
import type { MdNode } from './mdast.ts';

/** An `<Internal>`-like tag, in any case and with anything up to `>` (refused unless it is `<Internal>` exactly). */
export const INTERNAL_TAG = /<(\/?)(internal)(?=[\s/>])([^>]*)>/i;
/** What is left of a tag the Markdown parser did not read as one (`<Internal` without `>`, `\<Internal>`). */
const TAG_TEXT = /<\/?internal(?![\p{L}\p{N}_-])/iu;
const FLOW_CONTAINERS = new Set([
	'root',
	'blockquote',
	'listItem',
	'footnoteDefinition',
	'mdxJsxFlowElement',
]);

type Tag = 'open' | 'close' | 'empty';
type Line = number | undefined;

const EXPECTED =
	'each <Internal> closed by </Internal> in the same block, list item, table cell or heading (written exactly so)';

/**
 * @param root a body's tree (Markdown or MDX); changed in place
 * @param file the entry's file, for the refusal
 * @returns the tree, each `<Internal>…</Internal>` an `mdxJsxFlowElement` (between blocks) or `mdxJsxTextElement`
 * (inside a paragraph, heading or cell) named Internal
 * @throws PublicBodyError on an unbalanced or malformed `<Internal>`
 */
export function internalElements(root: MdNode, file: string): MdNode {
	const refuse = (line: Line, found: string): never => {
		throw new PublicBodyError({
			file,
			field: 'body',
			...(line ? { line } : {}),
			expected: EXPECTED,
			found,
		});
	};
	const refuseUnmatched = (nodes: readonly MdNode[]) => {
		const stray = nodes.find((node) => tagOf(node, refuse));
		if (!stray) return;
		const line = stray.position?.start.line;
		refuse(
			line,
			tagOf(stray, refuse) === 'open'
				? 'an <Internal> that is never closed'
				: 'a </Internal> with no <Internal> before it'
		);
	};

	const transform = (node: MdNode): MdNode => {
		if (!node.children) {
			const value = node.value ?? '';
			if (
				(node.type === 'text' || (node.type === 'html' && !tagsIn(value))) &&
				TAG_TEXT.test(value)
			) {
				refuse(
					node.position?.start.line,
					`a malformed tag in ${JSON.stringify(value.trim().slice(0, 60))} (to name the tag in prose, write it as code: \`<Internal>\`)`
				);
			}
			return node;
		}
		if (FLOW_CONTAINERS.has(node.type)) {
			node.children = flow(node.children);
			return node;
		}
		node.children = pair(node.children.map(transform), 'mdxJsxTextElement', refuse);
		// A paragraph may open or close a passage that goes on in the next blocks: its parent splits it there.
		if (node.type !== 'paragraph') refuseUnmatched(node.children);
		return node;
	};

	const flow = (children: readonly MdNode[]): MdNode[] => {
		const items = children.flatMap((child) => {
			if (child.type === 'html' && tagsIn(child.value ?? ''))
				return splitHtmlBlock(child).map((node) => (tagOf(node, refuse) ? node : transform(node)));
			const node = transform(child);
			return node.type === 'paragraph' ? splitParagraph(node, refuse).map(asFlowElement) : [node];
		});
		const paired = pair(items, 'mdxJsxFlowElement', refuse);
		refuseUnmatched(paired);
		return paired;
	};

	return transform(root);
}

/** @returns the kind of `<Internal>` tag a node is, if it is one (refusing a mistyped one). */
function tagOf(node: MdNode, refuse: (line: Line, found: string) => never): Tag | undefined {
	if (node.type !== 'html') return undefined;
	const value = (node.value ?? '').trim();
	const match = new RegExp(`^${INTERNAL_TAG.source}$`, 'i').exec(value);
	if (!match) return undefined;
	const [, slash, name, rest] = match;
	if (name !== 'Internal')
		refuse(node.position?.start.line, `${value} (the tag is written <Internal>)`);
	if (slash) return 'close';
	return rest!.trim().endsWith('/') ? 'empty' : 'open';
}

function tagsIn(value: string): boolean {
	return INTERNAL_TAG.test(value);
}

/** Wraps the siblings between each matched open and close tag in an element; unmatched tags stay in the list. */
function pair(
	items: readonly MdNode[],
	type: string,
	refuse: (line: Line, found: string) => never
): MdNode[] {
	const out: MdNode[] = [];
	const open: number[] = [];
	for (const item of items) {
		const tag = tagOf(item, refuse);
		if (tag === 'open') open.push(out.length);
		if (tag === undefined || tag === 'open' || (tag === 'close' && open.length === 0)) {
			out.push(item);
			continue;
		}
		const start = tag === 'empty' ? out.length : open.pop()!;
		const opener = tag === 'empty' ? item : out[start]!;
		const children = out.splice(start).slice(tag === 'empty' ? 0 : 1);
		out.push({ type, name: 'Internal', attributes: [], children, position: span(opener, item) });
	}
	return out;
}

/**
 * One `html` block can hold the tags and the lines between them (`<Internal>\ntext\n</Internal>`, up to a blank
 * line): its tags become tag nodes and the text between them is parsed as the Markdown it is, lines kept.
 */
function splitHtmlBlock(node: MdNode): MdNode[] {
	const value = node.value ?? '';
	const firstLine = node.position?.start.line ?? 1;
	const lineAt = (index: number) => firstLine + (value.slice(0, index).match(/\n/g)?.length ?? 0);
	const nodes: MdNode[] = [];
	const text = (from: number, to: number) => {
		const markdown = value.slice(from, to);
		if (markdown.trim() === '') return;
		const parsed = (markdownToMdast(markdown) as MdNode).children ?? [];
		nodes.push(...parsed.map((child) => shiftLines(child, lineAt(from) - 1)));
	};
	let from = 0;
	for (const match of value.matchAll(new RegExp(INTERNAL_TAG.source, 'gi'))) {
		text(from, match.index);
		const line = lineAt(match.index);
		nodes.push({ type: 'html', value: match[0], position: { start: { line }, end: { line } } });
		from = match.index + match[0].length;
	}
	text(from, value.length);
	return nodes;
}

/**
 * Splits a paragraph at its unmatched tags, each alone on its line as MDX requires: `More words\n</Internal>` ends a
 * passage begun blocks before.
 */
function splitParagraph(paragraph: MdNode, refuse: (line: Line, found: string) => never): MdNode[] {
	const children = paragraph.children ?? [];
	const cuts = children.flatMap((child, i) =>
		child.type === 'html' && tagsIn(child.value ?? '') ? [i] : []
	);
	if (cuts.length === 0) return [paragraph];
	const parts: MdNode[] = [];
	let from = 0;
	for (const cut of [...cuts, children.length]) {
		const tag = children[cut];
		if (tag && !(endsLine(children[cut - 1], /\n\s*$/) && endsLine(children[cut + 1], /^\s*\n/))) {
			refuse(
				tag.position?.start.line,
				`${tag.value} unmatched inside a line of text (close it in the same paragraph, or put it on a line of its own)`
			);
		}
		const inline = trimEdges(children.slice(from, cut));
		if (inline.length > 0)
			parts.push({ ...paragraph, children: inline, position: span(inline[0]!, inline.at(-1)!) });
		if (tag) parts.push(tag);
		from = cut + 1;
	}
	return parts;
}

/** @returns whether a tag's neighbour leaves it alone on its line (no neighbour: the paragraph's edge). */
function endsLine(neighbour: MdNode | undefined, lineBreak: RegExp): boolean {
	return (
		neighbour === undefined ||
		neighbour.type === 'break' ||
		(neighbour.type === 'text' && lineBreak.test(neighbour.value ?? ''))
	);
}

/** A paragraph that is one `<Internal>…</Internal>` line is a flow element, as MDX reads that line. */
function asFlowElement(node: MdNode): MdNode {
	const [only, ...rest] = node.children ?? [];
	return node.type === 'paragraph' && only?.type === 'mdxJsxTextElement' && rest.length === 0
		? { ...only, type: 'mdxJsxFlowElement' }
		: node;
}

/** @returns the inline nodes without the line breaks and spaces that separated them from a tag. */
function trimEdges(inline: MdNode[]): MdNode[] {
	const nodes = inline.map((node) => ({ ...node }));
	const first = nodes[0];
	const last = nodes.at(-1);
	if (first?.type === 'text') first.value = first.value?.trimStart();
	if (last?.type === 'text') last.value = last.value?.trimEnd();
	return nodes.filter((node) => node.type !== 'text' || node.value !== '');
}

function span(first: MdNode, last: MdNode): MdNode['position'] {
	return (
		first.position && {
			start: first.position.start,
			end: last.position?.end ?? first.position.start,
		}
	);
}

function shiftLines(node: MdNode, by: number): MdNode {
	const { position, children } = node;
	return {
		...node,
		...(position
			? {
					position: {
						start: { line: position.start.line + by },
						end: { line: (position.end ?? position.start).line + by },
					},
				}
			: {}),
		...(children ? { children: children.map((child) => shiftLines(child, by)) } : {}),
	};
}
