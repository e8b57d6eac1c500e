/**
 * `yaml`'s concrete syntax tree: unlike js-yaml's output it keeps comments, quotes and the offset of every token, which
 * is what finding a comment that cut a value, or the line where a broken construct starts, needs. Parsed only on the
 * slow paths (a file holding " #", a file that does not parse).
 */
import { CST, LineCounter, Parser } from 'yaml';

export interface CstNode {
	token: CST.Token;
	/** The field path of the value, as in problems (`timeline.0.text`; `documents.1.` first in a stream of several). */
	path: string[];
}

/** @returns the tokens of `text` and a line counter for their offsets (`lines.linePos(offset).line`, 1-based) */
export function parseCst(text: string): { tokens: CST.Token[]; lines: LineCounter } {
	const lines = new LineCounter();
	return { tokens: [...new Parser(lines.addNewLine).parse(text)], lines };
}

/** One entry of a mapping or sequence, with the field path of its value (also when it has no value). */
export interface CstItem {
	item: CST.CollectionItem;
	path: string[];
}

/** @returns every key and value node of the tree, parents before their children, each with its field path */
export function nodesOf(tokens: readonly CST.Token[]): CstNode[] {
	return treeOf(tokens).nodes;
}

/** @returns every entry of every mapping and sequence of the tree, parents before their children */
export function itemsOf(tokens: readonly CST.Token[]): CstItem[] {
	return treeOf(tokens).items;
}

function treeOf(tokens: readonly CST.Token[]): { nodes: CstNode[]; items: CstItem[] } {
	const documents = tokens.filter((token) => token.type === 'document');
	const tree = { nodes: [] as CstNode[], items: [] as CstItem[] };
	documents.forEach((doc, i) =>
		walk(doc.value, documents.length > 1 ? ['documents', String(i)] : [], tree)
	);
	return tree;
}

function walk(
	token: CST.Token | undefined,
	path: string[],
	tree: { nodes: CstNode[]; items: CstItem[] }
): void {
	if (!token) return;
	tree.nodes.push({ token, path });
	if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
		return;
	const isSequence =
		token.type === 'block-seq' || (token.type === 'flow-collection' && token.start.source === '[');
	token.items.forEach((item, i) => {
		const key = item.key && CST.isScalar(item.key) ? keyText(item.key) : undefined;
		const here = isSequence ? [...path, String(i)] : key === undefined ? path : [...path, key];
		tree.items.push({ item, path: here });
		if (item.key) tree.nodes.push({ token: item.key, path: here });
		walk(item.value, here, tree);
	});
}

/** A key as the data names it: quotes removed (escapes inside quoted keys are rare enough to show as written). */
function keyText(token: CST.FlowScalar | CST.BlockScalar): string {
	return token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar'
		? token.source.slice(1, -1)
		: token.source;
}

/** @returns the length of a token's text, its trailing comments and line breaks included */
export function lengthOf(token: CST.Token): number {
	return CST.stringify(token).length;
}
