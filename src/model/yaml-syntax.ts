/**
 * YAML syntax errors in words a content author can act on: the construct, the line where it starts (an unclosed
 * quote is reported where it opened, not where the parser gave up a hundred lines later), and the usual cause with
 * its fix. Only a file's first error is reported: the ones after it are nearly always its knock-on effects. `yaml`
 * words the errors (js-yaml says "bad indentation" for most of them); it runs only once js-yaml has failed.
 */
import { isMap, isScalar, parseAllDocuments, visit, LineCounter, type CST, type Document, type YAMLError } from 'yaml';
import type { Problem } from './problems.ts';
import { lengthOf, nodesOf, parseCst, type CstNode } from './yaml-cst.ts';

interface Explained {
	/** Offset of the construct the error is about. */
	at: number;
	path?: string[];
	found: string;
	fix?: string;
}

/**
 * @param lineOffset lines before `text` in the file (the frontmatter's opening `---`)
 * @returns the file's first syntax error, or undefined when `yaml` finds none
 */
export function syntaxProblem(text: string, file: string, lineOffset = 0): Problem | undefined {
	const lines = new LineCounter();
	const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
	const documents = Array.isArray(parsed) ? parsed : [];
	const error = documents.flatMap((doc) => doc.errors).sort((a, b) => a.pos[0] - b.pos[0])[0];
	if (!error) return undefined;
	const lineOf = (offset: number) => lines.linePos(offset).line + lineOffset;
	const explained = explain(error, text, documents, lineOf);
	const field = explained.path?.length ? `(YAML syntax) in ${explained.path.join('.')}` : '(YAML syntax)';
	return { file, field, line: lineOf(explained.at), expected: 'valid YAML', found: explained.found, ...(explained.fix ? { fix: explained.fix } : {}) };
}

