/**
 * Renders a postmortem body for the public site as plain HTML from its syntax tree, never by running MDX: MDX is
 * code (`{process.env.X}`, `import`), so a body that carries expressions, imports or components other than
 * `<Internal>` is refused. `<Internal>` blocks, code blocks, images and raw HTML are dropped; every text passes
 * through redaction; a link keeps its target only when it is an http(s) URL that redaction leaves untouched.
 */
import { PublicBodyError } from './body-error.ts';
import { escapeHtml } from './escape.ts';
import { isInternal, type MdNode } from './mdast.ts';
import type { Redactor } from './redact.ts';

interface PublicHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface PublicBody {
	/** Safe HTML: only p, h2-h6, ul/ol/li, blockquote, table, em, strong, del, code, a[href], hr, br. */
	html: string;
	headings: PublicHeading[];
}

export { PublicBodyError };

const REFUSED: Record<string, string> = {
	mdxjsEsm: 'an import or export',
	mdxFlowExpression: 'an MDX expression {…}',
	mdxTextExpression: 'an MDX expression {…}',
};

/**
 * @param tree the body's syntax tree ({@link parseEntryBody})
 * @param file the entry's file, for errors
 * @param redactor applied to every text
 */
export function renderPublicBody(tree: MdNode, file: string, redactor: Redactor): PublicBody {
	const headings: PublicHeading[] = [];
	const slugs = new Map<string, number>();
	const text = (value: string, mid: boolean) => escapeHtml(redactor.redact(value, mid));

	const refuse = (node: MdNode, found: string): never => {
		throw new PublicBodyError({
			file,
			field: 'body',
			...(node.position ? { line: node.position.start.line } : {}),
			expected:
				'Markdown and <Internal> blocks only in a public postmortem (MDX code is never run for the public site)',
			found,
		});
	};

	// `mid`: the node continues a sentence begun by an earlier sibling, so its first word is not capitalized.
	const inline = (nodes: readonly MdNode[] = [], mid = false): string =>
		joinSplitWords(nodes)
			.map((node, i) => renderInline(node, mid || i > 0))
			.join('');
	const renderInline = (node: MdNode, mid: boolean): string => {
		switch (node.type) {
			case 'text':
				return text(node.value ?? '', mid);
			case 'emphasis':
				return `<em>${inline(node.children, mid)}</em>`;
			case 'strong':
				return `<strong>${inline(node.children, mid)}</strong>`;
			case 'delete':
				return `<del>${inline(node.children, mid)}</del>`;
			case 'inlineCode':
				return `<code>${text(node.value ?? '', mid)}</code>`;
			case 'break':
				return '<br>';
			case 'link': {
				const label = inline(node.children, mid);
				const url = node.url ?? '';
				const safe = /^https?:\/\//i.test(url) && redactor.redact(url) === url;
				return safe ? `<a href="${escapeHtml(url)}" rel="nofollow noopener">${label}</a>` : label;
			}
			case 'linkReference':
				return inline(node.children, mid);
			case 'image':
			case 'imageReference':
			case 'html':
			case 'footnoteReference':
				return '';
			default:
				return block(node);
		}
	};

	const block = (node: MdNode): string => {
		if (node.type in REFUSED) return refuse(node, REFUSED[node.type]!);
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			return isInternal(node) ? '' : refuse(node, `the component <${node.name ?? ''}>`);
		}
		switch (node.type) {
			case 'root':
				return blocks(node.children);
			case 'paragraph': {
				const content = inline(node.children);
				return content.trim() === '' ? '' : `<p>${content}</p>`;
			}
			case 'heading': {
				const depth = Math.min(6, Math.max(2, node.depth ?? 2));
				const content = inline(node.children);
				const plain = redactor.redact(plainOf(node));
				const slug = uniqueSlug(slugify(plain), slugs);
				headings.push({ depth, slug, text: plain });
				return `<h${depth} id="${slug}">${content}</h${depth}>`;
			}
			case 'list': {
				const tag = node.ordered ? 'ol' : 'ul';
				const start =
					node.ordered && node.start && node.start !== 1 ? ` start="${node.start}"` : '';
				return `<${tag}${start}>${(node.children ?? []).map((item) => `<li>${blocks(item.children)}</li>`).join('')}</${tag}>`;
			}
			case 'blockquote':
				return `<blockquote>${blocks(node.children)}</blockquote>`;
			case 'thematicBreak':
				return '<hr>';
			case 'table': {
				const [head, ...rows] = node.children ?? [];
				const cells = (row: MdNode | undefined, tag: string) =>
					(row?.children ?? []).map((cell) => `<${tag}>${inline(cell.children)}</${tag}>`).join('');
				return `<table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('')}</tbody></table>`;
			}
			case 'yaml':
			case 'code':
			case 'html':
			case 'definition':
			case 'footnoteDefinition':
				return '';
			default:
				return node.children ? inline(node.children) : '';
		}
	};
	const blocks = (nodes: readonly MdNode[] = []): string => nodes.map(block).join('\n');

	return { html: block(tree), headings };
}

const FORMATTING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode']);

/**
 * @returns inline nodes where a word that runs through formatting (`db-**replica**-07`, `Halden*Foods*`) is one plain
 * text node: redaction reads a word whole, and formatting inside a word is no loss on a public page.
 */
function joinSplitWords(nodes: readonly MdNode[]): MdNode[] {
	const out: MdNode[] = [];
	for (const node of nodes) {
		const previous = out.at(-1);
		const glued =
			previous &&
			FORMATTING.has(previous.type) &&
			FORMATTING.has(node.type) &&
			/\S$/.test(plainOf(previous)) &&
			/^\S/.test(plainOf(node));
		if (glued) out[out.length - 1] = { type: 'text', value: plainOf(previous) + plainOf(node) };
		else out.push(node);
	}
	return out;
}

function plainOf(node: MdNode): string {
	if (isInternal(node) || node.type === 'image' || node.type === 'html') return '';
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map(plainOf).join('');
}

/** @returns a heading's anchor: lowercase words joined by `-` (GitHub's style, like Starlight's). */
export function slugify(text: string): string {
	return (
		text
			.toLowerCase()
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/[^\p{L}\p{N}\s-]/gu, '')
			.trim()
			.replace(/\s+/g, '-') || 'section'
	);
}

function uniqueSlug(slug: string, seen: Map<string, number>): string {
	const count = seen.get(slug) ?? 0;
	seen.set(slug, count + 1);
	return count === 0 ? slug : `${slug}-${count}`;
}
