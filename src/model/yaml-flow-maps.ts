/**
 * Flow mappings YAML reads as something else than what was written, without an error:
 * - a `{{ template }}` as the whole value (`summary: {{ $labels.instance }}`): a mapping whose key is a mapping, which
 *   js-yaml turns into `{ "[object Object]": null }` and Prometheus refuses. With text after it (`{{ $value }}
 *   errors`) it is a syntax error, worded in yaml-syntax-causes.ts;
 * - a "," inside an unquoted value (`- { at: 10:15, body: Payments fail, we are on it. }`): the value ends at the
 *   comma and the rest becomes a key without a value.
 */
import type { CST } from 'yaml';
import type { Problem } from './problems.ts';
import { nodesOf, parseCst } from './yaml-cst.ts';
import { closingBracket, topLevelParts } from './yaml-line.ts';
import { valueStartWords } from './yaml-syntax-causes.ts';

/** What precedes a value on its line: `key: `, `- ` or `- key: ` (not a line of a `|` block, nor its `:emoji:`). */
const VALUE_LEAD = /^[ \t]*(?:-[ \t]+(?:[^\s#'":][^:#]*?:[ \t]+)?|[^\s#'":-][^:#]*?:[ \t]+)$/;

/**
 * Cheap pre-test, so that only files that may hold one pay for `yaml`'s parser: some value starts with "{{", or a
 * `{ key: value, ... }` on one line holds a part between commas without ": " (`{impact}` in a message is no mapping).
 */
function mayHoldMisread(text: string): boolean {
	for (let at = text.indexOf('{'); at !== -1; at = text.indexOf('{', at + 1)) {
		if (text[at - 1] !== ' ' && text[at - 1] !== '\t') continue;
		if (!VALUE_LEAD.test(text.slice(text.lastIndexOf('\n', at) + 1, at))) continue;
		if (text[at + 1] === '{') return true;
		const line = text.slice(at, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
		const close = closingBracket(line);
		const parts =
			close === -1 ? [] : topLevelParts(line.slice(1, close)).filter((part) => part.trim() !== '');
		if (parts.length > 1 && isPair(parts[0]!) && parts.some((part) => !isPair(part))) return true;
	}
	return false;
}

const isPair = (part: string) => /:(\s|$)/.test(part);

/**
 * @param lineOffset lines before `text` in the file (the frontmatter's opening `---`)
 * @returns a problem for each unquoted `{{ ... }}` value and each value of a `{ }` mapping cut at a comma
 */
export function flowMapMisreads(text: string, file: string, lineOffset = 0): Problem[] {
	if (!mayHoldMisread(text)) return [];
	const { tokens, lines } = parseCst(text);
	const lineOf = (offset: number) => lines.linePos(offset).line;
	const lineText = (line: number) => text.split('\n', line)[line - 1] ?? '';
	const problems: Problem[] = [];
	for (const { token, path } of nodesOf(tokens)) {
		if (token.type !== 'flow-collection' || token.start.source !== '{') continue;
		const field = path.join('.') || '(file)';
		const key = token.items[0]?.key;
		if (key?.type === 'flow-collection' && key.start.source === '{') {
			const words = valueStartWords(lineText(lineOf(token.offset)));
			if (words)
				problems.push({
					file,
					field,
					line: lineOf(token.offset) + lineOffset,
					expected: 'the template as text, in quotes',
					...words,
				});
			continue;
		}
		token.items.forEach((item, i) => {
			const before = token.items[i - 1];
			if (!before || !isCut(before, item)) return;
			const value = `${(before.value as CST.FlowScalar).source}, ${(item.key as CST.FlowScalar).source}`;
			const name = (before.key as CST.FlowScalar).source;
			problems.push({
				file,
				field: `${path.length ? `${field}.` : ''}${name}`,
				line: lineOf(item.key!.offset) + lineOffset,
				expected: `the whole value, in quotes: ${JSON.stringify(value)} (inside { }, a "," ends an unquoted value)`,
				found: `${JSON.stringify((before.value as CST.FlowScalar).source)}, and ${JSON.stringify((item.key as CST.FlowScalar).source)} read as another field, without a value`,
				fix: `quote the value: ${name}: ${JSON.stringify(value)}`,
			});
		});
	}
	return problems;
}

/** Whether `item` is a plain key without ":" that follows a `key: plain value` pair: the rest of that value after a comma. */
function isCut(before: CST.CollectionItem, item: CST.CollectionItem): boolean {
	const plain = (token?: CST.Token | null) => token?.type === 'scalar';
	const hasColon = (entry: CST.CollectionItem) =>
		(entry.sep ?? []).some((token) => token.type === 'map-value-ind');
	return (
		plain(before.key) &&
		hasColon(before) &&
		plain(before.value) &&
		plain(item.key) &&
		!hasColon(item) &&
		!item.value
	);
}