function explain(error: YAMLError, text: string, documents: Document.Parsed[], lineOf: (offset: number) => number): Explained {
	const pos = error.pos[0];
	const message = error.message.split('\n')[0] ?? error.message;
	const nodes = nodesOf(parseCst(text).tokens);
	const inner = innermost(nodes, pos);
	const lineText = text.slice(text.lastIndexOf('\n', pos - 1) + 1).split('\n', 1)[0] ?? '';
	const reached = lineOf(pos);

	// On a broken line the innermost node is often made up (a key the parser guessed): keep the path above it.
	const above = inner?.path.slice(0, -1);
	if (error.code === 'DUPLICATE_KEY') return duplicateKey(documents, pos, nodes, lineOf) ?? { at: pos, found: message };
	if (error.code === 'TAB_AS_INDENT') {
		return { at: pos, path: above, found: 'a tab in the indentation', fix: 'indent with spaces: YAML does not accept tabs for indentation' };
	}
	const quoted = inner && isQuoted(inner.token) ? inner : undefined;
	if (quoted && error.code === 'MISSING_CHAR') {
		const mark = (quoted.token as CST.FlowScalar).source[0];
		return {
			at: quoted.token.offset,
			path: quoted.path,
			found: `a ${mark}quoted${mark} value that opens on this line and is never closed (the parser reached line ${reached})`,
			fix: `end the value with ${mark}; inside it write ${mark === '"' ? '\\" for a double quote' : "'' for an apostrophe"}`,
		};
	}
	const flow = openFlow(nodes, pos);
	if (flow) {
		const [open, close] = flow.token.type === 'flow-collection' && flow.token.start.source === '{' ? ['{', '}'] : ['[', ']'];
		return {
			at: flow.token.offset,
			path: flow.path,
			found: `a ${open} ... ${close} that opens on this line and is not closed (the parser reached line ${reached}: ${message})`,
			fix: `close it with ${close} on the same line; quote items that hold "#" (an unquoted " #" starts a comment), "," or ": "`,
		};
	}
	const before = previousNode(nodes, pos);
	if (error.code === 'UNEXPECTED_TOKEN' && before && isQuoted(before.token) && lineOf(before.token.offset) === reached) {
		return {
			at: before.token.offset,
			path: before.path,
			found: 'text after the closing quote of a quoted value',
			fix: `quote the whole value; inside '...' write '' for an apostrophe ('It''s down'), inside "..." write \\"`,
		};
	}
	if (/^\s*-[^\s-]/.test(lineText)) {
		const dash = above?.findIndex((key) => key.startsWith('-')) ?? -1;
		const path = dash === -1 ? above : above?.slice(0, dash);
		return { at: pos, path, found: `a list item without a space after "-" (${message})`, fix: 'write a space after each "-" of a list: "- item"' };
	}
	const colon = /^\s*(?:-\s+)?([^\s#'"][^:#]*):\s+([^'"\s][^#]*?:(?:\s.*?)?)\s*$/.exec(lineText);
	if (colon) {
		return {
			at: pos,
			path: above,
			found: `an unquoted value that holds ": " (${message})`,
			fix: `quote the value, like ${colon[1]}: ${JSON.stringify(colon[2])} (after a key, ": " inside an unquoted value starts another mapping)`,
		};
	}
	if (error.code === 'BAD_SCALAR_START') return { at: pos, path: inner?.path, found: message, fix: 'quote the value' };
	if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
		return { at: pos, path: above, found: message, fix: 'check the indentation of this line and the next: the keys of one mapping start in the same column' };
	}
	return { at: pos, path: inner?.path, found: message };
}

const isQuoted = (token: CST.Token) => token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar';

/** @returns the deepest node whose text holds `pos` */
function innermost(nodes: readonly CstNode[], pos: number): CstNode | undefined {
	// Later nodes start later; the first one from the end that reaches `pos` is the innermost.
	for (let i = nodes.length - 1; i >= 0; i--) {
		const node = nodes[i]!;
		if (node.token.offset <= pos && pos <= node.token.offset + lengthOf(node.token)) return node;
	}
	return undefined;
}

/** @returns the last value or key that starts before `pos` */
function previousNode(nodes: readonly CstNode[], pos: number): CstNode | undefined {
	return nodes.filter((node) => node.token.offset < pos).sort((a, b) => a.token.offset - b.token.offset).at(-1);
}

/** @returns a `[`/`{` collection that starts before `pos` and lacks its closing bracket */
function openFlow(nodes: readonly CstNode[], pos: number): CstNode | undefined {
	return nodes.findLast((node) => {
		const token = node.token;
		if (token.type !== 'flow-collection' || token.offset > pos) return false;
		return !token.end.some((end) => end.type === 'flow-seq-end' || end.type === 'flow-map-end');
	});
}

/** Names both lines of a key written twice in one mapping (js-yaml and `yaml` only name the second). */
function duplicateKey(documents: Document.Parsed[], pos: number, nodes: readonly CstNode[], lineOf: (offset: number) => number): Explained | undefined {
	let found: Explained | undefined;
	for (const doc of documents) {
		visit(doc, {
			Map(_, map) {
				const seen = new Map<unknown, number>();
				for (const pair of map.items) {
					const key = isScalar(pair.key) ? pair.key.value : pair.key;
					const start = isScalar(pair.key) || isMap(pair.key) ? (pair.key.range?.[0] ?? -1) : -1;
					const first = seen.get(key);
					if (first !== undefined && start === pos) {
						const path = nodes.find((node) => node.token.offset === pos)?.path;
						found = {
							at: pos,
							path,
							found: `the key "${String(key)}" twice in one mapping: at line ${lineOf(first)} and at line ${lineOf(pos)}`,
							fix: 'keep one of them (YAML would keep only one value, silently)',
						};
						return visit.BREAK;
					}
					if (first === undefined) seen.set(key, start);
				}
				return undefined;
			},
		});
		if (found) return found;
	}
	return undefined;
}
